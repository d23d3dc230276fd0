#!/usr/bin/env python3
# cbs-test-server.py: a local HTTPS stand-in for CBS StatLine, for
# test-cbs-client. It makes a test CA and a server certificate with openssl,
# prints "PORT <port> CA <ca.pem>" and serves recorded answers. The first
# path segment picks the behaviour: ok, malformed, slow, large, chunked,
# error, redirect.
#
# Usage: cbs-test-server.py WORKDIR DATADIR
#
# Copyright 2026 The IDO Regie authors
# SPDX-License-Identifier: GPL-3.0-or-later

import http.server
import os
import socketserver
import ssl
import subprocess
import sys
import time
import urllib.parse

WORKDIR, DATADIR = sys.argv[1], sys.argv[2]
OPENSSL = os.environ.get('IDO_TEST_OPENSSL', 'openssl')
EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']


def path(name):
    return os.path.join(WORKDIR, name)


def openssl(*args):
    subprocess.run([OPENSSL, *args], check=True, capture_output=True)


def make_certificates():
    openssl('req', '-x509', *EC, '-keyout', path('ca.key'), '-out', path('ca.pem'), '-days', '2',
            '-subj', '/CN=IDO Regie test CA',
            '-addext', 'basicConstraints=critical,CA:TRUE',
            '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
    openssl('req', *EC, '-keyout', path('server.key'), '-out', path('server.csr'), '-subj', '/CN=127.0.0.1')
    with open(path('server.ext'), 'w') as ext:
        ext.write('subjectAltName=IP:127.0.0.1,DNS:localhost\n'
                  'basicConstraints=CA:FALSE\n'
                  'keyUsage=critical,digitalSignature\n'
                  'extendedKeyUsage=serverAuth\n')
    openssl('x509', '-req', '-in', path('server.csr'), '-CA', path('ca.pem'), '-CAkey', path('ca.key'),
            '-CAcreateserial', '-out', path('server.pem'), '-days', '2', '-extfile', path('server.ext'))


def recorded(name):
    with open(os.path.join(DATADIR, name), 'rb') as f:
        return f.read()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        sys.stderr.write('cbs-test-server: ' + (format % args) + '\n')

    def send_body(self, body, status=200, length=True):
        self.send_response(status)
        self.send_header('Content-Type', 'application/json; charset=utf-8')
        if length:
            self.send_header('Content-Length', str(len(body)))
        else:
            self.send_header('Transfer-Encoding', 'chunked')
        self.end_headers()
        if length:
            self.wfile.write(body)
            return
        for start in range(0, len(body), 16384):
            chunk = body[start:start + 16384]
            self.wfile.write(b'%x\r\n%s\r\n' % (len(chunk), chunk))
        self.wfile.write(b'0\r\n\r\n')

    def answer(self, query):
        # The query of DOMAIN.md, for the year asked.
        wanted = ("Geslacht eq 'T001038' and Leeftijd eq '10000' and BurgerlijkeStaat eq 'T001019'"
                  " and Perioden eq '%sJJ00' and startswith(RegioS,'GM')")
        if query.get('$format') != ['json'] or query.get('$select') != ['RegioS,BevolkingOp1Januari_1']:
            return None
        if query.get('$filter') == [wanted % '2022']:
            return recorded('cbs-03759ned-2022.json')
        if query.get('$filter') == [wanted % '2031']:
            return recorded('cbs-03759ned-empty.json')
        return None

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        mode = url.path.strip('/').split('/')[0]
        query = urllib.parse.parse_qs(url.query)
        try:
            if mode == 'ok':
                body = self.answer(query)
                if body is None:
                    self.send_body(b'{"odata.error":{"message":{"value":"bad query"}}}', 400)
                else:
                    self.send_body(body)
            elif mode == 'malformed':
                self.send_body(recorded('cbs-malformed.json'))
            elif mode == 'slow':
                time.sleep(4)
                self.send_body(recorded('cbs-03759ned-2022.json'))
            elif mode == 'large':
                self.send_body(b'{"value":[' + b' ' * (1024 * 1024) + b']}')
            elif mode == 'chunked':
                self.send_body(b'{"value":[' + b' ' * (1024 * 1024) + b']}', length=False)
            elif mode == 'error':
                self.send_body(b'{"odata.error":{}}', 503)
            elif mode == 'redirect':
                self.send_response(302)
                self.send_header('Location', 'http://127.0.0.1:9/ok' + self.path[len('/redirect'):])
                self.send_header('Content-Length', '0')
                self.end_headers()
            else:
                self.send_body(b'{}', 404)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    make_certificates()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(path('server.pem'), path('server.key'))
    server = Server(('127.0.0.1', 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print('PORT %d CA %s' % (server.server_address[1], path('ca.pem')), flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
# cbs-test-server.py: a local HTTPS stand-in for CBS StatLine, for
# test-cbs-client and test-fetch. It makes a test CA and a server
# certificate with openssl, prints "PORT <port> CA <ca.pem>" and serves
# recorded answers. The first path segment picks the behaviour: ok,
# malformed, slow, large, chunked, error, redirect (CBS); file/NAME (NAME
# from DATADIR or a FIXTURES directory; file/NAME/ALIAS serves it as ALIAS; ?type= sets the Content-Type, none
# when empty; &chunked=1 without a length; &repeat=N sends it N times),
# page (an HTML login page), to-file/NAME (redirects to file/NAME over
# https), to-http/NAME (redirects to plain http).
#
# Usage: cbs-test-server.py WORKDIR DATADIR [FIXTURES...]
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
FIXTURES = [DATADIR, *sys.argv[3:]]
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

    def send_body(self, body, status=200, length=True, content_type='application/json; charset=utf-8'):
        self.send_response(status)
        if content_type:
            self.send_header('Content-Type', content_type)
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

    def send_file(self, name, query):
        types = {'.csv': 'text/csv; charset=utf-8', '.xlsx': 'application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet', '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
                 '.xls': 'application/vnd.ms-excel'}
        found = [os.path.join(d, name) for d in FIXTURES if os.path.isfile(os.path.join(d, name))]
        if not found:
            self.send_body(b'not found', 404, content_type='text/plain')
            return
        with open(found[0], 'rb') as f:
            body = f.read() * int(query.get('repeat', ['1'])[0])
        content_type = query.get('type', [types.get(os.path.splitext(name)[1], 'application/octet-stream')])[0]
        self.send_body(body, length=query.get('chunked') != ['1'], content_type=content_type)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        mode = url.path.strip('/').split('/')[0]
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
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
            elif mode == 'file':
                self.send_file(url.path.strip('/').split('/')[1], query)
            elif mode == 'page':
                self.send_body(b'<!DOCTYPE html><html><body><form>Inloggen</form></body></html>',
                               content_type='text/html; charset=utf-8')
            elif mode in ('to-file', 'to-http'):
                scheme = 'https' if mode == 'to-file' else 'http'
                self.send_response(302)
                self.send_header('Location', '%s://127.0.0.1:%d/file/%s' % (
                    scheme, self.server.server_address[1], self.path.split('/', 2)[2]))
                self.send_header('Content-Length', '0')
                self.end_headers()
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

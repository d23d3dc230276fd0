/* ido-http.h: one HTTPS GET with libcurl, shared by the network clients
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the net library. Only https://, redirects only to https://,
 * certificate and host verification on, a timeout, a size limit and
 * cancellation (the transfer stops at once). Call from a worker thread;
 * each client turns the outcome into its own error domain and messages.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  IDO_HTTP_OK,
  IDO_HTTP_OFFLINE,       /* host unknown, refused, no network, connection lost */
  IDO_HTTP_TIMEOUT,
  IDO_HTTP_TOO_LARGE,
  IDO_HTTP_CERTIFICATE,
  IDO_HTTP_STATUS,        /* the server answered with a status other than 200 */
  IDO_HTTP_NOT_HTTPS,     /* the address or a redirect is not https:// */
  IDO_HTTP_REFUSED,       /* the accept or write function said no */
  IDO_HTTP_CANCELLED,
  IDO_HTTP_FAILED,
} IdoHttpOutcome;

/* Called once before the first byte of the body (also for an empty body),
 * with the final response's Content-Type (nullable) and address; FALSE
 * stops the transfer with IDO_HTTP_REFUSED. */
typedef gboolean (*IdoHttpAcceptFunc)   (const char   *content_type,
                                         const char   *effective_url,
                                         gpointer      user_data);
/* A piece of the body; FALSE stops the transfer with IDO_HTTP_REFUSED. */
typedef gboolean (*IdoHttpWriteFunc)    (const guint8 *data,
                                         gsize         length,
                                         gpointer      user_data);
/* From the worker thread; @total is 0 while not known. */
typedef void     (*IdoHttpProgressFunc) (guint64       received,
                                         guint64       total,
                                         gpointer      user_data);

typedef struct
{
  const char          *url;
  const char          *ca_file;     /* nullable: the system's certificates */
  guint                timeout;     /* seconds */
  gsize                max_size;    /* bytes */
  GCancellable        *cancellable;
  IdoHttpAcceptFunc    accept;      /* nullable */
  IdoHttpWriteFunc     write;
  IdoHttpProgressFunc  progress;    /* nullable */
  gpointer             user_data;
} IdoHttpRequest;

typedef struct
{
  IdoHttpOutcome  outcome;
  long            status;           /* the HTTP status, 0 when none came */
  char           *detail;           /* curl's message for IDO_HTTP_FAILED */
} IdoHttpResponse;

void           ido_http_global_init    (void);
IdoHttpOutcome ido_http_get            (const IdoHttpRequest *request,
                                        IdoHttpResponse      *response);
void           ido_http_response_clear (IdoHttpResponse      *response);
gboolean       ido_http_url_is_https   (const char           *url);

G_END_DECLS

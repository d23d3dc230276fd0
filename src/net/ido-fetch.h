/* ido-fetch.h: download a dashboard export from a saved HTTPS address
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define IDO_FETCH_ERROR (ido_fetch_error_quark ())

/* Why a download failed. The messages are translated (Dutch) and say that
 * nothing was changed. Cancelling gives G_IO_ERROR_CANCELLED instead. */
typedef enum
{
  IDO_FETCH_ERROR_OFFLINE,       /* no connection: host unknown, refused, no network */
  IDO_FETCH_ERROR_TIMEOUT,
  IDO_FETCH_ERROR_TOO_LARGE,     /* the file exceeded the size limit */
  IDO_FETCH_ERROR_CERTIFICATE,   /* the secure connection could not be verified */
  IDO_FETCH_ERROR_HTTP,          /* the server answered with an error status */
  IDO_FETCH_ERROR_CONTENT_TYPE,  /* a web page or something else than a spreadsheet */
  IDO_FETCH_ERROR_NOT_HTTPS,     /* the address or a redirect is not https:// */
  IDO_FETCH_ERROR_FAILED,
} IdoFetchError;

#define IDO_FETCH_DEFAULT_TIMEOUT    60                    /* seconds */
#define IDO_FETCH_DEFAULT_MAX_SIZE   (512 * 1024 * 1024)   /* bytes */

#define IDO_TYPE_FETCH (ido_fetch_get_type ())

G_DECLARE_FINAL_TYPE (IdoFetch, ido_fetch, IDO, FETCH, GObject)

GQuark      ido_fetch_error_quark       (void);
IdoFetch   *ido_fetch_new               (const char           *url);
const char *ido_fetch_get_url           (IdoFetch             *self);
void        ido_fetch_set_ca_file       (IdoFetch             *self,
                                         const char           *ca_file);
void        ido_fetch_set_timeout       (IdoFetch             *self,
                                         guint                 seconds);
void        ido_fetch_set_max_size      (IdoFetch             *self,
                                         gsize                 bytes);
/* The part downloaded, 0 to 1, or -1 while the size is not known; also the
 * "progress" property, notified on the main loop during a download. */
double      ido_fetch_get_progress      (IdoFetch             *self);
/* Bytes received so far (main loop). */
guint64     ido_fetch_get_received      (IdoFetch             *self);
void        ido_fetch_download_async    (IdoFetch             *self,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
/* A file in a private temporary directory, named after the address and
 * ending in .csv, .xlsx, .ods or .xls after the content type or the
 * address; the caller removes it with ido_fetch_delete_download(). */
GFile      *ido_fetch_download_finish   (IdoFetch             *self,
                                         GAsyncResult         *result,
                                         GError              **error);

void        ido_fetch_delete_download   (GFile                *file);
gboolean    ido_fetch_check_url         (const char           *url,
                                         GError              **error);

G_END_DECLS

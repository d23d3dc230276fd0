/* ido-cbs-client.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define IDO_CBS_ERROR (ido_cbs_error_quark ())

/* Why a fetch from CBS StatLine failed. The messages are translated and
 * say that nothing was changed. */
typedef enum
{
  IDO_CBS_ERROR_OFFLINE,       /* no connection: host unknown, refused, no network */
  IDO_CBS_ERROR_TIMEOUT,
  IDO_CBS_ERROR_TOO_LARGE,     /* the answer exceeded the size limit */
  IDO_CBS_ERROR_CERTIFICATE,   /* the secure connection could not be verified */
  IDO_CBS_ERROR_HTTP,          /* the server answered with an error status */
  IDO_CBS_ERROR_MALFORMED,     /* not the JSON that was asked for */
  IDO_CBS_ERROR_NO_DATA,       /* no figures for that year (yet) */
  IDO_CBS_ERROR_FAILED,
} IdoCbsError;

/* CBS StatLine OData, table 03759ned (Bevolking op 1 januari). */
#define IDO_CBS_DEFAULT_BASE_URL   "https://opendata.cbs.nl/ODataApi/odata/03759ned"
#define IDO_CBS_DEFAULT_TIMEOUT    30                  /* seconds */
#define IDO_CBS_DEFAULT_MAX_SIZE   (2 * 1024 * 1024)   /* bytes; the answer is ~40 kB */

#define IDO_TYPE_CBS_CLIENT (ido_cbs_client_get_type ())

G_DECLARE_FINAL_TYPE (IdoCbsClient, ido_cbs_client, IDO, CBS_CLIENT, GObject)

GQuark        ido_cbs_error_quark                      (void);
IdoCbsClient *ido_cbs_client_new                       (void);
void          ido_cbs_client_set_base_url              (IdoCbsClient        *self,
                                                        const char          *base_url);
void          ido_cbs_client_set_ca_file               (IdoCbsClient        *self,
                                                        const char          *ca_file);
void          ido_cbs_client_set_timeout               (IdoCbsClient        *self,
                                                        guint                seconds);
void          ido_cbs_client_set_max_size              (IdoCbsClient        *self,
                                                        gsize                bytes);
char         *ido_cbs_client_build_url                 (IdoCbsClient        *self,
                                                        int                  year);
void          ido_cbs_client_fetch_inhabitants_async   (IdoCbsClient        *self,
                                                        int                  year,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GHashTable   *ido_cbs_client_fetch_inhabitants_finish  (IdoCbsClient        *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
GHashTable   *ido_cbs_parse_inhabitants                (const char          *data,
                                                        gsize                length,
                                                        int                  year,
                                                        GError             **error);

G_END_DECLS

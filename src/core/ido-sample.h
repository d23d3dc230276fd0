/* ido-sample.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Loads the fictional "Gemeente Voorbeeld" from the resource
 * /io/github/idoregie/IdoRegie/core/sample/gemeente-voorbeeld.json in one
 * transaction. Loading twice changes nothing (rows carry fixed UUIDs). */
gboolean ido_sample_load             (IdoDatabase   *database,
                                      GError       **error);
/* The same from @data in the format of that file; tests feed it broken
 * variants. @length may be -1 for nul-terminated data. */
gboolean ido_sample_load_from_data   (IdoDatabase   *database,
                                      const char    *data,
                                      gssize         length,
                                      GError       **error);
void     ido_sample_load_async       (IdoDatabase         *database,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean ido_sample_load_finish      (GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS

/* ido-csv-reader.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-table-reader.h"

G_BEGIN_DECLS

#define IDO_TYPE_CSV_READER (ido_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (IdoCsvReader, ido_csv_reader, IDO, CSV_READER, GObject)

IdoCsvReader *ido_csv_reader_new            (GInputStream  *stream,
                                             const char    *encoding,
                                             char           delimiter,
                                             GCancellable  *cancellable,
                                             GError       **error);
const char   *ido_csv_reader_get_encoding   (IdoCsvReader  *self);
char          ido_csv_reader_get_delimiter  (IdoCsvReader  *self);
void          ido_csv_reader_set_total_size (IdoCsvReader  *self,
                                             goffset        size);

G_END_DECLS

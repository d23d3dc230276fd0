/* ido-json-reader.h: the observations export (JSON) as rows
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-table-reader.h"

G_BEGIN_DECLS

#define IDO_TYPE_JSON_READER (ido_json_reader_get_type ())

G_DECLARE_FINAL_TYPE (IdoJsonReader, ido_json_reader, IDO, JSON_READER, GObject)

IdoJsonReader *ido_json_reader_new_for_file (GFile         *file,
                                             GCancellable  *cancellable,
                                             GError       **error);
IdoJsonReader *ido_json_reader_new_for_data (const char    *data,
                                             gssize         length,
                                             GError       **error);

G_END_DECLS

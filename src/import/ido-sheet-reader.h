/* ido-sheet-reader.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-table-reader.h"

G_BEGIN_DECLS

#define IDO_TYPE_SHEET_READER (ido_sheet_reader_get_type ())

G_DECLARE_FINAL_TYPE (IdoSheetReader, ido_sheet_reader, IDO, SHEET_READER, GObject)

IdoSheetReader *ido_sheet_reader_new             (const char     *path,
                                                  IdoFileFormat   format,
                                                  int             sheet,
                                                  const char     *sheet_name,
                                                  GError        **error);
GStrv           ido_sheet_reader_get_sheet_names (IdoSheetReader *self);
guint           ido_sheet_reader_get_sheet       (IdoSheetReader *self);

G_END_DECLS

/* ido-import-source-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-import-source.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_SOURCE_ROW (ido_import_source_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportSourceRow, ido_import_source_row, IDO, IMPORT_SOURCE_ROW, GtkBox)

/* One source in the sources dialog: the preset's name and columns, its
 * saved https:// address (validated at the row, saved with Enter or the
 * apply button) and the buttons to fetch, export and delete it. The
 * buttons activate sources.fetch, sources.cancel-fetch, sources.export and
 * sources.delete with the preset's name. */
GtkWidget       *ido_import_source_row_new            (IdoDatabase        *database);
void             ido_import_source_row_set_source     (IdoImportSourceRow *self,
                                                       IdoImportSource    *source);
IdoImportSource *ido_import_source_row_get_source     (IdoImportSourceRow *self);
void             ido_import_source_row_set_fetch_state (IdoImportSourceRow *self,
                                                       gboolean            busy,
                                                       double              progress,
                                                       const char         *message,
                                                       gboolean            is_error);
gboolean         ido_import_source_row_apply_url      (IdoImportSourceRow *self);

G_END_DECLS

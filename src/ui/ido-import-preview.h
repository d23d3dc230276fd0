/* ido-import-preview.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-mapping.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_PREVIEW (ido_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportPreview, ido_import_preview, IDO, IMPORT_PREVIEW, GtkWidget)

/* The first rows of a dashboard file as read, one column per column of the
 * file, titled with its header and the field it is mapped to (for a value
 * column of a wide file: its indicator and category); columns that are not
 * imported are dimmed. */
GtkWidget  *ido_import_preview_new          (void);
void        ido_import_preview_set_rows     (IdoImportPreview *self,
                                             GPtrArray        *rows,
                                             guint             header_row,
                                             guint             max_rows);
void        ido_import_preview_set_mapping  (IdoImportPreview *self,
                                             IdoMapping       *mapping);
void        ido_import_preview_set_indicators (IdoImportPreview *self,
                                               GPtrArray        *indicators);
guint       ido_import_preview_get_n_rows   (IdoImportPreview *self);
guint       ido_import_preview_get_n_columns (IdoImportPreview *self);
const char *ido_import_preview_get_header   (IdoImportPreview *self,
                                             guint             column);
const char *ido_import_preview_get_cell     (IdoImportPreview *self,
                                             guint             row,
                                             guint             column);
const char *ido_import_preview_get_title    (IdoImportPreview *self,
                                             guint             column);

G_END_DECLS

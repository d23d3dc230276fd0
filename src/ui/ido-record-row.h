/* ido-record-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_RECORD_ROW (ido_record_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoRecordRow, ido_record_row, IDO, RECORD_ROW, GtkWidget)

GtkWidget *ido_record_row_new            (void);
IdoRecord *ido_record_row_get_record     (IdoRecordRow *self);
void       ido_record_row_set_record     (IdoRecordRow *self,
                                          IdoRecord    *record);
void       ido_record_row_set_show_kind  (IdoRecordRow *self,
                                          gboolean      show_kind);
char      *ido_record_row_dup_accessible_text (IdoRecordRow *self);
char      *ido_format_iso_date           (const char   *iso_date);

GtkListItemFactory *ido_record_row_factory_new (gboolean activatable);

G_END_DECLS

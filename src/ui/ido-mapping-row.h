/* ido-mapping-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-mapping.h"

G_BEGIN_DECLS

#define IDO_TYPE_MAPPING_ROW (ido_mapping_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoMappingRow, ido_mapping_row, IDO, MAPPING_ROW, AdwComboRow)

/* One column of a dashboard file and the field it is imported as; titled
 * with the column's header, so that is also its accessible name. A column
 * that was not recognised asks to be mapped. "notify::field" tells a change
 * by the user.
 *
 * A value column also gets the indicator its figures count: two detail rows
 * (the indicator, and a category for indicators that have categories) that
 * the list shows right below this row; see ido_mapping_row_set_indicators().
 * "notify::indicator" and "notify::category" tell a change by the user. */
GtkWidget  *ido_mapping_row_new                (guint          column,
                                                const char    *header,
                                                const char    *example,
                                                IdoField       field,
                                                gboolean       recognised);
guint       ido_mapping_row_get_column         (IdoMappingRow *self);
IdoField    ido_mapping_row_get_field          (IdoMappingRow *self);
void        ido_mapping_row_set_field          (IdoMappingRow *self,
                                                IdoField       field);

void        ido_mapping_row_set_indicators     (IdoMappingRow *self,
                                                GPtrArray     *indicators,
                                                const char    *indicator,
                                                const char    *category);
void        ido_mapping_row_set_show_indicator (IdoMappingRow *self,
                                                gboolean       show);
GtkWidget  *ido_mapping_row_get_indicator_row  (IdoMappingRow *self);
GtkWidget  *ido_mapping_row_get_category_row   (IdoMappingRow *self);
const char *ido_mapping_row_get_indicator      (IdoMappingRow *self);
gboolean    ido_mapping_row_set_indicator      (IdoMappingRow *self,
                                                const char    *indicator);
const char *ido_mapping_row_get_category       (IdoMappingRow *self);
void        ido_mapping_row_set_category       (IdoMappingRow *self,
                                                const char    *category);

G_END_DECLS

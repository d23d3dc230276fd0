/* ido-mapping.h: which column of a dashboard file holds what
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-database.h"
#include "ido-parse.h"
#include "ido-table-reader.h"

G_BEGIN_DECLS

typedef enum
{
  IDO_FIELD_NONE,               /* ignored */
  IDO_FIELD_PERIOD,             /* "2024-Q3", "2024", a date */
  IDO_FIELD_YEAR,               /* with IDO_FIELD_QUARTER: separate columns */
  IDO_FIELD_QUARTER,
  IDO_FIELD_MUNICIPALITY,       /* a name or a CBS code */
  IDO_FIELD_MUNICIPALITY_CODE,
  IDO_FIELD_LIBRARY,
  IDO_FIELD_LOCATION,
  IDO_FIELD_INSIDE_LIBRARY,     /* "binnen"/"buiten" */
  IDO_FIELD_PLACE_KEY,          /* as in the export: "GM0363", "national", "location:<uuid>" */
  IDO_FIELD_INDICATOR,          /* long layout: the indicator of the row */
  IDO_FIELD_INDICATOR_LABEL,    /* the label of a custom indicator (export) */
  IDO_FIELD_CATEGORY,
  IDO_FIELD_VALUE,
  IDO_N_FIELDS
} IdoField;

typedef enum
{
  IDO_LAYOUT_LONG,  /* one row per period x place x indicator [x category], one value column */
  IDO_LAYOUT_WIDE,  /* one row per period x place, one value column per indicator */
} IdoLayout;

#define IDO_MAPPING_FORMAT "ido-regie-mapping"
#define IDO_MAPPING_MAX_COLUMNS 4096

#define IDO_TYPE_MAPPING (ido_mapping_get_type ())

G_DECLARE_FINAL_TYPE (IdoMapping, ido_mapping, IDO, MAPPING, GObject)

IdoMapping   *ido_mapping_new                  (void);
IdoMapping   *ido_mapping_detect               (const char * const  *headers,
                                                guint                n_headers,
                                                GPtrArray           *sample_rows);
guint         ido_mapping_find_header_row      (GPtrArray           *rows);
IdoMapping   *ido_mapping_copy                 (IdoMapping          *self);

const char   *ido_mapping_get_name             (IdoMapping          *self);
void          ido_mapping_set_name             (IdoMapping          *self,
                                                const char          *name);
IdoLayout     ido_mapping_get_layout           (IdoMapping          *self);
IdoNotation   ido_mapping_get_notation         (IdoMapping          *self);
void          ido_mapping_set_notation         (IdoMapping          *self,
                                                IdoNotation          notation);
IdoDateOrder  ido_mapping_get_date_order       (IdoMapping          *self);
void          ido_mapping_set_date_order       (IdoMapping          *self,
                                                IdoDateOrder         order);
const char   *ido_mapping_get_encoding         (IdoMapping          *self);
void          ido_mapping_set_encoding         (IdoMapping          *self,
                                                const char          *encoding);
char          ido_mapping_get_delimiter        (IdoMapping          *self);
void          ido_mapping_set_delimiter        (IdoMapping          *self,
                                                char                 delimiter);
int           ido_mapping_get_sheet            (IdoMapping          *self);
void          ido_mapping_set_sheet            (IdoMapping          *self,
                                                int                  sheet);
guint         ido_mapping_get_header_row       (IdoMapping          *self);
void          ido_mapping_set_header_row       (IdoMapping          *self,
                                                guint                header_row);
const char   *ido_mapping_get_default_place    (IdoMapping          *self);
void          ido_mapping_set_default_place    (IdoMapping          *self,
                                                const char          *place);
const char   *ido_mapping_get_default_indicator (IdoMapping         *self);
void          ido_mapping_set_default_indicator (IdoMapping         *self,
                                                const char          *indicator);

guint         ido_mapping_get_n_columns        (IdoMapping          *self);
void          ido_mapping_set_headers          (IdoMapping          *self,
                                                const char * const  *headers,
                                                guint                n_headers);
const char   *ido_mapping_get_header           (IdoMapping          *self,
                                                guint                column);
IdoField      ido_mapping_get_field            (IdoMapping          *self,
                                                guint                column);
const char   *ido_mapping_get_indicator        (IdoMapping          *self,
                                                guint                column);
const char   *ido_mapping_get_category         (IdoMapping          *self,
                                                guint                column);
const char   *ido_mapping_get_effective_indicator (IdoMapping       *self,
                                                guint                column);
void          ido_mapping_set_column           (IdoMapping          *self,
                                                guint                column,
                                                IdoField             field,
                                                const char          *indicator,
                                                const char          *category);
int           ido_mapping_find_field           (IdoMapping          *self,
                                                IdoField             field);
char         *ido_mapping_dup_signature        (IdoMapping          *self);
gboolean      ido_mapping_validate             (IdoMapping          *self,
                                                GError             **error);
IdoMapping   *ido_mapping_align                (IdoMapping          *self,
                                                const char * const  *headers,
                                                guint                n_headers,
                                                GError             **error);
void          ido_mapping_get_reader_options   (IdoMapping          *self,
                                                IdoReaderOptions    *options);

char         *ido_mapping_to_json              (IdoMapping          *self);
IdoMapping   *ido_mapping_new_from_json        (const char          *data,
                                                gssize               length,
                                                GError             **error);
gboolean      ido_mapping_save_to_file         (IdoMapping          *self,
                                                GFile               *file,
                                                GError             **error);
IdoMapping   *ido_mapping_new_from_file        (GFile               *file,
                                                GError             **error);

gboolean      ido_mapping_save_preset          (IdoMapping          *self,
                                                IdoDatabase         *database,
                                                const char          *name,
                                                GError             **error);
IdoMapping   *ido_mapping_load_preset          (IdoDatabase         *database,
                                                const char          *name,
                                                GError             **error);
IdoMapping   *ido_mapping_find_preset          (IdoDatabase         *database,
                                                const char          *signature);
gboolean      ido_mapping_delete_preset        (IdoDatabase         *database,
                                                const char          *name,
                                                GError             **error);
GStrv         ido_mapping_list_presets         (IdoDatabase         *database);

char         *ido_header_signature             (const char * const  *headers,
                                                guint                n_headers);
const char   *ido_field_to_string              (IdoField             field);
IdoField      ido_field_from_string            (const char          *name);
const char   *ido_field_get_label              (IdoField             field);
const char   *ido_indicator_match_label        (const char          *label);
gboolean      ido_indicator_code_has_category  (const char          *code);
char         *ido_indicator_custom_code        (const char          *label);

G_END_DECLS

/* ido-dossier-schema.h: what a dossier file holds, read from the database
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ido-dossier-export.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* The columns of each table come from the database itself (PRAGMA
 * table_info and foreign_key_list), so columns added by later migrations
 * travel along without changes here. What this file decides is which tables
 * are exchanged, how rows are recognised and where link tables belong. */

typedef struct _IdoExchangeSchema IdoExchangeSchema;
typedef struct _IdoExchangeTable  IdoExchangeTable;

typedef struct
{
  char             *name;
  char             *key;          /* JSON member: references lose "_id" */
  char             *type;         /* "INTEGER", "REAL" or "TEXT" */
  gboolean          notnull;
  IdoExchangeTable *ref;          /* the exchanged table it refers to */
  gboolean          ref_indicator;  /* refers to an indicator, by code */
} IdoExchangeColumn;

struct _IdoExchangeTable
{
  char             *name;
  const char       *part;         /* IdoDossierPart name; NULL for links */
  IdoDossierPart    part_flag;
  const char       *label;        /* translatable, singular */
  const char * const *natural_keys;  /* alternatives, each "col1,col2" */
  const char * const *title_columns;
  gboolean          seeded;       /* rows made by a migration in every database */
  gboolean          own_only;     /* data of one municipality only */
  IdoExchangeTable *parent;       /* link tables: the row they belong to */
  char             *parent_column;
  char             *key;          /* link tables: member in the parent row */
  gboolean          has_id;
  GPtrArray        *columns;      /* IdoExchangeColumn, without id/uuid/timestamps/parent */
  GPtrArray        *links;        /* IdoExchangeTable */
};

IdoExchangeSchema *ido_exchange_schema_new           (IdoDatabase        *database,
                                                      GError            **error);
void               ido_exchange_schema_free          (IdoExchangeSchema  *schema);
guint              ido_exchange_schema_get_n_tables  (IdoExchangeSchema  *schema);
IdoExchangeTable  *ido_exchange_schema_get_table     (IdoExchangeSchema  *schema,
                                                      guint               index);
IdoExchangeTable  *ido_exchange_schema_lookup        (IdoExchangeSchema  *schema,
                                                      const char         *name);
GStrv              ido_exchange_schema_unclassified  (IdoDatabase        *database);
IdoDossierPart     ido_exchange_part_from_string     (const char         *name);
const char        *ido_exchange_part_to_string       (IdoDossierPart      part);

JsonObject        *ido_exchange_read_row             (IdoExchangeSchema  *schema,
                                                      IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      gint64              id,
                                                      GError            **error);
char              *ido_exchange_row_canonical        (IdoExchangeTable   *table,
                                                      JsonObject         *row);
char              *ido_exchange_row_hash             (IdoExchangeTable   *table,
                                                      JsonObject         *row);
char              *ido_exchange_row_title            (IdoExchangeTable   *table,
                                                      JsonObject         *row);
gint64             ido_exchange_id_for_uuid          (IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      const char         *uuid);
char              *ido_exchange_uuid_for_id          (IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      gint64              id);
gint64             ido_exchange_find_natural         (IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      JsonObject         *row);
gboolean           ido_exchange_write_row            (IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      JsonObject         *row,
                                                      gint64              id,
                                                      gboolean            with_identity,
                                                      GError            **error);
gboolean           ido_exchange_delete_row           (IdoDatabase        *database,
                                                      IdoExchangeTable   *table,
                                                      const char         *uuid,
                                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoExchangeSchema, ido_exchange_schema_free)

G_END_DECLS

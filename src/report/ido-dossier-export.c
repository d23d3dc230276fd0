/* ido-dossier-export.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-atomic-file.h"
#include "ido-database.h"
#include "ido-dossier-export.h"
#include "ido-dossier-schema.h"
#include "ido-sql-util.h"

typedef struct
{
  IdoExchangeSchema             *schema;
  IdoDatabase                   *database;
  const IdoDossierExportOptions *options;
  gint64                         library_id;
  GHashTable                    *rows;       /* table name -> GPtrArray of JsonObject */
  GHashTable                    *included;   /* uuid -> IdoExchangeTable */
  GHashTable                    *referenced; /* uuid -> IdoExchangeTable, refs seen */
  GHashTable                    *indicators; /* codes referenced */
  GPtrArray                     *states;     /* JsonObject: rows to mark as shared */
  GHashTable                    *hashes;     /* uuid -> hash of the row as stored here */
} Export;

#define AGREEMENTS_OF_LIBRARY \
  "(SELECT id FROM agreement WHERE library_id = ?1" \
  " OR id IN (SELECT agreement_id FROM agreement_party WHERE library_id = ?1))"
#define TARGETS_OF_LIBRARY \
  "(SELECT id FROM target WHERE library_id = ?1" \
  " OR location_id IN (SELECT id FROM location WHERE library_id = ?1)" \
  " OR agreement_id IN " AGREEMENTS_OF_LIBRARY ")"

/* One library's share of the tables it concerns. */
static const struct {
  const char *table;
  const char *where;
} library_filters[] = {
  { "library", "id = ?1" },
  { "certification", "library_id = ?1" },
  { "location", "library_id = ?1" },
  { "agreement", "id IN " AGREEMENTS_OF_LIBRARY },
  { "agreement_deliverable", "agreement_id IN " AGREEMENTS_OF_LIBRARY },
  { "target", "id IN " TARGETS_OF_LIBRARY },
  { "target_manual_value", "target_id IN " TARGETS_OF_LIBRARY },
  { "observation", "place_key = 'library:' || (SELECT uuid FROM library WHERE id = ?1)"
                   " OR place_key IN (SELECT 'location:' || uuid FROM location WHERE library_id = ?1)" },
};

static const char *
library_filter (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (library_filters); i++)
    if (g_str_equal (library_filters[i].table, table))
      return library_filters[i].where;
  return NULL;
}

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->rows, g_hash_table_unref);
  g_clear_pointer (&export->included, g_hash_table_unref);
  g_clear_pointer (&export->referenced, g_hash_table_unref);
  g_clear_pointer (&export->indicators, g_hash_table_unref);
  g_clear_pointer (&export->states, g_ptr_array_unref);
  g_clear_pointer (&export->hashes, g_hash_table_unref);
  g_clear_pointer (&export->schema, ido_exchange_schema_free);
}

static GPtrArray *
rows_of (Export           *export,
         IdoExchangeTable *table)
{
  GPtrArray *rows = g_hash_table_lookup (export->rows, table->name);

  if (rows == NULL)
    {
      rows = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
      g_hash_table_insert (export->rows, table->name, rows);
    }
  return rows;
}

static void
note_references (Export           *export,
                 IdoExchangeTable *table,
                 JsonObject       *row)
{
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
      const char *value = json_object_get_string_member_with_default (row, column->key, NULL);

      if (value == NULL)
        continue;
      if (column->ref_indicator)
        g_hash_table_add (export->indicators, g_strdup (value));
      else if (column->ref != NULL)
        g_hash_table_insert (export->referenced, g_strdup (value), column->ref);
    }
  for (guint l = 0; l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);
      JsonArray *array = json_object_get_array_member (row, link->key);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        note_references (export, link, json_array_get_object_element (array, i));
    }
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A link entry back in its array, which stays sorted. */
static void
add_link_entry (JsonObject *row,
                const char *key,
                JsonNode   *entry)
{
  JsonArray *array = json_object_get_array_member (row, key);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) nodes = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *sorted = json_array_new ();

  json_array_add_element (array, json_node_copy (entry));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *text = json_to_string (json_array_get_element (array, i), FALSE);

      g_ptr_array_add (texts, text);
      g_hash_table_insert (nodes, text, json_array_get_element (array, i));
    }
  g_ptr_array_sort (texts, compare_texts);
  for (guint i = 0; i < texts->len; i++)
    json_array_add_element (sorted, json_node_copy (g_hash_table_lookup (nodes, g_ptr_array_index (texts, i))));
  json_object_set_array_member (row, key, sorted);
}

/* References an earlier file made that this dossier could not follow go out
 * again, so the other side does not lose them (exchange_dangling). */
static void
add_dangling (Export           *export,
              IdoExchangeTable *table,
              JsonObject       *row)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT member, value FROM exchange_dangling WHERE row_uuid = ?", NULL);
  if (stmt == NULL)
    return;
  ido_sql_bind_text (stmt, 1, json_object_get_string_member (row, "uuid"));
  while (ido_database_step (export->database, stmt, &has_row, NULL) && has_row)
    {
      g_ptr_array_add (pairs, ido_sql_column_dup (stmt, 0));
      g_ptr_array_add (pairs, ido_sql_column_dup (stmt, 1));
    }
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      const char *member = g_ptr_array_index (pairs, i);
      const char *value = g_ptr_array_index (pairs, i + 1);
      JsonNode *current = json_object_get_member (row, member);

      if (current != NULL && JSON_NODE_HOLDS_NULL (current))
        json_object_set_string_member (row, member, value);
      else if (current != NULL && JSON_NODE_HOLDS_ARRAY (current))
        {
          g_autoptr(JsonNode) entry = json_from_string (value, NULL);

          if (entry != NULL)
            add_link_entry (row, member, entry);
        }
    }
}

static gboolean
add_row (Export            *export,
         IdoExchangeTable  *table,
         gint64             id,
         GError           **error)
{
  JsonObject *row = ido_exchange_read_row (export->schema, export->database, table, id, error);
  const char *uuid;

  if (row == NULL)
    return FALSE;
  uuid = json_object_get_string_member (row, "uuid");
  if (g_hash_table_contains (export->included, uuid))
    {
      json_object_unref (row);
      return TRUE;
    }
  g_hash_table_insert (export->included, g_strdup (uuid), table);
  g_hash_table_insert (export->hashes, g_strdup (uuid), ido_exchange_row_hash (table, row));
  add_dangling (export, table, row);
  note_references (export, table, row);
  g_ptr_array_add (rows_of (export, table), row);
  return TRUE;
}

static gboolean
table_selected (Export           *export,
                IdoExchangeTable *table)
{
  return table->part_flag == 0 || (export->options->parts & table->part_flag) != 0;
}

static gboolean
select_table (Export            *export,
              IdoExchangeTable  *table,
              GError           **error)
{
  const char *where = export->library_id > 0 ? library_filter (table->name) : NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\"%s%s ORDER BY id", table->name,
                                          where ? " WHERE " : "", where ? where : "");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = ido_database_prepare (export->database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  if (where != NULL)
    sqlite3_bind_int64 (stmt, 1, export->library_id);
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (has_row)
    return FALSE;
  rows_of (export, table);
  for (guint i = 0; i < ids->len; i++)
    if (!add_row (export, table, g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

/* Rows a chosen row cannot do without (a spending line's budget year, a
 * contact's partner) go along even from parts not chosen. */
static gboolean
add_required (Export  *export,
              GError **error)
{
  gboolean added = TRUE;

  while (added)
    {
      g_autoptr(GPtrArray) missing = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key, value;

      added = FALSE;
      g_hash_table_iter_init (&iter, export->rows);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          IdoExchangeTable *table = ido_exchange_schema_lookup (export->schema, key);
          GPtrArray *rows = value;

          for (guint r = 0; r < rows->len; r++)
            for (guint c = 0; c < table->columns->len; c++)
              {
                IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
                const char *uuid = json_object_get_string_member_with_default (g_ptr_array_index (rows, r),
                                                                               column->key, NULL);

                if (column->notnull && column->ref != NULL && uuid != NULL &&
                    !g_hash_table_contains (export->included, uuid))
                  {
                    g_ptr_array_add (missing, column->ref);
                    g_ptr_array_add (missing, (gpointer) uuid);
                  }
              }
        }
      for (guint i = 0; i + 1 < missing->len; i += 2)
        {
          IdoExchangeTable *table = g_ptr_array_index (missing, i);
          const char *uuid = g_ptr_array_index (missing, i + 1);
          gint64 id;

          if (g_hash_table_contains (export->included, uuid))
            continue;
          id = ido_exchange_id_for_uuid (export->database, table, uuid);
          if (id > 0 && !add_row (export, table, id, error))
            return FALSE;
          added = added || id > 0;
        }
    }
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  JsonObject *ra = *(JsonObject * const *) a;
  JsonObject *rb = *(JsonObject * const *) b;

  return g_strcmp0 (json_object_get_string_member (ra, "uuid"), json_object_get_string_member (rb, "uuid"));
}

/* The version of a row last exchanged, when the row changed since (a newer
 * updated_at, or content that differs from what was exchanged). */
static char *
synced_at (Export     *export,
           JsonObject *row)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *uuid = json_object_get_string_member (row, "uuid");
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT synced_updated_at, synced_hash FROM exchange_state WHERE row_uuid = ?", NULL);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, uuid);
  if (!ido_database_step (export->database, stmt, &has_row, NULL))
    return NULL;
  if (!has_row)
    {
      g_ptr_array_add (export->states, json_object_ref (row));
      return NULL;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), json_object_get_string_member (row, "updated_at")) == 0 &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), g_hash_table_lookup (export->hashes, uuid)) == 0)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

static JsonNode *
row_node (Export     *export,
          JsonObject *row)
{
  g_autofree char *synced = synced_at (export, row);
  JsonObject *object;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GList) members = NULL;

  if (synced == NULL)
    {
      json_node_set_object (node, row);
      return node;
    }
  /* synced_at right after updated_at, for the human reader */
  object = json_object_new ();
  members = json_object_get_members (row);
  for (GList *l = members; l != NULL; l = l->next)
    {
      json_object_set_member (object, l->data, json_node_copy (json_object_get_member (row, l->data)));
      if (g_str_equal (l->data, "updated_at"))
        json_object_set_string_member (object, "synced_at", synced);
    }
  json_node_take_object (node, object);
  return node;
}

static JsonObject *
build_tables (Export *export)
{
  JsonObject *tables = json_object_new ();

  for (guint t = 0; t < ido_exchange_schema_get_n_tables (export->schema); t++)
    {
      IdoExchangeTable *table = ido_exchange_schema_get_table (export->schema, t);
      GPtrArray *rows = g_hash_table_lookup (export->rows, table->name);
      JsonArray *array;

      if (rows == NULL)
        continue;
      g_ptr_array_sort (rows, compare_rows);
      array = json_array_new ();
      for (guint r = 0; r < rows->len; r++)
        json_array_add_element (array, row_node (export, g_ptr_array_index (rows, r)));
      json_object_set_array_member (tables, table->name, array);
    }
  return tables;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Rows referred to but not included: enough to find them in the other
 * dossier (UUID, natural key) and to name them. */
static JsonObject *
build_references (Export *export)
{
  JsonObject *references = json_object_new ();
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, export->referenced);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (export->included, key))
      g_ptr_array_add (uuids, key);
  g_ptr_array_sort (uuids, compare_strings);
  for (guint i = 0; i < uuids->len; i++)
    {
      IdoExchangeTable *table = g_hash_table_lookup (export->referenced, g_ptr_array_index (uuids, i));
      gint64 id = ido_exchange_id_for_uuid (export->database, table, g_ptr_array_index (uuids, i));
      g_autoptr(JsonObject) row = id > 0 ? ido_exchange_read_row (export->schema, export->database, table, id, NULL)
                                         : NULL;
      JsonObject *stub;
      g_autofree char *title = NULL;
      JsonArray *array;

      if (row == NULL)
        continue;
      stub = json_object_new ();
      json_object_set_string_member (stub, "uuid", json_object_get_string_member (row, "uuid"));
      for (guint k = 0; table->natural_keys != NULL && table->natural_keys[k] != NULL; k++)
        {
          g_auto(GStrv) names = g_strsplit (table->natural_keys[k], ",", -1);

          for (guint n = 0; names[n] != NULL; n++)
            for (guint c = 0; c < table->columns->len; c++)
              {
                IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

                if (g_str_equal (column->name, names[n]) && !json_object_has_member (stub, column->key))
                  json_object_set_member (stub, column->key,
                                          json_node_copy (json_object_get_member (row, column->key)));
              }
        }
      title = ido_exchange_row_title (table, row);
      json_object_set_string_member (stub, "title", title);
      if (!json_object_has_member (references, table->name))
        json_object_set_array_member (references, table->name, json_array_new ());
      array = json_object_get_array_member (references, table->name);
      json_array_add_object_element (array, stub);
    }
  return references;
}

/* Custom indicators travel with their definition; built-in ones by code. */
static JsonArray *
build_indicators (Export *export)
{
  g_autoptr(GPtrArray) codes = g_hash_table_get_keys_as_ptr_array (export->indicators);
  JsonArray *array = json_array_new ();

  g_ptr_array_sort (codes, compare_strings);
  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;
      JsonObject *object;

      stmt = ido_database_prepare (export->database,
                                   "SELECT code, label, aggregation, unit, has_category FROM indicator"
                                   " WHERE code = ? AND is_custom = 1",
                                   NULL);
      if (stmt == NULL)
        continue;
      ido_sql_bind_text (stmt, 1, g_ptr_array_index (codes, i));
      if (!ido_database_step (export->database, stmt, &has_row, NULL) || !has_row)
        continue;
      object = json_object_new ();
      json_object_set_string_member (object, "code", (const char *) sqlite3_column_text (stmt, 0));
      json_object_set_string_member (object, "label", (const char *) sqlite3_column_text (stmt, 1));
      json_object_set_string_member (object, "aggregation", (const char *) sqlite3_column_text (stmt, 2));
      json_object_set_string_member (object, "unit", (const char *) sqlite3_column_text (stmt, 3));
      json_object_set_boolean_member (object, "has_category", sqlite3_column_int (stmt, 4) != 0);
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonObject *
build_municipality (Export *export)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  JsonObject *object;

  stmt = ido_database_prepare (export->database,
                               "SELECT uuid, code, name FROM municipality WHERE is_own = 1 ORDER BY id LIMIT 1",
                               NULL);
  if (stmt == NULL || !ido_database_step (export->database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  object = json_object_new ();
  json_object_set_string_member (object, "uuid", (const char *) sqlite3_column_text (stmt, 0));
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    json_object_set_null_member (object, "code");
  else
    json_object_set_string_member (object, "code", (const char *) sqlite3_column_text (stmt, 1));
  json_object_set_string_member (object, "name", (const char *) sqlite3_column_text (stmt, 2));
  return object;
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static JsonNode *
build_document (Export  *export,
                GError **error)
{
  JsonObject *root = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *part_names = json_array_new ();
  JsonObject *municipality;
  g_autofree char *exported_at = export->options->exported_at ? g_strdup (export->options->exported_at) : now_text ();

  json_node_take_object (node, root);
  json_object_set_string_member (root, "format", IDO_DOSSIER_FORMAT);
  json_object_set_int_member (root, "version", IDO_DOSSIER_VERSION);
  json_object_set_string_member (root, "generator", "IDO Regie " PACKAGE_VERSION);
  json_object_set_int_member (root, "schema_version", ido_database_get_version (export->database));
  json_object_set_string_member (root, "exported_at", exported_at);
  municipality = build_municipality (export);
  if (municipality != NULL)
    json_object_set_object_member (root, "municipality", municipality);
  else
    json_object_set_null_member (root, "municipality");
  for (guint bit = 1; bit < IDO_DOSSIER_PART_ALL; bit <<= 1)
    if ((export->options->parts & bit) != 0)
      json_array_add_string_element (part_names, ido_exchange_part_to_string (bit));
  json_object_set_array_member (root, "parts", part_names);
  if (export->options->library_uuid != NULL)
    json_object_set_string_member (root, "library", export->options->library_uuid);
  json_object_set_array_member (root, "indicators", build_indicators (export));
  json_object_set_object_member (root, "references", build_references (export));
  json_object_set_object_member (root, "tables", build_tables (export));
  return node;
}

/* Rows sent out for the first time are now shared: their current version is
 * what the other side has (see DOSSIER-FORMAT.md, "Conflicts"). */
static gboolean
mark_shared (Export  *export,
             GError **error)
{
  if (export->states->len == 0)
    return TRUE;
  if (!ido_database_begin (export->database, error))
    return FALSE;
  for (guint i = 0; i < export->states->len; i++)
    {
      JsonObject *row = g_ptr_array_index (export->states, i);
      IdoExchangeTable *table = g_hash_table_lookup (export->included, json_object_get_string_member (row, "uuid"));
      const char *hash = g_hash_table_lookup (export->hashes, json_object_get_string_member (row, "uuid"));
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;

      stmt = ido_database_prepare (export->database,
                                   "INSERT OR IGNORE INTO exchange_state"
                                   " (row_uuid, table_name, synced_updated_at, synced_hash) VALUES (?, ?, ?, ?)",
                                   error);
      if (stmt == NULL)
        goto failed;
      ido_sql_bind_text (stmt, 1, json_object_get_string_member (row, "uuid"));
      ido_sql_bind_text (stmt, 2, table->name);
      ido_sql_bind_text (stmt, 3, json_object_get_string_member (row, "updated_at"));
      ido_sql_bind_text (stmt, 4, hash);
      if (!ido_database_step (export->database, stmt, &has_row, error))
        goto failed;
    }
  return ido_database_commit (export->database, error);

failed:
  ido_database_rollback (export->database);
  return FALSE;
}

static gint64
library_id_for (IdoDatabase  *database,
                const char   *uuid,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT id FROM library WHERE uuid = ?", error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, uuid);
  if (ido_database_step (database, stmt, &has_row, error) && has_row)
    return sqlite3_column_int64 (stmt, 0);
  g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("This library organisation no longer exists."));
  return 0;
}

static char *
export_data (IdoDatabase                    *database,
             const IdoDossierExportOptions  *options,
             gsize                          *length,
             Export                         *export,
             GError                        **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;

  export->database = database;
  export->options = options;
  export->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  export->included = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export->referenced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export->states = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  export->hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  export->schema = ido_exchange_schema_new (database, error);
  if (export->schema == NULL)
    return NULL;
  if (options->library_uuid != NULL && (export->library_id = library_id_for (database, options->library_uuid, error)) == 0)
    return NULL;

  for (guint t = 0; t < ido_exchange_schema_get_n_tables (export->schema); t++)
    {
      IdoExchangeTable *table = ido_exchange_schema_get_table (export->schema, t);

      if (table_selected (export, table) && !select_table (export, table, error))
        return NULL;
    }
  if (!add_required (export, error))
    return NULL;
  root = build_document (export, error);
  if (root == NULL)
    return NULL;
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, length);
}

/**
 * ido_dossier_export_to_data:
 *
 * Returns: (transfer full) (nullable): the dossier as JSON text
 */
char *
ido_dossier_export_to_data (IdoDatabase                    *database,
                            const IdoDossierExportOptions  *options,
                            gsize                          *length,
                            GError                        **error)
{
  Export export = { 0 };
  g_autofree char *data = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  data = export_data (database, options, length, &export, error);
  if (data != NULL && !mark_shared (&export, error))
    g_clear_pointer (&data, g_free);
  export_clear (&export);
  return g_steal_pointer (&data);
}

/**
 * ido_dossier_export_to_file:
 *
 * Writes the dossier to @path atomically.
 */
gboolean
ido_dossier_export_to_file (IdoDatabase                    *database,
                            const IdoDossierExportOptions  *options,
                            const char                     *path,
                            GError                        **error)
{
  Export export = { 0 };
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (options != NULL && path != NULL, FALSE);

  data = export_data (database, options, &length, &export, error);
  if (data != NULL)
    ok = ido_atomic_file_set_contents (path, data, length, error) && mark_shared (&export, error);
  export_clear (&export);
  return ok;
}

typedef struct
{
  char                    *database_path;
  IdoDossierExportOptions  options;
  char                    *library_uuid;
  char                    *path;
} ExportData;

static void
export_data_free (gpointer user_data)
{
  ExportData *data = user_data;

  g_free (data->database_path);
  g_free (data->library_uuid);
  g_free (data->path);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  GError *error = NULL;

  database = ido_database_open (data->database_path, &error);
  if (database == NULL || !ido_dossier_export_to_file (database, &data->options, data->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* In a thread with its own connection to the database at @database_path. */
void
ido_dossier_export_async (const char                     *database_path,
                          const IdoDossierExportOptions  *options,
                          const char                     *path,
                          GCancellable                   *cancellable,
                          GAsyncReadyCallback             callback,
                          gpointer                        user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportData *data = g_new0 (ExportData, 1);

  data->database_path = g_strdup (database_path);
  data->options = *options;
  data->library_uuid = g_strdup (options->library_uuid);
  data->options.library_uuid = data->library_uuid;
  data->options.exported_at = NULL;
  data->path = g_strdup (path);
  g_task_set_source_tag (task, ido_dossier_export_async);
  g_task_set_task_data (task, data, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
ido_dossier_export_finish (GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

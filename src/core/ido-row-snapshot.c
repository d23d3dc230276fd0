/* ido-row-snapshot.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-row-snapshot.h"
#include "ido-sql-util.h"

typedef struct
{
  char          *table;
  GPtrArray     *columns;  /* char * */
  GPtrArray     *values;   /* sqlite3_value * */
} SavedRow;

typedef struct
{
  char          *table;
  char          *column;
  gint64         rowid;
  sqlite3_value *value;
  sqlite3_value *updated_at;  /* NULL when the table has none */
} SavedColumn;

typedef struct
{
  char *child;
  char *parent;
  char *from;
  char *to;
  char *on_delete;
} ForeignKey;

struct _IdoRowSnapshot
{
  GPtrArray  *rows;      /* SavedRow, parents before children */
  GPtrArray  *cleared;   /* SavedColumn */
  GPtrArray  *tables;    /* char *, NULL-terminated */
  GHashTable *seen;      /* "table:rowid" */
  GPtrArray  *keys;      /* ForeignKey, while capturing */
};

/* Deep enough for any chain in the schema; guards against cycles. */
#define MAX_DEPTH 8

static void
saved_row_free (gpointer data)
{
  SavedRow *row = data;

  g_free (row->table);
  g_ptr_array_unref (row->columns);
  g_ptr_array_unref (row->values);
  g_free (row);
}

static void
saved_column_free (gpointer data)
{
  SavedColumn *saved = data;

  g_free (saved->table);
  g_free (saved->column);
  sqlite3_value_free (saved->value);
  sqlite3_value_free (saved->updated_at);
  g_free (saved);
}

static void
foreign_key_free (gpointer data)
{
  ForeignKey *key = data;

  g_free (key->child);
  g_free (key->parent);
  g_free (key->from);
  g_free (key->to);
  g_free (key->on_delete);
  g_free (key);
}

IdoRowSnapshot *
ido_row_snapshot_new (void)
{
  IdoRowSnapshot *self = g_new0 (IdoRowSnapshot, 1);

  self->rows = g_ptr_array_new_with_free_func (saved_row_free);
  self->cleared = g_ptr_array_new_with_free_func (saved_column_free);
  self->tables = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
ido_row_snapshot_free (IdoRowSnapshot *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->cleared);
  g_ptr_array_unref (self->tables);
  g_hash_table_unref (self->seen);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_free (self);
}

static gboolean
fail (IdoDatabase  *database,
      GError      **error)
{
  sqlite3 *handle = ido_database_get_handle (database);

  g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_SQL, "%s", sqlite3_errmsg (handle));
  return FALSE;
}

static sqlite3_stmt *
prepare_fresh (IdoDatabase  *database,
               char         *sql,
               GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (ido_database_get_handle (database), sql, -1, &stmt, NULL);

  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      fail (database, error);
      return NULL;
    }
  return stmt;
}

static void
note_table (IdoRowSnapshot *self,
            const char     *table)
{
  if (!g_strv_contains ((const char * const *) self->tables->pdata, table))
    g_ptr_array_add (self->tables, g_strdup (table));
}

static gboolean
load_foreign_keys (IdoRowSnapshot  *self,
                   IdoDatabase     *database,
                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  if (self->keys != NULL)
    return TRUE;
  stmt = ido_database_prepare (database,
                               "SELECT m.name, f.\"table\", f.\"from\", coalesce (f.\"to\", 'rowid'), f.on_delete"
                               " FROM sqlite_schema m JOIN pragma_foreign_key_list (m.name) f"
                               " WHERE m.type = 'table'",
                               error);
  if (stmt == NULL)
    return FALSE;
  self->keys = g_ptr_array_new_with_free_func (foreign_key_free);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      ForeignKey *key = g_new0 (ForeignKey, 1);

      key->child = ido_sql_column_dup (stmt, 0);
      key->parent = ido_sql_column_dup (stmt, 1);
      key->from = ido_sql_column_dup (stmt, 2);
      key->to = ido_sql_column_dup (stmt, 3);
      key->on_delete = ido_sql_column_dup (stmt, 4);
      g_ptr_array_add (self->keys, key);
    }
  return ok;
}

static sqlite3_value *
row_value (SavedRow   *row,
           const char *column)
{
  for (guint i = 0; i < row->columns->len; i++)
    {
      if (g_ascii_strcasecmp (g_ptr_array_index (row->columns, i), column) == 0)
        return g_ptr_array_index (row->values, i);
    }
  return NULL;
}

static gboolean
table_has_column (IdoDatabase *database,
                  const char  *table,
                  const char  *column)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, "SELECT 1 FROM pragma_table_info (?1) WHERE name = ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_TRANSIENT);
  return ido_database_step (database, stmt, &has_row, NULL) && has_row;
}

static gboolean
capture_cleared (IdoRowSnapshot  *self,
                 IdoDatabase     *database,
                 const char      *table,
                 const char      *column,
                 sqlite3_value   *value,
                 GError         **error)
{
  gboolean touched = table_has_column (database, table, "updated_at");
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_fresh (database,
                        sqlite3_mprintf ("SELECT rowid, \"%w\", %s FROM \"%w\" WHERE \"%w\" = ?",
                                         column, touched ? "updated_at" : "NULL", table, column),
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_value (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SavedColumn *saved = g_new0 (SavedColumn, 1);

      saved->table = g_strdup (table);
      saved->column = g_strdup (column);
      saved->rowid = sqlite3_column_int64 (stmt, 0);
      saved->value = sqlite3_value_dup (sqlite3_column_value (stmt, 1));
      if (touched)
        saved->updated_at = sqlite3_value_dup (sqlite3_column_value (stmt, 2));
      g_ptr_array_add (self->cleared, saved);
      note_table (self, table);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || fail (database, error);
}

static gboolean capture_where (IdoRowSnapshot  *self,
                               IdoDatabase     *database,
                               const char      *table,
                               const char      *column,
                               sqlite3_value   *value,
                               guint            depth,
                               GError         **error);

static gboolean
capture_dependants (IdoRowSnapshot  *self,
                    IdoDatabase     *database,
                    SavedRow        *row,
                    guint            depth,
                    GError         **error)
{
  for (guint i = 0; i < self->keys->len; i++)
    {
      ForeignKey *key = g_ptr_array_index (self->keys, i);
      sqlite3_value *value;

      if (g_ascii_strcasecmp (key->parent, row->table) != 0)
        continue;
      value = row_value (row, key->to);
      if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
        continue;
      if (g_ascii_strcasecmp (key->on_delete, "CASCADE") == 0)
        {
          if (!capture_where (self, database, key->child, key->from, value, depth + 1, error))
            return FALSE;
        }
      else if (g_ascii_strcasecmp (key->on_delete, "SET NULL") == 0)
        {
          if (!capture_cleared (self, database, key->child, key->from, value, error))
            return FALSE;
        }
    }
  return TRUE;
}

static SavedRow *
saved_row_from (sqlite3_stmt *stmt,
                const char   *table)
{
  SavedRow *row = g_new0 (SavedRow, 1);
  int n = sqlite3_column_count (stmt);

  row->table = g_strdup (table);
  row->columns = g_ptr_array_new_with_free_func (g_free);
  row->values = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_value_free);
  /* Column 0 is the rowid, which the table's own columns carry already
   * when it has an INTEGER PRIMARY KEY. */
  for (int i = 1; i < n; i++)
    {
      g_ptr_array_add (row->columns, g_strdup (sqlite3_column_name (stmt, i)));
      g_ptr_array_add (row->values, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
    }
  return row;
}

static gboolean
capture_where (IdoRowSnapshot  *self,
               IdoDatabase     *database,
               const char      *table,
               const char      *column,
               sqlite3_value   *value,
               guint            depth,
               GError         **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  if (depth > MAX_DEPTH)
    return TRUE;
  stmt = prepare_fresh (database,
                        sqlite3_mprintf ("SELECT rowid AS ido_snapshot_rowid, * FROM \"%w\" WHERE \"%w\" = ?",
                                         table, column),
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_value (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, (gint64) sqlite3_column_int64 (stmt, 0));

      if (!g_hash_table_add (self->seen, key))
        continue;
      g_ptr_array_add (found, saved_row_from (stmt, table));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_foreach (found, (GFunc) saved_row_free, NULL);
      return fail (database, error);
    }
  if (found->len > 0)
    note_table (self, table);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (self->rows, g_ptr_array_index (found, i));
  for (guint i = 0; i < found->len; i++)
    {
      if (!capture_dependants (self, database, g_ptr_array_index (found, i), depth, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_row_snapshot_capture:
 * @table: a table name from the schema (never user input)
 * @id: the rowid of the row about to be deleted
 *
 * Keeps the row and everything its deletion would remove or clear.
 */
gboolean
ido_row_snapshot_capture (IdoRowSnapshot  *self,
                          IdoDatabase     *database,
                          const char      *table,
                          gint64           id,
                          GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!load_foreign_keys (self, database, error))
    return FALSE;
  /* A bound integer as an sqlite3_value to start the walk with. */
  stmt = ido_database_prepare (database, "SELECT ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  return capture_where (self, database, table, "rowid", sqlite3_column_value (stmt, 0), 0, error);
}

static gboolean
restore_row (IdoDatabase  *database,
             SavedRow     *row,
             GError      **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < row->columns->len; i++)
    {
      char *quoted = sqlite3_mprintf ("%s\"%w\"", i ? ", " : "", (const char *) g_ptr_array_index (row->columns, i));

      g_string_append (names, quoted);
      g_string_append (marks, i ? ", ?" : "?");
      sqlite3_free (quoted);
    }
  stmt = prepare_fresh (database,
                        sqlite3_mprintf ("INSERT INTO \"%w\" (%s) VALUES (%s)", row->table, names->str, marks->str),
                        error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < row->values->len; i++)
    sqlite3_bind_value (stmt, (int) i + 1, g_ptr_array_index (row->values, i));
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || fail (database, error);
}

/* Skipped when the value is already back, e.g. in a row that was
 * re-inserted whole: an update would touch its updated_at. */
static gboolean
restore_column (IdoDatabase  *database,
                SavedColumn  *saved,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (saved->updated_at != NULL)
    stmt = prepare_fresh (database,
                          sqlite3_mprintf ("UPDATE \"%w\" SET \"%w\" = ?1, updated_at = ?2"
                                           " WHERE rowid = ?3 AND \"%w\" IS NOT ?1",
                                           saved->table, saved->column, saved->column),
                          error);
  else
    stmt = prepare_fresh (database,
                          sqlite3_mprintf ("UPDATE \"%w\" SET \"%w\" = ?1 WHERE rowid = ?3 AND \"%w\" IS NOT ?1",
                                           saved->table, saved->column, saved->column),
                          error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_value (stmt, 1, saved->value);
  if (saved->updated_at != NULL)
    sqlite3_bind_value (stmt, 2, saved->updated_at);
  sqlite3_bind_int64 (stmt, 3, saved->rowid);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || fail (database, error);
}

static gboolean
restore_all (IdoRowSnapshot  *self,
             IdoDatabase     *database,
             GError         **error)
{
  /* Rows come back parents first, but a row may point at a sibling that
   * follows it (an agreement at a contact): check keys at commit. */
  if (!ido_database_exec (database, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      if (!restore_row (database, g_ptr_array_index (self->rows, i), error))
        return FALSE;
    }
  for (guint i = 0; i < self->cleared->len; i++)
    {
      if (!restore_column (database, g_ptr_array_index (self->cleared, i), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_row_snapshot_restore:
 *
 * Puts every kept row back in one transaction, and announces the change of
 * each table involved. Fails, changing nothing, when one of the rows cannot
 * come back (e.g. a new row took its place).
 */
gboolean
ido_row_snapshot_restore (IdoRowSnapshot  *self,
                          IdoDatabase     *database,
                          GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_begin (database, error))
    return FALSE;
  if (!restore_all (self, database, &local_error))
    ido_database_rollback (database);
  else
    ido_database_commit (database, &local_error);  /* rolls back itself on failure */
  if (local_error != NULL)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT,
                   _("The deleted item could not be put back (%s)."), local_error->message);
      return FALSE;
    }
  ido_row_snapshot_emit_changed (self, database);
  return TRUE;
}

/**
 * ido_row_snapshot_count_rows:
 * @table: (nullable): a table, or %NULL for all
 *
 * Returns: how many whole rows of @table the snapshot keeps
 */
guint
ido_row_snapshot_count_rows (IdoRowSnapshot *self,
                             const char     *table)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      SavedRow *row = g_ptr_array_index (self->rows, i);

      if (table == NULL || g_str_equal (row->table, table))
        count++;
    }
  return count;
}

/**
 * ido_row_snapshot_get_tables:
 *
 * Returns: (transfer none): the tables the snapshot touches
 */
const char * const *
ido_row_snapshot_get_tables (IdoRowSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->tables->pdata;
}

void
ido_row_snapshot_emit_changed (IdoRowSnapshot *self,
                               IdoDatabase    *database)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->tables->len; i++)
    ido_database_emit_changed (database, g_ptr_array_index (self->tables, i));
}

/**
 * ido_row_snapshot_delete:
 * @table: a table name from the schema (never user input)
 * @undo: (out) (optional) (transfer full): what it takes to undo the delete
 *
 * Deletes one row (and what the schema removes with it) in a transaction.
 */
gboolean
ido_row_snapshot_delete (IdoDatabase     *database,
                         const char      *table,
                         gint64           id,
                         IdoRowSnapshot **undo,
                         GError         **error)
{
  g_autoptr(IdoRowSnapshot) snapshot = ido_row_snapshot_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_begin (database, error))
    return FALSE;
  if (!ido_row_snapshot_capture (snapshot, database, table, id, error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  stmt = prepare_fresh (database, sqlite3_mprintf ("DELETE FROM \"%w\" WHERE rowid = ?", table), error);
  if (stmt == NULL)
    {
      ido_database_rollback (database);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (database, error);
      ido_database_rollback (database);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    return FALSE;
  ido_row_snapshot_emit_changed (snapshot, database);
  if (undo != NULL)
    *undo = g_steal_pointer (&snapshot);
  return TRUE;
}

/* ido-database.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "ido-core-resources.h"
#include "ido-database.h"
#include "ido-sql-util.h"

/* "IDOR": marks a file as an IDO Regie database, so a restore can refuse
 * any other SQLite file. */
#define IDO_APPLICATION_ID 0x49444f52

/* New databases get 16 KiB pages: a quarter fewer pages to descend and
 * split, which makes large imports of dashboard exports (issue 5) a
 * fifth faster. Existing files keep the page size they have. */
#define PAGE_SIZE 16384

/* A large import grows the write-ahead log to the size of what it wrote
 * (gigabytes for millions of rows); once checkpointed, the log is cut back
 * to this size instead of staying that large until the app quits. */
#define WAL_SIZE_LIMIT 67108864

struct _IdoDatabase
{
  GObject     parent_instance;
  sqlite3    *handle;
  char       *path;
  GHashTable *statements;
  guint       depth;
};

G_DEFINE_FINAL_TYPE (IdoDatabase, ido_database, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Numbered migrations, in order; migration N brings the schema to version N. */
static const char * const migrations[] = {
  "001-initial.sql",
  "002-reference-data.sql",
  "003-network.sql",
  "004-financier.sql",
  "005-roles.sql",
  "006-exchange.sql",
  "007-observation-lean.sql",
};

G_DEFINE_QUARK (ido-db-error-quark, ido_db_error)

static int
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return IDO_DB_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return IDO_DB_ERROR_BUSY;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return IDO_DB_ERROR_CORRUPT;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      return IDO_DB_ERROR_OPEN;
    default:
      return IDO_DB_ERROR_SQL;
    }
}

static void
set_sqlite_error (GError     **error,
                  sqlite3     *handle,
                  int          rc,
                  const char  *what)
{
  const char *detail = handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int code = error_code_for (rc);

  if (code == IDO_DB_ERROR_BUSY)
    g_set_error (error, IDO_DB_ERROR, code,
                 _("The database is in use by another program. Close it and try again (%s)."),
                 detail);
  else if (code == IDO_DB_ERROR_CORRUPT)
    g_set_error (error, IDO_DB_ERROR, code,
                 _("The file is not an IDO Regie database or it is damaged (%s)."), detail);
  else
    g_set_error (error, IDO_DB_ERROR, code, "%s: %s", what, detail);
}

static gboolean
exec_sql (sqlite3     *handle,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (handle, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      int code = error_code_for (rc);

      g_set_error (error, IDO_DB_ERROR, code, "%s", message ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (sqlite3     *handle,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (error, handle, rc, sql);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

/**
 * ido_core_ensure_resources:
 *
 * Makes sure the core's resources (migrations, municipality data, sample)
 * are linked in and registered; the core is a static library, and an
 * object nothing refers to would be left out.
 */
void
ido_core_ensure_resources (void)
{
  (void) ido_core_get_resource ();
}

static char *
load_migration (guint    index,
                GError **error)
{
  g_autofree char *path = g_strdup_printf ("%s/core/migrations/%s", RESOURCE_BASE, migrations[index]);
  g_autoptr(GBytes) bytes = NULL;

  ido_core_ensure_resources ();
  bytes = g_resources_lookup_data (path, 0, error);
  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
apply_migration (sqlite3  *handle,
                 guint     index,
                 GError  **error)
{
  g_autofree char *sql = load_migration (index, error);
  g_autofree char *set_version = NULL;
  g_autoptr(GError) local_error = NULL;

  if (sql == NULL)
    return FALSE;
  if (!exec_sql (handle, "BEGIN IMMEDIATE", error))
    return FALSE;
  set_version = g_strdup_printf ("PRAGMA user_version = %u; PRAGMA application_id = %d;",
                                 index + 1, IDO_APPLICATION_ID);
  if (!exec_sql (handle, sql, &local_error) ||
      !exec_sql (handle, set_version, &local_error) ||
      !exec_sql (handle, "COMMIT", &local_error))
    {
      exec_sql (handle, "ROLLBACK", NULL);
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_MIGRATION,
                   _("Updating the database to version %u failed; nothing was changed (%s)."),
                   index + 1, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (sqlite3  *handle,
         int       from,
         int       to,
         GError  **error)
{
  for (int v = from; v < to; v++)
    {
      if (!apply_migration (handle, v, error))
        return FALSE;
    }
  /* A migration that rebuilds a large table leaves a WAL as large as the
   * table; every later open would have to read it. Fold it into the
   * database now (best effort: another connection may hold it). */
  if (from < to)
    sqlite3_wal_checkpoint_v2 (handle, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  return TRUE;
}

static gboolean
check_version (sqlite3  *handle,
               int       target,
               gint64   *version,
               GError  **error)
{
  gint64 application_id = 0;

  if (!query_int (handle, "PRAGMA user_version", version, error) ||
      !query_int (handle, "PRAGMA application_id", &application_id, error))
    return FALSE;
  if (*version > target)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NEWER_SCHEMA,
                   _("This database was made by a newer version of IDO Regie (database version %d, "
                     "this version understands up to %d). Update IDO Regie to open it; "
                     "the file has not been changed."),
                   (int) *version, target);
      return FALSE;
    }
  if (application_id != 0 && application_id != IDO_APPLICATION_ID)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                   _("This file belongs to another program, not to IDO Regie; it has not been changed."));
      return FALSE;
    }
  if (*version == 0 && application_id == 0)
    {
      gint64 tables = 0;

      if (!query_int (handle, "SELECT count(*) FROM sqlite_schema", &tables, error))
        return FALSE;
      if (tables > 0)
        {
          g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                       _("This file belongs to another program, not to IDO Regie; it has not been changed."));
          return FALSE;
        }
    }
  return TRUE;
}

static sqlite3 *
open_handle (const char  *path,
             int          target,
             GError     **error)
{
  sqlite3 *handle = NULL;
  gint64 version = 0;
  int rc;

  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"), path,
                   handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close (handle);
      return NULL;
    }
  sqlite3_extended_result_codes (handle, 1);
  sqlite3_busy_timeout (handle, 5000);

  /* Nothing may be written before we know the file is ours and not newer. */
  if (!check_version (handle, target, &version, error) ||
      (version == 0 && !exec_sql (handle, "PRAGMA page_size = " G_STRINGIFY (PAGE_SIZE), error)) ||
      !exec_sql (handle, "PRAGMA foreign_keys = ON", error) ||
      !exec_sql (handle, "PRAGMA journal_mode = WAL", error) ||
      !exec_sql (handle, "PRAGMA synchronous = NORMAL", error) ||
      !exec_sql (handle, "PRAGMA journal_size_limit = " G_STRINGIFY (WAL_SIZE_LIMIT), error) ||
      !migrate (handle, (int) version, target, error))
    {
      sqlite3_close (handle);
      return NULL;
    }
  return handle;
}

static void
ido_database_finalize (GObject *object)
{
  IdoDatabase *self = (IdoDatabase *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->handle, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ido_database_parent_class)->finalize (object);
}

static void
ido_database_class_init (IdoDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_database_finalize;

  /**
   * IdoDatabase::changed:
   * @table: (nullable): the table that changed, or %NULL for everything
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ido_database_init (IdoDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

/**
 * ido_database_get_default_path:
 *
 * Returns: (transfer full): $IDO_DATABASE, or ido-regie.db in the user's data directory
 */
char *
ido_database_get_default_path (void)
{
  const char *env = g_getenv ("IDO_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "ido-regie", "ido-regie.db", NULL);
}

int
ido_database_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * ido_database_open_at_version:
 * @path: the database file; created (with its directory) when missing
 * @version: the schema version to migrate to; tests use older versions
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
IdoDatabase *
ido_database_open_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  g_autofree char *dir = NULL;
  IdoDatabase *self;
  sqlite3 *handle;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version >= 0 && version <= ido_database_get_latest_version (), NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_OPEN,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return NULL;
    }
  handle = open_handle (path, version, error);
  if (handle == NULL)
    return NULL;

  self = g_object_new (IDO_TYPE_DATABASE, NULL);
  self->handle = handle;
  self->path = g_strdup (path);
  return self;
}

/**
 * ido_database_open:
 * @path: the database file; created (with its directory) when missing
 *
 * Opens the database and brings its schema up to date, each migration in a
 * transaction of its own. A database from a newer version is refused
 * (%IDO_DB_ERROR_NEWER_SCHEMA) and left untouched.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
IdoDatabase *
ido_database_open (const char  *path,
                   GError     **error)
{
  return ido_database_open_at_version (path, ido_database_get_latest_version (), error);
}

const char *
ido_database_get_path (IdoDatabase *self)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), NULL);
  return self->path;
}

int
ido_database_get_version (IdoDatabase *self)
{
  gint64 version = -1;

  g_return_val_if_fail (IDO_IS_DATABASE (self), -1);
  query_int (self->handle, "PRAGMA user_version", &version, NULL);
  return (int) version;
}

sqlite3 *
ido_database_get_handle (IdoDatabase *self)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), NULL);
  return self->handle;
}

/**
 * ido_database_prepare:
 * @sql: a statement with `?` parameters; user data is only ever bound
 *
 * Returns: (transfer none): a cached statement, reset and with cleared
 *   bindings. Use g_autoptr(sqlite3_stmt) to reset it again when done.
 */
sqlite3_stmt *
ido_database_prepare (IdoDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (IDO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->handle, rc, sql);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * ido_database_step:
 * @has_row: (out) (optional): whether a row is available
 *
 * Steps @stmt; when it is done or fails it is reset.
 *
 * On failure *@has_row is set to %TRUE, so that the usual reading loop
 * `while (ido_database_step (db, stmt, &has_row, error) && has_row) ...;`
 * ends with has_row %FALSE only when every row was read, and a following
 * `return !has_row;` reports the failure.
 *
 * Returns: %FALSE on error
 */
gboolean
ido_database_step (IdoDatabase   *self,
                   sqlite3_stmt  *stmt,
                   gboolean      *has_row,
                   GError       **error)
{
  int rc;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  rc = sqlite3_step (stmt);
  if (has_row != NULL)
    *has_row = rc != SQLITE_DONE;
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    set_sqlite_error (error, self->handle, rc, sqlite3_sql (stmt));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/**
 * ido_database_step_row:
 * @stmt: a statement that should yield a row
 * @not_found_message: the translated message when it yields none
 *
 * Steps @stmt onto its first row. When there is none, fails with
 * %IDO_DB_ERROR_NOT_FOUND and @not_found_message: the row was removed
 * meanwhile.
 *
 * Returns: %TRUE with @stmt on its row
 */
gboolean
ido_database_step_row (IdoDatabase   *self,
                       sqlite3_stmt  *stmt,
                       const char    *not_found_message,
                       GError       **error)
{
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (not_found_message != NULL, FALSE);

  if (!ido_database_step (self, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, not_found_message);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_database_select_by_id:
 * @sql: a SELECT with the row's id as its only parameter
 * @id: the row's id
 * @not_found_message: the translated message when there is no such row
 *
 * Prepares @sql, binds @id and steps onto the row, as
 * ido_database_step_row() does.
 *
 * Returns: (nullable): the statement on its row (reset it when done, e.g.
 *   with g_autoptr), or %NULL with @error
 */
sqlite3_stmt *
ido_database_select_by_id (IdoDatabase  *self,
                           const char   *sql,
                           gint64        id,
                           const char   *not_found_message,
                           GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = ido_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step_row (self, stmt, not_found_message, error))
    return NULL;
  return stmt;
}

/**
 * ido_database_run_with_id:
 * @sql: a statement without result rows whose only parameter is an id
 *
 * Prepares @sql, binds @id as its first parameter and runs it.
 *
 * Returns: %FALSE with @error when it failed
 */
gboolean
ido_database_run_with_id (IdoDatabase  *self,
                          const char   *sql,
                          gint64        id,
                          GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return ido_database_step (self, stmt, NULL, error);
}

/**
 * ido_database_collect_ids:
 * @sql: a SELECT of ids whose only parameter is an id
 * @ids: (element-type gint64): where the selected ids are appended
 *
 * Prepares @sql, binds @id as its first parameter and appends the first
 * column of every row to @ids.
 *
 * Returns: %FALSE with @error when it failed
 */
gboolean
ido_database_collect_ids (IdoDatabase  *self,
                          const char   *sql,
                          gint64        id,
                          GArray       *ids,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (self, sql, error);
  gboolean has_row = FALSE;

  g_return_val_if_fail (ids != NULL, FALSE);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while (ido_database_step (self, stmt, &has_row, error) && has_row)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, row_id);
    }
  return !has_row;
}

/**
 * ido_database_delete_except:
 * @sql: a DELETE with the parent's id as ?1 and a JSON array of the ids to
 *   keep as ?2, e.g. "... WHERE parent_id = ? AND id NOT IN (SELECT value
 *   FROM json_each(?))"
 * @parent_id: the parent row's id
 * @keep: (element-type gint64): the ids of the child rows that stay
 *
 * Removes the child rows of a parent that are no longer in its list.
 *
 * Returns: %FALSE with @error when it failed
 */
gboolean
ido_database_delete_except (IdoDatabase  *self,
                            const char   *sql,
                            gint64        parent_id,
                            GArray       *keep,
                            GError      **error)
{
  g_autoptr(GString) json = g_string_new ("[");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (keep != NULL, FALSE);

  for (guint i = 0; i < keep->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (keep, gint64, i));
  g_string_append_c (json, ']');
  stmt = ido_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_text (stmt, 2, json->str, -1, SQLITE_TRANSIENT);
  return ido_database_step (self, stmt, NULL, error);
}

/**
 * ido_database_step_returning_or:
 * @stmt: an INSERT or UPDATE ... RETURNING id, uuid
 * @id: (out): the row's id
 * @uuid: (inout): the row's uuid, replacing the old value
 * @not_found_message: the translated message when an UPDATE matched nothing
 *
 * Steps a write that returns the row's id and uuid, then resets @stmt. An
 * UPDATE that matched nothing fails with %IDO_DB_ERROR_NOT_FOUND and
 * @not_found_message: the row was removed meanwhile.
 */
gboolean
ido_database_step_returning_or (IdoDatabase   *self,
                                sqlite3_stmt  *stmt,
                                gint64        *id,
                                char         **uuid,
                                const char    *not_found_message,
                                GError       **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id != NULL && uuid != NULL, FALSE);

  if (!ido_database_step_row (self, stmt, not_found_message, error))
    return FALSE;
  *id = sqlite3_column_int64 (stmt, 0);
  g_set_str (uuid, (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * ido_database_step_returning:
 *
 * ido_database_step_returning_or() with a generic message.
 */
gboolean
ido_database_step_returning (IdoDatabase   *self,
                             sqlite3_stmt  *stmt,
                             gint64        *id,
                             char         **uuid,
                             GError       **error)
{
  return ido_database_step_returning_or (self, stmt, id, uuid, _("The item was removed meanwhile."), error);
}

gboolean
ido_database_exec (IdoDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  return exec_sql (self->handle, sql, error);
}

/**
 * ido_database_begin:
 *
 * Starts a write transaction, or a savepoint inside one. Every begin is
 * matched by ido_database_commit() or ido_database_rollback().
 */
gboolean
ido_database_begin (IdoDatabase  *self,
                    GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);

  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE") : g_strdup_printf ("SAVEPOINT sp%u", self->depth);
  if (!exec_sql (self->handle, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
ido_database_commit (IdoDatabase  *self,
                     GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  sql = self->depth == 1 ? g_strdup ("COMMIT") : g_strdup_printf ("RELEASE sp%u", self->depth - 1);
  if (!exec_sql (self->handle, sql, error))
    {
      ido_database_rollback (self);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
ido_database_rollback (IdoDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (IDO_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth == 0)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO sp%u; RELEASE sp%u", self->depth, self->depth);
  if (!exec_sql (self->handle, sql, NULL) && self->depth == 0)
    g_debug ("Rollback after an automatic rollback by SQLite");
}

gint64
ido_database_last_insert_id (IdoDatabase *self)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), 0);
  return sqlite3_last_insert_rowid (self->handle);
}

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '_')
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_database_count:
 * @table: a table name of the schema (an identifier, never user input)
 *
 * Returns: the number of rows, or -1 when @table does not exist
 */
gint64
ido_database_count (IdoDatabase *self,
                    const char  *table)
{
  g_autofree char *sql = NULL;
  gint64 count = -1;

  g_return_val_if_fail (IDO_IS_DATABASE (self), -1);
  g_return_val_if_fail (is_identifier (table), -1);

  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  if (!query_int (self->handle, sql, &count, NULL))
    return -1;
  return count;
}

/**
 * ido_database_get_meta:
 *
 * Returns: (transfer full) (nullable): the value stored under @key
 */
char *
ido_database_get_meta (IdoDatabase *self,
                       const char  *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  char *value = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = ido_database_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (ido_database_step (self, stmt, &has_row, NULL) && has_row)
    value = ido_sql_column_dup (stmt, 0);
  return value;
}

/**
 * ido_database_set_meta:
 * @value: (nullable): the value, or %NULL to remove @key
 */
gboolean
ido_database_set_meta (IdoDatabase  *self,
                       const char   *key,
                       const char   *value,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value == NULL)
    stmt = ido_database_prepare (self, "DELETE FROM meta WHERE key = ?", error);
  else
    stmt = ido_database_prepare (self,
                                 "INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return ido_database_step (self, stmt, NULL, error);
}

/**
 * ido_database_emit_changed:
 * @table: (nullable): the table written to, or %NULL after wholesale changes
 */
void
ido_database_emit_changed (IdoDatabase *self,
                           const char  *table)
{
  g_return_if_fail (IDO_IS_DATABASE (self));
  g_signal_emit (self, signals[CHANGED], 0, table);
}

/* Backup and restore use the SQLite online backup API. */

static gboolean
copy_database (sqlite3     *source,
               sqlite3     *destination,
               GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (destination, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      set_sqlite_error (error, destination, sqlite3_errcode (destination), _("Copying the database failed"));
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, destination, rc, _("Copying the database failed"));
      return FALSE;
    }
  return TRUE;
}

static sqlite3 *
open_plain (const char  *path,
            int          flags,
            GError     **error)
{
  sqlite3 *handle = NULL;
  int rc = sqlite3_open_v2 (path, &handle, flags, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_OPEN,
                   _("Could not open “%s”: %s"), path,
                   handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close (handle);
      return NULL;
    }
  sqlite3_busy_timeout (handle, 5000);
  return handle;
}

/* Writes a consistent copy of @source to @destination through a temporary
 * file and a rename, so a failure never leaves half a backup behind. */
static gboolean
backup_to_file (sqlite3     *source,
                const char  *destination,
                GError     **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.part", destination);
  sqlite3 *dest;
  gboolean ok;

  g_unlink (tmp);
  dest = open_plain (tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (dest == NULL)
    return FALSE;
  ok = copy_database (source, dest, error) &&
       exec_sql (dest, "PRAGMA journal_mode = DELETE", error);
  sqlite3_close (dest);
  if (ok && g_rename (tmp, destination) != 0)
    {
      int saved = errno;

      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_OPEN,
                   _("Could not write the backup “%s”: %s"), destination, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

gboolean
ido_database_backup (IdoDatabase  *self,
                     const char   *destination,
                     GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  return backup_to_file (self->handle, destination, error);
}

static gboolean
check_integrity (sqlite3  *handle,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc = sqlite3_prepare_v2 (handle, "PRAGMA integrity_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  else
    rc = sqlite3_errcode (handle);
  sqlite3_finalize (stmt);
  if (!ok)
    g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                 _("The backup is damaged or is not an IDO Regie database; nothing was restored."));
  return ok;
}

/* The backup API cannot change the page size of a WAL database, so a copy
 * with other pages than the target (4 KiB from before PAGE_SIZE, or the
 * other way round) is rebuilt with the target's first. */
static gboolean
match_page_size (sqlite3  *copy,
                 gint64    page_size,
                 GError  **error)
{
  g_autofree char *sql = NULL;
  gint64 current = 0;

  if (!query_int (copy, "PRAGMA page_size", &current, error))
    return FALSE;
  if (current == page_size)
    return TRUE;
  sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA page_size = %" G_GINT64_FORMAT "; VACUUM",
                         page_size);
  return exec_sql (copy, sql, error);
}

/* Makes a checked, migrated copy of @source next to @target_path, with
 * pages of @page_size bytes, and returns its path. */
static char *
prepare_restore_copy (const char  *source,
                      const char  *target_path,
                      gint64       page_size,
                      GError     **error)
{
  g_autofree char *copy_path = g_strdup_printf ("%s.restore", target_path);
  sqlite3 *src;
  sqlite3 *copy;
  gboolean ok;

  if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist."), source);
      return NULL;
    }
  src = open_plain (source, SQLITE_OPEN_READONLY, error);
  if (src == NULL)
    return NULL;
  g_unlink (copy_path);
  copy = open_plain (copy_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  ok = copy != NULL && check_integrity (src, error) && copy_database (src, copy, error);
  sqlite3_close (src);
  sqlite3_close (copy);
  if (ok)
    {
      /* Refuses foreign or newer files, and migrates older ones. */
      sqlite3 *checked = open_handle (copy_path, ido_database_get_latest_version (), error);

      ok = checked != NULL && check_integrity (checked, error);
      if (checked != NULL)
        {
          int rc = sqlite3_exec (checked, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);

          if (rc != SQLITE_OK)
            g_debug ("checkpoint of restore copy failed: %s", sqlite3_errstr (rc));
          ok = ok && match_page_size (checked, page_size, error);
        }
      sqlite3_close (checked);
    }
  if (!ok)
    {
      g_unlink (copy_path);
      return NULL;
    }
  return g_steal_pointer (&copy_path);
}

static void
remove_with_wal (const char *path)
{
  g_autofree char *wal = g_strdup_printf ("%s-wal", path);
  g_autofree char *shm = g_strdup_printf ("%s-shm", path);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* Replaces the content of the database at @target_path (open as @target) by
 * @source. A safety copy of the current content is kept until the restore
 * succeeded, and put back when it did not. */
static gboolean
restore_into (sqlite3     *target,
              const char  *target_path,
              const char  *source,
              GError     **error)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *safety_path = g_strdup_printf ("%s.before-restore", target_path);
  sqlite3 *copy;
  gint64 page_size = 0;
  gboolean ok;

  if (!query_int (target, "PRAGMA page_size", &page_size, error))
    return FALSE;
  copy_path = prepare_restore_copy (source, target_path, page_size, error);
  if (copy_path == NULL)
    return FALSE;
  if (!backup_to_file (target, safety_path, error))
    {
      remove_with_wal (copy_path);
      return FALSE;
    }
  copy = open_plain (copy_path, SQLITE_OPEN_READONLY, error);
  ok = copy != NULL && copy_database (copy, target, error);
  sqlite3_close (copy);
  remove_with_wal (copy_path);
  if (!ok)
    {
      sqlite3 *safety = open_plain (safety_path, SQLITE_OPEN_READONLY, NULL);

      if (safety != NULL && copy_database (safety, target, NULL))
        g_unlink (safety_path);
      sqlite3_close (safety);
      return FALSE;
    }
  g_unlink (safety_path);
  return TRUE;
}

/**
 * ido_database_restore:
 * @source: a backup made by ido_database_backup() (or any IDO Regie database)
 *
 * Replaces all data by the backup's, after checking its integrity and
 * migrating it. On failure the current data is kept.
 */
gboolean
ido_database_restore (IdoDatabase  *self,
                      const char   *source,
                      GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  g_hash_table_remove_all (self->statements);
  ok = restore_into (self->handle, self->path, source, error);
  if (ok)
    ido_database_emit_changed (self, NULL);
  return ok;
}

typedef struct
{
  char *path;
  char *other;
} FileTaskData;

static void
file_task_data_free (gpointer data)
{
  FileTaskData *td = data;

  g_free (td->path);
  g_free (td->other);
  g_free (td);
}

static GTask *
file_task_new (IdoDatabase         *self,
               const char          *other,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data,
               gpointer             tag)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  FileTaskData *td = g_new0 (FileTaskData, 1);

  td->path = g_strdup (self->path);
  td->other = g_strdup (other);
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, td, file_task_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  return task;
}

/* Worker threads use a connection of their own: one connection is never
 * shared between threads. */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FileTaskData *td = task_data;
  GError *error = NULL;
  sqlite3 *handle = open_plain (td->path, SQLITE_OPEN_READONLY, &error);

  if (handle != NULL && backup_to_file (handle, td->other, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  sqlite3_close (handle);
}

void
ido_database_backup_async (IdoDatabase         *self,
                           const char          *destination,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (IDO_IS_DATABASE (self));
  g_return_if_fail (destination != NULL);

  task = file_task_new (self, destination, cancellable, callback, user_data, ido_database_backup_async);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
ido_database_backup_finish (IdoDatabase   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FileTaskData *td = task_data;
  GError *error = NULL;
  sqlite3 *handle = open_plain (td->path, SQLITE_OPEN_READWRITE, &error);

  if (handle != NULL && restore_into (handle, td->path, td->other, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  sqlite3_close (handle);
}

void
ido_database_restore_async (IdoDatabase         *self,
                            const char          *source,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (IDO_IS_DATABASE (self));
  g_return_if_fail (source != NULL);

  g_hash_table_remove_all (self->statements);
  task = file_task_new (self, source, cancellable, callback, user_data, ido_database_restore_async);
  g_task_run_in_thread (task, restore_thread);
}

gboolean
ido_database_restore_finish (IdoDatabase   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  ido_database_emit_changed (self, NULL);
  return TRUE;
}

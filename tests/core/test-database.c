/* test-database.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include <string.h>

#include "ido-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ido_test_make_dir ();
  f->path = g_build_filename (f->dir, "sub", "ido-regie.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
query_int (IdoDatabase *db,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (IdoDatabase *db,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
insert_partner (IdoDatabase *db,
                const char  *name)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ido_database_prepare (db, "INSERT INTO partner (name, kind) VALUES (?, 'both')", &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  g_assert_true (ido_database_step (db, stmt, NULL, &error));
  g_assert_no_error (error);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
test_open_creates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *journal = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (ido_database_get_version (db), ==, ido_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  journal = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  /* New files have 16 KiB pages; the log is cut back after large imports. */
  g_assert_cmpint (query_int (db, "PRAGMA page_size"), ==, 16384);
  g_assert_cmpint (query_int (db, "PRAGMA journal_size_limit"), ==, 64 * 1024 * 1024);
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 0);
  g_assert_cmpint (ido_database_count (db, "indicator"), >, 0);
  g_assert_cmpint (ido_database_count (db, "no_such_table"), ==, -1);
  /* Every table is STRICT. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_table_list "
                                  "WHERE schema = 'main' AND type = 'table' AND strict = 0 "
                                  "AND name NOT LIKE 'sqlite_%'"), ==, 0);
}

static void
test_uuid_and_timestamps (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, NULL);
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;
  g_autoptr(GError) error = NULL;

  insert_partner (db, "Humanitas");
  insert_partner (db, "Formulierenbrigade");
  uuid = query_text (db, "SELECT uuid FROM partner WHERE name = 'Humanitas'");
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT uuid) FROM partner"), ==, 2);
  created = query_text (db, "SELECT created_at FROM partner WHERE name = 'Humanitas'");
  g_assert_true (g_str_has_suffix (created, "Z"));
  /* An update moves updated_at on, unless the update sets it itself. */
  g_assert_true (ido_database_exec (db, "UPDATE partner SET updated_at = '2000-01-01T00:00:00.000Z'", &error));
  g_assert_true (ido_database_exec (db, "UPDATE partner SET notes = 'x' WHERE name = 'Humanitas'", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM partner WHERE updated_at > '2020'"), ==, 1);
}

/* Dashboard figures in an old observation table: two batches, the second
 * changing a value of the first, with its observation_change row. */
static void
insert_observations (IdoDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (db,
    "INSERT INTO import_batch (id, file_name, sha256, rows_new) VALUES (1, 'q1.csv', 'aa', 2);"
    "INSERT INTO import_batch (id, file_name, sha256, rows_changed) VALUES (2, 'q1b.csv', 'bb', 1);"
    "INSERT INTO observation (id, uuid, created_at, updated_at, period, place_key, indicator_id, category,"
    " value, batch_id) VALUES"
    " (7, '01890a5d-ac96-774b-bcce-b302099a8057', '2025-01-02T03:04:05.006Z', '2025-02-03T04:05:06.007Z',"
    "  '2024Q1', 'GM0363', (SELECT id FROM indicator WHERE code = 'questions'), '', 42, 2),"
    " (9, '01890a5d-ac96-774b-bcce-b302099a8058', '2025-01-02T03:04:05.006Z', '2025-01-02T03:04:05.006Z',"
    "  '2024Q1', 'GM0363', (SELECT id FROM indicator WHERE code = 'topic'), 'DigiD', 5.5, 1);"
    "INSERT INTO observation_change (batch_id, observation_id, old_value, old_batch_id) VALUES (2, 7, 40, 1);",
    &error));
  g_assert_no_error (error);
}

static const struct
{
  const char *period;
  gboolean    valid;
} periods[] = {
  { "2024", TRUE }, { "2024Q1", TRUE }, { "0000", TRUE }, { "9999Q4", TRUE },
  { "2024Q5", FALSE }, { "2024Q0", FALSE }, { "2024q1", FALSE }, { "202", FALSE }, { "20245", FALSE },
  { "2024Q", FALSE }, { "2024Q12", FALSE }, { " 2024", FALSE }, { "2024 Q1", FALSE }, { "", FALSE },
  { "abcd", FALSE },
};

static void
check_observations (IdoDatabase *db)
{
  g_autofree char *row = query_text (db,
    "SELECT uuid || '|' || created_at || '|' || updated_at || '|' || period || '|' || place_key || '|'"
    " || category || '|' || value || '|' || batch_id FROM observation WHERE id = 7");
  g_autofree char *change = query_text (db,
    "SELECT batch_id || '|' || observation_id || '|' || old_value || '|' || old_batch_id FROM observation_change");

  g_assert_cmpint (ido_database_count (db, "observation"), ==, 2);
  g_assert_cmpint (ido_database_count (db, "import_batch"), ==, 2);
  g_assert_cmpint (ido_database_count (db, "observation_change"), ==, 1);
  g_assert_cmpstr (row, ==, "01890a5d-ac96-774b-bcce-b302099a8057|2025-01-02T03:04:05.006Z|"
                            "2025-02-03T04:05:06.007Z|2024Q1|GM0363||42.0|2");
  g_assert_cmpstr (change, ==, "2|7|40.0|1");
  g_assert_cmpint (query_int (db, "SELECT value * 10 FROM observation WHERE category = 'DigiD'"), ==, 55);
  /* The natural key still holds, and the touch trigger is back. */
  g_assert_false (ido_database_exec (db,
    "INSERT INTO observation (period, place_key, indicator_id, category, value)"
    " SELECT period, place_key, indicator_id, category, 1 FROM observation WHERE id = 7", NULL));
  g_assert_true (ido_database_exec (db, "UPDATE observation SET value = 43 WHERE id = 7", NULL));
  g_assert_cmpint (query_int (db, "SELECT updated_at > '2025-02-03T04:05:06.007Z' FROM observation WHERE id = 7"),
                   ==, 1);
  /* Two indexes: uuid and the natural key, which leads with indicator_id
   * and period, so queries by indicator and period stay indexed. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_index_list('observation')"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_index_list('observation') l"
                                  " JOIN pragma_index_info(l.name) a ON a.seqno = 0"
                                  " JOIN pragma_index_info(l.name) b ON b.seqno = 1"
                                  " WHERE l.\"unique\" AND a.name = 'indicator_id' AND b.name = 'period'"), ==, 1);
  /* The period check tests quarters first (cheaper for imports) and
   * accepts and refuses what it did before. */
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO observation (period, place_key, indicator_id, value)"
                                              " VALUES ('%s', 'check-%u', 1, 1)", periods[i].period, i);

      g_assert_cmpint (ido_database_exec (db, sql, NULL), ==, periods[i].valid);
    }
  g_assert_true (ido_database_exec (db, "DELETE FROM observation WHERE place_key GLOB 'check-*'", NULL));
}

/* Builds a database at every earlier schema version, with data where the
 * version has tables, and checks that opening migrates it and keeps it. */
static void
test_migrate_from_every_version (Fixture       *f,
                                 gconstpointer  data)
{
  int latest = ido_database_get_latest_version ();

  for (int version = 0; version < latest; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", f->dir, version);
      g_autoptr(GError) error = NULL;
      g_autoptr(IdoDatabase) old = ido_database_open_at_version (path, version, &error);
      g_autoptr(IdoDatabase) db = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (ido_database_get_version (old), ==, version);
      if (version >= 1)
        insert_partner (old, "Sociaal wijkteam");
      if (version >= 2)
        insert_observations (old);
      g_clear_object (&old);

      db = ido_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ido_database_get_version (db), ==, latest);
      g_assert_cmpint (ido_database_count (db, "partner"), ==, version >= 1 ? 1 : 0);
      g_assert_cmpint (ido_database_count (db, "indicator"), ==, 13);
      g_assert_cmpint (ido_database_count (db, "policy_domain"), ==, 11);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      if (version >= 2)
        check_observations (db);
    }
}

static void
test_newer_version_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *wal = g_strdup_printf ("%s-wal", f->path);
  IdoDatabase *newer;

  g_assert_no_error (error);
  insert_partner (db, "UWV");
  g_clear_object (&db);
  /* Make it a database of a future version, in rollback-journal mode so the
   * file stands alone and any write would show in its checksum. */
  sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d;",
                         ido_database_get_latest_version () + 1);
  raw_exec (f->path, sql);
  before = ido_test_file_checksum (f->path);

  newer = ido_database_open (f->path, &error);
  g_assert_null (newer);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "IDO Regie"));
  after = ido_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_foreign_file_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  IdoDatabase *db;

  raw_exec (other, "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
  before = ido_test_file_checksum (other);
  db = ido_database_open (other, &error);
  g_assert_null (db);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT);
  after = ido_test_file_checksum (other);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "This is not a database, but it is long enough to have a header.\n"
                                            "0123456789012345678901234567890123456789", -1, NULL));
  db = ido_database_open (text, &error);
  g_assert_null (db);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT);
}

/* A migration that fails halfway leaves the database at its old version,
 * without any of the migration's rows. */
static void
test_failed_migration_rolls_back (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) old = ido_database_open_at_version (f->path, 1, &error);
  g_autoptr(IdoDatabase) check = NULL;
  IdoDatabase *db;

  g_assert_no_error (error);
  /* Migration 2 first inserts the indicators, then the policy domains; a
   * policy domain with a code it uses makes it fail after its first
   * statement succeeded. */
  g_assert_true (ido_database_exec (old, "INSERT INTO policy_domain (code, name) "
                                         "VALUES ('health', 'Mijn gezondheid')", &error));
  g_clear_object (&old);

  db = ido_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_MIGRATION);
  g_clear_error (&error);

  check = ido_database_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_get_version (check), ==, 1);
  g_assert_cmpint (ido_database_count (check, "indicator"), ==, 0);
  g_assert_cmpint (ido_database_count (check, "policy_domain"), ==, 1);
}

static void
test_failed_write_rolls_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  sqlite3_stmt *stmt;

  g_assert_true (ido_database_begin (db, &error));
  insert_partner (db, "GGD");
  /* Nested: a savepoint that fails is undone on its own. */
  g_assert_true (ido_database_begin (db, &error));
  insert_partner (db, "Geldloket");
  ido_database_rollback (db);
  stmt = ido_database_prepare (db, "INSERT INTO partner (name, kind) VALUES (?, 'nonsense')", &error);
  sqlite3_bind_text (stmt, 1, "Bad kind", -1, SQLITE_STATIC);
  g_assert_false (ido_database_step (db, stmt, NULL, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  ido_database_rollback (db);
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 0);

  /* A committed transaction keeps its rows. */
  g_clear_error (&error);
  g_assert_true (ido_database_begin (db, &error));
  insert_partner (db, "GGD");
  g_assert_true (ido_database_begin (db, &error));
  insert_partner (db, "Geldloket");
  g_assert_true (ido_database_commit (db, &error));
  g_assert_true (ido_database_commit (db, &error));
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 2);
}

/* A failing step ends a reading loop with has_row set, so the loop's
 * caller can tell a failure from the end of the rows. */
static void
test_step_failure_in_loop (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  guint rows = 0;

  stmt = ido_database_prepare (db, "SELECT abs(-9223372036854775807 - 1)", &error);
  g_assert_no_error (error);
  while (ido_database_step (db, stmt, &has_row, &error) && has_row)
    rows++;
  g_assert_cmpuint (rows, ==, 0);
  g_assert_true (has_row);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_SQL);
  g_clear_error (&error);

  stmt = ido_database_prepare (db, "SELECT value FROM json_each('[1,2,3]')", &error);
  while (ido_database_step (db, stmt, &has_row, &error) && has_row)
    rows++;
  g_assert_cmpuint (rows, ==, 3);
  g_assert_false (has_row);
  g_assert_no_error (error);
}

static void
test_meta (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *value = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *removed = NULL;

  g_assert_null (ido_database_get_meta (db, "sisa-code"));
  g_assert_true (ido_database_set_meta (db, "sisa-code", "O'Brien; DROP TABLE meta", &error));
  value = ido_database_get_meta (db, "sisa-code");
  g_assert_cmpstr (value, ==, "O'Brien; DROP TABLE meta");
  g_assert_true (ido_database_set_meta (db, "sisa-code", "H1", &error));
  updated = ido_database_get_meta (db, "sisa-code");
  g_assert_cmpstr (updated, ==, "H1");
  g_assert_true (ido_database_set_meta (db, "sisa-code", NULL, &error));
  removed = ido_database_get_meta (db, "sisa-code");
  g_assert_null (removed);
  g_assert_no_error (error);
}

static void
count_changed_cb (IdoDatabase *db,
                  const char  *table,
                  guint       *counter)
{
  (*counter)++;
}

static void
test_backup_restore_round_trip (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *backup = g_build_filename (f->dir, "backup.idoregie", NULL);
  g_autofree char *safety = g_strdup_printf ("%s.before-restore", f->path);
  g_autofree char *name = NULL;
  guint changed = 0;

  insert_partner (db, "Humanitas");
  g_assert_true (ido_database_backup (db, backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  insert_partner (db, "Woningcorporatie");
  g_assert_true (ido_database_exec (db, "DELETE FROM partner WHERE name = 'Humanitas'", &error));
  g_signal_connect (db, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_assert_true (ido_database_restore (db, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 1);
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 1);
  name = query_text (db, "SELECT name FROM partner");
  g_assert_cmpstr (name, ==, "Humanitas");
  g_assert_false (g_file_test (safety, G_FILE_TEST_EXISTS));

  /* The same connection keeps working after the restore. */
  insert_partner (db, "Bibliotheek");
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 2);
}

static void
test_restore_refuses_bad_files (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  static const char garbage_data[] = "SQLite format 3\0garbage garbage garbage garbage garbage garbage "
                                     "garbage garbage garbage garbage garbage garbage garbage garbage";
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *safety = g_strdup_printf ("%s.before-restore", f->path);
  g_autofree char *restore_copy = g_strdup_printf ("%s.restore", f->path);
  g_autofree char *name = NULL;

  insert_partner (db, "Huidige partner");

  g_assert_true (g_file_set_contents (garbage, garbage_data, sizeof garbage_data - 1, NULL));
  g_assert_false (ido_database_restore (db, garbage, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_true (ido_database_backup (db, newer, &error));
  sql = g_strdup_printf ("PRAGMA user_version = %d; DELETE FROM partner;", ido_database_get_latest_version () + 1);
  raw_exec (newer, sql);
  g_assert_false (ido_database_restore (db, newer, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NEWER_SCHEMA);
  g_clear_error (&error);

  g_assert_false (ido_database_restore (db, missing, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);

  g_assert_cmpint (ido_database_count (db, "partner"), ==, 1);
  name = query_text (db, "SELECT name FROM partner");
  g_assert_cmpstr (name, ==, "Huidige partner");
  g_assert_false (g_file_test (safety, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (restore_copy, G_FILE_TEST_EXISTS));
}

/* A backup made by an older version is migrated while it is restored. */
static void
test_restore_migrates_older_backup (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(IdoDatabase) old = ido_database_open_at_version (old_path, 1, &error);
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *old_checksum = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  insert_partner (old, "Oude partner");
  g_clear_object (&old);
  raw_exec (old_path, "PRAGMA journal_mode = DELETE");
  old_checksum = ido_test_file_checksum (old_path);

  g_assert_true (ido_database_restore (db, old_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_get_version (db), ==, ido_database_get_latest_version ());
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 1);
  g_assert_cmpint (ido_database_count (db, "policy_domain"), ==, 11);
  /* The backup file itself is only read. */
  after = ido_test_file_checksum (old_path);
  g_assert_cmpstr (old_checksum, ==, after);
}

/* New databases have 16 KiB pages; files made before keep their 4 KiB
 * pages, and a backup of either kind restores into a database of the
 * other (a WAL database cannot change its page size in place). */
static void
test_restore_other_page_size (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *small_path = g_build_filename (f->dir, "small.db", NULL);
  g_autofree char *backup = g_build_filename (f->dir, "new.idoregie", NULL);
  g_autoptr(IdoDatabase) small = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "PRAGMA page_size"), ==, 16384);

  /* A database as an older version made it: 4 KiB pages. */
  small = ido_database_open (small_path, &error);
  g_assert_no_error (error);
  insert_partner (small, "Oude partner");
  g_clear_object (&small);
  raw_exec (small_path, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM");
  small = ido_database_open (small_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (small, "PRAGMA page_size"), ==, 4096);
  insert_partner (small, "Tweede partner");

  /* Old into new. */
  insert_partner (db, "Nieuwe partner");
  g_assert_true (ido_database_backup (db, backup, &error));
  g_assert_no_error (error);
  g_assert_true (ido_database_restore (db, small_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM partner WHERE name = 'Oude partner'"), ==, 1);
  insert_partner (db, "Na het terugzetten");
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 3);

  /* New into old. */
  g_assert_true (ido_database_restore (small, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (small, "partner"), ==, 1);
  name = query_text (small, "SELECT name FROM partner");
  g_assert_cmpstr (name, ==, "Nieuwe partner");
  insert_partner (small, "Na het terugzetten");
  g_assert_cmpint (ido_database_count (small, "partner"), ==, 2);
  g_clear_object (&small);
  small = ido_database_open (small_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (small, "partner"), ==, 2);
}

static void
on_async_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_backup_restore_async (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) db = ido_database_open (f->path, &error);
  g_autofree char *backup = g_build_filename (f->dir, "async.idoregie", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  guint changed = 0;

  insert_partner (db, "Eerste");
  ido_database_backup_async (db, backup, NULL, on_async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ido_database_backup_finish (db, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  insert_partner (db, "Tweede");
  g_signal_connect (db, "changed", G_CALLBACK (count_changed_cb), &changed);
  ido_database_restore_async (db, backup, NULL, on_async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ido_database_restore_finish (db, result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 1);
  g_assert_cmpint (ido_database_count (db, "partner"), ==, 1);
}

/* A migration that rebuilds a large table must not leave its WAL behind
 * for every later open to read. */
static void
test_migration_folds_wal (Fixture       *f,
                          gconstpointer  data)
{
  int latest = ido_database_get_latest_version ();
  g_autoptr(IdoDatabase) old = ido_database_open_at_version (f->path, latest - 1, NULL);
  g_autoptr(IdoDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  GStatBuf st;

  g_assert_nonnull (old);
  g_assert_true (ido_database_exec (old,
                                    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                                    " INSERT INTO observation (period, place_key, indicator_id, value)"
                                    " SELECT '2024Q' || (1 + i % 4), 'municipality:' || i,"
                                    " (SELECT min(id) FROM indicator), i FROM n",
                                    &error));
  g_assert_no_error (error);
  g_clear_object (&old);

  db = ido_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_get_version (db), ==, latest);
  g_assert_cmpint (ido_database_count (db, "observation"), ==, 20000);
  /* Still open, so SQLite has not removed the WAL on close. */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/open-creates", test_open_creates);
  ADD ("/database/uuid-and-timestamps", test_uuid_and_timestamps);
  ADD ("/database/migrate-from-every-version", test_migrate_from_every_version);
  ADD ("/database/newer-version-refused", test_newer_version_refused);
  ADD ("/database/foreign-file-refused", test_foreign_file_refused);
  ADD ("/database/failed-migration-rolls-back", test_failed_migration_rolls_back);
  ADD ("/database/failed-write-rolls-back", test_failed_write_rolls_back);
  ADD ("/database/meta", test_meta);
  ADD ("/database/step-failure-in-loop", test_step_failure_in_loop);
  ADD ("/database/backup-restore-round-trip", test_backup_restore_round_trip);
  ADD ("/database/restore-refuses-bad-files", test_restore_refuses_bad_files);
  ADD ("/database/restore-migrates-older-backup", test_restore_migrates_older_backup);
  ADD ("/database/backup-restore-async", test_backup_restore_async);
  ADD ("/database/restore-other-page-size", test_restore_other_page_size);
  ADD ("/database/migration-folds-wal", test_migration_folds_wal);
#undef ADD

  return g_test_run ();
}

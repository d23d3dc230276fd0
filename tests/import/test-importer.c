/* test-importer.c: batches, idempotence, rejections, revert, dry runs
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-import-error.h"
#include "ido-importer.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-sample.h"
#include "ido-test-utils.h"

typedef struct
{
  char        *dir;
  char        *path;
  IdoDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = ido_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "ido.db", NULL);
  fixture->database = ido_database_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  ido_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures", name, NULL);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static IdoImportReport *
import_full (Fixture     *fixture,
             const char  *path,
             IdoMapping  *mapping,
             gboolean     dry_run,
             gboolean     valid_only,
             GError     **error)
{
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ido_importer_set_mapping (importer, mapping);
  ido_importer_set_dry_run (importer, dry_run);
  ido_importer_set_valid_only (importer, valid_only);
  return ido_importer_import_file (importer, file, NULL, error);
}

static IdoImportReport *
import_ok (Fixture    *fixture,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  IdoImportReport *report = import_full (fixture, path, NULL, FALSE, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_counts (IdoImportReport *report,
               guint64          n_new,
               guint64          n_changed,
               guint64          n_unchanged,
               guint64          n_rejected)
{
  g_assert_cmpuint (ido_import_report_get_n_new (report), ==, n_new);
  g_assert_cmpuint (ido_import_report_get_n_changed (report), ==, n_changed);
  g_assert_cmpuint (ido_import_report_get_n_unchanged (report), ==, n_unchanged);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, n_rejected);
}

static gint64
query_int (IdoDatabase *database,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (IdoDatabase *database,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The value of one observation, or -1. */
static double
observation (IdoDatabase *database,
             const char  *period,
             const char  *place_key,
             const char  *indicator,
             const char  *category)
{
  sqlite3_stmt *stmt = NULL;
  double value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (database),
                                       "SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                                       "WHERE o.period = ?1 AND o.place_key = ?2 AND i.code = ?3 AND o.category = ?4",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, place_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, indicator, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, category, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_observations (Fixture *fixture)
{
  return query_int (fixture->database, "SELECT count(*) FROM observation");
}

/* Tests */

static void
test_long_utf8 (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path ("utf8-bom-long.csv");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);

  assert_counts (report, 4, 0, 0, 0);
  g_assert_true (ido_import_report_get_committed (report));
  g_assert_cmpint (ido_import_report_get_batch_id (report), >, 0);
  /* 's-Gravenhage, Den Haag and GM0518 are one municipality. */
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0518", "topic", "DigiD; inloggen"), ==, 15);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0518", "topic", "Toeslagen \"huur\""), ==, 7);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0518", "topic",
                                  "Aanvraag\ngemeentelijke regeling"), ==, 4);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0518", "visits", ""), ==, 1050);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM municipality WHERE code = 'GM0518'"), ==, 1);
  {
    g_autofree char *sha = ido_test_file_checksum (path);
    g_autofree char *stored = query_text (fixture->database, "SELECT sha256 FROM import_batch");

    g_assert_cmpstr (ido_import_report_get_sha256 (report), ==, sha);
    g_assert_cmpstr (stored, ==, sha);
  }
}

static void
test_windows_1252 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path ("dutch-excel-cp1252.csv");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;

  assert_counts (report, 4, 0, 0, 0);
  name = query_text (fixture->database, "SELECT name FROM location");
  g_assert_cmpstr (name, ==, "Caf\xc3\xa9 De Ko\xc3\xab");
  key = query_text (fixture->database, "SELECT 'location:' || uuid FROM location");
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM location l JOIN municipality m ON m.id = l.municipality_id "
                              "WHERE m.code = 'GM0344'"), ==, 1);
  /* "1.234" in a Dutch file is 1234. */
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", key, "questions", ""), ==, 1234);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", key, "topic",
                                  "Co\xc3\xb6rdinatie \xe2\x82\xac-regeling"), ==, 12);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", key, "satisfaction", ""), ==, 8.4);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", key, "helped-share", ""), ==, 87.5);
}

static void
test_every_notation (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const periods[][2] = {
    { "2022-Q1", "2022Q1" }, { "2022 Q2", "2022Q2" }, { "Q3 2022", "2022Q3" }, { "2022K4", "2022Q4" },
    { "2023KW01", "2023Q1" }, { "2e kwartaal 2023", "2023Q2" }, { "kwartaal 3 2023", "2023Q3" },
    { "derde kwartaal 2021", "2021Q3" }, { "2021", "2021" }, { "15-11-2023", "2023Q4" },
    { "2024-01-31", "2024Q1" }, { "2020JJ00", "2020" },
  };
  static const char * const numbers[][2] = {
    { "1.234", "1234" }, { "12", "12" }, { "2.345.678", "2345678" }, { "0", "0" }, { "7", "7" },
    { "\"1.000\"", "1000" }, { "3", "3" }, { "4", "4" }, { "5", "5" }, { "6", "6" }, { "8", "8" }, { "9", "9" },
  };
  g_autoptr(GString) csv = g_string_new ("Periode;Gemeente;Aantal bezoeken;Tevredenheid\r\n");
  g_autofree char *path = NULL;
  g_autoptr(IdoImportReport) report = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    g_string_append_printf (csv, "%s;Zwolle;%s;%s\r\n", periods[i][0], numbers[i][0],
                            i % 3 == 0 ? "7,5" : i % 3 == 1 ? "8" : "6,25");
  path = write_file (fixture, "notations.csv", csv->str);
  report = import_ok (fixture, path);
  assert_counts (report, 24, 0, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_test_message ("%s", periods[i][0]);
      g_assert_cmpfloat (observation (fixture->database, periods[i][1], "GM0193", "visits", ""), ==,
                         g_ascii_strtod (numbers[i][1], NULL));
    }
  g_assert_cmpfloat (observation (fixture->database, "2022Q2", "GM0193", "satisfaction", ""), ==, 8);
  g_assert_cmpfloat (observation (fixture->database, "2022Q3", "GM0193", "satisfaction", ""), ==, 6.25);
}

static void
test_year_and_quarter_columns (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "split.csv",
                                      "Jaar;Kwartaal;Gemeentecode;Aantal vragen\n"
                                      "2024;1;GM0363;100\n"
                                      "2024;Q2;GM0363;110\n"
                                      "2024;KW03;363;120\n"
                                      "2024;4e kwartaal;0363;130\n"
                                      "2024;;GM0363;460\n");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);

  assert_counts (report, 5, 0, 0, 0);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0363", "questions", ""), ==, 100);
  g_assert_cmpfloat (observation (fixture->database, "2024Q3", "GM0363", "questions", ""), ==, 120);
  g_assert_cmpfloat (observation (fixture->database, "2024Q4", "GM0363", "questions", ""), ==, 130);
  g_assert_cmpfloat (observation (fixture->database, "2024", "GM0363", "questions", ""), ==, 460);
}

static void
test_wide_and_places (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "wide.csv",
                                      "Periode,Gemeente,Bibliotheek,Binnen/buiten bibliotheek,Questions,Visits\n"
                                      "2024-Q1,Nederland,,,26500,19800\n"
                                      "2024-Q1,Utrecht,,binnen,300,200\n"
                                      "2024-Q1,Utrecht,,buiten,30,-\n"
                                      "2024-Q1,,Bibliotheek Utrecht,,330,\n"
                                      "2024-Q1,Haaren,,,12,10\n");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);
  IdoMunicipality *successor;
  g_autofree char *merged = NULL;
  g_autofree char *library_key = NULL;

  assert_counts (report, 8, 0, 0, 0);
  g_assert_cmpuint (ido_import_report_get_n_missing (report), ==, 2);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "national", "questions", ""), ==, 26500);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0344#inside", "visits", ""), ==, 200);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0344#outside", "questions", ""), ==, 30);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT inside_library FROM observation WHERE place_key = 'GM0344#outside'"), ==, 0);
  library_key = query_text (fixture->database, "SELECT 'library:' || uuid FROM library WHERE name = 'Bibliotheek Utrecht'");
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", library_key, "questions", ""), ==, 330);
  /* A merged municipality counts for its successor. */
  successor = ido_municipality_registry_resolve (ido_municipality_registry_get_default (), "Haaren", &merged);
  g_assert_nonnull (successor);
  g_assert_cmpstr (merged, ==, "Haaren");
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", ido_municipality_get_code (successor), "visits", ""),
                     ==, 10);
}

static void
test_default_place (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "own.csv", "Periode;Aantal vragen\n2019-Q3;77\n");
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  /* Without a place the mapping is incomplete... */
  report = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  /* ...with "own" the figures are the user's municipality (here the sample,
   * which has no CBS code). */
  g_assert_true (ido_sample_load (fixture->database, &error));
  g_assert_no_error (error);
  ido_importer_set_default_place (importer, "own");
  report = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  assert_counts (report, 1, 0, 0, 0);
  key = query_text (fixture->database, "SELECT 'municipality:' || uuid FROM municipality WHERE is_own = 1");
  g_assert_cmpfloat (observation (fixture->database, "2019Q3", key, "questions", ""), ==, 77);
}

static void
test_reimport_is_idempotent (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = fixture_path ("utf8-bom-long.csv");
  g_autoptr(IdoImportReport) first = import_ok (fixture, path);
  g_autoptr(IdoImportReport) second = import_ok (fixture, path);

  assert_counts (second, 0, 0, 4, 0);
  /* Nothing changed, so no batch recorded it. */
  g_assert_false (ido_import_report_get_committed (second));
  g_assert_cmpint (ido_import_report_get_batch_id (second), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 1);
  g_assert_cmpint (count_observations (fixture), ==, 4);
}

static void
test_correction_and_revert (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *v1 = write_file (fixture, "v1.csv",
                                    "Periode;Gemeente;Aantal vragen;Aantal bezoeken\n"
                                    "2024-Q1;Zwolle;100;80\n2024-Q2;Zwolle;110;90\n");
  g_autofree char *v2 = write_file (fixture, "v2.csv",
                                    "Periode;Gemeente;Aantal vragen;Aantal bezoeken\n"
                                    "2024-Q1;Zwolle;100;80\n2024-Q2;Zwolle;115;90\n2024-Q3;Zwolle;120;95\n");
  g_autoptr(IdoImportReport) first = import_ok (fixture, v1);
  g_autoptr(IdoImportReport) second = import_ok (fixture, v2);
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(GError) error = NULL;
  gint64 batch1 = ido_import_report_get_batch_id (first);
  gint64 batch2 = ido_import_report_get_batch_id (second);

  assert_counts (second, 2, 1, 3, 0);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "questions", ""), ==, 115);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM observation_change"), ==, 1);
  g_assert_cmpint (query_int (fixture->database, "SELECT old_value FROM observation_change"), ==, 110);
  g_assert_cmpint (query_int (fixture->database, "SELECT rows_changed FROM import_batch ORDER BY id DESC"), ==, 1);

  /* The first batch cannot be undone while the second changed its figures. */
  g_assert_false (ido_importer_revert_batch (importer, batch1, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_REVERT);
  g_clear_error (&error);

  g_assert_true (ido_importer_revert_batch (importer, batch2, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "questions", ""), ==, 110);
  g_assert_cmpfloat (observation (fixture->database, "2024Q3", "GM0193", "questions", ""), ==, -1);
  g_assert_cmpint (count_observations (fixture), ==, 4);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM observation WHERE batch_id = (SELECT min (id) FROM import_batch)"),
                   ==, 4);
  g_assert_false (ido_importer_revert_batch (importer, batch2, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_REVERT);
  g_clear_error (&error);

  g_assert_true (ido_importer_revert_batch (importer, batch1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch WHERE reverted_at IS NULL"), ==, 0);
  g_assert_false (ido_importer_revert_batch (importer, 999, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* After the revert the same file is new again. */
  {
    g_autoptr(IdoImportReport) again = import_ok (fixture, v2);

    assert_counts (again, 6, 0, 0, 0);
  }
}

/* The file as the user checked it is imported; other bytes under the same
 * name are refused before the commit: no row, no batch, no new place. */
static void
test_expected_sha256 (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "controle.csv",
                                      "Periode;Gemeente;Aantal vragen;Aantal bezoeken\n"
                                      "2024-Q1;Zwolle;100;80\n2024-Q2;Zwolle;110;90\n");
  g_autoptr(IdoImportReport) checked = NULL;
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(IdoImportReport) refused = NULL;
  g_autoptr(IdoImporter) importer = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *upper = NULL;
  gint64 municipalities;

  checked = import_full (fixture, path, NULL, TRUE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (ido_import_report_get_sha256 (checked)), ==, 64);

  /* Unchanged: imported; the hexadecimal digits may be in capitals. */
  importer = ido_importer_new (fixture->database);
  upper = g_ascii_strup (ido_import_report_get_sha256 (checked), -1);
  ido_importer_set_expected_sha256 (importer, upper);
  report = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ido_import_report_get_committed (report));
  assert_counts (report, 4, 0, 0, 0);
  g_assert_cmpint (count_observations (fixture), ==, 4);
  municipalities = query_int (fixture->database, "SELECT count(*) FROM municipality");

  /* Changed, with a new place and a corrected value: nothing of it stays. */
  g_clear_object (&importer);
  g_free (write_file (fixture, "controle.csv",
                      "Periode;Gemeente;Aantal vragen;Aantal bezoeken\n"
                      "2024-Q1;Zwolle;100;80\n2024-Q2;Zwolle;999;90\n2024-Q2;Kampen;5;6\n"));
  importer = ido_importer_new (fixture->database);
  ido_importer_set_expected_sha256 (importer, ido_import_report_get_sha256 (checked));
  refused = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_FILE_CHANGED);
  g_assert_cmpstr (error->message, ==, "The file has changed since it was checked. Nothing was imported; check it again.");
  g_clear_error (&error);
  g_assert_cmpint (count_observations (fixture), ==, 4);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "questions", ""), ==, 110);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 1);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM observation_change"), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM municipality"), ==, municipalities);

  /* Without an expected SHA-256 the same file imports. */
  ido_importer_set_expected_sha256 (importer, NULL);
  g_clear_object (&refused);
  refused = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  assert_counts (refused, 2, 1, 3, 0);
}

/* New observations get valid, distinct, time-ordered UUIDs (version 7)
 * and the batch's time as created_at and updated_at. */
static void
test_uuids_and_timestamps (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = fixture_path ("utf8-bom-long.csv");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);
  g_autofree char *batch_time = query_text (fixture->database, "SELECT created_at FROM import_batch");
  sqlite3_stmt *stmt = NULL;
  g_autofree char *previous = NULL;
  guint n = 0;

  g_assert_cmpint (count_observations (fixture), >, 1);
  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (fixture->database),
                                       "SELECT uuid, created_at, updated_at FROM observation ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *uuid = (const char *) sqlite3_column_text (stmt, 0);

      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (uuid[14], ==, '7');
      g_assert_nonnull (strchr ("89ab", uuid[19]));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, uuid);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, batch_time);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, batch_time);
      g_free (previous);
      previous = g_strdup (uuid);
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (n, ==, count_observations (fixture));
  g_assert_cmpint (query_int (fixture->database, "SELECT count(DISTINCT uuid) FROM observation"), ==, n);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = fixture_path ("utf8-bom-long.csv");
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  report = import_full (fixture, path, NULL, TRUE, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (report, 4, 0, 0, 0);
  g_assert_true (ido_import_report_get_dry_run (report));
  g_assert_false (ido_import_report_get_committed (report));
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM municipality"), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM indicator WHERE is_custom = 1"), ==, 0);
}

static void
test_rejected_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "bad.csv",
                                      "Periode;Gemeente;Aantal vragen;Tevredenheid;Naar tevredenheid geholpen\n"
                                      "2024-Q1;Zwolle;100;7,5;90\n"
                                      "2024-Q5;Zwolle;100;7,5;90\n"
                                      "2024-Q2;Atlantis;100;7,5;90\n"
                                      "2024-Q3;Zwolle;12,5;7,5;90\n"
                                      "2024-Q4;Zwolle;100;11;90\n"
                                      "2023-Q1;Zwolle;100;7;0,85\n"
                                      "2023-Q2;Zwolle;veel;7;85\n"
                                      "2023-Q3;Zwolle;12%;7;85\n"
                                      "2023-Q4;Zwolle;1;2;3;4\n");
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(IdoImportReport) valid = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  const IdoRejection *rejection;

  report = import_full (fixture, path, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (report, 3, 0, 0, 8);
  /* Any rejected row: nothing imported. */
  g_assert_false (ido_import_report_get_committed (report));
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);

  g_assert_cmpuint (ido_import_report_get_n_rejections (report), ==, 8);
  rejection = ido_import_report_get_rejection (report, 0);
  g_assert_cmpuint (rejection->row, ==, 3);
  g_assert_cmpstr (rejection->column, ==, "Periode");
  g_assert_cmpstr (rejection->value, ==, "2024-Q5");
  rejection = ido_import_report_get_rejection (report, 1);
  g_assert_cmpuint (rejection->row, ==, 4);
  g_assert_cmpstr (rejection->column, ==, "Gemeente");
  g_assert_nonnull (strstr (rejection->reason, "Atlantis"));
  rejection = ido_import_report_get_rejection (report, 2);
  g_assert_cmpstr (rejection->column, ==, "Aantal vragen");
  g_assert_cmpstr (rejection->value, ==, "12,5");
  rejection = ido_import_report_get_rejection (report, 3);
  g_assert_cmpstr (rejection->column, ==, "Tevredenheid");
  rejection = ido_import_report_get_rejection (report, 4);
  g_assert_cmpstr (rejection->value, ==, "0,85");
  rejection = ido_import_report_get_rejection (report, 7);
  g_assert_cmpuint (rejection->row, ==, 10);
  g_assert_cmpstr (rejection->value, ==, "4");

  csv = ido_import_report_to_csv (report);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (csv, "\r\n3;Periode;2024-Q5;"));

  /* The user saw them and chose to import the valid rows. */
  valid = import_full (fixture, path, NULL, FALSE, TRUE, &error);
  g_assert_no_error (error);
  assert_counts (valid, 3, 0, 0, 8);
  g_assert_true (ido_import_report_get_committed (valid));
  g_assert_cmpint (count_observations (fixture), ==, 3);
  g_assert_cmpint (query_int (fixture->database, "SELECT rows_rejected FROM import_batch"), ==, 8);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "dup.csv",
                                      "Periode;Gemeente;Indicator;Categorie;Waarde\n"
                                      "2024-Q1;Zwolle;Onderwerp;DigiD;10\n"
                                      "2024-Q1;Zwolle;Onderwerp;Toeslagen;5\n"
                                      "Q1 2024;GM0193;topic;DigiD;11\n");
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const IdoRejection *rejection;

  report = import_full (fixture, path, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (report, 2, 0, 0, 1);
  rejection = ido_import_report_get_rejection (report, 0);
  g_assert_cmpuint (rejection->row, ==, 4);
  g_assert_nonnull (strstr (rejection->reason, "earlier row"));
  g_assert_cmpint (count_observations (fixture), ==, 0);

  /* A second import: still a duplicate of the earlier row, not of the database. */
  g_clear_object (&report);
  report = import_full (fixture, path, NULL, FALSE, TRUE, &error);
  g_assert_no_error (error);
  assert_counts (report, 2, 0, 0, 1);
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0193", "topic", "DigiD"), ==, 10);
}

static char *
write_large (Fixture    *fixture,
             const char *name,
             guint       rows,
             const char *last_line)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  fputs ("Periode;Gemeentecode;Indicator;Categorie;Waarde\r\n", out);
  for (guint i = 0; i < rows; i++)
    fprintf (out, "%u-Q%u;GM0363;Onderwerp;Onderwerp %u;%u\r\n", 2000 + (i / 4000) % 150, 1 + i % 4,
             (i / 4) % 1000, i % 977);
  if (last_line != NULL)
    fputs (last_line, out);
  fclose (out);
  return path;
}

static void
test_bad_row_at_end_of_large_file (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *invalid = write_large (fixture, "large-invalid.csv", 100000, "2024-Q1;GM0363;Onderwerp;Laatste;veel\r\n");
  g_autofree char *broken = write_large (fixture, "large-broken.csv", 100000, "2024-Q1;GM0363;Onderwerp;\"Laatste;1\r\n");
  g_autofree char *good = write_large (fixture, "large-good.csv", 100000, NULL);
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_full (fixture, invalid, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (report, 100000, 0, 0, 1);
  g_assert_cmpuint (ido_import_report_get_rejection (report, 0)->row, ==, 100002);
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_clear_object (&report);

  report = import_full (fixture, broken, NULL, FALSE, FALSE, &error);
  g_assert_null (report);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "100002"));
  g_clear_error (&error);
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);

  report = import_full (fixture, good, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  assert_counts (report, 100000, 0, 0, 0);
  g_assert_cmpint (count_observations (fixture), ==, 100000);
  g_clear_object (&report);
  report = import_full (fixture, good, NULL, FALSE, FALSE, &error);
  assert_counts (report, 0, 0, 100000, 0);
}

static char *
padded_file (Fixture    *fixture,
             const char *name,
             const char *tail)
{
  g_autoptr(GString) csv = g_string_new ("Periode;Gemeente;Aantal vragen\n");

  /* Neutral rows first, beyond the rows the mapping is detected from. */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (csv, "%u-Q1;Zwolle;%u\n", 1990 + i, i);
  g_string_append (csv, tail);
  return write_file (fixture, name, csv->str);
}

static void
test_notation_conflicts (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *late = padded_file (fixture, "late.csv", "2024-Q1;Zwolle;1.234\n2024-Q2;Zwolle;1.5\n");
  g_autofree char *early = padded_file (fixture, "early.csv", "2024-Q1;Zwolle;1,234.5\n2024-Q2;Zwolle;1.234\n");
  g_autofree char *sampled = write_file (fixture, "sampled.csv",
                                         "Periode;Gemeente;Aantal vragen\n2024-Q1;Zwolle;1.5\n2024-Q2;Zwolle;1.234\n");
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* "1.234" was read as Dutch (1234), then "1.5" shows English notation:
   * the column cannot be trusted, not even for valid rows only. */
  report = import_full (fixture, late, NULL, FALSE, TRUE, &error);
  g_assert_null (report);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "1.234"));
  g_assert_nonnull (strstr (error->message, "33"));
  g_clear_error (&error);
  g_assert_cmpint (count_observations (fixture), ==, 0);

  /* The other way round the ambiguous row itself is rejected. */
  report = import_full (fixture, early, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 2);
  g_assert_cmpuint (ido_import_report_get_rejection (report, 1)->row, ==, 33);
  g_assert_cmpstr (ido_import_report_get_rejection (report, 1)->value, ==, "1.234");
  g_assert_nonnull (strstr (ido_import_report_get_rejection (report, 1)->reason, "two ways"));
  g_clear_object (&report);

  /* Evidence among the first rows decides the notation of the mapping:
   * English here, so "1.234" is 1.234, which is no count. */
  report = import_full (fixture, sampled, NULL, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 2);
}

static void
test_custom_indicator (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "custom.csv",
                                      "Periode;Gemeente;Indicator;Waarde\n"
                                      "2024-Q1;Zwolle;Aantal DigiD-machtigingen;12,5\n"
                                      "2024-Q2;Zwolle;aantal digid machtigingen;13\n"
                                      "2024-Q2;Zwolle;Aantal vragen;40\n");
  g_autoptr(IdoImportReport) report = import_ok (fixture, path);
  g_auto(GStrv) labels = ido_import_report_dup_new_indicators (report);
  g_autofree char *label = NULL;

  assert_counts (report, 3, 0, 0, 0);
  g_assert_cmpuint (g_strv_length (labels), ==, 1);
  g_assert_cmpstr (labels[0], ==, "Aantal DigiD-machtigingen");
  label = query_text (fixture->database, "SELECT label FROM indicator WHERE code = 'custom:aantal digid machtigingen' "
                                         "AND is_custom = 1");
  g_assert_cmpstr (label, ==, "Aantal DigiD-machtigingen");
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0193", "custom:aantal digid machtigingen", ""),
                     ==, 12.5);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "questions", ""), ==, 40);
}

static void
test_spreadsheets (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const names[] = { "dashboard.xlsx", "dashboard.ods", "dashboard.xls" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture_path (names[i]);
      g_autoptr(IdoImportReport) report = import_ok (fixture, path);

      g_test_message ("%s", names[i]);
      /* The same figures in three formats: the first is new, then unchanged. */
      if (i == 0)
        assert_counts (report, 8, 0, 0, 0);
      else
        assert_counts (report, 0, 0, 8, 0);
    }
  g_assert_cmpfloat (observation (fixture->database, "2024Q1", "GM0193", "questions", ""), ==, 120);
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "satisfaction", ""), ==, 7.9);
  g_assert_cmpfloat (observation (fixture->database, "2024Q3", "GM0193", "questions", ""), ==, 140);
  g_assert_cmpfloat (observation (fixture->database, "2024Q4", "GM0193", "questions", ""), ==, 150);
}

static void
test_presets_applied (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "odd.csv", "Kol A;Kol B;Kol C\n2024-Q1;Zwolle;5\n");
  g_autofree char *next = write_file (fixture, "odd-next.csv", "Kol A;Kol B;Kol C\n2024-Q2;Zwolle;6\n");
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) next_file = g_file_new_for_path (next);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(IdoMapping) mapping = NULL;
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing recognised: the preview gives the rows and an incomplete mapping. */
  rows = ido_importer_preview (importer, file, 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (rows, 0))[2], ==, "Kol C");
  g_assert_cmpint (ido_importer_get_format (importer), ==, IDO_FILE_FORMAT_CSV);
  g_assert_cmpstr (ido_importer_get_encoding (importer), ==, "UTF-8");
  g_assert_cmpint (ido_importer_get_delimiter (importer), ==, ';');
  mapping = ido_mapping_copy (ido_importer_get_mapping (importer));
  g_assert_false (ido_mapping_validate (mapping, NULL));

  /* The user maps the columns once and saves the preset. */
  ido_mapping_set_column (mapping, 0, IDO_FIELD_PERIOD, NULL, NULL);
  ido_mapping_set_column (mapping, 1, IDO_FIELD_MUNICIPALITY, NULL, NULL);
  ido_mapping_set_column (mapping, 2, IDO_FIELD_VALUE, "visits", NULL);
  g_assert_true (ido_mapping_save_preset (mapping, fixture->database, "Eigen export", &error));

  /* Next quarter the preset is applied by itself. */
  g_clear_object (&importer);
  importer = ido_importer_new (fixture->database);
  report = ido_importer_import_file (importer, next_file, NULL, &error);
  g_assert_no_error (error);
  assert_counts (report, 1, 0, 0, 0);
  g_assert_cmpstr (ido_mapping_get_name (ido_importer_get_mapping (importer)), ==, "Eigen export");
  g_assert_cmpfloat (observation (fixture->database, "2024Q2", "GM0193", "visits", ""), ==, 6);
}

/* Asynchronous import */

typedef struct
{
  GMainLoop       *loop;
  IdoImportReport *report;
  GError          *error;
  guint            progress_calls;
  double           last_fraction;
  GCancellable    *cancel_at_half;
  guint            changed;
} AsyncState;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpfloat (fraction, >=, state->last_fraction);
  state->last_fraction = fraction;
  state->progress_calls++;
  if (state->cancel_at_half != NULL && fraction > 0.3)
    g_cancellable_cancel (state->cancel_at_half);
}

static void
on_changed (IdoDatabase *database,
            const char  *table,
            gpointer     user_data)
{
  AsyncState *state = user_data;

  if (g_strcmp0 (table, "observation") == 0)
    state->changed++;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->report = ido_importer_import_file_finish (IDO_IMPORTER (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = write_large (fixture, "async.csv", 150000, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (fixture->database, "changed", G_CALLBACK (on_changed), &state);
  ido_importer_set_progress_func (importer, on_progress, &state, NULL);

  /* Cancelled half-way: nothing imported. */
  state.cancel_at_half = cancellable;
  ido_importer_import_file_async (importer, file, cancellable, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_null (state.report);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpuint (state.changed, ==, 0);

  state.cancel_at_half = NULL;
  state.last_fraction = 0;
  state.progress_calls = 0;
  ido_importer_import_file_async (importer, file, NULL, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  assert_counts (state.report, 150000, 0, 0, 0);
  g_assert_cmpuint (state.progress_calls, >=, 2);
  g_assert_cmpfloat (state.last_fraction, ==, 1.0);
  g_assert_cmpuint (state.changed, ==, 1);
  /* The worker's connection committed; this one sees it. */
  g_assert_cmpint (count_observations (fixture), ==, 150000);
  g_clear_object (&state.report);
  g_main_loop_unref (state.loop);
}

/* A killed import: the child imports a large file and is killed with
 * SIGKILL half-way; the database must be intact and hold all or nothing. */

static void
child_progress (double   fraction,
                gpointer user_data)
{
  g_print ("%.3f\n", fraction);
  fflush (stdout);
}

static int
run_child_import (const char *database_path,
                  const char *file_path)
{
  g_autoptr(IdoDatabase) database = ido_database_open (database_path, NULL);
  g_autoptr(IdoImporter) importer = ido_importer_new (database);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(IdoImportReport) report = NULL;

  ido_importer_set_progress_func (importer, child_progress, NULL, NULL);
  report = ido_importer_import_file (importer, file, NULL, NULL);
  g_print ("done\n");
  return report != NULL && ido_import_report_get_committed (report) ? 0 : 1;
}

static void
test_killed_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = write_large (fixture, "kill.csv", 400000, NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *check = NULL;
  gboolean killed = FALSE;
  char *line;

  g_clear_object (&fixture->database);
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self, "--child-import", fixture->path, path,
                            NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      gboolean halfway = g_ascii_strtod (line, NULL) >= 0.4 && !g_str_equal (line, "done");

      g_free (line);
      if (halfway)
        {
          g_subprocess_send_signal (child, SIGKILL);
          killed = TRUE;
          break;
        }
    }
  g_subprocess_wait (child, NULL, NULL);
  g_assert_true (killed);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  fixture->database = ido_database_open (fixture->path, &error);
  g_assert_no_error (error);
  check = query_text (fixture->database, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (count_observations (fixture), ==, 0);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);

  /* And the file imports completely afterwards. */
  {
    g_autoptr(IdoImportReport) report = import_ok (fixture, path);

    g_assert_cmpint (count_observations (fixture), ==, 400000);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--child-import"))
    return run_child_import (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/importer/long-utf8", test_long_utf8);
  ADD ("/import/importer/windows-1252", test_windows_1252);
  ADD ("/import/importer/every-notation", test_every_notation);
  ADD ("/import/importer/year-and-quarter-columns", test_year_and_quarter_columns);
  ADD ("/import/importer/wide-and-places", test_wide_and_places);
  ADD ("/import/importer/default-place", test_default_place);
  ADD ("/import/importer/reimport-is-idempotent", test_reimport_is_idempotent);
  ADD ("/import/importer/correction-and-revert", test_correction_and_revert);
  ADD ("/import/importer/dry-run", test_dry_run);
  ADD ("/import/importer/expected-sha256", test_expected_sha256);
  ADD ("/import/importer/uuids-and-timestamps", test_uuids_and_timestamps);
  ADD ("/import/importer/rejected-rows", test_rejected_rows);
  ADD ("/import/importer/duplicates", test_duplicates);
  ADD ("/import/importer/bad-row-at-end-of-large-file", test_bad_row_at_end_of_large_file);
  ADD ("/import/importer/notation-conflicts", test_notation_conflicts);
  ADD ("/import/importer/custom-indicator", test_custom_indicator);
  ADD ("/import/importer/spreadsheets", test_spreadsheets);
  ADD ("/import/importer/presets-applied", test_presets_applied);
  ADD ("/import/importer/async", test_async);
  ADD ("/import/importer/killed-import", test_killed_import);
#undef ADD

  return g_test_run ();
}

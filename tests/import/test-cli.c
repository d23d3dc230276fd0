/* test-cli.c: "ido-regie import" and "ido-regie export"
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ido-cli.h"
#include "ido-database.h"
#include "ido-sample.h"
#include "ido-test-utils.h"

static char *test_dir;

static char *
in_dir (const char *name)
{
  return g_build_filename (test_dir, name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures", name, NULL);
}

static int
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "ido-regie");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return ido_cli_run ((int) args->len - 1, (char **) args->pdata);
}

static gint64
count_rows (const char *database_path,
            const char *table)
{
  g_autoptr(IdoDatabase) database = ido_database_open (database_path, NULL);

  g_assert_nonnull (database);
  return ido_database_count (database, table);
}

/* Each case runs in a subprocess so its output can be checked. */

static void
test_import_counts (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *db = in_dir ("counts.db");
      g_autofree char *csv = fixture_path ("utf8-bom-long.csv");

      g_assert_true (ido_cli_is_subcommand ("import"));
      g_assert_true (ido_cli_is_subcommand ("export"));
      g_assert_true (ido_cli_is_subcommand ("sample"));
      g_assert_cmpint (run_cli ("import", "--database", db, "--dry-run", csv, NULL), ==, 0);
      g_assert_cmpint (count_rows (db, "observation"), ==, 0);
      g_assert_cmpint (run_cli ("import", "--database", db, csv, NULL), ==, 0);
      g_assert_cmpint (run_cli ("import", "--database", db, csv, NULL), ==, 0);
      g_assert_cmpint (count_rows (db, "observation"), ==, 4);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*utf8-bom-long.csv: 4 new, 0 changed, 0 unchanged, 0 rejected*Dry run*"
                             "4 new, 0 changed, 0 unchanged, 0 rejected*batch 1*"
                             "0 new, 0 changed, 4 unchanged, 0 rejected*no batch*");
}

static void
test_import_rejected (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *db = in_dir ("rejected.db");
      g_autofree char *csv = in_dir ("bad.csv");
      g_autofree char *report = in_dir ("report.csv");
      g_autofree char *contents = NULL;

      g_assert_true (g_file_set_contents (csv, "Periode;Gemeente;Aantal vragen\n2024-Q1;Zwolle;10\n"
                                               "2024-Q2;Zwolle;tien\n", -1, NULL));
      g_assert_cmpint (run_cli ("import", "--database", db, "--report", report, csv, NULL), ==, 1);
      g_assert_cmpint (count_rows (db, "observation"), ==, 0);
      g_assert_true (g_file_get_contents (report, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "3;Aantal vragen;tien;"));
      g_assert_cmpint (run_cli ("import", "--database", db, "--valid-only", csv, NULL), ==, 0);
      g_assert_cmpint (count_rows (db, "observation"), ==, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*1 new, 0 changed, 0 unchanged, 1 rejected*nothing was imported*");
  g_test_trap_assert_stderr ("*Row 3, column “Aantal vragen”, value “tien”: *");
}

static void
test_usage_errors (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *db = in_dir ("usage.db");
      g_autofree char *mapping = in_dir ("no-mapping.json");
      g_autofree char *csv = fixture_path ("utf8-bom-long.csv");
      g_autofree char *out = in_dir ("out.csv");

      g_assert_cmpint (run_cli ("import", "--database", db, NULL), ==, 2);
      g_assert_cmpint (run_cli ("import", "--database", db, "--delimiter", "x", csv, NULL), ==, 2);
      g_assert_cmpint (run_cli ("import", "--database", db, "--mapping", mapping, csv, NULL), ==, 1);
      g_assert_cmpint (run_cli ("import", "--database", db, "--preset", "nope", csv, NULL), ==, 1);
      g_assert_cmpint (run_cli ("export", "--database", db, "--what", "nonsense", "--output", out, NULL), ==, 2);
      g_assert_cmpint (run_cli ("export", "--database", db, "--what", "observations", "--format", "xml",
                                "--output", out, NULL), ==, 2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Name one or more files*Unknown delimiter*");
}

/* Export, import elsewhere, and back: nothing lost, nothing changed. */
static void
test_round_trip (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *db = in_dir ("source.db");
      g_autofree char *copy_csv = in_dir ("copy-csv.db");
      g_autofree char *copy_json = in_dir ("copy-json.db");
      g_autofree char *csv = in_dir ("observations.csv");
      g_autofree char *json = in_dir ("observations.json");
      g_autofree char *again = in_dir ("again.csv");
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *xlsx = fixture_path ("dashboard.xlsx");
      g_autofree char *cp1252 = fixture_path ("dutch-excel-cp1252.csv");
      gint64 n;

      /* Sample data (a municipality without CBS code, national figures),
       * a location, a custom indicator and categories with quotes. */
      g_assert_cmpint (run_cli ("sample", "--database", db, NULL), ==, 0);
      g_assert_cmpint (run_cli ("import", "--database", db, xlsx, cp1252, NULL), ==, 0);
      n = count_rows (db, "observation");
      g_assert_cmpint (n, >, 150);

      g_assert_cmpint (run_cli ("export", "--database", db, "--what", "observations", "--format", "csv",
                                "--output", csv, NULL), ==, 0);
      g_assert_cmpint (run_cli ("export", "--database", db, "--what", "observations", "--format", "json",
                                "--output", json, NULL), ==, 0);
      /* Read back into the same database: all unchanged. */
      g_assert_cmpint (run_cli ("import", "--database", db, csv, json, NULL), ==, 0);
      g_assert_cmpint (count_rows (db, "import_batch"), ==, 2);
      /* Into empty databases: everything, and the same export again. */
      g_assert_cmpint (run_cli ("import", "--database", copy_csv, csv, NULL), ==, 0);
      g_assert_cmpint (run_cli ("import", "--database", copy_json, json, NULL), ==, 0);
      g_assert_cmpint (count_rows (copy_csv, "observation"), ==, n);
      g_assert_cmpint (count_rows (copy_json, "observation"), ==, n);
      g_assert_cmpint (run_cli ("export", "--database", copy_json, "--what", "observations", "--format", "csv",
                                "--output", again, NULL), ==, 0);
      g_assert_true (g_file_get_contents (csv, &first, NULL, NULL));
      g_assert_true (g_file_get_contents (again, &second, NULL, NULL));
      g_assert_cmpstr (first, ==, second);
      g_assert_true (g_str_has_prefix (first, "period,place_key,municipality_code,municipality,library,location,"
                                              "inside_library,indicator,indicator_label,category,value\n"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*observations.csv: 0 new, 0 changed, * unchanged, 0 rejected*"
                             "*observations.json: 0 new, 0 changed, * unchanged, 0 rejected*");
}

/* The built program, when it is there and dispatches the subcommands. */
static void
test_binary (void)
{
  g_autofree char *binary = g_build_filename (g_getenv ("IDO_TEST_BUILDDIR"), "src", "ido-regie", NULL);
  g_autofree char *db = in_dir ("binary.db");
  g_autofree char *csv = fixture_path ("dutch-excel-cp1252.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *help[] = { binary, "import", "--help", NULL };
  const char *import[] = { binary, "import", "--database", db, csv, NULL };

  if (!g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_sync (NULL, (char **) help, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL) ||
      strstr (out, "--valid-only") == NULL)
    {
      g_test_skip ("ido-regie is not built with the import command");
      return;
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) import, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "4 new, 0 changed, 0 unchanged, 0 rejected"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* Shared by the parent and the subprocesses of one run. */
  test_dir = g_strdup (g_getenv ("IDO_CLI_TEST_DIR"));
  if (test_dir == NULL)
    {
      test_dir = ido_test_make_dir ();
      g_setenv ("IDO_CLI_TEST_DIR", test_dir, TRUE);
    }

  g_test_add_func ("/import/cli/import-counts", test_import_counts);
  g_test_add_func ("/import/cli/import-rejected", test_import_rejected);
  g_test_add_func ("/import/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/import/cli/round-trip", test_round_trip);
  g_test_add_func ("/import/cli/binary", test_binary);

  result = g_test_run ();
  if (!g_test_subprocess ())
    ido_test_remove_dir (test_dir);
  g_free (test_dir);
  return result;
}

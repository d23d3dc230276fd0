/* test-report-cli.c: "ido-regie report" and the spreadsheet exports of
 * "ido-regie export", without a window
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-cli.h"
#include "ido-database.h"
#include "ido-sample.h"
#include "ido-test-utils.h"
#include "ido-report-test-utils.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) database = NULL;

  f->dir = ido_test_make_dir ();
  f->db = g_build_filename (f->dir, "ido-regie.db", NULL);
  database = ido_database_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (ido_sample_load (database, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static int
run (const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "ido-regie");
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return ido_cli_run ((int) args->len - 1, (char **) args->pdata);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "jaarverslag.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (ido_cli_is_subcommand ("report"));
  g_assert_cmpint (run ("report", "--kind", "year", "--year", "2025", "--database", f->db, "--output", pdf, NULL),
                   ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  text = ido_report_test_pdf_text (pdf, FALSE);
  if (text != NULL)
    g_assert_nonnull (strstr (text, "53.484,50"));

  /* Mistakes are usage errors (2), and write nothing. */
  g_assert_cmpint (run ("report", "--kind", "annual", "--year", "2025", "--database", f->db, "--output", pdf, NULL),
                   ==, 2);
  g_assert_cmpint (run ("report", "--kind", "year", "--database", f->db, "--output", pdf, NULL), ==, 2);
  g_assert_cmpint (run ("report", "--kind", "year", "--year", "1999", "--database", f->db,
                        "--output", pdf, NULL), ==, 1);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "partners.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "acties.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (run ("export", "--what", "partners", "--format", "xlsx", "--database", f->db,
                        "--output", xlsx, NULL), ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (run ("export", "--what", "actions", "--database", f->db, "--output", csv, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "Action;Role;"));
  g_assert_cmpint (run ("export", "--what", "actions", "--format", "ods", "--database", f->db,
                        "--output", csv, NULL), ==, 2);
  g_assert_cmpint (run ("export", "--what", "budgets", "--database", f->db, "--output", csv, NULL), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report-cli/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/report-cli/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);

  return g_test_run ();
}

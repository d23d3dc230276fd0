/* test-spreadsheet.c: lists as CSV for Dutch Excel and as XLSX
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <freexl.h>

#include "ido-database.h"
#include "ido-sample.h"
#include "ido-spreadsheet.h"
#include "ido-test-utils.h"
#include "ido-report-test-utils.h"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ido_test_make_dir ();
  path = g_build_filename (f->dir, "ido-regie.db", NULL);
  f->db = ido_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
write_list (Fixture              *f,
            IdoSpreadsheetList    list,
            IdoSpreadsheetFormat  format,
            guint                *n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = ido_spreadsheet_suggest_file_name (list, format);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (ido_spreadsheet_write (f->db, list, format, path, n_rows, &error));
  g_assert_no_error (error);
  ido_report_test_keep (path);
  return path;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* The CSV lines, without the BOM; every line must end in CRLF. */
static GStrv
csv_lines (const char *path)
{
  g_autofree char *contents = read_text (path);
  GStrv lines;
  guint n;

  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    g_assert_null (strchr (lines[i], '\n'));
  return lines;
}

static const char *
find_line (GStrv       lines,
           const char *needle)
{
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      return lines[i];
  g_error ("no line with “%s”", needle);
  return NULL;
}

static void
test_partners_csv (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *contents = NULL;
  guint n_rows = 0;

  /* quotes, separators, line breaks and a formula in the data */
  g_assert_true (ido_database_exec (f->db,
                                    "INSERT INTO partner (name, kind, sector, notes) VALUES"
                                    " ('Stichting \"Samen; Sterk\"', 'both', 'Welzijn', 'regel 1\nregel 2'),"
                                    " ('Rekenhulp', 'support', '', '=SUM(A1:A9)')",
                                    &error));
  g_assert_no_error (error);
  path = write_list (f, IDO_SPREADSHEET_PARTNERS, IDO_SPREADSHEET_CSV, &n_rows);
  g_assert_cmpint (n_rows, ==, ido_database_count (f->db, "partner"));
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "\"Stichting \"\"Samen; Sterk\"\"\";"));
  g_assert_nonnull (strstr (contents, "\"regel 1\nregel 2\""));
  g_assert_nonnull (strstr (contents, ";'=SUM(A1:A9);"));

  /* Quoted line breaks aside, one line per partner plus the header */
  g_assert_true (ido_database_exec (f->db, "DELETE FROM partner WHERE name LIKE 'Stichting%'", NULL));
  g_clear_pointer (&path, g_free);
  path = write_list (f, IDO_SPREADSHEET_PARTNERS, IDO_SPREADSHEET_CSV, &n_rows);
  lines = csv_lines (path);
  g_assert_cmpuint (g_strv_length (lines), ==, n_rows + 2);
  g_assert_true (g_str_has_prefix (lines[0], "Name;Kind;Sector;Scope;"));
  g_assert_nonnull (strstr (find_line (lines, "Sociaal Wijkteam Voorbeeld"),
                            "Fatima El Idrissi (Wijkregisseur Oost), f.elidrissi@wijkteam.example.nl"));
}

static void
test_spending_csv (Fixture       *f,
                   gconstpointer  data)
{
  guint n_rows = 0;
  g_autofree char *path = write_list (f, IDO_SPREADSHEET_SPENDING, IDO_SPREADSHEET_CSV, &n_rows);
  g_auto(GStrv) lines = csv_lines (path);

  g_assert_cmpuint (n_rows, ==, 13);
  /* decimal comma, no thousands dots, Dutch dates */
  g_assert_nonnull (strstr (find_line (lines, "Subsidie bibliotheek IDO-dienstverlening 2024"),
                            "2024;15-01-2024;Financing the library;Subsidie bibliotheek IDO-dienstverlening 2024;"
                            "39000,00;"));
  g_assert_nonnull (strstr (find_line (lines, "Flyers en posters"), ";1200,00;"));
}

static void
test_targets_and_observations_csv (Fixture       *f,
                                   gconstpointer  data)
{
  guint n_rows = 0;
  g_autofree char *targets = write_list (f, IDO_SPREADSHEET_TARGETS, IDO_SPREADSHEET_CSV, &n_rows);
  g_autofree char *observations = NULL;
  g_auto(GStrv) lines = csv_lines (targets);
  const char *line;

  g_assert_cmpuint (n_rows, ==, 6);
  /* questions 2025: +20% on 1.166 is 1.399,2; the actual value is 1.433 */
  line = find_line (lines, "20% meer vragen dan in 2024");
  g_assert_nonnull (strstr (line, ";20,00;1166,00;2024;1399,20;1433,00;Achieved;"));

  g_clear_pointer (&lines, g_strfreev);
  observations = write_list (f, IDO_SPREADSHEET_OBSERVATIONS, IDO_SPREADSHEET_CSV, &n_rows);
  g_assert_cmpint (n_rows, ==, ido_database_count (f->db, "observation"));
  lines = csv_lines (observations);
  g_assert_nonnull (strstr (find_line (lines, "2025Q4;Voorbeeld (voorbeeldgegevens);Satisfaction"), ";8,7;score;"));
}

static void
test_actions_csv (Fixture       *f,
                  gconstpointer  data)
{
  guint n_rows = 0;
  g_autofree char *path = write_list (f, IDO_SPREADSHEET_ACTIONS, IDO_SPREADSHEET_CSV, &n_rows);
  g_auto(GStrv) lines = csv_lines (path);

  g_assert_cmpint (n_rows, ==, ido_database_count (f->db, "action_item"));
  g_assert_nonnull (strstr (find_line (lines, "IDO-tekst opnemen in de dankbrief mantelzorgers"), ";28-10-2026;"));
}

static const char *
cell_text (const void  *handle,
           guint        row,
           guint        column,
           char       **owned)
{
  FreeXL_CellValue value;

  g_assert_cmpint (freexl_get_cell_value (handle, row, column, &value), ==, FREEXL_OK);
  switch (value.type)
    {
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      *owned = g_strdup (value.value.text_value);
      break;
    case FREEXL_CELL_INT:
      *owned = g_strdup_printf ("%d", value.value.int_value);
      break;
    case FREEXL_CELL_DOUBLE:
      *owned = g_strdup_printf ("%.2f", value.value.double_value);
      break;
    default:
      *owned = g_strdup ("");
      break;
    }
  return *owned;
}

/* Read back with FreeXL: typed numbers and dates, one sheet named after the
 * list, a header row. */
static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  guint n_rows = 0;
  g_autofree char *path = write_list (f, IDO_SPREADSHEET_SPENDING, IDO_SPREADSHEET_XLSX, &n_rows);
  const void *handle = NULL;
  unsigned int rows = 0;
  unsigned short columns = 0;
  const char *name = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (freexl_open_xlsx (path, &handle), ==, FREEXL_OK);
  g_assert_cmpint (freexl_get_worksheet_name (handle, 0, &name), ==, FREEXL_OK);
  g_assert_cmpstr (name, ==, "SPUK spending");
  g_assert_cmpint (freexl_select_active_worksheet (handle, 0), ==, FREEXL_OK);
  g_assert_cmpint (freexl_worksheet_dimensions (handle, &rows, &columns), ==, FREEXL_OK);
  g_assert_cmpuint (rows, ==, n_rows + 1);
  g_assert_cmpuint (columns, ==, 7);
  {
    g_autofree char *header = NULL;

    g_assert_cmpstr (cell_text (handle, 0, 4, &header), ==, "Amount");
  }
  for (guint r = 1; r < rows; r++)
    {
      g_autofree char *description = NULL;
      g_autofree char *date = NULL;
      g_autofree char *year = NULL;
      FreeXL_CellValue value;

      if (g_strcmp0 (cell_text (handle, r, 3, &description), "Subsidie bibliotheek IDO-dienstverlening 2024") != 0)
        continue;
      found = TRUE;
      g_assert_cmpint (freexl_get_cell_value (handle, r, 4, &value), ==, FREEXL_OK);
      if (value.type == FREEXL_CELL_INT)
        g_assert_cmpint (value.value.int_value, ==, 39000);
      else
        g_assert_cmpfloat_with_epsilon (value.value.double_value, 39000.0, 1e-9);
      g_assert_cmpint (freexl_get_cell_value (handle, r, 1, &value), ==, FREEXL_OK);
      g_assert_cmpint (value.type, ==, FREEXL_CELL_DATE);
      g_assert_cmpstr (cell_text (handle, r, 1, &date), ==, "2024-01-15");
      g_assert_cmpstr (cell_text (handle, r, 0, &year), ==, "2024");
    }
  g_assert_true (found);
  freexl_close (handle);
}

static void
test_xlsx_every_list (Fixture       *f,
                      gconstpointer  data)
{
  for (IdoSpreadsheetList list = 0; list < IDO_SPREADSHEET_N_LISTS; list++)
    {
      guint n_rows = 0;
      g_autofree char *path = write_list (f, list, IDO_SPREADSHEET_XLSX, &n_rows);
      const void *handle = NULL;
      unsigned int rows = 0;
      unsigned short columns = 0;

      g_assert_cmpuint (n_rows, >, 0);
      g_assert_cmpint (freexl_open_xlsx (path, &handle), ==, FREEXL_OK);
      g_assert_cmpint (freexl_select_active_worksheet (handle, 0), ==, FREEXL_OK);
      g_assert_cmpint (freexl_worksheet_dimensions (handle, &rows, &columns), ==, FREEXL_OK);
      g_assert_cmpuint (rows, ==, n_rows + 1);
      freexl_close (handle);
    }
}

/* A failing write leaves the old file alone and no temporary file. */
static void
test_atomic (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "lijst.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nope", "lijst.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_false (ido_spreadsheet_write (f->db, IDO_SPREADSHEET_PARTNERS, IDO_SPREADSHEET_CSV, missing, NULL,
                                         &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (ido_spreadsheet_write (f->db, IDO_SPREADSHEET_PARTNERS, IDO_SPREADSHEET_XLSX, path, NULL, NULL));
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".lijst"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/spreadsheet/partners-csv", test_partners_csv);
  ADD ("/spreadsheet/spending-csv", test_spending_csv);
  ADD ("/spreadsheet/targets-observations-csv", test_targets_and_observations_csv);
  ADD ("/spreadsheet/actions-csv", test_actions_csv);
  ADD ("/spreadsheet/xlsx", test_xlsx);
  ADD ("/spreadsheet/xlsx-every-list", test_xlsx_every_list);
  ADD ("/spreadsheet/atomic", test_atomic);
#undef ADD

  return g_test_run ();
}

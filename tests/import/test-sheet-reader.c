/* test-sheet-reader.c: XLSX, ODS and XLS through FreeXL
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ido-import-error.h"
#include "ido-sheet-reader.h"

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures", name, NULL);
}

static void
check_workbook (const char    *name,
                IdoFileFormat  format)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTableReader) reader = NULL;
  g_auto(GStrv) sheets = NULL;
  g_autofree char *expected_sha = NULL;
  const IdoCell *cells = NULL;
  guint n = 0;

  g_assert_cmpint (ido_table_reader_detect_format (file, NULL, NULL), ==, format);
  reader = ido_table_reader_open (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (IDO_IS_SHEET_READER (reader));
  g_assert_cmpint (ido_table_reader_get_format (reader), ==, format);
  sheets = ido_sheet_reader_get_sheet_names (IDO_SHEET_READER (reader));
  g_assert_cmpstr (sheets[0], ==, "Dashboard");

  g_assert_true (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (cells[0].text, ==, "Periode");
  g_assert_cmpint (cells[0].type, ==, IDO_CELL_TEXT);
  g_assert_cmpuint (ido_table_reader_get_row_number (reader), ==, 1);

  g_assert_true (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_cmpstr (cells[0].text, ==, "2024-Q1");
  g_assert_cmpint (cells[2].type, ==, IDO_CELL_NUMBER);
  g_assert_cmpfloat (cells[2].number, ==, 120);
  g_assert_cmpstr (cells[2].text, ==, "120");
  g_assert_cmpint (cells[3].type, ==, IDO_CELL_NUMBER);
  g_assert_cmpfloat_with_epsilon (cells[3].number, 8.1, 1e-12);
  g_assert_cmpstr (cells[3].text, ==, "8.1");
  /* Dates stay dates: ISO text, typed as a date where the format says so. */
  g_assert_cmpstr (cells[4].text, ==, "2024-03-31");
  if (format != IDO_FILE_FORMAT_ODS)
    g_assert_cmpint (cells[4].type, ==, IDO_CELL_DATE);

  g_assert_true (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_true (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_cmpstr (cells[0].text, ==, "2024-09-30");
  g_assert_cmpint (cells[4].type, ==, IDO_CELL_EMPTY);
  g_assert_cmpuint (ido_table_reader_get_row_number (reader), ==, 4);
  g_assert_true (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_false (ido_table_reader_next_row (reader, &cells, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (ido_table_reader_get_progress (reader), ==, 1.0);

  expected_sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "", 0);
  g_assert_nonnull (ido_table_reader_get_sha256 (reader));
  g_assert_cmpstr (ido_table_reader_get_sha256 (reader), !=, expected_sha);
}

static void
test_xlsx (void)
{
  check_workbook ("dashboard.xlsx", IDO_FILE_FORMAT_XLSX);
}

static void
test_ods (void)
{
  check_workbook ("dashboard.ods", IDO_FILE_FORMAT_ODS);
}

static void
test_xls (void)
{
  check_workbook ("dashboard.xls", IDO_FILE_FORMAT_XLS);
}

static void
test_sheet_choice (void)
{
  g_autofree char *path = fixture ("dashboard.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSheetReader) second = NULL;
  g_autoptr(IdoSheetReader) missing = NULL;
  const IdoCell *cells = NULL;
  guint n = 0;

  second = ido_sheet_reader_new (path, IDO_FILE_FORMAT_XLSX, -1, "Toelichting", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ido_sheet_reader_get_sheet (second), ==, 1);
  g_assert_true (ido_table_reader_next_row (IDO_TABLE_READER (second), &cells, &n, &error));
  g_assert_cmpstr (cells[0].text, ==, "Bron: KB");

  missing = ido_sheet_reader_new (path, IDO_FILE_FORMAT_XLSX, 5, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND);
}

static void
test_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ido-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kapot.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSheetReader) reader = NULL;

  g_assert_true (g_file_set_contents (path, "PK\x03\x04 this is no zip", -1, NULL));
  reader = ido_sheet_reader_new (path, IDO_FILE_FORMAT_XLSX, -1, NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
  g_remove (path);
  g_rmdir (dir);
}

/* A compound file whose directory claims a name longer than the 64 bytes
 * a name can have: FreeXL 2.0 would read that many bytes from its stack
 * (found by fuzz-sheet), so the file is refused before FreeXL sees it. */
static void
test_xls_long_name (void)
{
  g_autofree char *source = fixture ("dashboard.xls");
  g_autofree char *dir = g_dir_make_tmp ("ido-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lange-naam.xls", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSheetReader) reader = NULL;
  gsize length = 0;
  gsize entry;

  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  /* The first directory entry (the root) of the first directory sector. */
  entry = ((gsize) ((guint8) data[0x30] | (guint8) data[0x31] << 8) + 1) * 512;
  g_assert_cmpuint (entry + 128, <=, length);
  g_assert_cmpuint ((guint8) data[entry + 0x40], ==, 22);
  data[entry + 0x40] = 0x00;
  data[entry + 0x41] = 0x16;
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));

  reader = ido_sheet_reader_new (path, IDO_FILE_FORMAT_XLS, -1, NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
  g_remove (path);
  g_rmdir (dir);
}

/* Inputs found by fuzz-sheet that FreeXL 2.0 cannot take: an XLS sheet with
 * a second DIMENSIONS record after its cells (a double free in FreeXL) and
 * an XLSX cell reference without a row number (FreeXL loops forever). Both
 * are refused before FreeXL sees them. */
static void
check_refused (const char    *seed,
               IdoFileFormat  format)
{
  g_autofree char *path = g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "fuzz", "corpus", "sheet",
                                            seed, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSheetReader) reader = NULL;

  reader = ido_sheet_reader_new (path, format, -1, NULL, &error);
  g_assert_null (reader);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
}

static void
test_xls_second_dimensions (void)
{
  check_refused ("regression-xls-second-dimensions", IDO_FILE_FORMAT_XLS);
}

static void
test_xlsx_cell_reference (void)
{
  check_refused ("regression-xlsx-cell-reference", IDO_FILE_FORMAT_XLSX);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/sheet/xlsx", test_xlsx);
  g_test_add_func ("/import/sheet/ods", test_ods);
  g_test_add_func ("/import/sheet/xls", test_xls);
  g_test_add_func ("/import/sheet/sheet-choice", test_sheet_choice);
  g_test_add_func ("/import/sheet/broken", test_broken);
  g_test_add_func ("/import/sheet/xls-long-name", test_xls_long_name);
  g_test_add_func ("/import/sheet/xls-second-dimensions", test_xls_second_dimensions);
  g_test_add_func ("/import/sheet/xlsx-cell-reference", test_xlsx_cell_reference);

  return g_test_run ();
}

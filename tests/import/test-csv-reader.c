/* test-csv-reader.c: the streaming RFC 4180 reader
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "ido-csv-reader.h"
#include "ido-import-error.h"

/* Reads all rows of @data into a list of "line|cell|cell|..." strings. */
static GPtrArray *
read_all_with (const char  *data,
               gssize       length,
               const char  *encoding,
               char         delimiter,
               char       **used_encoding,
               char        *used_delimiter,
               GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(IdoCsvReader) reader = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  const IdoCell *cells = NULL;
  guint n = 0;

  if (length < 0)
    length = (gssize) strlen (data);
  stream = g_memory_input_stream_new_from_data (g_memdup2 (data, (gsize) length), length, g_free);
  reader = ido_csv_reader_new (stream, encoding, delimiter, NULL, error);
  if (reader == NULL)
    return NULL;
  if (used_delimiter != NULL)
    *used_delimiter = ido_csv_reader_get_delimiter (reader);
  while (ido_table_reader_next_row (IDO_TABLE_READER (reader), &cells, &n, error))
    {
      GString *row = g_string_new (NULL);

      g_string_append_printf (row, "%" G_GUINT64_FORMAT,
                              ido_table_reader_get_row_number (IDO_TABLE_READER (reader)));
      for (guint i = 0; i < n; i++)
        {
          g_assert_true (cells[i].type == (cells[i].text[0] ? IDO_CELL_TEXT : IDO_CELL_EMPTY));
          g_string_append_printf (row, "|%s", cells[i].text);
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  if (error != NULL && *error != NULL)
    return NULL;
  /* After reading: a guessed encoding may have changed on the way. */
  if (used_encoding != NULL)
    *used_encoding = g_strdup (ido_csv_reader_get_encoding (reader));
  g_assert_cmpfloat (ido_table_reader_get_progress (IDO_TABLE_READER (reader)), ==, 1.0);
  return g_steal_pointer (&rows);
}

static GPtrArray *
read_all (const char *data,
          char        delimiter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = read_all_with (data, -1, NULL, delimiter, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
assert_rows (GPtrArray          *rows,
             const char * const *expected)
{
  guint n = g_strv_length ((GStrv) expected);

  for (guint i = 0; i < MIN (rows->len, n); i++)
    g_assert_cmpstr (g_ptr_array_index (rows, i), ==, expected[i]);
  g_assert_cmpuint (rows->len, ==, n);
}

static void
test_basic (void)
{
  g_autoptr(GPtrArray) crlf = read_all ("a;b;c\r\n1;2;3\r\n", 0);
  g_autoptr(GPtrArray) lf = read_all ("a;b;c\n1;2;3", 0);
  g_autoptr(GPtrArray) cr = read_all ("a;b\r1;2\r", 0);
  const char * const expected[] = { "1|a|b|c", "2|1|2|3", NULL };
  const char * const expected_cr[] = { "1|a|b", "2|1|2", NULL };

  assert_rows (crlf, expected);
  assert_rows (lf, expected);
  assert_rows (cr, expected_cr);

  /* Empty input in every decoder (found by fuzz-csv for UTF-16). */
  {
    const char *encodings[] = { NULL, "UTF-8", "WINDOWS-1252", "UTF-16LE" };

    for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) none = read_all_with ("", 0, encodings[i], 0, NULL, NULL, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (none->len, ==, 0);
      }
  }
}

static void
test_quoted (void)
{
  const char *data =
    "Naam;Toelichting;Waarde\r\n"
    "\"Bibliotheek; centrum\";\"Zei \"\"hallo\"\"\";1\r\n"
    "Wijk;\"twee\r\nregels\nen drie\";2\r\n"
    "\"\";\"\";\r\n"
    "x;\"a\"b;3";
  g_autoptr(GPtrArray) rows = read_all (data, 0);
  const char * const expected[] = {
    "1|Naam|Toelichting|Waarde",
    "2|Bibliotheek; centrum|Zei \"hallo\"|1",
    "3|Wijk|twee\nregels\nen drie|2",
    "6|||",
    "7|x|ab|3",
    NULL
  };

  assert_rows (rows, expected);
}

static void
test_empty_lines_and_trailing_delimiters (void)
{
  const char *data = "\r\n\r\na;b;;\r\n\r\n1;2;;\r\n;;;\r\n\n3;4\n\n";
  g_autoptr(GPtrArray) rows = read_all (data, 0);
  const char * const expected[] = { "3|a|b||", "5|1|2||", "6||||", "8|3|4", NULL };

  assert_rows (rows, expected);
}

static void
test_bom_and_encodings (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *encoding = NULL;
  g_autoptr(GPtrArray) utf8 = NULL;
  g_autoptr(GPtrArray) cp1252 = NULL;
  g_autoptr(GPtrArray) forced = NULL;
  g_autoptr(GPtrArray) utf16 = NULL;
  const char cp1252_data[] = "Locatie;Bedrag\r\nCaf\xe9 Ko\xeb;\x80 5\r\n\x93quote\x94;\x85\r\n";
  const char utf16_data[] = "\xff\xfe" "a\0\t\0b\0\n\0\xe9\0\t\0\xac\x20\n\0";

  utf8 = read_all_with ("\xef\xbb\xbf" "Periode;Waarde\n2024Q1;5\n", -1, NULL, 0, &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_cmpstr (g_ptr_array_index (utf8, 0), ==, "1|Periode|Waarde");
  g_clear_pointer (&encoding, g_free);

  cp1252 = read_all_with (cp1252_data, -1, NULL, 0, &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (g_ptr_array_index (cp1252, 1), ==, "2|Caf\xc3\xa9 Ko\xc3\xab|\xe2\x82\xac 5");
  g_assert_cmpstr (g_ptr_array_index (cp1252, 2), ==, "3|\xe2\x80\x9cquote\xe2\x80\x9d|\xe2\x80\xa6");
  g_clear_pointer (&encoding, g_free);

  /* The user may say what it is; ISO-8859-15 names go to the same table. */
  forced = read_all_with (cp1252_data, -1, "latin1", 0, &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");
  g_clear_pointer (&encoding, g_free);

  utf16 = read_all_with (utf16_data, sizeof utf16_data - 1, NULL, 0, &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-16LE");
  g_assert_cmpstr (g_ptr_array_index (utf16, 1), ==, "2|\xc3\xa9|\xe2\x82\xac");
}

static GString *
long_prefix (const char *first_value)
{
  GString *data = g_string_new ("Periode;Waarde\n");

  g_string_append_printf (data, "2024Q1;%s\n", first_value);
  while (data->len < 200 * 1024)
    g_string_append (data, "2024Q1;12\n");
  return data;
}

static void
test_invalid_utf8_after_prefix (void)
{
  g_autoptr(GString) ascii = long_prefix ("12");
  g_autoptr(GString) utf8 = long_prefix ("caf\xc3\xa9");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *line = NULL;
  guint lines;

  /* Plain ASCII for the detected prefix, then Windows-1252: read as such. */
  g_string_append (ascii, "2024Q2;caf\xe9\n2024Q3;\x80\n");
  rows = read_all_with (ascii->str, (gssize) ascii->len, NULL, 0, &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, rows->len - 2), "|2024Q2|caf\xc3\xa9"));
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, rows->len - 1), "|\xe2\x82\xac"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Real UTF-8 first, then a byte that is not: refused with its line. */
  lines = 1;
  for (const char *p = utf8->str; *p; p++)
    lines += *p == '\n';
  g_string_append (utf8, "2024Q2;caf\xe9\n");
  rows = read_all_with (utf8->str, (gssize) utf8->len, NULL, 0, NULL, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_ENCODING);
  line = g_strdup_printf ("%u", lines);
  g_assert_nonnull (strstr (error->message, line));
}

static void
test_sniff_delimiter (void)
{
  static const struct { const char *data; char delimiter; } cases[] = {
    { "Periode;Gemeente;Waarde\n2024Q1;Utrecht;1,5\n2024Q2;Utrecht;2,5\n", ';' },
    { "period,municipality,value\n2024Q1,Utrecht,1.5\n", ',' },
    { "a\tb\tc\n1\t2,5\t3\n", '\t' },
    { "\"a;b\",c,d\n1,2,3\n", ',' },
    { "only one column\nvalue\n", ';' },
    { "Periode;Toelichting;Waarde\n2024Q1;\"een, twee, drie, vier\";1\n", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      char delimiter = 0;

      rows = read_all_with (cases[i].data, -1, NULL, 0, NULL, &delimiter, &error);
      g_assert_no_error (error);
      g_assert_cmpint (delimiter, ==, cases[i].delimiter);
    }
}

static void
test_malformed (void)
{
  static const char * const cases[] = {
    "a;b\n1;\"never closed\n2;3\n",
    "a;b\n1;\x00\n",
  };
  static const gsize lengths[] = { 0, 8 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;

      rows = read_all_with (cases[i], lengths[i] ? (gssize) lengths[i] : -1, NULL, 0, NULL, NULL, &error);
      g_assert_null (rows);
      g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "2"));
    }
}

static void
test_record_too_long (void)
{
  g_autoptr(GString) data = g_string_new ("a;b\n1;\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (data, "0123456789\n");
  rows = read_all_with (data->str, (gssize) data->len, NULL, 0, NULL, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED);
}

/* Records, CRLF pairs and quoted line breaks across the reader's 64 KiB
 * chunks, in UTF-8, Windows-1252 and UTF-16. */
static void
test_chunk_boundaries (void)
{
  const char *encodings[] = { "UTF-8", "WINDOWS-1252", "UTF-16LE" };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autoptr(GString) text = g_string_new ("Naam;Toelichting;Waarde\r\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *converted = NULL;
      gsize length = 0;
      guint n = 3000;

      for (guint i = 0; i < n; i++)
        g_string_append_printf (text, "Caf\xc3\xa9 %u;\"regel \xe2\x82\xac%u\r\nvervolg;\"\"x\"\"\";%u\r\n", i, i, i);
      converted = g_convert (text->str, (gssize) text->len, encodings[e], "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
      rows = read_all_with (converted, (gssize) length, encodings[e], 0, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, n + 1);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *expected = g_strdup_printf ("%u|Caf\xc3\xa9 %u|regel \xe2\x82\xac%u\nvervolg;\"x\"|%u",
                                                       2 + 2 * i, i, i, i);

          g_assert_cmpstr (g_ptr_array_index (rows, i + 1), ==, expected);
        }
    }
}

static void
test_checksum_and_progress (void)
{
  g_autoptr(GString) data = g_string_new ("a;b\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(IdoCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const IdoCell *cells = NULL;
  double last = 0.0;
  guint n = 0;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (data, "%u;%u\n", i, i * 2);
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data->str, data->len);
  stream = g_memory_input_stream_new_from_data (g_memdup2 (data->str, data->len), (gssize) data->len, g_free);
  reader = ido_csv_reader_new (stream, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  ido_csv_reader_set_total_size (reader, (goffset) data->len);
  g_assert_null (ido_table_reader_get_sha256 (IDO_TABLE_READER (reader)));
  while (ido_table_reader_next_row (IDO_TABLE_READER (reader), &cells, &n, &error))
    {
      double progress = ido_table_reader_get_progress (IDO_TABLE_READER (reader));

      g_assert_cmpfloat (progress, >=, last);
      last = progress;
    }
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpstr (ido_table_reader_get_sha256 (IDO_TABLE_READER (reader)), ==, expected);
}

static void
test_fixture_files (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures", NULL);
  static const struct { const char *name; const char *encoding; char delimiter; guint rows; } cases[] = {
    { "dutch-excel-cp1252.csv", "WINDOWS-1252", ';', 6 },
    { "utf8-bom-long.csv", "UTF-8", ';', 5 },
    { "excel-unicode.txt", "UTF-16LE", '\t', 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(IdoTableReader) reader = ido_table_reader_open (file, NULL, NULL, &error);
      const IdoCell *cells = NULL;
      guint n = 0, rows = 0;

      g_assert_no_error (error);
      g_assert_true (IDO_IS_CSV_READER (reader));
      g_assert_cmpstr (ido_csv_reader_get_encoding (IDO_CSV_READER (reader)), ==, cases[i].encoding);
      g_assert_cmpint (ido_csv_reader_get_delimiter (IDO_CSV_READER (reader)), ==, cases[i].delimiter);
      while (ido_table_reader_next_row (reader, &cells, &n, &error))
        {
          if (rows == 0)
            g_assert_true (g_utf8_validate (cells[0].text, -1, NULL) && g_ascii_isalpha (cells[0].text[0]));
          rows++;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (rows, ==, cases[i].rows);
      g_assert_nonnull (ido_table_reader_get_sha256 (reader));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/basic", test_basic);
  g_test_add_func ("/import/csv/quoted", test_quoted);
  g_test_add_func ("/import/csv/empty-lines-trailing-delimiters", test_empty_lines_and_trailing_delimiters);
  g_test_add_func ("/import/csv/bom-and-encodings", test_bom_and_encodings);
  g_test_add_func ("/import/csv/invalid-utf8-after-prefix", test_invalid_utf8_after_prefix);
  g_test_add_func ("/import/csv/sniff-delimiter", test_sniff_delimiter);
  g_test_add_func ("/import/csv/malformed", test_malformed);
  g_test_add_func ("/import/csv/record-too-long", test_record_too_long);
  g_test_add_func ("/import/csv/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/import/csv/checksum-and-progress", test_checksum_and_progress);
  g_test_add_func ("/import/csv/fixture-files", test_fixture_files);

  return g_test_run ();
}

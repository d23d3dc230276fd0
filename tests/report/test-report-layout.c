/* test-report-layout.c: blocks laid out on A4 and written as PDF
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-report-document.h"
#include "ido-report-layout.h"
#include "ido-test-utils.h"
#include "ido-report-test-utils.h"

static char *
write_pdf (IdoReportLayout *layout,
           const char      *dir,
           const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (ido_report_layout_write_pdf (layout, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ido_report_test_keep (path);
  return path;
}

static void
draw_box (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  user_data)
{
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_stroke (cr);
}

/* A long table continues on the next pages under its repeated header, and
 * every row is printed exactly once. */
static void
test_table_header_repeats (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autoptr(IdoReportDocument) doc = ido_report_document_new ("Tabel");
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  IdoReportTable *table;
  guint n_pages;

  ido_report_document_add_title (doc, "Rijenproef", "Kolomkop herhaald");
  table = ido_report_document_add_table (doc, 3);
  ido_report_table_set_column (table, 0, "Omschrijving", IDO_REPORT_ALIGN_START, 0);
  ido_report_table_set_column (table, 1, "Kwartaal", IDO_REPORT_ALIGN_START, 0);
  ido_report_table_set_column (table, 2, "Bedrag", IDO_REPORT_ALIGN_END, 0);
  for (int i = 1; i <= 150; i++)
    {
      g_autofree char *what = g_strdup_printf ("Regel%03d", i);
      g_autofree char *amount = g_strdup_printf ("€ %d,00", i * 10);

      ido_report_table_add_row (table, IDO_REPORT_ROW_NORMAL, what, "2025Q1", amount, NULL);
    }
  ido_report_table_add_row (table, IDO_REPORT_ROW_TOTAL, "Totaal", "", "€ 113.250,00", NULL);

  layout = ido_report_layout_new (doc);
  n_pages = ido_report_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  path = write_pdf (layout, dir, "tabel.pdf");
  text = ido_report_test_pdf_text (path, FALSE);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      ido_test_remove_dir (dir);
      return;
    }
  g_assert_cmpint (ido_report_test_pdf_pages (path), ==, (int) n_pages);
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends with a form feed: one more (empty) element */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint p = 0; p < n_pages; p++)
    {
      g_assert_nonnull (strstr (pages[p], "Omschrijving"));
      g_assert_nonnull (strstr (pages[p], "Bedrag"));
    }
  for (int i = 1; i <= 150; i++)
    {
      g_autofree char *what = g_strdup_printf ("Regel%03d", i);

      g_assert_cmpuint (ido_report_test_count (text, what), ==, 1);
    }
  g_assert_nonnull (strstr (pages[n_pages - 1], "113.250,00"));
  ido_test_remove_dir (dir);
}

/* A paragraph longer than a page flows on; nothing is lost. */
static void
test_paragraph_flows (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autoptr(IdoReportDocument) doc = ido_report_document_new ("Tekst");
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  for (int i = 1; i <= 900; i++)
    g_string_append_printf (body, "woord%d ", i);
  ido_report_document_add_heading (doc, "Kop");
  ido_report_document_add_paragraph (doc, body->str);
  ido_report_document_add_chart (doc, 120, draw_box, NULL, NULL, "Een kader");
  ido_report_document_add_bullet (doc, "Eerste punt");
  ido_report_document_add_note (doc, "Bron: proef");

  layout = ido_report_layout_new (doc);
  g_assert_cmpuint (ido_report_layout_get_n_pages (layout), >=, 2);
  path = write_pdf (layout, dir, "tekst.pdf");
  text = ido_report_test_pdf_text (path, FALSE);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      ido_test_remove_dir (dir);
      return;
    }
  squeezed = ido_report_test_squeeze (text);
  for (int i = 1; i <= 900; i++)
    {
      g_autofree char *word = g_strdup_printf ("woord%d ", i);

      g_assert_nonnull (strstr (squeezed, word));
    }
  g_assert_nonnull (strstr (squeezed, "Eerste punt"));
  g_assert_nonnull (strstr (squeezed, "Bron: proef"));
  ido_test_remove_dir (dir);
}

/* Key values, figures and a callout; an empty document is one valid page. */
static void
test_small_blocks (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autoptr(IdoReportDocument) doc = ido_report_document_new ("Blokken");
  g_autoptr(IdoReportDocument) empty = ido_report_document_new ("Leeg");
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autoptr(IdoReportLayout) empty_layout = NULL;
  g_autofree char *path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *text = NULL;

  ido_report_document_set_date_text (doc, "29-11-2026");
  ido_report_document_add_figure (doc, "1.234", "vragen");
  ido_report_document_add_figure (doc, "7,8", "tevredenheid");
  ido_report_document_add_key_value (doc, "Toekenning", "€ 53.484,50");
  ido_report_document_add_key_value (doc, "Besteed", "€ 47.200,00");
  ido_report_document_add_callout (doc, "Let op: reservering boven 25%", TRUE);
  layout = ido_report_layout_new (doc);
  g_assert_cmpuint (ido_report_layout_get_n_pages (layout), ==, 1);
  path = write_pdf (layout, dir, "blokken.pdf");

  empty_layout = ido_report_layout_new (empty);
  g_assert_cmpuint (ido_report_layout_get_n_pages (empty_layout), ==, 1);
  empty_path = write_pdf (empty_layout, dir, "leeg.pdf");

  text = ido_report_test_pdf_text (path, FALSE);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      ido_test_remove_dir (dir);
      return;
    }
  for (guint i = 0; i < 7; i++)
    {
      const char *expected[] = { "1.234", "vragen", "7,8", "Toekenning", "€ 53.484,50", "25%", "29-11-2026" };

      g_assert_nonnull (strstr (text, expected[i]));
    }
  g_assert_cmpint (ido_report_test_pdf_pages (empty_path), ==, 1);
  ido_test_remove_dir (dir);
}

/* A cancelled write leaves an existing file as it was, and no temporary
 * file behind. */
static void
test_cancelled_write_is_atomic (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "rapport.pdf", NULL);
  g_autoptr(IdoReportDocument) doc = ido_report_document_new ("Afgebroken");
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "oud", -1, NULL));
  ido_report_document_add_paragraph (doc, "Tekst");
  layout = ido_report_layout_new (doc);
  g_cancellable_cancel (cancellable);
  g_assert_false (ido_report_layout_write_pdf (layout, path, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "oud");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  ido_test_remove_dir (dir);
}

/* A folder that does not exist: a clear error, nothing written. */
static void
test_write_error (void)
{
  g_autoptr(IdoReportDocument) doc = ido_report_document_new ("Fout");
  g_autoptr(IdoReportLayout) layout = ido_report_layout_new (doc);
  g_autoptr(GError) error = NULL;

  g_assert_false (ido_report_layout_write_pdf (layout, "/nonexistent-ido/dir/x.pdf", NULL, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/layout/table-header-repeats", test_table_header_repeats);
  g_test_add_func ("/report/layout/paragraph-flows", test_paragraph_flows);
  g_test_add_func ("/report/layout/small-blocks", test_small_blocks);
  g_test_add_func ("/report/layout/cancelled-write-is-atomic", test_cancelled_write_is_atomic);
  g_test_add_func ("/report/layout/write-error", test_write_error);

  return g_test_run ();
}

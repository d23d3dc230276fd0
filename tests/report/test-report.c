/* test-report.c: the three reports from the sample data and from nothing
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-report.h"
#include "ido-sample.h"
#include "ido-test-utils.h"
#include "ido-report-test-utils.h"

#define TODAY "2026-11-29"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
  gboolean     sample;
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
  f->sample = GPOINTER_TO_INT (data);
  if (f->sample)
    {
      g_assert_true (ido_sample_load (f->db, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Renders the report to a PDF and returns its text (NULL: no pdftotext),
 * checking that the PDF has as many pages as the layout. */
static char *
render (Fixture       *f,
        IdoReportKind  kind,
        int            year,
        guint         *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoReportDocument) document = NULL;
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%d%s.pdf", ido_report_kind_to_string (kind), year,
                                           f->sample ? "" : "-empty");
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *text = NULL;
  IdoReportOptions options = { kind, year, TODAY, 0 };

  document = ido_report_build (f->db, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  layout = ido_report_layout_new (document);
  *n_pages = ido_report_layout_get_n_pages (layout);
  g_assert_true (ido_report_layout_write_pdf (layout, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ido_report_test_keep (path);
  text = ido_report_test_pdf_text (path, FALSE);
  if (text != NULL)
    g_assert_cmpint (ido_report_test_pdf_pages (path), ==, (int) *n_pages);
  return text != NULL ? ido_report_test_squeeze (text) : NULL;
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not in the report:\n%s", expected, text);
}

static void
test_year_report (Fixture       *f,
                  gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *text = render (f, IDO_REPORT_KIND_YEAR, 2025, &n_pages);

  /* Budget, targets, figures, locations, network and roles: a few pages. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, <=, 8);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_contains (text, "Voorbeeld (voorbeeldgegevens)");
  /* SPUK 2025: allocation, reservation from 2024, spending total */
  assert_contains (text, "€ 53.484,50");
  assert_contains (text, "€ 6.000,00");
  assert_contains (text, "€ 46.350,00");
  /* 25% of the allocation, rounded down to the cent */
  assert_contains (text, "€ 13.371,12");
  /* questions 2025 and 2024, visits 2025 */
  assert_contains (text, "1.433");
  assert_contains (text, "1.166");
  assert_contains (text, "943");
  /* a spending line, a location, the library, a partner-side figure */
  assert_contains (text, "IDO Bibliotheek Voorbeeld Centrum");
  assert_contains (text, "Huisartsenpraktijk De Linde");
  assert_contains (text, "Bibliotheek Voorbeeldstreek");
  assert_contains (text, "20% meer vragen dan in 2024");
  /* the sources */
  assert_contains (text, "Dashboard IDO, KB");
  assert_contains (text, "29 ");
}

static void
test_meeting_handout (Fixture       *f,
                      gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *text = render (f, IDO_REPORT_KIND_MEETING, 2026, &n_pages);

  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, <=, 4);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* the latest meeting of 2026 with the library and its agenda */
  assert_contains (text, "Bibliotheek Voorbeeldstreek");
  assert_contains (text, "Overleg met de IDO-coördinator, 3e kwartaal 2026");
  assert_contains (text, "Output, outcome en impact");
  assert_contains (text, "Gezamenlijke programmering");
  assert_contains (text, "Sanne Dijkhuis");
  /* decisions of the meeting before */
  assert_contains (text, "Brief parkeervergunning gaat door de wasstraat");
  /* latest quarter: 2025Q4 against 2024Q4 */
  assert_contains (text, "392");
  assert_contains (text, "342");
  /* targets of 2025 (none for 2026 yet) and open actions */
  assert_contains (text, "20% meer vragen dan in 2024");
  assert_contains (text, "Subsidieaanvraag 2027 van de bibliotheek beoordelen");
  /* a done action is not open */
  g_assert_null (strstr (text, "IDO-tekst opnemen in de dankbrief mantelzorgers"));
}

static void
test_factsheet (Fixture       *f,
                gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *text = render (f, IDO_REPORT_KIND_FACTSHEET, 2025, &n_pages);

  g_assert_cmpuint (n_pages, ==, 1);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_contains (text, "Voorbeeld (voorbeeldgegevens)");
  assert_contains (text, "1.433");
  assert_contains (text, "943");
  assert_contains (text, "89,5%");
  assert_contains (text, "58.820");
  assert_contains (text, "€ 53.484,50");
  assert_contains (text, "Sanne Dijkhuis");
  assert_contains (text, "IDO Wijkcentrum De Schakel");
  /* no page numbers on a one-page factsheet */
  g_assert_null (strstr (text, "Page 1 of"));
}

/* Without any data each report is still a valid PDF that says what to do. */
static void
test_empty_database (Fixture       *f,
                     gconstpointer  data)
{
  for (IdoReportKind kind = 0; kind < IDO_REPORT_N_KINDS; kind++)
    {
      guint n_pages = 0;
      g_autofree char *text = render (f, kind, 2025, &n_pages);

      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_cmpuint (n_pages, <=, 2);
      if (text == NULL)
        continue;
      /* It names itself and tells where the data comes from. */
      assert_contains (text, "2025");
      assert_contains (text, "IDO Regie");
      switch (kind)
        {
        case IDO_REPORT_KIND_YEAR:
          assert_contains (text, "There are no figures for 2025 yet");
          assert_contains (text, "No budget was entered for 2025");
          break;
        case IDO_REPORT_KIND_MEETING:
          assert_contains (text, "No meeting with the library is planned in 2025");
          assert_contains (text, "There are no open actions");
          break;
        case IDO_REPORT_KIND_FACTSHEET:
          assert_contains (text, "No library organisation is registered yet");
          break;
        case IDO_REPORT_N_KINDS:
        default:
          g_assert_not_reached ();
        }
    }
}

static void
test_invalid_year (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  IdoReportOptions options = { IDO_REPORT_KIND_YEAR, 99, TODAY, 0 };
  g_autoptr(IdoReportDocument) document = ido_report_build (f->db, &options, &error);

  g_assert_null (document);
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
}

static void
test_kinds_and_names (Fixture       *f,
                      gconstpointer  data)
{
  IdoReportKind kind = IDO_REPORT_N_KINDS;
  g_autofree char *name = ido_report_suggest_file_name (f->db, IDO_REPORT_KIND_YEAR, 2025);

  g_assert_true (ido_report_kind_from_string ("meeting", &kind));
  g_assert_cmpint (kind, ==, IDO_REPORT_KIND_MEETING);
  g_assert_false (ido_report_kind_from_string ("annual", &kind));
  g_assert_cmpstr (name, ==, "ido-year-report-voorbeeld-2025.pdf");
  g_assert_cmpint (ido_report_default_year (f->db, IDO_REPORT_KIND_YEAR), ==, 2025);
}

typedef struct
{
  GMainLoop       *loop;
  IdoReportLayout *layout;
  GError          *error;
  double           last;
  guint            n_progress;
} AsyncResult;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncResult *result = user_data;

  g_assert_cmpfloat (fraction, >=, result->last);
  result->last = fraction;
  result->n_progress++;
}

static void
on_rendered (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  AsyncResult *result = user_data;

  result->layout = ido_report_render_finish (res, &result->error);
  g_main_loop_quit (result->loop);
}

/* The thread opens its own connection; the layout comes back for printing
 * and the PDF is on disk. */
static void
test_render_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "async.pdf", NULL);
  AsyncResult result = { g_main_loop_new (NULL, FALSE), NULL, NULL, 0, 0 };
  IdoReportOptions options = { IDO_REPORT_KIND_FACTSHEET, 2025, TODAY, 0 };

  ido_report_render_async (ido_database_get_path (f->db), &options, pdf, on_progress, &result, NULL, NULL,
                           on_rendered, &result);
  g_main_loop_run (result.loop);
  g_assert_no_error (result.error);
  g_assert_nonnull (result.layout);
  g_assert_cmpuint (ido_report_layout_get_n_pages (result.layout), ==, 1);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (result.n_progress, >=, 2);
  g_assert_cmpfloat (result.last, ==, 1.0);
  g_clear_object (&result.layout);
  g_main_loop_unref (result.loop);
}

static void
test_render_async_cancelled (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult result = { g_main_loop_new (NULL, FALSE), NULL, NULL, 0, 0 };
  IdoReportOptions options = { IDO_REPORT_KIND_YEAR, 2025, TODAY, 0 };

  g_cancellable_cancel (cancellable);
  ido_report_render_async (ido_database_get_path (f->db), &options, pdf, NULL, NULL, NULL, cancellable,
                           on_rendered, &result);
  g_main_loop_run (result.loop);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result.layout);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&result.error);
  g_main_loop_unref (result.loop);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* To look at the reports in Dutch: IDO_REPORT_LOCALEDIR=<build>/po
   * LANG=nl_NL.UTF-8 (the checks below use figures and names, which do not
   * depend on the language, except for the empty database). */
  if (g_getenv ("IDO_REPORT_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("IDO_REPORT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_add ("/report/year", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_year_report,
              fixture_tear_down);
  g_test_add ("/report/meeting", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_meeting_handout,
              fixture_tear_down);
  g_test_add ("/report/factsheet", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_factsheet,
              fixture_tear_down);
  g_test_add ("/report/empty-database", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_empty_database,
              fixture_tear_down);
  g_test_add ("/report/invalid-year", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_invalid_year,
              fixture_tear_down);
  g_test_add ("/report/kinds-and-names", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_kinds_and_names,
              fixture_tear_down);
  g_test_add ("/report/render-async", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_render_async,
              fixture_tear_down);
  g_test_add ("/report/render-async-cancelled", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_render_async_cancelled, fixture_tear_down);

  return g_test_run ();
}

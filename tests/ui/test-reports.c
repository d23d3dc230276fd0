/* test-reports.c: the report dialog through its real widgets: pick a report
 * and a year, save it as PDF, cancel, print (exported to PDF through the
 * print operation, with the PDF's pagination).
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ido-report.h"
#include "ido-report-dialog.h"
#include "ido-screenshot.h"
#include "ido-ui-test-utils.h"

static gboolean
has_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) != NULL;
}

static gboolean
has_no_dialog (gpointer data)
{
  return !has_dialog (data);
}

static gboolean
is_idle (gpointer data)
{
  return !ido_report_dialog_get_busy (IDO_REPORT_DIALOG (data));
}

static IdoReportDialog *
open_dialog (IdoUiFixture *fixture)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (ido_ui_test_application ()), "reports", NULL);
  g_assert_true (ido_ui_test_wait (has_dialog, fixture->window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_REPORT_DIALOG (dialog));
  return IDO_REPORT_DIALOG (dialog);
}

static gpointer
template_child (gpointer    widget,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), IDO_TYPE_REPORT_DIALOG, name);

  g_assert_nonnull (child);
  return child;
}

/* Every control a user can reach has a name a screen reader can say. */
static void
assert_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      /* Rows are named by their title; their inner parts and the header bar
       * are libadwaita's. */
      if (ADW_IS_PREFERENCES_ROW (child))
        {
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), !=, "");
          continue;
        }
      if (ADW_IS_HEADER_BAR (child))
        continue;
      if (GTK_IS_BUTTON (child) && !GTK_IS_MENU_BUTTON (child))
        g_assert_true ((gtk_button_get_label (GTK_BUTTON (child)) != NULL &&
                        *gtk_button_get_label (GTK_BUTTON (child)) != '\0') ||
                       gtk_widget_get_tooltip_text (child) != NULL ||
                       gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL));
      else if (GTK_IS_PROGRESS_BAR (child))
        g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL));
      assert_named (child);
    }
}

static int
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *program = g_find_program_in_path ("pdfinfo");
  const char *line;

  if (program == NULL)
    return -1;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

static char *
pdf_text (const char *path)
{
  char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));
  /* Table cells wrap: compare with line breaks as spaces. */
  g_strdelimit (out, "\n\f", ' ');
  return out;
}

static void
test_dialog (IdoUiFixture  *fixture,
             gconstpointer  data)
{
  IdoReportDialog *dialog = open_dialog (fixture);
  AdwComboRow *kind_row = template_child (dialog, "kind_row");

  /* The year report of the latest year with figures; the meeting handout of
   * this year. */
  g_assert_cmpint (ido_report_dialog_get_kind (dialog), ==, IDO_REPORT_KIND_YEAR);
  g_assert_cmpint (ido_report_dialog_get_year (dialog), ==, 2025);
  adw_combo_row_set_selected (kind_row, IDO_REPORT_KIND_MEETING);
  g_assert_cmpint (ido_report_dialog_get_kind (dialog), ==, IDO_REPORT_KIND_MEETING);
  g_assert_cmpint (ido_report_dialog_get_year (dialog),
                   ==, ido_report_default_year (fixture->database, IDO_REPORT_KIND_MEETING));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (kind_row)), ==, IDO_REPORT_N_KINDS);
  assert_named (adw_dialog_get_child (ADW_DIALOG (dialog)));
  ido_ui_test_iterate (300);
  ido_test_screenshot (fixture->window, "report-dialog-wide");
  adw_dialog_close (ADW_DIALOG (dialog));
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
}

static void
test_save (IdoUiFixture  *fixture,
           gconstpointer  data)
{
  IdoReportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "factsheet.pdf", NULL);
  g_autofree char *text = NULL;

  ido_report_dialog_set_kind (dialog, IDO_REPORT_KIND_FACTSHEET);
  ido_report_dialog_set_year (dialog, 2025);
  ido_report_dialog_save_to (dialog, path);
  g_assert_true (ido_report_dialog_get_busy (dialog));
  /* The controls wait while the thread works. */
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, "save_button")));
  g_assert_true (gtk_widget_get_visible (template_child (dialog, "progress_bar")));
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (pdf_pages (path) < 0)
    return;
  g_assert_cmpint (pdf_pages (path), ==, 1);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "1.433"));
}

static void
test_cancel (IdoUiFixture  *fixture,
             gconstpointer  data)
{
  IdoReportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "year.pdf", NULL);
  GtkLabel *status = template_child (dialog, "status_label");

  ido_report_dialog_set_kind (dialog, IDO_REPORT_KIND_YEAR);
  ido_report_dialog_save_to (dialog, path);
  /* A click, at once (activating a button clicks it only after a moment). */
  g_signal_emit_by_name (template_child (dialog, "cancel_button"), "clicked");
  g_assert_true (ido_ui_test_wait (is_idle, dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (gtk_label_get_text (status), !=, "");
  /* Still open, ready for another try. */
  g_assert_true (has_dialog (fixture->window));
  g_assert_true (gtk_widget_get_sensitive (template_child (dialog, "save_button")));
  adw_dialog_close (ADW_DIALOG (dialog));
}

/* Printing uses the layout of the PDF: exported through GtkPrintOperation
 * it has the same pages as ido_report_layout_new() computes. */
static void
test_print (IdoUiFixture  *fixture,
            gconstpointer  data)
{
  IdoReportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(IdoReportDocument) document = NULL;
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  IdoReportOptions options = { IDO_REPORT_KIND_YEAR, 2025, NULL, 0 };

  ido_report_dialog_set_kind (dialog, IDO_REPORT_KIND_YEAR);
  ido_report_dialog_set_year (dialog, 2025);
  ido_report_dialog_print (dialog, path);
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (g_getenv ("IDO_REPORT_KEEP") != NULL)
    {
      g_autofree char *keep = g_build_filename (g_getenv ("IDO_REPORT_KEEP"), "printed.pdf", NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        g_file_set_contents (keep, contents, length, NULL);
    }

  document = ido_report_build (fixture->database, &options, &error);
  g_assert_no_error (error);
  layout = ido_report_layout_new (document);
  if (pdf_pages (path) < 0)
    return;
  g_assert_cmpint (pdf_pages (path), ==, (int) ido_report_layout_get_n_pages (layout));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "53.484,50"));
  g_assert_nonnull (strstr (text, "IDO Bibliotheek Voorbeeld Centrum"));
}

/* An empty database: the dialog still makes a (helpful) report. */
static void
test_empty (IdoUiFixture  *fixture,
            gconstpointer  data)
{
  IdoReportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "empty.pdf", NULL);

  ido_report_dialog_set_kind (dialog, IDO_REPORT_KIND_MEETING);
  ido_report_dialog_save_to (dialog, path);
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (pdf_pages (path) >= 0)
    g_assert_cmpint (pdf_pages (path), >=, 1);
}

/* At 360 pixels the dialog is a bottom sheet; everything stays reachable. */
static void
test_narrow (IdoUiFixture  *fixture,
             gconstpointer  data)
{
  IdoReportDialog *dialog;
  GtkWidget *save, *print;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  ido_ui_test_iterate (200);
  dialog = open_dialog (fixture);
  ido_report_dialog_set_kind (dialog, IDO_REPORT_KIND_MEETING);
  ido_ui_test_iterate (300);
  save = template_child (dialog, "save_button");
  print = template_child (dialog, "print_button");
  g_assert_true (gtk_widget_get_mapped (save));
  g_assert_true (gtk_widget_get_mapped (print));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  ido_test_screenshot (fixture->window, "report-dialog-narrow");
  adw_dialog_close (ADW_DIALOG (dialog));
}

/* The menu offers the reports and the exports. */
static void
test_actions (IdoUiFixture  *fixture,
              gconstpointer  data)
{
  GActionGroup *group = G_ACTION_GROUP (ido_ui_test_application ());
  const char * const names[] = { "reports", "export-list", "export-dossier", "import-dossier",
                                 "undo-dossier-import" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (g_action_group_has_action (group, names[i]));
      g_assert_true (g_action_group_get_action_enabled (group, names[i]));
    }
  g_assert_true (g_variant_type_equal (g_action_group_get_action_parameter_type (group, "export-list"),
                                       G_VARIANT_TYPE_STRING));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/reports/dialog", IDO_UI_TEST_SAMPLE, test_dialog);
  ADD ("/reports/save", IDO_UI_TEST_SAMPLE, test_save);
  ADD ("/reports/cancel", IDO_UI_TEST_SAMPLE, test_cancel);
  ADD ("/reports/print", IDO_UI_TEST_SAMPLE, test_print);
  ADD ("/reports/empty", IDO_UI_TEST_MUNICIPALITY, test_empty);
  ADD ("/reports/actions", IDO_UI_TEST_SAMPLE, test_actions);
  ADD ("/reports/narrow", IDO_UI_TEST_SAMPLE, test_narrow);
#undef ADD

  return g_test_run ();
}

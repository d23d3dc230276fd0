/* test-import-dialog.c: importing a dashboard export through the real
 * dialog: preview, reader options, mapping, check, rejected rows, import,
 * cancel, drop on the window, shortcut and accessible names.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With IDO_SCREENSHOT_DIR set the dialog speaks Dutch (when the catalogue
 * and locale exist) and every step is saved at 1280x800 and 360x760.
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ido-import-dialog.h"
#include "ido-import-preview.h"
#include "ido-mapping-row.h"
#include "ido-screenshot.h"
#include "ido-ui-test-utils.h"

#define LONG_CSV \
  "Periode;Gemeente;Indicator;Categorie;Telling\n" \
  "2024-Q1;Utrecht;Aantal vragen;;120\n" \
  "2024-Q1;Utrecht;Bezoeken;;95\n" \
  "2024-Q2;Utrecht;Aantal vragen;;131\n" \
  "2024-Q2;Utrecht;Bezoeken;;102\n"

/* é and € in Windows-1252 */
#define CP1252_CSV \
  "Periode;Gemeente;Locatie;Indicator;Categorie;Waarde\r\n" \
  "2024-Q1;Utrecht;Caf\xe9 Zuid;Onderwerp;\x80-regeling;12\r\n" \
  "2024-Q1;Utrecht;Caf\xe9 Zuid;Aantal vragen;;40\r\n"

#define REJECTED_CSV \
  "Periode;Gemeente;Indicator;Waarde\n" \
  "2024-Q3;Utrecht;Aantal vragen;210\n" \
  "2024-Q3;Atlantis;Aantal vragen;12\n" \
  "2024-Q3;Utrecht;Bezoeken;veel\n" \
  "2024-Q3;Utrecht;Tevredenheid;8,1\n"

/* One row per period and place, one column per indicator; two columns are
 * not recognised and hold numbers, so they start as custom indicators. */
#define WIDE_CSV \
  "Periode;Gemeente;Aantal vragen;Klik en Tik;Spreekuur;Uitleen\n" \
  "2024-Q1;Utrecht;120;7;3;40\n" \
  "2024-Q2;Utrecht;131;9;4;44\n"

/* Dates that read two ways; "8.1" shows international notation, so no
 * date order is assumed. Day first: Q2 and Q4; month first: Q1 and Q2. */
#define DATES_CSV \
  "Periode;Gemeente;Tevredenheid\n" \
  "03-04-2024;Utrecht;8.1\n" \
  "05-10-2024;Utrecht;7.9\n"

/* Only numbers that read two ways: Dutch makes them 1.234 visits (not a
 * whole number), international 1234. */
#define NUMBERS_CSV \
  "Periode;Gemeente;Bezoeken\n" \
  "2024-Q1;Utrecht;1,234\n" \
  "2024-Q2;Utrecht;2,500\n"

#define CHECKED_CSV \
  "Periode;Gemeente;Indicator;Waarde\n" \
  "2024-Q1;Utrecht;Aantal vragen;10\n" \
  "2024-Q1;Utrecht;Bezoeken;20\n"

static gboolean dutch;

static GFile *
write_fixture (IdoUiFixture *fixture,
               const char   *name,
               const char   *contents,
               gssize        length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gint64
count_rows (IdoDatabase *db,
            const char  *query)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (db, query, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (ido_database_step (db, stmt, &has_row, NULL));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static gpointer
child (gpointer    dialog,
       const char *name)
{
  return ido_ui_test_child (dialog, IDO_TYPE_IMPORT_DIALOG, name);
}

typedef struct
{
  IdoImportDialog *dialog;
  const char      *state;
} StateWait;

static gboolean
has_state (gpointer data)
{
  StateWait *wait = data;

  return g_strcmp0 (ido_import_dialog_get_state (wait->dialog), wait->state) == 0;
}

static gboolean
is_settled (gpointer data)
{
  const char *state = ido_import_dialog_get_state (data);

  return g_strcmp0 (state, "reading") != 0 && g_strcmp0 (state, "checking") != 0 &&
         g_strcmp0 (state, "importing") != 0;
}

static void
wait_for_state (IdoImportDialog *dialog,
                const char      *state)
{
  StateWait wait = { dialog, state };

  g_assert_true (ido_ui_test_wait (is_settled, dialog));
  if (!has_state (&wait))
    g_error ("dialog is %s, expected %s", ido_import_dialog_get_state (dialog), state);
}

static IdoImportDialog *
open_dialog (IdoUiFixture *fixture,
             GFile        *file)
{
  AdwDialog *dialog = ido_import_dialog_new (fixture->database, file, NULL);

  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  if (file != NULL)
    wait_for_state (IDO_IMPORT_DIALOG (dialog), "preview");
  return IDO_IMPORT_DIALOG (dialog);
}

static void
close_dialog (IdoImportDialog *dialog)
{
  adw_dialog_force_close (ADW_DIALOG (dialog));
  ido_ui_test_iterate (20);
}

static IdoMappingRow *
find_mapping_row (IdoImportDialog *dialog,
                  const char      *header)
{
  GtkWidget *list = child (dialog, "mapping_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      if (IDO_IS_MAPPING_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), header) == 0)
        return IDO_MAPPING_ROW (row);
    }
  return NULL;
}

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
activate_row (gpointer row)
{
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_true (adw_action_row_get_activatable_widget (row) != NULL ||
                 gtk_list_box_row_get_activatable (row));
  g_signal_emit_by_name (row, "activated");
}

static void
check (IdoImportDialog *dialog)
{
  click (child (dialog, "check_button"));
  wait_for_state (dialog, "checked");
}

static void
screenshot (IdoUiFixture *fixture,
            const char   *name)
{
  ido_ui_test_iterate (300);
  ido_test_screenshot (fixture->window, name);
}

/* Opens with a file: the preview shows its rows and columns; the column that
 * is not recognised holds the values once mapped, and then it checks. */
static void
test_preview_and_mapping (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "lang.csv", LONG_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  IdoImportPreview *preview = child (dialog, "preview");
  GtkWidget *check_button = child (dialog, "check_button");
  IdoMappingRow *row;
  IdoImportReport *report;

  g_assert_cmpuint (ido_import_preview_get_n_rows (preview), ==, 4);
  /* ... and the table shows them. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      ido_ui_test_child (preview, IDO_TYPE_IMPORT_PREVIEW, "column_view")))), ==, 4);
  g_assert_cmpuint (ido_import_preview_get_n_columns (preview), ==, 5);
  g_assert_cmpstr (ido_import_preview_get_header (preview, 1), ==, "Gemeente");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 2, 0), ==, "2024-Q2");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 3, 4), ==, "102");

  /* "Telling" is not recognised: it asks, and nothing can be checked yet. */
  row = find_mapping_row (dialog, "Telling");
  g_assert_nonnull (row);
  g_assert_cmpint (ido_mapping_row_get_field (row), ==, IDO_FIELD_NONE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "warning"));
  g_assert_false (gtk_widget_get_sensitive (check_button));
  g_assert_true (gtk_widget_get_visible (child (dialog, "mapping_error_label")));
  g_assert_cmpint (ido_mapping_row_get_field (find_mapping_row (dialog, "Periode")), ==, IDO_FIELD_PERIOD);

  ido_mapping_row_set_field (row, IDO_FIELD_VALUE);
  g_assert_cmpint (ido_mapping_get_field (ido_import_dialog_get_mapping (dialog), 4), ==, IDO_FIELD_VALUE);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "warning"));
  g_assert_true (gtk_widget_get_sensitive (check_button));
  g_assert_false (gtk_widget_get_visible (child (dialog, "mapping_error_label")));
  /* The preview's column now says where it goes. */
  g_assert_nonnull (strstr (ido_import_preview_get_title (preview, 4), ido_field_get_label (IDO_FIELD_VALUE)));

  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_new (report), ==, 4);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "new_label")), ==, "4");
  g_assert_true (gtk_widget_get_visible (child (dialog, "import_button")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "rejected_group")));
  /* A check is a dry run. */
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
  close_dialog (dialog);
}

/* Encoding and delimiter change what the preview shows. */
static void
test_reader_options (IdoUiFixture  *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "excel.csv", CP1252_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  IdoImportPreview *preview = child (dialog, "preview");
  AdwComboRow *encoding = child (dialog, "encoding_row");
  AdwComboRow *delimiter = child (dialog, "delimiter_row");

  /* Detected: Windows-1252, so é and € are right. */
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 2), ==, "Café Zuid");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 4), ==, "€-regeling");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (encoding)), "WINDOWS-1252"));
  g_assert_cmpuint (ido_import_preview_get_n_columns (preview), ==, 6);

  /* Read as UTF-8 it is no longer right (or cannot be read at all). */
  adw_combo_row_set_selected (encoding, 1);
  g_assert_true (ido_ui_test_wait (is_settled, dialog));
  if (g_str_equal (ido_import_dialog_get_state (dialog), "preview"))
    g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 2), !=, "Café Zuid");
  else
    {
      /* The settings stay in view with the reason, to choose again. */
      g_assert_cmpstr (ido_import_dialog_get_state (dialog), ==, "error");
      g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, "preview_stack")), ==, "ready");
      g_assert_true (gtk_widget_get_visible (child (dialog, "mapping_error_label")));
      g_assert_cmpuint (ido_import_preview_get_n_rows (preview), ==, 0);
    }

  adw_combo_row_set_selected (encoding, 2);
  wait_for_state (dialog, "preview");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 2), ==, "Café Zuid");

  /* A comma splits nothing here: one column per line. */
  adw_combo_row_set_selected (delimiter, 2);
  g_assert_true (ido_ui_test_wait (is_settled, dialog));
  g_assert_cmpuint (ido_import_preview_get_n_columns (preview), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "check_button")));
  adw_combo_row_set_selected (delimiter, 1);
  wait_for_state (dialog, "preview");
  g_assert_cmpuint (ido_import_preview_get_n_columns (preview), ==, 6);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "check_button")));
  close_dialog (dialog);
}

/* A workbook: its sheets can be chosen, the first is read. */
static void
test_workbook_sheets (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures",
                                            "dashboard.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  IdoImportPreview *preview = child (dialog, "preview");
  AdwComboRow *sheet = child (dialog, "sheet_row");
  GListModel *sheets = adw_combo_row_get_model (sheet);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sheet)));
  g_assert_false (gtk_widget_get_visible (child (dialog, "delimiter_row")));
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sheets), 1), ==, "Toelichting");
  g_assert_cmpstr (ido_import_preview_get_header (preview, 2), ==, "Aantal vragen");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 1), ==, "Zwolle");
  g_assert_cmpuint (ido_import_preview_get_n_rows (preview), ==, 4);

  /* The second sheet holds only a note: no header, nothing to check. */
  adw_combo_row_set_selected (sheet, 1);
  g_assert_true (ido_ui_test_wait (is_settled, dialog));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "check_button")));
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 1), !=, "Zwolle");
  adw_combo_row_set_selected (sheet, 0);
  wait_for_state (dialog, "preview");
  g_assert_cmpstr (ido_import_preview_get_cell (preview, 0, 1), ==, "Zwolle");
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 2);
  close_dialog (dialog);
}

/* Rejected rows: the check lists them and nothing is imported unless the
 * user explicitly chooses the valid rows only. */
static void
test_rejected_rows (IdoUiFixture  *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "fouten.csv", REJECTED_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  GtkListView *view = child (dialog, "rejected_view");
  IdoImportReport *report;
  const IdoRejection *rejection;
  g_autofree char *csv = NULL;
  g_autofree char *saved = g_build_filename (fixture->dir, "afgewezen.csv", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GError) error = NULL;

  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 2);
  g_assert_true (gtk_widget_get_visible (child (dialog, "rejected_group")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "valid_only_button")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "import_button")));
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "rejected_label")), ==, "2");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 2);
  rejection = ido_import_report_get_rejection (report, 0);
  g_assert_cmpuint (rejection->row, ==, 3);
  g_assert_cmpstr (rejection->value, ==, "Atlantis");
  g_assert_cmpstr (rejection->reason, !=, "");

  /* The report can be saved as CSV (what the Save button writes). */
  g_assert_true (ido_import_report_save_csv (report, saved_file, &error));
  g_assert_no_error (error);
  g_file_get_contents (saved, &csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv, "Atlantis"));
  g_assert_nonnull (strstr (csv, "veel"));

  /* Nothing yet. */
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  click (child (dialog, "valid_only_button"));
  wait_for_state (dialog, "done");
  report = ido_import_dialog_get_report (dialog);
  g_assert_true (ido_import_report_get_committed (report));
  g_assert_cmpuint (ido_import_report_get_n_new (report), ==, 2);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 2);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 1);
  close_dialog (dialog);
}

/* Closing with rejected rows imports nothing. */
static void
test_rejected_cancel (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "fouten.csv", REJECTED_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);

  check (dialog);
  click (child (dialog, "close_button"));
  ido_ui_test_iterate (50);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)));
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
}

static void
on_changed_cb (IdoDatabase *database,
               const char  *table,
               guint       *count)
{
  if (g_strcmp0 (table, "observation") == 0)
    (*count)++;
}

/* Import: observations in the database, "changed" emitted, a toast; and
 * saving the mapping makes it apply by itself next time. */
static void
test_import_and_preset (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "lang.csv", LONG_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  AdwBanner *banner;
  guint changed = 0;

  g_signal_connect (fixture->database, "changed", G_CALLBACK (on_changed_cb), &changed);
  ido_mapping_row_set_field (find_mapping_row (dialog, "Telling"), IDO_FIELD_VALUE);
  check (dialog);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "preset_row")), "KB per kwartaal");
  g_signal_emit_by_name (child (dialog, "preset_row"), "apply");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 4);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                               "WHERE o.period = '2024Q2' AND i.code = 'visits' AND o.value = 102"), ==, 1);
  g_assert_cmpuint (changed, >, 0);
  close_dialog (dialog);
  g_signal_handlers_disconnect_by_func (fixture->database, on_changed_cb, &changed);

  /* Next time the saved mapping is found by the columns. */
  dialog = open_dialog (fixture, file);
  banner = child (dialog, "preset_banner");
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "KB per kwartaal"));
  g_assert_cmpint (ido_mapping_row_get_field (find_mapping_row (dialog, "Telling")), ==, IDO_FIELD_VALUE);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "check_button")));
  /* Importing the same file again changes nothing. */
  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_unchanged (ido_import_dialog_get_report (dialog)), ==, 4);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  close_dialog (dialog);
}

/* Cancelling the import leaves the database as it was. */
static void
test_cancel_import (IdoUiFixture  *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GString) csv = g_string_new ("Periode;Gemeente;Indicator;Categorie;Waarde\n");
  g_autoptr(GFile) file = NULL;
  IdoImportDialog *dialog;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "2024-Q%u;Utrecht;Onderwerp;Onderwerp %u;%u\n", 1 + i % 4, i, i % 50);
  file = write_fixture (fixture, "groot.csv", csv->str, (gssize) csv->len);
  dialog = open_dialog (fixture, file);
  /* Cancelling the check goes back to the columns. */
  click (child (dialog, "check_button"));
  g_assert_cmpstr (ido_import_dialog_get_state (dialog), ==, "checking");
  click (child (dialog, "check_cancel_button"));
  g_assert_cmpstr (ido_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpstr (adw_navigation_view_get_visible_page_tag (child (dialog, "navigation_view")), ==, "preview");
  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 20000);
  /* The check showed its progress on the way. */
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (child (dialog, "check_progress")), >, 0.0);
  click (child (dialog, "import_button"));
  g_assert_cmpstr (ido_import_dialog_get_state (dialog), ==, "importing");
  click (child (dialog, "import_cancel_button"));
  wait_for_state (dialog, "checked");
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
  close_dialog (dialog);
}

/* A file dropped on the window opens the dialog with it. */
static void
test_drop_opens_dialog (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "lang.csv", LONG_CSV, -1);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  GtkDropTarget *target = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  AdwDialog *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_IMPORT_DIALOG (dialog));
  g_assert_true (g_file_equal (ido_import_dialog_get_file (IDO_IMPORT_DIALOG (dialog)), file));
  wait_for_state (IDO_IMPORT_DIALOG (dialog), "preview");
  close_dialog (IDO_IMPORT_DIALOG (dialog));
}

/* Ctrl+I opens the dialog at the first step. */
static void
test_action_and_shortcut (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (ido_ui_test_application ()),
                                                                 "win.import-dashboard");
  AdwDialog *dialog;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>i"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-dashboard", NULL));
  ido_ui_test_iterate (50);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (ido_import_dialog_get_state (IDO_IMPORT_DIALOG (dialog)), ==, "choose");
  g_assert_null (ido_import_dialog_get_file (IDO_IMPORT_DIALOG (dialog)));
  close_dialog (IDO_IMPORT_DIALOG (dialog));
}

static GtkWidget *
list_row_after (GtkWidget *row,
                guint      steps)
{
  for (guint i = 0; i < steps && row != NULL; i++)
    row = gtk_widget_get_next_sibling (row);
  return row;
}

/* Wide file: a value column's indicator is chosen from the shared
 * vocabulary (or kept as its own); the preview, the check, the database and
 * the saved mapping follow the choice. */
static void
test_value_column_indicator (IdoUiFixture  *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "breed.csv", WIDE_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  IdoImportPreview *preview = child (dialog, "preview");
  IdoMappingRow *klik = find_mapping_row (dialog, "Klik en Tik");
  IdoMappingRow *uitleen = find_mapping_row (dialog, "Uitleen");
  IdoMappingRow *period = find_mapping_row (dialog, "Periode");
  GtkWidget *indicator_row, *category_row;
  GListModel *choices;
  guint n_choices;
  g_autoptr(IdoMapping) preset = NULL;
  g_autoptr(GError) error = NULL;
  IdoImportReport *report;

  g_assert_nonnull (klik);
  indicator_row = ido_mapping_row_get_indicator_row (klik);
  category_row = ido_mapping_row_get_category_row (klik);
  /* Shown right below the column's row, only for value columns. */
  g_assert_true (list_row_after (GTK_WIDGET (klik), 1) == indicator_row);
  g_assert_true (list_row_after (GTK_WIDGET (klik), 2) == category_row);
  g_assert_true (gtk_widget_get_visible (indicator_row));
  g_assert_false (gtk_widget_get_visible (category_row));
  g_assert_false (gtk_widget_get_visible (ido_mapping_row_get_indicator_row (period)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (indicator_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       dutch ? "Indicator van kolom ‘Klik en Tik’" : "Indicator of column “Klik en Tik”");

  /* Not recognised: its own indicator, named after the header, offered
   * last after the vocabulary, built-in indicators first. */
  g_assert_cmpint (ido_mapping_row_get_field (klik), ==, IDO_FIELD_VALUE);
  g_assert_cmpstr (ido_mapping_row_get_indicator (klik), ==, "custom:klik en tik");
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (indicator_row));
  n_choices = g_list_model_get_n_items (choices);
  g_assert_cmpuint (n_choices, >=, 14);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, dutch ? "Vragen" : "Questions");
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), n_choices - 1), "Klik en Tik"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (indicator_row)), ==, n_choices - 1);
  g_assert_nonnull (strstr (ido_import_preview_get_title (preview, 3), dutch ? "Eigen indicator" : "Own indicator"));

  /* Question topics, with a fixed category: the category row appears. */
  g_assert_true (ido_mapping_row_set_indicator (klik, "topic"));
  g_assert_true (gtk_widget_get_visible (category_row));
  ido_mapping_row_set_category (klik, "Klik en Tik");
  g_assert_cmpstr (ido_mapping_get_indicator (ido_import_dialog_get_mapping (dialog), 3), ==, "topic");
  g_assert_cmpstr (ido_mapping_get_category (ido_import_dialog_get_mapping (dialog), 3), ==, "Klik en Tik");
  g_assert_nonnull (strstr (ido_import_preview_get_title (preview, 3), dutch ? "Vraagonderwerpen" : "Question topics"));
  g_assert_nonnull (strstr (ido_import_preview_get_title (preview, 3), "· Klik en Tik"));

  /* Visits: no categories. */
  g_assert_true (ido_mapping_row_set_indicator (uitleen, "visits"));
  g_assert_false (gtk_widget_get_visible (ido_mapping_row_get_category_row (uitleen)));
  g_assert_cmpstr (ido_mapping_get_indicator (ido_import_dialog_get_mapping (dialog), 5), ==, "visits");
  g_assert_nonnull (strstr (ido_import_preview_get_title (preview, 5), dutch ? "Bezoeken" : "Visits"));

  /* A column left out hides its indicator; mapped again it comes back. */
  ido_mapping_row_set_field (uitleen, IDO_FIELD_NONE);
  g_assert_false (gtk_widget_get_visible (ido_mapping_row_get_indicator_row (uitleen)));
  ido_mapping_row_set_field (uitleen, IDO_FIELD_VALUE);
  g_assert_true (gtk_widget_get_visible (ido_mapping_row_get_indicator_row (uitleen)));
  g_assert_cmpstr (ido_mapping_row_get_indicator (uitleen), ==, "custom:uitleen");
  g_assert_true (ido_mapping_row_set_indicator (uitleen, "visits"));

  /* The check counts with the choices: 4 value columns x 2 rows. */
  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_new (report), ==, 8);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "preset_row")), "Breed");
  g_signal_emit_by_name (child (dialog, "preset_row"), "apply");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                               "WHERE i.code = 'topic' AND o.category = 'Klik en Tik' AND o.period = '2024Q1' "
                               "AND o.value = 7"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                               "WHERE i.code = 'visits' AND o.period = '2024Q2' AND o.value = 44"), ==, 1);
  /* "Spreekuur" stayed its own indicator, with its label; the others did not. */
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                               "WHERE i.is_custom AND i.label = 'Spreekuur' AND o.value = 4"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM indicator WHERE is_custom"), ==, 1);
  close_dialog (dialog);

  /* Saved in the mapping, and applied next time. */
  preset = ido_mapping_load_preset (fixture->database, "Breed", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ido_mapping_get_indicator (preset, 3), ==, "topic");
  g_assert_cmpstr (ido_mapping_get_category (preset, 3), ==, "Klik en Tik");
  g_assert_cmpstr (ido_mapping_get_indicator (preset, 5), ==, "visits");
  dialog = open_dialog (fixture, file);
  g_assert_cmpstr (ido_mapping_row_get_indicator (find_mapping_row (dialog, "Uitleen")), ==, "visits");
  g_assert_cmpstr (ido_mapping_row_get_indicator (find_mapping_row (dialog, "Klik en Tik")), ==, "topic");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ido_mapping_row_get_category_row (
                     find_mapping_row (dialog, "Klik en Tik")))), ==, "Klik en Tik");
  /* The custom indicator made by the import is offered once, as its own. */
  indicator_row = ido_mapping_row_get_indicator_row (find_mapping_row (dialog, "Spreekuur"));
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (indicator_row));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, n_choices);
  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_unchanged (ido_import_dialog_get_report (dialog)), ==, 8);
  close_dialog (dialog);
}

/* An indicator column names the indicator: value columns get no choice. */
static void
test_indicator_column_hides_choice (IdoUiFixture  *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "lang.csv", LONG_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  IdoMappingRow *row = find_mapping_row (dialog, "Telling");

  ido_mapping_row_set_field (row, IDO_FIELD_VALUE);
  g_assert_false (gtk_widget_get_visible (ido_mapping_row_get_indicator_row (row)));
  /* Without the indicator column the value column needs one. */
  ido_mapping_row_set_field (find_mapping_row (dialog, "Indicator"), IDO_FIELD_NONE);
  g_assert_true (gtk_widget_get_visible (ido_mapping_row_get_indicator_row (row)));
  close_dialog (dialog);
}

/* Dates that read two ways are refused until the date order is chosen;
 * the check points to the setting; day first makes 03-04-2024 3 April. */
static void
test_date_order (IdoUiFixture  *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "datums.csv", DATES_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  AdwComboRow *order = child (dialog, "date_order_row");
  AdwComboRow *notation = child (dialog, "notation_row");
  IdoImportReport *report;
  g_autoptr(IdoMapping) preset = NULL;

  /* International numbers: nothing is assumed about dates. */
  g_assert_cmpuint (adw_combo_row_get_selected (order), ==, 0);
  g_assert_cmpint (ido_mapping_get_date_order (ido_import_dialog_get_mapping (dialog)), ==, IDO_DATE_ORDER_NONE);
  g_assert_cmpuint (adw_combo_row_get_selected (notation), ==, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (notation)), "1,234.56"));

  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 2);
  g_assert_cmpstr (ido_import_report_get_rejection (report, 0)->value, ==, "03-04-2024");
  g_assert_true (gtk_widget_get_visible (child (dialog, "hint_group")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "date_hint_row")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "notation_hint_row")));

  /* The hint leads back to the setting. */
  activate_row (child (dialog, "date_hint_row"));
  ido_ui_test_iterate (20);
  g_assert_cmpstr (adw_navigation_view_get_visible_page_tag (child (dialog, "navigation_view")), ==, "preview");
  g_assert_cmpstr (ido_import_dialog_get_state (dialog), ==, "preview");
  adw_combo_row_set_selected (order, 1);
  g_assert_cmpint (ido_mapping_get_date_order (ido_import_dialog_get_mapping (dialog)), ==, IDO_DATE_ORDER_DAY_FIRST);

  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 0);
  g_assert_cmpuint (ido_import_report_get_n_new (report), ==, 2);
  g_assert_false (gtk_widget_get_visible (child (dialog, "hint_group")));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "preset_row")), "Datums");
  g_signal_emit_by_name (child (dialog, "preset_row"), "apply");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  /* 3 April and 5 October: the second and fourth quarter. */
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation WHERE period = '2024Q2' AND value = 8.1"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation WHERE period = '2024Q4' AND value = 7.9"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 2);
  close_dialog (dialog);

  preset = ido_mapping_load_preset (fixture->database, "Datums", NULL);
  g_assert_nonnull (preset);
  g_assert_cmpint (ido_mapping_get_date_order (preset), ==, IDO_DATE_ORDER_DAY_FIRST);
  g_assert_cmpint (ido_mapping_get_notation (preset), ==, IDO_NOTATION_ENGLISH);
  /* Next time the saved order shows. */
  dialog = open_dialog (fixture, file);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "date_order_row")), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "notation_row")), ==, 2);
  close_dialog (dialog);
}

/* "1,234" reads as a fraction in Dutch notation, as 1234 in international. */
static void
test_number_notation (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "getallen.csv", NUMBERS_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  AdwComboRow *notation = child (dialog, "notation_row");
  IdoImportReport *report;
  g_autoptr(IdoMapping) preset = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (notation), ==, 0);
  g_assert_cmpint (ido_mapping_get_notation (ido_import_dialog_get_mapping (dialog)), ==, IDO_NOTATION_DUTCH);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (notation)), "1.234,56"));
  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 2);
  g_assert_true (gtk_widget_get_visible (child (dialog, "notation_hint_row")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "date_hint_row")));

  activate_row (child (dialog, "notation_hint_row"));
  ido_ui_test_iterate (20);
  g_assert_cmpstr (adw_navigation_view_get_visible_page_tag (child (dialog, "navigation_view")), ==, "preview");
  adw_combo_row_set_selected (notation, 2);
  g_assert_cmpint (ido_mapping_get_notation (ido_import_dialog_get_mapping (dialog)), ==, IDO_NOTATION_ENGLISH);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (notation)), ==, "");
  check (dialog);
  report = ido_import_dialog_get_report (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (report), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "preset_row")), "Internationaal");
  g_signal_emit_by_name (child (dialog, "preset_row"), "apply");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation WHERE period = '2024Q1' AND value = 1234"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM observation WHERE period = '2024Q2' AND value = 2500"), ==, 1);
  close_dialog (dialog);
  preset = ido_mapping_load_preset (fixture->database, "Internationaal", NULL);
  g_assert_nonnull (preset);
  g_assert_cmpint (ido_mapping_get_notation (preset), ==, IDO_NOTATION_ENGLISH);

  /* Back to Dutch, explicitly: the same values are refused again. */
  dialog = open_dialog (fixture, file);
  notation = child (dialog, "notation_row");
  g_assert_cmpuint (adw_combo_row_get_selected (notation), ==, 2);
  adw_combo_row_set_selected (notation, 1);
  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_rejected (ido_import_dialog_get_report (dialog)), ==, 2);
  close_dialog (dialog);
}

static void
rewrite (GFile      *file,
         const char *contents)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* The file changes after the check: Import and "valid rows only" check it
 * again instead of importing rows the user never saw. */
static void
test_file_changed (IdoUiFixture  *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "gecontroleerd.csv", CHECKED_CSV, -1);
  g_autoptr(GFile) rejected = NULL;
  IdoImportDialog *dialog = open_dialog (fixture, file);
  AdwBanner *banner = child (dialog, "changed_banner");

  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 2);
  g_assert_false (adw_banner_get_revealed (banner));
  rewrite (file, CHECKED_CSV "2024-Q2;Utrecht;Aantal vragen;30\n");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "checked");
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_cmpstr (adw_banner_get_title (banner), ==,
                   dutch ? "Het bestand is gewijzigd sinds de controle; opnieuw gecontroleerd."
                         : "The file has changed since the check; checked again.");
  g_assert_cmpstr (adw_navigation_view_get_visible_page_tag (child (dialog, "navigation_view")), ==, "check");
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 3);
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "new_label")), ==, "3");
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
  /* Now it is what was checked. */
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 3);
  close_dialog (dialog);

  /* "Valid rows only" after a change: checked again, nothing imported. */
  rejected = write_fixture (fixture, "fouten.csv", REJECTED_CSV, -1);
  dialog = open_dialog (fixture, rejected);
  check (dialog);
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 2);
  rewrite (rejected, REJECTED_CSV "2024-Q4;Atlantis;Bezoeken;5\n2024-Q4;Utrecht;Bezoeken;17\n");
  click (child (dialog, "valid_only_button"));
  wait_for_state (dialog, "checked");
  g_assert_true (adw_banner_get_revealed (child (dialog, "changed_banner")));
  g_assert_cmpuint (ido_import_report_get_n_rejected (ido_import_dialog_get_report (dialog)), ==, 3);
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 3);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 3);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 1);
  close_dialog (dialog);
}

/* Other bytes with the same size and time: the import's SHA-256 differs
 * from the check's, so the import rolls back before its commit and the
 * file is checked again. */
static void
test_file_changed_same_stamp (IdoUiFixture  *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "gelijk.csv", CHECKED_CSV, -1);
  g_autofree char *path = g_file_get_path (file);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  GStatBuf before;
  struct timespec times[2];

  check (dialog);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  rewrite (file, "Periode;Gemeente;Indicator;Waarde\n"
                 "2024-Q1;Utrecht;Aantal vragen;99\n"
                 "2024-Q1;Utrecht;Bezoeken;20\n");
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "checked");
  g_assert_true (adw_banner_get_revealed (child (dialog, "changed_banner")));
  /* Never written: no row and no batch of the unseen file. */
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM import_batch"), ==, 0);
  /* The new check shows the new value: 99 questions. */
  g_assert_cmpuint (ido_import_report_get_n_new (ido_import_dialog_get_report (dialog)), ==, 2);
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "done");
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation WHERE value = 99"), ==, 1);
  close_dialog (dialog);
}

static void
assert_named (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_PREFERENCES_ROW (c))
        {
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), !=, "");
          continue;
        }
      if (ADW_IS_HEADER_BAR (c) || ADW_IS_BANNER (c))
        continue;
      if (GTK_IS_BUTTON (c) && !GTK_IS_MENU_BUTTON (c))
        g_assert_true ((gtk_button_get_label (GTK_BUTTON (c)) != NULL && *gtk_button_get_label (GTK_BUTTON (c))) ||
                       gtk_test_accessible_has_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL));
      else if ((GTK_IS_PROGRESS_BAR (c) || GTK_IS_COLUMN_VIEW (c) || GTK_IS_LIST_VIEW (c)) &&
               !gtk_test_accessible_has_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("%s %s has no accessible name", G_OBJECT_TYPE_NAME (c), gtk_widget_get_name (c));
      if (!GTK_IS_COLUMN_VIEW (c) && !GTK_IS_LIST_VIEW (c))
        assert_named (c);
    }
}

/* Every control of every step has a name, and the mapping rows are named
 * by the column's header. */
static void
test_accessible_names (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GFile) file = write_fixture (fixture, "fouten.csv", REJECTED_CSV, -1);
  IdoImportDialog *dialog = open_dialog (fixture, file);
  AdwNavigationView *view = child (dialog, "navigation_view");
  const char * const tags[] = { "choose", "preview", "check", "import" };

  check (dialog);
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    assert_named (GTK_WIDGET (adw_navigation_view_find_page (view, tags[i])));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child (dialog, "mapping_list")),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_mapping_row (dialog, "Gemeente")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Gemeente");
  close_dialog (dialog);
}

/* Scrolls the page so that @widget is near the top, for a screenshot. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_point_t point;

  ido_ui_test_iterate (100);
  g_assert_nonnull (scrolled);
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 24);
}

/* With IDO_SCREENSHOT_DIR: every step, wide and narrow. */
static void
take_screenshots (IdoUiFixture *fixture,
                  int           width,
                  int           height)
{
  g_autoptr(GFile) unmapped = write_fixture (fixture, "lang.csv", LONG_CSV, -1);
  g_autoptr(GFile) rejected = write_fixture (fixture, "fouten.csv", REJECTED_CSV, -1);
  g_autoptr(GFile) wide = write_fixture (fixture, "breed.csv", WIDE_CSV, -1);
  g_autoptr(GFile) dates = write_fixture (fixture, "datums.csv", DATES_CSV, -1);
  g_autoptr(GFile) checked = write_fixture (fixture, "gecontroleerd.csv", CHECKED_CSV, -1);
  g_autofree char *size = g_strdup_printf ("%dx%d", width, height);
  g_autofree char *name = NULL;
  IdoImportDialog *dialog;

  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, width, height);
  ido_ui_test_iterate (300);
  dialog = open_dialog (fixture, NULL);
  screenshot (fixture, (name = g_strdup_printf ("import-1-choose-%s", size)));
  g_free (name);
  ido_import_dialog_set_file (dialog, unmapped);
  wait_for_state (dialog, "preview");
  screenshot (fixture, (name = g_strdup_printf ("import-2-preview-%s", size)));
  g_free (name);
  ido_mapping_row_set_field (find_mapping_row (dialog, "Telling"), IDO_FIELD_VALUE);
  gtk_widget_grab_focus (GTK_WIDGET (find_mapping_row (dialog, "Telling")));
  screenshot (fixture, (name = g_strdup_printf ("import-2-preview-mapped-%s", size)));
  g_free (name);
  ido_import_dialog_set_file (dialog, wide);
  wait_for_state (dialog, "preview");
  ido_mapping_row_set_indicator (find_mapping_row (dialog, "Klik en Tik"), "topic");
  ido_mapping_row_set_category (find_mapping_row (dialog, "Klik en Tik"), "Klik en Tik");
  scroll_to (GTK_WIDGET (find_mapping_row (dialog, "Aantal vragen")));
  screenshot (fixture, (name = g_strdup_printf ("import-2-preview-wide-%s", size)));
  g_free (name);
  ido_import_dialog_set_file (dialog, dates);
  wait_for_state (dialog, "preview");
  scroll_to (child (dialog, "encoding_row"));
  screenshot (fixture, (name = g_strdup_printf ("import-2-preview-settings-%s", size)));
  g_free (name);
  check (dialog);
  screenshot (fixture, (name = g_strdup_printf ("import-3-check-dates-%s", size)));
  g_free (name);
  ido_import_dialog_set_file (dialog, checked);
  wait_for_state (dialog, "preview");
  check (dialog);
  rewrite (checked, CHECKED_CSV "2024-Q2;Utrecht;Aantal vragen;30\n");
  click (child (dialog, "import_button"));
  wait_for_state (dialog, "checked");
  screenshot (fixture, (name = g_strdup_printf ("import-3-check-changed-%s", size)));
  g_free (name);
  ido_import_dialog_set_file (dialog, rejected);
  wait_for_state (dialog, "preview");
  check (dialog);
  screenshot (fixture, (name = g_strdup_printf ("import-3-check-rejected-%s", size)));
  g_free (name);
  click (child (dialog, "valid_only_button"));
  wait_for_state (dialog, "done");
  screenshot (fixture, (name = g_strdup_printf ("import-4-done-%s", size)));
  close_dialog (dialog);
}

static void
test_screenshots (IdoUiFixture  *fixture,
                  gconstpointer  user_data)
{
  if (g_getenv ("IDO_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("only with IDO_SCREENSHOT_DIR");
      return;
    }
  take_screenshots (fixture, 1280, 800);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM observation"), ==, 2);
  /* The same steps again, from an empty start. */
  g_assert_true (ido_database_exec (fixture->database,
                                    "DELETE FROM observation_change; DELETE FROM observation; "
                                    "DELETE FROM import_batch", NULL));
  take_screenshots (fixture, 360, 760);
}

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (g_getenv ("IDO_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *catalogue = g_build_filename (TEST_LOCALEDIR, "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      g_setenv ("LANGUAGE", "nl", TRUE);
      dutch = setlocale (LC_ALL, "nl_NL.UTF-8") != NULL && g_file_test (catalogue, G_FILE_TEST_EXISTS);
      bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  ido_ui_test_application ();
  if (g_getenv ("IDO_SCREENSHOT_DIR") != NULL && !dutch)
    g_printerr ("No Dutch catalogue or nl_NL.UTF-8 locale: the screenshots are in English\n");

  ADD ("/ui/import-dialog/preview-and-mapping", IDO_UI_TEST_MUNICIPALITY, test_preview_and_mapping);
  ADD ("/ui/import-dialog/reader-options", IDO_UI_TEST_MUNICIPALITY, test_reader_options);
  ADD ("/ui/import-dialog/workbook-sheets", IDO_UI_TEST_MUNICIPALITY, test_workbook_sheets);
  ADD ("/ui/import-dialog/rejected-rows", IDO_UI_TEST_MUNICIPALITY, test_rejected_rows);
  ADD ("/ui/import-dialog/rejected-cancel", IDO_UI_TEST_MUNICIPALITY, test_rejected_cancel);
  ADD ("/ui/import-dialog/import-and-preset", IDO_UI_TEST_MUNICIPALITY, test_import_and_preset);
  ADD ("/ui/import-dialog/cancel-import", IDO_UI_TEST_MUNICIPALITY, test_cancel_import);
  ADD ("/ui/import-dialog/value-column-indicator", IDO_UI_TEST_MUNICIPALITY, test_value_column_indicator);
  ADD ("/ui/import-dialog/indicator-column-hides-choice", IDO_UI_TEST_MUNICIPALITY,
       test_indicator_column_hides_choice);
  ADD ("/ui/import-dialog/date-order", IDO_UI_TEST_MUNICIPALITY, test_date_order);
  ADD ("/ui/import-dialog/number-notation", IDO_UI_TEST_MUNICIPALITY, test_number_notation);
  ADD ("/ui/import-dialog/file-changed", IDO_UI_TEST_MUNICIPALITY, test_file_changed);
  ADD ("/ui/import-dialog/file-changed-same-stamp", IDO_UI_TEST_MUNICIPALITY, test_file_changed_same_stamp);
  ADD ("/ui/import-dialog/drop", IDO_UI_TEST_MUNICIPALITY, test_drop_opens_dialog);
  ADD ("/ui/import-dialog/action", IDO_UI_TEST_MUNICIPALITY, test_action_and_shortcut);
  ADD ("/ui/import-dialog/accessible-names", IDO_UI_TEST_MUNICIPALITY, test_accessible_names);
  ADD ("/ui/import-dialog/screenshots", IDO_UI_TEST_MUNICIPALITY, test_screenshots);

  return g_test_run ();
}

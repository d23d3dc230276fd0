/* test-dossier-exchange.c: exporting and importing a dossier through the
 * real dialogs: choose parts, preview, decide a conflict, import, undo.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ido-dossier-change-row.h"
#include "ido-dossier-export.h"
#include "ido-dossier-export-dialog.h"
#include "ido-dossier-import.h"
#include "ido-dossier-import-dialog.h"
#include "ido-sql-util.h"
#include "ido-screenshot.h"
#include "ido-ui-test-utils.h"

#define WIJKTEAM "57ef9747-ccc0-573b-9e30-d7f4e78e4afa"

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
is_previewed (gpointer data)
{
  const char *state = ido_dossier_import_dialog_get_state (data);

  return g_strcmp0 (state, "busy") != 0;
}

static char *
text_of (IdoDatabase *db,
         const char  *query)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (db, query, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (ido_database_step (db, stmt, &has_row, NULL));
  return has_row ? ido_sql_column_dup_or_null (stmt, 0) : NULL;
}

static void
sql (IdoDatabase *db,
     const char  *statement)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (db, statement, &error));
  g_assert_no_error (error);
}

static GtkWidget *
find_conflict_row (GtkWidget *widget)
{
  if (IDO_IS_DOSSIER_CHANGE_ROW (widget) &&
      ido_dossier_change_row_get_change (IDO_DOSSIER_CHANGE_ROW (widget)) != NULL &&
      ido_dossier_change_get_kind (ido_dossier_change_row_get_change (IDO_DOSSIER_CHANGE_ROW (widget))) ==
      IDO_DOSSIER_CHANGE_CONFLICT)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_conflict_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gpointer
import_child (gpointer    dialog,
              const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), IDO_TYPE_DOSSIER_IMPORT_DIALOG, name);

  g_assert_nonnull (child);
  return child;
}

static void
test_export_dialog (IdoUiFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "partners.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  JsonObject *tables;
  GtkWidget *button;

  g_action_group_activate_action (G_ACTION_GROUP (ido_ui_test_application ()), "export-dossier", NULL);
  g_assert_true (ido_ui_test_wait (has_dialog, fixture->window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_DOSSIER_EXPORT_DIALOG (dialog));
  g_assert_cmpint (ido_dossier_export_dialog_get_parts (IDO_DOSSIER_EXPORT_DIALOG (dialog)), ==,
                   IDO_DOSSIER_PART_ALL);

  /* Nothing chosen: the button waits and says why. */
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), IDO_TYPE_DOSSIER_EXPORT_DIALOG,
                                                      "export_button"));
  ido_dossier_export_dialog_set_parts (IDO_DOSSIER_EXPORT_DIALOG (dialog), 0);
  g_assert_false (gtk_widget_get_sensitive (button));
  ido_dossier_export_dialog_set_parts (IDO_DOSSIER_EXPORT_DIALOG (dialog), IDO_DOSSIER_PART_PARTNERS);
  g_assert_true (gtk_widget_get_sensitive (button));
  ido_ui_test_iterate (300);
  ido_test_screenshot (fixture->window, "dossier-export-wide");

  ido_dossier_export_dialog_export_to (IDO_DOSSIER_EXPORT_DIALOG (dialog), path);
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
  g_assert_true (json_object_has_member (tables, "partner"));
  g_assert_true (json_object_has_member (tables, "referral_agreement"));
  g_assert_false (json_object_has_member (tables, "budget_year"));
}

static gboolean
notes_restored (gpointer data)
{
  IdoUiFixture *fixture = data;
  g_autofree char *notes = text_of (fixture->database, "SELECT notes FROM partner WHERE uuid = '" WIJKTEAM "'");

  return g_strcmp0 (notes, "Notitie hier") == 0;
}

/* A colleague's file with a row both changed: the preview shows the
 * conflict, Import waits for a choice, "Take theirs" imports theirs, and
 * the toast's Undo takes the import back. */
static void
test_import_conflict (IdoUiFixture  *fixture,
                      gconstpointer  data)
{
  g_autofree char *b_path = g_build_filename (fixture->dir, "collega.db", NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "collega.json", NULL);
  g_autoptr(IdoDatabase) b = NULL;
  g_autoptr(IdoDossierImport) to_b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  IdoDossierExportOptions options = { IDO_DOSSIER_PART_PARTNERS, NULL, NULL };
  g_autofree char *first = ido_dossier_export_to_data (fixture->database, &options, NULL, &error);
  AdwDialog *dialog;
  GtkWidget *row, *import_button;
  gint64 batch;

  g_assert_no_error (error);
  b = ido_database_open (b_path, &error);
  g_assert_no_error (error);
  to_b = ido_dossier_import_new_from_data (b, first, -1, "eerste.json", &error);
  g_assert_no_error (error);
  g_assert_true (ido_dossier_import_apply (to_b, NULL, &error));
  sql (b, "UPDATE partner SET notes = 'Notitie daar' WHERE uuid = '" WIJKTEAM "'");
  sql (fixture->database, "UPDATE partner SET notes = 'Notitie hier' WHERE uuid = '" WIJKTEAM "'");
  g_assert_true (ido_dossier_export_to_file (b, &options, file, &error));
  g_assert_no_error (error);

  dialog = ido_dossier_import_dialog_new (fixture->database, file);
  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  g_assert_true (ido_ui_test_wait (is_previewed, dialog));
  g_assert_cmpstr (ido_dossier_import_dialog_get_state (IDO_DOSSIER_IMPORT_DIALOG (dialog)), ==, "preview");
  ido_ui_test_iterate (100);

  import_button = import_child (dialog, "import_button");
  g_assert_false (gtk_widget_get_sensitive (import_button));
  row = find_conflict_row (GTK_WIDGET (dialog));
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Conflict: Chain partner, Sociaal Wijkteam Voorbeeld");
  g_signal_emit_by_name (ido_dossier_change_row_get_button (IDO_DOSSIER_CHANGE_ROW (row),
                                                           IDO_DOSSIER_RESOLUTION_TAKE_THEIRS), "clicked");
  g_assert_true (gtk_widget_get_sensitive (import_button));
  ido_test_screenshot (fixture->window, "dossier-import-wide");
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  ido_ui_test_iterate (300);
  ido_test_screenshot (fixture->window, "dossier-import-narrow");

  /* Nothing is written before Import. */
  notes = text_of (fixture->database, "SELECT notes FROM partner WHERE uuid = '" WIJKTEAM "'");
  g_assert_cmpstr (notes, ==, "Notitie hier");
  g_clear_pointer (&notes, g_free);

  g_signal_emit_by_name (import_button, "clicked");
  g_assert_true (ido_ui_test_wait (has_no_dialog, fixture->window));
  batch = ido_dossier_import_last_batch (fixture->database);
  g_assert_cmpint (batch, >, 0);
  notes = text_of (fixture->database, "SELECT notes FROM partner WHERE uuid = '" WIJKTEAM "'");
  g_assert_cmpstr (notes, ==, "Notitie daar");

  g_action_group_activate_action (G_ACTION_GROUP (ido_ui_test_application ()), "undo-dossier-import",
                                  g_variant_new_int64 (batch));
  g_assert_true (ido_ui_test_wait (notes_restored, fixture));
  g_assert_cmpint (ido_dossier_import_last_batch (fixture->database), !=, batch);
}

static void
test_damaged_file (IdoUiFixture  *fixture,
                   gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "kapot.json", NULL);
  AdwDialog *dialog;

  g_assert_true (g_file_set_contents (file, "{\"format\": \"iets anders\"}", -1, NULL));
  dialog = ido_dossier_import_dialog_new (fixture->database, file);
  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  g_assert_true (ido_ui_test_wait (is_previewed, dialog));
  g_assert_cmpstr (ido_dossier_import_dialog_get_state (IDO_DOSSIER_IMPORT_DIALOG (dialog)), ==, "error");
  g_assert_false (gtk_widget_get_sensitive (import_child (dialog, "import_button")));
  g_assert_cmpstr (adw_status_page_get_description (import_child (dialog, "error_page")), ==,
                   "This is not a dossier file of IDO Regie.");
  adw_dialog_close (dialog);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/dossier-ui/export-dialog", IDO_UI_TEST_SAMPLE, test_export_dialog);
  ADD ("/dossier-ui/import-conflict", IDO_UI_TEST_SAMPLE, test_import_conflict);
  ADD ("/dossier-ui/damaged-file", IDO_UI_TEST_SAMPLE, test_damaged_file);
#undef ADD

  return g_test_run ();
}

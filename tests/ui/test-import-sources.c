/* test-import-sources.c: the "Sources and earlier imports" dialog through
 * its real widgets: a saved address validated at the row, fetching (offline
 * and from a local HTTPS server with a test CA), the list of batches and
 * reverting one, presets exported and imported as JSON.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ido-cli.h"
#include "ido-fetch.h"
#include "ido-import-batch-row.h"
#include "ido-import-dialog.h"
#include "ido-import-source-row.h"
#include "ido-import-sources-dialog.h"
#include "ido-importer.h"
#include "ido-screenshot.h"
#include "ido-test-server.h"
#include "ido-ui-test-utils.h"

#define PRESET "KB-dashboard"

static gboolean dutch;

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("IDO_TEST_SRCDIR"), "tests", "import", "fixtures", name, NULL);
}

static void
discard_print (const char *text)
{
}

/* A preset for the columns of the fixture, saved by the command line. */
static void
save_preset (IdoUiFixture *fixture)
{
  g_autofree char *csv = fixture_path ("utf8-bom-long.csv");
  char *argv[] = { (char *) "ido-regie", (char *) "import", (char *) "--database", fixture->path,
                   (char *) "--dry-run", (char *) "--save-preset", (char *) PRESET, csv, NULL };
  GPrintFunc old = g_set_print_handler (discard_print);

  g_assert_cmpint (ido_cli_run (G_N_ELEMENTS (argv) - 1, argv), ==, 0);
  g_set_print_handler (old);
}

static gint64
import_fixture (IdoUiFixture *fixture)
{
  g_autofree char *csv = fixture_path ("utf8-bom-long.csv");
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(IdoImporter) importer = ido_importer_new (fixture->database);
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = ido_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ido_import_report_get_committed (report));
  return ido_import_report_get_batch_id (report);
}

static IdoImportSourcesDialog *
open_dialog (IdoUiFixture *fixture)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "import-sources", NULL);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_IMPORT_SOURCES_DIALOG (dialog));
  ido_ui_test_iterate (100);
  return IDO_IMPORT_SOURCES_DIALOG (dialog);
}

static void
close_dialog (gpointer dialog)
{
  adw_dialog_force_close (ADW_DIALOG (dialog));
  ido_ui_test_iterate (50);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return ido_ui_test_child (widget, type, name);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
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

static char *
preset_url (IdoDatabase *database)
{
  g_autoptr(GError) error = NULL;
  char *url = ido_import_source_dup_fetch_url (database, PRESET, &error);

  g_assert_no_error (error);
  return url;
}

static void
screenshot (IdoUiFixture *fixture,
            const char   *name)
{
  ido_ui_test_iterate (300);
  ido_test_screenshot (fixture->window, name);
}

static IdoImportSourceRow *
source_row (IdoImportSourcesDialog *dialog)
{
  GtkWidget *row = find_descendant (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "sources_view"),
                                    IDO_TYPE_IMPORT_SOURCE_ROW);

  g_assert_nonnull (row);
  return IDO_IMPORT_SOURCE_ROW (row);
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  /* GTK_A11Y=test keeps the properties readable through the accessible. */
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* An address that is not https is refused at the row: error style, the
 * message beside it, nothing saved; a good one is saved with apply. */
static void
test_url_at_row (IdoUiFixture  *fixture,
                 gconstpointer  user_data)
{
  IdoImportSourcesDialog *dialog;
  IdoImportSourceRow *row;
  AdwEntryRow *url_row;
  GtkLabel *message;
  GtkWidget *fetch_button;
  g_autofree char *saved = NULL;

  save_preset (fixture);
  dialog = open_dialog (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (ido_import_sources_dialog_get_sources (dialog)), ==, 1);
  row = source_row (dialog);
  url_row = child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "url_row");
  message = child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "url_message_label");
  fetch_button = child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button");
  g_assert_cmpstr (adw_preferences_row_get_title (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "name_row")), ==, PRESET);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "name_row")),
                            "Kwartaal"));
  /* Nothing to fetch before an address is saved. */
  g_assert_false (gtk_widget_is_sensitive (fetch_button));
  g_assert_true (has_accessible_name (fetch_button));
  g_assert_true (has_accessible_name (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "export_button")));
  g_assert_true (has_accessible_name (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "delete_button")));
  g_assert_true (has_accessible_name (GTK_WIDGET (url_row)));

  gtk_editable_set_text (GTK_EDITABLE (url_row), "http://dashboard.example.nl/export.csv");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "https://"));
  screenshot (fixture, dutch ? "import-sources-invalid-url-nl" : "import-sources-invalid-url");
  g_assert_false (ido_import_source_row_apply_url (row));
  saved = preset_url (fixture->database);
  g_assert_cmpstr (saved, ==, "");
  g_clear_pointer (&saved, g_free);

  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://user:geheim@dashboard.example.nl/export.csv");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_false (ido_import_source_row_apply_url (row));

  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://dashboard.example.nl/export.csv");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  /* Saved with the row's apply signal, as Enter or the apply button does. */
  g_signal_emit_by_name (url_row, "apply");
  ido_ui_test_iterate (50);
  saved = preset_url (fixture->database);
  g_assert_cmpstr (saved, ==, "https://dashboard.example.nl/export.csv");
  /* The list was refreshed; the (new) row can fetch now. */
  row = source_row (dialog);
  g_assert_true (gtk_widget_is_sensitive (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button")));
  close_dialog (dialog);
}

static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
is_idle (gpointer data)
{
  return !ido_import_sources_dialog_get_busy (data);
}

/* Offline: a clear message at the source and in a banner; nothing changes. */
static void
test_fetch_offline (IdoUiFixture  *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%u/dashboard.csv", free_port ());
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  IdoImportSourcesDialog *dialog;
  IdoImportSourceRow *row;
  AdwBanner *banner;
  AdwActionRow *fetch_row;

  save_preset (fixture);
  g_assert_true (ido_import_source_set_fetch_url (fixture->database, PRESET, url, NULL));
  dialog = open_dialog (fixture);
  banner = child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "offline_banner");
  row = source_row (dialog);
  before = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                            ido_database_count (fixture->database, "observation"),
                            ido_database_count (fixture->database, "import_batch"));
  g_assert_false (adw_banner_get_revealed (banner));
  click (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button"));
  g_assert_true (ido_ui_test_wait (is_idle, dialog));
  ido_ui_test_iterate (50);

  row = source_row (dialog);
  fetch_row = child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_row");
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (fetch_row), "127.0.0.1"));
  g_assert_true (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_error_icon")));
  /* No import dialog was opened, nothing was imported. */
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)) ==
                 ADW_DIALOG (dialog));
  after = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                           ido_database_count (fixture->database, "observation"),
                           ido_database_count (fixture->database, "import_batch"));
  g_assert_cmpstr (after, ==, before);
  screenshot (fixture, dutch ? "import-sources-offline-nl" : "import-sources-offline");
  close_dialog (dialog);
}

static gboolean
import_dialog_shown (gpointer data)
{
  return IDO_IS_IMPORT_DIALOG (adw_application_window_get_visible_dialog (data));
}

/* Fetched: the import dialog opens with the file and the source's preset;
 * nothing is imported before the user chooses to. */
static void
test_fetch_opens_import (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  IdoTestServer server = { 0 };
  g_autofree char *url = NULL;
  g_autofree char *name = NULL;
  IdoImportSourcesDialog *dialog;
  AdwDialog *import;
  GFile *file;

  if (!ido_test_server_start (&server))
    {
      g_test_skip ("python3 and openssl are needed for the HTTPS test server");
      return;
    }
  save_preset (fixture);
  url = ido_test_server_url (&server, "file/utf8-bom-long.csv");
  g_assert_true (ido_import_source_set_fetch_url (fixture->database, PRESET, url, NULL));
  dialog = open_dialog (fixture);
  ido_import_sources_dialog_set_ca_file (dialog, server.ca_file);
  click (child (source_row (dialog), IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button"));
  g_assert_true (ido_ui_test_wait (import_dialog_shown, fixture->window));
  import = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  file = ido_import_dialog_get_file (IDO_IMPORT_DIALOG (import));
  g_assert_nonnull (file);
  g_object_ref (file);
  name = g_file_get_basename (file);
  g_assert_cmpstr (name, ==, "utf8-bom-long.csv");
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "observation"), ==, 0);
  ido_ui_test_iterate (300);
  if (ido_import_dialog_get_mapping (IDO_IMPORT_DIALOG (import)) != NULL)
    g_assert_cmpstr (ido_mapping_get_name (ido_import_dialog_get_mapping (IDO_IMPORT_DIALOG (import))), ==, PRESET);
  /* The download goes when the import dialog closes. */
  close_dialog (import);
  g_assert_false (g_file_query_exists (file, NULL));
  g_object_unref (file);
  close_dialog (dialog);
  ido_test_server_stop (&server);
}

static gboolean
is_busy (gpointer data)
{
  return ido_import_sources_dialog_get_busy (data);
}

/* A slow download shows its progress and can be cancelled; nothing changes. */
static void
test_fetch_cancel (IdoUiFixture  *fixture,
                   gconstpointer  user_data)
{
  IdoTestServer server = { 0 };
  g_autofree char *url = NULL;
  IdoImportSourcesDialog *dialog;
  IdoImportSourceRow *row;
  gint64 start;

  if (!ido_test_server_start (&server))
    {
      g_test_skip ("python3 and openssl are needed for the HTTPS test server");
      return;
    }
  save_preset (fixture);
  /* The server waits four seconds before it answers. */
  url = ido_test_server_url (&server, "slow/dashboard.csv");
  g_assert_true (ido_import_source_set_fetch_url (fixture->database, PRESET, url, NULL));
  dialog = open_dialog (fixture);
  ido_import_sources_dialog_set_ca_file (dialog, server.ca_file);
  start = g_get_monotonic_time ();
  click (child (source_row (dialog), IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button"));
  g_assert_true (ido_ui_test_wait (is_busy, dialog));
  ido_ui_test_iterate (100);
  row = source_row (dialog);
  /* While it runs: progress and Cancel instead of Fetch; the window works. */
  g_assert_true (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "progress_bar")));
  g_assert_false (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button")));
  click (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "cancel_button"));
  g_assert_true (ido_ui_test_wait (is_idle, dialog));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  ido_ui_test_iterate (50);
  row = source_row (dialog);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_row")),
                            dutch ? "geannuleerd" : "cancelled"));
  g_assert_false (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_error_icon")));
  g_assert_true (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_SOURCE_ROW, "fetch_button")));
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)) ==
                 ADW_DIALOG (dialog));
  g_assert_cmpint (ido_database_count (fixture->database, "import_batch"), ==, 0);
  close_dialog (dialog);
  ido_test_server_stop (&server);
}

static IdoImportBatchRow *
batch_row (IdoImportSourcesDialog *dialog)
{
  GtkWidget *row = find_descendant (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "batches_view"),
                                    IDO_TYPE_IMPORT_BATCH_ROW);

  g_assert_nonnull (row);
  return IDO_IMPORT_BATCH_ROW (row);
}

static gboolean
has_alert (gpointer data)
{
  return ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (data));
}

static gboolean
is_reverted (gpointer data)
{
  IdoUiFixture *fixture = data;

  return ido_database_count (fixture->database, "observation") == 0;
}

/* The batches are listed with their counts; one is reverted after
 * confirming: its figures are gone, it stays listed as reverted. */
static void
test_batches_and_revert (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  IdoImportSourcesDialog *dialog;
  IdoImportBatchRow *row;
  IdoImportBatch *batch;
  AdwDialog *alert;
  GtkWidget *status_page;
  gint64 batch_id;

  /* Empty first: a status page says what to do. */
  dialog = open_dialog (fixture);
  ido_import_sources_dialog_show_page (dialog, "batches");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "batches_stack")),
                   ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "sources_stack")),
                   ==, "empty");
  status_page = gtk_stack_get_visible_child (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "batches_stack"));
  g_assert_true (ADW_IS_STATUS_PAGE (status_page));
  g_assert_true (gtk_widget_get_mapped (status_page));

  /* An import while the dialog is open shows up at once. */
  batch_id = import_fixture (fixture);
  ido_ui_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "batches_stack")),
                   ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (ido_import_sources_dialog_get_batches (dialog)), ==, 1);
  g_assert_cmpint (ido_database_count (fixture->database, "observation"), ==, 4);
  row = batch_row (dialog);
  batch = ido_import_batch_row_get_batch (row);
  g_assert_cmpint (ido_import_batch_get_id (batch), ==, batch_id);
  g_assert_cmpstr (gtk_label_get_label (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "file_label")), ==,
                   "utf8-bom-long.csv");
  g_assert_nonnull (strstr (gtk_label_get_label (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "counts_label")), "4"));
  g_assert_true (has_accessible_name (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "revert_button")));
  screenshot (fixture, dutch ? "import-sources-batches-nl" : "import-sources-batches");

  /* Asks first; cancelling changes nothing. */
  click (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "revert_button"));
  g_assert_true (ido_ui_test_wait (has_alert, fixture->window));
  alert = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_cmpint (adw_alert_dialog_get_response_appearance (ADW_ALERT_DIALOG (alert), "revert"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_signal_emit_by_name (alert, "response", "cancel");
  close_dialog (alert);
  g_assert_cmpint (ido_database_count (fixture->database, "observation"), ==, 4);

  click (child (batch_row (dialog), IDO_TYPE_IMPORT_BATCH_ROW, "revert_button"));
  g_assert_true (ido_ui_test_wait (has_alert, fixture->window));
  alert = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_signal_emit_by_name (alert, "response", "revert");
  close_dialog (alert);
  g_assert_true (ido_ui_test_wait (is_reverted, fixture));
  g_assert_true (ido_ui_test_wait (is_idle, dialog));
  ido_ui_test_iterate (50);

  /* Still listed, as reverted, without a Revert button. */
  g_assert_cmpuint (g_list_model_get_n_items (ido_import_sources_dialog_get_batches (dialog)), ==, 1);
  row = batch_row (dialog);
  g_assert_true (ido_import_batch_get_reverted (ido_import_batch_row_get_batch (row)));
  g_assert_true (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "reverted_label")));
  g_assert_false (gtk_widget_get_visible (child (row, IDO_TYPE_IMPORT_BATCH_ROW, "revert_button")));
  screenshot (fixture, dutch ? "import-sources-reverted-nl" : "import-sources-reverted");
  close_dialog (dialog);
}

/* A preset goes out as JSON and comes back in, the same; deleting it can be
 * undone by importing the file. */
static void
test_preset_json_round_trip (IdoUiFixture  *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, PRESET ".json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMapping) before = NULL;
  g_autoptr(IdoMapping) after = NULL;
  g_autofree char *before_json = NULL;
  g_autofree char *after_json = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *url = NULL;
  IdoImportSourcesDialog *dialog;

  save_preset (fixture);
  g_assert_true (ido_import_source_set_fetch_url (fixture->database, PRESET, "https://example.nl/kb.csv", NULL));
  dialog = open_dialog (fixture);
  before = ido_mapping_load_preset (fixture->database, PRESET, &error);
  g_assert_no_error (error);
  before_json = ido_mapping_to_json (before);
  g_assert_true (ido_import_sources_dialog_export_preset (dialog, PRESET, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"ido-regie-mapping\""));

  /* Deleted through the row's button: gone from the list and the database. */
  click (child (source_row (dialog), IDO_TYPE_IMPORT_SOURCE_ROW, "delete_button"));
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_database_count (fixture->database, "import_preset"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ido_import_sources_dialog_get_sources (dialog)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "sources_stack")),
                   ==, "empty");

  name = ido_import_sources_dialog_import_preset (dialog, file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, PRESET);
  ido_ui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (ido_import_sources_dialog_get_sources (dialog)), ==, 1);
  after = ido_mapping_load_preset (fixture->database, PRESET, &error);
  g_assert_no_error (error);
  after_json = ido_mapping_to_json (after);
  g_assert_cmpstr (after_json, ==, before_json);
  /* An imported preset has no address of the colleague's. */
  url = preset_url (fixture->database);
  g_assert_cmpstr (url, ==, "");

  /* A file that is no preset is refused with a message; nothing changes. */
  {
    g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.json", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
    g_autofree char *bad_name = NULL;

    g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"iets anders\"}", -1, NULL));
    bad_name = ido_import_sources_dialog_import_preset (dialog, bad, &error);
    g_assert_null (bad_name);
    g_assert_nonnull (error);
    g_assert_cmpint (ido_database_count (fixture->database, "import_preset"), ==, 1);
  }
  close_dialog (dialog);
}

/* At 360 px wide the dialog fills the window and its content reflows. */
static void
test_narrow (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoImportSourcesDialog *dialog;

  save_preset (fixture);
  g_assert_true (ido_import_source_set_fetch_url (fixture->database, PRESET,
                                                  "https://dashboard.example.nl/exports/kwartaal.csv", NULL));
  import_fixture (fixture);
  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, 360, 760);
  ido_ui_test_iterate (300);
  dialog = open_dialog (fixture);
  ido_ui_test_iterate (200);
  g_assert_true (adw_view_switcher_bar_get_reveal (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "switcher_bar")));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  screenshot (fixture, dutch ? "import-sources-narrow-nl" : "import-sources-narrow");
  ido_import_sources_dialog_show_page (dialog, "batches");
  screenshot (fixture, dutch ? "import-sources-batches-narrow-nl" : "import-sources-batches-narrow");
  close_dialog (dialog);

  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, 1280, 800);
  ido_ui_test_iterate (300);
  dialog = open_dialog (fixture);
  ido_ui_test_iterate (200);
  g_assert_false (adw_view_switcher_bar_get_reveal (child (dialog, IDO_TYPE_IMPORT_SOURCES_DIALOG, "switcher_bar")));
  screenshot (fixture, dutch ? "import-sources-wide-nl" : "import-sources-wide");
  close_dialog (dialog);
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

  ADD ("/ui/import-sources/url-at-row", IDO_UI_TEST_MUNICIPALITY, test_url_at_row);
  ADD ("/ui/import-sources/fetch-offline", IDO_UI_TEST_MUNICIPALITY, test_fetch_offline);
  ADD ("/ui/import-sources/fetch-opens-import", IDO_UI_TEST_MUNICIPALITY, test_fetch_opens_import);
  ADD ("/ui/import-sources/fetch-cancel", IDO_UI_TEST_MUNICIPALITY, test_fetch_cancel);
  ADD ("/ui/import-sources/batches-and-revert", IDO_UI_TEST_MUNICIPALITY, test_batches_and_revert);
  ADD ("/ui/import-sources/preset-json", IDO_UI_TEST_MUNICIPALITY, test_preset_json_round_trip);
  ADD ("/ui/import-sources/narrow", IDO_UI_TEST_SAMPLE, test_narrow);

  return g_test_run ();
}

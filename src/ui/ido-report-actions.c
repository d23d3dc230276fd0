/* ido-report-actions.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier-export-dialog.h"
#include "ido-dossier-import.h"
#include "ido-dossier-import-dialog.h"
#include "ido-report-actions.h"
#include "ido-report-dialog.h"
#include "ido-spreadsheet.h"
#include "ido-window.h"

typedef struct
{
  IdoApplication     *application;
  IdoSpreadsheetList  list;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->application);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

static IdoWindow *
get_window (IdoApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  return IDO_IS_WINDOW (window) ? IDO_WINDOW (window) : NULL;
}

static IdoDatabase *
get_database (IdoApplication *application)
{
  IdoWindow *window = get_window (application);

  if (window != NULL && ido_window_get_database (window) != NULL)
    return ido_window_get_database (window);
  return ido_application_get_database (application);
}

static void
show_toast (IdoApplication *application,
            const char     *text,
            gboolean        is_error)
{
  IdoWindow *window = get_window (application);
  AdwToast *toast;

  if (window == NULL)
    return;
  toast = adw_toast_new (text);
  adw_toast_set_use_markup (toast, FALSE);
  if (is_error)
    adw_toast_set_timeout (toast, 10);
  ido_window_add_toast (window, toast);
}

static gboolean
is_dismissed (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED);
}

static void
reports_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  IdoApplication *application = user_data;
  IdoDatabase *database = get_database (application);

  if (database != NULL)
    adw_dialog_present (ido_report_dialog_new (database), GTK_WIDGET (get_window (application)));
}

static void
on_list_exported_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(IdoApplication) application = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_rows = 0;

  if (!ido_spreadsheet_write_finish (result, &n_rows, &error))
    {
      if (!is_dismissed (error))
        show_toast (application, error->message, TRUE);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row exported", "%u rows exported", n_rows), n_rows);
  show_toast (application, message, FALSE);
}

static void
on_list_file_chosen_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(ExportRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *path = NULL;
  IdoDatabase *database = get_database (request->application);
  IdoSpreadsheetFormat format;

  if (file == NULL || database == NULL)
    {
      if (error != NULL && !is_dismissed (error))
        show_toast (request->application, error->message, TRUE);
      return;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (request->application, _("Choose a folder on this computer for the export"), TRUE);
      return;
    }
  format = g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV") ? IDO_SPREADSHEET_CSV
                                                                            : IDO_SPREADSHEET_XLSX;
  show_toast (request->application, _("Exporting…"), FALSE);
  ido_spreadsheet_write_async (ido_database_get_path (database), request->list, format, path, NULL,
                               on_list_exported_cb, g_object_ref (request->application));
}

static GListModel *
spreadsheet_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (xlsx, _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_filter_set_name (csv, _("CSV for Dutch Excel (.csv)"));
  gtk_file_filter_add_suffix (csv, "csv");
  g_list_store_append (filters, xlsx);
  g_list_store_append (filters, csv);
  return G_LIST_MODEL (filters);
}

static void
export_list_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  IdoApplication *application = user_data;
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  ExportRequest *request;
  IdoSpreadsheetList list;

  if (!ido_spreadsheet_list_from_string (g_variant_get_string (parameter, NULL), &list) ||
      get_database (application) == NULL)
    return;
  dialog = gtk_file_dialog_new ();
  filters = spreadsheet_filters ();
  name = ido_spreadsheet_suggest_file_name (list, IDO_SPREADSHEET_XLSX);
  /* Translators: the title of the save dialog; %s is a list such as "Chain partners" */
  title = g_strdup_printf (_("Export %s"), ido_spreadsheet_list_get_label (list));
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_initial_name (dialog, name);
  request = g_new0 (ExportRequest, 1);
  request->application = g_object_ref (application);
  request->list = list;
  gtk_file_dialog_save (dialog, GTK_WINDOW (get_window (application)), NULL, on_list_file_chosen_cb, request);
}

static void
export_dossier_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  IdoApplication *application = user_data;
  IdoDatabase *database = get_database (application);

  if (database != NULL)
    adw_dialog_present (ido_dossier_export_dialog_new (database), GTK_WIDGET (get_window (application)));
}

static void
on_dossier_file_chosen_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(IdoApplication) application = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *path = NULL;
  IdoDatabase *database = get_database (application);

  if (file == NULL || database == NULL)
    {
      if (error != NULL && !is_dismissed (error))
        show_toast (application, error->message, TRUE);
      return;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (application, _("Choose a dossier file on this computer"), TRUE);
      return;
    }
  adw_dialog_present (ido_dossier_import_dialog_new (database, path), GTK_WIDGET (get_window (application)));
}

static void
import_dossier_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  IdoApplication *application = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  if (get_database (application) == NULL)
    return;
  gtk_file_filter_set_name (filter, _("IDO Regie dossiers (.json)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Import Dossier"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open (dialog, GTK_WINDOW (get_window (application)), NULL, on_dossier_file_chosen_cb,
                        g_object_ref (application));
}

static void
undo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = g_object_get_data (G_OBJECT (task), "database-path");
  gint64 *batch = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  GStrv tables = NULL;
  GError *error = NULL;

  database = ido_database_open (path, &error);
  if (database == NULL || !ido_dossier_import_undo (database, *batch, &tables, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, tables, (GDestroyNotify) g_strfreev);
}

static void
on_undone_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(IdoApplication) application = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tables = g_task_propagate_pointer (G_TASK (result), &error);
  IdoDatabase *database = get_database (application);
  IdoWindow *window = get_window (application);

  if (tables == NULL)
    {
      show_toast (application, error->message, TRUE);
      return;
    }
  /* The thread had its own connection: tell this one's lists. */
  for (guint i = 0; database != NULL && tables[i] != NULL; i++)
    ido_database_emit_changed (database, tables[i]);
  if (window != NULL)
    ido_window_reload (window);
  show_toast (application, _("Dossier import undone"), FALSE);
}

static void
undo_dossier_import_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  IdoApplication *application = user_data;
  IdoDatabase *database = get_database (application);
  g_autoptr(GTask) task = NULL;
  gint64 *batch;

  if (database == NULL)
    return;
  batch = g_new (gint64, 1);
  *batch = g_variant_get_int64 (parameter);
  task = g_task_new (NULL, NULL, on_undone_cb, g_object_ref (application));
  g_object_set_data_full (G_OBJECT (task), "database-path", g_strdup (ido_database_get_path (database)), g_free);
  g_task_set_task_data (task, batch, g_free);
  g_task_run_in_thread (task, undo_thread);
}

static const GActionEntry report_actions[] = {
  { "reports", reports_action, NULL, NULL, NULL, { 0 } },
  { "export-list", export_list_action, "s", NULL, NULL, { 0 } },
  { "export-dossier", export_dossier_action, NULL, NULL, NULL, { 0 } },
  { "import-dossier", import_dossier_action, NULL, NULL, NULL, { 0 } },
  { "undo-dossier-import", undo_dossier_import_action, "x", NULL, NULL, { 0 } },
};

void
ido_report_actions_add (IdoApplication *application)
{
  gboolean has_database;

  g_return_if_fail (IDO_IS_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), report_actions, G_N_ELEMENTS (report_actions),
                                   application);
  /* Without a database these have nothing to work on. */
  has_database = ido_application_get_database (application) != NULL;
  for (guint i = 0; i < G_N_ELEMENTS (report_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (application), report_actions[i].name);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_database);
    }
}

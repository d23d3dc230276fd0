/* ido-application-actions.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app.* actions: one small function each.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-application-private.h"
#include "ido-database.h"
#include "ido-preferences-dialog.h"
#include "ido-report-actions.h"
#include "ido-sample.h"
#include "ido-shortcuts-dialog.h"
#include "ido-window.h"

#define METAINFO_RESOURCE RESOURCE_BASE "/io.github.idoregie.IdoRegie.metainfo.xml"

/* What a restore confirmation needs to remember. */
typedef struct
{
  IdoApplication *application;
  char           *path;
} RestoreRequest;

static void
restore_request_free (RestoreRequest *request)
{
  g_clear_object (&request->application);
  g_free (request->path);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RestoreRequest, restore_request_free)

static IdoWindow *
get_window (IdoApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return IDO_IS_WINDOW (window) ? IDO_WINDOW (window) : NULL;
}

/* The database of the active window, which is the application's except in
 * tests that give a window its own. */
static IdoDatabase *
get_database (IdoApplication *self)
{
  IdoWindow *window = get_window (self);

  if (window != NULL && ido_window_get_database (window) != NULL)
    return ido_window_get_database (window);
  return ido_application_get_database (self);
}

static GCancellable *
get_cancellable (IdoApplication *self)
{
  IdoWindow *window = get_window (self);

  return window ? ido_window_get_cancellable (window) : NULL;
}

static void
show_toast (IdoApplication *self,
            const char     *text,
            gboolean        is_error)
{
  IdoWindow *window = get_window (self);
  AdwToast *toast;

  if (window == NULL)
    return;
  toast = adw_toast_new (text);
  adw_toast_set_use_markup (toast, FALSE);
  if (is_error)
    adw_toast_set_timeout (toast, 10);
  ido_window_add_toast (window, toast);
}

static void
set_action_enabled (IdoApplication *self,
                    const char     *name,
                    gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing the windows first lets them store their size. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
    }
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);
  AdwDialog *dialog = adw_about_dialog_new_from_appdata (METAINFO_RESOURCE, PACKAGE_VERSION);

  adw_about_dialog_set_version (ADW_ABOUT_DIALOG (dialog), PACKAGE_VERSION);
  adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (dialog), APP_ID);
  /* Translators: put your names here, one per line */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (dialog),
                                      _("Municipalities and inhabitants"),
                                      "Bron: CBS",
                                      GTK_LICENSE_CUSTOM,
                                      _("Statistics Netherlands (CBS) open data, licensed under "
                                        "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>."));
  adw_dialog_present (dialog, GTK_WIDGET (get_window (self)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);
  AdwDialog *dialog;
  IdoDatabase *database = get_database (self);

  dialog = ido_preferences_dialog_new (database,
                                       database ? ido_database_get_path (database)
                                                : ido_application_get_database_path (self));
  adw_dialog_present (dialog, GTK_WIDGET (get_window (self)));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);

  adw_dialog_present (ido_shortcuts_dialog_new (), GTK_WIDGET (get_window (self)));
}

static void
on_sample_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(IdoApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  IdoWindow *window;

  set_action_enabled (self, "load-sample", TRUE);
  if (!ido_sample_load_finish (result, &error))
    {
      if (!is_cancelled (error))
        show_toast (self, error->message, TRUE);
      return;
    }
  window = get_window (self);
  if (window != NULL)
    ido_window_reload (window);
  show_toast (self, _("Sample data loaded: Gemeente Voorbeeld is fictional"), FALSE);
}

static void
load_sample_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);
  IdoDatabase *database = get_database (self);

  if (database == NULL)
    return;
  set_action_enabled (self, "load-sample", FALSE);
  ido_sample_load_async (database, get_cancellable (self), on_sample_loaded_cb, g_object_ref (self));
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(IdoApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ido_database_backup_finish (IDO_DATABASE (source), result, &error))
    {
      if (!is_cancelled (error))
        show_toast (self, error->message, TRUE);
      return;
    }
  show_toast (self, _("Backup saved"), FALSE);
}

static void
on_backup_file_chosen_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(IdoApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    {
      if (!is_cancelled (error))
        show_toast (self, error->message, TRUE);
      return;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (self, _("Choose a folder on this computer for the backup"), TRUE);
      return;
    }
  ido_database_backup_async (get_database (self), path, get_cancellable (self),
                             on_backup_done_cb, g_object_ref (self));
}

static GtkFileFilter *
create_database_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("IDO Regie backups"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_add_suffix (filter, "db");
  return filter;
}

static GtkFileDialog *
create_file_dialog (const char *title)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = create_database_filter ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  return dialog;
}

static void
backup_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);
  g_autoptr(GtkFileDialog) dialog = create_file_dialog (_("Back Up Data"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("ido-regie-%s.db", date);

  if (get_database (self) == NULL)
    return;
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (get_window (self)), get_cancellable (self),
                        on_backup_file_chosen_cb, g_object_ref (self));
}

static void
on_restore_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(IdoApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  IdoWindow *window;

  if (!ido_database_restore_finish (IDO_DATABASE (source), result, &error))
    {
      if (!is_cancelled (error))
        show_toast (self, error->message, TRUE);
      return;
    }
  window = get_window (self);
  if (window != NULL)
    ido_window_reload (window);
  show_toast (self, _("Backup restored"), FALSE);
}

static void
on_restore_confirmed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(RestoreRequest) request = user_data;
  const char *response;

  response = adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (source), result);
  if (g_strcmp0 (response, "restore") != 0)
    return;
  ido_database_restore_async (get_database (request->application), request->path,
                              get_cancellable (request->application),
                              on_restore_done_cb, g_object_ref (request->application));
}

static void
confirm_restore (IdoApplication *self,
                 const char     *path)
{
  g_autofree char *basename = g_path_get_basename (path);
  RestoreRequest *request = g_new0 (RestoreRequest, 1);
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (_("Restore Backup?"), NULL);
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog),
                                _("All data in IDO Regie will be replaced by the backup “%s”. "
                                  "Changes made since that backup will be lost."),
                                basename);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "restore", _("_Restore"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "restore",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  request->application = g_object_ref (self);
  request->path = g_strdup (path);
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (get_window (self)),
                           get_cancellable (self), on_restore_confirmed_cb, request);
}

static void
on_restore_file_chosen_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(IdoApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    {
      if (!is_cancelled (error))
        show_toast (self, error->message, TRUE);
      return;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_toast (self, _("Choose a backup file on this computer"), TRUE);
      return;
    }
  confirm_restore (self, path);
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  IdoApplication *self = IDO_APPLICATION (user_data);
  g_autoptr(GtkFileDialog) dialog = create_file_dialog (_("Restore Backup"));

  if (get_database (self) == NULL)
    return;
  gtk_file_dialog_open (dialog, GTK_WINDOW (get_window (self)), get_cancellable (self),
                        on_restore_file_chosen_cb, g_object_ref (self));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  { "about", about_action, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
  { "shortcuts", shortcuts_action, NULL, NULL, NULL, { 0 } },
  { "load-sample", load_sample_action, NULL, NULL, NULL, { 0 } },
  { "backup", backup_action, NULL, NULL, NULL, { 0 } },
  { "restore", restore_action, NULL, NULL, NULL, { 0 } },
};

/* Database actions need a database; without one the window says why. */
static void
update_database_actions (IdoApplication *self)
{
  gboolean has_database = ido_application_get_database (self) != NULL;

  set_action_enabled (self, "load-sample", has_database);
  set_action_enabled (self, "backup", has_database);
  set_action_enabled (self, "restore", has_database);
}

static void
add_accels (IdoApplication *self)
{
  const IdoShortcut *shortcuts;
  guint n_shortcuts = 0;

  shortcuts = ido_shortcuts_dialog_get_shortcuts (&n_shortcuts);
  for (guint i = 0; i < n_shortcuts; i++)
    {
      const char *accels[] = { shortcuts[i].accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), shortcuts[i].action, accels);
    }
}

void
ido_application_add_actions (IdoApplication *self)
{
  g_return_if_fail (IDO_IS_APPLICATION (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  ido_report_actions_add (self);
  add_accels (self);
  update_database_actions (self);
}

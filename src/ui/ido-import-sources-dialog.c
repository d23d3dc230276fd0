/* ido-import-sources-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-fetch.h"
#include "ido-import-batch-row.h"
#include "ido-import-dialog.h"
#include "ido-import-source-row.h"
#include "ido-import-sources-dialog.h"
#include "ido-importer.h"

struct _IdoImportSourcesDialog
{
  AdwDialog        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwBanner       *offline_banner;
  AdwViewStack    *view_stack;
  GtkStack        *sources_stack;
  GtkListView     *sources_view;
  GtkStack        *batches_stack;
  GtkListView     *batches_view;
  AdwViewSwitcherBar *switcher_bar;

  IdoDatabase     *database;
  GListStore      *sources;
  GListStore      *batches;
  GPtrArray       *source_rows;     /* the bound rows, unowned */
  GCancellable    *cancellable;     /* cancelled when the dialog closes */
  char            *ca_file;

  /* The one download at a time, and how the last one of each source went */
  char            *fetch_name;
  IdoFetch        *fetch;
  GCancellable    *fetch_cancellable;
  GHashTable      *messages;        /* preset name -> FetchMessage */

  gboolean         reverting;
};

typedef struct
{
  char     *text;
  gboolean  is_error;
} FetchMessage;

G_DEFINE_FINAL_TYPE (IdoImportSourcesDialog, ido_import_sources_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fetch_message_free (gpointer data)
{
  FetchMessage *message = data;

  g_free (message->text);
  g_free (message);
}

static void
toast (IdoImportSourcesDialog *self,
       const char             *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static GtkWidget *
get_parent (IdoImportSourcesDialog *self)
{
  return GTK_WIDGET (self);
}

/* Rows */

static void
update_row (IdoImportSourcesDialog *self,
            IdoImportSourceRow     *row)
{
  IdoImportSource *source = ido_import_source_row_get_source (row);
  const char *name = source != NULL ? ido_import_source_get_name (source) : NULL;
  FetchMessage *message = name != NULL ? g_hash_table_lookup (self->messages, name) : NULL;
  gboolean busy = name != NULL && g_strcmp0 (self->fetch_name, name) == 0;
  double progress = busy && self->fetch != NULL ? ido_fetch_get_progress (self->fetch) : -1.0;
  g_autofree char *received = NULL;
  const char *text = message != NULL ? message->text : NULL;

  if (busy)
    {
      received = g_format_size (self->fetch != NULL ? ido_fetch_get_received (self->fetch) : 0);
      text = received;
    }
  ido_import_source_row_set_fetch_state (row, busy, progress, text, !busy && message != NULL && message->is_error);
}

static void
update_rows (IdoImportSourcesDialog *self)
{
  gboolean idle = self->fetch_name == NULL;

  for (guint i = 0; i < self->source_rows->len; i++)
    update_row (self, g_ptr_array_index (self->source_rows, i));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.fetch", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.cancel-fetch", !idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.revert", !self->reverting);
}

static void
set_message (IdoImportSourcesDialog *self,
             const char             *name,
             const char             *text,
             gboolean                is_error)
{
  FetchMessage *message = g_new0 (FetchMessage, 1);

  message->text = g_strdup (text);
  message->is_error = is_error;
  g_hash_table_replace (self->messages, g_strdup (name), message);
}

static void
on_source_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    IdoImportSourcesDialog   *self)
{
  gtk_list_item_set_child (item, ido_import_source_row_new (self->database));
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_focusable (item, FALSE);
}

static void
on_source_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   IdoImportSourcesDialog   *self)
{
  IdoImportSourceRow *row = IDO_IMPORT_SOURCE_ROW (gtk_list_item_get_child (item));

  ido_import_source_row_set_source (row, gtk_list_item_get_item (item));
  g_ptr_array_add (self->source_rows, row);
  update_row (self, row);
}

static void
on_source_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     IdoImportSourcesDialog   *self)
{
  g_ptr_array_remove (self->source_rows, gtk_list_item_get_child (item));
}

static void
on_batch_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  gtk_list_item_set_child (item, ido_import_batch_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_focusable (item, FALSE);
}

static void
on_batch_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  ido_import_batch_row_set_batch (IDO_IMPORT_BATCH_ROW (gtk_list_item_get_child (item)),
                                  gtk_list_item_get_item (item));
}

/* Loading */

static void
replace_items (GListStore *store,
               GListModel *model)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

static void
reload_sources (IdoImportSourcesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sources = ido_import_source_list (self->database, &error);

  if (sources == NULL)
    g_warning ("Listing the presets failed: %s", error->message);
  replace_items (self->sources, sources);
  gtk_stack_set_visible_child_name (self->sources_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0 ? "list" : "empty");
}

static void
reload_batches (IdoImportSourcesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) batches = ido_import_batch_list (self->database, &error);

  if (batches == NULL)
    g_warning ("Listing the imports failed: %s", error->message);
  replace_items (self->batches, batches);
  gtk_stack_set_visible_child_name (self->batches_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->batches)) > 0 ? "list" : "empty");
}

static void
on_database_changed_cb (IdoImportSourcesDialog *self,
                        const char             *table)
{
  if (table == NULL || g_str_equal (table, "import_preset"))
    reload_sources (self);
  if (table == NULL || g_str_equal (table, "import_batch"))
    reload_batches (self);
}

/* Fetching */

static void
on_import_closed_cb (AdwDialog *dialog,
                     GFile     *file)
{
  ido_fetch_delete_download (file);
}

static void
finish_fetch (IdoImportSourcesDialog *self)
{
  g_clear_pointer (&self->fetch_name, g_free);
  g_clear_object (&self->fetch);
  g_clear_object (&self->fetch_cancellable);
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_downloaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(IdoImportSourcesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = g_strdup (self->fetch_name);
  AdwDialog *import;

  file = ido_fetch_download_finish (IDO_FETCH (source), result, &error);
  if (self->database == NULL || name == NULL)
    {
      /* Closed meanwhile. */
      ido_fetch_delete_download (file);
      return;
    }
  if (file == NULL)
    {
      gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

      set_message (self, name, cancelled ? _("The download was cancelled; nothing was changed.") : error->message,
                   !cancelled);
      if (g_error_matches (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_OFFLINE))
        {
          adw_banner_set_title (self->offline_banner,
                                _("No connection: the file could not be fetched. Nothing was changed."));
          adw_banner_set_revealed (self->offline_banner, TRUE);
        }
      finish_fetch (self);
      return;
    }
  adw_banner_set_revealed (self->offline_banner, FALSE);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *time = g_date_time_format (now, "%H:%M");
    g_autofree char *text = g_strdup_printf (_("Fetched at %s and opened for import."), time);

    set_message (self, name, text, FALSE);
  }
  finish_fetch (self);
  /* The same path as a file chosen by hand: preview, check, import. */
  import = ido_import_dialog_new (self->database, file, name);
  g_signal_connect_data (import, "closed", G_CALLBACK (on_import_closed_cb), g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_dialog_present (import, get_parent (self));
}

static void
on_fetch_progress_cb (IdoImportSourcesDialog *self)
{
  update_rows (self);
}

static void
fetch_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;

  if (self->fetch_name != NULL)
    return;
  url = ido_import_source_dup_fetch_url (self->database, name, &error);
  if (url == NULL || *url == '\0')
    {
      set_message (self, name, url == NULL ? error->message : _("Save an https:// address first."), TRUE);
      update_rows (self);
      return;
    }
  adw_banner_set_revealed (self->offline_banner, FALSE);
  g_hash_table_remove (self->messages, name);
  self->fetch_name = g_strdup (name);
  self->fetch = ido_fetch_new (url);
  if (self->ca_file != NULL)
    ido_fetch_set_ca_file (self->fetch, self->ca_file);
  self->fetch_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->fetch_cancellable, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fetch, "notify::received", G_CALLBACK (on_fetch_progress_cb), self,
                           G_CONNECT_SWAPPED);
  ido_fetch_download_async (self->fetch, self->fetch_cancellable, on_downloaded_cb, g_object_ref (self));
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
cancel_fetch_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);

  if (self->fetch_cancellable != NULL)
    g_cancellable_cancel (self->fetch_cancellable);
}

static void
on_banner_button_clicked_cb (IdoImportSourcesDialog *self)
{
  adw_banner_set_revealed (self->offline_banner, FALSE);
}

/* Presets as JSON */

/**
 * ido_import_sources_dialog_export_preset:
 * @name: a preset
 * @file: where to write it
 *
 * Writes the preset as a JSON file a colleague can import.
 */
gboolean
ido_import_sources_dialog_export_preset (IdoImportSourcesDialog  *self,
                                         const char              *name,
                                         GFile                   *file,
                                         GError                 **error)
{
  g_autoptr(IdoMapping) mapping = NULL;

  g_return_val_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self), FALSE);

  mapping = ido_mapping_load_preset (self->database, name, error);
  return mapping != NULL && ido_mapping_save_to_file (mapping, file, error);
}

/**
 * ido_import_sources_dialog_import_preset:
 * @file: a preset exported as JSON
 *
 * Saves the preset under the name in the file (else the file's name); a
 * preset of that name is replaced, its saved address kept.
 *
 * Returns: (transfer full): the name it was saved as, or %NULL with @error
 */
char *
ido_import_sources_dialog_import_preset (IdoImportSourcesDialog  *self,
                                         GFile                   *file,
                                         GError                 **error)
{
  g_autoptr(IdoMapping) mapping = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self), NULL);

  mapping = ido_mapping_new_from_file (file, error);
  if (mapping == NULL)
    return NULL;
  if (ido_mapping_get_name (mapping) != NULL && *ido_mapping_get_name (mapping) != '\0')
    name = g_strdup (ido_mapping_get_name (mapping));
  else
    {
      g_autofree char *base = g_file_get_basename (file);

      if (g_str_has_suffix (base, ".json"))
        base[strlen (base) - strlen (".json")] = '\0';
      name = g_steal_pointer (&base);
    }
  if (!ido_mapping_save_preset (mapping, self->database, name, error))
    return NULL;
  return g_steal_pointer (&name);
}

static void
on_export_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(IdoImportSourcesDialog) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *name = g_object_steal_data (G_OBJECT (source), "preset");

  self = user_data;
  if (file == NULL)
    return;
  if (!ido_import_sources_dialog_export_preset (self, name, file, &error))
    {
      toast (self, error->message);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (_("Preset “%s” exported"), name);

    toast (self, text);
  }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autofree char *initial = g_strdup_printf ("%s.json", name);

  gtk_file_dialog_set_title (dialog, _("Export Preset"));
  gtk_file_dialog_set_initial_name (dialog, initial);
  g_object_set_data_full (G_OBJECT (dialog), "preset", g_strdup (name), g_free);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable, on_export_chosen_cb,
                        g_object_ref (self));
}

static void
on_import_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(IdoImportSourcesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (file == NULL)
    return;
  name = ido_import_sources_dialog_import_preset (self, file, &error);
  if (name == NULL)
    {
      toast (self, error->message);
      return;
    }
  text = g_strdup_printf (_("Preset “%s” imported"), name);
  toast (self, text);
  adw_view_stack_set_visible_child_name (self->view_stack, "sources");
}

static void
import_preset_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (filter, _("Presets (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Import Preset"));
  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable, on_import_chosen_cb,
                        g_object_ref (self));
}

/* Deleting a preset, with undo */

typedef struct
{
  IdoDatabase *database;
  char        *name;
  char        *json;
  char        *url;
} DeletedPreset;

static void
deleted_preset_free (gpointer data)
{
  DeletedPreset *deleted = data;

  g_clear_object (&deleted->database);
  g_free (deleted->name);
  g_free (deleted->json);
  g_free (deleted->url);
  g_free (deleted);
}

static void
on_undo_delete_cb (AdwToast      *toast_widget,
                   DeletedPreset *deleted)
{
  g_autoptr(IdoMapping) mapping = ido_mapping_new_from_json (deleted->json, -1, NULL);
  g_autoptr(GError) error = NULL;

  if (mapping == NULL || !ido_mapping_save_preset (mapping, deleted->database, deleted->name, &error) ||
      !ido_import_source_set_fetch_url (deleted->database, deleted->name, deleted->url, &error))
    g_warning ("Restoring preset %s failed: %s", deleted->name, error != NULL ? error->message : "?");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(IdoMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *title = NULL;
  DeletedPreset *deleted;
  AdwToast *undo;

  if (g_strcmp0 (self->fetch_name, name) == 0)
    return;
  mapping = ido_mapping_load_preset (self->database, name, &error);
  url = mapping != NULL ? ido_import_source_dup_fetch_url (self->database, name, &error) : NULL;
  if (url == NULL || !ido_mapping_delete_preset (self->database, name, &error))
    {
      toast (self, error->message);
      return;
    }
  deleted = g_new0 (DeletedPreset, 1);
  deleted->database = g_object_ref (self->database);
  deleted->name = g_strdup (name);
  deleted->json = ido_mapping_to_json (mapping);
  deleted->url = g_steal_pointer (&url);
  g_hash_table_remove (self->messages, name);
  title = g_strdup_printf (_("Preset “%s” deleted"), name);
  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (undo, "button-clicked", G_CALLBACK (on_undo_delete_cb), deleted,
                         (GClosureNotify) (void (*) (void)) deleted_preset_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* Reverting a batch */

typedef struct
{
  IdoDatabase *database;
  char        *path;
  gint64       batch_id;
} RevertJob;

static void
revert_job_free (gpointer data)
{
  RevertJob *job = data;

  g_clear_object (&job->database);
  g_free (job->path);
  g_free (job);
}

/* Worker thread, on a connection of its own. */
static void
revert_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RevertJob *job = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(IdoImporter) importer = NULL;
  GError *error = NULL;

  database = ido_database_open (job->path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  importer = ido_importer_new (database);
  if (!ido_importer_revert_batch (importer, job->batch_id, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_reverted_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (source);
  RevertJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean reverted = g_task_propagate_boolean (G_TASK (result), &error);
  gboolean closed = self->database == NULL;

  /* Everything that shows dashboard figures refreshes, even when the
   * dialog was closed meanwhile. */
  if (reverted)
    {
      ido_database_emit_changed (job->database, "import_batch");
      ido_database_emit_changed (job->database, "observation");
    }
  if (closed)
    return;
  self->reverting = FALSE;
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  toast (self, reverted ? _("The import was reverted") : error->message);
}

/**
 * ido_import_sources_dialog_revert_batch:
 * @batch_id: an import batch
 *
 * Reverts the batch in a worker thread, without asking; the dialog's
 * Revert buttons ask first.
 */
void
ido_import_sources_dialog_revert_batch (IdoImportSourcesDialog *self,
                                        gint64                  batch_id)
{
  g_autoptr(GTask) task = NULL;
  RevertJob *job;

  g_return_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self));

  if (self->reverting)
    return;
  job = g_new0 (RevertJob, 1);
  job->database = g_object_ref (self->database);
  job->path = g_strdup (ido_database_get_path (self->database));
  job->batch_id = batch_id;
  self->reverting = TRUE;
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  task = g_task_new (self, NULL, on_reverted_cb, NULL);
  g_task_set_source_tag (task, ido_import_sources_dialog_revert_batch);
  g_task_set_task_data (task, job, revert_job_free);
  g_task_run_in_thread (task, revert_thread);
}

static void
on_revert_response_cb (AdwAlertDialog         *alert,
                       const char             *response,
                       IdoImportSourcesDialog *self)
{
  gint64 batch_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (alert), "batch-id"));

  if (g_str_equal (response, "revert"))
    ido_import_sources_dialog_revert_batch (self, batch_id);
}

static IdoImportBatch *
find_batch (IdoImportSourcesDialog *self,
            gint64                  batch_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->batches)); i++)
    {
      g_autoptr(IdoImportBatch) batch = g_list_model_get_item (G_LIST_MODEL (self->batches), i);

      if (ido_import_batch_get_id (batch) == batch_id)
        return g_steal_pointer (&batch);
    }
  return NULL;
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (widget);
  gint64 batch_id = g_variant_get_int64 (parameter);
  g_autoptr(IdoImportBatch) batch = find_batch (self, batch_id);
  g_autofree char *body = NULL;
  AdwDialog *alert;

  if (batch == NULL)
    return;
  body = g_strdup_printf (_("The figures that “%s” added are removed, and the figures it changed get their earlier "
                            "values back. This cannot be undone, but the file can be imported again."),
                          ido_import_batch_get_file_name (batch));
  alert = adw_alert_dialog_new (_("Revert This Import?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "revert", _("_Revert"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "revert", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_object_set_data (G_OBJECT (alert), "batch-id", GSIZE_TO_POINTER ((gsize) batch_id));
  g_signal_connect_object (alert, "response", G_CALLBACK (on_revert_response_cb), self, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/* The dialog */

static void
ido_import_sources_dialog_closed (AdwDialog *dialog)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (dialog);

  g_cancellable_cancel (self->cancellable);

  if (ADW_DIALOG_CLASS (ido_import_sources_dialog_parent_class)->closed)
    ADW_DIALOG_CLASS (ido_import_sources_dialog_parent_class)->closed (dialog);
}

static void
ido_import_sources_dialog_dispose (GObject *object)
{
  IdoImportSourcesDialog *self = (IdoImportSourcesDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_IMPORT_SOURCES_DIALOG);
  g_clear_object (&self->fetch);
  g_clear_object (&self->fetch_cancellable);
  g_clear_object (&self->sources);
  g_clear_object (&self->batches);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_import_sources_dialog_parent_class)->dispose (object);
}

static void
ido_import_sources_dialog_finalize (GObject *object)
{
  IdoImportSourcesDialog *self = (IdoImportSourcesDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->source_rows, g_ptr_array_unref);
  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_free (self->fetch_name);
  g_free (self->ca_file);

  G_OBJECT_CLASS (ido_import_sources_dialog_parent_class)->finalize (object);
}

static void
ido_import_sources_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  IdoImportSourcesDialog *self = IDO_IMPORT_SOURCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, ido_import_sources_dialog_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_import_sources_dialog_class_init (IdoImportSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = ido_import_sources_dialog_dispose;
  object_class->finalize = ido_import_sources_dialog_finalize;
  object_class->get_property = ido_import_sources_dialog_get_property;
  dialog_class->closed = ido_import_sources_dialog_closed;

  /**
   * IdoImportSourcesDialog:busy:
   *
   * Whether a download or a revert is running.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/idoregie/IdoRegie/ui/ido-import-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, offline_banner);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, sources_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, sources_view);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, batches_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, batches_view);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourcesDialog, switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "sources.fetch", "s", fetch_action);
  gtk_widget_class_install_action (widget_class, "sources.cancel-fetch", "s", cancel_fetch_action);
  gtk_widget_class_install_action (widget_class, "sources.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "sources.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "sources.import-preset", NULL, import_preset_action);
  gtk_widget_class_install_action (widget_class, "sources.revert", "x", revert_action);
}

static void
ido_import_sources_dialog_init (IdoImportSourcesDialog *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->source_rows = g_ptr_array_new ();
  self->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, fetch_message_free);
  self->sources = g_list_store_new (IDO_TYPE_IMPORT_SOURCE);
  self->batches = g_list_store_new (IDO_TYPE_IMPORT_BATCH);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_source_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_source_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_source_unbind_cb), self);
  gtk_list_view_set_factory (self->sources_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->sources_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sources)))));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_batch_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_batch_bind_cb), self);
  gtk_list_view_set_factory (self->batches_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->batches_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->batches)))));

  /* On the dialog's own background, like a preferences page. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->sources_view), "view");
  gtk_widget_remove_css_class (GTK_WIDGET (self->batches_view), "view");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sources.cancel-fetch", FALSE);
}

/**
 * ido_import_sources_dialog_new:
 *
 * Returns: (transfer floating): the dialog, to present over the window
 */
AdwDialog *
ido_import_sources_dialog_new (IdoDatabase *database)
{
  IdoImportSourcesDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_IMPORT_SOURCES_DIALOG, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  reload_sources (self);
  reload_batches (self);
  /* With no presets yet, the history is what there is to see. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sources)) == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->batches)) > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "batches");
  return ADW_DIALOG (self);
}

/**
 * ido_import_sources_dialog_show_page:
 * @page: "sources" or "batches"
 */
void
ido_import_sources_dialog_show_page (IdoImportSourcesDialog *self,
                                     const char             *page)
{
  g_return_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self));

  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

/**
 * ido_import_sources_dialog_set_ca_file:
 * @ca_file: (nullable): certificates to trust instead of the system's (tests)
 */
void
ido_import_sources_dialog_set_ca_file (IdoImportSourcesDialog *self,
                                       const char             *ca_file)
{
  g_return_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self));

  g_set_str (&self->ca_file, ca_file);
}

gboolean
ido_import_sources_dialog_get_busy (IdoImportSourcesDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self), FALSE);

  return self->fetch_name != NULL || self->reverting;
}

/**
 * ido_import_sources_dialog_get_sources:
 *
 * Returns: (transfer none): the listed #IdoImportSource
 */
GListModel *
ido_import_sources_dialog_get_sources (IdoImportSourcesDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * ido_import_sources_dialog_get_batches:
 *
 * Returns: (transfer none): the listed #IdoImportBatch, newest first
 */
GListModel *
ido_import_sources_dialog_get_batches (IdoImportSourcesDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCES_DIALOG (self), NULL);

  return G_LIST_MODEL (self->batches);
}

/* ido-dossier-export-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-dossier-export-dialog.h"
#include "ido-library.h"
#include "ido-window.h"

struct _IdoDossierExportDialog
{
  AdwDialog            parent_instance;

  AdwPreferencesGroup *parts_group;
  AdwComboRow         *library_row;
  GtkStringList       *library_model;
  GtkBox              *busy_box;
  GtkLabel            *message_label;
  GtkButton           *export_button;

  IdoDatabase         *database;
  GPtrArray           *part_rows;      /* AdwSwitchRow, one per part */
  GPtrArray           *library_uuids;  /* char *, index 0 (all) is NULL */
  GtkWindow           *window;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (IdoDossierExportDialog, ido_dossier_export_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_busy (IdoDossierExportDialog *self,
          gboolean                busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_box), busy);
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_message (IdoDossierExportDialog *self,
              const char             *text)
{
  gtk_label_set_text (self->message_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
}

static GtkWindow *
get_window (IdoDossierExportDialog *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : self->window;
}

static void
on_parts_changed_cb (IdoDossierExportDialog *self)
{
  gboolean any = ido_dossier_export_dialog_get_parts (self) != 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), any && !self->busy);
  show_message (self, any ? NULL : _("Choose at least one part to export."));
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(IdoDossierExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = get_window (self);

  set_busy (self, FALSE);
  if (!ido_dossier_export_finish (result, &error))
    {
      show_message (self, error->message);
      return;
    }
  if (IDO_IS_WINDOW (window))
    ido_window_add_toast (IDO_WINDOW (window), adw_toast_new (_("Dossier exported")));
  adw_dialog_close (ADW_DIALOG (self));
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(IdoDossierExportDialog) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  g_autofree char *path = NULL;

  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_message (self, _("Choose a folder on this computer for the dossier."));
      return;
    }
  ido_dossier_export_dialog_export_to (self, path);
}

static char *
suggest_name (IdoDossierExportDialog *self)
{
  g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (self->database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GString) name = g_string_new (_("ido-dossier"));

  if (own != NULL && own->name != NULL)
    {
      g_autofree char *ascii = g_str_to_ascii (own->name, "C");
      g_autofree char *lower = g_ascii_strdown (ascii, -1);

      g_strcanon (lower, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
      g_string_append_printf (name, "-%s", lower);
    }
  g_string_append_printf (name, "-%s.json", date);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
on_export_clicked_cb (IdoDossierExportDialog *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = suggest_name (self);

  gtk_file_filter_set_name (filter, _("IDO Regie dossiers (.json)"));
  gtk_file_filter_add_suffix (filter, "json");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Export Dossier"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, get_window (self), NULL, on_file_chosen_cb, g_object_ref (self));
}

static void
on_cancel_clicked_cb (IdoDossierExportDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

static void
add_part_rows (IdoDossierExportDialog *self)
{
  for (guint bit = 1; bit < IDO_DOSSIER_PART_ALL; bit <<= 1)
    {
      AdwSwitchRow *row = ADW_SWITCH_ROW (adw_switch_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ido_dossier_part_get_label (bit));
      adw_switch_row_set_active (row, TRUE);
      g_object_set_data (G_OBJECT (row), "ido-part", GUINT_TO_POINTER (bit));
      g_signal_connect_object (row, "notify::active", G_CALLBACK (on_parts_changed_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->parts_group, GTK_WIDGET (row));
      g_ptr_array_add (self->part_rows, row);
    }
}

static void
add_libraries (IdoDossierExportDialog *self)
{
  g_autoptr(GPtrArray) libraries = ido_library_list (self->database, NULL);

  gtk_string_list_append (self->library_model, _("All library organisations"));
  g_ptr_array_add (self->library_uuids, NULL);
  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    {
      IdoLibrary *library = g_ptr_array_index (libraries, i);

      gtk_string_list_append (self->library_model, library->name);
      g_ptr_array_add (self->library_uuids, g_strdup (library->uuid));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->library_row), self->library_uuids->len > 1);
}

static void
ido_dossier_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_DOSSIER_EXPORT_DIALOG);
  G_OBJECT_CLASS (ido_dossier_export_dialog_parent_class)->dispose (object);
}

static void
ido_dossier_export_dialog_finalize (GObject *object)
{
  IdoDossierExportDialog *self = (IdoDossierExportDialog *) object;

  g_clear_object (&self->database);
  g_ptr_array_unref (self->part_rows);
  g_ptr_array_unref (self->library_uuids);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (ido_dossier_export_dialog_parent_class)->finalize (object);
}

static void
ido_dossier_export_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  IdoDossierExportDialog *self = IDO_DOSSIER_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_dossier_export_dialog_class_init (IdoDossierExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_dossier_export_dialog_dispose;
  object_class->finalize = ido_dossier_export_dialog_finalize;
  object_class->get_property = ido_dossier_export_dialog_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-dossier-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, parts_group);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, library_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, library_model);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, busy_box);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
ido_dossier_export_dialog_init (IdoDossierExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->part_rows = g_ptr_array_new ();
  self->library_uuids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ido_dossier_export_dialog_new:
 *
 * Returns: (transfer floating): the dialog, to present
 */
AdwDialog *
ido_dossier_export_dialog_new (IdoDatabase *database)
{
  IdoDossierExportDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_DOSSIER_EXPORT_DIALOG, NULL);
  self->database = g_object_ref (database);
  add_part_rows (self);
  add_libraries (self);
  return ADW_DIALOG (self);
}

IdoDossierPart
ido_dossier_export_dialog_get_parts (IdoDossierExportDialog *self)
{
  IdoDossierPart parts = 0;

  g_return_val_if_fail (IDO_IS_DOSSIER_EXPORT_DIALOG (self), 0);

  for (guint i = 0; i < self->part_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->part_rows, i);

      if (adw_switch_row_get_active (row))
        parts |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ido-part"));
    }
  return parts;
}

void
ido_dossier_export_dialog_set_parts (IdoDossierExportDialog *self,
                                     IdoDossierPart          parts)
{
  g_return_if_fail (IDO_IS_DOSSIER_EXPORT_DIALOG (self));

  for (guint i = 0; i < self->part_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->part_rows, i);
      guint part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ido-part"));

      adw_switch_row_set_active (row, (parts & part) != 0);
    }
}

gboolean
ido_dossier_export_dialog_get_busy (IdoDossierExportDialog *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_EXPORT_DIALOG (self), FALSE);

  return self->busy;
}

/* Writes the chosen parts to @path in a thread; the dialog closes when done. */
void
ido_dossier_export_dialog_export_to (IdoDossierExportDialog *self,
                                     const char             *path)
{
  IdoDossierExportOptions options = { 0 };
  guint library = adw_combo_row_get_selected (self->library_row);

  g_return_if_fail (IDO_IS_DOSSIER_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  options.parts = ido_dossier_export_dialog_get_parts (self);
  if (options.parts == 0)
    return;
  if (library < self->library_uuids->len)
    options.library_uuid = g_ptr_array_index (self->library_uuids, library);
  g_set_weak_pointer (&self->window, get_window (self));
  set_busy (self, TRUE);
  show_message (self, NULL);
  ido_dossier_export_async (ido_database_get_path (self->database), &options, path, NULL, on_exported_cb,
                            g_object_ref (self));
}

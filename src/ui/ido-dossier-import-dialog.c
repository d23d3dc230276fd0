/* ido-dossier-import-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier-change-row.h"
#include "ido-dossier-import-dialog.h"
#include "ido-validate.h"
#include "ido-window.h"

struct _IdoDossierImportDialog
{
  AdwDialog         parent_instance;

  GtkButton        *cancel_button;
  GtkButton        *import_button;
  GtkStack         *stack;
  AdwStatusPage    *busy_page;
  AdwStatusPage    *error_page;
  AdwStatusPage    *nothing_page;
  GtkLabel         *summary_label;
  GtkLabel         *notes_label;
  GtkBox           *conflict_box;
  GtkListView      *list_view;

  IdoDatabase      *database;
  char             *path;
  IdoDossierImport *import;
  GCancellable     *cancellable;
  GtkWindow        *window;
  gint64            batch;
  char             *state;       /* "busy", "error", "nothing", "preview", "applying", "done" */
};

G_DEFINE_FINAL_TYPE (IdoDossierImportDialog, ido_dossier_import_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (IdoDossierImportDialog *self,
           const char             *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;
  g_set_str (&self->state, state);
  if (!g_str_equal (state, "applying") && !g_str_equal (state, "done"))
    gtk_stack_set_visible_child_name (self->stack, state);
  else if (g_str_equal (state, "applying"))
    {
      adw_status_page_set_title (self->busy_page, _("Importing…"));
      gtk_stack_set_visible_child_name (self->stack, "busy");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static GtkWindow *
get_window (IdoDossierImportDialog *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : self->window;
}

static void
update_import_button (IdoDossierImportDialog *self)
{
  gboolean ready = self->import != NULL && g_strcmp0 (self->state, "preview") == 0 &&
                   ido_dossier_import_get_n_unresolved (self->import) == 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), ready);
  if (self->import != NULL && ido_dossier_import_get_n_unresolved (self->import) > 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button),
                                 _("Choose for every conflict which version to keep"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), NULL);
}

static char *
summary_text (IdoDossierImportDialog *self)
{
  IdoDossierImport *import = self->import;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = NULL;
  const char *exported = ido_dossier_import_get_exported_at (import);

  if (exported != NULL && strlen (exported) >= 10)
    {
      g_autofree char *iso = g_strndup (exported, 10);

      date = ido_date_to_user (iso);
    }
  if (*ido_dossier_import_get_source_name (import) != '\0')
    /* Translators: where a dossier comes from: the municipality and the date it was exported */
    g_string_append_printf (text, _("From %s, exported on %s."), ido_dossier_import_get_source_name (import),
                            date != NULL ? date : "–");
  {
    g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *joined = NULL;
    guint n;

    /* Only what there is: "3 new, 1 conflict, 120 unchanged". */
    if ((n = ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_NEW)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", n), n));
    if ((n = ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_CHANGED)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed", n), n));
    if ((n = ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_CONFLICT)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts", n), n));
    if ((n = ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_KEPT)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u newer here", "%u newer here", n),
                                               n));
    if ((n = ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_SKIPPED)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", n), n));
    if ((n = ido_dossier_import_get_n_unchanged (import)) > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", n),
                                               n));
    g_ptr_array_add (parts, NULL);
    joined = g_strjoinv (", ", (char **) parts->pdata);
    if (text->len > 0)
      g_string_append_c (text, ' ');
    g_string_append (text, parts->len > 1 ? joined : _("The file is empty"));
    g_string_append_c (text, '.');
  }
  if (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_CONFLICT) > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Conflicts were changed both here and there since the last exchange: choose per "
                               "row which version to keep. Nothing is imported before you choose Import."));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gtk_list_item_set_child (item, ido_dossier_change_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_focusable (item, FALSE);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  ido_dossier_change_row_set_change (IDO_DOSSIER_CHANGE_ROW (gtk_list_item_get_child (item)),
                                     gtk_list_item_get_item (item));
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ido_dossier_change_row_set_change (IDO_DOSSIER_CHANGE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_resolution_changed_cb (IdoDossierImportDialog *self)
{
  update_import_button (self);
}

static void
show_preview (IdoDossierImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *summary = summary_text (self);
  g_autofree char *notes = g_strjoinv ("\n", (char **) ido_dossier_import_get_notes (self->import));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->import));

  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->notes_label, notes);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), *notes != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_box),
                          ido_dossier_import_count (self->import, IDO_DOSSIER_CHANGE_CONFLICT) > 0);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->import)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoDossierChange) change = g_list_model_get_item (G_LIST_MODEL (self->import), i);

      g_signal_connect_object (change, "notify::resolution", G_CALLBACK (on_resolution_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (n == 0)
    {
      adw_status_page_set_description (self->nothing_page, summary);
      set_state (self, "nothing");
      /* Importing still records that both sides are in step. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);
      return;
    }
  set_state (self, "preview");
  update_import_button (self);
}

static void
on_preview_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(IdoDossierImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->import = ido_dossier_import_new_finish (result, &error);
  if (self->import == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      set_state (self, "error");
      return;
    }
  show_preview (self);
}

static void
on_applied_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(IdoDossierImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char * const *tables;
  GtkWindow *window = get_window (self);
  AdwToast *toast;

  if (!ido_dossier_import_apply_finish (self->import, result, &self->batch, &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      set_state (self, "error");
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
      return;
    }
  /* The import wrote through its own connection: tell this one's lists. */
  tables = ido_dossier_import_get_changed_tables (self->import);
  for (guint i = 0; tables[i] != NULL; i++)
    ido_database_emit_changed (self->database, tables[i]);
  set_state (self, "done");
  if (IDO_IS_WINDOW (window))
    {
      ido_window_reload (IDO_WINDOW (window));
      message = g_strdup_printf (_("Dossier imported: %u new, %u changed"),
                                 ido_dossier_import_count (self->import, IDO_DOSSIER_CHANGE_NEW),
                                 ido_dossier_import_count (self->import, IDO_DOSSIER_CHANGE_CHANGED));
      toast = adw_toast_new (message);
      adw_toast_set_use_markup (toast, FALSE);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "app.undo-dossier-import");
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (self->batch));
      adw_toast_set_timeout (toast, 10);
      ido_window_add_toast (IDO_WINDOW (window), toast);
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
on_import_clicked_cb (IdoDossierImportDialog *self)
{
  if (self->import == NULL)
    return;
  g_set_weak_pointer (&self->window, get_window (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  set_state (self, "applying");
  ido_dossier_import_apply_async (self->import, NULL, on_applied_cb, g_object_ref (self));
}

static void
on_cancel_clicked_cb (IdoDossierImportDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

static void
on_closed_cb (IdoDossierImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
on_keep_all_clicked_cb (IdoDossierImportDialog *self)
{
  ido_dossier_import_resolve_all (self->import, IDO_DOSSIER_RESOLUTION_KEEP_MINE);
}

static void
on_theirs_all_clicked_cb (IdoDossierImportDialog *self)
{
  ido_dossier_import_resolve_all (self->import, IDO_DOSSIER_RESOLUTION_TAKE_THEIRS);
}

static void
ido_dossier_import_dialog_dispose (GObject *object)
{
  IdoDossierImportDialog *self = (IdoDossierImportDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_DOSSIER_IMPORT_DIALOG);
  G_OBJECT_CLASS (ido_dossier_import_dialog_parent_class)->dispose (object);
}

static void
ido_dossier_import_dialog_finalize (GObject *object)
{
  IdoDossierImportDialog *self = (IdoDossierImportDialog *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->import);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->window);
  g_free (self->path);
  g_free (self->state);

  G_OBJECT_CLASS (ido_dossier_import_dialog_parent_class)->finalize (object);
}

static void
ido_dossier_import_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  IdoDossierImportDialog *self = IDO_DOSSIER_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_dossier_import_dialog_class_init (IdoDossierImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_dossier_import_dialog_dispose;
  object_class->finalize = ido_dossier_import_dialog_finalize;
  object_class->get_property = ido_dossier_import_dialog_get_property;

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-dossier-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, busy_page);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, nothing_page);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, conflict_box);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierImportDialog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theirs_all_clicked_cb);

  g_type_ensure (IDO_TYPE_DOSSIER_CHANGE_ROW);
}

static void
ido_dossier_import_dialog_init (IdoDossierImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(AdwSpinnerPaintable) spinner = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  spinner = adw_spinner_paintable_new (GTK_WIDGET (self->busy_page));
  adw_status_page_set_paintable (self->busy_page, GDK_PAINTABLE (spinner));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  self->cancellable = g_cancellable_new ();
  self->state = g_strdup ("busy");
}

/**
 * ido_dossier_import_dialog_new:
 * @path: the dossier file
 *
 * Returns: (transfer floating): the dialog, to present; it starts reading
 */
AdwDialog *
ido_dossier_import_dialog_new (IdoDatabase *database,
                               const char  *path)
{
  IdoDossierImportDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (IDO_TYPE_DOSSIER_IMPORT_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->path = g_strdup (path);
  ido_dossier_import_new_async (ido_database_get_path (database), path, self->cancellable, on_preview_cb,
                                g_object_ref (self));
  return ADW_DIALOG (self);
}

/**
 * ido_dossier_import_dialog_get_import:
 *
 * Returns: (transfer none) (nullable): the preview, once read
 */
IdoDossierImport *
ido_dossier_import_dialog_get_import (IdoDossierImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT_DIALOG (self), NULL);

  return self->import;
}

const char *
ido_dossier_import_dialog_get_state (IdoDossierImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT_DIALOG (self), NULL);

  return self->state;
}

/* The batch of a finished import, for undo; 0 before. */
gint64
ido_dossier_import_dialog_get_batch (IdoDossierImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT_DIALOG (self), 0);

  return self->batch;
}

/* ido-import-source-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-import-source-row.h"

struct _IdoImportSourceRow
{
  GtkBox           parent_instance;

  AdwActionRow    *name_row;
  GtkButton       *export_button;
  GtkButton       *delete_button;
  AdwEntryRow     *url_row;
  AdwActionRow    *fetch_row;
  GtkImage        *fetch_error_icon;
  GtkButton       *fetch_button;
  GtkButton       *cancel_button;
  GtkLabel        *url_message_label;
  GtkProgressBar  *progress_bar;

  IdoDatabase     *database;
  IdoImportSource *source;
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (IdoImportSourceRow, ido_import_source_row, GTK_TYPE_BOX)

static void
show_url_error (IdoImportSourceRow *self,
                const char         *message)
{
  GtkWidget *row = GTK_WIDGET (self->url_row);

  if (message == NULL)
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_widget_set_visible (GTK_WIDGET (self->url_message_label), FALSE);
      return;
    }
  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_label_set_label (self->url_message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->url_message_label), TRUE);
}

static const char *
saved_url (IdoImportSourceRow *self)
{
  return self->source != NULL ? ido_import_source_get_fetch_url (self->source) : "";
}

static void
update_fetch_button (IdoImportSourceRow *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  g_autofree char *trimmed = g_strstrip (g_strdup (typed));
  /* Fetch what was saved; a changed address is saved first (apply). */
  gboolean can = self->source != NULL && *saved_url (self) != '\0' && g_str_equal (trimmed, saved_url (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->fetch_button), can);
  gtk_widget_set_visible (GTK_WIDGET (self->fetch_button), !self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->busy);
}

static void
on_url_changed_cb (IdoImportSourceRow *self)
{
  g_autoptr(GError) error = NULL;

  /* Said at once, at the row; nothing is saved before apply. */
  if (!ido_import_source_validate_url (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), &error))
    show_url_error (self, error->message);
  else
    show_url_error (self, NULL);
  update_fetch_button (self);
}

/**
 * ido_import_source_row_apply_url:
 *
 * Saves the typed address when it is valid, else shows why at the row.
 *
 * Returns: whether it was saved
 */
gboolean
ido_import_source_row_apply_url (IdoImportSourceRow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE_ROW (self), FALSE);

  if (self->source == NULL)
    return FALSE;
  if (!ido_import_source_set_fetch_url (self->database, ido_import_source_get_name (self->source),
                                        gtk_editable_get_text (GTK_EDITABLE (self->url_row)), &error))
    {
      show_url_error (self, error->message);
      return FALSE;
    }
  show_url_error (self, NULL);
  return TRUE;
}

static void
on_url_apply_cb (IdoImportSourceRow *self)
{
  ido_import_source_row_apply_url (self);
}

static void
ido_import_source_row_dispose (GObject *object)
{
  IdoImportSourceRow *self = (IdoImportSourceRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_IMPORT_SOURCE_ROW);
  g_clear_object (&self->source);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_import_source_row_parent_class)->dispose (object);
}

static void
ido_import_source_row_class_init (IdoImportSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_import_source_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/idoregie/IdoRegie/ui/ido-import-source-row.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, export_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, url_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, fetch_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, fetch_error_icon);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, fetch_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, url_message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportSourceRow, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_url_apply_cb);
}

static void
ido_import_source_row_init (IdoImportSourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ido_import_source_row_new (IdoDatabase *database)
{
  IdoImportSourceRow *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_IMPORT_SOURCE_ROW, NULL);
  self->database = g_object_ref (database);
  return GTK_WIDGET (self);
}

static void
set_accessible_label (gpointer    widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
set_action (GtkButton  *button,
            const char *action_name,
            GVariant   *target)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

/**
 * ido_import_source_row_set_source:
 * @source: (nullable): the source to show
 */
void
ido_import_source_row_set_source (IdoImportSourceRow *self,
                                  IdoImportSource    *source)
{
  const char *name;
  g_autofree char *columns = NULL;
  g_autofree char *label = NULL;
  GVariant *target;

  g_return_if_fail (IDO_IS_IMPORT_SOURCE_ROW (self));

  g_set_object (&self->source, source);
  if (source == NULL)
    return;
  name = ido_import_source_get_name (source);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), name);
  if (*ido_import_source_get_headers (source) != '\0')
    /* Translators: the columns a saved mapping reads, e.g. "Columns: Periode, Gemeente, Waarde" */
    columns = g_strdup_printf (_("Columns: %s"), ido_import_source_get_headers (source));
  else
    columns = g_strdup (_("No columns mapped"));
  adw_action_row_set_subtitle (self->name_row, columns);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->name_row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->fetch_row), FALSE);

  /* Keep what is being typed when the list is refreshed for another row. */
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->url_row), "error"))
    gtk_editable_set_text (GTK_EDITABLE (self->url_row), ido_import_source_get_fetch_url (source));

  target = g_variant_new_string (name);
  g_variant_ref_sink (target);
  /* The target first: an action name without its target is a mismatch. */
  set_action (self->export_button, "sources.export", target);
  set_action (self->delete_button, "sources.delete", target);
  set_action (self->fetch_button, "sources.fetch", target);
  set_action (self->cancel_button, "sources.cancel-fetch", target);
  g_variant_unref (target);

  label = g_strdup_printf (_("Export preset “%s” as JSON"), name);
  set_accessible_label (self->export_button, label);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf (_("Delete preset “%s”"), name);
  set_accessible_label (self->delete_button, label);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf (_("Fetch the file of “%s” and import it"), name);
  set_accessible_label (self->fetch_button, label);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf (_("Address to fetch “%s” from"), name);
  set_accessible_label (self->url_row, label);
  g_clear_pointer (&label, g_free);
  set_accessible_label (self->cancel_button, _("Cancel the download"));
  update_fetch_button (self);
}

IdoImportSource *
ido_import_source_row_get_source (IdoImportSourceRow *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE_ROW (self), NULL);

  return self->source;
}

/**
 * ido_import_source_row_set_fetch_state:
 * @busy: whether this source is being fetched
 * @progress: 0 to 1, or below 0 while the size is unknown
 * @message: (nullable): how the last fetch went, or %NULL for the hint
 * @is_error: whether @message says it failed
 */
void
ido_import_source_row_set_fetch_state (IdoImportSourceRow *self,
                                       gboolean            busy,
                                       double              progress,
                                       const char         *message,
                                       gboolean            is_error)
{
  g_return_if_fail (IDO_IS_IMPORT_SOURCE_ROW (self));

  self->busy = busy;
  if (busy && progress >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, progress);
  else if (busy)
    gtk_progress_bar_pulse (self->progress_bar);
  if (message == NULL)
    message = *saved_url (self) != '\0' ? _("Downloads the file and opens the import with this preset.")
                                        : _("Save an https:// address first.");
  adw_action_row_set_subtitle (self->fetch_row, message);
  gtk_widget_set_visible (GTK_WIDGET (self->fetch_error_icon), is_error);
  update_fetch_button (self);
}

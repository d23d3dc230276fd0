/* ido-signal-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A signal about where residents get stuck, its policy domains and its
 * improvement actions (owner, due date, done).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-entry.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-record-row.h"
#include "ido-record-store.h"
#include "ido-record.h"
#include "ido-signal-dialog.h"
#include "ido-validate.h"

struct _IdoSignalDialog
{
  AdwDialog            parent_instance;

  IdoDatabase         *database;
  IdoSignal           *signal;
  GPtrArray           *domain_rows;
  GPtrArray           *action_rows;

  GtkLabel            *error_label;
  AdwEntryRow         *description_row;
  AdwEntryRow         *service_row;
  AdwEntryRow         *date_row;
  AdwComboRow         *source_row;
  AdwComboRow         *status_row;
  AdwExpanderRow      *domains_row;
  AdwPreferencesGroup *actions_group;
  AdwEntryRow         *action_row;
  AdwEntryRow         *owner_row;
  AdwEntryRow         *due_row;
  GtkWidget           *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoSignalDialog, ido_signal_dialog, ADW_TYPE_DIALOG)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (IdoSignalDialog *self)
{
  ido_form_clear_rows (self->error_label, GTK_WIDGET (self->description_row), GTK_WIDGET (self->date_row),
                       GTK_WIDGET (self->source_row), GTK_WIDGET (self->action_row), GTK_WIDGET (self->due_row),
                       NULL);
}

static gboolean
read_form (IdoSignalDialog *self)
{
  g_autofree char *received_on = NULL;

  clear_errors (self);
  if (!ido_form_read_date (self->date_row, &received_on, self->error_label))
    return FALSE;
  g_set_str (&self->signal->received_on, received_on);
  g_set_str (&self->signal->description,
             gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  g_set_str (&self->signal->service, gtk_editable_get_text (GTK_EDITABLE (self->service_row)));
  g_set_str (&self->signal->source, ido_form_get_combo (self->source_row, ido_signal_get_sources ()));
  g_set_str (&self->signal->status, ido_form_get_combo (self->status_row, ido_signal_get_statuses ()));
  g_array_set_size (self->signal->policy_domain_ids, 0);
  for (guint i = 0; i < self->domain_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->domain_rows, i);

      if (adw_switch_row_get_active (row))
        g_array_append_val (self->signal->policy_domain_ids, *(gint64 *) g_object_get_data (G_OBJECT (row), "id"));
    }
  return TRUE;
}

static gboolean
save (IdoSignalDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!read_form (self))
    return FALSE;
  if (!ido_signal_save (self->database, self->signal, &error))
    {
      GtkWidget *row = NULL;

      if (error->domain == IDO_FIELD_ERROR)
        row = error->code == IDO_FIELD_NAME ? GTK_WIDGET (self->description_row)
              : error->code == IDO_FIELD_DATE ? GTK_WIDGET (self->date_row)
              : GTK_WIDGET (self->source_row);
      ido_form_show_error_and_focus (row, self->error_label, error->message);
      return FALSE;
    }
  gtk_widget_set_visible (self->delete_button, TRUE);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoSignalDialog *self = IDO_SIGNAL_DIALOG (widget);

  if (save (self))
    adw_dialog_close (ADW_DIALOG (self));
}

static void fill_actions (IdoSignalDialog *self);

static void
on_done_toggled_cb (GtkCheckButton  *check,
                    IdoSignalDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "id");
  g_autofree char *today = ido_today_iso ();
  g_autoptr(GError) error = NULL;

  if (!ido_action_item_set_done (self->database, id, gtk_check_button_get_active (check) ? today : NULL, &error))
    ido_form_show_error_and_focus (NULL, self->error_label, error->message);
}

static GtkWidget *
action_item_row (IdoSignalDialog *self,
                 IdoActionItem   *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autoptr(GString) subtitle = g_string_new (item->owner);
  g_autofree char *check_label = g_strdup_printf (_("Done: %s"), item->description);
  gint64 *id = g_new (gint64, 1);

  *id = item->id;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->description);
  if (item->due_on != NULL)
    {
      g_autofree char *due = ido_format_iso_date (item->due_on);

      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", due);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->done_on != NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_object_set_data_full (G_OBJECT (check), "id", id, g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static void
fill_actions (IdoSignalDialog *self)
{
  g_autoptr(GPtrArray) items = NULL;

  ido_form_remove_rows (self->action_rows, self->actions_group);
  if (self->signal->id == 0)
    return;
  items = ido_signal_load_actions (self->database, self->signal->id, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      GtkWidget *row = action_item_row (self, g_ptr_array_index (items, i));

      adw_preferences_group_add (self->actions_group, row);
      g_ptr_array_add (self->action_rows, row);
    }
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  IdoSignalDialog *self = IDO_SIGNAL_DIALOG (widget);
  g_autoptr(IdoActionItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_on = NULL;

  if (!save (self))
    return;
  if (!ido_form_read_date (self->due_row, &due_on, self->error_label))
    return;
  item = ido_signal_add_action (self->database, self->signal->id,
                                gtk_editable_get_text (GTK_EDITABLE (self->action_row)),
                                gtk_editable_get_text (GTK_EDITABLE (self->owner_row)), due_on, &error);
  if (item == NULL)
    {
      ido_form_show_error_and_focus (error->code == IDO_FIELD_NAME ? GTK_WIDGET (self->action_row) : GTK_WIDGET (self->due_row),
                                     self->error_label, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->action_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  if (g_str_equal (self->signal->status, "open"))
    {
      g_set_str (&self->signal->status, "in-progress");
      ido_form_set_combo (self->status_row, ido_signal_get_statuses (), "in-progress");
    }
  fill_actions (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoSignalDialog *self = IDO_SIGNAL_DIALOG (widget);

  if (self->signal->id == 0)
    return;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->signal->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static gboolean
has_domain (IdoSignal *signal,
            gint64     id)
{
  for (guint i = 0; i < signal->policy_domain_ids->len; i++)
    {
      if (g_array_index (signal->policy_domain_ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

static void
fill_domains (IdoSignalDialog *self)
{
  g_autoptr(IdoRecordStore) domains = ido_record_store_new (self->database, IDO_RECORD_POLICY_DOMAIN);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (domains)); i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (domains), i);
      GtkWidget *row = adw_switch_row_new ();
      gint64 *id = g_new (gint64, 1);

      *id = ido_record_get_id (record);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ido_record_get_title (record));
      adw_switch_row_set_active (ADW_SWITCH_ROW (row), has_domain (self->signal, *id));
      g_object_set_data_full (G_OBJECT (row), "id", id, g_free);
      adw_expander_row_add_row (self->domains_row, row);
      g_ptr_array_add (self->domain_rows, row);
    }
}

static void
fill_form (IdoSignalDialog *self)
{
  IdoSignal *s = self->signal;
  g_autoptr(GListModel) sources = ido_form_labels_model (ido_signal_get_sources (), ido_signal_source_get_label);
  g_autoptr(GListModel) statuses = ido_form_labels_model (ido_signal_get_statuses (), ido_signal_status_get_label);

  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  ido_form_set_combo (self->source_row, ido_signal_get_sources (), s->source);
  ido_form_set_combo (self->status_row, ido_signal_get_statuses (), s->status);
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), s->description);
  gtk_editable_set_text (GTK_EDITABLE (self->service_row), s->service);
  ido_form_set_date (self->date_row, s->received_on);
  fill_domains (self);
  fill_actions (self);
  gtk_widget_set_visible (self->delete_button, s->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), s->id > 0 ? _("Signal") : _("New Signal"));
}

static void
ido_signal_dialog_dispose (GObject *object)
{
  IdoSignalDialog *self = (IdoSignalDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_SIGNAL_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->signal, ido_signal_free);
  g_clear_pointer (&self->domain_rows, g_ptr_array_unref);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_signal_dialog_parent_class)->dispose (object);
}

static void
ido_signal_dialog_class_init (IdoSignalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_signal_dialog_dispose;

  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-signal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, domains_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, actions_group);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, action_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSignalDialog, delete_button);

  gtk_widget_class_install_action (widget_class, "signal.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "signal.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "signal.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "signal.save", NULL);
}

static void
ido_signal_dialog_init (IdoSignalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->domain_rows = g_ptr_array_new ();
  self->action_rows = g_ptr_array_new ();
}

/**
 * ido_signal_dialog_new:
 * @signal: (transfer full): the signal to edit
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_signal_dialog_new (IdoDatabase *database,
                       IdoSignal   *signal)
{
  IdoSignalDialog *self = g_object_new (IDO_TYPE_SIGNAL_DIALOG, NULL);

  self->database = g_object_ref (database);
  self->signal = signal;
  fill_form (self);
  return ADW_DIALOG (self);
}

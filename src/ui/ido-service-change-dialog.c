/* ido-service-change-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-service-change-dialog.h"
#include "ido-validate.h"

struct _IdoServiceChangeDialog
{
  AdwDialog         parent_instance;

  IdoDatabase      *database;
  IdoServiceChange *change;

  GtkLabel         *warning_label;
  GtkLabel         *error_label;
  AdwEntryRow      *service_row;
  AdwEntryRow      *change_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *impact_row;
  AdwEntryRow      *informed_row;
  AdwEntryRow      *how_row;
  AdwEntryRow      *follow_up_row;
  GtkMenuButton    *follow_up_menu_button;
  GtkWidget        *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoServiceChangeDialog, ido_service_change_dialog, ADW_TYPE_DIALOG)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_warning (IdoServiceChangeDialog *self)
{
  g_autofree char *today = ido_today_iso ();
  gboolean warn = ido_service_change_needs_warning (self->change, today);

  gtk_label_set_label (self->warning_label,
                       _("This change takes effect within six weeks and the IDO has not been informed yet."));
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warn);
}

static gboolean
read_form (IdoServiceChangeDialog *self)
{
  g_autofree char *changes_on = NULL;
  g_autofree char *informed_on = NULL;

  ido_form_clear_rows (self->error_label, GTK_WIDGET (self->service_row), GTK_WIDGET (self->date_row),
                       GTK_WIDGET (self->informed_row), NULL);
  if (!ido_form_read_date (self->date_row, &changes_on, self->error_label) ||
      !ido_form_read_date (self->informed_row, &informed_on, self->error_label))
    return FALSE;
  g_set_str (&self->change->service, gtk_editable_get_text (GTK_EDITABLE (self->service_row)));
  g_set_str (&self->change->change, gtk_editable_get_text (GTK_EDITABLE (self->change_row)));
  g_set_str (&self->change->changes_on, changes_on);
  g_set_str (&self->change->impact, gtk_editable_get_text (GTK_EDITABLE (self->impact_row)));
  g_set_str (&self->change->ido_informed_on, informed_on);
  g_set_str (&self->change->informed_how, gtk_editable_get_text (GTK_EDITABLE (self->how_row)));
  g_set_str (&self->change->follow_up, gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row)));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoServiceChangeDialog *self = IDO_SERVICE_CHANGE_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!read_form (self))
    return;
  if (!ido_service_change_save (self->database, self->change, &error))
    {
      GtkWidget *row = NULL;

      if (error->domain == IDO_FIELD_ERROR)
        row = error->code == IDO_FIELD_NAME ? GTK_WIDGET (self->service_row)
              : error->code == IDO_FIELD_DATE ? GTK_WIDGET (self->date_row)
              : GTK_WIDGET (self->informed_row);
      ido_form_show_error_and_focus (row, self->error_label, error->message);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoServiceChangeDialog *self = IDO_SERVICE_CHANGE_DIALOG (widget);

  if (self->change->id == 0)
    return;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->change->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
pick_follow_up_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  IdoServiceChangeDialog *self = IDO_SERVICE_CHANGE_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), g_variant_get_string (parameter, NULL));
}

static void
fill_form (IdoServiceChangeDialog *self)
{
  IdoServiceChange *c = self->change;
  const char * const *follow_ups = ido_service_change_get_follow_up_suggestions ();
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_editable_set_text (GTK_EDITABLE (self->service_row), c->service);
  gtk_editable_set_text (GTK_EDITABLE (self->change_row), c->change);
  ido_form_set_date (self->date_row, c->changes_on);
  gtk_editable_set_text (GTK_EDITABLE (self->impact_row), c->impact);
  ido_form_set_date (self->informed_row, c->ido_informed_on);
  gtk_editable_set_text (GTK_EDITABLE (self->how_row), c->informed_how);
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), c->follow_up);
  for (guint i = 0; follow_ups[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(follow_ups[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "change.pick-follow-up", g_variant_new_string (_(follow_ups[i])));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->follow_up_menu_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (self->delete_button, c->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), c->id > 0 ? _("Change in an E-service") : _("New Change in an E-service"));
  update_warning (self);
}

static void
ido_service_change_dialog_dispose (GObject *object)
{
  IdoServiceChangeDialog *self = (IdoServiceChangeDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_SERVICE_CHANGE_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->change, ido_service_change_free);

  G_OBJECT_CLASS (ido_service_change_dialog_parent_class)->dispose (object);
}

static void
ido_service_change_dialog_class_init (IdoServiceChangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_service_change_dialog_dispose;

  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-service-change-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, change_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, impact_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, informed_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, how_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, follow_up_menu_button);
  gtk_widget_class_bind_template_child (widget_class, IdoServiceChangeDialog, delete_button);

  gtk_widget_class_install_action (widget_class, "change.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "change.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "change.pick-follow-up", "s", pick_follow_up_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "change.save", NULL);
}

static void
ido_service_change_dialog_init (IdoServiceChangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_service_change_dialog_new:
 * @change: (transfer full): the change to edit
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_service_change_dialog_new (IdoDatabase      *database,
                               IdoServiceChange *change)
{
  IdoServiceChangeDialog *self = g_object_new (IDO_TYPE_SERVICE_CHANGE_DIALOG, NULL);

  self->database = g_object_ref (database);
  self->change = change;
  fill_form (self);
  return ADW_DIALOG (self);
}

/* ido-desk-editor.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A municipal desk (vindplaats): who to talk to, how it refers residents to
 * the IDO, the referrals counted per quarter, and when it was trained.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-desk.h"
#include "ido-desk-editor.h"
#include "ido-form.h"
#include "ido-partner.h"
#include "ido-validate.h"

struct _IdoDeskEditor
{
  AdwDialog            parent_instance;

  IdoDatabase         *database;
  IdoDesk             *desk;
  GPtrArray           *quarter_rows;   /* AdwSpinRow, titled with the quarter */
  GPtrArray           *error_rows;

  AdwToastOverlay     *toast_overlay;
  AdwEntryRow         *name_row;
  AdwEntryRow         *department_row;
  AdwEntryRow         *contact_name_row;
  AdwEntryRow         *contact_email_row;
  AdwEntryRow         *contact_phone_row;
  GtkLabel            *desk_error;
  AdwEntryRow         *referral_row;
  AdwEntryRow         *notes_row;
  AdwActionRow        *training_row;
  AdwPreferencesGroup *counts_group;
  AdwPreferencesGroup *danger_group;
};

G_DEFINE_FINAL_TYPE (IdoDeskEditor, ido_desk_editor, ADW_TYPE_DIALOG)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_quarter_cb (IdoDeskEditor *self,
                      GtkButton     *button)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ido-quarter-row");

  adw_preferences_group_remove (self->counts_group, row);
  g_ptr_array_remove (self->quarter_rows, row);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (adw_preferences_row_get_title (*(AdwPreferencesRow **) a),
                    adw_preferences_row_get_title (*(AdwPreferencesRow **) b));
}

/* Keeps the rows in the order of their quarters, the latest last. */
static void
sort_rows (IdoDeskEditor *self)
{
  for (guint i = 0; i < self->quarter_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->quarter_rows, i);

      g_object_ref (row);
      if (gtk_widget_get_parent (row) != NULL)
        adw_preferences_group_remove (self->counts_group, row);
    }
  g_ptr_array_sort (self->quarter_rows, compare_rows);
  for (guint i = 0; i < self->quarter_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->quarter_rows, i);

      adw_preferences_group_add (self->counts_group, row);
      g_object_unref (row);
    }
}

static GtkWidget *
add_quarter_row (IdoDeskEditor *self,
                 const char    *quarter,
                 int            referrals)
{
  GtkWidget *row = adw_spin_row_new_with_range (0, 100000, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Forget the count of %s"), quarter);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quarter);
  adw_spin_row_set_value (ADW_SPIN_ROW (row), MAX (referrals, 0));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, tooltip);
  g_object_set_data (G_OBJECT (remove), "ido-quarter-row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_quarter_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_ptr_array_add (self->quarter_rows, row);
  sort_rows (self);
  return row;
}

static void
update_training_row (IdoDeskEditor *self)
{
  IdoTrainingState state = ido_desk_get_training_state (self->desk, NULL);
  g_autofree char *date = ido_date_to_user (self->desk->last_trained_on);
  g_autofree char *subtitle = NULL;
  GtkWidget *icon;

  if (state == IDO_TRAINING_STATE_NEVER)
    subtitle = g_strdup (_("Never trained in recognising and referring residents warmly; plan a training."));
  else if (state == IDO_TRAINING_STATE_STALE)
    subtitle = g_strdup_printf (_("Last trained on %s, more than two years ago; plan a new training."), date);
  else
    subtitle = g_strdup_printf (_("Last trained on %s"), date);
  adw_action_row_set_subtitle (self->training_row, subtitle);
  if (state == IDO_TRAINING_STATE_CURRENT)
    return;
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, ido_training_state_get_label (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ido_training_state_get_label (state), -1);
  adw_action_row_add_suffix (self->training_row, icon);
}

static void
fill_in (IdoDeskEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->desk->name);
  gtk_editable_set_text (GTK_EDITABLE (self->department_row), self->desk->department);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_name_row), self->desk->contact_name);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_email_row), self->desk->contact_email);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_phone_row), self->desk->contact_phone);
  gtk_editable_set_text (GTK_EDITABLE (self->referral_row), self->desk->referral_text);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), self->desk->notes);
  for (guint i = 0; i < self->desk->referral_counts->len; i++)
    {
      IdoDeskReferralCount *count = &g_array_index (self->desk->referral_counts, IdoDeskReferralCount, i);

      add_quarter_row (self, count->period, count->referrals);
    }
  update_training_row (self);
  gtk_widget_set_visible (GTK_WIDGET (self->training_row), self->desk->id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->danger_group), self->desk->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), self->desk->id > 0 ? _("Municipal Desk") : _("New Municipal Desk"));
}

static void
read_form (IdoDeskEditor *self)
{
  IdoDesk *desk = self->desk;

  g_free (desk->name);
  desk->name = ido_form_dup_text (self->name_row);
  g_free (desk->department);
  desk->department = ido_form_dup_text (self->department_row);
  g_free (desk->contact_name);
  desk->contact_name = ido_form_dup_text (self->contact_name_row);
  g_free (desk->contact_email);
  desk->contact_email = ido_form_dup_text (self->contact_email_row);
  g_free (desk->contact_phone);
  desk->contact_phone = ido_form_dup_text (self->contact_phone_row);
  g_free (desk->referral_text);
  desk->referral_text = ido_form_dup_text (self->referral_row);
  g_free (desk->notes);
  desk->notes = ido_form_dup_text (self->notes_row);
  g_array_set_size (desk->referral_counts, 0);
  for (guint i = 0; i < self->quarter_rows->len; i++)
    {
      AdwSpinRow *row = g_ptr_array_index (self->quarter_rows, i);

      ido_desk_set_referrals (desk, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              (int) adw_spin_row_get_value (row));
    }
}

static void
clear_errors (IdoDeskEditor *self)
{
  for (guint i = 0; i < self->error_rows->len; i++)
    ido_form_clear_error (g_ptr_array_index (self->error_rows, i), NULL);
  g_ptr_array_set_size (self->error_rows, 0);
  ido_form_clear_error (NULL, self->desk_error);
}

static void
show_error (IdoDeskEditor *self,
            const GError  *error)
{
  GtkWidget *row = GTK_WIDGET (self->name_row);

  if (error->code == IDO_FIELD_EMAIL)
    row = GTK_WIDGET (self->contact_email_row);
  else if (error->code == IDO_FIELD_PHONE)
    row = GTK_WIDGET (self->contact_phone_row);
  g_ptr_array_add (self->error_rows, row);
  ido_form_show_error_and_focus (row, self->desk_error, error->message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoDeskEditor *self = IDO_DESK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  clear_errors (self);
  read_form (self);
  if (!ido_desk_save (self->database, self->desk, &error))
    {
      if (error->domain == IDO_FIELD_ERROR)
        show_error (self, error);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->desk->id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

/* Adds the quarter after the latest one counted, or the current quarter. */
static void
add_quarter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoDeskEditor *self = IDO_DESK_EDITOR (widget);
  g_autofree char *today = ido_today_iso ();
  g_autofree char *quarter = NULL;
  GtkWidget *row;

  if (self->quarter_rows->len > 0)
    {
      AdwPreferencesRow *last = g_ptr_array_index (self->quarter_rows, self->quarter_rows->len - 1);

      quarter = ido_quarter_add (adw_preferences_row_get_title (last), 1);
    }
  else
    quarter = ido_quarter_of (today);
  row = add_quarter_row (self, quarter, 0);
  gtk_widget_grab_focus (row);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoDeskEditor *self = IDO_DESK_EDITOR (widget);
  gint64 id = self->desk->id;

  g_object_ref (self);
  adw_dialog_force_close (ADW_DIALOG (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, id);
  g_object_unref (self);
}

static void
ido_desk_editor_dispose (GObject *object)
{
  IdoDeskEditor *self = (IdoDeskEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_DESK_EDITOR);
  g_clear_pointer (&self->quarter_rows, g_ptr_array_unref);
  g_clear_pointer (&self->error_rows, g_ptr_array_unref);
  g_clear_pointer (&self->desk, ido_desk_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_desk_editor_parent_class)->dispose (object);
}

static void
ido_desk_editor_class_init (IdoDeskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_desk_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-desk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, desk_error);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, referral_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, training_row);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, counts_group);
  gtk_widget_class_bind_template_child (widget_class, IdoDeskEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "desk.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "desk.add-quarter", NULL, add_quarter_action);
  gtk_widget_class_install_action (widget_class, "desk.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "desk.save", NULL);
}

static void
ido_desk_editor_init (IdoDeskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->quarter_rows = g_ptr_array_new ();
  self->error_rows = g_ptr_array_new ();
}

/**
 * ido_desk_editor_new:
 * @desk_id: the desk, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, to present
 */
AdwDialog *
ido_desk_editor_new (IdoDatabase *database,
                     gint64       desk_id)
{
  IdoDeskEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_DESK_EDITOR, NULL);
  self->database = g_object_ref (database);
  if (desk_id > 0)
    self->desk = ido_desk_load (database, desk_id, &error);
  if (self->desk == NULL)
    {
      if (error != NULL)
        g_warning ("Could not load the desk: %s", error->message);
      self->desk = ido_desk_new ();
    }
  fill_in (self);
  return ADW_DIALOG (self);
}

gint64
ido_desk_editor_get_desk_id (IdoDeskEditor *self)
{
  g_return_val_if_fail (IDO_IS_DESK_EDITOR (self), 0);
  return self->desk->id;
}

/**
 * ido_desk_editor_get_quarter_row:
 *
 * Returns: (transfer none) (nullable): the count of @quarter
 */
GtkWidget *
ido_desk_editor_get_quarter_row (IdoDeskEditor *self,
                                 const char    *quarter)
{
  g_return_val_if_fail (IDO_IS_DESK_EDITOR (self), NULL);

  for (guint i = 0; i < self->quarter_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (self->quarter_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), quarter) == 0)
        return GTK_WIDGET (row);
    }
  return NULL;
}

/* ido-training-editor.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A training "herkennen en warm doorverwijzen": when, by whom, for which
 * desks and departments, with how many participants.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-desk.h"
#include "ido-form.h"
#include "ido-training-editor.h"
#include "ido-validate.h"

struct _IdoTrainingEditor
{
  AdwDialog            parent_instance;

  IdoDatabase         *database;
  IdoTraining         *training;
  GPtrArray           *desk_rows;      /* AdwSwitchRow with "ido-desk-id" */
  GPtrArray           *error_rows;

  AdwToastOverlay     *toast_overlay;
  AdwEntryRow         *date_row;
  AdwEntryRow         *provider_row;
  AdwSpinRow          *participants_row;
  AdwEntryRow         *notes_row;
  GtkLabel            *training_error;
  AdwPreferencesGroup *desks_group;
  AdwEntryRow         *departments_row;
  AdwPreferencesGroup *danger_group;
};

G_DEFINE_FINAL_TYPE (IdoTrainingEditor, ido_training_editor, ADW_TYPE_DIALOG)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_desk_rows (IdoTrainingEditor *self)
{
  g_autoptr(GPtrArray) desks = ido_desk_list (self->database, NULL);

  /* The departments row stays last. */
  adw_preferences_group_remove (self->desks_group, GTK_WIDGET (self->departments_row));
  for (guint i = 0; desks != NULL && i < desks->len; i++)
    {
      IdoDesk *desk = g_ptr_array_index (desks, i);
      GtkWidget *row = adw_switch_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), desk->name);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), desk->department);
      adw_switch_row_set_active (ADW_SWITCH_ROW (row), ido_training_has_desk (self->training, desk->id));
      g_object_set_data_full (G_OBJECT (row), "ido-desk-id", g_memdup2 (&desk->id, sizeof desk->id), g_free);
      adw_preferences_group_add (self->desks_group, row);
      g_ptr_array_add (self->desk_rows, row);
    }
  adw_preferences_group_add (self->desks_group, GTK_WIDGET (self->departments_row));
  if (self->desk_rows->len == 0)
    adw_preferences_group_set_description (self->desks_group,
                                           _("Add the municipal desks first to tick the ones trained."));
}

static void
fill_in (IdoTrainingEditor *self)
{
  ido_form_set_date (self->date_row, self->training->held_on);
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), self->training->provider);
  adw_spin_row_set_value (self->participants_row, MAX (self->training->participants, 0));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), self->training->notes);
  gtk_editable_set_text (GTK_EDITABLE (self->departments_row), self->training->departments);
  add_desk_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->danger_group), self->training->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), self->training->id > 0 ? _("Training") : _("New Training"));
}

static gboolean
read_form (IdoTrainingEditor  *self,
           GError            **error)
{
  IdoTraining *training = self->training;
  int participants = (int) adw_spin_row_get_value (self->participants_row);

  g_free (training->provider);
  training->provider = ido_form_dup_text (self->provider_row);
  g_free (training->notes);
  training->notes = ido_form_dup_text (self->notes_row);
  g_free (training->departments);
  training->departments = ido_form_dup_text (self->departments_row);
  training->participants = participants > 0 ? participants : -1;
  for (guint i = 0; i < self->desk_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->desk_rows, i);
      gint64 *id = g_object_get_data (G_OBJECT (row), "ido-desk-id");

      ido_training_set_desk (training, *id, adw_switch_row_get_active (row));
    }
  g_clear_pointer (&training->held_on, g_free);
  return ido_form_get_date (self->date_row, IDO_FIELD_DATE, &training->held_on, error);
}

static void
clear_errors (IdoTrainingEditor *self)
{
  for (guint i = 0; i < self->error_rows->len; i++)
    ido_form_clear_error (g_ptr_array_index (self->error_rows, i), NULL);
  g_ptr_array_set_size (self->error_rows, 0);
  ido_form_clear_error (NULL, self->training_error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoTrainingEditor *self = IDO_TRAINING_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  clear_errors (self);
  if (!read_form (self, &error) || !ido_training_save (self->database, self->training, &error))
    {
      GtkWidget *row = GTK_WIDGET (g_error_matches (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER)
                                   ? (GtkWidget *) self->participants_row : (GtkWidget *) self->date_row);

      if (error->domain != IDO_FIELD_ERROR)
        {
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
          return;
        }
      g_ptr_array_add (self->error_rows, row);
      ido_form_show_error_and_focus (row, self->training_error, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->training->id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoTrainingEditor *self = IDO_TRAINING_EDITOR (widget);
  gint64 id = self->training->id;

  g_object_ref (self);
  adw_dialog_force_close (ADW_DIALOG (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, id);
  g_object_unref (self);
}

static void
ido_training_editor_dispose (GObject *object)
{
  IdoTrainingEditor *self = (IdoTrainingEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_TRAINING_EDITOR);
  g_clear_pointer (&self->desk_rows, g_ptr_array_unref);
  g_clear_pointer (&self->error_rows, g_ptr_array_unref);
  g_clear_pointer (&self->training, ido_training_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_training_editor_parent_class)->dispose (object);
}

static void
ido_training_editor_class_init (IdoTrainingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_training_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-training-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, provider_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, training_error);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, desks_group);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, departments_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTrainingEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "training.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "training.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "training.save", NULL);
}

static void
ido_training_editor_init (IdoTrainingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->desk_rows = g_ptr_array_new ();
  self->error_rows = g_ptr_array_new ();
}

/**
 * ido_training_editor_new:
 * @training_id: the training, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, to present
 */
AdwDialog *
ido_training_editor_new (IdoDatabase *database,
                         gint64       training_id)
{
  IdoTrainingEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_TRAINING_EDITOR, NULL);
  self->database = g_object_ref (database);
  if (training_id > 0)
    self->training = ido_training_load (database, training_id, &error);
  if (self->training == NULL)
    {
      if (error != NULL)
        g_warning ("Could not load the training: %s", error->message);
      self->training = ido_training_new ();
    }
  fill_in (self);
  return ADW_DIALOG (self);
}

gint64
ido_training_editor_get_training_id (IdoTrainingEditor *self)
{
  g_return_val_if_fail (IDO_IS_TRAINING_EDITOR (self), 0);
  return self->training->id;
}

/**
 * ido_training_editor_get_desk_row:
 *
 * Returns: (transfer none) (nullable): the switch of a desk
 */
GtkWidget *
ido_training_editor_get_desk_row (IdoTrainingEditor *self,
                                  gint64             desk_id)
{
  g_return_val_if_fail (IDO_IS_TRAINING_EDITOR (self), NULL);

  for (guint i = 0; i < self->desk_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->desk_rows, i);

      if (*(gint64 *) g_object_get_data (G_OBJECT (row), "ido-desk-id") == desk_id)
        return row;
    }
  return NULL;
}

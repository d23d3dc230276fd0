/* ido-certification-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CBCT certification of a library organisation, with the audit quarter
 * and self-evaluation deadline derived as the date is typed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-certification-dialog.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-validate.h"

struct _IdoCertificationDialog
{
  IdoEditDialog     parent_instance;

  IdoCertification *certification;
  GArray           *library_ids;

  GtkWidget        *form;
  GtkLabel         *message_label;
  AdwComboRow      *library_row;
  AdwEntryRow      *until_row;
  AdwComboRow      *outcome_row;
  AdwActionRow     *schedule_row;
  AdwEntryRow      *report_notes_row;
  AdwEntryRow      *improvement_row;
  GtkWidget        *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoCertificationDialog, ido_certification_dialog, IDO_TYPE_EDIT_DIALOG)

static void
fill_libraries (IdoCertificationDialog *self)
{
  g_autoptr(GPtrArray) libraries = ido_library_list (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), NULL);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    {
      IdoLibrary *library = g_ptr_array_index (libraries, i);

      g_array_append_val (self->library_ids, library->id);
      gtk_string_list_append (labels, library->name);
    }
  adw_combo_row_set_model (self->library_row, G_LIST_MODEL (labels));
  g_object_unref (labels);
}

static void
on_until_changed_cb (IdoCertificationDialog *self)
{
  g_autofree char *text = ido_form_dup_text (self->until_row);
  g_autofree char *iso = ido_date_from_user (text);
  g_autofree char *schedule = NULL;

  if (iso != NULL)
    {
      g_set_str (&self->certification->certified_until, iso);
      schedule = ido_certification_describe_schedule (self->certification, NULL);
    }
  adw_action_row_set_subtitle (self->schedule_row,
                               schedule ? schedule : _("Enter the date the certificate runs until"));
}

static gboolean
ido_certification_dialog_save (IdoEditDialog  *dialog,
                               GError        **error)
{
  IdoCertificationDialog *self = IDO_CERTIFICATION_DIALOG (dialog);
  IdoCertification *c = self->certification;
  guint library = adw_combo_row_get_selected (self->library_row);
  g_autofree char *until = NULL;

  if (!ido_form_get_date (self->until_row, IDO_FIELD_END_DATE, &until, error))
    return FALSE;
  g_set_str (&c->certified_until, until);
  c->library_id = library < self->library_ids->len ? g_array_index (self->library_ids, gint64, library) : 0;
  g_set_str (&c->outcome, ido_certification_outcomes ()[adw_combo_row_get_selected (self->outcome_row)]);
  g_free (c->report_notes);
  c->report_notes = ido_form_dup_text (self->report_notes_row);
  g_free (c->improvement_points);
  c->improvement_points = ido_form_dup_text (self->improvement_row);
  return ido_certification_save (ido_edit_dialog_get_database (dialog), c, error);
}

static GtkWidget *
ido_certification_dialog_get_field_row (IdoEditDialog *dialog,
                                        int            field)
{
  IdoCertificationDialog *self = IDO_CERTIFICATION_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_LIBRARY:
      return GTK_WIDGET (self->library_row);
    case IDO_FIELD_END_DATE:
    case IDO_FIELD_DATE:
      return GTK_WIDGET (self->until_row);
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->outcome_row);
    default:
      return NULL;
    }
}

static gboolean
restore_certification (IdoDatabase  *database,
                       gpointer      data,
                       GError      **error)
{
  IdoCertification *c = data;

  c->id = 0;
  return ido_certification_save (database, c, error);
}

static void
ido_certification_dialog_delete (IdoEditDialog *dialog)
{
  IdoCertificationDialog *self = IDO_CERTIFICATION_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoCertification) copy = ido_certification_load (database, self->certification->id, &error);

  if (copy == NULL || !ido_certification_delete (database, copy->id, &error))
    {
      ido_edit_dialog_show_error (dialog, error);
      return;
    }
  ido_edit_dialog_offer_undo (dialog, _("Certification deleted"), restore_certification,
                              g_steal_pointer (&copy), (GDestroyNotify) ido_certification_free);
}

static void
ido_certification_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_CERTIFICATION_DIALOG);

  G_OBJECT_CLASS (ido_certification_dialog_parent_class)->dispose (object);
}

static void
ido_certification_dialog_finalize (GObject *object)
{
  IdoCertificationDialog *self = (IdoCertificationDialog *) object;

  g_clear_pointer (&self->certification, ido_certification_free);
  g_clear_pointer (&self->library_ids, g_array_unref);

  G_OBJECT_CLASS (ido_certification_dialog_parent_class)->finalize (object);
}

static void
ido_certification_dialog_class_init (IdoCertificationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_certification_dialog_dispose;
  object_class->finalize = ido_certification_dialog_finalize;

  dialog_class->save = ido_certification_dialog_save;
  dialog_class->get_field_row = ido_certification_dialog_get_field_row;
  dialog_class->delete = ido_certification_dialog_delete;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-certification-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, library_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, report_notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, improvement_row);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationDialog, delete_button);
}

static void
ido_certification_dialog_init (IdoCertificationDialog *self)
{
  g_autoptr(GListModel) outcomes = ido_form_labels_model (ido_certification_outcomes (),
                                                          ido_certification_outcome_get_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->library_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_combo_row_set_model (self->outcome_row, outcomes);
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
  g_signal_connect_swapped (self->until_row, "changed", G_CALLBACK (on_until_changed_cb), self);
}

static void
load (IdoCertificationDialog *self,
      gint64                  certification_id,
      gint64                  library_id)
{
  g_autoptr(GError) error = NULL;

  if (certification_id > 0)
    self->certification = ido_certification_load (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)),
                                                  certification_id, &error);
  if (self->certification == NULL)
    self->certification = ido_certification_new (library_id);
  for (guint i = 0; i < self->library_ids->len; i++)
    {
      if (g_array_index (self->library_ids, gint64, i) == self->certification->library_id)
        adw_combo_row_set_selected (self->library_row, i);
    }
  adw_combo_row_set_selected (self->outcome_row,
                              ido_form_code_position (ido_certification_outcomes (),
                                                      self->certification->outcome));
  ido_form_set_text (self->report_notes_row, self->certification->report_notes);
  ido_form_set_text (self->improvement_row, self->certification->improvement_points);
  ido_form_set_date (self->until_row, self->certification->certified_until);
  on_until_changed_cb (self);
  if (error != NULL)
    ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
}

/**
 * ido_certification_dialog_new:
 * @certification_id: the certification to change, or 0 for a new one
 * @library_id: the library of a new certification, or 0
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_certification_dialog_new (IdoDatabase *database,
                              gint64       certification_id,
                              gint64       library_id)
{
  IdoCertificationDialog *self = g_object_new (IDO_TYPE_CERTIFICATION_DIALOG, "database", database, NULL);

  fill_libraries (self);
  load (self, certification_id, library_id);
  gtk_widget_set_visible (self->delete_button, self->certification->id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), self->certification->id != 0);
  return ADW_DIALOG (self);
}

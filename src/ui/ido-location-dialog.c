/* ido-location-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An IDO location: where it is, its opening hours (class and actual hours,
 * checked against each other), consultation hours, staffing and the period
 * it is active.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-location.h"
#include "ido-location-dialog.h"
#include "ido-money.h"
#include "ido-target-store.h"
#include "ido-validate.h"

struct _IdoLocationDialog
{
  IdoEditDialog  parent_instance;

  IdoLocation   *location;
  GArray        *library_ids;        /* gint64, 0 first for "none" */
  GArray        *municipality_ids;   /* gint64, 0 first for "none" */

  GtkWidget     *form;
  GtkLabel      *message_label;
  AdwEntryRow   *name_row;
  AdwComboRow   *placement_row;
  AdwEntryRow   *address_row;
  AdwComboRow   *municipality_row;
  AdwComboRow   *library_row;
  AdwComboRow   *hours_class_row;
  AdwEntryRow   *hours_row;
  AdwEntryRow   *consultation_row;
  AdwSwitchRow  *staff_library_row;
  AdwSwitchRow  *staff_library_volunteers_row;
  AdwSwitchRow  *staff_partner_row;
  AdwSwitchRow  *staff_partner_volunteers_row;
  AdwSwitchRow  *staff_interns_row;
  AdwEntryRow   *from_row;
  AdwEntryRow   *until_row;
  AdwEntryRow   *notes_row;
  GtkWidget     *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoLocationDialog, ido_location_dialog, IDO_TYPE_EDIT_DIALOG)

static AdwSwitchRow *
staffing_row (IdoLocationDialog *self,
              guint              index)
{
  AdwSwitchRow *rows[IDO_N_STAFFING] = {
    self->staff_library_row, self->staff_library_volunteers_row, self->staff_partner_row,
    self->staff_partner_volunteers_row, self->staff_interns_row,
  };

  return rows[index];
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        adw_combo_row_set_selected (row, i);
    }
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint position = adw_combo_row_get_selected (row);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static void
fill_choices (IdoLocationDialog *self)
{
  IdoDatabase *database = ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self));
  g_autoptr(GPtrArray) libraries = ido_library_list (database, NULL);
  g_autoptr(GPtrArray) municipalities = ido_library_list_municipalities (database, NULL);
  g_autoptr(GtkStringList) library_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) municipality_labels = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_append_val (self->library_ids, none);
  gtk_string_list_append (library_labels, C_("library", "None"));
  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    {
      IdoLibrary *library = g_ptr_array_index (libraries, i);

      g_array_append_val (self->library_ids, library->id);
      gtk_string_list_append (library_labels, library->name);
    }
  g_array_append_val (self->municipality_ids, none);
  gtk_string_list_append (municipality_labels, C_("municipality", "None"));
  for (guint i = 0; municipalities != NULL && i < municipalities->len; i++)
    {
      IdoServedMunicipality *m = g_ptr_array_index (municipalities, i);

      g_array_append_val (self->municipality_ids, m->id);
      gtk_string_list_append (municipality_labels, m->name);
    }
  adw_combo_row_set_model (self->library_row, G_LIST_MODEL (library_labels));
  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (municipality_labels));
}

static const char *
hours_class_label (const char *code)
{
  return *code == '\0' ? _("Unknown") : ido_location_hours_class_get_label (code);
}

static const char * const *
hours_class_choices (void)
{
  static const char *choices[8];

  if (choices[0] == NULL)
    {
      choices[0] = "";
      for (guint i = 0; ido_location_hours_classes ()[i] != NULL; i++)
        choices[i + 1] = ido_location_hours_classes ()[i];
    }
  return choices;
}

static void
load (IdoLocationDialog *self)
{
  IdoLocation *o = self->location;
  g_autofree char *hours = NULL;

  ido_form_set_text (self->name_row, o->name);
  adw_combo_row_set_selected (self->placement_row,
                              ido_form_code_position (ido_location_placements (), o->placement));
  ido_form_set_text (self->address_row, o->address);
  select_id (self->municipality_row, self->municipality_ids, o->municipality_id);
  select_id (self->library_row, self->library_ids, o->library_id);
  adw_combo_row_set_selected (self->hours_class_row,
                              ido_form_code_position (hours_class_choices (),
                                                      o->hours_class ? o->hours_class : ""));
  if (o->has_hours)
    hours = ido_number_format (o->hours_per_week, o->hours_per_week == (int) o->hours_per_week ? 0 : 1);
  ido_form_set_text (self->hours_row, hours);
  ido_form_set_text (self->consultation_row, o->consultation_hours);
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    adw_switch_row_set_active (staffing_row (self, i), (o->staffing & (1u << i)) != 0);
  ido_form_set_date (self->from_row, o->active_from);
  ido_form_set_date (self->until_row, o->active_until);
  ido_form_set_text (self->notes_row, o->notes);
}

static gboolean
read_form (IdoLocationDialog  *self,
           GError            **error)
{
  IdoLocation *o = self->location;
  g_autofree char *hours = ido_form_dup_text (self->hours_row);
  const char *hours_class = hours_class_choices ()[adw_combo_row_get_selected (self->hours_class_row)];

  g_free (o->name);
  o->name = ido_form_dup_text (self->name_row);
  g_set_str (&o->placement, ido_location_placements ()[adw_combo_row_get_selected (self->placement_row)]);
  g_free (o->address);
  o->address = ido_form_dup_text (self->address_row);
  o->municipality_id = selected_id (self->municipality_row, self->municipality_ids);
  o->library_id = selected_id (self->library_row, self->library_ids);
  g_set_str (&o->hours_class, *hours_class != '\0' ? hours_class : NULL);
  g_free (o->consultation_hours);
  o->consultation_hours = ido_form_dup_text (self->consultation_row);
  o->staffing = 0;
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    o->staffing |= adw_switch_row_get_active (staffing_row (self, i)) ? (1u << i) : 0;
  g_free (o->notes);
  o->notes = ido_form_dup_text (self->notes_row);
  g_clear_pointer (&o->active_from, g_free);
  g_clear_pointer (&o->active_until, g_free);
  return ido_location_parse_hours (hours, &o->has_hours, &o->hours_per_week, error) &&
         ido_form_get_date (self->from_row, IDO_FIELD_START_DATE, &o->active_from, error) &&
         ido_form_get_date (self->until_row, IDO_FIELD_END_DATE, &o->active_until, error);
}

static gboolean
ido_location_dialog_save (IdoEditDialog  *dialog,
                          GError        **error)
{
  IdoLocationDialog *self = IDO_LOCATION_DIALOG (dialog);

  return read_form (self, error) &&
         ido_location_save (ido_edit_dialog_get_database (dialog), self->location, error);
}

static GtkWidget *
ido_location_dialog_get_field_row (IdoEditDialog *dialog,
                                   int            field)
{
  IdoLocationDialog *self = IDO_LOCATION_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_NAME:
      return GTK_WIDGET (self->name_row);
    case IDO_FIELD_OTHER:
      return GTK_WIDGET (self->placement_row);
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->hours_class_row);
    case IDO_FIELD_HOURS:
      return GTK_WIDGET (self->hours_row);
    case IDO_FIELD_START_DATE:
      return GTK_WIDGET (self->from_row);
    case IDO_FIELD_END_DATE:
      return GTK_WIDGET (self->until_row);
    default:
      return NULL;
    }
}

/* A deleted location with the targets about it, which went with it. */
typedef struct
{
  IdoLocation *location;
  GPtrArray   *targets;        /* IdoTarget */
  GPtrArray   *values;         /* GPtrArray of IdoManualValue per target */
} DeletedLocation;

static void
deleted_location_free (gpointer data)
{
  DeletedLocation *deleted = data;

  ido_location_free (deleted->location);
  g_ptr_array_unref (deleted->targets);
  g_ptr_array_unref (deleted->values);
  g_free (deleted);
}

static gboolean
restore_target (IdoDatabase  *database,
                IdoTarget    *target,
                GPtrArray    *values,
                gint64        location_id,
                GError      **error)
{
  target->id = 0;
  target->location_id = location_id;
  if (!ido_target_save (database, target, error))
    return FALSE;
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      IdoManualValue *v = g_ptr_array_index (values, i);

      if (!ido_target_set_manual_value (database, target->id, v->period, v->value, v->entered_on, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_location (IdoDatabase  *database,
                  gpointer      data,
                  GError      **error)
{
  DeletedLocation *deleted = data;

  deleted->location->id = 0;
  if (!ido_location_save (database, deleted->location, error))
    return FALSE;
  for (guint i = 0; i < deleted->targets->len; i++)
    {
      if (!restore_target (database, g_ptr_array_index (deleted->targets, i),
                           g_ptr_array_index (deleted->values, i), deleted->location->id, error))
        return FALSE;
    }
  return TRUE;
}

static DeletedLocation *
keep_location (IdoDatabase  *database,
               gint64        location_id,
               GError      **error)
{
  g_autoptr(GPtrArray) targets = ido_target_list (database, error);
  DeletedLocation *deleted;

  if (targets == NULL)
    return NULL;
  deleted = g_new0 (DeletedLocation, 1);
  deleted->location = ido_location_load (database, location_id, error);
  deleted->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_target_free);
  deleted->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  if (deleted->location == NULL)
    {
      deleted_location_free (deleted);
      return NULL;
    }
  for (guint i = 0; i < targets->len; i++)
    {
      IdoTarget *target = g_ptr_array_index (targets, i);

      if (g_strcmp0 (target->scope, "location") != 0 || target->location_id != location_id)
        continue;
      g_ptr_array_add (deleted->values, ido_target_list_manual_values (database, target->id, NULL));
      g_ptr_array_add (deleted->targets, g_steal_pointer (&targets->pdata[i]));
    }
  return deleted;
}

static void
ido_location_dialog_delete (IdoEditDialog *dialog)
{
  IdoLocationDialog *self = IDO_LOCATION_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autoptr(GError) error = NULL;
  DeletedLocation *deleted = keep_location (database, self->location->id, &error);
  g_autofree char *message = NULL;

  if (deleted == NULL || !ido_location_delete (database, self->location->id, &error))
    {
      g_clear_pointer (&deleted, deleted_location_free);
      ido_edit_dialog_show_error (dialog, error);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), deleted->location->name);
  ido_edit_dialog_offer_undo (dialog, message, restore_location, deleted, deleted_location_free);
}

static void
ido_location_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_LOCATION_DIALOG);

  G_OBJECT_CLASS (ido_location_dialog_parent_class)->dispose (object);
}

static void
ido_location_dialog_finalize (GObject *object)
{
  IdoLocationDialog *self = (IdoLocationDialog *) object;

  g_clear_pointer (&self->location, ido_location_free);
  g_clear_pointer (&self->library_ids, g_array_unref);
  g_clear_pointer (&self->municipality_ids, g_array_unref);

  G_OBJECT_CLASS (ido_location_dialog_parent_class)->finalize (object);
}

static void
ido_location_dialog_class_init (IdoLocationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_location_dialog_dispose;
  object_class->finalize = ido_location_dialog_finalize;

  dialog_class->save = ido_location_dialog_save;
  dialog_class->get_field_row = ido_location_dialog_get_field_row;
  dialog_class->delete = ido_location_dialog_delete;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-location-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, placement_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, library_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, hours_class_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, hours_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, consultation_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, staff_library_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, staff_library_volunteers_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, staff_partner_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, staff_partner_volunteers_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, staff_interns_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLocationDialog, delete_button);
}

static void
ido_location_dialog_init (IdoLocationDialog *self)
{
  g_autoptr(GListModel) placements = ido_form_labels_model (ido_location_placements (),
                                                            ido_location_placement_get_label);
  g_autoptr(GListModel) classes = ido_form_labels_model (hours_class_choices (), hours_class_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->library_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->municipality_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_combo_row_set_model (self->placement_row, placements);
  adw_combo_row_set_model (self->hours_class_row, classes);
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
}

/**
 * ido_location_dialog_new:
 * @location_id: the location to change, or 0 for a new one
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_location_dialog_new (IdoDatabase *database,
                         gint64       location_id)
{
  IdoLocationDialog *self = g_object_new (IDO_TYPE_LOCATION_DIALOG, "database", database, NULL);
  g_autoptr(GError) error = NULL;

  fill_choices (self);
  if (location_id > 0)
    self->location = ido_location_load (database, location_id, &error);
  if (self->location == NULL)
    self->location = ido_location_new ();
  load (self);
  if (error != NULL)
    ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
  gtk_widget_set_visible (self->delete_button, self->location->id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), self->location->id != 0);
  return ADW_DIALOG (self);
}

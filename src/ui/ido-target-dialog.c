/* ido-target-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A performance target (prestatieafspraak): indicator, what it is about,
 * period, target and baseline, the source of its values and the agreement
 * it belongs to; values entered by hand when that is the source.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-location.h"
#include "ido-money.h"
#include "ido-target.h"
#include "ido-target-dialog.h"
#include "ido-target-store.h"
#include "ido-validate.h"

static const char * const scopes[] = { "municipality", "library", "location", NULL };
static const char * const directions[] = { "at-least", "at-most", "growth", NULL };
static const char * const sources[] = { "dashboard", "manual", NULL };
static const char * const aggregations[] = { "sum", "average", "latest", NULL };
static const char * const units[] = { "count", "percent", "score", "hours", "minutes", NULL };

struct _IdoTargetDialog
{
  IdoEditDialog        parent_instance;

  IdoTarget           *target;
  GPtrArray           *indicators;      /* IdoIndicator; "custom" comes after them */
  GArray              *scope_ids;       /* gint64 of the choices in scope_item_row */
  GArray              *agreement_ids;   /* gint64, 0 first */
  GPtrArray           *values;          /* IdoManualValue */
  GPtrArray           *value_rows;
  GPtrArray           *removed_periods; /* char * */

  GtkWidget           *form;
  GtkLabel            *message_label;
  AdwComboRow         *indicator_row;
  AdwEntryRow         *custom_label_row;
  AdwComboRow         *custom_aggregation_row;
  AdwComboRow         *custom_unit_row;
  AdwEntryRow         *category_row;
  AdwComboRow         *scope_row;
  AdwComboRow         *scope_item_row;
  AdwEntryRow         *period_row;
  AdwComboRow         *direction_row;
  AdwEntryRow         *value_row;
  AdwEntryRow         *baseline_value_row;
  AdwEntryRow         *baseline_period_row;
  AdwComboRow         *source_row;
  AdwComboRow         *agreement_row;
  AdwEntryRow         *description_row;
  AdwPreferencesGroup *manual_group;
  AdwEntryRow         *manual_period_row;
  AdwEntryRow         *manual_value_row;
  AdwEntryRow         *manual_date_row;
  GtkWidget           *manual_add_button;
  GtkWidget           *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoTargetDialog, ido_target_dialog, IDO_TYPE_EDIT_DIALOG)

static void rebuild_values (IdoTargetDialog *self);

static const char *
aggregation_label (const char *code)
{
  if (g_str_equal (code, "average"))
    return _("Average of the periods");
  if (g_str_equal (code, "latest"))
    return _("Latest period");
  return _("Sum of the periods");
}

static const char *
unit_label (const char *code)
{
  if (g_str_equal (code, "percent"))
    return _("Percentage (0-100)");
  if (g_str_equal (code, "score"))
    return _("Score (0-10)");
  if (g_str_equal (code, "hours"))
    return _("Hours");
  if (g_str_equal (code, "minutes"))
    return _("Minutes");
  return _("Number");
}

static const char *
source_label (const char *code)
{
  return g_str_equal (code, "manual") ? _("Entered by hand") : _("Dashboard data");
}

static gboolean
custom_chosen (IdoTargetDialog *self)
{
  return adw_combo_row_get_selected (self->indicator_row) >= self->indicators->len;
}

static IdoIndicator *
chosen_indicator (IdoTargetDialog *self)
{
  guint position = adw_combo_row_get_selected (self->indicator_row);

  return position < self->indicators->len ? g_ptr_array_index (self->indicators, position) : NULL;
}

static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return ido_number_format (value, 0);
  return ido_number_format (value, fabs (value * 10 - round (value * 10)) < 1e-9 ? 1 : 2);
}

/* Choices */

static void
on_indicator_changed_cb (IdoTargetDialog *self)
{
  IdoIndicator *indicator = chosen_indicator (self);
  gboolean custom = custom_chosen (self);

  gtk_widget_set_visible (GTK_WIDGET (self->custom_label_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_aggregation_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_unit_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->category_row), indicator != NULL && indicator->has_category);
}

static void
fill_indicators (IdoTargetDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  self->indicators = ido_indicator_list (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), NULL);
  if (self->indicators == NULL)
    self->indicators = g_ptr_array_new ();
  for (guint i = 0; i < self->indicators->len; i++)
    gtk_string_list_append (labels, ((IdoIndicator *) g_ptr_array_index (self->indicators, i))->label);
  gtk_string_list_append (labels, _("Your Own Indicator…"));
  adw_combo_row_set_model (self->indicator_row, G_LIST_MODEL (labels));
}

static void
append_choice (IdoTargetDialog *self,
               GtkStringList   *labels,
               gint64           id,
               const char      *label)
{
  g_array_append_val (self->scope_ids, id);
  gtk_string_list_append (labels, label);
}

/* The municipalities, libraries or locations the target can be about. */
static void
on_scope_changed_cb (IdoTargetDialog *self)
{
  IdoDatabase *database = ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self));
  const char *scope = scopes[adw_combo_row_get_selected (self->scope_row)];
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;

  g_array_set_size (self->scope_ids, 0);
  if (g_str_equal (scope, "library"))
    {
      items = ido_library_list (database, NULL);
      for (guint i = 0; items != NULL && i < items->len; i++)
        append_choice (self, labels, ((IdoLibrary *) items->pdata[i])->id, ((IdoLibrary *) items->pdata[i])->name);
    }
  else if (g_str_equal (scope, "location"))
    {
      items = ido_location_list (database, NULL);
      for (guint i = 0; items != NULL && i < items->len; i++)
        append_choice (self, labels, ((IdoLocation *) items->pdata[i])->id, ((IdoLocation *) items->pdata[i])->name);
    }
  else
    {
      items = ido_library_list_municipalities (database, NULL);
      for (guint i = 0; items != NULL && i < items->len; i++)
        append_choice (self, labels, ((IdoServedMunicipality *) items->pdata[i])->id,
                       ((IdoServedMunicipality *) items->pdata[i])->name);
    }
  adw_combo_row_set_model (self->scope_item_row, G_LIST_MODEL (labels));
}

static void
on_direction_changed_cb (IdoTargetDialog *self)
{
  gboolean growth = g_str_equal (directions[adw_combo_row_get_selected (self->direction_row)], "growth");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row),
                                 growth ? _("Growth Versus the Baseline (%)") : _("Target Value"));
}

static void
on_source_changed_cb (IdoTargetDialog *self)
{
  gboolean manual = g_str_equal (sources[adw_combo_row_get_selected (self->source_row)], "manual");

  gtk_widget_set_visible (GTK_WIDGET (self->manual_group), manual);
}

static void
fill_agreements (IdoTargetDialog *self)
{
  g_autoptr(GPtrArray) agreements = ido_agreement_list (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_append_val (self->agreement_ids, none);
  gtk_string_list_append (labels, C_("agreement", "None"));
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      IdoAgreement *a = g_ptr_array_index (agreements, i);

      g_array_append_val (self->agreement_ids, a->id);
      gtk_string_list_append (labels, a->title);
    }
  adw_combo_row_set_model (self->agreement_row, G_LIST_MODEL (labels));
}

/* Values entered by hand */

static void
on_remove_value_cb (GtkButton       *button,
                    IdoTargetDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ido-index"));
  IdoManualValue *v;

  if (index >= self->values->len)
    return;
  v = g_ptr_array_index (self->values, index);
  g_ptr_array_add (self->removed_periods, g_strdup (v->period));
  g_ptr_array_remove_index (self->values, index);
  rebuild_values (self);
}

static GtkWidget *
create_value_row (IdoTargetDialog      *self,
                  const IdoManualValue *v,
                  guint                 index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *value = format_number (v->value);
  g_autofree char *date = ido_date_to_user (v->entered_on);
  g_autofree char *title = g_strdup_printf ("%s: %s", v->period, value);
  g_autofree char *subtitle = g_strdup_printf (_("Measured on %s"), date);
  g_autofree char *label = g_strdup_printf (_("Remove the value of %s"), v->period);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (remove), "ido-index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_value_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_values (IdoTargetDialog *self)
{
  ido_form_remove_rows (self->value_rows, self->manual_group);
  for (guint i = 0; i < self->values->len; i++)
    {
      GtkWidget *row = create_value_row (self, g_ptr_array_index (self->values, i), i);

      adw_preferences_group_add (self->manual_group, row);
      g_ptr_array_add (self->value_rows, row);
    }
}

static void
put_value (IdoTargetDialog *self,
           const char      *period,
           double           value,
           const char      *entered_on)
{
  IdoManualValue *v = NULL;

  for (guint i = 0; i < self->values->len; i++)
    {
      if (g_str_equal (((IdoManualValue *) g_ptr_array_index (self->values, i))->period, period))
        v = g_ptr_array_index (self->values, i);
    }
  if (v == NULL)
    {
      v = g_new0 (IdoManualValue, 1);
      v->period = g_strdup (period);
      g_ptr_array_add (self->values, v);
    }
  v->value = value;
  g_set_str (&v->entered_on, entered_on);
}

static gboolean
read_manual_value (IdoTargetDialog  *self,
                   GError          **error)
{
  g_autofree char *period = ido_form_dup_text (self->manual_period_row);
  g_autofree char *value_text = ido_form_dup_text (self->manual_value_row);
  g_autofree char *entered_on = NULL;
  double value;

  if (!ido_period_is_valid (period))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
                   _("“%s” is not a period; write a year (2025) or a quarter (2025Q3)."), period);
      return FALSE;
    }
  if (!ido_target_parse_number (value_text, IDO_FIELD_NUMBER, &value, error) ||
      !ido_form_get_date (self->manual_date_row, IDO_FIELD_DATE, &entered_on, error))
    return FALSE;
  if (entered_on == NULL)
    entered_on = ido_today_iso ();
  put_value (self, period, value, entered_on);
  return TRUE;
}

static void
on_add_value_clicked_cb (IdoTargetDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row = NULL;

  ido_form_clear_errors (self->form, self->message_label);
  if (!read_manual_value (self, &error))
    {
      if (error->code == IDO_FIELD_PERIOD)
        row = GTK_WIDGET (self->manual_period_row);
      else if (error->code == IDO_FIELD_NUMBER)
        row = GTK_WIDGET (self->manual_value_row);
      else
        row = GTK_WIDGET (self->manual_date_row);
      ido_form_show_error (row, self->message_label, error->message);
      return;
    }
  ido_form_set_text (self->manual_period_row, "");
  ido_form_set_text (self->manual_value_row, "");
  rebuild_values (self);
}

/* Load and save */

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

static void
load (IdoTargetDialog *self)
{
  IdoTarget *t = self->target;
  g_autofree char *value = format_number (t->target_value);
  g_autofree char *baseline = t->has_baseline ? format_number (t->baseline_value) : NULL;

  for (guint i = 0; i < self->indicators->len; i++)
    {
      if (((IdoIndicator *) g_ptr_array_index (self->indicators, i))->id == t->indicator_id)
        adw_combo_row_set_selected (self->indicator_row, i);
    }
  ido_form_set_text (self->category_row, t->category);
  adw_combo_row_set_selected (self->scope_row, ido_form_code_position (scopes, t->scope));
  on_scope_changed_cb (self);
  select_id (self->scope_item_row, self->scope_ids,
             g_str_equal (t->scope, "library") ? t->library_id
             : g_str_equal (t->scope, "location") ? t->location_id : t->municipality_id);
  ido_form_set_text (self->period_row, t->period);
  adw_combo_row_set_selected (self->direction_row, ido_form_code_position (directions, t->direction));
  ido_form_set_text (self->value_row, t->id != 0 ? value : "");
  ido_form_set_text (self->baseline_value_row, baseline);
  ido_form_set_text (self->baseline_period_row, t->baseline_period);
  adw_combo_row_set_selected (self->source_row, ido_form_code_position (sources, t->source));
  select_id (self->agreement_row, self->agreement_ids, t->agreement_id);
  ido_form_set_text (self->description_row, t->description);
  on_indicator_changed_cb (self);
  on_direction_changed_cb (self);
  on_source_changed_cb (self);
  rebuild_values (self);
}

static gboolean
read_indicator (IdoTargetDialog  *self,
                GError          **error)
{
  IdoIndicator *indicator = chosen_indicator (self);
  g_autofree char *label = NULL;

  if (indicator != NULL)
    {
      self->target->indicator_id = indicator->id;
      return TRUE;
    }
  label = ido_form_dup_text (self->custom_label_row);
  self->target->indicator_id =
    ido_indicator_add_custom (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), label,
                              aggregations[adw_combo_row_get_selected (self->custom_aggregation_row)],
                              units[adw_combo_row_get_selected (self->custom_unit_row)], error);
  return self->target->indicator_id > 0;
}

static gboolean
read_numbers (IdoTargetDialog  *self,
              GError          **error)
{
  IdoTarget *t = self->target;
  g_autofree char *value = ido_form_dup_text (self->value_row);
  g_autofree char *baseline = ido_form_dup_text (self->baseline_value_row);

  if (!ido_target_parse_number (value, IDO_FIELD_TARGET_VALUE, &t->target_value, error))
    return FALSE;
  t->has_baseline = *baseline != '\0';
  return !t->has_baseline || ido_target_parse_number (baseline, IDO_FIELD_BASELINE, &t->baseline_value, error);
}

static void
read_choices (IdoTargetDialog *self)
{
  IdoTarget *t = self->target;
  guint item = adw_combo_row_get_selected (self->scope_item_row);
  gint64 id = item < self->scope_ids->len ? g_array_index (self->scope_ids, gint64, item) : 0;
  guint agreement = adw_combo_row_get_selected (self->agreement_row);

  g_free (t->category);
  t->category = ido_form_dup_text (self->category_row);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->category_row)))
    g_set_str (&t->category, "");
  g_set_str (&t->scope, scopes[adw_combo_row_get_selected (self->scope_row)]);
  t->municipality_id = g_str_equal (t->scope, "municipality") ? id : 0;
  t->library_id = g_str_equal (t->scope, "library") ? id : 0;
  t->location_id = g_str_equal (t->scope, "location") ? id : 0;
  g_free (t->period);
  t->period = ido_form_dup_text (self->period_row);
  g_set_str (&t->direction, directions[adw_combo_row_get_selected (self->direction_row)]);
  g_free (t->baseline_period);
  t->baseline_period = ido_form_dup_text (self->baseline_period_row);
  g_set_str (&t->source, sources[adw_combo_row_get_selected (self->source_row)]);
  t->agreement_id = agreement < self->agreement_ids->len ? g_array_index (self->agreement_ids, gint64, agreement) : 0;
  g_free (t->description);
  t->description = ido_form_dup_text (self->description_row);
}

static gboolean
save_values (IdoTargetDialog  *self,
             GError          **error)
{
  IdoDatabase *database = ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self));

  for (guint i = 0; i < self->removed_periods->len; i++)
    {
      if (!ido_target_delete_manual_value (database, self->target->id, g_ptr_array_index (self->removed_periods, i),
                                           error))
        return FALSE;
    }
  for (guint i = 0; i < self->values->len; i++)
    {
      IdoManualValue *v = g_ptr_array_index (self->values, i);

      if (!ido_target_set_manual_value (database, self->target->id, v->period, v->value, v->entered_on, error))
        return FALSE;
    }
  return TRUE;
}

/* The target and its values together, or nothing. */
static gboolean
ido_target_dialog_save (IdoEditDialog  *dialog,
                        GError        **error)
{
  IdoTargetDialog *self = IDO_TARGET_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  gint64 old_id = self->target->id;

  read_choices (self);
  if (!read_numbers (self, error) || !ido_database_begin (database, error))
    return FALSE;
  if (!read_indicator (self, error) || !ido_target_save (database, self->target, error) ||
      !save_values (self, error))
    {
      ido_database_rollback (database);
      self->target->id = old_id;
      ido_database_emit_changed (database, "target");
      ido_database_emit_changed (database, "indicator");
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    {
      self->target->id = old_id;
      ido_database_emit_changed (database, "target");
      ido_database_emit_changed (database, "indicator");
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
ido_target_dialog_get_field_row (IdoEditDialog *dialog,
                                 int            field)
{
  IdoTargetDialog *self = IDO_TARGET_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_INDICATOR:
      return GTK_WIDGET (custom_chosen (self) ? ADW_PREFERENCES_ROW (self->custom_label_row)
                                              : ADW_PREFERENCES_ROW (self->indicator_row));
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->category_row);
    case IDO_FIELD_SCOPE:
      return GTK_WIDGET (self->scope_item_row);
    case IDO_FIELD_PERIOD:
      return GTK_WIDGET (self->period_row);
    case IDO_FIELD_TARGET_VALUE:
    case IDO_FIELD_PERCENT:
      return GTK_WIDGET (self->value_row);
    case IDO_FIELD_BASELINE:
      return GTK_WIDGET (self->baseline_value_row);
    case IDO_FIELD_BASELINE_PERIOD:
      return GTK_WIDGET (self->baseline_period_row);
    case IDO_FIELD_NUMBER:
      return GTK_WIDGET (self->manual_value_row);
    case IDO_FIELD_DATE:
      return GTK_WIDGET (self->manual_date_row);
    case IDO_FIELD_OTHER:
      return GTK_WIDGET (self->direction_row);
    default:
      return NULL;
    }
}

/* A deleted target with its values entered by hand. */
typedef struct
{
  IdoTarget *target;
  GPtrArray *values;
} DeletedTarget;

static void
deleted_target_free (gpointer data)
{
  DeletedTarget *deleted = data;

  ido_target_free (deleted->target);
  g_clear_pointer (&deleted->values, g_ptr_array_unref);
  g_free (deleted);
}

static gboolean
restore_target (IdoDatabase  *database,
                gpointer      data,
                GError      **error)
{
  DeletedTarget *deleted = data;

  deleted->target->id = 0;
  if (!ido_target_save (database, deleted->target, error))
    return FALSE;
  for (guint i = 0; deleted->values != NULL && i < deleted->values->len; i++)
    {
      IdoManualValue *v = g_ptr_array_index (deleted->values, i);

      if (!ido_target_set_manual_value (database, deleted->target->id, v->period, v->value, v->entered_on, error))
        return FALSE;
    }
  return TRUE;
}

static void
ido_target_dialog_delete (IdoEditDialog *dialog)
{
  IdoTargetDialog *self = IDO_TARGET_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autoptr(GError) error = NULL;
  DeletedTarget *deleted = g_new0 (DeletedTarget, 1);
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  deleted->target = ido_target_load (database, self->target->id, &error);
  if (deleted->target != NULL)
    deleted->values = ido_target_list_manual_values (database, self->target->id, &error);
  if (deleted->values == NULL || !ido_target_delete (database, self->target->id, &error))
    {
      deleted_target_free (deleted);
      ido_edit_dialog_show_error (dialog, error);
      return;
    }
  title = ido_target_dup_title (deleted->target);
  message = g_strdup_printf (_("“%s” deleted"), title);
  ido_edit_dialog_offer_undo (dialog, message, restore_target, deleted, deleted_target_free);
}

static void
ido_target_dialog_dispose (GObject *object)
{
  IdoTargetDialog *self = (IdoTargetDialog *) object;

  if (self->indicator_row != NULL)
    g_signal_handlers_disconnect_by_data (self->indicator_row, self);
  if (self->scope_row != NULL)
    g_signal_handlers_disconnect_by_data (self->scope_row, self);
  if (self->direction_row != NULL)
    g_signal_handlers_disconnect_by_data (self->direction_row, self);
  if (self->source_row != NULL)
    g_signal_handlers_disconnect_by_data (self->source_row, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_TARGET_DIALOG);

  G_OBJECT_CLASS (ido_target_dialog_parent_class)->dispose (object);
}

static void
ido_target_dialog_finalize (GObject *object)
{
  IdoTargetDialog *self = (IdoTargetDialog *) object;

  g_clear_pointer (&self->target, ido_target_free);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->scope_ids, g_array_unref);
  g_clear_pointer (&self->agreement_ids, g_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->value_rows, g_ptr_array_unref);
  g_clear_pointer (&self->removed_periods, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_target_dialog_parent_class)->finalize (object);
}

static void
ido_target_dialog_class_init (IdoTargetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_target_dialog_dispose;
  object_class->finalize = ido_target_dialog_finalize;

  dialog_class->save = ido_target_dialog_save;
  dialog_class->get_field_row = ido_target_dialog_get_field_row;
  dialog_class->delete = ido_target_dialog_delete;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-target-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, custom_label_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, custom_aggregation_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, custom_unit_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, scope_item_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, direction_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, baseline_value_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, baseline_period_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, agreement_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, manual_group);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, manual_period_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, manual_value_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, manual_date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, manual_add_button);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetDialog, delete_button);
}

static void
ido_target_dialog_init (IdoTargetDialog *self)
{
  g_autoptr(GListModel) scope_labels = ido_form_labels_model (scopes, ido_target_scope_get_label);
  g_autoptr(GListModel) direction_labels = ido_form_labels_model (directions, ido_target_direction_get_label);
  g_autoptr(GListModel) source_labels = ido_form_labels_model (sources, source_label);
  g_autoptr(GListModel) aggregation_labels = ido_form_labels_model (aggregations, aggregation_label);
  g_autoptr(GListModel) unit_labels = ido_form_labels_model (units, unit_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->scope_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->agreement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->value_rows = g_ptr_array_new ();
  self->removed_periods = g_ptr_array_new_with_free_func (g_free);
  adw_combo_row_set_model (self->scope_row, scope_labels);
  adw_combo_row_set_model (self->direction_row, direction_labels);
  adw_combo_row_set_model (self->source_row, source_labels);
  adw_combo_row_set_model (self->custom_aggregation_row, aggregation_labels);
  adw_combo_row_set_model (self->custom_unit_row, unit_labels);
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
  g_signal_connect_swapped (self->manual_add_button, "clicked", G_CALLBACK (on_add_value_clicked_cb), self);
}

/**
 * ido_target_dialog_new:
 * @target_id: the target to change, or 0 for a new one
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_target_dialog_new (IdoDatabase *database,
                       gint64       target_id)
{
  IdoTargetDialog *self = g_object_new (IDO_TYPE_TARGET_DIALOG, "database", database, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  fill_indicators (self);
  fill_agreements (self);
  if (target_id > 0)
    self->target = ido_target_load (database, target_id, &error);
  if (self->target == NULL)
    {
      self->target = ido_target_new ();
      self->target->period = g_strdup_printf ("%d", g_date_time_get_year (now));
    }
  self->values = self->target->id != 0 ? ido_target_list_manual_values (database, self->target->id, NULL) : NULL;
  if (self->values == NULL)
    self->values = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_manual_value_free);
  load (self);
  g_signal_connect_swapped (self->indicator_row, "notify::selected", G_CALLBACK (on_indicator_changed_cb), self);
  g_signal_connect_swapped (self->scope_row, "notify::selected", G_CALLBACK (on_scope_changed_cb), self);
  g_signal_connect_swapped (self->direction_row, "notify::selected", G_CALLBACK (on_direction_changed_cb), self);
  g_signal_connect_swapped (self->source_row, "notify::selected", G_CALLBACK (on_source_changed_cb), self);
  if (error != NULL)
    ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
  gtk_widget_set_visible (self->delete_button, self->target->id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), self->target->id != 0);
  return ADW_DIALOG (self);
}

/* ido-spending-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Books a spending line on the SPUK of a year, or changes one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-amount-row.h"
#include "ido-budget.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-spending-dialog.h"
#include "ido-validate.h"

static const char * const categories[] = { "library", "promotion", "network", NULL };

struct _IdoSpendingDialog
{
  IdoEditDialog  parent_instance;

  int            year;
  gint64         spending_id;
  GArray        *agreement_ids;   /* gint64; 0 first, for "none" */

  GtkWidget     *form;
  GtkLabel      *message_label;
  AdwEntryRow   *date_row;
  AdwComboRow   *category_row;
  AdwEntryRow   *description_row;
  IdoAmountRow  *amount_row;
  AdwComboRow   *agreement_row;
  GtkWidget     *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoSpendingDialog, ido_spending_dialog, IDO_TYPE_EDIT_DIALOG)

static const char *
category_label (const char *code)
{
  IdoSpukCategory category;

  if (!ido_spuk_category_from_string (code, &category, NULL))
    return "";
  return ido_spuk_category_get_label (category);
}

static void
fill_agreements (IdoSpendingDialog *self)
{
  g_autoptr(GPtrArray) agreements = ido_agreement_list (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), NULL);
  GtkStringList *labels = gtk_string_list_new (NULL);
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
  g_object_unref (labels);
}

static void
select_agreement (IdoSpendingDialog *self,
                  gint64             agreement_id)
{
  for (guint i = 0; i < self->agreement_ids->len; i++)
    {
      if (g_array_index (self->agreement_ids, gint64, i) == agreement_id)
        adw_combo_row_set_selected (self->agreement_row, i);
    }
}

static void
load (IdoSpendingDialog *self)
{
  IdoDatabase *database = ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self));
  g_autoptr(IdoSpending) spending = NULL;
  g_autoptr(GError) error = NULL;

  if (self->spending_id == 0)
    return;
  spending = ido_budget_load_spending (database, self->spending_id, &error);
  if (spending == NULL)
    {
      ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
      return;
    }
  self->year = spending->year;
  ido_form_set_date (self->date_row, spending->spent_on);
  adw_combo_row_set_selected (self->category_row, ido_form_code_position (categories, spending->category));
  ido_form_set_text (self->description_row, spending->description);
  ido_amount_row_set_cents (self->amount_row, TRUE, spending->amount);
  select_agreement (self, spending->agreement_id);
}

static gboolean
ido_spending_dialog_save (IdoEditDialog  *dialog,
                          GError        **error)
{
  IdoSpendingDialog *self = IDO_SPENDING_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autofree char *spent_on = NULL;
  g_autofree char *description = ido_form_dup_text (self->description_row);
  const char *category = categories[adw_combo_row_get_selected (self->category_row)];
  gint64 agreement_id = g_array_index (self->agreement_ids, gint64,
                                       MIN (adw_combo_row_get_selected (self->agreement_row),
                                            self->agreement_ids->len - 1));
  gboolean has_amount;
  gint64 amount;

  if (!ido_form_get_date (self->date_row, IDO_FIELD_DATE, &spent_on, error))
    return FALSE;
  if (spent_on == NULL)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE, _("Enter the date of the spending."));
      return FALSE;
    }
  if (!ido_amount_row_get_cents (self->amount_row, &has_amount, &amount, error))
    return FALSE;
  if (self->spending_id != 0)
    return ido_budget_update_spending (database, self->spending_id, spent_on, category, description, amount,
                                       agreement_id, error);
  return ido_budget_add_spending (database, self->year, spent_on, category, description, amount, agreement_id,
                                  &self->spending_id, error);
}

static GtkWidget *
ido_spending_dialog_get_field_row (IdoEditDialog *dialog,
                                   int            field)
{
  IdoSpendingDialog *self = IDO_SPENDING_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_DATE:
      return GTK_WIDGET (self->date_row);
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->category_row);
    case IDO_FIELD_NAME:
      return GTK_WIDGET (self->description_row);
    case IDO_FIELD_AMOUNT:
      return GTK_WIDGET (self->amount_row);
    default:
      return NULL;
    }
}

static gboolean
restore_spending (IdoDatabase  *database,
                  gpointer      data,
                  GError      **error)
{
  IdoSpending *s = data;

  return ido_budget_add_spending (database, s->year, s->spent_on, s->category, s->description, s->amount,
                                  s->agreement_id, &s->id, error);
}

static void
ido_spending_dialog_delete (IdoEditDialog *dialog)
{
  IdoSpendingDialog *self = IDO_SPENDING_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSpending) copy = ido_budget_load_spending (database, self->spending_id, &error);
  g_autofree char *message = NULL;

  if (copy == NULL || !ido_budget_delete_spending (database, self->spending_id, &error))
    {
      ido_edit_dialog_show_error (dialog, error);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), copy->description);
  ido_edit_dialog_offer_undo (dialog, message, restore_spending, g_steal_pointer (&copy),
                              (GDestroyNotify) ido_spending_free);
}

static void
ido_spending_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_SPENDING_DIALOG);

  G_OBJECT_CLASS (ido_spending_dialog_parent_class)->dispose (object);
}

static void
ido_spending_dialog_finalize (GObject *object)
{
  IdoSpendingDialog *self = (IdoSpendingDialog *) object;

  g_clear_pointer (&self->agreement_ids, g_array_unref);

  G_OBJECT_CLASS (ido_spending_dialog_parent_class)->finalize (object);
}

static void
ido_spending_dialog_class_init (IdoSpendingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_spending_dialog_dispose;
  object_class->finalize = ido_spending_dialog_finalize;

  dialog_class->save = ido_spending_dialog_save;
  dialog_class->get_field_row = ido_spending_dialog_get_field_row;
  dialog_class->delete = ido_spending_dialog_delete;

  g_type_ensure (IDO_TYPE_AMOUNT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-spending-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, agreement_row);
  gtk_widget_class_bind_template_child (widget_class, IdoSpendingDialog, delete_button);
}

static void
ido_spending_dialog_init (IdoSpendingDialog *self)
{
  g_autoptr(GListModel) labels = ido_form_labels_model (categories, category_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->agreement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_combo_row_set_model (self->category_row, labels);
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
}

/**
 * ido_spending_dialog_new:
 * @year: the budget year to book on (for a new line)
 * @spending_id: the line to change, or 0 for a new one
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_spending_dialog_new (IdoDatabase *database,
                         int          year,
                         gint64       spending_id)
{
  IdoSpendingDialog *self = g_object_new (IDO_TYPE_SPENDING_DIALOG, "database", database, NULL);
  g_autofree char *today = ido_today_iso ();
  g_autofree char *year_text = g_strdup_printf ("%04d-", year);

  self->year = year;
  self->spending_id = spending_id;
  fill_agreements (self);
  if (spending_id == 0)
    {
      g_autofree char *title = g_strdup_printf (_("Book Spending on SPUK %d"), year);

      adw_dialog_set_title (ADW_DIALOG (self), title);
      /* Today when it falls in the year; otherwise the user types it. */
      if (g_str_has_prefix (today, year_text))
        ido_form_set_date (self->date_row, today);
    }
  load (self);
  gtk_widget_set_visible (self->delete_button, spending_id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), spending_id != 0);
  return ADW_DIALOG (self);
}

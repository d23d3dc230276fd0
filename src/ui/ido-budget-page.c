/* ido-budget-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SPUK of one calendar year: the allocation (from the annex, or an
 * estimate with its inputs shown), the reservations, the year summary with
 * the 25% rule, the SiSa lines and the spending booked on it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-amount-row.h"
#include "ido-budget.h"
#include "ido-budget-page.h"
#include "ido-cbs-client.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-population.h"
#include "ido-sisa.h"
#include "ido-spending-dialog.h"
#include "ido-spuk.h"
#include "ido-validate.h"

static const char * const sources[] = { "annex", "estimate", NULL };

/* The lines of the year summary. */
typedef enum
{
  SUMMARY_ALLOCATION,
  SUMMARY_RESERVED_FROM_PREVIOUS,
  SUMMARY_AVAILABLE,
  SUMMARY_SPENT_LIBRARY,
  SUMMARY_SPENT_PROMOTION,
  SUMMARY_SPENT_NETWORK,
  SUMMARY_SPENT_TOTAL,
  SUMMARY_UNSPENT,
  SUMMARY_MAX_RESERVABLE,
  SUMMARY_RESERVED_FOR_NEXT,
  SUMMARY_TO_REPAY,
  SUMMARY_OVERSPENT,
  N_SUMMARY
} SummaryLine;

static const char * const summary_keys[N_SUMMARY] = {
  "allocation", "reserved-from-previous", "available", "spent-library", "spent-promotion", "spent-network",
  "spent-total", "unspent", "max-reservable", "reserved-for-next", "to-repay", "overspent",
};

struct _IdoBudgetPage
{
  IdoFinancierPage     parent_instance;

  int                  year;
  GArray              *years;
  GListStore          *spending;
  GtkWidget           *summary_rows[N_SUMMARY];
  GtkLabel            *summary_labels[N_SUMMARY];
  GPtrArray           *sisa_rows;
  IdoCbsClient        *cbs;
  GCancellable        *fetch_cancellable;
  gboolean             loading;

  GtkStack            *stack;
  GtkDropDown         *year_dropdown;
  GtkLabel            *message_label;
  AdwPreferencesGroup *allocation_group;
  AdwSwitchRow        *no_spuk_row;
  AdwComboRow         *source_row;
  IdoAmountRow        *allocation_row;
  AdwActionRow        *population_row;
  GtkWidget           *fetch_button;
  AdwSpinRow          *population_year_row;
  AdwSpinRow          *inhabitants_row;
  AdwSpinRow          *low_educated_row;
  AdwActionRow        *estimate_row;
  GtkLabel            *estimate_label;
  IdoAmountRow        *reserved_from_previous_row;
  IdoAmountRow        *reserved_for_next_row;
  AdwEntryRow         *notes_row;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *sisa_group;
  GtkWidget           *spending_empty;
  GtkListView         *spending_view;
};

G_DEFINE_FINAL_TYPE (IdoBudgetPage, ido_budget_page, IDO_TYPE_FINANCIER_PAGE)

static const char * const tables[] = {
  "budget_year", "spending", "agreement", "meta", "population", "municipality", NULL
};

static IdoDatabase *
database_of (IdoBudgetPage *self)
{
  return ido_financier_page_get_database (IDO_FINANCIER_PAGE (self));
}

static gboolean
estimated (IdoBudgetPage *self)
{
  return adw_combo_row_get_selected (self->source_row) == 1;
}

static const char *
source_label (const char *code)
{
  return g_str_equal (code, "estimate") ? C_("allocation", "Estimate") : C_("allocation", "Annex");
}

/* Estimate */

static gint64
current_estimate (IdoBudgetPage *self)
{
  return ido_spuk_allocation_estimate ((guint64) adw_spin_row_get_value (self->inhabitants_row),
                                       (guint64) adw_spin_row_get_value (self->low_educated_row));
}

static void
update_estimate (IdoBudgetPage *self)
{
  guint64 inhabitants = (guint64) adw_spin_row_get_value (self->inhabitants_row);
  guint64 low = (guint64) adw_spin_row_get_value (self->low_educated_row);
  g_autofree char *amount = ido_money_format (current_estimate (self));
  g_autofree char *inhabitants_text = ido_number_format ((double) inhabitants, 0);
  g_autofree char *low_text = ido_number_format ((double) low, 0);
  g_autofree char *formula = NULL;

  /* Translators: the SPUK formula with the inputs; keep the amounts */
  formula = g_strdup_printf (_("€ 0,83 × %s inhabitants + € 0,70 × %s aged 15-75 with at most vmbo"),
                             inhabitants_text, low_text);
  gtk_label_set_label (self->estimate_label, amount);
  adw_action_row_set_subtitle (self->estimate_row, formula);
}

static void
update_source (IdoBudgetPage *self)
{
  gboolean estimate = estimated (self);

  gtk_widget_set_visible (GTK_WIDGET (self->allocation_row), !estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->population_row), estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->population_year_row), estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->inhabitants_row), estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->low_educated_row), estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->estimate_row), estimate);
  update_estimate (self);
}

/* Shows the inhabitants known for the chosen year, or says none are. */
static void
show_population (IdoBudgetPage *self,
                 gboolean       fill)
{
  int year = (int) adw_spin_row_get_value (self->population_year_row);
  IdoPopulation population;
  g_autofree char *subtitle = NULL;

  if (ido_population_lookup_own (database_of (self), year, &population, NULL))
    {
      /* The shipped CBS figure names its year already. */
      subtitle = population.from_registry ? g_strdup (population.source)
                                          : g_strdup_printf (_("%s (1 January %d)"), population.source, year);
      if (fill)
        {
          adw_spin_row_set_value (self->inhabitants_row, (double) population.inhabitants);
          if (population.has_low_educated)
            adw_spin_row_set_value (self->low_educated_row, (double) population.low_educated_15_75);
        }
      ido_population_clear (&population);
    }
  else
    subtitle = g_strdup_printf (_("Not known for 1 January %d: enter the number, or fetch it from CBS"), year);
  adw_action_row_set_subtitle (self->population_row, subtitle);
}

static void
on_population_year_changed_cb (IdoBudgetPage *self)
{
  if (!self->loading)
    show_population (self, TRUE);
}

static void
on_source_changed_cb (IdoBudgetPage *self)
{
  update_source (self);
}

/* Form */

static void
load_form (IdoBudgetPage       *self,
           const IdoBudgetYear *year)
{
  g_autofree char *title = g_strdup_printf (_("Allocation %d"), year->year);
  int population_year = year->estimate_population_year;

  self->loading = TRUE;
  adw_preferences_group_set_title (self->allocation_group, title);
  adw_switch_row_set_active (self->no_spuk_row, year->no_spuk);
  adw_combo_row_set_selected (self->source_row, year->allocation_is_estimate ? 1 : 0);
  ido_amount_row_set_cents (self->allocation_row, !year->allocation_is_estimate, year->allocation);
  if (population_year == 0)
    population_year = ido_population_latest_year_own (database_of (self));
  adw_spin_row_set_value (self->population_year_row, population_year > 0 ? population_year : 2024);
  adw_spin_row_set_value (self->inhabitants_row, (double) year->estimate_inhabitants);
  adw_spin_row_set_value (self->low_educated_row, (double) year->estimate_low_educated);
  ido_amount_row_set_cents (self->reserved_from_previous_row, TRUE, year->reserved_from_previous);
  ido_amount_row_set_cents (self->reserved_for_next_row, TRUE, year->reserved_for_next);
  ido_form_set_text (self->notes_row, year->notes);
  self->loading = FALSE;
  /* No inputs stored yet: start from what the dossier knows. */
  show_population (self, year->estimate_inhabitants == 0);
  update_source (self);
}

static gboolean
read_form (IdoBudgetPage  *self,
           IdoBudgetYear  *year,
           GError        **error)
{
  gboolean has;

  year->year = self->year;
  year->no_spuk = adw_switch_row_get_active (self->no_spuk_row);
  year->allocation_is_estimate = estimated (self);
  year->notes = ido_form_dup_text (self->notes_row);
  if (year->allocation_is_estimate)
    {
      year->estimate_inhabitants = (guint64) adw_spin_row_get_value (self->inhabitants_row);
      year->estimate_low_educated = (guint64) adw_spin_row_get_value (self->low_educated_row);
      year->estimate_population_year = (int) adw_spin_row_get_value (self->population_year_row);
      year->allocation = current_estimate (self);
    }
  else if (!ido_amount_row_get_cents (self->allocation_row, &has, &year->allocation, error))
    return FALSE;
  return ido_amount_row_get_cents (self->reserved_from_previous_row, &has, &year->reserved_from_previous, error) &&
         ido_amount_row_get_cents (self->reserved_for_next_row, &has, &year->reserved_for_next, error);
}

/* The amount row that failed to read, for the message. */
static GtkWidget *
amount_row_with_error (IdoBudgetPage *self)
{
  IdoAmountRow *rows[] = { self->allocation_row, self->reserved_from_previous_row, self->reserved_for_next_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean has;
      gint64 cents;

      if (gtk_widget_get_visible (GTK_WIDGET (rows[i])) &&
          !ido_amount_row_get_cents (rows[i], &has, &cents, NULL))
        return GTK_WIDGET (rows[i]);
    }
  return NULL;
}

static void
show_error (IdoBudgetPage *self,
            const GError  *error)
{
  GtkWidget *row = NULL;

  if (error->domain == IDO_FIELD_ERROR && error->code == IDO_FIELD_RESERVATION)
    row = GTK_WIDGET (self->reserved_for_next_row);
  else if (error->domain == IDO_FIELD_ERROR && error->code == IDO_FIELD_AMOUNT)
    row = amount_row_with_error (self);
  ido_form_show_error (row, self->message_label, error->message);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
save_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);
  g_autoptr(GError) error = NULL;
  IdoBudgetYear year = { 0 };

  ido_form_clear_errors (GTK_WIDGET (self->allocation_group), self->message_label);
  if (self->year == 0)
    return;
  if (!read_form (self, &year, &error) || !ido_budget_save_year (database_of (self), &year, &error))
    show_error (self, error);
  else
    {
      g_autofree char *text = g_strdup_printf (_("Budget %d saved"), self->year);

      ido_form_add_toast (widget, adw_toast_new (text));
    }
  ido_budget_year_clear (&year);
}

/* Summary and SiSa */

static const char *
summary_title (SummaryLine line)
{
  switch (line)
    {
    case SUMMARY_ALLOCATION: return _("Allocated");
    case SUMMARY_RESERVED_FROM_PREVIOUS: return _("Reserved from the previous year");
    case SUMMARY_AVAILABLE: return _("Available");
    case SUMMARY_SPENT_LIBRARY: return ido_spuk_category_get_label (IDO_SPUK_CATEGORY_LIBRARY);
    case SUMMARY_SPENT_PROMOTION: return ido_spuk_category_get_label (IDO_SPUK_CATEGORY_PROMOTION);
    case SUMMARY_SPENT_NETWORK: return ido_spuk_category_get_label (IDO_SPUK_CATEGORY_NETWORK);
    case SUMMARY_SPENT_TOTAL: return _("Spent in total");
    case SUMMARY_UNSPENT: return _("Unspent");
    /* xgettext:no-c-format */
    case SUMMARY_MAX_RESERVABLE: return _("At most reservable for the next year (25% of the allocation)");
    case SUMMARY_RESERVED_FOR_NEXT: return _("Reserved for the next year");
    case SUMMARY_TO_REPAY: return _("To be repaid or lost");
    case SUMMARY_OVERSPENT: return _("Spent beyond the grant (own funds)");
    case N_SUMMARY:
    default: return "";
    }
}

static void
create_summary_rows (IdoBudgetPage *self)
{
  for (SummaryLine line = 0; line < N_SUMMARY; line++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *name = g_strdup_printf ("summary-%s", summary_keys[line]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary_title (line));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_name (label, name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      if (line == SUMMARY_SPENT_TOTAL || line == SUMMARY_TO_REPAY)
        gtk_widget_add_css_class (label, "heading");
      adw_preferences_group_add (self->summary_group, row);
      self->summary_rows[line] = row;
      self->summary_labels[line] = GTK_LABEL (label);
    }
}

static void
set_summary (IdoBudgetPage *self,
             SummaryLine    line,
             gint64         cents)
{
  g_autofree char *amount = ido_money_format (cents);

  gtk_label_set_label (self->summary_labels[line], amount);
}

static void
show_summary (IdoBudgetPage        *self,
              const IdoSpukSummary *s)
{
  g_autofree char *title = g_strdup_printf (_("Year Summary %d"), s->year);
  g_autofree char *allocation = ido_money_format (s->allocation);
  g_autofree char *allocated = NULL;

  adw_preferences_group_set_title (self->summary_group, title);
  allocated = s->allocation_is_estimate ? g_strdup_printf (_("%s (estimate)"), allocation) : g_strdup (allocation);
  gtk_label_set_label (self->summary_labels[SUMMARY_ALLOCATION], allocated);
  set_summary (self, SUMMARY_RESERVED_FROM_PREVIOUS, s->reserved_from_previous);
  set_summary (self, SUMMARY_AVAILABLE, s->available);
  set_summary (self, SUMMARY_SPENT_LIBRARY, s->spent[IDO_SPUK_CATEGORY_LIBRARY]);
  set_summary (self, SUMMARY_SPENT_PROMOTION, s->spent[IDO_SPUK_CATEGORY_PROMOTION]);
  set_summary (self, SUMMARY_SPENT_NETWORK, s->spent[IDO_SPUK_CATEGORY_NETWORK]);
  set_summary (self, SUMMARY_SPENT_TOTAL, s->spent_total);
  set_summary (self, SUMMARY_UNSPENT, s->unspent);
  set_summary (self, SUMMARY_MAX_RESERVABLE, s->max_reservable);
  set_summary (self, SUMMARY_RESERVED_FOR_NEXT, MIN (s->reserved_for_next, s->max_reservable));
  set_summary (self, SUMMARY_TO_REPAY, s->to_repay);
  set_summary (self, SUMMARY_OVERSPENT, s->overspent);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_rows[SUMMARY_MAX_RESERVABLE]),
                                 s->no_spuk ? _("Reservable for the next year (no limit: gemeentefonds)")
                                            : summary_title (SUMMARY_MAX_RESERVABLE));
  gtk_widget_set_visible (self->summary_rows[SUMMARY_TO_REPAY], !s->no_spuk);
  gtk_widget_set_visible (self->summary_rows[SUMMARY_OVERSPENT], s->overspent > 0);
}

static void
show_sisa (IdoBudgetPage *self)
{
  g_autoptr(IdoSisaTable) table = ido_sisa_table_load (database_of (self), self->year, NULL);

  ido_form_remove_rows (self->sisa_rows, self->sisa_group);
  gtk_widget_set_visible (GTK_WIDGET (self->sisa_group), table != NULL);
  for (guint i = 0; table != NULL && i < table->rows->len; i++)
    {
      IdoSisaRow *sisa = g_ptr_array_index (table->rows, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *amount = ido_money_format (sisa->amount);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sisa->label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *sisa->code ? sisa->code : _("No code set"));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_label_set_label (GTK_LABEL (label), amount);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->sisa_group, row);
      g_ptr_array_add (self->sisa_rows, row);
    }
  if (table != NULL)
    {
      g_autofree char *title = *table->regulation_code
        ? g_strdup_printf (_("SiSa Accountability (%s)"), table->regulation_code)
        : g_strdup (_("SiSa Accountability"));

      adw_preferences_group_set_title (self->sisa_group, title);
    }
}

static void
copy_sisa_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSisaTable) table = ido_sisa_table_load (database_of (self), self->year, &error);
  g_autofree char *text = NULL;

  if (table == NULL)
    {
      ido_form_add_toast (widget, adw_toast_new (error->message));
      return;
    }
  text = ido_sisa_table_to_text (table);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  ido_form_add_toast (widget, adw_toast_new (_("SiSa table copied: paste it into a spreadsheet")));
}

/* Spending */

static IdoFinancierItem *
spending_item (const IdoSpending *s)
{
  IdoSpukCategory category;
  g_autofree char *date = ido_date_to_user (s->spent_on);
  g_autofree char *amount = ido_money_format (s->amount);
  g_autoptr(GString) subtitle = g_string_new (date);
  IdoFinancierItem *item;

  if (ido_spuk_category_from_string (s->category, &category, NULL))
    g_string_append_printf (subtitle, " · %s", ido_spuk_category_get_label (category));
  if (*s->agreement_title != '\0')
    g_string_append_printf (subtitle, " · %s", s->agreement_title);
  item = ido_financier_item_new (s->id, s->description, subtitle->str);
  ido_financier_item_set_amount (item, amount);
  return item;
}

static void
show_spending (IdoBudgetPage *self)
{
  g_autoptr(GPtrArray) lines = ido_budget_list_spending (database_of (self), self->year, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    g_ptr_array_add (items, spending_item (g_ptr_array_index (lines, i)));
  g_list_store_splice (self->spending, 0, g_list_model_get_n_items (G_LIST_MODEL (self->spending)),
                       items->pdata, items->len);
  gtk_widget_set_visible (self->spending_empty, items->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spending_view), items->len > 0);
}

static void
add_spending_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);

  if (self->year != 0)
    ido_financier_page_present (IDO_FINANCIER_PAGE (self), ido_spending_dialog_new (database_of (self), self->year, 0));
}

static void
ido_budget_page_activate_item (IdoFinancierPage *page,
                               GtkListView      *list_view,
                               IdoFinancierItem *item)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (page);

  ido_financier_page_present (page, ido_spending_dialog_new (database_of (self), self->year,
                                                             ido_financier_item_get_id (item)));
}

/* Years */

static void
show_year (IdoBudgetPage *self)
{
  IdoBudgetYear year;
  IdoSpukSummary summary;

  ido_form_clear_errors (GTK_WIDGET (self->allocation_group), self->message_label);
  if (!ido_budget_load_year (database_of (self), self->year, &year, NULL))
    return;
  load_form (self, &year);
  ido_budget_year_clear (&year);
  if (ido_budget_load_summary (database_of (self), self->year, &summary, NULL))
    show_summary (self, &summary);
  show_sisa (self);
  show_spending (self);
}

static void
on_year_selected_cb (IdoBudgetPage *self)
{
  guint position = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->loading || position >= self->years->len)
    return;
  self->year = g_array_index (self->years, int, position);
  show_year (self);
}

static void
fill_years (IdoBudgetPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_clear_pointer (&self->years, g_array_unref);
  self->years = ido_budget_list_years (database_of (self), NULL);
  if (self->years == NULL)
    self->years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("SPUK %d", g_array_index (self->years, int, i));

      gtk_string_list_append (labels, label);
      if (g_array_index (self->years, int, i) == self->year)
        selected = i;
    }
  /* The year shown stays; otherwise the latest. */
  if (selected == GTK_INVALID_LIST_POSITION && self->years->len > 0)
    {
      selected = self->years->len - 1;
      self->year = g_array_index (self->years, int, selected);
    }
  if (self->years->len == 0)
    self->year = 0;
  self->loading = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->loading = FALSE;
}

static void
ido_budget_page_reload (IdoFinancierPage *page)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (page);

  fill_years (self);
  ido_financier_page_show_content (IDO_FINANCIER_PAGE (self), self->stack, self->year != 0);
  if (self->year != 0)
    show_year (self);
}

static void
add_year_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);
  int year = g_variant_get_int32 (parameter);
  g_autoptr(GError) error = NULL;
  IdoBudgetYear budget = { .year = year };
  IdoBudgetYear existing;

  if (ido_budget_load_year (database_of (self), year, &existing, NULL))
    ido_budget_year_clear (&existing);
  else
    {
      budget.reserved_from_previous = ido_budget_previous_reservation (database_of (self), year);
      if (!ido_budget_save_year (database_of (self), &budget, &error))
        {
          ido_form_add_toast (widget, adw_toast_new (error->message));
          return;
        }
    }
  ido_budget_page_set_year (self, year);
}

static void
on_new_year_response_cb (AdwAlertDialog *alert,
                         const char     *response,
                         IdoBudgetPage  *self)
{
  AdwSpinRow *row = g_object_get_data (G_OBJECT (alert), "ido-year-row");

  if (g_strcmp0 (response, "add") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "financier.add-year", "i",
                                (gint32) adw_spin_row_get_value (row));
}

static void
new_year_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  AdwDialog *alert = adw_alert_dialog_new (_("Add a SPUK Year"),
                                           _("The budget of a calendar year. What was reserved in the year "
                                             "before is carried over."));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_spin_row_new_with_range (2023, 2200, 1);
  int next = self->years->len > 0 ? g_array_index (self->years, int, self->years->len - 1) + 1
                                  : MAX (g_date_time_get_year (now), 2023);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Year"));
  adw_spin_row_set_value (ADW_SPIN_ROW (row), next);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), group);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "add", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "add");
  g_object_set_data (G_OBJECT (alert), "ido-year-row", row);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_new_year_response_cb), self, 0);
  adw_dialog_present (alert, widget);
}

/* CBS */

static void
set_fetching (IdoBudgetPage *self,
              gboolean       fetching)
{
  gtk_button_set_label (GTK_BUTTON (self->fetch_button), fetching ? _("_Cancel") : _("_Fetch From CBS"));
  gtk_widget_set_tooltip_text (self->fetch_button,
                               fetching ? _("Stop fetching from CBS")
                                        : _("Fetch the inhabitants of this year from CBS StatLine"));
  if (fetching)
    adw_action_row_set_subtitle (self->population_row, _("Fetching from CBS StatLine…"));
}

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(IdoBudgetPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) table = ido_cbs_client_fetch_inhabitants_finish (IDO_CBS_CLIENT (source), result, &error);
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (source), "ido-year"));

  if (self->stack == NULL)
    return;
  g_clear_object (&self->fetch_cancellable);
  set_fetching (self, FALSE);
  if (table == NULL)
    {
      /* Offline or any failure: say so; what was entered stays. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ido_form_show_error (GTK_WIDGET (self->population_row), self->message_label, error->message);
      show_population (self, FALSE);
      return;
    }
  if (ido_population_store_by_code (database_of (self), year, table,
                                    _("CBS StatLine 03759ned (CC BY 4.0)"), &error) == 0)
    {
      ido_form_show_error (GTK_WIDGET (self->population_row), self->message_label,
                           error ? error->message
                                 : _("CBS has no figures for your municipality in that year."));
      show_population (self, FALSE);
      return;
    }
  if ((int) adw_spin_row_get_value (self->population_year_row) == year)
    show_population (self, TRUE);
}

static void
fetch_population_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  IdoBudgetPage *self = IDO_BUDGET_PAGE (widget);
  int year = (int) adw_spin_row_get_value (self->population_year_row);

  if (self->fetch_cancellable != NULL)
    {
      g_cancellable_cancel (self->fetch_cancellable);
      return;
    }
  if (self->cbs == NULL)
    self->cbs = ido_cbs_client_new ();
  ido_form_clear_errors (GTK_WIDGET (self->population_row), self->message_label);
  self->fetch_cancellable = g_cancellable_new ();
  g_object_set_data (G_OBJECT (self->cbs), "ido-year", GINT_TO_POINTER (year));
  set_fetching (self, TRUE);
  ido_cbs_client_fetch_inhabitants_async (self->cbs, year, self->fetch_cancellable, on_fetched_cb,
                                          g_object_ref (self));
}

/* Object */

static void
ido_budget_page_constructed (GObject *object)
{
  IdoBudgetPage *self = (IdoBudgetPage *) object;

  G_OBJECT_CLASS (ido_budget_page_parent_class)->constructed (object);

  ido_financier_page_bind_list (IDO_FINANCIER_PAGE (self), self->spending_view, self->spending, FALSE, FALSE);
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

static void
ido_budget_page_dispose (GObject *object)
{
  IdoBudgetPage *self = (IdoBudgetPage *) object;

  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);
  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_BUDGET_PAGE);
  self->stack = NULL;
  g_clear_object (&self->spending);
  g_clear_object (&self->cbs);

  G_OBJECT_CLASS (ido_budget_page_parent_class)->dispose (object);
}

static void
ido_budget_page_finalize (GObject *object)
{
  IdoBudgetPage *self = (IdoBudgetPage *) object;

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->sisa_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_budget_page_parent_class)->finalize (object);
}

static void
ido_budget_page_class_init (IdoBudgetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoFinancierPageClass *page_class = IDO_FINANCIER_PAGE_CLASS (klass);

  object_class->constructed = ido_budget_page_constructed;
  object_class->dispose = ido_budget_page_dispose;
  object_class->finalize = ido_budget_page_finalize;

  page_class->tables = tables;
  page_class->reload = ido_budget_page_reload;
  page_class->activate_item = ido_budget_page_activate_item;

  g_type_ensure (IDO_TYPE_AMOUNT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, allocation_group);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, no_spuk_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, allocation_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, population_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, fetch_button);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, population_year_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, inhabitants_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, low_educated_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, estimate_label);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, reserved_from_previous_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, reserved_for_next_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, sisa_group);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, spending_empty);
  gtk_widget_class_bind_template_child (widget_class, IdoBudgetPage, spending_view);

  gtk_widget_class_install_action (widget_class, "financier.new-year", NULL, new_year_action);
  gtk_widget_class_install_action (widget_class, "financier.add-year", "i", add_year_action);
  gtk_widget_class_install_action (widget_class, "financier.save-year", NULL, save_year_action);
  gtk_widget_class_install_action (widget_class, "financier.copy-sisa", NULL, copy_sisa_action);
  gtk_widget_class_install_action (widget_class, "financier.add-spending", NULL, add_spending_action);
  gtk_widget_class_install_action (widget_class, "financier.fetch-population", NULL, fetch_population_action);
}

static void
ido_budget_page_init (IdoBudgetPage *self)
{
  g_autoptr(GListModel) source_labels = ido_form_labels_model (sources, source_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->spending = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
  self->sisa_rows = g_ptr_array_new ();
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  adw_combo_row_set_model (self->source_row, source_labels);
  create_summary_rows (self);
  g_signal_connect_swapped (self->source_row, "notify::selected", G_CALLBACK (on_source_changed_cb), self);
  g_signal_connect_swapped (self->inhabitants_row, "notify::value", G_CALLBACK (update_estimate), self);
  g_signal_connect_swapped (self->low_educated_row, "notify::value", G_CALLBACK (update_estimate), self);
  g_signal_connect_swapped (self->population_year_row, "notify::value",
                            G_CALLBACK (on_population_year_changed_cb), self);
  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (on_year_selected_cb), self);
}

/**
 * ido_budget_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
ido_budget_page_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_BUDGET_PAGE, "database", database, NULL);
}

/**
 * ido_budget_page_get_year:
 *
 * Returns: the year shown, or 0 when there is none
 */
int
ido_budget_page_get_year (IdoBudgetPage *self)
{
  g_return_val_if_fail (IDO_IS_BUDGET_PAGE (self), 0);

  return self->year;
}

/**
 * ido_budget_page_set_year:
 *
 * Shows the budget of @year when there is one.
 */
void
ido_budget_page_set_year (IdoBudgetPage *self,
                          int            year)
{
  g_return_if_fail (IDO_IS_BUDGET_PAGE (self));

  self->year = year;
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

/**
 * ido_budget_page_set_cbs_client:
 * @client: (nullable): the client to fetch inhabitants with, e.g. one for a
 *   local test server; %NULL for CBS StatLine itself
 */
void
ido_budget_page_set_cbs_client (IdoBudgetPage *self,
                                IdoCbsClient  *client)
{
  g_return_if_fail (IDO_IS_BUDGET_PAGE (self));

  g_set_object (&self->cbs, client);
}

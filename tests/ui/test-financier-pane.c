/* test-financier-pane.c: the financier pane through its real widgets: a
 * SPUK year with spending and its summary, fields that refuse invalid
 * input, and the charts in Overzicht.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement-dialog.h"
#include "ido-amount-row.h"
#include "ido-budget.h"
#include "ido-budget-page.h"
#include "ido-chart-widget.h"
#include "ido-financier-item.h"
#include "ido-financier-overview.h"
#include "ido-financier-page.h"
#include "ido-financier-pane.h"
#include "ido-money.h"
#include "ido-sisa.h"
#include "ido-sisa-preferences-group.h"
#include "ido-spending-dialog.h"
#include "ido-spuk.h"
#include "ido-target-dialog.h"
#include "ido-target-store.h"
#include "ido-ui-test-utils.h"

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static IdoFinancierPane *
show_section (IdoUiFixture *fixture,
              const char   *section)
{
  IdoPane *pane;

  ido_window_show_pane (fixture->window, IDO_ROLE_FINANCIER);
  pane = ido_window_get_visible_pane (fixture->window);
  g_assert_true (IDO_IS_FINANCIER_PANE (pane));
  ido_financier_pane_show_section (IDO_FINANCIER_PANE (pane), section);
  ido_ui_test_iterate (50);
  return IDO_FINANCIER_PANE (pane);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return ido_ui_test_child (widget, type, name);
}

static void
set_text (gpointer    row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
summary (GtkWidget  *page,
         const char *key)
{
  g_autofree char *name = g_strconcat ("summary-", key, NULL);
  GtkWidget *label = find_named (page, name);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
has_error (gpointer row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "error");
}

/* The dialog of @type presented over the window, once it is there. */
static GtkWidget *
wait_for_dialog (IdoUiFixture *fixture,
                 GType         type)
{
  GtkWidget *dialog = NULL;

  for (int i = 0; i < 100 && dialog == NULL; i++)
    {
      ido_ui_test_iterate (10);
      dialog = find_type (GTK_WIDGET (fixture->window), type);
    }
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
dialog_gone (gpointer data)
{
  IdoUiFixture *fixture = data;

  return find_type (GTK_WIDGET (fixture->window), IDO_TYPE_EDIT_DIALOG) == NULL;
}

static void
budget_year (IdoUiFixture *fixture,
             int           year,
             IdoBudgetYear *out)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_budget_load_year (fixture->database, year, out, &error));
  g_assert_no_error (error);
}

static void
test_budget_year_and_spending (IdoUiFixture  *fixture,
                               gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "budget");
  GtkWidget *page = ido_financier_pane_get_section (pane, "budget");
  GtkStack *stack = child (page, IDO_TYPE_BUDGET_PAGE, "stack");
  GtkWidget *dialog;
  IdoBudgetYear year;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* A new year, then its allocation from the annex in Dutch notation. */
  g_assert_true (gtk_widget_activate_action (page, "financier.add-year", "i", 2025));
  ido_ui_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "content");
  g_assert_cmpint (ido_budget_page_get_year (IDO_BUDGET_PAGE (page)), ==, 2025);
  set_text (child (page, IDO_TYPE_BUDGET_PAGE, "allocation_row"), "EUR 40.000");
  g_assert_true (gtk_widget_activate_action (page, "financier.save-year", NULL));
  ido_ui_test_iterate (50);
  budget_year (fixture, 2025, &year);
  g_assert_cmpint (year.allocation, ==, 4000000);
  ido_budget_year_clear (&year);
  /* Shown back as an amount. */
  g_assert_cmpstr (gtk_editable_get_text (child (page, IDO_TYPE_BUDGET_PAGE, "allocation_row")), ==,
                   "€ 40.000,00");

  /* Book spending through the dialog. */
  g_assert_true (gtk_widget_activate_action (page, "financier.add-spending", NULL));
  dialog = wait_for_dialog (fixture, IDO_TYPE_SPENDING_DIALOG);
  set_text (child (dialog, IDO_TYPE_SPENDING_DIALOG, "date_row"), "15-3-2025");
  adw_combo_row_set_selected (child (dialog, IDO_TYPE_SPENDING_DIALOG, "category_row"), 1);
  set_text (child (dialog, IDO_TYPE_SPENDING_DIALOG, "description_row"), "Flyers huisartsen");
  set_text (child (dialog, IDO_TYPE_SPENDING_DIALOG, "amount_row"), "1.500,5");
  g_assert_true (gtk_widget_activate_action (dialog, "edit.save", NULL));
  g_assert_true (ido_ui_test_wait (dialog_gone, fixture));
  ido_ui_test_iterate (100);

  /* The summary, computed by hand: 40.000,00 - 1.500,50 = 38.499,50
   * unspent; 25% of 40.000 = 10.000 may be reserved. */
  g_assert_cmpstr (summary (page, "allocation"), ==, "€ 40.000,00");
  g_assert_cmpstr (summary (page, "spent-promotion"), ==, "€ 1.500,50");
  g_assert_cmpstr (summary (page, "spent-library"), ==, "€ 0,00");
  g_assert_cmpstr (summary (page, "spent-total"), ==, "€ 1.500,50");
  g_assert_cmpstr (summary (page, "unspent"), ==, "€ 38.499,50");
  g_assert_cmpstr (summary (page, "max-reservable"), ==, "€ 10.000,00");
  g_assert_cmpstr (summary (page, "to-repay"), ==, "€ 38.499,50");

  /* A reservation above 25% is refused at its field; nothing is saved. */
  set_text (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row"), "10.000,01");
  g_assert_true (gtk_widget_activate_action (page, "financier.save-year", NULL));
  g_assert_true (has_error (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row")));
  g_assert_true (gtk_widget_get_visible (child (page, IDO_TYPE_BUDGET_PAGE, "message_label")));
  budget_year (fixture, 2025, &year);
  g_assert_cmpint (year.reserved_for_next, ==, 0);
  ido_budget_year_clear (&year);

  set_text (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row"), "10.000");
  g_assert_true (gtk_widget_activate_action (page, "financier.save-year", NULL));
  ido_ui_test_iterate (100);
  g_assert_false (has_error (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row")));
  g_assert_cmpstr (summary (page, "reserved-for-next"), ==, "€ 10.000,00");
  g_assert_cmpstr (summary (page, "to-repay"), ==, "€ 28.499,50");
}

static void
test_budget_estimate (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "budget");
  GtkWidget *page = ido_financier_pane_get_section (pane, "budget");
  AdwSpinRow *inhabitants = child (page, IDO_TYPE_BUDGET_PAGE, "inhabitants_row");
  AdwSpinRow *low = child (page, IDO_TYPE_BUDGET_PAGE, "low_educated_row");
  AdwActionRow *source = child (page, IDO_TYPE_BUDGET_PAGE, "population_row");
  g_autofree char *expected = NULL;
  IdoBudgetYear year;

  gtk_widget_activate_action (page, "financier.add-year", "i", 2026);
  ido_ui_test_iterate (50);
  adw_combo_row_set_selected (child (page, IDO_TYPE_BUDGET_PAGE, "source_row"), 1);
  ido_ui_test_iterate (20);
  /* The inhabitants of Utrecht on 1-1-2024 ship with the app, labelled. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (inhabitants)));
  g_assert_cmpfloat (adw_spin_row_get_value (inhabitants), >, 300000);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (source), "2024"));
  adw_spin_row_set_value (low, 41000);
  expected = ido_money_format (ido_spuk_allocation_estimate ((guint64) adw_spin_row_get_value (inhabitants), 41000));
  g_assert_cmpstr (gtk_label_get_label (child (page, IDO_TYPE_BUDGET_PAGE, "estimate_label")), ==, expected);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (child (page, IDO_TYPE_BUDGET_PAGE, "estimate_row")),
                            "41.000"));
  gtk_widget_activate_action (page, "financier.save-year", NULL);
  ido_ui_test_iterate (100);
  budget_year (fixture, 2026, &year);
  g_assert_true (year.allocation_is_estimate);
  g_assert_cmpint (year.estimate_low_educated, ==, 41000);
  g_assert_cmpint (year.estimate_population_year, ==, 2024);
  ido_budget_year_clear (&year);
  g_assert_nonnull (strstr (summary (page, "allocation"), "(estimate)"));
}

static gboolean
fetch_done (gpointer data)
{
  GtkWidget *button = data;

  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), _("_Fetch From CBS")) == 0;
}

static void
test_cbs_failure_keeps_value (IdoUiFixture  *fixture,
                              gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "budget");
  GtkWidget *page = ido_financier_pane_get_section (pane, "budget");
  AdwSpinRow *inhabitants = child (page, IDO_TYPE_BUDGET_PAGE, "inhabitants_row");
  GtkWidget *button = child (page, IDO_TYPE_BUDGET_PAGE, "fetch_button");
  g_autoptr(IdoCbsClient) client = ido_cbs_client_new ();
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;
  GtkLabel *message = child (page, IDO_TYPE_BUDGET_PAGE, "message_label");

  /* Nothing listens on this port: as offline as it gets, without the
   * internet. */
  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("https://127.0.0.1:%u/ODataApi/odata/03759ned",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_clear_object (&socket);
  ido_cbs_client_set_base_url (client, url);
  ido_budget_page_set_cbs_client (IDO_BUDGET_PAGE (page), client);

  gtk_widget_activate_action (page, "financier.add-year", "i", 2025);
  ido_ui_test_iterate (50);
  adw_combo_row_set_selected (child (page, IDO_TYPE_BUDGET_PAGE, "source_row"), 1);
  adw_spin_row_set_value (child (page, IDO_TYPE_BUDGET_PAGE, "population_year_row"), 2022);
  adw_spin_row_set_value (inhabitants, 123456);
  g_assert_true (gtk_widget_activate_action (page, "financier.fetch-population", NULL));
  g_assert_true (ido_ui_test_wait (fetch_done, button));
  /* The app says so, at the row, and the number entered stays. */
  g_assert_true (has_error (child (page, IDO_TYPE_BUDGET_PAGE, "population_row")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), _("The number you entered is kept.")));
  g_assert_cmpfloat (adw_spin_row_get_value (inhabitants), ==, 123456);
}

static void
test_gemeentefonds_year (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "budget");
  GtkWidget *page = ido_financier_pane_get_section (pane, "budget");
  GtkWidget *to_repay;
  IdoBudgetYear year;

  gtk_widget_activate_action (page, "financier.add-year", "i", 2027);
  ido_ui_test_iterate (50);
  set_text (child (page, IDO_TYPE_BUDGET_PAGE, "allocation_row"), "40.000");
  adw_switch_row_set_active (child (page, IDO_TYPE_BUDGET_PAGE, "no_spuk_row"), TRUE);
  /* Without the SPUK there is no 25% limit: all 40.000 may be carried. */
  set_text (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row"), "40.000");
  gtk_widget_activate_action (page, "financier.save-year", NULL);
  ido_ui_test_iterate (100);
  g_assert_false (has_error (child (page, IDO_TYPE_BUDGET_PAGE, "reserved_for_next_row")));
  budget_year (fixture, 2027, &year);
  g_assert_true (year.no_spuk);
  g_assert_cmpint (year.reserved_for_next, ==, 4000000);
  ido_budget_year_clear (&year);
  g_assert_cmpstr (summary (page, "reserved-for-next"), ==, "€ 40.000,00");
  to_repay = gtk_widget_get_ancestor (find_named (page, "summary-to-repay"), ADW_TYPE_ACTION_ROW);
  g_assert_false (gtk_widget_get_visible (to_repay));
}

static void
test_sisa_preferences (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  GtkWidget *group = ido_sisa_preferences_group_new (fixture->database);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *regulation;
  GtkWidget *code;
  g_autofree char *stored = NULL;
  g_autofree char *stored_code = NULL;
  g_autofree char *stored_label = NULL;

  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_present (GTK_WINDOW (window));
  ido_ui_test_iterate (50);
  /* The first entry is the regulation's code; then a code and a label per
   * line of the summary. */
  regulation = find_type (group, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (regulation);
  set_text (regulation, "OCW99");
  g_signal_emit_by_name (regulation, "apply");
  stored = ido_sisa_dup_regulation_code (fixture->database);
  g_assert_cmpstr (stored, ==, "OCW99");

  code = find_type (group, ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (code);
  code = find_type (code, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (code);
  set_text (code, "D1");
  g_signal_emit_by_name (code, "apply");
  stored_code = ido_sisa_dup_code (fixture->database, IDO_SISA_LINE_ALLOCATION);
  stored_label = ido_sisa_dup_label (fixture->database, IDO_SISA_LINE_ALLOCATION);
  g_assert_cmpstr (stored_code, ==, "D1");
  g_assert_cmpstr (stored_label, ==, ido_sisa_line_get_default_label (IDO_SISA_LINE_ALLOCATION));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_invalid_amounts_refused (IdoUiFixture  *fixture,
                              gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "budget");
  GtkWidget *page = ido_financier_pane_get_section (pane, "budget");
  IdoAmountRow *allocation = child (page, IDO_TYPE_BUDGET_PAGE, "allocation_row");
  const char *invalid[] = { "-5", "12,345", "twaalf", "" };
  IdoBudgetYear year;

  gtk_widget_activate_action (page, "financier.add-year", "i", 2025);
  ido_ui_test_iterate (50);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      set_text (allocation, invalid[i]);
      gtk_widget_activate_action (page, "financier.save-year", NULL);
      g_assert_true (has_error (allocation));
      g_assert_true (gtk_widget_get_visible (child (page, IDO_TYPE_BUDGET_PAGE, "message_label")));
      budget_year (fixture, 2025, &year);
      g_assert_cmpint (year.allocation, ==, 0);
      ido_budget_year_clear (&year);
    }
  /* The row also says so while typing. */
  set_text (allocation, "1.2.3");
  g_assert_true (has_error (allocation));
  set_text (allocation, "1234,5");
  g_assert_false (has_error (allocation));
}

static void
test_agreement_date_order (IdoUiFixture  *fixture,
                           gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "agreements");
  GtkWidget *page = ido_financier_pane_get_section (pane, "agreements");
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (page, "financier.add-agreement", NULL));
  dialog = wait_for_dialog (fixture, IDO_TYPE_AGREEMENT_DIALOG);
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "title_row"), "Subsidiebeschikking 2026");
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "start_row"), "01-01-2026");
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "end_row"), "31-12-2025");
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "amount_row"), "42.500");
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "add_deliverable_row"), "Twee IDO-locaties");
  g_signal_emit_by_name (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "add_deliverable_row"), "apply");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  ido_ui_test_iterate (20);
  g_assert_true (has_error (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "end_row")));
  g_assert_false (has_error (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "start_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "agreement"), ==, 0);
  g_assert_cmpint (ido_database_count (fixture->database, "agreement_deliverable"), ==, 0);

  /* A negative amount is refused too, at the amount. */
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "end_row"), "31-12-2026");
  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "amount_row"), "-42.500");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  ido_ui_test_iterate (20);
  g_assert_false (has_error (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "end_row")));
  g_assert_true (has_error (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "amount_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "agreement"), ==, 0);

  set_text (child (dialog, IDO_TYPE_AGREEMENT_DIALOG, "amount_row"), "42.500");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  g_assert_true (ido_ui_test_wait (dialog_gone, fixture));
  g_assert_cmpint (ido_database_count (fixture->database, "agreement"), ==, 1);
  g_assert_cmpint (ido_database_count (fixture->database, "agreement_deliverable"), ==, 1);
}

static guint
indicator_position (IdoUiFixture *fixture,
                    const char   *code)
{
  g_autoptr(GPtrArray) indicators = ido_indicator_list (fixture->database, NULL);

  for (guint i = 0; i < indicators->len; i++)
    {
      if (g_str_equal (((IdoIndicator *) indicators->pdata[i])->code, code))
        return i;
    }
  g_assert_not_reached ();
}

static void
test_target_percentage (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "targets");
  GtkWidget *page = ido_financier_pane_get_section (pane, "targets");
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (page, "financier.add-target", NULL));
  dialog = wait_for_dialog (fixture, IDO_TYPE_TARGET_DIALOG);
  adw_combo_row_set_selected (child (dialog, IDO_TYPE_TARGET_DIALOG, "indicator_row"),
                              indicator_position (fixture, "helped-share"));
  set_text (child (dialog, IDO_TYPE_TARGET_DIALOG, "period_row"), "2025");
  set_text (child (dialog, IDO_TYPE_TARGET_DIALOG, "value_row"), "120");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  ido_ui_test_iterate (20);
  g_assert_true (has_error (child (dialog, IDO_TYPE_TARGET_DIALOG, "value_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "target"), ==, 0);

  /* A period that is not one, at the period. */
  set_text (child (dialog, IDO_TYPE_TARGET_DIALOG, "value_row"), "85");
  set_text (child (dialog, IDO_TYPE_TARGET_DIALOG, "period_row"), "2025Q5");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  ido_ui_test_iterate (20);
  g_assert_false (has_error (child (dialog, IDO_TYPE_TARGET_DIALOG, "value_row")));
  g_assert_true (has_error (child (dialog, IDO_TYPE_TARGET_DIALOG, "period_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "target"), ==, 0);

  set_text (child (dialog, IDO_TYPE_TARGET_DIALOG, "period_row"), "2025");
  gtk_widget_activate_action (dialog, "edit.save", NULL);
  g_assert_true (ido_ui_test_wait (dialog_gone, fixture));
  g_assert_cmpint (ido_database_count (fixture->database, "target"), ==, 1);
}

static void
test_sections_accessible (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  const char *sections[] = { "library", "agreements", "budget", "targets", "certification" };
  IdoFinancierPane *pane = show_section (fixture, "library");
  GtkWidget *switcher = child (pane, IDO_TYPE_FINANCIER_PANE, "switcher");

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (switcher), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       _("Sections of the financier"));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = ido_financier_pane_get_section (pane, sections[i]);
      GtkStack *stack = child (page, G_OBJECT_TYPE (page), "stack");

      g_assert_nonnull (page);
      /* The sample fills every section. */
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "content");
    }
}

static void
test_empty_sections_say_what_to_do (IdoUiFixture  *fixture,
                                    gconstpointer  user_data)
{
  const char *sections[] = { "library", "agreements", "budget", "targets", "certification" };
  IdoFinancierPane *pane = show_section (fixture, "library");

  /* Nothing to search in a new dossier. */
  g_assert_false (ido_pane_start_search (IDO_PANE (pane)));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = ido_financier_pane_get_section (pane, sections[i]);
      GtkStack *stack = child (page, G_OBJECT_TYPE (page), "stack");
      GtkWidget *status = gtk_stack_get_child_by_name (stack, "empty");

      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
      g_assert_true (ADW_IS_STATUS_PAGE (status));
      g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))), >, 20);
      g_assert_false (ido_financier_page_get_has_content (IDO_FINANCIER_PAGE (page)));
    }
}

static gboolean
overview_filled (gpointer data)
{
  return g_list_model_get_n_items (ido_financier_overview_get_targets (data)) > 0;
}

static gboolean
has_financier_overview (gpointer data)
{
  return find_type (GTK_WIDGET (data), IDO_TYPE_FINANCIER_OVERVIEW) != NULL;
}

static void
test_overview_charts (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoFinancierOverview *overview;
  GListModel *targets;
  GtkWidget *chart;
  guint n;

  ido_window_show_pane (fixture->window, IDO_ROLE_OVERVIEW);
  /* The overview builds its lower sections right after its first frame. */
  g_assert_true (ido_ui_test_wait (has_financier_overview, fixture->window));
  overview = IDO_FINANCIER_OVERVIEW (find_type (GTK_WIDGET (fixture->window), IDO_TYPE_FINANCIER_OVERVIEW));
  g_assert_nonnull (overview);
  g_assert_true (ido_ui_test_wait (overview_filled, overview));
  targets = ido_financier_overview_get_targets (overview);
  n = g_list_model_get_n_items (targets);
  /* Every target, each with a chart. */
  g_assert_cmpint (n, ==, ido_database_count (fixture->database, "target"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoFinancierItem) item = g_list_model_get_item (targets, i);

      g_assert_nonnull (ido_financier_item_get_chart (item));
      g_assert_nonnull (ido_financier_item_get_detail (item));
    }
  /* The chart widgets on screen carry their text equivalent. */
  ido_ui_test_iterate (200);
  chart = find_type (GTK_WIDGET (overview), IDO_TYPE_CHART_WIDGET);
  g_assert_nonnull (chart);
  g_assert_nonnull (ido_chart_widget_get_description (IDO_CHART_WIDGET (chart)));
  g_assert_nonnull (strstr (ido_chart_widget_get_description (IDO_CHART_WIDGET (chart)), "target"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chart), ==,
                   ido_chart_widget_get_description (IDO_CHART_WIDGET (chart)));

  /* An agreement that has ended, and the certification, are listed. */
  ido_financier_overview_set_today (overview, "2026-11-01");
  g_assert_cmpuint (g_list_model_get_n_items (ido_financier_overview_get_agreements (overview)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ido_financier_overview_get_certifications (overview)), ==, 1);
  ido_financier_overview_set_today (overview, "2025-01-02");
  g_assert_cmpuint (g_list_model_get_n_items (ido_financier_overview_get_certifications (overview)), ==, 0);
}

static void
test_search_filters_locations (IdoUiFixture  *fixture,
                               gconstpointer  user_data)
{
  IdoFinancierPane *pane = show_section (fixture, "library");
  GtkWidget *page = ido_financier_pane_get_section (pane, "library");
  GtkListView *locations = child (page, G_OBJECT_TYPE (page), "locations_view");
  guint all = ido_financier_page_count_visible (IDO_FINANCIER_PAGE (page), locations);

  g_assert_cmpuint (all, >=, 2);
  g_assert_true (ido_pane_start_search (IDO_PANE (pane)));
  ido_pane_set_search_text (IDO_PANE (pane), "HUISARTSENPRAKTIJK");
  g_assert_cmpuint (ido_financier_page_count_visible (IDO_FINANCIER_PAGE (page), locations), ==, 1);
  ido_pane_set_search_text (IDO_PANE (pane), NULL);
  g_assert_cmpuint (ido_financier_page_count_visible (IDO_FINANCIER_PAGE (page), locations), ==, all);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)

  ADD ("/financier/budget-year-and-spending", IDO_UI_TEST_MUNICIPALITY, test_budget_year_and_spending);
  ADD ("/financier/budget-estimate", IDO_UI_TEST_MUNICIPALITY, test_budget_estimate);
  ADD ("/financier/cbs-failure-keeps-value", IDO_UI_TEST_MUNICIPALITY, test_cbs_failure_keeps_value);
  ADD ("/financier/gemeentefonds-year", IDO_UI_TEST_MUNICIPALITY, test_gemeentefonds_year);
  ADD ("/financier/sisa-preferences", IDO_UI_TEST_MUNICIPALITY, test_sisa_preferences);
  ADD ("/financier/invalid-amounts-refused", IDO_UI_TEST_MUNICIPALITY, test_invalid_amounts_refused);
  ADD ("/financier/agreement-date-order", IDO_UI_TEST_MUNICIPALITY, test_agreement_date_order);
  ADD ("/financier/target-percentage", IDO_UI_TEST_MUNICIPALITY, test_target_percentage);
  ADD ("/financier/empty-sections-say-what-to-do", IDO_UI_TEST_MUNICIPALITY, test_empty_sections_say_what_to_do);
  ADD ("/financier/sections-accessible", IDO_UI_TEST_SAMPLE, test_sections_accessible);
  ADD ("/financier/overview-charts", IDO_UI_TEST_SAMPLE, test_overview_charts);
  ADD ("/financier/search-filters-locations", IDO_UI_TEST_SAMPLE, test_search_filters_locations);

  return g_test_run ();
}

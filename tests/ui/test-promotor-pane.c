/* test-promotor-pane.c: the Promotor pane through its widgets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-pane.h"
#include "ido-promotion-dialog.h"
#include "ido-promotor-pane.h"
#include "ido-record.h"
#include "ido-roles-test-utils.h"

static IdoPane *
show_pane (IdoUiFixture *fixture)
{
  ido_window_show_pane (fixture->window, IDO_ROLE_PROMOTOR);
  ido_ui_test_iterate (50);
  return ido_window_get_pane (fixture->window, IDO_ROLE_PROMOTOR);
}

static GListModel *
calendar_model (IdoPane *pane)
{
  GtkListView *view = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "calendar_view");

  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

static void
test_calendar_by_month (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GListModel *model = calendar_model (pane);
  GtkStack *stack = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "calendar_stack");
  g_autoptr(IdoRecord) first = NULL;
  g_autoptr(IdoRecord) last = NULL;
  guint start = 0, end = 0;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 6);
  g_assert_cmpstr (ido_record_get_date (first), >, ido_record_get_date (last));
  /* One section per month. */
  gtk_section_model_get_section (GTK_SECTION_MODEL (model), 0, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 1);
  /* An activity held with an unbooked cost asks for attention. */
  g_assert_cmpint (ido_record_get_flag (first), ==, IDO_RECORD_FLAG_ATTENTION);
  /* Ctrl+F filters the calendar. */
  g_assert_true (ido_pane_start_search (pane));
  ido_pane_set_search_text (pane, "mantelzorgers");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  ido_pane_set_search_text (pane, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  ido_roles_test_assert_named (GTK_WIDGET (pane));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "promotor-calendar.png");
}

static void
test_new_activity_validated_and_booked (IdoUiFixture  *fixture,
                                        gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GType type = IDO_TYPE_PROMOTION_DIALOG;
  AdwDialog *dialog;
  gint64 n_before = ido_database_count (fixture->database, "promotion");
  gint64 spending_before = ido_database_count (fixture->database, "spending");
  g_autofree char *category = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "promotor.add", NULL));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_PROMOTION_DIALOG (dialog));
  ido_roles_test_assert_named (GTK_WIDGET (dialog));

  /* Nothing is saved while a field is wrong; the message is at the field. */
  ido_roles_test_set_text (dialog, type, "title_row", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "title_row"));
  g_assert_true (gtk_widget_get_visible (ido_ui_test_child (dialog, type, "error_label")));
  ido_roles_test_set_text (dialog, type, "title_row", "Advertentie in het huis-aan-huisblad");
  ido_roles_test_set_text (dialog, type, "date_row", "31-02-2025");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "date_row"));
  g_assert_false (ido_roles_test_has_error (dialog, type, "title_row"));
  ido_roles_test_set_text (dialog, type, "date_row", "12-05-2025");
  ido_roles_test_set_text (dialog, type, "reach_row", "veel");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "reach_row"));
  ido_roles_test_set_text (dialog, type, "reach_row", "26.000");
  ido_roles_test_set_text (dialog, type, "cost_row", "-5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "cost_row"));
  g_assert_cmpint (ido_database_count (fixture->database, "promotion"), ==, n_before);

  /* One click saves and books the cost on the SPUK as promotion. */
  ido_roles_test_set_text (dialog, type, "cost_row", "425,00");
  ido_roles_test_set_text (dialog, type, "target_row", "Inwoners met een laag inkomen");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.book", NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "promotion"), ==, n_before + 1);
  g_assert_cmpint (ido_database_count (fixture->database, "spending"), ==, spending_before + 1);
  category = ido_roles_test_query_text (fixture->database,
                                        "SELECT s.category || ':' || s.amount_cents FROM promotion p"
                                        " JOIN spending s ON s.id = p.spending_id"
                                        " WHERE p.title = 'Advertentie in het huis-aan-huisblad'");
  g_assert_cmpstr (category, ==, "promotion:42500");
  g_assert_cmpint (ido_roles_test_query_int (fixture->database,
                                             "SELECT reach FROM promotion WHERE title LIKE 'Advertentie in het%'"),
                   ==, 26000);
  g_assert_false (gtk_widget_get_visible (ido_ui_test_child (dialog, type, "book_button")));
  ido_roles_test_close_dialog (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (calendar_model (pane)), ==, 8);
}

static void
test_delete_and_undo (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GtkListView *view = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "calendar_view");
  g_autoptr(IdoRecord) first = g_list_model_get_item (calendar_model (pane), 0);
  g_autofree char *uuid = g_strdup (ido_record_get_uuid (first));
  g_autofree char *sql = NULL;
  AdwDialog *dialog;

  g_signal_emit_by_name (view, "activate", 0);
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_PROMOTION_DIALOG (dialog));
  g_assert_cmpstr (ido_promotion_dialog_get_promotion (IDO_PROMOTION_DIALOG (dialog))->uuid, ==, uuid);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.delete", NULL));
  ido_ui_test_iterate (100);
  g_assert_cmpint (ido_database_count (fixture->database, "promotion"), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (calendar_model (pane)), ==, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "promotor.undo", NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "promotion"), ==, 7);
  sql = g_strdup_printf ("SELECT count(*) FROM promotion WHERE uuid = '%s'", uuid);
  g_assert_cmpint (ido_roles_test_query_int (fixture->database, sql), ==, 1);
}

static gboolean
group_has_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle_part)
{
  g_autoptr(GListModel) rows = ido_roles_test_group_rows (group);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkWidget) row = g_list_model_get_item (rows, i);

      if (ADW_IS_ACTION_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle_part) != NULL;
    }
  return FALSE;
}

static void
test_yearly_coverage (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  AdwViewStack *stack = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "view_stack");
  GtkLabel *year = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "year_label");
  AdwPreferencesGroup *groups = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "groups_group");
  AdwPreferencesGroup *departments = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "departments_group");
  GtkLabel *summary = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "coverage_summary");
  AdwEntryRow *new_group = ido_ui_test_child (pane, IDO_TYPE_PROMOTOR_PANE, "new_group_row");
  int current = atoi (gtk_label_get_label (year));

  adw_view_stack_set_visible_child_name (stack, "coverage");
  for (int y = current; y > 2024; y--)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "promotor.previous-year", NULL));
  g_assert_cmpstr (gtk_label_get_label (year), ==, "2024");
  /* 2024: flyers for 65-plussers, the letter to informal carers. */
  g_assert_true (group_has_row (groups, "65-plussers", "1"));
  g_assert_true (group_has_row (groups, "Mantelzorgers", "1"));
  g_assert_true (group_has_row (groups, "Jongeren", "2024"));
  g_assert_true (group_has_row (departments, "Sociaal Domein", "1"));
  g_assert_true (group_has_row (departments, "Digitalisering", "2024"));
  g_assert_nonnull (strstr (gtk_label_get_label (summary), "2024"));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "promotor-coverage.png");

  /* The user's own target group; an empty name is refused at the row. */
  gtk_editable_set_text (GTK_EDITABLE (new_group), " ");
  g_signal_emit_by_name (new_group, "apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (new_group), "error"));
  gtk_editable_set_text (GTK_EDITABLE (new_group), "Statushouders");
  g_signal_emit_by_name (new_group, "apply");
  ido_ui_test_iterate (50);
  g_assert_true (group_has_row (groups, "Statushouders", "2024"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "promotor.remove-group", "s", "Statushouders"));
  ido_ui_test_iterate (50);
  g_assert_false (group_has_row (groups, "Statushouders", ""));
}

static void
test_start_from_idea (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GType type = IDO_TYPE_PROMOTION_DIALOG;
  AdwDialog *dialog;
  AdwComboRow *kind;
  const char *title;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "promotor.start-idea", "s", "letter"));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_PROMOTION_DIALOG (dialog));
  kind = ido_ui_test_child (dialog, type, "kind_row");
  g_assert_cmpstr (ido_promotion_get_kinds ()[adw_combo_row_get_selected (kind)], ==, "municipal-communication");
  title = gtk_editable_get_text (GTK_EDITABLE (ido_ui_test_child (dialog, type, "title_row")));
  g_assert_cmpuint (strlen (title), >, 10);
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "promotor-idea-dialog.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "promotion.save", NULL));
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_database_count (fixture->database, "promotion"), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  ido_roles_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_SAMPLE), \
                                    ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/promotor-pane/calendar-by-month", test_calendar_by_month);
  ADD ("/promotor-pane/new-activity-validated-and-booked", test_new_activity_validated_and_booked);
  ADD ("/promotor-pane/delete-and-undo", test_delete_and_undo);
  ADD ("/promotor-pane/yearly-coverage", test_yearly_coverage);
  ADD ("/promotor-pane/start-from-idea", test_start_from_idea);
#undef ADD

  return g_test_run ();
}

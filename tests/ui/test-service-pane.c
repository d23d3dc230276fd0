/* test-service-pane.c: the Digitale dienstverlener pane through its widgets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-pane.h"
#include "ido-service-change-dialog.h"
#include "ido-service-pane.h"
#include "ido-signal-dialog.h"
#include "ido-roles-test-utils.h"

static IdoPane *
show_pane (IdoUiFixture *fixture)
{
  ido_window_show_pane (fixture->window, IDO_ROLE_SERVICE);
  ido_ui_test_iterate (50);
  return ido_window_get_pane (fixture->window, IDO_ROLE_SERVICE);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%d-%m-%Y");
}

static gboolean
banner_revealed (gpointer data)
{
  return adw_banner_get_revealed (ADW_BANNER (data));
}

/* A change within six weeks without the IDO informed shows in the banner;
 * telling the IDO clears it. Dates are relative to today. */
static void
test_change_needs_telling (IdoUiFixture  *fixture,
                           gconstpointer  user_data)
{
  IdoPane *pane;
  GType type = IDO_TYPE_SERVICE_CHANGE_DIALOG;
  AdwBanner *banner;
  AdwDialog *dialog;
  g_autofree char *soon = date_from_today (20);
  g_autofree char *today = date_from_today (0);
  gint64 n_before;

  /* Only the changes entered here count. */
  g_assert_true (ido_database_exec (fixture->database, "DELETE FROM service_change", NULL));
  pane = show_pane (fixture);
  banner = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "unannounced_banner");
  g_assert_false (adw_banner_get_revealed (banner));
  n_before = ido_database_count (fixture->database, "service_change");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "service.add", NULL));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_SERVICE_CHANGE_DIALOG (dialog));
  ido_roles_test_assert_named (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "service_row"));
  ido_roles_test_set_text (dialog, type, "service_row", "Parkeervergunning bewoners");
  ido_roles_test_set_text (dialog, type, "date_row", "14-13-2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "date_row"));
  g_assert_cmpint (ido_database_count (fixture->database, "service_change"), ==, n_before);
  ido_roles_test_set_text (dialog, type, "date_row", soon);
  ido_roles_test_set_text (dialog, type, "change_row", "Alleen nog digitaal");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change.pick-follow-up", "s", "Extra spreekuur"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change.save", NULL));
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_database_count (fixture->database, "service_change"), ==, n_before + 1);
  g_assert_true (ido_ui_test_wait (banner_revealed, banner));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "service-changes.png");

  /* The banner opens the change; the IDO is told today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "service.show-unannounced", NULL));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_SERVICE_CHANGE_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (ido_ui_test_child (dialog, type, "warning_label")));
  ido_roles_test_set_text (dialog, type, "informed_row", today);
  ido_roles_test_set_text (dialog, type, "how_row", "E-mail aan de IDO-coördinator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "change.save", NULL));
  ido_ui_test_iterate (50);
  g_assert_false (adw_banner_get_revealed (banner));
}

static gboolean
group_has_tagged_row (AdwPreferencesGroup *group,
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
test_topics_highlight_and_rise (IdoUiFixture  *fixture,
                                gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  AdwViewStack *stack = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "view_stack");
  AdwPreferencesGroup *topics = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "topics_group");
  AdwEntryRow *keywords = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "keywords_row");
  const char *regeling = "Hulp bij aanvraag gemeentelijke regeling";
  GType type = IDO_TYPE_SIGNAL_DIALOG;
  AdwDialog *dialog;
  gint64 n_signals = ido_database_count (fixture->database, "signal");
  g_autofree char *source = NULL;

  adw_view_stack_set_visible_child_name (stack, "topics");
  /* The rule is stated where the marks are. */
  g_assert_nonnull (strstr (adw_preferences_group_get_description (topics), "1,25"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (topics), "1,5"));
  g_assert_true (group_has_tagged_row (topics, regeling, "municipal service"));
  g_assert_true (group_has_tagged_row (topics, regeling, "rising"));
  g_assert_false (group_has_tagged_row (topics, "DigiD", "municipal service"));
  g_assert_false (group_has_tagged_row (topics, "DigiD", "rising"));
  ido_roles_test_assert_named (GTK_WIDGET (pane));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "service-topics.png");

  /* The user's keywords decide what counts as a municipal service. */
  gtk_editable_set_text (GTK_EDITABLE (keywords), "digid, bankieren");
  g_signal_emit_by_name (keywords, "apply");
  ido_ui_test_iterate (50);
  g_assert_true (group_has_tagged_row (topics, "DigiD", "municipal service"));
  g_assert_false (group_has_tagged_row (topics, regeling, "municipal service"));
  g_assert_true (group_has_tagged_row (topics, regeling, "rising"));

  /* A rising topic becomes a signal with an improvement action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "service.signal-from-topic", "s", regeling));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_SIGNAL_DIALOG (dialog));
  ido_roles_test_assert_named (GTK_WIDGET (dialog));
  ido_roles_test_set_text (dialog, type, "action_row", "Aanvraagformulier regelingen vereenvoudigen");
  ido_roles_test_set_text (dialog, type, "owner_row", "Team Inkomen");
  ido_roles_test_set_text (dialog, type, "due_row", "31-03-2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "signal.add-action", NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "signal"), ==, n_signals + 1);
  source = ido_roles_test_query_text (fixture->database,
                                      "SELECT s.source || ':' || s.status || ':' || a.owner FROM signal s"
                                      " JOIN action_item a ON a.signal_id = s.id ORDER BY s.id DESC LIMIT 1");
  g_assert_cmpstr (source, ==, "dashboard:in-progress:Team Inkomen");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "signal.save", NULL));
}

static void
test_signal_delete_and_undo (IdoUiFixture  *fixture,
                             gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  AdwViewStack *stack = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "view_stack");
  GtkListView *view = ido_ui_test_child (pane, IDO_TYPE_SERVICE_PANE, "signals_view");
  gint64 n = ido_database_count (fixture->database, "signal");
  gint64 links = ido_database_count (fixture->database, "policy_domain_link");
  AdwDialog *dialog;

  adw_view_stack_set_visible_child_name (stack, "signals");
  g_signal_emit_by_name (view, "activate", 0);
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_SIGNAL_DIALOG (dialog));
  ido_roles_test_set_text (dialog, IDO_TYPE_SIGNAL_DIALOG, "description_row", " ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "signal.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, IDO_TYPE_SIGNAL_DIALOG, "description_row"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "signal.delete", NULL));
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_database_count (fixture->database, "signal"), ==, n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "service.undo-signal", NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "signal"), ==, n);
  g_assert_cmpint (ido_database_count (fixture->database, "policy_domain_link"), ==, links);
}

int
main (int   argc,
      char *argv[])
{
  ido_roles_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_SAMPLE), \
                                    ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/service-pane/change-needs-telling", test_change_needs_telling);
  ADD ("/service-pane/topics-highlight-and-rise", test_topics_highlight_and_rise);
  ADD ("/service-pane/signal-delete-and-undo", test_signal_delete_and_undo);
#undef ADD

  return g_test_run ();
}

/* test-referrer-pane.c: the Warme doorverwijzer pane through its widgets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-desk.h"
#include "ido-desk-editor.h"
#include "ido-partner.h"
#include "ido-record.h"
#include "ido-referral-agreement-editor.h"
#include "ido-referrer-pane.h"
#include "ido-training-editor.h"
#include "ido-validate.h"
#include "ido-network-test-utils.h"

static IdoReferrerPane *
referrer_pane (IdoUiFixture *fixture)
{
  ido_window_show_pane (fixture->window, IDO_ROLE_REFERRER);
  ido_ui_test_iterate (30);
  return IDO_REFERRER_PANE (ido_window_get_pane (fixture->window, IDO_ROLE_REFERRER));
}

static const char *
pane_page (IdoReferrerPane *pane)
{
  return gtk_stack_get_visible_child_name (ido_ui_test_child (pane, IDO_TYPE_REFERRER_PANE, "stack"));
}

static AdwDialog *
activate_and_get_dialog (IdoUiFixture *fixture,
                         gpointer      widget,
                         const char   *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  ido_ui_test_iterate (30);
  return network_test_dialog (fixture);
}

static IdoRecord *
find_record (GListModel *model,
             const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (ido_record_get_title (record), title) == 0)
        return record;
    }
  return NULL;
}

static gboolean
has_record (gpointer data)
{
  gpointer *args = data;

  ido_ui_test_iterate (5);
  return find_record (args[0], args[1]) != NULL;
}

static void
test_empty (IdoUiFixture  *fixture,
            gconstpointer  user_data)
{
  IdoReferrerPane *pane = referrer_pane (fixture);

  g_assert_cmpstr (pane_page (pane), ==, "empty");
  g_assert_false (ido_pane_start_search (IDO_PANE (pane)));
  network_test_assert_named (GTK_WIDGET (pane));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pane), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       ido_pane_get_title (IDO_PANE (pane)));
}

/* A desk: refused input at the field, then saved with referral counts and
 * flagged until a training reaches it. */
static void
test_desk_and_training (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  IdoReferrerPane *pane = referrer_pane (fixture);
  AdwDialog *editor = activate_and_get_dialog (fixture, pane, "referrer.add-desk");
  GtkWidget *name, *email, *phone, *quarter, *desk_switch;
  gpointer args[2] = { ido_referrer_pane_get_desks (pane), (gpointer) "Schuldhulpverlening" };
  IdoRecord *record;
  gint64 desk_id;

  g_assert_true (IDO_IS_DESK_EDITOR (editor));
  network_test_assert_named (GTK_WIDGET (editor));
  name = ido_ui_test_child (editor, IDO_TYPE_DESK_EDITOR, "name_row");
  email = ido_ui_test_child (editor, IDO_TYPE_DESK_EDITOR, "contact_email_row");
  phone = ido_ui_test_child (editor, IDO_TYPE_DESK_EDITOR, "contact_phone_row");

  gtk_widget_activate_action (GTK_WIDGET (editor), "desk.save", NULL);
  g_assert_true (network_test_has_error (name));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_true (gtk_widget_get_visible (ido_ui_test_child (editor, IDO_TYPE_DESK_EDITOR, "desk_error")));
  network_test_set_text (name, "Schuldhulpverlening");
  network_test_set_text (email, "schuldhulp@");
  gtk_widget_activate_action (GTK_WIDGET (editor), "desk.save", NULL);
  g_assert_true (network_test_has_error (email));
  g_assert_false (network_test_has_error (name));
  network_test_set_text (email, "schuldhulp@voorbeeld.example.nl");
  network_test_set_text (phone, "0101");
  gtk_widget_activate_action (GTK_WIDGET (editor), "desk.save", NULL);
  g_assert_true (network_test_has_error (phone));
  g_assert_cmpint (ido_database_count (fixture->database, "desk"), ==, 0);
  network_test_set_text (phone, "14 010");
  network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_DESK_EDITOR, "referral_row"),
                         "Bij vragen over online aanvragen: afspraak bij het IDO maken.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "desk.add-quarter", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "desk.add-quarter", NULL));
  {
    g_autofree char *today = ido_today_iso ();
    g_autofree char *this_quarter = ido_quarter_of (today);

    quarter = ido_desk_editor_get_quarter_row (IDO_DESK_EDITOR (editor), this_quarter);
    g_assert_nonnull (quarter);
    network_test_assert_named (quarter);
  }
  adw_spin_row_set_value (ADW_SPIN_ROW (quarter), 7);
  gtk_widget_activate_action (GTK_WIDGET (editor), "desk.save", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (network_test_query_int (fixture->database, "SELECT sum (referrals) FROM desk_referral_count"), ==,
                   7);
  g_assert_cmpint (ido_database_count (fixture->database, "desk_referral_count"), ==, 2);
  desk_id = network_test_query_int (fixture->database, "SELECT id FROM desk WHERE name = 'Schuldhulpverlening'");

  /* Listed, and flagged: never trained. */
  g_assert_true (ido_ui_test_wait (has_record, args));
  g_assert_cmpstr (pane_page (pane), ==, "records");
  record = find_record (ido_referrer_pane_get_desks (pane), "Schuldhulpverlening");
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_nonnull (strstr (ido_record_get_subtitle (record), ido_training_state_get_label (IDO_TRAINING_STATE_NEVER)));

  /* A training for the desk clears the flag. */
  editor = activate_and_get_dialog (fixture, pane, "referrer.add-training");
  g_assert_true (IDO_IS_TRAINING_EDITOR (editor));
  network_test_assert_named (GTK_WIDGET (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "training.save", NULL);
  g_assert_true (network_test_has_error (ido_ui_test_child (editor, IDO_TYPE_TRAINING_EDITOR, "date_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "training"), ==, 0);
  {
    g_autofree char *today = ido_today_iso ();
    g_autofree char *user_date = ido_date_to_user (today);

    network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_TRAINING_EDITOR, "date_row"), user_date);
  }
  network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_TRAINING_EDITOR, "provider_row"), "Bibliotheek");
  adw_spin_row_set_value (ido_ui_test_child (editor, IDO_TYPE_TRAINING_EDITOR, "participants_row"), 12);
  desk_switch = ido_training_editor_get_desk_row (IDO_TRAINING_EDITOR (editor), desk_id);
  g_assert_nonnull (desk_switch);
  adw_switch_row_set_active (ADW_SWITCH_ROW (desk_switch), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (editor), "training.save", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM training t JOIN training_desk td"
                                           " ON td.training_id = t.id WHERE t.participants = 12"), ==, 1);
  ido_ui_test_iterate (30);
  record = find_record (ido_referrer_pane_get_desks (pane), "Schuldhulpverlening");
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (ido_referrer_pane_get_trainings (pane)), ==, 1);

  /* More than two years later it needs a new one. */
  ido_referrer_pane_set_today (pane, "2099-01-01");
  record = find_record (ido_referrer_pane_get_desks (pane), "Schuldhulpverlening");
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_nonnull (strstr (ido_record_get_subtitle (record),
                            ido_training_state_get_label (IDO_TRAINING_STATE_STALE)));
}

/* An agreement between the municipality and the IDO, about one desk. */
static void
test_municipal_agreement (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  IdoReferrerPane *pane = referrer_pane (fixture);
  guint before = g_list_model_get_n_items (ido_referrer_pane_get_agreements (pane));
  AdwDialog *editor = activate_and_get_dialog (fixture, pane, "referrer.add-agreement");
  GtkWidget *desk_row, *review;
  gpointer args[2] = { ido_referrer_pane_get_agreements (pane), NULL };
  g_autofree char *desk_name = NULL;

  g_assert_true (IDO_IS_REFERRAL_AGREEMENT_EDITOR (editor));
  network_test_assert_named (GTK_WIDGET (editor));
  desk_row = ido_ui_test_child (editor, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "desk_row");
  g_assert_true (gtk_widget_get_visible (desk_row));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (desk_row))), ==, 6);
  adw_combo_row_set_selected (ADW_COMBO_ROW (desk_row), 1);
  desk_name = g_strdup (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (desk_row))));
  args[1] = desk_name;
  network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "services_row"),
                         "Hulp bij DigiD");
  network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "contact_name_row"),
                         "Karin Mulder");
  network_test_set_text (ido_ui_test_child (editor, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "agreed_row"), "01-06-2025");
  review = ido_ui_test_child (editor, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "review_row");
  network_test_set_text (review, "01-05-2025");
  gtk_widget_activate_action (GTK_WIDGET (editor), "agreement.save", NULL);
  g_assert_true (network_test_has_error (review));
  g_assert_cmpuint (g_list_model_get_n_items (ido_referrer_pane_get_agreements (pane)), ==, before);
  network_test_set_text (review, "01-06-2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "agreement.save", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_true (ido_ui_test_wait (has_record, args));
  g_assert_cmpuint (g_list_model_get_n_items (ido_referrer_pane_get_agreements (pane)), ==, before + 1);
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM referral_agreement WHERE party = 'municipality'"
                                           " AND desk_id IS NOT NULL AND partner_id IS NULL"
                                           " AND contact_name = 'Karin Mulder' AND review_on = '2026-06-01'"),
                   ==, 1);
}

/* Deleting a desk: undo brings back its counts, training links and the
 * agreements' reference to it. */
static void
test_delete_desk_undo (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  IdoReferrerPane *pane = referrer_pane (fixture);
  gint64 desk_id = network_test_query_int (fixture->database,
                                           "SELECT d.id FROM desk d WHERE EXISTS (SELECT 1 FROM training_desk t"
                                           " WHERE t.desk_id = d.id) ORDER BY d.id LIMIT 1");
  gint64 counts = ido_database_count (fixture->database, "desk_referral_count");
  gint64 links = ido_database_count (fixture->database, "training_desk");
  AdwDialog *editor;

  g_assert_cmpint (desk_id, >, 0);
  network_test_assert_named (GTK_WIDGET (pane));
  editor = ido_referrer_pane_edit_desk (pane, desk_id);
  ido_ui_test_iterate (30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "desk.delete", NULL));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (ido_database_count (fixture->database, "training_desk"), <, links);
  g_assert_cmpint (ido_database_count (fixture->database, "desk_referral_count"), <, counts);
  g_assert_cmpint (network_test_query_int (fixture->database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "referrer.undo", NULL));
  g_assert_cmpint (ido_database_count (fixture->database, "training_desk"), ==, links);
  g_assert_cmpint (ido_database_count (fixture->database, "desk_referral_count"), ==, counts);
}

/* Ctrl+F filters the lists of the pane. */
static void
test_search (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoReferrerPane *pane = referrer_pane (fixture);
  GtkListView *view = ido_ui_test_child (pane, IDO_TYPE_REFERRER_PANE, "desks_view");
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (view));
  guint total = g_list_model_get_n_items (ido_referrer_pane_get_desks (pane));

  g_assert_cmpuint (total, ==, 5);
  g_assert_true (ido_pane_start_search (IDO_PANE (pane)));
  ido_pane_set_search_text (IDO_PANE (pane), "BURGERZAKEN");
  ido_ui_test_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  ido_pane_set_search_text (IDO_PANE (pane), NULL);
  ido_ui_test_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Municipal desks"));
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

  ADD ("/ui/referrer/empty", IDO_UI_TEST_MUNICIPALITY, test_empty);
  ADD ("/ui/referrer/desk-and-training", IDO_UI_TEST_MUNICIPALITY, test_desk_and_training);
  ADD ("/ui/referrer/municipal-agreement", IDO_UI_TEST_SAMPLE, test_municipal_agreement);
  ADD ("/ui/referrer/delete-desk-undo", IDO_UI_TEST_SAMPLE, test_delete_desk_undo);
  ADD ("/ui/referrer/search", IDO_UI_TEST_SAMPLE, test_search);

  return g_test_run ();
}

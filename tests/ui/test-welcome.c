/* test-welcome.c: the first run on an empty database.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-municipality.h"
#include "ido-preferences-dialog.h"
#include "ido-welcome-page.h"
#include "ido-ui-test-utils.h"

static IdoWelcomePage *
get_welcome_page (IdoWindow *window)
{
  AdwBin *bin = ido_ui_test_child (window, IDO_TYPE_WINDOW, "welcome_bin");
  GtkWidget *page = adw_bin_get_child (bin);

  g_assert_true (IDO_IS_WELCOME_PAGE (page));
  return IDO_WELCOME_PAGE (page);
}

static gboolean
panes_shown (gpointer data)
{
  return g_strcmp0 (ido_ui_test_main_page (data), "panes") == 0;
}

static void
test_empty_database_welcomes (IdoUiFixture  *fixture,
                              gconstpointer  user_data)
{
  IdoWelcomePage *page;

  g_assert_true (ido_dossier_needs_setup (fixture->database));
  g_assert_cmpstr (ido_ui_test_main_page (fixture->window), ==, "welcome");
  page = get_welcome_page (fixture->window);
  /* Every municipality, before searching. */
  g_assert_cmpuint (g_list_model_get_n_items (ido_welcome_page_get_matches (page)), >=, 340);
  /* Alt+number does not skip the choice. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", "network");
  g_assert_cmpstr (ido_ui_test_main_page (fixture->window), ==, "welcome");
}

static gboolean
one_match (gpointer data)
{
  return g_list_model_get_n_items (ido_welcome_page_get_matches (data)) == 1;
}

static void
test_choosing_municipality_shows_panes (IdoUiFixture  *fixture,
                                        gconstpointer  user_data)
{
  IdoWelcomePage *page = get_welcome_page (fixture->window);
  GtkEditable *entry = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "search_entry");
  g_autoptr(IdoMunicipality) match = NULL;
  g_autoptr(IdoOwnMunicipality) own = NULL;

  /* The name people use finds the official one. */
  gtk_editable_set_text (entry, "Den Haag");
  g_assert_true (ido_ui_test_wait (one_match, page));
  match = g_list_model_get_item (ido_welcome_page_get_matches (page), 0);
  g_assert_cmpstr (ido_municipality_get_code (match), ==, "GM0518");

  /* Enter takes the first match. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (ido_ui_test_wait (panes_shown, fixture->window));
  own = ido_dossier_get_own_municipality (fixture->database);
  g_assert_nonnull (own);
  g_assert_cmpstr (own->code, ==, "GM0518");
  g_assert_false (own->is_sample);
  g_assert_false (ido_dossier_needs_setup (fixture->database));
  g_assert_nonnull (ido_window_get_visible_pane (fixture->window));
}

static gboolean
no_matches (gpointer data)
{
  return g_list_model_get_n_items (ido_welcome_page_get_matches (data)) == 0;
}

static void
test_search_by_code_and_accents (IdoUiFixture  *fixture,
                                 gconstpointer  user_data)
{
  IdoWelcomePage *page = get_welcome_page (fixture->window);
  GtkEditable *entry = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "search_entry");
  GtkStack *results = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "results_stack");
  g_autoptr(IdoMunicipality) match = NULL;

  gtk_editable_set_text (entry, "gm0363");
  g_assert_true (ido_ui_test_wait (one_match, page));
  match = g_list_model_get_item (ido_welcome_page_get_matches (page), 0);
  g_assert_cmpstr (ido_municipality_get_name (match), ==, "Amsterdam");
  g_clear_object (&match);

  gtk_editable_set_text (entry, "SUDWEST fryslan");
  g_assert_true (ido_ui_test_wait (one_match, page));
  match = g_list_model_get_item (ido_welcome_page_get_matches (page), 0);
  g_assert_cmpstr (ido_municipality_get_code (match), ==, "GM1900");

  gtk_editable_set_text (entry, "Atlantis");
  g_assert_true (ido_ui_test_wait (no_matches, page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "none");
}

static void
test_municipality_not_listed (IdoUiFixture  *fixture,
                              gconstpointer  user_data)
{
  IdoWelcomePage *page = get_welcome_page (fixture->window);
  GtkEditable *name = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "name_row");
  GtkEditable *code = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "code_row");
  GtkWidget *code_error = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "code_error_label");
  GtkWidget *name_error = ido_ui_test_child (page, IDO_TYPE_WELCOME_PAGE, "name_error_label");
  g_autoptr(IdoOwnMunicipality) own = NULL;

  /* Nothing typed: the name is asked for. */
  g_signal_emit_by_name (name, "entry-activated");
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));

  /* A code that is not GM and four digits is refused at the field. */
  gtk_editable_set_text (name, "Nieuwe Gemeente");
  gtk_editable_set_text (code, "GM12345");
  g_signal_emit_by_name (code, "entry-activated");
  g_assert_false (gtk_widget_get_visible (name_error));
  g_assert_true (gtk_widget_get_visible (code_error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (code), "error"));
  g_assert_cmpuint (strlen (gtk_label_get_label (GTK_LABEL (code_error))), >, 10);
  g_assert_cmpstr (ido_ui_test_main_page (fixture->window), ==, "welcome");
  g_assert_true (ido_dossier_needs_setup (fixture->database));

  /* Digits alone are completed to a code. */
  gtk_editable_set_text (code, "9999");
  g_signal_emit_by_name (code, "entry-activated");
  g_assert_true (ido_ui_test_wait (panes_shown, fixture->window));
  own = ido_dossier_get_own_municipality (fixture->database);
  g_assert_cmpstr (own->name, ==, "Nieuwe Gemeente");
  g_assert_cmpstr (own->code, ==, "GM9999");
}

static gboolean
is_sample (gpointer data)
{
  g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (data);

  return own != NULL && own->is_sample;
}

static void
test_sample_data_button (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  /* The welcome page's button activates app.load-sample, which loads into
   * the database of the active window. */
  g_action_group_activate_action (G_ACTION_GROUP (ido_ui_test_application ()), "load-sample", NULL);
  g_assert_true (ido_ui_test_wait (is_sample, fixture->database));
  g_assert_true (ido_ui_test_wait (panes_shown, fixture->window));
}

static gboolean
dialog_shown (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) != NULL;
}

static void
test_choice_in_preferences (IdoUiFixture  *fixture,
                            gconstpointer  user_data)
{
  AdwDialog *dialog;
  AdwComboRow *row;
  GListModel *model;
  g_autoptr(IdoOwnMunicipality) own = NULL;
  guint n_items;

  g_action_group_activate_action (G_ACTION_GROUP (ido_ui_test_application ()), "preferences", NULL);
  g_assert_true (ido_ui_test_wait (dialog_shown, fixture->window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (IDO_IS_PREFERENCES_DIALOG (dialog));
  row = ido_ui_test_child (dialog, IDO_TYPE_PREFERENCES_DIALOG, "municipality_row");
  model = adw_combo_row_get_model (row);

  /* Nothing chosen yet, and the row says so rather than show a stranger. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_null (ido_municipality_get_code (adw_combo_row_get_selected_item (row)));

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(IdoMunicipality) municipality = g_list_model_get_item (model, i);

      if (g_strcmp0 (ido_municipality_get_code (municipality), "GM0363") == 0)
        {
          adw_combo_row_set_selected (row, i);
          break;
        }
    }
  own = ido_dossier_get_own_municipality (fixture->database);
  g_assert_nonnull (own);
  g_assert_cmpstr (own->code, ==, "GM0363");
  /* The first run is over. */
  g_assert_true (ido_ui_test_wait (panes_shown, fixture->window));
  adw_dialog_close (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

#define ADD(path, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_EMPTY), ido_ui_fixture_set_up, \
              func, ido_ui_fixture_tear_down)
  ADD ("/ui/welcome/empty-database", test_empty_database_welcomes);
  ADD ("/ui/welcome/choose-municipality", test_choosing_municipality_shows_panes);
  ADD ("/ui/welcome/search", test_search_by_code_and_accents);
  ADD ("/ui/welcome/not-listed", test_municipality_not_listed);
  ADD ("/ui/welcome/sample-data", test_sample_data_button);
  ADD ("/ui/welcome/choice-in-preferences", test_choice_in_preferences);
#undef ADD

  return g_test_run ();
}

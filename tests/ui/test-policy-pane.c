/* test-policy-pane.c: the Beleidsmaker pane through its widgets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-pane.h"
#include "ido-policy-dialog.h"
#include "ido-policy-pane.h"
#include "ido-roles-test-utils.h"

static IdoPane *
show_pane (IdoUiFixture *fixture)
{
  IdoPane *pane;

  ido_window_show_pane (fixture->window, IDO_ROLE_POLICY);
  pane = ido_window_get_pane (fixture->window, IDO_ROLE_POLICY);
  ido_policy_pane_set_today (IDO_POLICY_PANE (pane), "2026-11-29");
  ido_ui_test_iterate (50);
  return pane;
}

static gboolean
cell_says (IdoPane    *pane,
           const char *label)
{
  GtkWidget *matrix = ido_ui_test_child (pane, IDO_TYPE_POLICY_PANE, "matrix");

  return ido_roles_test_find_labelled (matrix, GTK_TYPE_IMAGE, label) != NULL;
}

static gint64
domain_id (IdoUiFixture *fixture,
           const char   *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM policy_domain WHERE code = '%s'", code);

  return ido_roles_test_query_int (fixture->database, sql);
}

static void
test_matrix_shows_gaps (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GtkGrid *matrix = ido_ui_test_child (pane, IDO_TYPE_POLICY_PANE, "matrix");
  GtkLabel *summary = ido_ui_test_child (pane, IDO_TYPE_POLICY_PANE, "summary_label");
  guint n_children = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (matrix)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_children++;
  /* A header and 11 domains of Tabel 1, each with its three cells. */
  g_assert_cmpuint (n_children, ==, 4 * 12);
  g_assert_true (cell_says (pane, "Digitalisering, Contact known: yes"));
  g_assert_true (cell_says (pane, "Digitalisering, Talked in the last 12 months: yes"));
  g_assert_true (cell_says (pane, "Onderwijs en jongeren, Contact known: no"));
  g_assert_true (cell_says (pane, "Gezondheid, Agreement made: no"));
  g_assert_nonnull (strstr (gtk_label_get_label (summary), "Of 11 domains"));
  ido_roles_test_assert_named (GTK_WIDGET (pane));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "policy-matrix.png");
}

static void
test_edit_fills_a_gap (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GType type = IDO_TYPE_POLICY_DIALOG;
  AdwDialog *dialog;

  g_assert_true (cell_says (pane, "Onderwijs en jongeren, Contact known: no"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "policy.edit", "x",
                                             domain_id (fixture, "education-youth")));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (IDO_IS_POLICY_DIALOG (dialog));
  ido_roles_test_assert_named (GTK_WIDGET (dialog));
  /* Tabel 1 stays: no delete for its domains. */
  g_assert_false (gtk_widget_get_visible (ido_ui_test_child (dialog, type, "delete_button")));
  ido_roles_test_set_text (dialog, type, "officer_row", "Jeroen de Wit");
  ido_roles_test_set_text (dialog, type, "email_row", "jeroen@");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "email_row"));
  ido_roles_test_set_text (dialog, type, "email_row", "j.dewit@voorbeeld.example.nl");
  ido_roles_test_set_text (dialog, type, "last_row", "01-10-2026");
  ido_roles_test_set_text (dialog, type, "next_row", "01-09-2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "next_row"));
  g_assert_false (ido_roles_test_has_error (dialog, type, "email_row"));
  ido_roles_test_set_text (dialog, type, "next_row", "01-04-2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.save", NULL));
  ido_ui_test_iterate (50);
  g_assert_true (cell_says (pane, "Onderwijs en jongeren, Contact known: yes"));
  g_assert_true (cell_says (pane, "Onderwijs en jongeren, Talked in the last 12 months: yes"));
  g_assert_true (cell_says (pane, "Onderwijs en jongeren, Agreement made: no"));
}

static void
test_own_domain_delete_and_undo (IdoUiFixture  *fixture,
                                 gconstpointer  user_data)
{
  IdoPane *pane = show_pane (fixture);
  GType type = IDO_TYPE_POLICY_DIALOG;
  AdwDialog *dialog;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "policy.add", NULL));
  dialog = ido_roles_test_dialog (fixture);
  ido_roles_test_set_text (dialog, type, "name_row", "digitalisering");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.save", NULL));
  g_assert_true (ido_roles_test_has_error (dialog, type, "name_row"));
  ido_roles_test_set_text (dialog, type, "name_row", "Cultuur en erfgoed");
  ido_roles_test_set_text (dialog, type, "agreements_row", "Erfgoedweek met IDO-stand");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.save", NULL));
  ido_ui_test_iterate (50);
  g_assert_true (cell_says (pane, "Cultuur en erfgoed, Agreement made: yes"));

  id = ido_roles_test_query_int (fixture->database, "SELECT id FROM policy_domain WHERE name = 'Cultuur en erfgoed'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "policy.edit", "x", id));
  dialog = ido_roles_test_dialog (fixture);
  g_assert_true (gtk_widget_get_visible (ido_ui_test_child (dialog, type, "delete_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "domain.delete", NULL));
  ido_ui_test_iterate (50);
  g_assert_false (cell_says (pane, "Cultuur en erfgoed, Agreement made: yes"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "policy.undo", NULL));
  ido_ui_test_iterate (50);
  g_assert_true (cell_says (pane, "Cultuur en erfgoed, Agreement made: yes"));
}

int
main (int   argc,
      char *argv[])
{
  ido_roles_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_SAMPLE), \
                                    ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/policy-pane/matrix-shows-gaps", test_matrix_shows_gaps);
  ADD ("/policy-pane/edit-fills-a-gap", test_edit_fills_a_gap);
  ADD ("/policy-pane/own-domain-delete-and-undo", test_own_domain_delete_and_undo);
#undef ADD

  return g_test_run ();
}

/* test-panes.c: what the overview and the role panes show.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-network-pane.h"
#include "ido-overview-pane.h"
#include "ido-pane.h"
#include "ido-record.h"
#include "ido-record-list.h"
#include "ido-record-store.h"
#include "ido-role-info.h"
#include "ido-ui-test-utils.h"

static const char *
pane_page (IdoPane *pane)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (pane)));

  return gtk_stack_get_visible_child_name (stack);
}

/* The section headers GtkListView made for @list_view, top to bottom. */
static GPtrArray *
list_headers (GtkWidget *list_view)
{
  GPtrArray *headers = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (gtk_widget_get_css_name (child), "header") &&
          gtk_widget_get_first_child (child) != NULL)
        g_ptr_array_add (headers, gtk_widget_get_first_child (child));
    }
  return headers;
}

static gboolean
first_header_shown (gpointer data)
{
  GtkWidget *header = gtk_widget_get_parent (data);
  GtkWidget *list_view = gtk_widget_get_parent (header);
  graphene_point_t point;

  return gtk_widget_compute_point (header, list_view, &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.y >= 0;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first role pane that still shows its records in the generic record
 * list; the panes of finished roles have lists of their own (the network
 * and referrer panes: test-network-pane.c, test-referrer-pane.c). */
static IdoPane *
record_list_pane (IdoUiFixture *fixture)
{
  for (IdoRole role = IDO_ROLE_FINANCIER; role < IDO_N_ROLES; role++)
    {
      IdoPane *pane = ido_window_get_pane (fixture->window, role);
      GtkWidget *records = ido_pane_get_record_list (pane);

      if (records != NULL && ido_record_list_get_n_records (IDO_RECORD_LIST (records)) > 0)
        return pane;
    }
  return NULL;
}

static void
test_sample_pane_lists_records (IdoUiFixture  *fixture,
                                gconstpointer  user_data)
{
  IdoPane *pane = record_list_pane (fixture);
  IdoRecordList *records;
  GListModel *model;
  g_autoptr(IdoRecord) first = NULL;
  g_autoptr(GPtrArray) headers = NULL;

  if (pane == NULL)
    {
      g_test_skip ("every role pane has lists of its own");
      return;
    }
  ido_window_show_pane (fixture->window, ido_pane_get_role (pane));
  g_assert_true (ido_window_get_visible_pane (fixture->window) == pane);
  ido_ui_test_iterate (50);
  g_assert_cmpstr (pane_page (pane), ==, "records");

  records = IDO_RECORD_LIST (ido_pane_get_record_list (pane));
  model = ido_record_list_get_model (records);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, ido_record_list_get_n_records (records));
  first = g_list_model_get_item (model, 0);
  /* Only what the role owns. */
  g_assert_cmpint (ido_record_kind_get_role (ido_record_get_kind (first)), ==, ido_pane_get_role (pane));
  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    {
      if (ido_record_kind_get_role (kind) != ido_pane_get_role (pane))
        g_assert_null (ido_record_list_get_store (records, kind));
    }
  /* One header per kind that has records, the first one included. */
  headers = list_headers (find_list_view (GTK_WIDGET (records)));
  g_assert_cmpuint (headers->len, >=, 1);
  g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (headers, 0)), ==,
                   ido_record_kind_get_label (ido_record_get_kind (first)));
  /* ... and shown when the pane opens, not scrolled away above the top. */
  g_assert_true (ido_ui_test_wait (first_header_shown, headers->pdata[0]));
}

static gboolean
search_applied (gpointer data)
{
  IdoRecordList *records = data;

  return ido_record_list_get_n_visible (records) < ido_record_list_get_n_records (records);
}

static void
test_search_filters_records (IdoUiFixture  *fixture,
                             gconstpointer  user_data)
{
  IdoPane *pane = record_list_pane (fixture);
  IdoRecordList *records;
  GListModel *model;
  g_autoptr(IdoRecord) first = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *shouted = NULL;
  g_auto(GStrv) words = NULL;
  guint n_records, n_items;

  if (pane == NULL)
    {
      g_test_skip ("every role pane has lists of its own");
      return;
    }
  records = IDO_RECORD_LIST (ido_pane_get_record_list (pane));
  model = ido_record_list_get_model (records);
  n_records = ido_record_list_get_n_records (records);
  first = g_list_model_get_item (model, 0);
  folded = ido_record_dup_search_text (first);
  words = g_strsplit (folded, " ", 2);
  shouted = g_utf8_strup (words[0], -1);

  g_assert_true (ido_pane_start_search (pane));
  /* Any case, every word. */
  ido_pane_set_search_text (pane, shouted);
  ido_ui_test_iterate (20);
  n_items = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_items, >=, 1);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (model, i);
      g_autofree char *text = ido_record_dup_search_text (record);

      g_assert_nonnull (strstr (text, words[0]));
    }

  ido_pane_set_search_text (pane, "no record has this text");
  g_assert_true (ido_ui_test_wait (search_applied, records));
  g_assert_cmpuint (ido_record_list_get_n_visible (records), ==, 0);

  ido_pane_set_search_text (pane, NULL);
  ido_ui_test_iterate (20);
  g_assert_cmpuint (ido_record_list_get_n_visible (records), ==, n_records);
}

static void
test_empty_panes_say_what_to_do (IdoUiFixture  *fixture,
                                 gconstpointer  user_data)
{
  guint n_empty = 0;

  for (IdoRole role = IDO_ROLE_FINANCIER; role < IDO_N_ROLES; role++)
    {
      IdoPane *pane = ido_window_get_pane (fixture->window, role);
      IdoRecordList *records;
      GtkStack *stack;
      GtkWidget *status;

      /* Panes with sections of their own (the financier) test their empty
       * states themselves (test-financier-pane.c); those showing an empty
       * page count here too (the network and referrer panes). */
      if (ido_pane_get_record_list (pane) == NULL)
        {
          if (GTK_IS_STACK (adw_bin_get_child (ADW_BIN (pane))) && g_strcmp0 (pane_page (pane), "empty") == 0)
            n_empty++;
          continue;
        }
      records = IDO_RECORD_LIST (ido_pane_get_record_list (pane));
      stack = GTK_STACK (adw_bin_get_child (ADW_BIN (pane)));
      status = gtk_stack_get_child_by_name (stack, "empty");

      /* Reference data (the policy domains of the Handreiking) may fill a
       * pane from the start; the others wait for the user. */
      if (ido_record_list_get_n_records (records) > 0)
        {
          g_assert_cmpstr (pane_page (pane), ==, "records");
          continue;
        }
      n_empty++;
      g_assert_cmpstr (pane_page (pane), ==, "empty");
      g_assert_true (ADW_IS_STATUS_PAGE (status));
      g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))), >, 20);
      g_assert_false (ido_pane_start_search (pane));
    }
  /* A new dossier has no partners yet. */
  g_assert_cmpstr (pane_page (ido_window_get_pane (fixture->window, IDO_ROLE_NETWORK)), ==, "empty");
  g_assert_cmpuint (n_empty, >=, 2);
}

static gboolean
pane_has_records (gpointer data)
{
  return g_strcmp0 (pane_page (data), "records") == 0;
}

static gboolean
overview_has_attention (gpointer data)
{
  return ido_overview_pane_get_n_attention (data) > 0;
}

static void
test_panes_follow_the_database (IdoUiFixture  *fixture,
                                gconstpointer  user_data)
{
  IdoPane *pane = ido_window_get_pane (fixture->window, IDO_ROLE_NETWORK);
  IdoPane *overview = ido_window_get_pane (fixture->window, IDO_ROLE_OVERVIEW);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (pane_page (pane), ==, "empty");
  g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (overview)), ==, 0);
  ido_sample_load (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_true (ido_ui_test_wait (pane_has_records, pane));
  g_assert_true (ido_ui_test_wait (overview_has_attention, overview));
}

static void
test_overview_shows_municipality_and_attention (IdoUiFixture  *fixture,
                                                gconstpointer  user_data)
{
  IdoPane *pane = ido_window_get_pane (fixture->window, IDO_ROLE_OVERVIEW);
  GtkLabel *municipality = ido_ui_test_child (pane, IDO_TYPE_OVERVIEW_PANE, "municipality_label");
  GtkWidget *sample_tag = ido_ui_test_child (pane, IDO_TYPE_OVERVIEW_PANE, "sample_tag");
  GtkFlowBox *roles = ido_ui_test_child (pane, IDO_TYPE_OVERVIEW_PANE, "role_box");
  GListModel *attention = ido_overview_pane_get_attention_items (IDO_OVERVIEW_PANE (pane));
  guint n_items = g_list_model_get_n_items (attention);
  g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (fixture->database);
  int previous_flag = IDO_RECORD_FLAG_OVERDUE;

  g_assert_nonnull (own);
  g_assert_cmpstr (gtk_label_get_label (municipality), ==, own->name);
  g_assert_true (gtk_widget_get_visible (sample_tag));
  /* A card per role, each leading to its pane. */
  for (IdoRole role = IDO_ROLE_FINANCIER; role < IDO_N_ROLES; role++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (roles, role - 1);
      GtkWidget *card = gtk_flow_box_child_get_child (child);
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (card));

      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, ido_role_info_get (role)->name);
      g_signal_emit_by_name (card, "clicked");
      g_assert_cmpint (ido_pane_get_role (ido_window_get_visible_pane (fixture->window)), ==, role);
    }
  /* The most urgent few, most urgent first; the rest are counted. */
  g_assert_cmpuint (n_items, >, 0);
  g_assert_cmpuint (n_items, <=, 8);
  g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane)), >=, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (attention, i);

      g_assert_cmpint (ido_record_get_flag (record), >=, IDO_RECORD_FLAG_ATTENTION);
      g_assert_cmpint (ido_record_get_flag (record), <=, previous_flag);
      previous_flag = ido_record_get_flag (record);
    }

  /* A search matches every flagged record, not only the ones shown. */
  {
    guint n_all = ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane));
    g_autoptr(IdoRecord) first = g_list_model_get_item (attention, 0);
    g_autofree char *text = ido_record_dup_search_text (first);
    g_auto(GStrv) words = g_strsplit (text, " ", 2);

    g_object_set (pane, "search-text", words[0], NULL);
    g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane)), >=, 1);
    g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane)), <=, n_all);
    for (guint i = 0; i < g_list_model_get_n_items (attention); i++)
      {
        g_autoptr(IdoRecord) record = g_list_model_get_item (attention, i);
        g_autofree char *found = ido_record_dup_search_text (record);

        g_assert_nonnull (strstr (found, words[0]));
      }
    g_object_set (pane, "search-text", "zzzzzz-niets", NULL);
    g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane)), ==, 0);
    g_object_set (pane, "search-text", "", NULL);
    g_assert_cmpuint (ido_overview_pane_get_n_attention (IDO_OVERVIEW_PANE (pane)), ==, n_all);
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, \
              ido_ui_fixture_tear_down)
  ADD ("/ui/panes/sample-pane-lists-records", IDO_UI_TEST_SAMPLE, test_sample_pane_lists_records);
  ADD ("/ui/panes/search-filters-records", IDO_UI_TEST_SAMPLE, test_search_filters_records);
  ADD ("/ui/panes/empty-panes-say-what-to-do", IDO_UI_TEST_MUNICIPALITY, test_empty_panes_say_what_to_do);
  ADD ("/ui/panes/follow-the-database", IDO_UI_TEST_MUNICIPALITY, test_panes_follow_the_database);
  ADD ("/ui/panes/overview", IDO_UI_TEST_SAMPLE, test_overview_shows_municipality_and_attention);
#undef ADD

  return g_test_run ();
}

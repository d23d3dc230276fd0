/* test-results.c: the dashboard results on the Overzicht and in each role
 * pane, through the real widgets: figures against SQL, the location filter,
 * tooltips, accessible text and table, the empty state.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With IDO_SCREENSHOT_DIR set the app speaks Dutch (when the catalogue and
 * locale exist) and the Overzicht and each pane's results are saved at
 * 1280x800 and 360x760 (run with ADW_DEBUG_COLOR_SCHEME=prefer-dark for
 * the dark style; the file names then end in -dark).
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-money.h"
#include "ido-result-trend.h"
#include "ido-results-overview.h"
#include "ido-role-results.h"
#include "ido-trend-view.h"
#include "ido-roles-test-utils.h"

/* The own municipality's place key, as the dashboard import writes it. */
#define OWN_KEY "(SELECT coalesce(code, 'municipality:' || uuid) FROM municipality WHERE is_own = 1)"

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_results_overview (gpointer data)
{
  return find_type (GTK_WIDGET (data), IDO_TYPE_RESULTS_OVERVIEW) != NULL;
}

static IdoResultsOverview *
show_overview (IdoUiFixture *fixture)
{
  ido_window_show_pane (fixture->window, IDO_ROLE_OVERVIEW);
  /* The overview builds its lower sections right after its first frame. */
  g_assert_true (ido_ui_test_wait (has_results_overview, fixture->window));
  ido_ui_test_iterate (50);
  return IDO_RESULTS_OVERVIEW (find_type (GTK_WIDGET (fixture->window), IDO_TYPE_RESULTS_OVERVIEW));
}

/* The latest quarter's figure of @indicator at @place (SQL), formatted as
 * the card shows it. Without a row for the whole: the sum of the
 * categories (referrals by target). */
static char *
expected_latest (IdoDatabase *database,
                 const char  *indicator,
                 const char  *place,
                 guint        decimals)
{
  g_autofree char *sql = g_strdup_printf ("SELECT sum(o.value) * 1000 FROM observation o"
                                          " JOIN indicator i ON i.id = o.indicator_id AND i.code = '%s'"
                                          " WHERE o.place_key = %s AND o.period = (SELECT max(p.period)"
                                          "   FROM observation p WHERE p.indicator_id = i.id AND p.place_key = %s)",
                                          indicator, place, place);
  double value = ido_roles_test_query_int (database, sql) / 1000.0;

  return ido_number_format (value, decimals);
}

static const char *
figure_text (IdoResultsOverview *overview,
             const char         *code)
{
  GtkWidget *label = find_named (GTK_WIDGET (overview), code);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static IdoTrendView *
questions_view (IdoResultsOverview *overview)
{
  IdoResultTrend *trend = IDO_RESULT_TREND (find_type (GTK_WIDGET (overview), IDO_TYPE_RESULT_TREND));

  g_assert_nonnull (trend);
  return IDO_TREND_VIEW (ido_result_trend_get_view (trend));
}

static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  if (scrolled == NULL ||
      !gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    return;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
}

static void
screenshot (IdoUiFixture *fixture,
            const char   *name)
{
  const char *scheme = g_getenv ("ADW_DEBUG_COLOR_SCHEME");
  int width = 0;
  g_autofree char *file = NULL;

  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, NULL);
  file = g_strdup_printf ("results-%s-%d%s.png", name, width, scheme && strstr (scheme, "dark") ? "-dark" : "");
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), file);
}

/* Screenshots are taken at 1280x800 (and 360x760 in test_narrow). */
static void
set_up (IdoUiFixture  *fixture,
        gconstpointer  user_data)
{
  ido_ui_fixture_set_up (fixture, user_data);
  if (g_getenv ("IDO_SCREENSHOT_DIR") == NULL)
    return;
  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, 1280, 800);
  ido_ui_test_iterate (200);
}

/* The cards show the latest quarter as the database has it. */
static void
test_overview_figures (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  IdoResultsOverview *overview = show_overview (fixture);
  GtkStack *stack = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "stack");
  g_autofree char *questions = expected_latest (fixture->database, "questions", OWN_KEY, 0);
  g_autofree char *visits = expected_latest (fixture->database, "visits", OWN_KEY, 0);
  g_autofree char *referrals = expected_latest (fixture->database, "referrals", OWN_KEY, 0);
  g_autofree char *satisfaction = expected_latest (fixture->database, "satisfaction", OWN_KEY, 1);
  g_autofree char *latest = ido_roles_test_query_text (fixture->database,
                                                       "SELECT max(period) FROM observation WHERE place_key = " OWN_KEY);
  GtkWidget *figures = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "figures_box");
  GtkLabel *subtitle = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "subtitle_label");
  const IdoTrendChart *chart;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "figures");
  g_assert_cmpstr (figure_text (overview, "questions"), ==, questions);
  g_assert_cmpstr (figure_text (overview, "visits"), ==, visits);
  g_assert_cmpstr (figure_text (overview, "referrals"), ==, referrals);
  g_assert_cmpstr (figure_text (overview, "satisfaction"), ==, satisfaction);
  g_assert_nonnull (strstr (gtk_label_get_text (subtitle), latest));
  /* Every card is one accessible sentence with the figure in it. */
  for (GtkWidget *child = gtk_widget_get_first_child (figures); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (child)),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* The questions chart: eight quarters ending in the latest, the national
   * line scaled to the own inhabitants. */
  chart = ido_trend_view_get_chart (questions_view (overview));
  g_assert_cmpuint (chart->n_points, ==, 8);
  g_assert_cmpstr (chart->points[7].label, ==, latest);
  g_assert_cmpfloat (chart->points[7].value, ==, g_ascii_strtod (questions, NULL));
  g_assert_nonnull (chart->comparison);
  g_assert_true (chart->comparison[7].has_value);
  g_assert_cmpfloat (chart->comparison[7].value, <, chart->points[7].value);
  ido_roles_test_assert_named (GTK_WIDGET (overview));
  scroll_to (GTK_WIDGET (overview));
  screenshot (fixture, "overview");
}

static guint
location_index (IdoResultsOverview *overview,
                const char         *name)
{
  GtkDropDown *dropdown = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "location_dropdown");
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
        return i;
    }
  g_assert_not_reached ();
}

/* Choosing a location changes the cards and the charts to its figures. */
static void
test_location_filter (IdoUiFixture  *fixture,
                      gconstpointer  user_data)
{
  IdoResultsOverview *overview = show_overview (fixture);
  GtkDropDown *dropdown = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "location_dropdown");
  const char *name = "IDO Huisartsenpraktijk De Linde";
  g_autofree char *place = g_strdup_printf ("(SELECT 'location:' || uuid FROM location WHERE name = '%s')", name);
  g_autofree char *questions = expected_latest (fixture->database, "questions", place, 0);
  g_autofree char *first_sql = g_strdup_printf ("SELECT min(period) FROM observation WHERE place_key = %s", place);
  g_autofree char *first = ido_roles_test_query_text (fixture->database, first_sql);
  g_autofree char *total = NULL;
  const IdoTrendChart *chart;
  double before;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  chart = ido_trend_view_get_chart (questions_view (overview));
  before = chart->points[chart->n_points - 1].value;
  total = g_strdup (figure_text (overview, "questions"));

  gtk_drop_down_set_selected (dropdown, location_index (overview, name));
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_results_overview_get_location (overview), !=, 0);
  g_assert_cmpstr (figure_text (overview, "questions"), ==, questions);
  g_assert_cmpstr (figure_text (overview, "questions"), !=, total);
  chart = ido_trend_view_get_chart (questions_view (overview));
  g_assert_cmpfloat (chart->points[chart->n_points - 1].value, ==, g_ascii_strtod (questions, NULL));
  g_assert_cmpfloat (chart->points[chart->n_points - 1].value, !=, before);
  /* Before the location opened: gaps, not zeros. */
  for (gsize i = 0; i < chart->n_points; i++)
    g_assert_true (chart->points[i].has_value == (g_strcmp0 (chart->points[i].label, first) >= 0));
  /* A national count means nothing for one location. */
  g_assert_null (chart->comparison);
  scroll_to (GTK_WIDGET (overview));
  screenshot (fixture, "overview-location");

  gtk_drop_down_set_selected (dropdown, 0);
  ido_ui_test_iterate (50);
  g_assert_cmpint (ido_results_overview_get_location (overview), ==, 0);
  g_assert_cmpstr (figure_text (overview, "questions"), ==, total);
}

/* Tooltips per quarter, an image with a summary for screen readers and the
 * same figures as a table. */
static void
test_tooltips_and_table (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  IdoResultsOverview *overview = show_overview (fixture);
  IdoResultTrend *trend = IDO_RESULT_TREND (find_type (GTK_WIDGET (overview), IDO_TYPE_RESULT_TREND));
  IdoTrendView *view = IDO_TREND_VIEW (ido_result_trend_get_view (trend));
  const IdoTrendChart *chart = ido_trend_view_get_chart (view);
  GtkWidget *table = ido_result_trend_get_table (trend);
  IdoChartStyle style;
  g_autofree char *tooltip = NULL;
  g_autofree char *value = NULL;
  double x, y;
  guint n_cells = 0;
  gsize last = chart->n_points - 1;

  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (view)));
  ido_trend_view_get_style (view, &style);
  g_assert_true (ido_chart_trend_get_point (&style, chart, gtk_widget_get_width (GTK_WIDGET (view)),
                                            gtk_widget_get_height (GTK_WIDGET (view)), last, FALSE, &x, &y));
  tooltip = ido_trend_view_get_tooltip_at (view, x);
  value = ido_number_format (chart->points[last].value, 0);
  g_assert_nonnull (strstr (tooltip, chart->points[last].label));
  g_assert_nonnull (strstr (tooltip, value));
  g_assert_nonnull (strstr (tooltip, chart->comparison_label));
  g_assert_null (ido_trend_view_get_tooltip_at (view, -5));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       ido_trend_view_get_summary (view));
  g_assert_nonnull (strstr (ido_trend_view_get_summary (view), chart->points[last].label));
  g_assert_nonnull (strstr (ido_trend_view_get_description (view), chart->points[0].label));

  /* Quarter | own | national, with a heading row. */
  for (GtkWidget *child = gtk_widget_get_first_child (table); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_cells++;
  g_assert_cmpuint (n_cells, ==, 3 * (chart->n_points + 1));
  g_assert_true (GTK_IS_LABEL (gtk_grid_get_child_at (GTK_GRID (table), 1, (int) chart->n_points)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (table), 1,
                                                                           (int) chart->n_points))), ==, value);
}

/* Without figures: say so and offer the import. */
static void
test_empty_state (IdoUiFixture  *fixture,
                  gconstpointer  user_data)
{
  IdoResultsOverview *overview = show_overview (fixture);
  GtkStack *stack = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "stack");
  GtkWidget *button = ido_ui_test_child (overview, IDO_TYPE_RESULTS_OVERVIEW, "import_button");

  g_assert_cmpint (ido_database_count (fixture->database, "observation"), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.import-dashboard");
  ido_roles_test_assert_named (GTK_WIDGET (overview));
  scroll_to (GTK_WIDGET (overview));
  screenshot (fixture, "overview-empty");
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (ido_roles_test_dialog (fixture));
  ido_roles_test_close_dialog (fixture);

  /* A figure arrives: the section switches to the figures. */
  g_assert_true (ido_database_exec (fixture->database,
                                    "INSERT INTO observation (period, place_key, indicator_id, value)"
                                    " VALUES ('2025Q3', " OWN_KEY ", (SELECT id FROM indicator WHERE code = 'questions'), 77)",
                                    NULL));
  ido_database_emit_changed (fixture->database, "observation");
  ido_ui_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "figures");
  g_assert_cmpstr (figure_text (overview, "questions"), ==, "77");
}

typedef struct
{
  IdoRole     role;
  const char *name;
  const char *indicator_title;   /* the first chart's title, untranslated */
} PaneCase;

static const PaneCase pane_cases[] = {
  { IDO_ROLE_FINANCIER, "financier", "Questions per quarter" },
  { IDO_ROLE_PROMOTOR, "promotor", "Visits per quarter" },
  { IDO_ROLE_NETWORK, "network", "Referrals per quarter" },
  { IDO_ROLE_REFERRER, "referrer", "Referrals per quarter" },
  { IDO_ROLE_SERVICE, "service", NULL },
  { IDO_ROLE_POLICY, "policy", "Helped satisfactorily per quarter" },
};

/* Each role pane holds its trend, drawn from the sample's figures. */
static void
test_role_panes (IdoUiFixture  *fixture,
                 gconstpointer  user_data)
{
  for (guint c = 0; c < G_N_ELEMENTS (pane_cases); c++)
    {
      const PaneCase *pc = &pane_cases[c];
      g_autoptr(GPtrArray) views = g_ptr_array_new ();
      IdoPane *pane;
      GtkWidget *results;
      GtkWidget *stack;
      const IdoTrendChart *chart;

      ido_window_show_pane (fixture->window, pc->role);
      ido_ui_test_iterate (50);
      pane = ido_window_get_pane (fixture->window, pc->role);
      results = find_type (GTK_WIDGET (pane), IDO_TYPE_ROLE_RESULTS);
      g_assert_nonnull (results);
      stack = gtk_widget_get_ancestor (results, ADW_TYPE_VIEW_STACK);
      if (stack != NULL)
        {
          /* Show the stack's page that holds the results. */
          GtkWidget *page = results;

          while (gtk_widget_get_parent (page) != stack)
            page = gtk_widget_get_parent (page);
          adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), page);
        }
      ido_ui_test_iterate (100);
      collect_type (results, IDO_TYPE_TREND_VIEW, views);
      g_assert_cmpuint (views->len, >, 0);
      chart = ido_trend_view_get_chart (g_ptr_array_index (views, 0));
      g_assert_cmpuint (chart->n_points, >, 0);
      if (pc->indicator_title != NULL)
        g_assert_cmpstr (chart->label, ==, _(pc->indicator_title));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (g_ptr_array_index (views, 0)), GTK_ACCESSIBLE_ROLE_IMG);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (g_ptr_array_index (views, 0)),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      if (pc->role == IDO_ROLE_FINANCIER)
        {
          /* The 2025 questions target per quarter, from the target table. */
          gint64 target = ido_roles_test_query_int (fixture->database,
            "SELECT round(CASE t.direction WHEN 'growth' THEN t.baseline_value * (1 + t.target_value / 100.0)"
            " ELSE t.target_value END / 4) FROM target t JOIN indicator i ON i.id = t.indicator_id"
            " AND i.code = 'questions' WHERE t.period = substr((SELECT max(period) FROM observation), 1, 4)");

          g_assert_true (chart->has_reference);
          g_assert_cmpint ((gint64) round (chart->reference), ==, target);
        }
      if (pc->role == IDO_ROLE_NETWORK || pc->role == IDO_ROLE_REFERRER)
        /* The total and one chart per referral target of the sample. */
        g_assert_cmpint (views->len, ==, 1 + ido_roles_test_query_int (fixture->database,
                           "SELECT count(DISTINCT category) FROM observation o JOIN indicator i"
                           " ON i.id = o.indicator_id AND i.code = 'referrals' WHERE o.place_key = " OWN_KEY));
      if (pc->role == IDO_ROLE_SERVICE)
        {
          /* The sample's rising municipal topic comes first and is marked. */
          g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (views, 0), "ido-highlight"));
          g_assert_nonnull (strstr (chart->label, "regeling"));
        }
      if (pc->role == IDO_ROLE_POLICY || pc->role == IDO_ROLE_SERVICE || pc->role == IDO_ROLE_PROMOTOR)
        {
          g_assert_true (pc->role == IDO_ROLE_SERVICE || chart->comparison != NULL);
          /* Below the pane's own content: bring it into view. */
          scroll_to (results);
        }
      ido_roles_test_assert_named (results);
      screenshot (fixture, pc->name);
    }
}

/* The same at the narrowest width. */
static void
test_narrow (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoResultsOverview *overview;
  GtkWidget *view;

  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, 360, 760);
  ido_ui_test_iterate (200);
  overview = show_overview (fixture);
  view = GTK_WIDGET (questions_view (overview));
  /* The chart reflows to the narrow window instead of widening it. */
  g_assert_cmpint (gtk_widget_get_width (view), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (view), >, 200);
  scroll_to (GTK_WIDGET (overview));
  screenshot (fixture, "overview");
  if (g_getenv ("IDO_SCREENSHOT_DIR") != NULL)
    test_role_panes (fixture, user_data);
}

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), set_up, func, ido_ui_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  ido_roles_test_init (&argc, &argv);
  if (g_getenv ("IDO_SCREENSHOT_DIR") != NULL)
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      setlocale (LC_ALL, "nl_NL.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  ido_ui_test_application ();

  ADD ("/ui/results/overview-figures", IDO_UI_TEST_SAMPLE, test_overview_figures);
  ADD ("/ui/results/location-filter", IDO_UI_TEST_SAMPLE, test_location_filter);
  ADD ("/ui/results/tooltips-and-table", IDO_UI_TEST_SAMPLE, test_tooltips_and_table);
  ADD ("/ui/results/empty-state", IDO_UI_TEST_MUNICIPALITY, test_empty_state);
  ADD ("/ui/results/role-panes", IDO_UI_TEST_SAMPLE, test_role_panes);
  ADD ("/ui/results/narrow", IDO_UI_TEST_SAMPLE, test_narrow);

  return g_test_run ();
}

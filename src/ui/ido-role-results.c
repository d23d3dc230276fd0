/* ido-role-results.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-result-series.h"
#include "ido-result-trend.h"
#include "ido-role-results.h"
#include "ido-topic-trend.h"
#include "ido-trend-view.h"

/* Topics drawn for the Digitale dienstverlener: every rising one and the
 * largest municipal ones up to this many charts. */
#define MAX_TOPIC_CHARTS 4

struct _IdoRoleResults
{
  AdwBin        parent_instance;

  IdoDatabase  *database;
  char         *role;
  guint         rebuild_id;

  GtkLabel     *intro_label;
  GtkBox       *trends_box;
};

G_DEFINE_FINAL_TYPE (IdoRoleResults, ido_role_results, ADW_TYPE_BIN)

static GtkWidget *
add_trend (IdoRoleResults *self,
           const char     *indicator,
           const char     *category,
           const char     *title,
           IdoSeriesKind   kind)
{
  GtkWidget *trend = ido_result_trend_new (self->database, indicator, category, title);

  ido_result_trend_set_kind (IDO_RESULT_TREND (trend), kind);
  gtk_box_append (self->trends_box, trend);
  return trend;
}

static void
add_referrals (IdoRoleResults *self)
{
  g_auto(GStrv) categories = ido_result_series_list_categories (self->database, "referrals", NULL);

  add_trend (self, "referrals", NULL, _("Referrals per quarter"), IDO_SERIES_BARS);
  for (guint i = 0; categories != NULL && categories[i] != NULL; i++)
    {
      /* Translators: "Referrals: Lokale partner" (a referral target from the dashboard) */
      g_autofree char *title = g_strdup_printf (_("Referrals: %s"), categories[i]);

      add_trend (self, "referrals", categories[i], title, IDO_SERIES_LINE);
    }
}

static void
add_topic (IdoRoleResults   *self,
           IdoTopicTrend    *trend,
           IdoTopicTrendRow *row)
{
  g_autofree IdoChartPoint *points = g_new0 (IdoChartPoint, MAX (trend->periods->len, 1));
  GtkWidget *view = ido_trend_view_new ();
  g_autofree char *title = NULL;
  IdoTrendChart chart = { 0 };

  for (guint p = 0; p < trend->periods->len; p++)
    {
      points[p].label = g_ptr_array_index (trend->periods, p);
      points[p].value = row->shares[p];
      points[p].has_value = TRUE;
    }
  /* Translators: "Rising: share of “Aanvraag gemeentelijke regeling”" */
  title = row->rising ? g_strdup_printf (_("Rising: share of “%s”"), row->topic)
                      : g_strdup_printf (_("Share of “%s”"), row->topic);
  chart.label = title;
  chart.kind = IDO_SERIES_LINE;
  chart.points = points;
  chart.n_points = trend->periods->len;
  chart.decimals = 1;
  chart.unit = "%";
  chart.fit_range = TRUE;
  chart.series_label = row->municipal ? _("Share of all questions · municipal service")
                                      : _("Share of all questions");
  ido_trend_view_set_chart (IDO_TREND_VIEW (view), &chart);
  ido_trend_view_set_highlight (IDO_TREND_VIEW (view), row->rising);
  gtk_box_append (self->trends_box, view);
}

static void
add_topics (IdoRoleResults *self)
{
  g_autoptr(IdoTopicTrend) trend = ido_topic_trend_load (self->database, NULL, 8, NULL, NULL);
  guint n = 0;

  /* Rising topics first, then the largest municipal ones. */
  for (guint pass = 0; pass < 2 && trend != NULL; pass++)
    {
      for (guint i = 0; i < trend->rows->len && n < MAX_TOPIC_CHARTS; i++)
        {
          IdoTopicTrendRow *row = g_ptr_array_index (trend->rows, i);

          if ((pass == 0 && row->rising) || (pass == 1 && row->municipal && !row->rising))
            {
              add_topic (self, trend, row);
              n++;
            }
        }
    }
  if (n == 0)
    gtk_box_append (self->trends_box, gtk_label_new (_("No question topics yet.")));
}

static void
build (IdoRoleResults *self)
{
  GtkWidget *child;
  const char *intro = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trends_box))) != NULL)
    gtk_box_remove (self->trends_box, child);
  if (g_str_equal (self->role, "financier"))
    {
      GtkWidget *questions = add_trend (self, "questions", NULL, _("Questions per quarter"), IDO_SERIES_BARS);
      GtkWidget *visits = add_trend (self, "visits", NULL, _("Visits per quarter"), IDO_SERIES_BARS);

      intro = _("Questions and visits per quarter from the dashboard, against the performance target per "
                "quarter. How far each target is met is on the Performance Targets page.");
      ido_result_trend_set_show_locations (IDO_RESULT_TREND (questions), TRUE);
      ido_result_trend_set_show_target (IDO_RESULT_TREND (questions), TRUE);
      ido_result_trend_set_show_target (IDO_RESULT_TREND (visits), TRUE);
    }
  else if (g_str_equal (self->role, "promotor"))
    {
      intro = _("Reach: how many residents come to the IDO each quarter. A rise after a campaign shows that "
                "promotion pays off.");
      ido_result_trend_set_show_locations (IDO_RESULT_TREND (add_trend (self, "visits", NULL,
                                                                        _("Visits per quarter"),
                                                                        IDO_SERIES_BARS)), TRUE);
      add_trend (self, "questions", NULL, _("Questions per quarter"), IDO_SERIES_LINE);
    }
  else if (g_str_equal (self->role, "network") || g_str_equal (self->role, "referrer"))
    {
      intro = _("Referrals per quarter, in total and by referral target as the dashboard gives them.");
      add_referrals (self);
    }
  else if (g_str_equal (self->role, "service"))
    {
      intro = _("Share per quarter of the question topics that rise or are about a municipal service.");
      add_topics (self);
    }
  else
    {
      intro = _("How well residents are helped: the share helped satisfactorily and their satisfaction, "
                "against the national average.");
      add_trend (self, "helped-share", NULL, _("Helped satisfactorily per quarter"), IDO_SERIES_LINE);
      add_trend (self, "satisfaction", NULL, _("Satisfaction per quarter (0–10)"), IDO_SERIES_LINE);
    }
  gtk_label_set_text (self->intro_label, intro);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  IdoRoleResults *self = user_data;

  self->rebuild_id = 0;
  build (self);
  return G_SOURCE_REMOVE;
}

/* The trends follow the database themselves; the list of referral
 * targets and topics is rebuilt. */
static void
on_database_changed_cb (IdoRoleResults *self,
                        const char     *table)
{
  gboolean lists = g_str_equal (self->role, "network") || g_str_equal (self->role, "referrer") ||
                   g_str_equal (self->role, "service");

  if (lists && self->rebuild_id == 0 &&
      (table == NULL || g_str_equal (table, "observation") || g_str_equal (table, "import_batch") ||
       g_str_equal (table, "meta")))
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
ido_role_results_dispose (GObject *object)
{
  IdoRoleResults *self = (IdoRoleResults *) object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_ROLE_RESULTS);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_role_results_parent_class)->dispose (object);
}

static void
ido_role_results_finalize (GObject *object)
{
  IdoRoleResults *self = (IdoRoleResults *) object;

  g_free (self->role);

  G_OBJECT_CLASS (ido_role_results_parent_class)->finalize (object);
}

static void
ido_role_results_class_init (IdoRoleResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_role_results_dispose;
  object_class->finalize = ido_role_results_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-role-results.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoRoleResults, intro_label);
  gtk_widget_class_bind_template_child (widget_class, IdoRoleResults, trends_box);
}

static void
ido_role_results_init (IdoRoleResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_role_results_new:
 * @role: "financier", "promotor", "network", "referrer", "service" or "policy"
 *
 * Returns: (transfer floating): the role's trends, loaded
 */
GtkWidget *
ido_role_results_new (IdoDatabase *database,
                      const char  *role)
{
  IdoRoleResults *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (role != NULL, NULL);

  self = g_object_new (IDO_TYPE_ROLE_RESULTS, NULL);
  self->database = g_object_ref (database);
  self->role = g_strdup (role);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  build (self);
  return GTK_WIDGET (self);
}

/**
 * ido_role_results_new_page:
 *
 * Returns: (transfer floating): the role's trends in a scrolled, clamped
 *   page, for a pane's view stack
 */
GtkWidget *
ido_role_results_new_page (IdoDatabase *database,
                           const char  *role)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *results = ido_role_results_new (database, role);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  gtk_widget_set_margin_top (results, 18);
  gtk_widget_set_margin_bottom (results, 18);
  gtk_widget_set_margin_start (results, 12);
  gtk_widget_set_margin_end (results, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), results);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

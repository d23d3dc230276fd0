/* ido-trend-view.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ido-chart-widget.h"
#include "ido-trend-view.h"

#define TREND_HEIGHT 200

struct _IdoTrendView
{
  GtkWidget      parent_instance;

  IdoTrendChart  chart;
  GArray        *points;        /* IdoChartPoint of chart.points */
  GArray        *comparison;    /* IdoChartPoint of chart.comparison */
  GStringChunk  *strings;       /* every string the chart points to */
  char          *summary;
  char          *description;
  char          *font;
  gboolean       highlight;     /* e.g. a rising topic: drawn in a warning colour */
};

G_DEFINE_FINAL_TYPE (IdoTrendView, ido_trend_view, GTK_TYPE_WIDGET)

static const char *
keep (IdoTrendView *self,
      const char   *text)
{
  return text != NULL ? g_string_chunk_insert (self->strings, text) : NULL;
}

static void
copy_points (IdoTrendView        *self,
             GArray              *into,
             const IdoChartPoint *points,
             gsize                n_points)
{
  g_array_set_size (into, 0);
  for (gsize i = 0; points != NULL && i < n_points; i++)
    {
      IdoChartPoint point = points[i];

      point.label = keep (self, point.label);
      g_array_append_val (into, point);
    }
}

static gboolean
on_query_tooltip_cb (IdoTrendView *self,
                     int           x,
                     int           y,
                     gboolean      keyboard,
                     GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard)
    text = g_strdup (self->summary);
  else
    text = ido_trend_view_get_tooltip_at (self, x);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ido_trend_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = TREND_HEIGHT;
}

static void
ido_trend_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  IdoTrendView *self = IDO_TREND_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  IdoChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  ido_trend_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ido_chart_draw_trend (cr, width, height, &self->chart, &style);
  cairo_destroy (cr);
}

static void
ido_trend_view_dispose (GObject *object)
{
  IdoTrendView *self = (IdoTrendView *) object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  G_OBJECT_CLASS (ido_trend_view_parent_class)->dispose (object);
}

static void
ido_trend_view_finalize (GObject *object)
{
  IdoTrendView *self = (IdoTrendView *) object;

  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->comparison, g_array_unref);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->font, g_free);

  G_OBJECT_CLASS (ido_trend_view_parent_class)->finalize (object);
}

static void
ido_trend_view_class_init (IdoTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_trend_view_dispose;
  object_class->finalize = ido_trend_view_finalize;

  widget_class->measure = ido_trend_view_measure;
  widget_class->snapshot = ido_trend_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ido_trend_view_init (IdoTrendView *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (IdoChartPoint));
  self->comparison = g_array_new (FALSE, TRUE, sizeof (IdoChartPoint));
  self->strings = g_string_chunk_new (256);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  ido_chart_widget_follow_style (GTK_WIDGET (self));
}

/**
 * ido_trend_view_new:
 *
 * Returns: (transfer floating): an empty trend view
 */
GtkWidget *
ido_trend_view_new (void)
{
  return g_object_new (IDO_TYPE_TREND_VIEW, NULL);
}

/**
 * ido_trend_view_set_chart:
 * @chart: the chart to show; copied with its points
 */
void
ido_trend_view_set_chart (IdoTrendView        *self,
                          const IdoTrendChart *chart)
{
  GStringChunk *old;

  g_return_if_fail (IDO_IS_TREND_VIEW (self));
  g_return_if_fail (chart != NULL);

  old = self->strings;
  self->strings = g_string_chunk_new (256);
  self->chart = *chart;
  self->chart.label = keep (self, chart->label);
  self->chart.unit = keep (self, chart->unit);
  self->chart.series_label = keep (self, chart->series_label);
  self->chart.comparison_label = keep (self, chart->comparison_label);
  copy_points (self, self->points, chart->points, chart->n_points);
  copy_points (self, self->comparison, chart->comparison, chart->n_points);
  self->chart.points = (const IdoChartPoint *) (gpointer) self->points->data;
  self->chart.comparison = chart->comparison ? (const IdoChartPoint *) (gpointer) self->comparison->data : NULL;
  g_string_chunk_free (old);
  g_free (self->summary);
  self->summary = ido_chart_summarize_trend (&self->chart);
  g_free (self->description);
  self->description = ido_chart_describe_trend (&self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ido_trend_view_get_chart:
 *
 * Returns: (transfer none): the chart shown
 */
const IdoTrendChart *
ido_trend_view_get_chart (IdoTrendView *self)
{
  g_return_val_if_fail (IDO_IS_TREND_VIEW (self), NULL);

  return &self->chart;
}

/**
 * ido_trend_view_get_summary:
 *
 * Returns: (nullable): the trend in one sentence, the accessible label
 */
const char *
ido_trend_view_get_summary (IdoTrendView *self)
{
  g_return_val_if_fail (IDO_IS_TREND_VIEW (self), NULL);

  return self->summary;
}

/**
 * ido_trend_view_get_description:
 *
 * Returns: (nullable): every quarter in words, the accessible description
 */
const char *
ido_trend_view_get_description (IdoTrendView *self)
{
  g_return_val_if_fail (IDO_IS_TREND_VIEW (self), NULL);

  return self->description;
}

/**
 * ido_trend_view_get_tooltip_at:
 * @x: in widget coordinates
 *
 * Returns: (transfer full) (nullable): the tooltip of the quarter under @x
 */
char *
ido_trend_view_get_tooltip_at (IdoTrendView *self,
                               double        x)
{
  IdoChartStyle style;
  gssize index;

  g_return_val_if_fail (IDO_IS_TREND_VIEW (self), NULL);

  ido_trend_view_get_style (self, &style);
  index = ido_chart_trend_get_index_at (&style, &self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                                        gtk_widget_get_height (GTK_WIDGET (self)), x);
  if (index < 0)
    return NULL;
  return ido_chart_describe_trend_point (&self->chart, index);
}

/**
 * ido_trend_view_set_highlight:
 *
 * Draws the own figures in a warning colour instead of the accent colour,
 * to single out e.g. a rising topic (the title says so in words as well).
 */
void
ido_trend_view_set_highlight (IdoTrendView *self,
                              gboolean      highlight)
{
  g_return_if_fail (IDO_IS_TREND_VIEW (self));

  highlight = !!highlight;
  if (self->highlight == highlight)
    return;
  self->highlight = highlight;
  if (highlight)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ido-highlight");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ido-highlight");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ido_trend_view_get_style:
 * @style: (out caller-allocates): the colours and font used now
 *
 * The widget's own text colour, the accent colour for the own figures and
 * a comparison colour that stands out in the light or dark style.
 */
void
ido_trend_view_get_style (IdoTrendView  *self,
                          IdoChartStyle *style)
{
  g_return_if_fail (IDO_IS_TREND_VIEW (self));

  ido_chart_style_from_widget (GTK_WIDGET (self), style, &self->font);
  if (self->highlight)
    /* GNOME palette orange: #e66100 on light, #ffa348 on dark. */
    style->actual = adw_style_manager_get_dark (adw_style_manager_get_default ())
                    ? (IdoChartColor) { 1.0, 0.64, 0.28, 1.0 }
                    : (IdoChartColor) { 0.90, 0.38, 0.0, 1.0 };
}

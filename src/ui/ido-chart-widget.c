/* ido-chart-widget.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ido-chart-widget.h"

#define SERIES_HEIGHT 180

typedef enum
{
  CHART_NONE,
  CHART_BULLET,
  CHART_SERIES,
} ChartKind;

struct _IdoChartWidget
{
  GtkWidget       parent_instance;

  ChartKind       kind;
  IdoBulletChart  bullet;
  IdoSeriesChart  series;
  GArray         *points;        /* IdoChartPoint, labels owned by strings */
  GStringChunk   *strings;       /* every string the charts point to */
  char           *description;
  char           *font;
};

G_DEFINE_FINAL_TYPE (IdoChartWidget, ido_chart_widget, GTK_TYPE_WIDGET)

static const char *
keep (IdoChartWidget *self,
      const char     *text)
{
  return text != NULL ? g_string_chunk_insert (self->strings, text) : NULL;
}

static void
reset (IdoChartWidget *self)
{
  g_assert (IDO_IS_CHART_WIDGET (self));

  g_clear_pointer (&self->strings, g_string_chunk_free);
  self->strings = g_string_chunk_new (256);
  g_array_set_size (self->points, 0);
  memset (&self->bullet, 0, sizeof self->bullet);
  memset (&self->series, 0, sizeof self->series);
}

static void
update_accessible (IdoChartWidget *self,
                   const char     *label)
{
  g_assert (IDO_IS_CHART_WIDGET (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label ? label : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
color_from_rgba (IdoChartColor *color,
                 const GdkRGBA *rgba,
                 double         alpha)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha * alpha;
}

static void
ido_chart_widget_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  IdoChartWidget *self = IDO_CHART_WIDGET (widget);
  IdoChartStyle style;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = self->kind == CHART_SERIES ? 480 : 360;
      return;
    }
  ido_chart_widget_get_style (self, &style);
  if (self->kind == CHART_BULLET)
    *minimum = *natural = (int) ceil (ido_chart_bullet_get_height_for (&style, &self->bullet));
  else if (self->kind == CHART_SERIES)
    *minimum = *natural = SERIES_HEIGHT;
  else
    *minimum = *natural = 0;
}

static void
ido_chart_widget_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  IdoChartWidget *self = IDO_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  IdoChartStyle style;
  cairo_t *cr;

  if (self->kind == CHART_NONE || width <= 0 || height <= 0)
    return;
  ido_chart_widget_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == CHART_BULLET)
    ido_chart_draw_bullet (cr, width, height, &self->bullet, &style);
  else
    ido_chart_draw_series (cr, width, height, &self->series, &style);
  cairo_destroy (cr);
}

static void
ido_chart_widget_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ido_chart_widget_parent_class)->css_changed (widget, change);

  gtk_widget_queue_resize (widget);
}

static void
ido_chart_widget_dispose (GObject *object)
{
  IdoChartWidget *self = (IdoChartWidget *) object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  G_OBJECT_CLASS (ido_chart_widget_parent_class)->dispose (object);
}

static void
ido_chart_widget_finalize (GObject *object)
{
  IdoChartWidget *self = (IdoChartWidget *) object;

  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->font, g_free);

  G_OBJECT_CLASS (ido_chart_widget_parent_class)->finalize (object);
}

static void
ido_chart_widget_class_init (IdoChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_chart_widget_dispose;
  object_class->finalize = ido_chart_widget_finalize;

  widget_class->measure = ido_chart_widget_measure;
  widget_class->snapshot = ido_chart_widget_snapshot;
  widget_class->css_changed = ido_chart_widget_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ido_chart_widget_init (IdoChartWidget *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (IdoChartPoint));
  self->strings = g_string_chunk_new (256);
  ido_chart_widget_follow_style (GTK_WIDGET (self));
}

/**
 * ido_chart_widget_new:
 *
 * Returns: (transfer floating): an empty chart widget
 */
GtkWidget *
ido_chart_widget_new (void)
{
  return g_object_new (IDO_TYPE_CHART_WIDGET, NULL);
}

/**
 * ido_chart_widget_set_bullet:
 * @chart: the chart to show; copied
 */
void
ido_chart_widget_set_bullet (IdoChartWidget       *self,
                             const IdoBulletChart *chart)
{
  g_return_if_fail (IDO_IS_CHART_WIDGET (self));
  g_return_if_fail (chart != NULL);

  reset (self);
  self->kind = CHART_BULLET;
  self->bullet = *chart;
  self->bullet.label = keep (self, chart->label);
  self->bullet.unit = keep (self, chart->unit);
  self->bullet.status = keep (self, chart->status);
  g_free (self->description);
  self->description = ido_chart_describe_bullet (&self->bullet);
  update_accessible (self, self->bullet.label);
}

/**
 * ido_chart_widget_set_series:
 * @chart: the chart to show; copied with its points
 */
void
ido_chart_widget_set_series (IdoChartWidget       *self,
                             const IdoSeriesChart *chart)
{
  g_return_if_fail (IDO_IS_CHART_WIDGET (self));
  g_return_if_fail (chart != NULL);

  reset (self);
  self->kind = CHART_SERIES;
  self->series = *chart;
  self->series.label = keep (self, chart->label);
  self->series.unit = keep (self, chart->unit);
  self->series.reference_label = keep (self, chart->reference_label);
  for (gsize i = 0; i < chart->n_points; i++)
    {
      IdoChartPoint point = chart->points[i];

      point.label = keep (self, point.label);
      g_array_append_val (self->points, point);
    }
  self->series.points = (const IdoChartPoint *) (gpointer) self->points->data;
  g_free (self->description);
  self->description = ido_chart_describe_series (&self->series);
  update_accessible (self, self->series.label);
}

/**
 * ido_chart_widget_get_description:
 *
 * Returns: (nullable): the chart's text equivalent
 */
const char *
ido_chart_widget_get_description (IdoChartWidget *self)
{
  g_return_val_if_fail (IDO_IS_CHART_WIDGET (self), NULL);

  return self->description;
}

/**
 * ido_chart_widget_get_style:
 * @style: (out caller-allocates): the colours and font used now
 *
 * The widget's own text colour, the accent colour for the actual value
 * and a target colour that stands out in the light or dark style.
 */
void
ido_chart_widget_get_style (IdoChartWidget *self,
                            IdoChartStyle  *style)
{
  g_return_if_fail (IDO_IS_CHART_WIDGET (self));

  ido_chart_style_from_widget (GTK_WIDGET (self), style, &self->font);
}

/**
 * ido_chart_style_from_widget:
 * @widget: a widget that draws a chart
 * @style: (out caller-allocates): the colours and font of @widget now
 * @font: (inout): where the font text that @style points to is kept; the
 *   old text is freed
 *
 * The style for the shared drawing code of any chart widget: @widget's
 * text colour, the accent colour for the own figures and a target colour
 * that stands out in the light or dark style.
 */
void
ido_chart_style_from_widget (GtkWidget      *widget,
                             IdoChartStyle  *style,
                             char          **font)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (manager);
  PangoFontDescription *description;
  GdkRGBA color;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (style != NULL && font != NULL);

  ido_chart_style_init (style, adw_style_manager_get_dark (manager));
  gtk_widget_get_color (widget, &color);
  color_from_rgba (&style->foreground, &color, 1.0);
  color_from_rgba (&style->track, &color, 0.12);
  if (accent != NULL)
    {
      color_from_rgba (&style->actual, accent, 1.0);
      color_from_rgba (&style->forecast, accent, 0.4);
    }
  description = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  g_free (*font);
  *font = description != NULL ? pango_font_description_to_string (description) : NULL;
  style->font = *font;
}

/**
 * ido_chart_widget_follow_style:
 * @widget: a widget that draws a chart
 *
 * Redraws @widget whenever the light or dark style, the accent colour or
 * high contrast changes, for as long as @widget lives.
 */
void
ido_chart_widget_follow_style (GtkWidget *widget)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), widget, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::accent-color-rgba", G_CALLBACK (gtk_widget_queue_draw), widget,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), widget,
                           G_CONNECT_SWAPPED);
}

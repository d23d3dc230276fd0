/* ido-chart.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ido-chart.h"
#include "ido-money.h"

#define GAP          4.0   /* between text rows and the bar */
#define MARKER_EXTRA 3.0   /* how far the target marker sticks out */

static const IdoChartColor light_colors[5] = {
  { 0.14, 0.14, 0.16, 1.0 },   /* foreground */
  { 0.14, 0.14, 0.16, 0.12 },  /* track */
  { 0.11, 0.44, 0.85, 1.0 },   /* actual: #1c71d8 */
  { 0.11, 0.44, 0.85, 0.35 },  /* forecast */
  { 0.65, 0.11, 0.16, 1.0 },   /* target: #a51d2d */
};

static const IdoChartColor dark_colors[5] = {
  { 1.00, 1.00, 1.00, 1.0 },
  { 1.00, 1.00, 1.00, 0.15 },
  { 0.47, 0.68, 0.93, 1.0 },   /* #78aeed */
  { 0.47, 0.68, 0.93, 0.40 },
  { 1.00, 0.48, 0.39, 1.0 },   /* #ff7b63 */
};

/**
 * ido_chart_style_init:
 * @style: (out caller-allocates): the style to fill in
 * @dark: whether the background is dark
 *
 * Fills in colours that read well on the light or dark Adwaita background
 * and the default font. Callers may replace any of them, e.g. with the
 * widget's foreground and accent colour.
 */
void
ido_chart_style_init (IdoChartStyle *style,
                      gboolean       dark)
{
  const IdoChartColor *colors = dark ? dark_colors : light_colors;

  g_return_if_fail (style != NULL);

  style->foreground = colors[0];
  style->track = colors[1];
  style->actual = colors[2];
  style->forecast = colors[3];
  style->target = colors[4];
  style->font = NULL;
}

static void
set_color (cairo_t             *cr,
           const IdoChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static PangoLayout *
make_layout (PangoContext        *context,
             const IdoChartStyle *style,
             const char          *text,
             gboolean             bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (style->font ? style->font : "Sans 10");

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text ? text : "", -1);
  pango_font_description_free (font);
  return layout;
}

static double
line_height (const IdoChartStyle *style)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout = make_layout (context, style, "Ag", FALSE);
  int h = 0;

  pango_layout_get_pixel_size (layout, NULL, &h);
  g_object_unref (layout);
  g_object_unref (context);
  return h;
}

/* Draws one line of text at (x, y), cut off with "…" beyond @max_width. */
static double
draw_text (cairo_t             *cr,
           const IdoChartStyle *style,
           const char          *text,
           gboolean             bold,
           double               x,
           double               y,
           double               max_width,
           const IdoChartColor *color)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font ? style->font : "Sans 10");
  int w = 0;

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &w, NULL);
  set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return w;
}

static double
text_width (cairo_t             *cr,
            const IdoChartStyle *style,
            const char          *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font ? style->font : "Sans 10");
  int w = 0;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* 1, 2 or 5 times a power of ten, at least @value. */
static double
nice_ceiling (double value)
{
  double magnitude;
  double fraction;

  if (!(value > 0) || !isfinite (value))
    return 1;
  magnitude = pow (10, floor (log10 (value)));
  fraction = value / magnitude;
  if (fraction <= 1 + 1e-9)
    return magnitude;
  if (fraction <= 2 + 1e-9)
    return 2 * magnitude;
  if (fraction <= 5 + 1e-9)
    return 5 * magnitude;
  return 10 * magnitude;
}

static char *
format_value (double      value,
              guint       decimals,
              const char *unit)
{
  g_autofree char *number = ido_number_format (value, decimals);

  return g_strconcat (number, unit ? unit : "", NULL);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (w <= 0 || h <= 0)
    return;
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Bullet chart */

static gboolean
has_label (const IdoBulletChart *chart)
{
  return chart == NULL || (chart->label != NULL && *chart->label != '\0');
}

/**
 * ido_chart_bullet_get_height:
 *
 * Returns: the height a bullet chart with a label needs: the label row,
 *   the bar and a row with the figures
 */
double
ido_chart_bullet_get_height (const IdoChartStyle *style)
{
  return ido_chart_bullet_get_height_for (style, NULL);
}

/**
 * ido_chart_bullet_get_height_for:
 * @chart: (nullable): the chart, or %NULL for one with a label
 *
 * Returns: the height @chart needs: without a label, one row less
 */
double
ido_chart_bullet_get_height_for (const IdoChartStyle  *style,
                                 const IdoBulletChart *chart)
{
  double line = line_height (style);
  double label = has_label (chart) ? line + GAP : 0;

  return label + line + GAP + MAX (14, round (line * 0.8)) + 2 * MARKER_EXTRA;
}

/**
 * ido_chart_bullet_get_bar_area:
 * @chart: (nullable): the chart, or %NULL for one with a label
 * @area: (out): where the bar (track) is drawn
 */
void
ido_chart_bullet_get_bar_area (const IdoChartStyle  *style,
                               const IdoBulletChart *chart,
                               double                width,
                               double                height,
                               cairo_rectangle_t    *area)
{
  double line = line_height (style);
  double bar = MAX (14, round (line * 0.8));

  area->x = 1;
  area->width = MAX (width - 2, 0);
  area->y = (has_label (chart) ? line + GAP : 0) + MARKER_EXTRA;
  area->height = bar;
}

/**
 * ido_chart_bullet_get_scale:
 *
 * Returns: the value at the right end of the bar: a round number a little
 *   above the largest of actual, target, forecast and baseline
 */
double
ido_chart_bullet_get_scale (const IdoBulletChart *chart)
{
  double top = chart->target;

  if (chart->has_actual)
    top = MAX (top, chart->actual);
  if (chart->has_forecast)
    top = MAX (top, chart->forecast);
  if (chart->has_baseline)
    top = MAX (top, chart->baseline);
  return nice_ceiling (top * 1.1);
}

/* "5.312 of target 7.000 (76%)", joined by @separator to the forecast and
 * status. */
static char *
bullet_figures (const IdoBulletChart *chart,
                const char           *separator,
                gboolean              with_baseline)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *target = format_value (chart->target, chart->decimals, chart->unit);

  if (!chart->has_actual)
    g_string_append_printf (text, chart->at_most ? _("no data yet, target at most %s") : _("no data yet, target %s"),
                            target);
  else
    {
      g_autofree char *actual = format_value (chart->actual, chart->decimals, chart->unit);

      if (chart->at_most)
        g_string_append_printf (text, _("%s, target at most %s"), actual, target);
      else if (chart->target > 0)
        g_string_append_printf (text, _("%s of target %s (%.0f%%)"), actual, target,
                                floor (100 * chart->actual / chart->target + 0.5));
      else
        g_string_append_printf (text, _("%s of target %s"), actual, target);
    }
  if (chart->has_actual && chart->has_forecast && fabs (chart->forecast - chart->actual) > 1e-9)
    {
      g_autofree char *forecast = format_value (chart->forecast, chart->decimals, chart->unit);

      g_string_append (text, separator);
      g_string_append_printf (text, _("forecast %s"), forecast);
    }
  if (with_baseline && chart->has_baseline)
    {
      g_autofree char *baseline = format_value (chart->baseline, chart->decimals, chart->unit);

      g_string_append (text, separator);
      g_string_append_printf (text, _("baseline %s"), baseline);
    }
  if (chart->status != NULL && *chart->status != '\0')
    {
      g_string_append (text, separator);
      g_string_append (text, chart->status);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static double
value_x (const cairo_rectangle_t *bar,
         double                   scale,
         double                   value)
{
  return bar->x + bar->width * CLAMP (value / scale, 0, 1);
}

static void
draw_bullet_bar (cairo_t              *cr,
                 const cairo_rectangle_t *bar,
                 const IdoBulletChart *chart,
                 const IdoChartStyle  *style)
{
  double scale = ido_chart_bullet_get_scale (chart);
  double inner = round (bar->height * 0.6);
  double inner_y = bar->y + (bar->height - inner) / 2;
  double x;

  set_color (cr, &style->track);
  rounded_rectangle (cr, bar->x, bar->y, bar->width, bar->height, 3);
  cairo_fill (cr);
  if (chart->has_actual && chart->has_forecast && chart->forecast > chart->actual)
    {
      double from = value_x (bar, scale, chart->actual);

      set_color (cr, &style->forecast);
      cairo_rectangle (cr, from, inner_y, value_x (bar, scale, chart->forecast) - from, inner);
      cairo_fill (cr);
    }
  if (chart->has_actual && chart->actual > 0)
    {
      set_color (cr, &style->actual);
      rounded_rectangle (cr, bar->x, inner_y, value_x (bar, scale, chart->actual) - bar->x, inner, 2);
      cairo_fill (cr);
    }
  if (chart->has_baseline)
    {
      IdoChartColor faded = style->foreground;
      double dash[] = { 2, 2 };

      faded.alpha *= 0.6;
      set_color (cr, &faded);
      x = round (value_x (bar, scale, chart->baseline)) + 0.5;
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, bar->y);
      cairo_line_to (cr, x, bar->y + bar->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  /* The target marker: 3 px wide, sticking out above and below. */
  x = value_x (bar, scale, chart->target);
  x = CLAMP (x, bar->x + 1.5, bar->x + bar->width - 1.5);
  set_color (cr, &style->target);
  cairo_rectangle (cr, x - 1.5, bar->y - MARKER_EXTRA, 3, bar->height + 2 * MARKER_EXTRA);
  cairo_fill (cr);
}

/**
 * ido_chart_draw_bullet:
 * @cr: where to draw, with (0, 0) at the chart's top left
 * @height: usually ido_chart_bullet_get_height()
 *
 * Draws the label, a track with the actual value as a bar, the forecast as
 * a lighter bar beyond it, the baseline as a dashed line and the target as
 * a marker, and the figures below.
 */
void
ido_chart_draw_bullet (cairo_t              *cr,
                       double                width,
                       double                height,
                       const IdoBulletChart *chart,
                       const IdoChartStyle  *style)
{
  cairo_rectangle_t bar;
  g_autofree char *figures = NULL;

  g_return_if_fail (cr != NULL && chart != NULL && style != NULL);

  if (width < 4 || height < 4)
    return;
  cairo_save (cr);
  ido_chart_bullet_get_bar_area (style, chart, width, height, &bar);
  if (has_label (chart))
    draw_text (cr, style, chart->label, TRUE, 0, 0, width, &style->foreground);
  draw_bullet_bar (cr, &bar, chart, style);
  figures = bullet_figures (chart, " · ", FALSE);
  draw_text (cr, style, figures, FALSE, 0, bar.y + bar.height + MARKER_EXTRA + GAP, width, &style->foreground);
  cairo_restore (cr);
}

/**
 * ido_chart_describe_bullet:
 *
 * Returns: (transfer full): the chart in words, e.g. "Vragen 2025: 5.312
 *   of target 7.000 (76%); forecast 7.083; on track."
 */
char *
ido_chart_describe_bullet (const IdoBulletChart *chart)
{
  g_autofree char *figures = NULL;

  g_return_val_if_fail (chart != NULL, NULL);

  figures = bullet_figures (chart, "; ", TRUE);
  if (chart->label == NULL || *chart->label == '\0')
    return g_strdup_printf ("%s.", figures);
  return g_strdup_printf ("%s: %s.", chart->label, figures);
}

/* Series chart */

/**
 * ido_chart_series_get_plot_area:
 * @area: (out): the area inside the axes where values are drawn
 */
void
ido_chart_series_get_plot_area (const IdoChartStyle *style,
                                double               width,
                                double               height,
                                cairo_rectangle_t   *area)
{
  double line = line_height (style);
  /* Room for the value labels of the axis: about six digits. */
  double axis = round (line * 3);

  area->x = MIN (axis, width / 3);
  area->y = line + GAP + line / 2;
  area->width = MAX (width - area->x - 1, 0);
  area->height = MAX (height - area->y - line - GAP, 0);
}

/**
 * ido_chart_series_get_scale:
 *
 * Returns: the value at the top of the axis
 */
double
ido_chart_series_get_scale (const IdoSeriesChart *chart)
{
  double top = chart->has_reference ? chart->reference : 0;

  for (gsize i = 0; i < chart->n_points; i++)
    {
      if (chart->points[i].has_value)
        top = MAX (top, chart->points[i].value);
    }
  return nice_ceiling (top);
}

/* Three grid lines with @high at the top and @low at the bottom labelled. */
static void
draw_axis (cairo_t                 *cr,
           const cairo_rectangle_t *plot,
           double                   low,
           double                   high,
           guint                    decimals,
           const char              *unit,
           const IdoChartStyle     *style)
{
  double line = line_height (style);

  set_color (cr, &style->track);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 2; i++)
    {
      double y = round (plot->y + plot->height * i / 2.0) + 0.5;

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);
  for (int i = 0; i <= 2; i += 2)
    {
      g_autofree char *text = format_value (i == 0 ? high : low, decimals, unit);
      double w = text_width (cr, style, text);

      draw_text (cr, style, text, FALSE, MAX (plot->x - GAP - w, 0), plot->y + plot->height * i / 2.0 - line / 2,
                 plot->x, &style->foreground);
    }
}

static void
draw_x_labels (cairo_t                 *cr,
               const cairo_rectangle_t *plot,
               const IdoSeriesChart    *chart,
               const IdoChartStyle     *style)
{
  double slot = plot->width / chart->n_points;
  double widest = 0;
  gsize every;

  for (gsize i = 0; i < chart->n_points; i++)
    widest = MAX (widest, text_width (cr, style, chart->points[i].label ? chart->points[i].label : ""));
  /* Skip labels that would overlap: show every n-th. */
  every = (gsize) ceil ((widest + GAP) / MAX (slot, 1));
  every = MAX (every, 1);
  for (gsize i = 0; i < chart->n_points; i += every)
    {
      const char *label = chart->points[i].label ? chart->points[i].label : "";
      double w = text_width (cr, style, label);
      double x = plot->x + slot * (i + 0.5) - w / 2;

      x = CLAMP (x, 0, MAX (plot->x + plot->width - w, 0));
      draw_text (cr, style, label, FALSE, x, plot->y + plot->height + GAP, 0, &style->foreground);
    }
}

/* The y of @value on an axis from @low at the bottom to @high at the top. */
static double
value_y (const cairo_rectangle_t *plot,
         double                   low,
         double                   high,
         double                   value)
{
  return plot->y + plot->height * (1 - CLAMP ((value - low) / MAX (high - low, 1e-9), 0, 1));
}

/* Bars from @low (or 0, when the axis spans it) up to each value; a
 * missing value leaves a gap. */
static void
draw_bars (cairo_t                 *cr,
           const cairo_rectangle_t *plot,
           double                   low,
           double                   high,
           const IdoChartPoint     *points,
           gsize                    n_points,
           const IdoChartStyle     *style)
{
  double slot = plot->width / n_points;
  double bar = MAX (slot * 0.6, 1);
  double base = value_y (plot, low, high, MAX (low, 0));

  set_color (cr, &style->actual);
  for (gsize i = 0; i < n_points; i++)
    {
      double top;

      if (!points[i].has_value)
        continue;
      top = value_y (plot, low, high, points[i].value);
      rounded_rectangle (cr, plot->x + slot * i + (slot - bar) / 2, top, bar, base - top, 2);
    }
  cairo_fill (cr);
}

/* A line through the periods with a value, broken at gaps, and a marker
 * per value: dots for the own figures, diamonds for the comparison, so
 * the two are told apart without colour. */
static void
draw_line (cairo_t                 *cr,
           const cairo_rectangle_t *plot,
           double                   low,
           double                   high,
           const IdoChartPoint     *points,
           gsize                    n_points,
           gboolean                 comparison,
           const IdoChartColor     *color)
{
  double slot = plot->width / n_points;
  double dash[] = { 5, 3 };
  gboolean drawing = FALSE;

  set_color (cr, color);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (comparison)
    cairo_set_dash (cr, dash, 2, 0);
  for (gsize i = 0; i < n_points; i++)
    {
      double x = plot->x + slot * (i + 0.5);
      double y = value_y (plot, low, high, points[i].value);

      if (!points[i].has_value)
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (gsize i = 0; i < n_points; i++)
    {
      double x = plot->x + slot * (i + 0.5);
      double y = value_y (plot, low, high, points[i].value);

      if (!points[i].has_value)
        continue;
      if (comparison)
        {
          cairo_move_to (cr, x, y - 4);
          cairo_line_to (cr, x + 4, y);
          cairo_line_to (cr, x, y + 4);
          cairo_line_to (cr, x - 4, y);
          cairo_close_path (cr);
        }
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
        }
    }
  cairo_fill (cr);
}

static void
draw_reference (cairo_t                 *cr,
                const cairo_rectangle_t *plot,
                double                   scale,
                const IdoSeriesChart    *chart,
                const IdoChartStyle     *style)
{
  double y = round (plot->y + plot->height * (1 - CLAMP (chart->reference / scale, 0, 1))) + 0.5;
  double dash[] = { 6, 4 };

  set_color (cr, &style->target);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, plot->x, y);
  cairo_line_to (cr, plot->x + plot->width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/**
 * ido_chart_draw_series:
 * @cr: where to draw, with (0, 0) at the chart's top left
 *
 * Draws the title, an axis from zero to a round maximum, one bar (or line
 * point) per period with gaps where a period has no value, a dashed
 * reference line when set, and the period labels below.
 */
void
ido_chart_draw_series (cairo_t              *cr,
                       double                width,
                       double                height,
                       const IdoSeriesChart *chart,
                       const IdoChartStyle  *style)
{
  cairo_rectangle_t plot;
  double scale;

  g_return_if_fail (cr != NULL && chart != NULL && style != NULL);

  if (width < 8 || height < 8)
    return;
  cairo_save (cr);
  draw_text (cr, style, chart->label ? chart->label : "", TRUE, 0, 0, width, &style->foreground);
  ido_chart_series_get_plot_area (style, width, height, &plot);
  scale = ido_chart_series_get_scale (chart);
  draw_axis (cr, &plot, 0, scale, chart->decimals, chart->unit, style);
  if (chart->n_points > 0)
    {
      if (chart->kind == IDO_SERIES_LINE)
        draw_line (cr, &plot, 0, scale, chart->points, chart->n_points, FALSE, &style->actual);
      else
        draw_bars (cr, &plot, 0, scale, chart->points, chart->n_points, style);
      draw_x_labels (cr, &plot, chart, style);
    }
  if (chart->has_reference)
    draw_reference (cr, &plot, scale, chart, style);
  cairo_restore (cr);
}

/**
 * ido_chart_describe_series:
 *
 * Returns: (transfer full): the chart in words, e.g. "Vragen per
 *   kwartaal: 2025Q1 1.200, 2025Q2 no data, 2025Q3 1.350; target 1.750."
 */
char *
ido_chart_describe_series (const IdoSeriesChart *chart)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (chart != NULL, NULL);

  g_string_append_printf (text, "%s: ", chart->label ? chart->label : "");
  if (chart->n_points == 0)
    g_string_append (text, _("no data"));
  for (gsize i = 0; i < chart->n_points; i++)
    {
      const IdoChartPoint *point = &chart->points[i];

      if (i > 0)
        g_string_append (text, ", ");
      if (point->has_value)
        {
          g_autofree char *value = format_value (point->value, chart->decimals, chart->unit);

          g_string_append_printf (text, "%s %s", point->label ? point->label : "", value);
        }
      else
        g_string_append_printf (text, _("%s no data"), point->label ? point->label : "");
    }
  if (chart->has_reference)
    {
      g_autofree char *reference = format_value (chart->reference, chart->decimals, chart->unit);

      g_string_append_printf (text, "; %s %s", chart->reference_label ? chart->reference_label : _("reference"),
                              reference);
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Trend chart */

static gboolean
trend_has_legend (const IdoTrendChart *chart)
{
  return chart->comparison != NULL || (chart->series_label != NULL && *chart->series_label != '\0');
}

/* The trend seen as a plain series, for the period labels. */
static IdoSeriesChart
trend_as_series (const IdoTrendChart *chart)
{
  IdoSeriesChart series = { 0 };

  series.label = chart->label;
  series.kind = chart->kind;
  series.points = chart->points;
  series.n_points = chart->n_points;
  series.decimals = chart->decimals;
  series.unit = chart->unit;
  return series;
}

/**
 * ido_chart_trend_get_plot_area:
 * @area: (out): the area inside the axes where values are drawn
 */
void
ido_chart_trend_get_plot_area (const IdoChartStyle *style,
                               const IdoTrendChart *chart,
                               double               width,
                               double               height,
                               cairo_rectangle_t   *area)
{
  double legend = trend_has_legend (chart) ? line_height (style) + GAP : 0;

  ido_chart_series_get_plot_area (style, width, height, area);
  area->y += legend;
  area->height = MAX (area->height - legend, 0);
}

/* 1, 2 or 5 times a power of ten, at most @value. */
static double
nice_floor_step (double value)
{
  double magnitude;
  double fraction;

  if (!(value > 0) || !isfinite (value))
    return 1;
  magnitude = pow (10, floor (log10 (value)));
  fraction = value / magnitude;
  if (fraction >= 5 - 1e-9)
    return 5 * magnitude;
  if (fraction >= 2 - 1e-9)
    return 2 * magnitude;
  return magnitude;
}

/**
 * ido_chart_trend_get_range:
 * @low: (out): the value at the bottom of the axis
 * @high: (out): the value at the top
 *
 * From zero to a round number above both the own figures and the
 * comparison; with fit_range set for a line, a round range around the
 * values (satisfaction 8,2 to 8,7 reads as 8,0 to 9,0, not as a flat line
 * near the top of 0 to 10).
 */
void
ido_chart_trend_get_range (const IdoTrendChart *chart,
                           double              *low,
                           double              *high)
{
  double top = -INFINITY;
  double bottom = INFINITY;
  double step;

  for (gsize i = 0; i < chart->n_points; i++)
    {
      if (chart->points[i].has_value)
        {
          top = MAX (top, chart->points[i].value);
          bottom = MIN (bottom, chart->points[i].value);
        }
      if (chart->comparison != NULL && chart->comparison[i].has_value)
        {
          top = MAX (top, chart->comparison[i].value);
          bottom = MIN (bottom, chart->comparison[i].value);
        }
    }
  if (chart->has_reference)
    {
      top = MAX (top, chart->reference);
      bottom = MIN (bottom, chart->reference);
    }
  *low = 0;
  *high = nice_ceiling (top > 0 ? top : 0);
  if (!chart->fit_range || chart->kind != IDO_SERIES_LINE || !isfinite (bottom) || bottom <= 0)
    return;
  /* Two grid steps that hold the values, at least a tenth of the top wide. */
  step = nice_floor_step (MAX (top - bottom, top * 0.1) / 2);
  while (floor (bottom / step) * step + 2 * step < top - 1e-9)
    step = nice_ceiling (step * 1.5);
  *low = floor (bottom / step) * step;
  *high = *low + 2 * step;
}

/**
 * ido_chart_trend_get_point:
 * @comparison: the comparison line's point instead of the own figure
 * @x: (out): the centre of the period's slot
 * @y: (out): the height of the value (the top of a bar)
 *
 * Returns: whether the period has a value there; %FALSE for a gap
 */
gboolean
ido_chart_trend_get_point (const IdoChartStyle *style,
                           const IdoTrendChart *chart,
                           double               width,
                           double               height,
                           gsize                index,
                           gboolean             comparison,
                           double              *x,
                           double              *y)
{
  const IdoChartPoint *points = comparison ? chart->comparison : chart->points;
  cairo_rectangle_t plot;
  double low, high;

  g_return_val_if_fail (style != NULL && chart != NULL, FALSE);

  if (points == NULL || index >= chart->n_points)
    return FALSE;
  ido_chart_trend_get_plot_area (style, chart, width, height, &plot);
  ido_chart_trend_get_range (chart, &low, &high);
  *x = plot.x + plot.width / chart->n_points * (index + 0.5);
  *y = value_y (&plot, low, high, points[index].value);
  return points[index].has_value;
}

/**
 * ido_chart_trend_get_index_at:
 *
 * Returns: the period whose slot holds @x, or -1 outside the plot
 */
gssize
ido_chart_trend_get_index_at (const IdoChartStyle *style,
                              const IdoTrendChart *chart,
                              double               width,
                              double               height,
                              double               x)
{
  cairo_rectangle_t plot;
  gssize index;

  g_return_val_if_fail (style != NULL && chart != NULL, -1);

  ido_chart_trend_get_plot_area (style, chart, width, height, &plot);
  if (chart->n_points == 0 || plot.width <= 0 || x < plot.x || x >= plot.x + plot.width)
    return -1;
  index = (gssize) floor ((x - plot.x) / (plot.width / chart->n_points));
  return CLAMP (index, 0, (gssize) chart->n_points - 1);
}

/* A dotted line in the text colour; its label is in the text equivalent
 * (and beside the chart on screen), so no bar is covered by text. */
static void
trend_reference (cairo_t                 *cr,
                 const cairo_rectangle_t *plot,
                 double                   low,
                 double                   high,
                 const IdoTrendChart     *chart,
                 const IdoChartStyle     *style)
{
  double y = round (value_y (plot, low, high, chart->reference)) + 0.5;
  IdoChartColor color = style->foreground;
  double dash[] = { 2, 3 };

  color.alpha *= 0.8;
  set_color (cr, &color);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, plot->x, y);
  cairo_line_to (cr, plot->x + plot->width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_legend (cairo_t             *cr,
             const IdoTrendChart *chart,
             const IdoChartStyle *style,
             double               width)
{
  double line = line_height (style);
  double y = line + GAP;
  double half = chart->comparison != NULL ? width / 2 : width;
  double dash[] = { 5, 3 };

  set_color (cr, &style->actual);
  if (chart->kind == IDO_SERIES_BARS)
    rounded_rectangle (cr, 0, y + line / 2 - 5, 10, 10, 2);
  else
    cairo_arc (cr, 5, y + line / 2, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
  draw_text (cr, style, chart->series_label ? chart->series_label : "", FALSE, 16, y, half - 20, &style->foreground);
  if (chart->comparison == NULL)
    return;
  set_color (cr, &style->target);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, half, round (y + line / 2));
  cairo_line_to (cr, half + 18, round (y + line / 2));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  draw_text (cr, style, chart->comparison_label ? chart->comparison_label : "", FALSE, half + 24, y,
             MAX (width - half - 24, 1), &style->foreground);
}

/**
 * ido_chart_draw_trend:
 * @cr: where to draw, with (0, 0) at the chart's top left
 *
 * Draws the title, the legend, an axis from zero to a round maximum, the own
 * figures as bars or a line and the comparison as a dashed line with
 * diamonds, both with gaps where a period has no value, and the period
 * labels below.
 */
void
ido_chart_draw_trend (cairo_t             *cr,
                      double               width,
                      double               height,
                      const IdoTrendChart *chart,
                      const IdoChartStyle *style)
{
  IdoSeriesChart series;
  cairo_rectangle_t plot;
  double low, high;

  g_return_if_fail (cr != NULL && chart != NULL && style != NULL);

  if (width < 8 || height < 8)
    return;
  series = trend_as_series (chart);
  cairo_save (cr);
  draw_text (cr, style, chart->label ? chart->label : "", TRUE, 0, 0, width, &style->foreground);
  if (trend_has_legend (chart))
    draw_legend (cr, chart, style, width);
  ido_chart_trend_get_plot_area (style, chart, width, height, &plot);
  ido_chart_trend_get_range (chart, &low, &high);
  draw_axis (cr, &plot, low, high, chart->decimals, chart->unit, style);
  if (chart->n_points > 0)
    {
      if (chart->kind == IDO_SERIES_LINE)
        draw_line (cr, &plot, low, high, chart->points, chart->n_points, FALSE, &style->actual);
      else
        draw_bars (cr, &plot, low, high, chart->points, chart->n_points, style);
      if (chart->has_reference)
        trend_reference (cr, &plot, low, high, chart, style);
      if (chart->comparison != NULL)
        draw_line (cr, &plot, low, high, chart->comparison, chart->n_points, TRUE, &style->target);
      draw_x_labels (cr, &plot, &series, style);
    }
  cairo_restore (cr);
}

/**
 * ido_chart_describe_trend_point:
 *
 * Returns: (transfer full): one period in words, e.g. "2025Q3: 318
 *   (Landelijk gemiddelde 290)", as a tooltip says it
 */
char *
ido_chart_describe_trend_point (const IdoTrendChart *chart,
                                gsize                index)
{
  const IdoChartPoint *point;
  g_autofree char *value = NULL;

  g_return_val_if_fail (chart != NULL && index < chart->n_points, NULL);

  point = &chart->points[index];
  value = point->has_value ? format_value (point->value, chart->decimals, chart->unit) : g_strdup (_("no data"));
  if (chart->comparison != NULL && chart->comparison[index].has_value)
    {
      g_autofree char *other = format_value (chart->comparison[index].value, chart->decimals, chart->unit);

      /* Translators: "2025Q3: 318 (Landelijk gemiddelde 290)" */
      return g_strdup_printf (_("%s: %s (%s %s)"), point->label ? point->label : "", value,
                              chart->comparison_label ? chart->comparison_label : "", other);
    }
  return g_strdup_printf ("%s: %s", point->label ? point->label : "", value);
}

/**
 * ido_chart_describe_trend:
 *
 * Returns: (transfer full): the whole chart in words, period by period
 */
char *
ido_chart_describe_trend (const IdoTrendChart *chart)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (chart != NULL, NULL);

  g_string_append_printf (text, "%s. ", chart->label ? chart->label : "");
  if (chart->n_points == 0)
    g_string_append (text, _("no data"));
  for (gsize i = 0; i < chart->n_points; i++)
    {
      g_autofree char *point = ido_chart_describe_trend_point (chart, i);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, point);
    }
  if (chart->has_reference)
    {
      g_autofree char *reference = format_value (chart->reference, chart->decimals, chart->unit);

      g_string_append_printf (text, "; %s %s", chart->reference_label ? chart->reference_label : "", reference);
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ido_chart_summarize_trend:
 *
 * Returns: (transfer full): the trend in one sentence: the latest period
 *   with a value, the change against the period before and the comparison
 */
char *
ido_chart_summarize_trend (const IdoTrendChart *chart)
{
  g_autoptr(GString) text = g_string_new (chart && chart->label ? chart->label : "");
  gssize latest = -1;

  g_return_val_if_fail (chart != NULL, NULL);

  for (gssize i = (gssize) chart->n_points - 1; i >= 0 && latest < 0; i--)
    latest = chart->points[i].has_value ? i : -1;
  if (latest < 0)
    {
      g_string_append_printf (text, ": %s", _("no data"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  {
    g_autofree char *point = ido_chart_describe_trend_point (chart, latest);

    g_string_append_printf (text, ", %s %s", _("latest quarter"), point);
  }
  if (latest > 0 && chart->points[latest - 1].has_value && chart->points[latest - 1].value != 0)
    {
      double change = 100.0 * (chart->points[latest].value / chart->points[latest - 1].value - 1);
      g_autofree char *number = ido_number_format (fabs (change), 1);

      /* Translators: "+12,5% against the quarter before" */
      g_string_append_printf (text, _(", %s%s%% against the quarter before"), change < 0 ? "−" : "+", number);
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

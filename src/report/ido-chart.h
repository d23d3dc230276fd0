/* ido-chart.h: charts drawn with cairo and pango, for screen and paper
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The charts draw on any cairo_t: the UI's IdoChartWidget calls them through
 * gtk_snapshot_append_cairo(), reports on a PDF or print surface. Colours
 * come in with the style, so light and dark styles both work; every chart
 * has a text equivalent for screen readers and tooltips.
 *
 * Usage:
 *   IdoChartStyle style;
 *   IdoBulletChart chart = { .label = "Vragen 2025", .actual = 5312, .has_actual = TRUE,
 *                            .target = 7000, .forecast = 7083, .has_forecast = TRUE };
 *   ido_chart_style_init (&style, FALSE);
 *   ido_chart_draw_bullet (cr, width, ido_chart_bullet_get_height_for (&style, &chart), &chart, &style);
 *   text = ido_chart_describe_bullet (&chart);
 */

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} IdoChartColor;

typedef struct
{
  IdoChartColor  foreground;   /* text and axes */
  IdoChartColor  track;        /* the empty track of a bar, grid lines */
  IdoChartColor  actual;       /* the actual value; the bars of a series */
  IdoChartColor  forecast;     /* the forecast beyond the actual value */
  IdoChartColor  target;       /* the target marker or reference line */
  const char    *font;         /* a Pango font description, or NULL for "Sans 10" */
} IdoChartStyle;

/* Actual value against a target: a bullet chart with the label above the
 * bar and the figures below it. */
typedef struct
{
  const char *label;           /* e.g. "Vragen 2025"; NULL or "" draws no label row */
  double      actual;
  gboolean    has_actual;      /* FALSE: no data yet */
  double      target;
  gboolean    at_most;         /* the target is a ceiling */
  double      forecast;        /* e.g. a linear forecast to the full period */
  gboolean    has_forecast;
  double      baseline;
  gboolean    has_baseline;
  guint       decimals;
  const char *unit;            /* appended to values, e.g. "%"; NULL for none */
  const char *status;          /* e.g. "Op koers"; NULL for none */
} IdoBulletChart;

typedef struct
{
  const char *label;           /* e.g. "2025Q1" */
  double      value;
  gboolean    has_value;       /* FALSE leaves a gap */
} IdoChartPoint;

typedef enum
{
  IDO_SERIES_BARS,
  IDO_SERIES_LINE,
} IdoSeriesKind;

/* A series per period (quarter), as bars or a line. */
typedef struct
{
  const char          *label;            /* e.g. "Vragen per kwartaal" */
  IdoSeriesKind        kind;
  const IdoChartPoint *points;
  gsize                n_points;
  guint                decimals;
  const char          *unit;
  gboolean             has_reference;    /* a horizontal line, e.g. a target */
  double               reference;
  const char          *reference_label;  /* e.g. "Doel per kwartaal" */
} IdoSeriesChart;

/* A trend per quarter: the own figures as bars or a line, with an optional
 * comparison line (e.g. the national average) and a legend. Periods
 * without a value are gaps in both. */
typedef struct
{
  const char          *label;             /* e.g. "Vragen per kwartaal" */
  IdoSeriesKind        kind;
  const IdoChartPoint *points;
  const IdoChartPoint *comparison;        /* NULL, or n_points long */
  gsize                n_points;
  guint                decimals;
  const char          *unit;
  const char          *series_label;      /* legend, e.g. "Voorbeeld" */
  const char          *comparison_label;  /* legend, e.g. "Landelijk gemiddelde" */
  gboolean             fit_range;         /* a line's axis spans its values instead of starting at 0 */
  gboolean             has_reference;     /* a horizontal line, e.g. the target per quarter */
  double               reference;
  const char          *reference_label;   /* e.g. "Doel per kwartaal" */
} IdoTrendChart;

void    ido_chart_style_init           (IdoChartStyle        *style,
                                        gboolean              dark);

double  ido_chart_bullet_get_height    (const IdoChartStyle  *style);
double  ido_chart_bullet_get_height_for (const IdoChartStyle *style,
                                        const IdoBulletChart *chart);
void    ido_chart_bullet_get_bar_area  (const IdoChartStyle  *style,
                                        const IdoBulletChart *chart,
                                        double                width,
                                        double                height,
                                        cairo_rectangle_t    *area);
double  ido_chart_bullet_get_scale     (const IdoBulletChart *chart);
void    ido_chart_draw_bullet          (cairo_t              *cr,
                                        double                width,
                                        double                height,
                                        const IdoBulletChart *chart,
                                        const IdoChartStyle  *style);
char   *ido_chart_describe_bullet      (const IdoBulletChart *chart);

void    ido_chart_series_get_plot_area (const IdoChartStyle  *style,
                                        double                width,
                                        double                height,
                                        cairo_rectangle_t    *area);
double  ido_chart_series_get_scale     (const IdoSeriesChart *chart);
void    ido_chart_draw_series          (cairo_t              *cr,
                                        double                width,
                                        double                height,
                                        const IdoSeriesChart *chart,
                                        const IdoChartStyle  *style);
char   *ido_chart_describe_series      (const IdoSeriesChart *chart);

void    ido_chart_trend_get_plot_area  (const IdoChartStyle  *style,
                                        const IdoTrendChart  *chart,
                                        double                width,
                                        double                height,
                                        cairo_rectangle_t    *area);
void    ido_chart_trend_get_range      (const IdoTrendChart  *chart,
                                        double               *low,
                                        double               *high);
gboolean ido_chart_trend_get_point     (const IdoChartStyle  *style,
                                        const IdoTrendChart  *chart,
                                        double                width,
                                        double                height,
                                        gsize                 index,
                                        gboolean              comparison,
                                        double               *x,
                                        double               *y);
gssize  ido_chart_trend_get_index_at   (const IdoChartStyle  *style,
                                        const IdoTrendChart  *chart,
                                        double                width,
                                        double                height,
                                        double                x);
void    ido_chart_draw_trend           (cairo_t              *cr,
                                        double                width,
                                        double                height,
                                        const IdoTrendChart  *chart,
                                        const IdoChartStyle  *style);
char   *ido_chart_describe_trend       (const IdoTrendChart  *chart);
char   *ido_chart_summarize_trend      (const IdoTrendChart  *chart);
char   *ido_chart_describe_trend_point (const IdoTrendChart  *chart,
                                        gsize                 index);

G_END_DECLS

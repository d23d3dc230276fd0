/* test-trend-chart.c: the trend chart of the dashboard results drawn on an
 * image surface, checked pixel by pixel, and its text equivalents.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ido-chart.h"

#define WIDTH  400
#define HEIGHT 220

#define RED   0xffff0000u
#define BLUE  0xff0000ffu

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static void
canvas_draw (Canvas              *c,
             const IdoTrendChart *chart,
             const IdoChartStyle *style)
{
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  c->cr = cairo_create (c->surface);
  ido_chart_draw_trend (c->cr, WIDTH, HEIGHT, chart, style);
  cairo_surface_flush (c->surface);
}

static void
canvas_clear (Canvas *c)
{
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
}

/* 0xAARRGGBB, premultiplied. */
static guint32
pixel (Canvas *c,
       double  x,
       double  y)
{
  int stride = cairo_image_surface_get_stride (c->surface);
  guint32 *row = (guint32 *) (gpointer) (cairo_image_surface_get_data (c->surface) + stride * (int) y);

  return row[(int) x];
}

/* Mostly red: the inside of an antialiased 2 px line. */
static gboolean
is_red (guint32 p)
{
  return (p >> 24) >= 0x80 && ((p >> 16) & 0xff) >= 0x80 && ((p >> 8) & 0xff) < 0x40 && (p & 0xff) < 0x40;
}

/* Opaque, clearly distinct colours so every pixel tells what it is. */
static void
test_style (IdoChartStyle *style)
{
  ido_chart_style_init (style, FALSE);
  style->foreground = (IdoChartColor) { 0, 0, 0, 1 };
  style->track = (IdoChartColor) { 0.8, 0.8, 0.8, 1 };
  style->actual = (IdoChartColor) { 1, 0, 0, 1 };
  style->forecast = (IdoChartColor) { 0, 1, 0, 1 };
  style->target = (IdoChartColor) { 0, 0, 1, 1 };
}

static const IdoChartPoint bar_points[] = {
  { "2024Q4", 100, TRUE }, { "2025Q1", 50, TRUE }, { "2025Q2", 0, FALSE }, { "2025Q3", 75, TRUE },
};

static const IdoChartPoint national_points[] = {
  { "2024Q4", 80, TRUE }, { "2025Q1", 0, FALSE }, { "2025Q2", 60, TRUE }, { "2025Q3", 60, TRUE },
};

/* Bars up to their value from zero, a gap where a quarter has none, the
 * national diamonds where the geometry says. */
static void
test_bars_and_comparison (void)
{
  IdoTrendChart chart = {
    .label = "Vragen per kwartaal", .kind = IDO_SERIES_BARS, .points = bar_points,
    .comparison = national_points, .n_points = 4, .series_label = "Voorbeeld",
    .comparison_label = "Landelijk gemiddelde",
  };
  IdoChartStyle style;
  cairo_rectangle_t plot;
  double low, high, x, y;
  Canvas c;

  test_style (&style);
  canvas_draw (&c, &chart, &style);
  ido_chart_trend_get_range (&chart, &low, &high);
  g_assert_cmpfloat (low, ==, 0);
  g_assert_cmpfloat (high, ==, 100);
  ido_chart_trend_get_plot_area (&style, &chart, WIDTH, HEIGHT, &plot);
  g_assert_cmpfloat (plot.width, >, 200);

  for (gsize i = 0; i < 4; i++)
    {
      gboolean has = ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, i, FALSE, &x, &y);

      /* The slot centres, a quarter of the plot apart. */
      g_assert_cmpfloat_with_epsilon (x, plot.x + plot.width / 4 * (i + 0.5), 1e-9);
      g_assert_true (has == bar_points[i].has_value);
      if (!has)
        {
          /* The gap: nothing drawn in the lower half of the slot. */
          g_assert_cmphex (pixel (&c, x, plot.y + plot.height * 0.8), !=, RED);
          g_assert_cmphex (pixel (&c, x, plot.y + plot.height * 0.6), !=, RED);
          continue;
        }
      g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height * (1 - bar_points[i].value / 100), 1e-9);
      /* Filled from the baseline to just below the top; empty above it. */
      g_assert_cmphex (pixel (&c, x - 4, plot.y + plot.height - 3), ==, RED);
      g_assert_cmphex (pixel (&c, x - 4, y + 3), ==, RED);
      g_assert_cmphex (pixel (&c, x - 4, y - 3), !=, RED);
    }
  /* National: diamonds at the values, none for the missing quarter. */
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 0, TRUE, &x, &y));
  g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height * 0.2, 1e-9);
  g_assert_cmphex (pixel (&c, x, y), ==, BLUE);
  g_assert_false (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 1, TRUE, &x, &y));
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 3, TRUE, &x, &y));
  g_assert_cmphex (pixel (&c, x, y), ==, BLUE);
  /* The legend row holds both swatches: own (red) left, national (blue) right. */
  {
    gboolean red = FALSE, blue = FALSE;

    for (int yy = (int) (plot.y - 30); yy < (int) plot.y; yy++)
      for (int xx = 0; xx < WIDTH; xx++)
        {
          red = red || (pixel (&c, xx, yy) == RED && xx < WIDTH / 2);
          blue = blue || (pixel (&c, xx, yy) == BLUE && xx >= WIDTH / 2);
        }
    g_assert_true (red);
    g_assert_true (blue);
  }
  canvas_clear (&c);
}

/* A line is broken at a missing quarter: no zero, no bridge. */
static void
test_line_gap (void)
{
  static const IdoChartPoint points[] = {
    { "2025Q1", 10, TRUE }, { "2025Q2", 20, TRUE }, { "2025Q3", 0, FALSE }, { "2025Q4", 40, TRUE },
  };
  IdoTrendChart chart = { .label = "Bezoeken", .kind = IDO_SERIES_LINE, .points = points, .n_points = 4 };
  IdoChartStyle style;
  cairo_rectangle_t plot;
  double x0, y0, x1, y1, x3, y3;
  Canvas c;

  test_style (&style);
  canvas_draw (&c, &chart, &style);
  ido_chart_trend_get_plot_area (&style, &chart, WIDTH, HEIGHT, &plot);
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 0, FALSE, &x0, &y0));
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 1, FALSE, &x1, &y1));
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 3, FALSE, &x3, &y3));
  g_assert_cmphex (pixel (&c, x0, y0), ==, RED);
  g_assert_cmphex (pixel (&c, x1, y1), ==, RED);
  g_assert_cmphex (pixel (&c, x3, y3), ==, RED);
  /* Between two values: the line. Across the gap: nothing, and nothing at
   * zero for the missing quarter either. */
  g_assert_true (is_red (pixel (&c, (x0 + x1) / 2, (y0 + y1) / 2)));
  g_assert_false (is_red (pixel (&c, (x1 + x3) / 2, (y1 + y3) / 2)));
  g_assert_false (is_red (pixel (&c, (x1 + x3) / 2, plot.y + plot.height - 1)));
  canvas_clear (&c);
}

/* Scores and shares as lines get a round range around the values. */
static void
test_fit_range (void)
{
  static const IdoChartPoint scores[] = { { "2025Q1", 8.2, TRUE }, { "2025Q2", 8.7, TRUE } };
  static const IdoChartPoint national[] = { { "2025Q1", 8.3, TRUE }, { "2025Q2", 8.4, TRUE } };
  IdoTrendChart chart = { .kind = IDO_SERIES_LINE, .points = scores, .comparison = national, .n_points = 2,
                          .decimals = 1, .fit_range = TRUE };
  IdoChartStyle style;
  cairo_rectangle_t plot;
  double low, high, x, y;
  Canvas c;

  ido_chart_trend_get_range (&chart, &low, &high);
  g_assert_cmpfloat_with_epsilon (low, 8.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (high, 9.0, 1e-9);
  /* 8,7 sits at 70% of the height of 8 to 9. */
  test_style (&style);
  canvas_draw (&c, &chart, &style);
  ido_chart_trend_get_plot_area (&style, &chart, WIDTH, HEIGHT, &plot);
  g_assert_true (ido_chart_trend_get_point (&style, &chart, WIDTH, HEIGHT, 1, FALSE, &x, &y));
  g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height * 0.3, 1e-6);
  g_assert_cmphex (pixel (&c, x, y), ==, RED);
  canvas_clear (&c);

  /* Bars, and lines without fit_range, start at zero. */
  chart.fit_range = FALSE;
  ido_chart_trend_get_range (&chart, &low, &high);
  g_assert_cmpfloat (low, ==, 0);
  g_assert_cmpfloat (high, ==, 10);
  chart.fit_range = TRUE;
  chart.kind = IDO_SERIES_BARS;
  ido_chart_trend_get_range (&chart, &low, &high);
  g_assert_cmpfloat (low, ==, 0);
}

static void
test_index_and_text (void)
{
  static const IdoChartPoint up[] = { { "2025Q3", 100, TRUE }, { "2025Q4", 125, TRUE } };
  IdoTrendChart chart = {
    .label = "Vragen", .kind = IDO_SERIES_BARS, .points = bar_points, .comparison = national_points,
    .n_points = 4, .comparison_label = "Landelijk",
  };
  IdoChartStyle style;
  cairo_rectangle_t plot;
  g_autofree char *point = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *all = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *rising = NULL;

  test_style (&style);
  ido_chart_trend_get_plot_area (&style, &chart, WIDTH, HEIGHT, &plot);
  for (gsize i = 0; i < 4; i++)
    g_assert_cmpint (ido_chart_trend_get_index_at (&style, &chart, WIDTH, HEIGHT,
                                                   plot.x + plot.width / 4 * (i + 0.5)), ==, (gssize) i);
  g_assert_cmpint (ido_chart_trend_get_index_at (&style, &chart, WIDTH, HEIGHT, plot.x - 1), ==, -1);

  point = ido_chart_describe_trend_point (&chart, 0);
  g_assert_cmpstr (point, ==, "2024Q4: 100 (Landelijk 80)");
  gap = ido_chart_describe_trend_point (&chart, 2);
  g_assert_cmpstr (gap, ==, "2025Q2: no data (Landelijk 60)");
  all = ido_chart_describe_trend (&chart);
  g_assert_nonnull (strstr (all, "2025Q1: 50;"));
  g_assert_nonnull (strstr (all, "2025Q3: 75 (Landelijk 60)"));
  /* The latest quarter follows a gap: no change to report. */
  summary = ido_chart_summarize_trend (&chart);
  g_assert_cmpstr (summary, ==, "Vragen, latest quarter 2025Q3: 75 (Landelijk 60).");

  chart.points = up;
  chart.comparison = NULL;
  chart.n_points = 2;
  rising = ido_chart_summarize_trend (&chart);
  g_assert_cmpstr (rising, ==, "Vragen, latest quarter 2025Q4: 125, +25,0% against the quarter before.");
}

/* A target per quarter: a line across the plot at its height, in the
 * range, and in the text. */
static void
test_reference (void)
{
  static const IdoChartPoint points[] = { { "2025Q3", 100, TRUE }, { "2025Q4", 120, TRUE } };
  IdoTrendChart chart = { .label = "Vragen", .kind = IDO_SERIES_BARS, .points = points, .n_points = 2,
                          .has_reference = TRUE, .reference = 300, .reference_label = "Doel" };
  IdoChartStyle style;
  cairo_rectangle_t plot;
  double low, high, y;
  g_autofree char *text = ido_chart_describe_trend (&chart);
  Canvas c;

  ido_chart_trend_get_range (&chart, &low, &high);
  g_assert_cmpfloat (high, ==, 500);
  test_style (&style);
  canvas_draw (&c, &chart, &style);
  ido_chart_trend_get_plot_area (&style, &chart, WIDTH, HEIGHT, &plot);
  y = plot.y + plot.height * (1 - 300.0 / 500);
  /* Dotted: some pixels along the line are drawn, not above or below it. */
  {
    guint on = 0, off = 0;

    for (int x = (int) plot.x + 1; x < (int) (plot.x + plot.width * 0.4); x++)
      {
        on += (pixel (&c, x, y) >> 24) > 0x40;
        off += (pixel (&c, x, y + 6) >> 24) > 0x40;
      }
    g_assert_cmpuint (on, >, 20);
    g_assert_cmpuint (off, ==, 0);
  }
  g_assert_nonnull (strstr (text, "Doel 300"));
  canvas_clear (&c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trend-chart/bars-and-comparison", test_bars_and_comparison);
  g_test_add_func ("/trend-chart/line-gap", test_line_gap);
  g_test_add_func ("/trend-chart/fit-range", test_fit_range);
  g_test_add_func ("/trend-chart/index-and-text", test_index_and_text);
  g_test_add_func ("/trend-chart/reference", test_reference);

  return g_test_run ();
}

/* test-chart.c: the charts drawn on an image surface, checked pixel by
 * pixel, and their text equivalents.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ido-chart.h"

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  int              width;
  int              height;
} Canvas;

static void
canvas_init (Canvas *c,
             int     width,
             int     height)
{
  c->width = width;
  c->height = height;
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  c->cr = cairo_create (c->surface);
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
  int stride;
  guint32 *row;

  cairo_surface_flush (c->surface);
  stride = cairo_image_surface_get_stride (c->surface);
  row = (guint32 *) (gpointer) (cairo_image_surface_get_data (c->surface) + stride * (int) y);
  return row[(int) x];
}

static guint
count_painted (Canvas *c,
               double  y0,
               double  y1)
{
  guint n = 0;

  for (int y = (int) y0; y < (int) y1; y++)
    for (int x = 0; x < c->width; x++)
      if ((pixel (c, x, y) >> 24) != 0)
        n++;
  return n;
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

#define RED   0xffff0000u
#define GREEN 0xff00ff00u
#define BLUE  0xff0000ffu
#define GREY  0xffccccccu

static void
test_bullet_pixels (void)
{
  IdoChartStyle style;
  IdoBulletChart chart = {
    .label = "Vragen 2025", .actual = 50, .has_actual = TRUE, .target = 80,
    .forecast = 70, .has_forecast = TRUE,
  };
  cairo_rectangle_t bar;
  Canvas c;
  double height, mid;

  test_style (&style);
  height = ido_chart_bullet_get_height (&style);
  g_assert_cmpfloat (height, >, 30);
  g_assert_cmpfloat (height, <, 120);
  canvas_init (&c, 400, (int) ceil (height));
  ido_chart_draw_bullet (c.cr, 400, height, &chart, &style);
  ido_chart_bullet_get_bar_area (&style, &chart, 400, height, &bar);
  g_assert_cmpfloat (ido_chart_bullet_get_scale (&chart), ==, 100);
  mid = bar.y + bar.height / 2;

  /* Scale 100 over 398 px from x = 1: actual ends at 200, forecast at 280,
   * target at 319. */
  g_assert_cmphex (pixel (&c, 100, mid), ==, RED);
  g_assert_cmphex (pixel (&c, 195, mid), ==, RED);
  g_assert_cmphex (pixel (&c, 240, mid), ==, GREEN);
  g_assert_cmphex (pixel (&c, 319, mid), ==, BLUE);
  g_assert_cmphex (pixel (&c, 360, mid), ==, GREY);
  /* The marker sticks out of the bar; nothing else does. */
  g_assert_cmphex (pixel (&c, 319, bar.y - 1), ==, BLUE);
  g_assert_cmphex (pixel (&c, 100, bar.y - 1), ==, 0);
  /* The actual bar is thinner than the track. */
  g_assert_cmphex (pixel (&c, 100, bar.y + 1), ==, GREY);
  /* Text above and below the bar. */
  g_assert_cmpuint (count_painted (&c, 0, bar.y - 3), >, 50);
  g_assert_cmpuint (count_painted (&c, bar.y + bar.height + 3, c.height), >, 50);
  canvas_clear (&c);
}

static void
test_bullet_no_data (void)
{
  IdoChartStyle style;
  IdoBulletChart chart = { .label = "Bezoeken 2026", .target = 1000 };
  cairo_rectangle_t bar;
  Canvas c;
  double height;

  test_style (&style);
  height = ido_chart_bullet_get_height (&style);
  canvas_init (&c, 300, (int) ceil (height));
  ido_chart_draw_bullet (c.cr, 300, height, &chart, &style);
  ido_chart_bullet_get_bar_area (&style, &chart, 300, height, &bar);
  /* Only the track and the target (1000 of 2000 at x = 150). */
  g_assert_cmphex (pixel (&c, 20, bar.y + bar.height / 2), ==, GREY);
  g_assert_cmphex (pixel (&c, 150, bar.y + bar.height / 2), ==, BLUE);
  canvas_clear (&c);
}

static void
test_bullet_narrow (void)
{
  IdoChartStyle style;
  IdoBulletChart chart = {
    .label = "Een heel lang label dat niet past op een smal scherm van 120 punten", .actual = 5312,
    .has_actual = TRUE, .target = 7000,
  };
  Canvas c;
  double height;

  test_style (&style);
  height = ido_chart_bullet_get_height (&style);
  canvas_init (&c, 120, (int) ceil (height));
  /* Must neither crash nor draw outside; text is cut off with "…". */
  cairo_rectangle (c.cr, 0, 0, 120, height);
  cairo_clip (c.cr);
  ido_chart_draw_bullet (c.cr, 120, height, &chart, &style);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  canvas_clear (&c);
}

static void
test_bullet_without_label (void)
{
  IdoChartStyle style;
  IdoBulletChart labelled = { .label = "Vragen 2025", .actual = 50, .has_actual = TRUE, .target = 80 };
  IdoBulletChart bare = { .actual = 50, .has_actual = TRUE, .target = 80 };
  g_autofree char *text = NULL;
  cairo_rectangle_t bar;
  Canvas c;
  double height;

  test_style (&style);
  /* Without a label the chart is a row lower and the bar starts on top. */
  g_assert_cmpfloat (ido_chart_bullet_get_height_for (&style, &bare), <,
                     ido_chart_bullet_get_height_for (&style, &labelled));
  g_assert_cmpfloat (ido_chart_bullet_get_height (&style), ==, ido_chart_bullet_get_height_for (&style, &labelled));
  height = ido_chart_bullet_get_height_for (&style, &bare);
  ido_chart_bullet_get_bar_area (&style, &bare, 400, height, &bar);
  g_assert_cmpfloat (bar.y, <, 10);
  canvas_init (&c, 400, (int) ceil (height));
  ido_chart_draw_bullet (c.cr, 400, height, &bare, &style);
  g_assert_cmphex (pixel (&c, 100, bar.y + bar.height / 2), ==, RED);
  canvas_clear (&c);
  text = ido_chart_describe_bullet (&bare);
  g_assert_cmpstr (text, ==, "50 of target 80 (63%).");
}

static void
test_bullet_text (void)
{
  IdoBulletChart chart = {
    .label = "Vragen 2025", .actual = 5312, .has_actual = TRUE, .target = 7000,
    .forecast = 7082.67, .has_forecast = TRUE, .status = "on track",
  };
  IdoBulletChart ceiling = {
    .label = "Wachttijd", .actual = 12.5, .has_actual = TRUE, .target = 10, .at_most = TRUE,
    .decimals = 1, .unit = "%", .status = "behind",
  };
  IdoBulletChart empty = { .label = "Bezoeken 2026", .target = 1000, .has_baseline = TRUE, .baseline = 800 };
  g_autofree char *text = ido_chart_describe_bullet (&chart);
  g_autofree char *text_ceiling = ido_chart_describe_bullet (&ceiling);
  g_autofree char *text_empty = ido_chart_describe_bullet (&empty);

  g_assert_cmpstr (text, ==, "Vragen 2025: 5.312 of target 7.000 (76%); forecast 7.083; on track.");
  g_assert_cmpstr (text_ceiling, ==, "Wachttijd: 12,5%, target at most 10,0%; behind.");
  g_assert_cmpstr (text_empty, ==, "Bezoeken 2026: no data yet, target 1.000; baseline 800.");
}

static void
test_series_pixels (void)
{
  IdoChartStyle style;
  IdoChartPoint points[] = {
    { "2025Q1", 100, TRUE }, { "2025Q2", 0, FALSE }, { "2025Q3", 300, TRUE }, { "2025Q4", 200, TRUE },
  };
  IdoSeriesChart chart = {
    .label = "Vragen per kwartaal", .kind = IDO_SERIES_BARS, .points = points, .n_points = 4,
    .has_reference = TRUE, .reference = 250, .reference_label = "doel",
  };
  cairo_rectangle_t plot;
  double slot, bottom, top_q3;
  Canvas c;

  test_style (&style);
  canvas_init (&c, 400, 220);
  ido_chart_draw_series (c.cr, 400, 220, &chart, &style);
  ido_chart_series_get_plot_area (&style, 400, 220, &plot);
  g_assert_cmpfloat (ido_chart_series_get_scale (&chart), ==, 500);
  slot = plot.width / 4;
  bottom = plot.y + plot.height - 2;
  g_assert_cmphex (pixel (&c, plot.x + slot * 0.5, bottom), ==, RED);
  g_assert_cmphex (pixel (&c, plot.x + slot * 1.5, bottom), !=, RED);  /* the gap */
  g_assert_cmphex (pixel (&c, plot.x + slot * 2.5, bottom), ==, RED);
  g_assert_cmphex (pixel (&c, plot.x + slot * 3.5, bottom), ==, RED);
  /* Q3 (300 of 500) reaches 60% of the height, no higher. */
  top_q3 = plot.y + plot.height * 0.4;
  g_assert_cmphex (pixel (&c, plot.x + slot * 2.5, top_q3 + 3), ==, RED);
  g_assert_cmphex (pixel (&c, plot.x + slot * 2.5, top_q3 - 3), !=, RED);
  /* The dashed reference at 250 (half way) crosses the gap. */
  g_assert_cmpuint ((pixel (&c, plot.x + slot * 1.5 - 2, plot.y + plot.height * 0.5) & 0xff) +
                    (pixel (&c, plot.x + slot * 1.5 + 3, plot.y + plot.height * 0.5) & 0xff) +
                    (pixel (&c, plot.x + slot * 1.5 + 8, plot.y + plot.height * 0.5) & 0xff), >, 0);
  canvas_clear (&c);

  /* As a line: the points are drawn, the gap is not. */
  chart.kind = IDO_SERIES_LINE;
  chart.has_reference = FALSE;
  canvas_init (&c, 400, 220);
  ido_chart_draw_series (c.cr, 400, 220, &chart, &style);
  g_assert_cmphex (pixel (&c, plot.x + slot * 0.5, plot.y + plot.height * 0.8), ==, RED);
  g_assert_cmphex (pixel (&c, plot.x + slot * 3.5, plot.y + plot.height * 0.6), ==, RED);
  g_assert_cmphex (pixel (&c, plot.x + slot * 1.5, plot.y + plot.height * 0.7), !=, RED);
  canvas_clear (&c);
}

static void
test_series_text (void)
{
  IdoChartPoint points[] = {
    { "2025Q1", 1200, TRUE }, { "2025Q2", 0, FALSE }, { "2025Q3", 1350, TRUE },
  };
  IdoSeriesChart chart = {
    .label = "Vragen per kwartaal", .points = points, .n_points = 3,
    .has_reference = TRUE, .reference = 1750, .reference_label = "target",
  };
  IdoSeriesChart empty = { .label = "Doorverwijzingen" };
  g_autofree char *text = ido_chart_describe_series (&chart);
  g_autofree char *text_empty = ido_chart_describe_series (&empty);

  g_assert_cmpstr (text, ==, "Vragen per kwartaal: 2025Q1 1.200, 2025Q2 no data, 2025Q3 1.350; target 1.750.");
  g_assert_cmpstr (text_empty, ==, "Doorverwijzingen: no data.");
}

static void
test_styles (void)
{
  IdoChartStyle light, dark;

  ido_chart_style_init (&light, FALSE);
  ido_chart_style_init (&dark, TRUE);
  /* Text is dark on light and light on dark. */
  g_assert_cmpfloat (light.foreground.red, <, 0.5);
  g_assert_cmpfloat (dark.foreground.red, >, 0.5);
  g_assert_cmpfloat (dark.actual.blue, >, light.actual.blue);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/bullet-pixels", test_bullet_pixels);
  g_test_add_func ("/chart/bullet-no-data", test_bullet_no_data);
  g_test_add_func ("/chart/bullet-narrow", test_bullet_narrow);
  g_test_add_func ("/chart/bullet-without-label", test_bullet_without_label);
  g_test_add_func ("/chart/bullet-text", test_bullet_text);
  g_test_add_func ("/chart/series-pixels", test_series_pixels);
  g_test_add_func ("/chart/series-text", test_series_text);
  g_test_add_func ("/chart/styles", test_styles);

  return g_test_run ();
}

/* ido-report-charts.c: chart blocks of the reports, drawn by ido-chart
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ido-chart.h"
#include "ido-report-private.h"

/* The charts are the ones the screen shows (ido-chart.h); these blocks only
 * copy the figures and pick a paper style. */

#define CHART_FONT_POINTS 7.5
#define BULLET_GAP        6.0

typedef struct
{
  char          *title;
  IdoSeriesKind  kind;
  guint          n;
  char         **labels;
  double        *values;
  guint          decimals;
  char          *unit;
} SeriesBlock;

typedef struct
{
  guint     n;
  char    **labels;
  char    **statuses;
  char    **units;
  double   *actuals;
  double   *goals;
  double   *forecasts;
  gboolean *at_most;
  guint    *decimals;
} BulletBlock;

static void
series_block_free (gpointer data)
{
  SeriesBlock *block = data;

  g_free (block->title);
  g_strfreev (block->labels);
  g_free (block->values);
  g_free (block->unit);
  g_free (block);
}

static void
bullet_block_free (gpointer data)
{
  BulletBlock *block = data;

  for (guint i = 0; i < block->n; i++)
    {
      g_free (block->labels[i]);
      g_free (block->statuses[i]);
      g_free (block->units[i]);
    }
  g_free (block->labels);
  g_free (block->statuses);
  g_free (block->units);
  g_free (block->actuals);
  g_free (block->goals);
  g_free (block->forecasts);
  g_free (block->at_most);
  g_free (block->decimals);
  g_free (block);
}

/* The charts measure text with the thread's default font map, normally at
 * 96 dpi; paper is in points, so the size is scaled to come out right. */
static void
paper_style (IdoChartStyle *style,
             char         **font)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  double resolution = pango_cairo_font_map_get_resolution (PANGO_CAIRO_FONT_MAP (map));
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  ido_chart_style_init (style, FALSE);
  g_ascii_formatd (size, sizeof size, "%.2f", CHART_FONT_POINTS * 72.0 / MAX (resolution, 1.0));
  *font = g_strdup_printf ("Cantarell, DejaVu Sans, sans-serif %s", size);
  style->font = *font;
}

static void
draw_series_block (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  user_data)
{
  SeriesBlock *block = user_data;
  g_autofree IdoChartPoint *points = g_new0 (IdoChartPoint, block->n);
  g_autofree char *font = NULL;
  IdoChartStyle style;
  IdoSeriesChart chart = { 0 };

  paper_style (&style, &font);
  for (guint i = 0; i < block->n; i++)
    {
      points[i].label = block->labels[i];
      points[i].value = block->values[i];
      points[i].has_value = !isnan (block->values[i]);
    }
  chart.label = block->title;
  chart.kind = block->kind;
  chart.points = points;
  chart.n_points = block->n;
  chart.decimals = block->decimals;
  chart.unit = block->unit;
  ido_chart_draw_series (cr, width, height, &chart, &style);
}

/* A bar (or line) per label, e.g. questions per quarter. */
void
ido_report_add_series_chart (IdoReportContext   *ctx,
                             double              height,
                             const char         *title,
                             const char * const *labels,
                             const double       *values,
                             guint               n,
                             guint               decimals,
                             const char         *unit)
{
  SeriesBlock *block = g_new0 (SeriesBlock, 1);

  block->title = g_strdup (title);
  block->kind = IDO_SERIES_BARS;
  block->n = n;
  block->labels = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    block->labels[i] = g_strdup (labels[i]);
  block->values = g_memdup2 (values, n * sizeof (double));
  block->decimals = decimals;
  block->unit = g_strdup (unit);
  ido_report_document_add_chart (ctx->document, height, draw_series_block, block, series_block_free, title);
}

static double
bullet_height (void)
{
  g_autofree char *font = NULL;
  IdoChartStyle style;

  paper_style (&style, &font);
  return ido_chart_bullet_get_height (&style);
}

static void
draw_bullet_block (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  user_data)
{
  BulletBlock *block = user_data;
  g_autofree char *font = NULL;
  IdoChartStyle style;
  double row;

  paper_style (&style, &font);
  row = ido_chart_bullet_get_height (&style);
  for (guint i = 0; i < block->n; i++)
    {
      IdoBulletChart chart = { 0 };

      chart.label = block->labels[i];
      chart.actual = block->actuals[i];
      chart.has_actual = !isnan (block->actuals[i]);
      chart.target = block->goals[i];
      chart.at_most = block->at_most[i];
      chart.forecast = block->forecasts[i];
      chart.has_forecast = !isnan (block->forecasts[i]);
      chart.decimals = block->decimals[i];
      chart.unit = block->units[i];
      chart.status = block->statuses[i];
      cairo_save (cr);
      cairo_translate (cr, 0, i * (row + BULLET_GAP));
      ido_chart_draw_bullet (cr, width, row, &chart, &style);
      cairo_restore (cr);
    }
}

static void
add_bullet_block (IdoReportContext      *ctx,
                  const IdoReportBullet *bullets,
                  guint                  n)
{
  BulletBlock *block = g_new0 (BulletBlock, 1);

  block->n = n;
  block->labels = g_new0 (char *, n + 1);
  block->statuses = g_new0 (char *, n + 1);
  block->units = g_new0 (char *, n + 1);
  block->actuals = g_new0 (double, n);
  block->goals = g_new0 (double, n);
  block->forecasts = g_new0 (double, n);
  block->at_most = g_new0 (gboolean, n);
  block->decimals = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    {
      block->labels[i] = g_strdup (bullets[i].label);
      block->statuses[i] = g_strdup (bullets[i].status);
      block->units[i] = g_strdup (bullets[i].unit);
      block->actuals[i] = bullets[i].actual;
      block->goals[i] = bullets[i].goal;
      block->forecasts[i] = bullets[i].forecast;
      block->at_most[i] = bullets[i].at_most;
      block->decimals[i] = bullets[i].decimals;
    }
  ido_report_document_add_chart (ctx->document, n * (bullet_height () + BULLET_GAP) - BULLET_GAP,
                                 draw_bullet_block, block, bullet_block_free, bullets[0].label);
}

/* One bullet chart per target: the actual value against the goal. Each is
 * its own block, so they run over a page break. */
void
ido_report_add_target_chart (IdoReportContext        *ctx,
                             const char              *description,
                             const IdoReportBullet   *bullets,
                             guint                    n)
{
  for (guint i = 0; i < n; i++)
    add_bullet_block (ctx, &bullets[i], 1);
}

/* ido-trend-view.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-chart.h"

G_BEGIN_DECLS

/* Shows an IdoTrendChart of src/report/ido-chart.h on screen, drawn by the
 * same cairo code as the PDF reports, in the widget's own colours (light or
 * dark). Hovering a quarter shows its value and the comparison in a
 * tooltip; screen readers get an image whose label summarises the trend
 * and whose description lists every quarter.
 *
 *   GtkWidget *view = ido_trend_view_new ();
 *   ido_trend_view_set_chart (IDO_TREND_VIEW (view), &chart);
 */
#define IDO_TYPE_TREND_VIEW (ido_trend_view_get_type ())

G_DECLARE_FINAL_TYPE (IdoTrendView, ido_trend_view, IDO, TREND_VIEW, GtkWidget)

GtkWidget           *ido_trend_view_new             (void);
void                 ido_trend_view_set_chart       (IdoTrendView        *self,
                                                     const IdoTrendChart *chart);
const IdoTrendChart *ido_trend_view_get_chart       (IdoTrendView        *self);
const char          *ido_trend_view_get_summary     (IdoTrendView        *self);
const char          *ido_trend_view_get_description (IdoTrendView        *self);
char                *ido_trend_view_get_tooltip_at  (IdoTrendView        *self,
                                                     double               x);
void                 ido_trend_view_set_highlight   (IdoTrendView        *self,
                                                     gboolean             highlight);
void                 ido_trend_view_get_style       (IdoTrendView        *self,
                                                     IdoChartStyle       *style);

G_END_DECLS

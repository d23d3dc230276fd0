/* ido-chart-widget.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-chart.h"

G_BEGIN_DECLS

/* Shows a chart of src/report/ido-chart.h on screen: drawn with the same
 * code as the reports, in the widget's own foreground and the accent
 * colour, so it follows the light or dark style. Its tooltip, accessible
 * label and description carry the chart's text equivalent.
 *
 *   GtkWidget *chart = ido_chart_widget_new ();
 *   ido_chart_widget_set_bullet (IDO_CHART_WIDGET (chart), &bullet);
 */
#define IDO_TYPE_CHART_WIDGET (ido_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (IdoChartWidget, ido_chart_widget, IDO, CHART_WIDGET, GtkWidget)

GtkWidget  *ido_chart_widget_new             (void);
void        ido_chart_widget_set_bullet      (IdoChartWidget       *self,
                                              const IdoBulletChart *chart);
void        ido_chart_widget_set_series      (IdoChartWidget       *self,
                                              const IdoSeriesChart *chart);
const char *ido_chart_widget_get_description (IdoChartWidget       *self);
void        ido_chart_widget_get_style       (IdoChartWidget       *self,
                                              IdoChartStyle        *style);

/* For every widget that draws with src/report/ido-chart.c. */
void        ido_chart_style_from_widget      (GtkWidget            *widget,
                                              IdoChartStyle        *style,
                                              char                **font);
void        ido_chart_widget_follow_style    (GtkWidget            *widget);

G_END_DECLS

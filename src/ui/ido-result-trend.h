/* ido-result-trend.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-chart.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* One dashboard indicator per quarter: an IdoTrendView with the national
 * comparison, the rule behind that comparison in words, a "Table" expander
 * with the same figures, and optionally a choice of location. Follows the
 * database: new observations show at once. */
#define IDO_TYPE_RESULT_TREND (ido_result_trend_get_type ())

G_DECLARE_FINAL_TYPE (IdoResultTrend, ido_result_trend, IDO, RESULT_TREND, AdwBin)

GtkWidget  *ido_result_trend_new                  (IdoDatabase    *database,
                                                   const char     *indicator,
                                                   const char     *category,
                                                   const char     *title);
void        ido_result_trend_set_kind             (IdoResultTrend *self,
                                                   IdoSeriesKind   kind);
void        ido_result_trend_set_n_quarters       (IdoResultTrend *self,
                                                   guint           n_quarters);
void        ido_result_trend_set_show_locations   (IdoResultTrend *self,
                                                   gboolean        show);
void        ido_result_trend_set_show_target      (IdoResultTrend *self,
                                                   gboolean        show);
void        ido_result_trend_set_location         (IdoResultTrend *self,
                                                   gint64          location_id);
gint64      ido_result_trend_get_location         (IdoResultTrend *self);
gboolean    ido_result_trend_is_empty             (IdoResultTrend *self);
GtkWidget  *ido_result_trend_get_view             (IdoResultTrend *self);
GtkWidget  *ido_result_trend_get_table            (IdoResultTrend *self);
void        ido_result_trend_reload               (IdoResultTrend *self);

G_END_DECLS

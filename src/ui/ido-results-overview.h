/* ido-results-overview.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* The Overzicht's dashboard section: the latest quarter's questions,
 * visits, referrals and satisfaction with their change, and the trend of
 * questions and visits per quarter, for the whole municipality or one
 * location, against the national average. Without figures it offers the
 * dashboard import (win.import-dashboard). */
#define IDO_TYPE_RESULTS_OVERVIEW (ido_results_overview_get_type ())

G_DECLARE_FINAL_TYPE (IdoResultsOverview, ido_results_overview, IDO, RESULTS_OVERVIEW, AdwBin)

GtkWidget *ido_results_overview_new          (IdoDatabase        *database);
void       ido_results_overview_set_location (IdoResultsOverview *self,
                                              gint64              location_id);
gint64     ido_results_overview_get_location (IdoResultsOverview *self);
void       ido_results_overview_reload       (IdoResultsOverview *self);

G_END_DECLS

/* ido-financier-overview.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_FINANCIER_OVERVIEW (ido_financier_overview_get_type ())

G_DECLARE_FINAL_TYPE (IdoFinancierOverview, ido_financier_overview, IDO, FINANCIER_OVERVIEW, AdwBin)

GtkWidget  *ido_financier_overview_new          (IdoDatabase          *database);
void        ido_financier_overview_reload       (IdoFinancierOverview *self);
void        ido_financier_overview_set_today    (IdoFinancierOverview *self,
                                                 const char           *today);
GListModel *ido_financier_overview_get_targets  (IdoFinancierOverview *self);
GListModel *ido_financier_overview_get_agreements (IdoFinancierOverview *self);
GListModel *ido_financier_overview_get_certifications (IdoFinancierOverview *self);

G_END_DECLS

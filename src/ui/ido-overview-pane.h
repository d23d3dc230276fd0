/* ido-overview-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_OVERVIEW_PANE (ido_overview_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoOverviewPane, ido_overview_pane, IDO, OVERVIEW_PANE, IdoPane)

GtkWidget  *ido_overview_pane_new                 (IdoDatabase     *database);
GListModel *ido_overview_pane_get_attention_items (IdoOverviewPane *self);
guint       ido_overview_pane_get_n_attention     (IdoOverviewPane *self);

G_END_DECLS

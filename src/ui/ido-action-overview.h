/* ido-action-overview.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_ACTION_OVERVIEW (ido_action_overview_get_type ())

G_DECLARE_FINAL_TYPE (IdoActionOverview, ido_action_overview, IDO, ACTION_OVERVIEW, AdwBin)

GtkWidget  *ido_action_overview_new          (IdoDatabase       *database);
void        ido_action_overview_set_database (IdoActionOverview *self,
                                              IdoDatabase       *database);
void        ido_action_overview_set_today    (IdoActionOverview *self,
                                              const char        *today);
GListModel *ido_action_overview_get_model    (IdoActionOverview *self);

G_END_DECLS

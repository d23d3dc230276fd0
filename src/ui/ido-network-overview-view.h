/* ido-network-overview-view.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_NETWORK_OVERVIEW_VIEW (ido_network_overview_view_get_type ())

G_DECLARE_FINAL_TYPE (IdoNetworkOverviewView, ido_network_overview_view, IDO, NETWORK_OVERVIEW_VIEW, AdwBin)

GtkWidget *ido_network_overview_view_new      (IdoDatabase            *database);
void       ido_network_overview_view_reload   (IdoNetworkOverviewView *self);
void       ido_network_overview_view_set_today (IdoNetworkOverviewView *self,
                                               const char             *today);
GtkWidget *ido_network_overview_view_get_row  (IdoNetworkOverviewView *self,
                                               const char             *name);

G_END_DECLS

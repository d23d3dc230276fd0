/* ido-network-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_NETWORK_PANE (ido_network_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoNetworkPane, ido_network_pane, IDO, NETWORK_PANE, IdoPane)

GtkWidget *ido_network_pane_new (IdoDatabase *database);

G_END_DECLS

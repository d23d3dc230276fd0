/* ido-network-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"
#include "ido-partner-store.h"

G_BEGIN_DECLS

#define IDO_TYPE_NETWORK_PANE (ido_network_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoNetworkPane, ido_network_pane, IDO, NETWORK_PANE, IdoPane)

GtkWidget       *ido_network_pane_new                (IdoDatabase    *database);
IdoPartnerStore *ido_network_pane_get_partner_store  (IdoNetworkPane *self);
GtkWidget       *ido_network_pane_get_partner_list   (IdoNetworkPane *self);
GtkWidget       *ido_network_pane_get_overview_view  (IdoNetworkPane *self);
GListModel      *ido_network_pane_get_meetings       (IdoNetworkPane *self);
void             ido_network_pane_show_section       (IdoNetworkPane *self,
                                                      const char     *name);
const char      *ido_network_pane_get_section        (IdoNetworkPane *self);
AdwDialog       *ido_network_pane_edit_partner       (IdoNetworkPane *self,
                                                      gint64          partner_id);
AdwDialog       *ido_network_pane_edit_meeting       (IdoNetworkPane *self,
                                                      gint64          meeting_id);
AdwDialog       *ido_network_pane_delete_partner     (IdoNetworkPane *self,
                                                      gint64          partner_id);

G_END_DECLS

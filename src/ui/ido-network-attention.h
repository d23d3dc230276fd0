/* ido-network-attention.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_NETWORK_ATTENTION (ido_network_attention_get_type ())

G_DECLARE_FINAL_TYPE (IdoNetworkAttention, ido_network_attention, IDO, NETWORK_ATTENTION, AdwBin)

GtkWidget   *ido_network_attention_new          (IdoDatabase         *database);
IdoDatabase *ido_network_attention_get_database (IdoNetworkAttention *self);
void         ido_network_attention_set_database (IdoNetworkAttention *self,
                                                 IdoDatabase         *database);
void         ido_network_attention_set_today    (IdoNetworkAttention *self,
                                                 const char          *today);
GtkWidget   *ido_network_attention_get_row      (IdoNetworkAttention *self,
                                                 const char          *name);

G_END_DECLS

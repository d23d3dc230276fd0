/* ido-promotor-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_PROMOTOR_PANE (ido_promotor_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoPromotorPane, ido_promotor_pane, IDO, PROMOTOR_PANE, IdoPane)

GtkWidget *ido_promotor_pane_new (IdoDatabase *database);

G_END_DECLS

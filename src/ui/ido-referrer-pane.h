/* ido-referrer-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_REFERRER_PANE (ido_referrer_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoReferrerPane, ido_referrer_pane, IDO, REFERRER_PANE, IdoPane)

GtkWidget *ido_referrer_pane_new (IdoDatabase *database);

G_END_DECLS

/* ido-policy-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_POLICY_PANE (ido_policy_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoPolicyPane, ido_policy_pane, IDO, POLICY_PANE, IdoPane)

GtkWidget *ido_policy_pane_new       (IdoDatabase   *database);
void       ido_policy_pane_set_today (IdoPolicyPane *self,
                                      const char    *today);

G_END_DECLS

/* ido-role-results.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* The dashboard trend that matters for one role, for its pane:
 * "financier" questions and visits, "promotor" visits and questions as
 * reach, "network" and "referrer" referrals in total and by referral
 * target, "service" the share of rising and municipal topics, "policy"
 * helped satisfactorily and satisfaction. Built when the pane is. */
#define IDO_TYPE_ROLE_RESULTS (ido_role_results_get_type ())

G_DECLARE_FINAL_TYPE (IdoRoleResults, ido_role_results, IDO, ROLE_RESULTS, AdwBin)

GtkWidget *ido_role_results_new      (IdoDatabase *database,
                                      const char  *role);
GtkWidget *ido_role_results_new_page (IdoDatabase *database,
                                      const char  *role);

G_END_DECLS

/* ido-budget-page.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-cbs-client.h"
#include "ido-financier-page.h"

G_BEGIN_DECLS

#define IDO_TYPE_BUDGET_PAGE (ido_budget_page_get_type ())

G_DECLARE_FINAL_TYPE (IdoBudgetPage, ido_budget_page, IDO, BUDGET_PAGE, IdoFinancierPage)

GtkWidget *ido_budget_page_new      (IdoDatabase   *database);
int        ido_budget_page_get_year (IdoBudgetPage *self);
void       ido_budget_page_set_year (IdoBudgetPage *self,
                                     int            year);
void       ido_budget_page_set_cbs_client (IdoBudgetPage *self,
                                     IdoCbsClient  *client);

G_END_DECLS

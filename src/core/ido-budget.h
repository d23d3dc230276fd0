/* ido-budget.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-spuk.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* One SPUK budget year as stored; amounts in cents. */
typedef struct
{
  int       year;
  gint64    allocation;
  gboolean  allocation_is_estimate;
  guint64   estimate_inhabitants;
  guint64   estimate_low_educated;
  int       estimate_population_year;
  gint64    reserved_from_previous;
  gint64    reserved_for_next;
  gboolean  no_spuk;
  char     *notes;
} IdoBudgetYear;

/* One spending line of a budget year. */
typedef struct
{
  gint64  id;
  int     year;
  char   *spent_on;          /* ISO date */
  char   *category;          /* "library", "promotion" or "network" */
  char   *description;
  gint64  amount;            /* cents */
  gint64  agreement_id;      /* 0 when none */
  char   *agreement_title;   /* "" when none */
} IdoSpending;

void     ido_budget_year_clear          (IdoBudgetYear   *year);
gboolean ido_budget_load_year           (IdoDatabase     *database,
                                         int              year,
                                         IdoBudgetYear   *out,
                                         GError         **error);
gboolean ido_budget_save_year           (IdoDatabase     *database,
                                         const IdoBudgetYear *year,
                                         GError         **error);
gboolean ido_budget_delete_year         (IdoDatabase     *database,
                                         int              year,
                                         GError         **error);
gboolean ido_budget_load_summary        (IdoDatabase     *database,
                                         int              year,
                                         IdoSpukSummary  *summary,
                                         GError         **error);
gint64   ido_budget_previous_reservation (IdoDatabase    *database,
                                         int              year);
gboolean ido_budget_add_spending        (IdoDatabase     *database,
                                         int              year,
                                         const char      *spent_on,
                                         const char      *category,
                                         const char      *description,
                                         gint64           amount,
                                         gint64           agreement_id,
                                         gint64          *spending_id,
                                         GError         **error);
gboolean ido_budget_delete_spending     (IdoDatabase     *database,
                                         gint64           spending_id,
                                         GError         **error);
gboolean ido_budget_update_spending     (IdoDatabase     *database,
                                         gint64           spending_id,
                                         const char      *spent_on,
                                         const char      *category,
                                         const char      *description,
                                         gint64           amount,
                                         gint64           agreement_id,
                                         GError         **error);
void         ido_spending_free          (IdoSpending     *spending);
IdoSpending *ido_budget_load_spending   (IdoDatabase     *database,
                                         gint64           spending_id,
                                         GError         **error);
GPtrArray   *ido_budget_list_spending   (IdoDatabase     *database,
                                         int              year,
                                         GError         **error);
GArray      *ido_budget_list_years      (IdoDatabase     *database,
                                         GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoSpending, ido_spending_free)

G_END_DECLS

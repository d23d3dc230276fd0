/* ido-spuk.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Regeling specifieke uitkering IDO (Stcrt. 2022, 33992). */
#define IDO_SPUK_CENTS_PER_INHABITANT    83
#define IDO_SPUK_CENTS_PER_LOW_EDUCATED  70
#define IDO_SPUK_MAX_RESERVE_PERCENT     25

#define IDO_SPUK_ERROR (ido_spuk_error_quark ())

typedef enum
{
  IDO_SPUK_ERROR_RESERVATION_TOO_HIGH,
  IDO_SPUK_ERROR_RESERVATION_EXCEEDS_UNSPENT,
  IDO_SPUK_ERROR_CATEGORY,
} IdoSpukError;

/* The only spending the SPUK may pay for (art. 5). */
typedef enum
{
  IDO_SPUK_CATEGORY_LIBRARY,
  IDO_SPUK_CATEGORY_PROMOTION,
  IDO_SPUK_CATEGORY_NETWORK,
  IDO_SPUK_N_CATEGORIES
} IdoSpukCategory;

typedef struct
{
  int      year;
  gboolean no_spuk;                 /* financed through the gemeentefonds */
  gboolean allocation_is_estimate;
  gint64   allocation;              /* all amounts in cents */
  gint64   reserved_from_previous;
  gint64   reserved_for_next;
  gint64   spent[IDO_SPUK_N_CATEGORIES];

  /* Derived by ido_spuk_summary_compute() */
  gint64   spent_total;
  gint64   available;               /* allocation + reserved_from_previous */
  gint64   unspent;                 /* available - spent, at least 0 */
  gint64   overspent;               /* spent beyond available */
  gint64   max_reservable;          /* 25% of the allocation, not above unspent */
  gint64   to_repay;                /* unspent beyond the reservation */
} IdoSpukSummary;

GQuark          ido_spuk_error_quark          (void);
gint64          ido_spuk_allocation_estimate  (guint64               inhabitants,
                                               guint64               low_educated_15_75);
void            ido_spuk_summary_compute      (IdoSpukSummary       *summary);
gboolean        ido_spuk_check_reservation    (const IdoSpukSummary *summary,
                                               gint64                reservation,
                                               GError              **error);
const char     *ido_spuk_category_to_string   (IdoSpukCategory       category);
gboolean        ido_spuk_category_from_string (const char           *text,
                                               IdoSpukCategory      *category,
                                               GError              **error);
const char     *ido_spuk_category_get_label   (IdoSpukCategory       category);

G_END_DECLS

/* ido-spuk.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-money.h"
#include "ido-spuk.h"

G_DEFINE_QUARK (ido-spuk-error-quark, ido_spuk_error)

static const struct {
  const char *code;
  const char *label;
} categories[IDO_SPUK_N_CATEGORIES] = {
  [IDO_SPUK_CATEGORY_LIBRARY] = { "library", N_("Financing the library") },
  [IDO_SPUK_CATEGORY_PROMOTION] = { "promotion", N_("Promotion") },
  [IDO_SPUK_CATEGORY_NETWORK] = { "network", N_("Network direction") },
};

/**
 * ido_spuk_allocation_estimate:
 *
 * EUR 0.83 per inhabitant plus EUR 0.70 per inhabitant aged 15-75 with at
 * most vmbo. With whole persons the result is exact in cents; no rounding
 * takes place. It is an estimate: the regulation's annex is authoritative.
 *
 * Returns: the estimated yearly allocation in cents
 */
gint64
ido_spuk_allocation_estimate (guint64 inhabitants,
                              guint64 low_educated_15_75)
{
  return (gint64) (inhabitants * IDO_SPUK_CENTS_PER_INHABITANT +
                   low_educated_15_75 * IDO_SPUK_CENTS_PER_LOW_EDUCATED);
}

/**
 * ido_spuk_summary_compute:
 *
 * Fills the derived fields of @summary from its inputs. Unspent money up to
 * 25% of the year's allocation may be reserved for the next year; the rest
 * has to be repaid. A year marked as financed through the gemeentefonds has
 * no such limit and nothing to repay.
 */
void
ido_spuk_summary_compute (IdoSpukSummary *summary)
{
  gint64 remaining;

  g_return_if_fail (summary != NULL);

  summary->spent_total = 0;
  for (guint i = 0; i < IDO_SPUK_N_CATEGORIES; i++)
    summary->spent_total += summary->spent[i];
  summary->available = summary->allocation + summary->reserved_from_previous;
  remaining = summary->available - summary->spent_total;
  summary->unspent = MAX (remaining, 0);
  summary->overspent = MAX (-remaining, 0);
  if (summary->no_spuk)
    {
      summary->max_reservable = summary->unspent;
      summary->to_repay = 0;
      return;
    }
  summary->max_reservable = MIN (ido_money_percentage (summary->allocation, IDO_SPUK_MAX_RESERVE_PERCENT),
                                 summary->unspent);
  summary->to_repay = MAX (summary->unspent - MIN (summary->reserved_for_next, summary->max_reservable), 0);
}

/**
 * ido_spuk_check_reservation:
 * @summary: a computed summary
 * @reservation: the amount to reserve for the next year, in cents
 */
gboolean
ido_spuk_check_reservation (const IdoSpukSummary  *summary,
                            gint64                 reservation,
                            GError               **error)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  if (reservation > summary->unspent)
    {
      g_autofree char *unspent = ido_money_format (summary->unspent);

      g_set_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_RESERVATION_EXCEEDS_UNSPENT,
                   _("You can reserve at most what is unspent: %s."), unspent);
      return FALSE;
    }
  if (!summary->no_spuk &&
      reservation > ido_money_percentage (summary->allocation, IDO_SPUK_MAX_RESERVE_PERCENT))
    {
      g_autofree char *max = ido_money_format (ido_money_percentage (summary->allocation,
                                                                     IDO_SPUK_MAX_RESERVE_PERCENT));

      g_set_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_RESERVATION_TOO_HIGH,
                   _("At most 25%% of the year's allocation may be reserved: %s."), max);
      return FALSE;
    }
  return TRUE;
}

const char *
ido_spuk_category_to_string (IdoSpukCategory category)
{
  g_return_val_if_fail (category < IDO_SPUK_N_CATEGORIES, NULL);
  return categories[category].code;
}

/**
 * ido_spuk_category_from_string:
 *
 * Refuses anything outside the three categories of art. 5: such spending
 * cannot be booked on the SPUK.
 */
gboolean
ido_spuk_category_from_string (const char       *text,
                               IdoSpukCategory  *category,
                               GError          **error)
{
  for (guint i = 0; i < IDO_SPUK_N_CATEGORIES; i++)
    {
      if (g_strcmp0 (text, categories[i].code) == 0)
        {
          *category = i;
          return TRUE;
        }
    }
  g_set_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_CATEGORY,
               _("Only financing the library, promotion and network direction can be booked on the SPUK."));
  return FALSE;
}

const char *
ido_spuk_category_get_label (IdoSpukCategory category)
{
  g_return_val_if_fail (category < IDO_SPUK_N_CATEGORIES, NULL);
  return _(categories[category].label);
}

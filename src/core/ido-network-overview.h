/* ido-network-overview.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

typedef struct
{
  char  *sector;     /* "" for partners without a sector */
  guint  count;
} IdoSectorCount;

typedef struct
{
  const char *block;      /* one of ido_building_blocks() */
  GPtrArray  *partners;   /* char *: names of the active partners contributing */
} IdoBlockPartners;

/* The partner network at a glance, and what needs attention in the
 * Regievoerder netwerk and Warme doorverwijzer roles.
 *
 * A partner counts as reached when, within the twelve months up to today,
 * it attended a meeting, or it has a referral agreement in force: agreed on
 * or before today and not more than twelve months past its review date.
 * Counts per kind, sector, scope and reach are of active partners. */
typedef struct
{
  char      *today;
  guint      n_partners;
  guint      n_active;
  guint      n_ended;
  guint      n_referrer;             /* kind "referrer" */
  guint      n_support;              /* kind "support" */
  guint      n_both;                 /* kind "both" */
  guint      n_local;
  guint      n_national;
  GPtrArray *per_sector;             /* IdoSectorCount, largest first */
  guint      n_reached;
  guint      n_not_reached;
  GPtrArray *not_reached;            /* char *: names, at most 10 */
  GPtrArray *blocks;                 /* IdoBlockPartners, in ido_building_blocks() order */

  guint      n_without_agreement;    /* active partners */
  GPtrArray *without_agreement;      /* char *: names, at most 5 */
  guint      n_review_due;           /* review within a month or past, incl. overdue */
  guint      n_review_overdue;
  GPtrArray *review_due;             /* char *: party names, most urgent first, at most 5 */
  guint      n_desks;
  guint      n_desks_untrained;      /* never, or more than two years ago */
  GPtrArray *desks_untrained;        /* char *: names, at most 5 */
  guint      n_actions_open;         /* network and referrer actions */
  guint      n_actions_overdue;
  GPtrArray *actions_overdue;        /* char *: descriptions, most overdue first, at most 5 */
} IdoNetworkOverview;

IdoNetworkOverview *ido_network_overview_compute (IdoDatabase         *database,
                                                  const char          *today,
                                                  GError             **error);
IdoNetworkOverview *ido_network_overview_compute_attention (IdoDatabase   *database,
                                                  const char          *today,
                                                  GError             **error);
void                ido_network_overview_free    (IdoNetworkOverview  *overview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoNetworkOverview, ido_network_overview_free)

G_END_DECLS

/* ido-target-query.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-target.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* Evaluates a stored target against the dashboard observations of its
 * indicator, category and scope, or against its manual values when its
 * source is manual entry. */
IdoTargetResult *ido_target_evaluate_stored (IdoDatabase  *database,
                                             gint64        target_id,
                                             GError      **error);
/* The observation place key of a target's scope: "GM0363",
 * "municipality:<uuid>", "library:<uuid>" or "location:<uuid>". */
char            *ido_target_place_key       (IdoDatabase  *database,
                                             gint64        target_id,
                                             GError      **error);

G_END_DECLS

/* ido-target.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the values of several periods combine (indicator.aggregation). */
typedef enum
{
  IDO_AGGREGATION_SUM,
  IDO_AGGREGATION_AVERAGE,
  IDO_AGGREGATION_LATEST,
} IdoAggregation;

typedef enum
{
  IDO_TARGET_AT_LEAST,
  IDO_TARGET_AT_MOST,
  IDO_TARGET_GROWTH,      /* target_value is a percentage versus the baseline */
} IdoTargetDirection;

typedef enum
{
  IDO_TARGET_STATUS_NO_DATA,
  IDO_TARGET_STATUS_BEHIND,
  IDO_TARGET_STATUS_ON_TRACK,
  IDO_TARGET_STATUS_ACHIEVED,
} IdoTargetStatus;

typedef struct
{
  const char *period;     /* "2025Q2" or "2025" */
  double      value;
} IdoPeriodValue;

typedef struct
{
  IdoAggregation      aggregation;
  IdoTargetDirection  direction;
  const char         *period;          /* the target's period: "2025" or "2025Q3" */
  double              target_value;
  gboolean            has_baseline;
  double              baseline_value;
  const char         *baseline_period;
  guint               decimals;        /* for the explanation: 0 for counts, 1 for scores */
} IdoTargetSpec;

typedef struct
{
  IdoTargetStatus  status;
  double           actual;            /* aggregated over the periods with data */
  double           goal;              /* the absolute value to reach */
  double           forecast;          /* linear, for partial sums */
  guint            periods_with_data;
  guint            periods_total;
  char            *explanation;       /* the rule, in the user's language */
} IdoTargetResult;

void             ido_target_result_free         (IdoTargetResult      *result);
IdoTargetResult *ido_target_evaluate            (const IdoTargetSpec  *spec,
                                                 const IdoPeriodValue *values,
                                                 gsize                 n_values);
const char      *ido_target_status_get_label    (IdoTargetStatus       status);
gboolean         ido_period_is_valid            (const char           *period);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoTargetResult, ido_target_result_free)

G_END_DECLS

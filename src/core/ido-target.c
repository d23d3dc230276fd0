/* ido-target.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-money.h"
#include "ido-target.h"

void
ido_target_result_free (IdoTargetResult *result)
{
  if (result == NULL)
    return;
  g_free (result->explanation);
  g_free (result);
}

gboolean
ido_period_is_valid (const char *period)
{
  if (period == NULL)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (period[i]))
        return FALSE;
    }
  if (period[4] == '\0')
    return TRUE;
  return period[4] == 'Q' && period[5] >= '1' && period[5] <= '4' && period[6] == '\0';
}

const char *
ido_target_status_get_label (IdoTargetStatus status)
{
  switch (status)
    {
    case IDO_TARGET_STATUS_ACHIEVED:
      return _("Achieved");
    case IDO_TARGET_STATUS_ON_TRACK:
      return _("On track");
    case IDO_TARGET_STATUS_BEHIND:
      return _("Behind");
    case IDO_TARGET_STATUS_NO_DATA:
    default:
      return _("No data");
    }
}

/* Collects the values that fall in @period: the year value itself, or its
 * quarters (index 0-3) for a year; the one quarter for a quarter. */
typedef struct
{
  gboolean has[4];
  double   value[4];
  gboolean has_whole;
  double   whole;
  guint    total;
  int      year;
} Collected;

static void
collect (const char           *period,
         const IdoPeriodValue *values,
         gsize                 n_values,
         Collected            *c)
{
  gboolean is_quarter = strlen (period) == 6;

  memset (c, 0, sizeof *c);
  c->total = is_quarter ? 1 : 4;
  c->year = (int) g_ascii_strtoll (period, NULL, 10);
  for (gsize i = 0; i < n_values; i++)
    {
      const char *p = values[i].period;

      if (!ido_period_is_valid (p) || strncmp (p, period, 4) != 0)
        continue;
      if (strlen (p) == 4 && !is_quarter)
        {
          c->has_whole = TRUE;
          c->whole = values[i].value;
        }
      else if (strlen (p) == 6 && (!is_quarter || p[5] == period[5]))
        {
          int q = is_quarter ? 0 : p[5] - '1';

          c->has[q] = TRUE;
          c->value[q] = values[i].value;
        }
    }
}

/* "Q1–Q3 2025", "Q2 2025", "Q1, Q2, Q4 2025" */
static char *
describe_quarters (const Collected *c,
                   const char      *period)
{
  GString *out;
  int first = -1, last = -1;
  gboolean contiguous = TRUE;

  if (c->total == 1)
    return g_strdup_printf ("Q%c %d", period[5], c->year);
  out = g_string_new (NULL);
  for (int q = 0; q < 4; q++)
    {
      if (!c->has[q])
        continue;
      if (first < 0)
        first = q;
      else if (q != last + 1)
        contiguous = FALSE;
      last = q;
    }
  if (first == last)
    g_string_append_printf (out, "Q%d", first + 1);
  else if (contiguous)
    g_string_append_printf (out, "Q%d–Q%d", first + 1, last + 1);
  else
    for (int q = 0; q < 4; q++)
      if (c->has[q])
        g_string_append_printf (out, "%sQ%d", out->len ? ", " : "", q + 1);
  g_string_append_printf (out, " %d", c->year);
  return g_string_free (out, FALSE);
}

static gboolean
meets (IdoTargetDirection direction,
       double             value,
       double             goal)
{
  /* Compare with a little tolerance: values come in as decimals. */
  if (direction == IDO_TARGET_AT_MOST)
    return value <= goal + 1e-9;
  return value >= goal - 1e-9;
}

static char *
fmt (const IdoTargetSpec *spec,
     double               value)
{
  return ido_number_format (value, spec->decimals);
}

/* The goal as an absolute value; a growth target needs a baseline that is
 * not zero (growth from nothing has no percentage). */
static gboolean
compute_goal (const IdoTargetSpec  *spec,
              double               *goal,
              char                **goal_text)
{
  g_autofree char *target = NULL;
  g_autofree char *baseline = NULL;
  g_autofree char *absolute = NULL;

  if (spec->direction != IDO_TARGET_GROWTH)
    {
      target = fmt (spec, spec->target_value);
      *goal = spec->target_value;
      *goal_text = spec->direction == IDO_TARGET_AT_MOST
        ? g_strdup_printf (_("target at most %s for %s"), target, spec->period)
        : g_strdup_printf (_("target at least %s for %s"), target, spec->period);
      return TRUE;
    }
  target = ido_number_format (spec->target_value, 1);
  if (!spec->has_baseline || fabs (spec->baseline_value) < 1e-12)
    {
      *goal = 0;
      *goal_text = g_strdup_printf (_("target growth of %s%% cannot be computed without a baseline above zero; "
                                      "set an absolute target instead"), target);
      return FALSE;
    }
  *goal = spec->baseline_value * (1 + spec->target_value / 100);
  baseline = fmt (spec, spec->baseline_value);
  absolute = fmt (spec, *goal);
  *goal_text = g_strdup_printf (_("target growth of %s%% versus baseline %s (%s) = %s for %s"),
                                target, baseline, spec->baseline_period ? spec->baseline_period : "",
                                absolute, spec->period);
  return TRUE;
}

static void
aggregate (const IdoTargetSpec *spec,
           const Collected     *c,
           IdoTargetResult     *result)
{
  double sum = 0;
  int latest = -1;

  for (int q = 0; q < (int) c->total; q++)
    {
      if (!c->has[q])
        continue;
      result->periods_with_data++;
      sum += c->value[q];
      latest = q;
    }
  if (spec->aggregation == IDO_AGGREGATION_SUM)
    result->actual = sum;
  else if (spec->aggregation == IDO_AGGREGATION_AVERAGE)
    result->actual = result->periods_with_data ? sum / result->periods_with_data : 0;
  else
    result->actual = latest >= 0 ? c->value[latest] : 0;
  result->forecast = result->actual;
  if (spec->aggregation == IDO_AGGREGATION_SUM && result->periods_with_data > 0)
    result->forecast = result->actual * c->total / result->periods_with_data;
}

static char *
describe_actual (const IdoTargetSpec *spec,
                 const Collected     *c,
                 const IdoTargetResult *result)
{
  g_autofree char *periods = c->has_whole ? g_strdup (spec->period) : describe_quarters (c, spec->period);
  g_autofree char *actual = fmt (spec, result->actual);

  if (c->has_whole || c->total == 1)
    return g_strdup_printf (_("value for %s = %s"), periods, actual);
  switch (spec->aggregation)
    {
    case IDO_AGGREGATION_SUM:
      return g_strdup_printf (_("sum of %s = %s"), periods, actual);
    case IDO_AGGREGATION_AVERAGE:
      return g_strdup_printf (_("average of %s = %s"), periods, actual);
    case IDO_AGGREGATION_LATEST:
    default:
      return g_strdup_printf (_("latest value (%s) = %s"), periods, actual);
    }
}

static void
decide (const IdoTargetSpec *spec,
        IdoTargetResult     *result,
        gboolean             complete,
        char               **verdict)
{
  g_autofree char *forecast = fmt (spec, result->forecast);

  if (complete)
    {
      result->status = meets (spec->direction, result->actual, result->goal)
        ? IDO_TARGET_STATUS_ACHIEVED : IDO_TARGET_STATUS_BEHIND;
      *verdict = g_strdup (result->status == IDO_TARGET_STATUS_ACHIEVED ? _("achieved") : _("not achieved"));
      return;
    }
  if (spec->aggregation == IDO_AGGREGATION_SUM)
    {
      /* The forecast is never below the sum so far, so an "at most" sum
       * that is already over its goal is behind as well. */
      gboolean ok = meets (spec->direction, result->forecast, result->goal);

      result->status = ok ? IDO_TARGET_STATUS_ON_TRACK : IDO_TARGET_STATUS_BEHIND;
      *verdict = ok ? g_strdup_printf (_("on track according to a linear forecast (%s)"), forecast)
                    : g_strdup_printf (_("behind according to a linear forecast (%s)"), forecast);
      return;
    }
  result->status = meets (spec->direction, result->actual, result->goal)
    ? IDO_TARGET_STATUS_ON_TRACK : IDO_TARGET_STATUS_BEHIND;
  *verdict = g_strdup (result->status == IDO_TARGET_STATUS_ON_TRACK
                       ? _("on track so far") : _("behind so far"));
}

/**
 * ido_target_evaluate:
 * @values: (array length=n_values): observations or manual values, per
 *   quarter or per year; values outside the target's period are ignored
 *
 * Computes the actual value and the status of a target, and states the
 * rule used: a year value, if present, is complete; otherwise quarters are
 * summed, averaged or the latest is taken, per the indicator. A partial
 * sum is judged on its linear forecast to the full period; a partial
 * average or latest value on its value so far.
 *
 * Returns: (transfer full): the result
 */
IdoTargetResult *
ido_target_evaluate (const IdoTargetSpec  *spec,
                     const IdoPeriodValue *values,
                     gsize                 n_values)
{
  IdoTargetResult *result;
  g_autofree char *goal_text = NULL;
  g_autofree char *actual_text = NULL;
  g_autofree char *verdict = NULL;
  Collected c;
  gboolean complete;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (ido_period_is_valid (spec->period), NULL);

  result = g_new0 (IdoTargetResult, 1);
  collect (spec->period, values, n_values, &c);
  result->periods_total = c.total;
  if (!compute_goal (spec, &result->goal, &goal_text))
    {
      result->status = IDO_TARGET_STATUS_NO_DATA;
      result->explanation = g_steal_pointer (&goal_text);
      return result;
    }
  if (c.has_whole)
    {
      result->actual = result->forecast = c.whole;
      result->periods_with_data = c.total;
    }
  else
    aggregate (spec, &c, result);
  if (result->periods_with_data == 0)
    {
      result->status = IDO_TARGET_STATUS_NO_DATA;
      result->explanation = g_strdup_printf (_("no data for %s yet; %s"), spec->period, goal_text);
      return result;
    }
  complete = result->periods_with_data == c.total;
  actual_text = describe_actual (spec, &c, result);
  decide (spec, result, complete, &verdict);
  result->explanation = g_strdup_printf ("%s; %s; %s", actual_text, goal_text, verdict);
  return result;
}

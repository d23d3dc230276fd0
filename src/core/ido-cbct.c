/* ido-cbct.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "ido-cbct.h"

/**
 * ido_date_parse_iso:
 * @text: "YYYY-MM-DD"
 * @date: (out): the date
 *
 * Returns: %TRUE for an existing calendar date in ISO notation
 */
gboolean
ido_date_parse_iso (const char *text,
                    GDate      *date)
{
  guint64 y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  y = g_ascii_strtoull (text, NULL, 10);
  m = g_ascii_strtoull (text + 5, NULL, 10);
  d = g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
ido_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * ido_cbct_schedule_compute:
 * @certified_until: the last day of the certificate (ISO)
 * @today: (nullable): today's date (ISO), or %NULL for the real date
 *
 * The exact audit date within the quarter is set by the certifier, so the
 * self-evaluation deadline is taken from the first day of the audit
 * quarter: the earliest it can be.
 */
gboolean
ido_cbct_schedule_compute (const char      *certified_until,
                           const char      *today,
                           IdoCbctSchedule *schedule)
{
  GDate until;
  GDate now;
  GDate horizon;

  g_return_val_if_fail (schedule != NULL, FALSE);

  memset (schedule, 0, sizeof *schedule);
  if (!ido_date_parse_iso (certified_until, &until))
    return FALSE;
  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
    }
  else if (!ido_date_parse_iso (today, &now))
    return FALSE;

  schedule->audit_year = g_date_get_year (&until);
  schedule->audit_quarter = (g_date_get_month (&until) - 1) / 3 + 1;
  g_date_clear (&schedule->audit_quarter_start, 1);
  g_date_set_dmy (&schedule->audit_quarter_start, 1, (schedule->audit_quarter - 1) * 3 + 1,
                  schedule->audit_year);
  schedule->self_evaluation_due = schedule->audit_quarter_start;
  g_date_subtract_days (&schedule->self_evaluation_due, 6 * 7);

  horizon = now;
  g_date_add_months (&horizon, 6);
  schedule->expired = g_date_compare (&until, &now) < 0;
  schedule->due_soon = !schedule->expired &&
                       g_date_compare (&schedule->self_evaluation_due, &horizon) <= 0;
  return TRUE;
}

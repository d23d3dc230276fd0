/* fuzz-parse.c: numbers, periods, quarters and dates
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>

#include "ido-parse.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static gboolean
is_period (const char *period)
{
  if (!g_ascii_isdigit (period[0]) || !g_ascii_isdigit (period[1]) || !g_ascii_isdigit (period[2]) ||
      !g_ascii_isdigit (period[3]))
    return FALSE;
  if (period[4] == '\0')
    return TRUE;
  return period[4] == 'Q' && period[5] >= '1' && period[5] <= '4' && period[6] == '\0';
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  IdoNumber number;
  char period[7], iso[11];
  guint quarter = 0, year = 0;
  gboolean inside = FALSE;

  for (int notation = IDO_NOTATION_DUTCH; notation <= IDO_NOTATION_ENGLISH; notation++)
    {
      if (ido_parse_number (text, (IdoNotation) notation, &number, NULL))
        g_assert (isfinite (number.value));
    }
  for (int order = IDO_DATE_ORDER_NONE; order <= IDO_DATE_ORDER_MONTH_FIRST; order++)
    {
      if (ido_parse_period (text, (IdoDateOrder) order, period, NULL))
        g_assert (is_period (period));
      if (ido_parse_date (text, (IdoDateOrder) order, iso, NULL))
        g_assert (iso[4] == '-' && iso[7] == '-' && iso[10] == '\0');
    }
  if (ido_parse_quarter_number (text, &quarter, NULL))
    g_assert (quarter >= 1 && quarter <= 4);
  if (ido_parse_year (text, &year, NULL))
    g_assert (year >= 1900 && year <= 2199);
  ido_parse_inside_library (text, &inside, NULL);
  ido_parse_is_missing (text);
  ido_parse_is_national (text);
  g_free (ido_parse_trim (text));
  return 0;
}

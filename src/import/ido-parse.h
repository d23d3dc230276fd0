/* ido-parse.h: numbers, periods and dates as Dutch (and other) files write them
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The declared number notation of a file or column. It only decides values
 * that can be read both ways ("1.234", "1,234"); see ido_parse_number(). */
typedef enum
{
  IDO_NOTATION_DUTCH,    /* 1.234,56 */
  IDO_NOTATION_ENGLISH,  /* 1,234.56 */
} IdoNotation;

/* What a number's separators say about the notation it was written in. */
typedef enum
{
  IDO_EVIDENCE_NONE,       /* no separators: "12", "-3", "1 234" */
  IDO_EVIDENCE_DUTCH,      /* only readable as Dutch: "1234,5", "1.234,56", "1.234.567" */
  IDO_EVIDENCE_ENGLISH,    /* only readable as English: "12.5", "1,234.56", "1,234,567" */
  IDO_EVIDENCE_AMBIGUOUS,  /* both readings: "1.234", "1,234" (decided by the notation) */
} IdoEvidence;

typedef struct
{
  double      value;
  gboolean    percent;   /* written with a % sign; value is 12 for "12%" */
  IdoEvidence evidence;
} IdoNumber;

/* Day/month order of dates written with dashes or slashes. */
typedef enum
{
  IDO_DATE_ORDER_NONE,         /* none declared: only unambiguous dates are accepted */
  IDO_DATE_ORDER_DAY_FIRST,    /* Dutch: 03-04-2024 is 3 April */
  IDO_DATE_ORDER_MONTH_FIRST,  /* American: 03/04/2024 is 4 March */
} IdoDateOrder;

gboolean ido_parse_number         (const char   *text,
                                   IdoNotation   notation,
                                   IdoNumber    *number,
                                   GError      **error);
gboolean ido_parse_date           (const char   *text,
                                   IdoDateOrder  order,
                                   char          iso[11],
                                   GError      **error);
gboolean ido_parse_period         (const char   *text,
                                   IdoDateOrder  order,
                                   char          period[7],
                                   GError      **error);
gboolean ido_parse_quarter_number (const char   *text,
                                   guint        *quarter,
                                   GError      **error);
gboolean ido_parse_year           (const char   *text,
                                   guint        *year,
                                   GError      **error);
gboolean ido_parse_inside_library (const char   *text,
                                   gboolean     *inside,
                                   GError      **error);
gboolean ido_parse_is_missing     (const char   *text);
gboolean ido_parse_is_national    (const char   *text);
char    *ido_parse_trim           (const char   *text);

G_END_DECLS

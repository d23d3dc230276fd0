/* ido-money.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define IDO_MONEY_ERROR (ido_money_error_quark ())

typedef enum
{
  IDO_MONEY_ERROR_EMPTY,
  IDO_MONEY_ERROR_INVALID,
  IDO_MONEY_ERROR_NEGATIVE,
  IDO_MONEY_ERROR_TOO_MANY_DECIMALS,
  IDO_MONEY_ERROR_TOO_LARGE,
} IdoMoneyError;

/* Amounts are integer cents everywhere; no floating point. */
#define IDO_MONEY_MAX_CENTS ((gint64) 100000000000000) /* one trillion euro */

GQuark    ido_money_error_quark (void);
gboolean  ido_money_parse       (const char  *text,
                                 gint64      *cents,
                                 GError     **error);
char     *ido_money_format      (gint64       cents);
char     *ido_money_format_plain (gint64      cents);
gint64    ido_money_percentage  (gint64       cents,
                                 guint        percent);

/* Formats a number the Dutch way: "5.312", "7,4", "-1.234,5". */
char     *ido_number_format     (double       value,
                                 guint        decimals);

G_END_DECLS

/* ido-money.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-money.h"

G_DEFINE_QUARK (ido-money-error-quark, ido_money_error)

/* Removes a currency mark ("€", "EUR", "euro") and all spaces. */
static char *
strip_currency (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  const char *p = lower;

  while (*p)
    {
      if (g_str_has_prefix (p, "€"))
        p += strlen ("€");
      else if (g_str_has_prefix (p, "euro"))
        p += 4;
      else if (g_str_has_prefix (p, "eur"))
        p += 3;
      else if (g_unichar_isspace (g_utf8_get_char (p)) || g_utf8_get_char (p) == 0x00a0)
        p = g_utf8_next_char (p);
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }
  return g_string_free (out, FALSE);
}

/* TRUE when @digits consists of groups of three separated by @sep after a
 * first group of one to three digits: "1.234.567". */
static gboolean
is_grouped (const char *digits,
            char        sep)
{
  g_auto(GStrv) groups = g_strsplit (digits, (char[]) { sep, 0 }, -1);
  guint n = g_strv_length (groups);

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (groups[i]);

      if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3))
        return FALSE;
    }
  return TRUE;
}

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    {
      if (!g_ascii_isdigit (*s))
        return FALSE;
    }
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *text)
{
  g_set_error (error, IDO_MONEY_ERROR, IDO_MONEY_ERROR_INVALID,
               _("“%s” is not an amount. Write it like 1.234,56."), text);
  return FALSE;
}

/* Splits an amount into its integer digits and decimals. Dutch notation:
 * "." groups thousands, "," separates decimals. A lone "." followed by one
 * or two digits is read as a decimal point ("1234.5"). */
static gboolean
split_amount (const char  *body,
              const char  *original,
              char       **integer_part,
              char       **fraction_part,
              GError     **error)
{
  const char *comma = strrchr (body, ',');
  const char *dot = strrchr (body, '.');
  g_autofree char *integer = NULL;
  g_autofree char *fraction = NULL;

  if (comma != NULL)
    {
      integer = g_strndup (body, comma - body);
      fraction = g_strdup (comma + 1);
      if (strchr (integer, ',') != NULL)
        return invalid (error, original);
      if (strchr (integer, '.') != NULL)
        {
          if (!is_grouped (integer, '.'))
            return invalid (error, original);
          g_strdelimit (integer, ".", ' ');
        }
    }
  else if (dot != NULL && strchr (body, '.') == dot && strlen (dot + 1) != 3)
    {
      integer = g_strndup (body, dot - body);
      fraction = g_strdup (dot + 1);
    }
  else
    {
      integer = g_strdup (body);
      fraction = g_strdup ("");
      if (strchr (integer, '.') != NULL)
        {
          if (!is_grouped (integer, '.'))
            return invalid (error, original);
          g_strdelimit (integer, ".", ' ');
        }
    }
  *integer_part = g_strdup (integer);
  *fraction_part = g_steal_pointer (&fraction);
  return TRUE;
}

static char *
remove_spaces (const char *s)
{
  GString *out = g_string_new (NULL);

  for (; *s; s++)
    {
      if (*s != ' ')
        g_string_append_c (out, *s);
    }
  return g_string_free (out, FALSE);
}

/**
 * ido_money_parse:
 * @text: an amount as people type it: "1.234,56", "EUR 1.234", "1234,5",
 *   "€ 12", "12,-"
 * @cents: (out): the amount in cents
 *
 * Refuses empty input, negative amounts, more than two decimals and
 * anything that is not an amount, with a Dutch message for the field.
 */
gboolean
ido_money_parse (const char  *text,
                 gint64      *cents,
                 GError     **error)
{
  g_autofree char *body = NULL;
  g_autofree char *integer = NULL;
  g_autofree char *fraction = NULL;
  g_autofree char *digits = NULL;
  guint64 euros;
  guint64 frac = 0;

  g_return_val_if_fail (cents != NULL, FALSE);

  body = strip_currency (text ? text : "");
  if (*body == '\0')
    {
      g_set_error (error, IDO_MONEY_ERROR, IDO_MONEY_ERROR_EMPTY, _("Enter an amount."));
      return FALSE;
    }
  if (body[0] == '-')
    {
      g_set_error (error, IDO_MONEY_ERROR, IDO_MONEY_ERROR_NEGATIVE,
                   _("An amount cannot be negative."));
      return FALSE;
    }
  /* "12,-" and "12,--" are whole euros. */
  if (g_str_has_suffix (body, ",-") || g_str_has_suffix (body, ",--"))
    *strrchr (body, ',') = '\0';
  if (!split_amount (body, text, &integer, &fraction, error))
    return FALSE;
  digits = remove_spaces (integer);
  if (!all_digits (digits) || (*fraction != '\0' && !all_digits (fraction)))
    return invalid (error, text);
  if (strlen (fraction) > 2)
    {
      g_set_error (error, IDO_MONEY_ERROR, IDO_MONEY_ERROR_TOO_MANY_DECIMALS,
                   _("An amount has at most two decimals (cents)."));
      return FALSE;
    }
  if (strlen (digits) > 12)
    {
      g_set_error (error, IDO_MONEY_ERROR, IDO_MONEY_ERROR_TOO_LARGE, _("This amount is too large."));
      return FALSE;
    }
  euros = g_ascii_strtoull (digits, NULL, 10);
  if (*fraction != '\0')
    frac = g_ascii_strtoull (fraction, NULL, 10) * (strlen (fraction) == 1 ? 10 : 1);
  *cents = (gint64) (euros * 100 + frac);
  return TRUE;
}

static char *
group_thousands (guint64 value)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (plain);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, plain[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * ido_money_format_plain:
 *
 * Returns: (transfer full): "1.234,56" (no currency sign)
 */
char *
ido_money_format_plain (gint64 cents)
{
  guint64 magnitude = cents < 0 ? (guint64) -(cents + 1) + 1 : (guint64) cents;
  g_autofree char *euros = group_thousands (magnitude / 100);

  return g_strdup_printf ("%s%s,%02u", cents < 0 ? "-" : "", euros, (guint) (magnitude % 100));
}

/**
 * ido_money_format:
 *
 * Returns: (transfer full): "€ 1.234,56", or "€ -1.234,56"
 */
char *
ido_money_format (gint64 cents)
{
  g_autofree char *plain = ido_money_format_plain (cents);

  return g_strdup_printf ("€ %s", plain);
}

/**
 * ido_money_percentage:
 *
 * Returns: @percent % of @cents, rounded down to a whole cent (a maximum
 *   must never be exceeded by rounding)
 */
gint64
ido_money_percentage (gint64 cents,
                      guint  percent)
{
  g_return_val_if_fail (cents >= 0, 0);
  return cents / 100 * percent + (cents % 100) * percent / 100;
}

char *
ido_number_format (double value,
                   guint  decimals)
{
  double scale = pow (10, decimals);
  double rounded = round (fabs (value) * scale);
  guint64 whole = (guint64) (rounded / scale);
  guint64 frac = (guint64) (rounded - (double) whole * scale);
  g_autofree char *grouped = group_thousands (whole);
  gboolean negative = value < 0 && rounded > 0;

  if (decimals == 0)
    return g_strdup_printf ("%s%s", negative ? "-" : "", grouped);
  return g_strdup_printf ("%s%s,%0*" G_GUINT64_FORMAT, negative ? "-" : "", grouped, (int) decimals, frac);
}

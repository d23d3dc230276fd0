/* ido-validate.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-cbct.h"
#include "ido-sql-util.h"
#include "ido-target.h"
#include "ido-validate.h"

G_DEFINE_QUARK (ido-field-error-quark, ido_field_error)

gboolean
ido_validate_required (const char  *text,
                       IdoField     field,
                       GError     **error)
{
  if (!ido_sql_is_blank (text))
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, field, _("This field cannot be empty."));
  return FALSE;
}

/**
 * ido_validate_email:
 * @text: (nullable): an e-mail address; empty is allowed
 *
 * A practical check, not RFC 5322: one "@", a local part, and a domain with
 * a dot, no spaces.
 */
gboolean
ido_validate_email (const char  *text,
                    GError     **error)
{
  const char *at;
  const char *dot;

  if (ido_sql_is_blank (text))
    return TRUE;
  at = strchr (text, '@');
  dot = at ? strrchr (at, '.') : NULL;
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL || dot == NULL ||
      dot == at + 1 || dot[1] == '\0' || strpbrk (text, " \t,;<>()[]\\\"") != NULL ||
      strstr (text, "..") != NULL)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_EMAIL,
                   _("“%s” is not an e-mail address, e.g. naam@gemeente.nl."), text);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_validate_phone:
 * @text: (nullable): a phone number; empty is allowed
 *
 * Dutch numbers have ten digits ("010-123 45 67", "06 12345678"); service
 * numbers 0800/0900 have eight to eleven; a municipality's 14-number is 14
 * followed by its area code ("14 010", "14 0591"); international ones
 * start with "+" or "00" and have eight to fifteen digits.
 */
gboolean
ido_validate_phone (const char  *text,
                    GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;
  gboolean ok;

  if (ido_sql_is_blank (text))
    return TRUE;
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0 && !plus)
        plus = TRUE;
      else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')' && *p != '.')
        {
          digits->len = 0;
          break;
        }
    }
  if (plus || g_str_has_prefix (digits->str, "00"))
    ok = digits->len >= 8 && digits->len <= 15;
  else if (g_str_has_prefix (digits->str, "0800") || g_str_has_prefix (digits->str, "0900") ||
           g_str_has_prefix (digits->str, "0909") || g_str_has_prefix (digits->str, "0906"))
    ok = digits->len >= 8 && digits->len <= 11;
  else if (g_str_has_prefix (digits->str, "140"))
    ok = digits->len == 5 || digits->len == 6;   /* a municipality's 14-number: "14 010" */
  else
    ok = digits->str[0] == '0' && digits->len == 10;
  if (!ok)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PHONE,
                   _("“%s” is not a phone number, e.g. 010-123 45 67 or 0800-1508."), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
ido_validate_website (const char  *text,
                      GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *with_scheme = NULL;

  if (ido_sql_is_blank (text))
    return TRUE;
  with_scheme = strstr (text, "://") ? g_strdup (text) : g_strconcat ("https://", text, NULL);
  uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || strchr (text, ' ') != NULL ||
      (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || strchr (g_uri_get_host (uri), '.') == NULL)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_WEBSITE,
                   _("“%s” is not a web address, e.g. www.bibliotheek.nl."), text);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_date_from_user:
 * @text: a date as typed: "31-12-2025",
 *   "1-2-2025", "31/12/2025" (Dutch day-month-year) or ISO "2025-12-31"
 *
 * Returns: (transfer full) (nullable): the ISO date, or %NULL when @text is
 *   not an existing date
 */
char *
ido_date_from_user (const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *clean = NULL;
  guint64 d, m, y;
  GDate date;

  if (ido_sql_is_blank (text))
    return NULL;
  clean = g_strstrip (g_strdup (text));
  if (ido_date_parse_iso (clean, &date))
    return g_strdup (clean);
  g_strdelimit (clean, "/.", '-');
  parts = g_strsplit (clean, "-", -1);
  if (g_strv_length (parts) != 3 || strlen (parts[2]) != 4 ||
      strlen (parts[0]) < 1 || strlen (parts[0]) > 2 || strlen (parts[1]) < 1 || strlen (parts[1]) > 2)
    return NULL;
  for (int i = 0; i < 3; i++)
    {
      for (const char *p = parts[i]; *p; p++)
        {
          if (!g_ascii_isdigit (*p))
            return NULL;
        }
    }
  d = g_ascii_strtoull (parts[0], NULL, 10);
  m = g_ascii_strtoull (parts[1], NULL, 10);
  y = g_ascii_strtoull (parts[2], NULL, 10);
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", (guint) y, (guint) m, (guint) d);
}

/**
 * ido_date_to_user:
 *
 * Returns: (transfer full): "31-12-2025" for "2025-12-31"; empty for %NULL
 */
char *
ido_date_to_user (const char *iso)
{
  GDate date;

  if (iso == NULL || !ido_date_parse_iso (iso, &date))
    return g_strdup (iso ? iso : "");
  return g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/**
 * ido_today_iso:
 *
 * Returns: (transfer full): today's local date as ISO text
 */
char *
ido_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * ido_validate_date:
 * @text: (nullable): an ISO date; empty is allowed
 */
gboolean
ido_validate_date (const char  *text,
                   IdoField     field,
                   GError     **error)
{
  GDate date;

  if (ido_sql_is_blank (text) || ido_date_parse_iso (text, &date))
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, field, _("“%s” is not a date; write it like 31-12-2025."), text);
  return FALSE;
}

/**
 * ido_validate_date_order:
 * @first: (nullable): the earlier ISO date (start, agreed on)
 * @second: (nullable): the later ISO date (end, review)
 * @field: the field of @second, where the message belongs
 */
gboolean
ido_validate_date_order (const char  *first,
                         const char  *second,
                         IdoField     field,
                         GError     **error)
{
  if (ido_sql_is_blank (first) || ido_sql_is_blank (second) || strcmp (first, second) <= 0)
    return TRUE;
  if (field == IDO_FIELD_REVIEW_DATE)
    g_set_error (error, IDO_FIELD_ERROR, field, _("The review date cannot be before the date agreed."));
  else
    g_set_error (error, IDO_FIELD_ERROR, field, _("The end date cannot be before the start date."));
  return FALSE;
}

gboolean
ido_validate_percent (double   value,
                      GError **error)
{
  if (value >= 0 && value <= 100)
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERCENT, _("A percentage lies between 0 and 100."));
  return FALSE;
}

gboolean
ido_validate_period (const char  *text,
                     GError     **error)
{
  if (ido_period_is_valid (text))
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
               _("“%s” is not a period; write a year (2025) or a quarter (2025Q3)."), text ? text : "");
  return FALSE;
}

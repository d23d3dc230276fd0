/* ido-parse.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ido-import-error.h"
#include "ido-municipality.h"
#include "ido-parse.h"

/* The rules, also written down in README-formats.md:
 *
 * Numbers. A value with both '.' and ',' takes the last one as the decimal
 * separator and the other as thousands separator, which must group by
 * three ("1.234,56" and "1,234.56"). A value with one separator that
 * occurs several times groups thousands ("1.234.567"). A single separator
 * followed by other than exactly three digits, or after a leading group
 * that cannot start a grouped number ("0,500", "1234,567"), is a decimal
 * separator. Only a single separator followed by exactly three digits after
 * one to three leading digits ("1.234", "12,345") can be read both ways; the
 * declared notation decides it (Dutch by default: "1.234" is 1234) and the
 * result says it was ambiguous, so the importer can refuse a column whose
 * other values show the other notation. Spaces may group thousands; a
 * leading or trailing euro sign is ignored; "12%" is 12 with percent set.
 *
 * Dates. ISO "2024-07-01" is always accepted. "d-m-yyyy", "d/m/yyyy" and
 * "d.m.yyyy" need a declared order unless the day is above 12 (then only
 * one reading exists); "03/04/2024" is refused when no order is declared
 * and never silently taken as either. A two-digit year is refused.
 *
 * Periods. A year "2024", or a quarter in any usual notation: "2024-Q3",
 * "2024 Q3", "Q3 2024", "2024K3", "2024KW03" (CBS), "3e kwartaal 2024",
 * "kwartaal 3 2024", "derde kwartaal 2024", "3rd quarter 2024"; "2024JJ00"
 * (CBS) is the year. A quarter needs a word or letter saying it is one:
 * "2024-3" could be a month and is refused, as are months ("2024MM07"). A
 * date stands for the quarter that holds it. Results are "2024" or "2024Q3".
 */

#define MAX_NUMBER_LENGTH 64
#define MAX_TOKENS        8
#define MIN_YEAR          1900
#define MAX_YEAR          2199

/* Skips spaces, including the no-break spaces spreadsheets write. */
static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
      else if (end - p >= 2 && (guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
        p += 2;
      else if (end - p >= 3 && (guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 &&
               ((guchar) p[2] == 0xaf || (guchar) p[2] == 0x89))
        p += 3;
      else
        break;
    }
  return p;
}

static const char *
skip_space_back (const char *start,
                 const char *end)
{
  while (end > start)
    {
      if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')
        end--;
      else if (end - start >= 2 && (guchar) end[-2] == 0xc2 && (guchar) end[-1] == 0xa0)
        end -= 2;
      else if (end - start >= 3 && (guchar) end[-3] == 0xe2 && (guchar) end[-2] == 0x80 &&
               ((guchar) end[-1] == 0xaf || (guchar) end[-1] == 0x89))
        end -= 3;
      else
        break;
    }
  return end;
}

static void
trim_bounds (const char  *text,
             const char **start,
             const char **end)
{
  const char *e = text + strlen (text);

  *start = skip_space (text, e);
  *end = skip_space_back (*start, e);
}

/**
 * ido_parse_trim:
 * @text: (nullable): any text
 *
 * Returns: (transfer full): @text without leading and trailing white space
 *   (no-break spaces included)
 */
char *
ido_parse_trim (const char *text)
{
  const char *start, *end;

  if (text == NULL)
    return g_strdup ("");
  trim_bounds (text, &start, &end);
  return g_strndup (start, end - start);
}

static gboolean
has_prefix_n (const char *p,
              const char *end,
              const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static gboolean
set_invalid (GError     **error,
             const char  *text,
             const char  *reason)
{
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_INVALID_VALUE, "%s", reason);
  return FALSE;
}

/* Thousands groups: one to three digits, then groups of exactly three; a
 * grouped number does not start with 0. */
static gboolean
grouping_is_valid (const char *digits,
                   char        separator)
{
  const char *p = digits;
  guint first = 0;

  while (g_ascii_isdigit (*p))
    {
      p++;
      first++;
    }
  if (first < 1 || first > 3 || digits[0] == '0')
    return FALSE;
  while (*p == separator)
    {
      guint n = 0;

      p++;
      while (g_ascii_isdigit (*p))
        {
          p++;
          n++;
        }
      if (n != 3)
        return FALSE;
    }
  return *p == '\0';
}

/* The C-locale form of a number; never longer than its source plus a
 * leading zero and an exponent, so a fixed buffer does (no allocation per
 * value: the importer parses millions). */
typedef struct
{
  char  data[MAX_NUMBER_LENGTH * 2];
  gsize len;
} NumberBuffer;

static void
buffer_append (NumberBuffer *out,
               const char   *text,
               char          skip)
{
  for (const char *p = text; *p && out->len + 1 < sizeof out->data; p++)
    {
      if (*p != skip)
        out->data[out->len++] = *p;
    }
  out->data[out->len] = '\0';
}

static void
copy_without (NumberBuffer *out,
              const char   *text,
              char          separator)
{
  buffer_append (out, text, separator);
}

/* Builds the C-locale form of @body (digits, '.' and ',' only) in @out. */
static gboolean
normalize_separators (const char   *body,
                      IdoNotation   notation,
                      NumberBuffer *out,
                      IdoEvidence  *evidence,
                      GError      **error)
{
  const char *last_dot = strrchr (body, '.');
  const char *last_comma = strrchr (body, ',');
  guint dots = 0, commas = 0;

  for (const char *p = body; *p; p++)
    {
      dots += *p == '.';
      commas += *p == ',';
    }
  *evidence = IDO_EVIDENCE_NONE;
  if (dots == 0 && commas == 0)
    {
      buffer_append (out, body, 0);
      return TRUE;
    }
  if (dots > 0 && commas > 0)
    {
      const char *decimal = last_dot > last_comma ? last_dot : last_comma;
      char group = *decimal == '.' ? ',' : '.';
      char integer[MAX_NUMBER_LENGTH];

      g_strlcpy (integer, body, MIN ((gsize) (decimal - body) + 1, sizeof integer));
      if (strchr (decimal + 1, group) != NULL || strchr (integer, *decimal) != NULL ||
          !grouping_is_valid (integer, group) || decimal[1] == '\0')
        return set_invalid (error, body, _("The thousands and decimal separators are mixed up."));
      copy_without (out, integer, group);
      buffer_append (out, ".", 0);
      buffer_append (out, decimal + 1, 0);
      *evidence = *decimal == ',' ? IDO_EVIDENCE_DUTCH : IDO_EVIDENCE_ENGLISH;
      return TRUE;
    }
  else
    {
      char sep = dots > 0 ? '.' : ',';
      guint count = dots > 0 ? dots : commas;
      const char *last = dots > 0 ? last_dot : last_comma;
      gsize frac = strlen (last + 1);
      char integer[MAX_NUMBER_LENGTH];
      gboolean grouped = grouping_is_valid (body, sep);
      gboolean sep_is_decimal;

      g_strlcpy (integer, body, MIN ((gsize) (last - body) + 1, sizeof integer));
      if (count > 1)
        {
          if (!grouped)
            return set_invalid (error, body, _("The thousands separators are not in groups of three digits."));
          copy_without (out, body, sep);
          *evidence = sep == '.' ? IDO_EVIDENCE_DUTCH : IDO_EVIDENCE_ENGLISH;
          return TRUE;
        }
      if (frac == 0)
        return set_invalid (error, body, _("There are no digits after the decimal separator."));
      if (grouped && frac == 3)
        {
          *evidence = IDO_EVIDENCE_AMBIGUOUS;
          sep_is_decimal = (notation == IDO_NOTATION_DUTCH) == (sep == ',');
        }
      else
        {
          sep_is_decimal = TRUE;
          *evidence = sep == ',' ? IDO_EVIDENCE_DUTCH : IDO_EVIDENCE_ENGLISH;
        }
      if (sep_is_decimal)
        {
          buffer_append (out, *integer ? integer : "0", 0);
          buffer_append (out, ".", 0);
          buffer_append (out, last + 1, 0);
        }
      else
        copy_without (out, body, sep);
      return TRUE;
    }
}

/* Collects digits and separators; spaces may group thousands. */
static gboolean
collect_body (const char  *p,
              const char  *end,
              char        *body,
              GError     **error)
{
  gsize n = 0;

  while (p < end)
    {
      const char *next = skip_space (p, end);

      if (next != p)
        {
          /* A space inside a number must be followed by a group of three. */
          if (n == 0 || !g_ascii_isdigit (body[n - 1]) || end - next < 3 ||
              !g_ascii_isdigit (next[0]) || !g_ascii_isdigit (next[1]) || !g_ascii_isdigit (next[2]) ||
              (end - next > 3 && g_ascii_isdigit (next[3])))
            return set_invalid (error, NULL, _("The number contains a space in an unexpected place."));
          p = next;
          continue;
        }
      if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',')
        return set_invalid (error, NULL, _("This is not a number."));
      if (n + 1 >= MAX_NUMBER_LENGTH)
        return set_invalid (error, NULL, _("The number is too long."));
      body[n++] = *p++;
    }
  body[n] = '\0';
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (body[i]))
        return TRUE;
    }
  return set_invalid (error, NULL, _("This is not a number."));
}

/* Splits off an exponent ("1,5E+03"), as spreadsheets write large values. */
static const char *
find_exponent (const char *start,
               const char *end,
               int        *exponent,
               gboolean   *ok)
{
  *ok = TRUE;
  *exponent = 0;
  for (const char *p = start; p < end; p++)
    {
      if (*p == 'e' || *p == 'E')
        {
          const char *q = p + 1;
          gboolean negative = FALSE;
          int value = 0;

          if (q < end && (*q == '+' || *q == '-'))
            negative = *q++ == '-';
          if (q == end)
            *ok = FALSE;
          for (; q < end; q++)
            {
              if (!g_ascii_isdigit (*q) || value > 400)
                {
                  *ok = FALSE;
                  break;
                }
              value = value * 10 + (*q - '0');
            }
          *exponent = negative ? -value : value;
          return p;
        }
    }
  return end;
}

/* Strips a sign, a euro sign and a percent sign around the digits. */
static void
strip_decorations (const char **start,
                   const char **end,
                   gboolean    *negative,
                   gboolean    *percent)
{
  const char *p = *start, *e = *end;

  *negative = FALSE;
  *percent = FALSE;
  if (p < e && e[-1] == '%')
    {
      *percent = TRUE;
      e = skip_space_back (p, e - 1);
    }
  if (has_prefix_n (p, e, "\xe2\x82\xac"))
    p = skip_space (p + 3, e);
  else if (has_prefix_n (p, e, "EUR"))
    p = skip_space (p + 3, e);
  if (p < e && (*p == '-' || *p == '+'))
    {
      *negative = *p == '-';
      p = skip_space (p + 1, e);
    }
  else if (has_prefix_n (p, e, "\xe2\x88\x92"))  /* U+2212 MINUS SIGN */
    {
      *negative = TRUE;
      p = skip_space (p + 3, e);
    }
  if (e - p >= 3 && memcmp (e - 3, "\xe2\x82\xac", 3) == 0)
    e = skip_space_back (p, e - 3);
  if (has_prefix_n (p, e, "\xe2\x82\xac"))
    p = skip_space (p + 3, e);
  *start = p;
  *end = e;
}

/**
 * ido_parse_number:
 * @text: the cell text
 * @notation: decides values that read both ways ("1.234")
 * @number: (out): the value, whether it had a % sign, and what its
 *   separators say about the notation
 *
 * Reads a number written in Dutch or English notation; see the rules at
 * the top of this file.
 *
 * Returns: %FALSE with @error set (a translated reason) when @text is not a number
 */
gboolean
ido_parse_number (const char   *text,
                  IdoNotation   notation,
                  IdoNumber    *number,
                  GError      **error)
{
  char body[MAX_NUMBER_LENGTH];
  NumberBuffer normalized = { { 0 }, 0 };
  const char *start, *end, *exp_at;
  gboolean negative, percent, exp_ok;
  int exponent;
  char *parse_end = NULL;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  /* Most cells are plain counts: read them without the general path. */
  if (g_ascii_isdigit (text[0]))
    {
      guint64 whole = 0;
      const char *p = text;

      while (g_ascii_isdigit (*p) && p - text < 15)
        whole = whole * 10 + (guint64) (*p++ - '0');
      if (*p == '\0')
        {
          number->value = (double) whole;
          number->percent = FALSE;
          number->evidence = IDO_EVIDENCE_NONE;
          return TRUE;
        }
    }
  trim_bounds (text, &start, &end);
  if (start == end)
    return set_invalid (error, text, _("The cell is empty."));
  strip_decorations (&start, &end, &negative, &percent);
  exp_at = find_exponent (start, end, &exponent, &exp_ok);
  if (!exp_ok)
    return set_invalid (error, text, _("This is not a number."));
  if (!collect_body (start, exp_at, body, error))
    return FALSE;
  if (!normalize_separators (body, notation, &normalized, &number->evidence, error))
    return FALSE;
  if (exp_at != end)
    {
      char exp_text[16];

      g_snprintf (exp_text, sizeof exp_text, "e%d", exponent);
      buffer_append (&normalized, exp_text, 0);
    }
  value = g_ascii_strtod (normalized.data, &parse_end);
  if (parse_end == NULL || *parse_end != '\0' || !isfinite (value))
    return set_invalid (error, text, _("This is not a number."));
  number->value = negative ? -value : value;
  number->percent = percent;
  return TRUE;
}

/* Dates */

static gboolean
read_digits (const char **p,
             const char  *end,
             guint       *value,
             guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (*p < end && g_ascii_isdigit (**p) && *n_digits < 5)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      (*n_digits)++;
    }
  return *n_digits > 0 && !(*p < end && g_ascii_isdigit (**p));
}

/* A time after the date ("2024-07-01 00:00:00", "2024-07-01T10:00") is
 * ignored: periods and dates here are days. */
static gboolean
is_time_suffix (const char *p,
                const char *end)
{
  if (p == end)
    return TRUE;
  if (*p != ' ' && *p != 'T')
    return FALSE;
  p = skip_space (p + 1, end);
  if (p == end)
    return FALSE;
  for (; p < end; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != ':' && *p != '.' && *p != 'Z' && *p != '+' && *p != '-')
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_date (char          iso[11],
          guint         year,
          guint         month,
          guint         day,
          GError      **error)
{
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return set_invalid (error, NULL, _("This date does not exist."));
  g_snprintf (iso, 11, "%04u-%02u-%02u", year, month, day);
  return TRUE;
}

static gboolean
resolve_day_month (guint          a,
                   guint          b,
                   IdoDateOrder   order,
                   guint         *day,
                   guint         *month,
                   GError       **error)
{
  switch (order)
    {
    case IDO_DATE_ORDER_DAY_FIRST:
      *day = a;
      *month = b;
      return TRUE;
    case IDO_DATE_ORDER_MONTH_FIRST:
      *month = a;
      *day = b;
      return TRUE;
    case IDO_DATE_ORDER_NONE:
    default:
      if (a == b || (a > 12 && b <= 12))
        {
          *day = a;
          *month = b;
          return TRUE;
        }
      if (b > 12 && a <= 12)
        {
          *month = a;
          *day = b;
          return TRUE;
        }
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS,
                   _("The order of day and month is unknown: this date can be read in two ways. "
                     "Choose the date notation of the file (Dutch: day first)."));
      return FALSE;
    }
}

/**
 * ido_parse_date:
 * @text: the cell text
 * @order: the declared day/month order, or %IDO_DATE_ORDER_NONE
 * @iso: (out caller-allocates): the date as "yyyy-mm-dd"
 *
 * Returns: %FALSE with @error set when @text is not an unambiguous date
 */
gboolean
ido_parse_date (const char   *text,
                IdoDateOrder  order,
                char          iso[11],
                GError      **error)
{
  const char *start, *end, *p;
  guint v[3], n[3];
  char sep = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  trim_bounds (text, &start, &end);
  p = start;
  for (int i = 0; i < 3; i++)
    {
      if (!read_digits (&p, end, &v[i], &n[i]))
        return set_invalid (error, text, _("This is not a date."));
      if (i == 2)
        break;
      if (p == end || (*p != '-' && *p != '/' && *p != '.') || (sep != 0 && *p != sep))
        return set_invalid (error, text, _("This is not a date."));
      sep = *p++;
    }
  if (!is_time_suffix (p, end))
    return set_invalid (error, text, _("This is not a date."));
  if (n[0] == 4 && n[1] <= 2 && n[2] <= 2 && sep != '.')
    return set_date (iso, v[0], v[1], v[2], error);
  if (n[2] == 4 && n[0] <= 2 && n[1] <= 2)
    {
      guint day = 0, month = 0;

      if (!resolve_day_month (v[0], v[1], order, &day, &month, error))
        return FALSE;
      return set_date (iso, v[2], month, day, error);
    }
  if (n[2] == 2 && n[0] <= 2)
    return set_invalid (error, text, _("The year has only two digits; write it in full."));
  return set_invalid (error, text, _("This is not a date."));
}

/* Periods: tokens of digits or letters; everything else separates. */

typedef struct
{
  char  text[12];
  guint value;
  guint length;
  gboolean digits;
} Token;

static int
tokenize (const char *text,
          Token       tokens[MAX_TOKENS])
{
  int count = 0;
  const char *p = text;

  while (*p)
    {
      gboolean digits = g_ascii_isdigit (*p);
      gboolean letters = g_ascii_isalpha (*p) || ((guchar) *p >= 0x80);
      Token *token;

      if (!digits && !letters)
        {
          p++;
          continue;
        }
      if (count == MAX_TOKENS)
        return -1;
      token = &tokens[count++];
      memset (token, 0, sizeof *token);
      token->digits = digits;
      while (*p && (digits ? g_ascii_isdigit (*p) : (g_ascii_isalpha (*p) || (guchar) *p >= 0x80)))
        {
          if (token->length + 1 >= sizeof token->text)
            return -1;
          token->text[token->length++] = g_ascii_tolower (*p);
          if (digits)
            token->value = token->value * 10 + (guint) (*p - '0');
          p++;
        }
    }
  return count;
}

static gboolean
token_in (const Token        *token,
          const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (token->text, words[i]))
        return TRUE;
    }
  return FALSE;
}

static guint
ordinal_word (const Token *token)
{
  static const char * const words[][3] = {
    { "eerste", "first", NULL },
    { "tweede", "second", NULL },
    { "derde", "third", NULL },
    { "vierde", "fourth", NULL },
  };

  for (guint q = 0; q < G_N_ELEMENTS (words); q++)
    {
      if (token_in (token, words[q]))
        return q + 1;
    }
  return 0;
}

typedef struct
{
  guint    year;
  guint    quarter;
  gboolean quarter_word;
  gboolean year_marker;
} PeriodParts;

static gboolean
set_period_error (GError     **error,
                  const char  *reason)
{
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_INVALID_VALUE, "%s", reason);
  return FALSE;
}

static gboolean
read_digit_token (const Token  *tokens,
                  int           i,
                  PeriodParts  *parts,
                  gboolean      allow_year,
                  GError      **error)
{
  const Token *token = &tokens[i];

  if (token->length == 4 && allow_year)
    {
      if (parts->year != 0)
        return set_period_error (error, _("The period holds more than one year."));
      if (token->value < MIN_YEAR || token->value > MAX_YEAR)
        return set_period_error (error, _("The year is out of range."));
      parts->year = token->value;
      return TRUE;
    }
  if (i > 0 && g_str_equal (tokens[i - 1].text, "jj") && token->value == 0)
    return TRUE;
  if (token->length <= 2 && token->value >= 1 && token->value <= 4)
    {
      if (parts->quarter != 0)
        return set_period_error (error, _("The period holds more than one quarter."));
      parts->quarter = token->value;
      return TRUE;
    }
  if (token->length <= 2 && token->value > 4)
    return set_period_error (error, _("A year has only four quarters."));
  return set_period_error (error, _("This is not a year or quarter."));
}

static gboolean
read_word_token (const Token  *tokens,
                 int           i,
                 PeriodParts  *parts,
                 GError      **error)
{
  static const char * const quarter_words[] = { "q", "k", "kw", "kwartaal", "quarter", "qtr", NULL };
  static const char * const suffixes[] = { "e", "de", "ste", "st", "nd", "rd", "th", NULL };
  static const char * const year_words[] = { "jj", "jaar", "year", NULL };
  const Token *token = &tokens[i];
  guint ordinal;

  if (token_in (token, quarter_words))
    parts->quarter_word = TRUE;
  else if (token_in (token, suffixes) && i > 0 && tokens[i - 1].digits && tokens[i - 1].length <= 2)
    ;
  else if (token_in (token, year_words))
    parts->year_marker = TRUE;
  else if (g_str_equal (token->text, "mm") || g_str_equal (token->text, "maand"))
    return set_period_error (error, _("Monthly figures cannot be imported; use quarters or years."));
  else if ((ordinal = ordinal_word (token)) != 0)
    {
      if (parts->quarter != 0)
        return set_period_error (error, _("The period holds more than one quarter."));
      parts->quarter = ordinal;
    }
  else
    return set_period_error (error, _("This is not a year or quarter."));
  return TRUE;
}

static gboolean
read_period_parts (const char   *text,
                   gboolean      allow_year,
                   PeriodParts  *parts,
                   GError      **error)
{
  Token tokens[MAX_TOKENS];
  int count = tokenize (text, tokens);

  memset (parts, 0, sizeof *parts);
  if (count <= 0)
    return set_period_error (error, count == 0 ? _("The cell is empty.") : _("This is not a year or quarter."));
  for (int i = 0; i < count; i++)
    {
      gboolean ok = tokens[i].digits ? read_digit_token (tokens, i, parts, allow_year, error)
                                     : read_word_token (tokens, i, parts, error);
      if (!ok)
        return FALSE;
    }
  if (parts->quarter != 0 && !parts->quarter_word)
    return set_period_error (error, _("A quarter must be marked as one, for example 2024-Q3 or 3e kwartaal 2024."));
  if (parts->quarter == 0 && parts->quarter_word)
    return set_period_error (error, _("The quarter number is missing."));
  if (parts->quarter != 0 && parts->year_marker)
    return set_period_error (error, _("This is not a year or quarter."));
  return TRUE;
}

static gboolean
looks_like_date (const char *text)
{
  Token tokens[MAX_TOKENS];
  int count = tokenize (text, tokens);

  /* Three numbers first; a time may follow. */
  if (count < 3)
    return FALSE;
  for (int i = 0; i < 3; i++)
    {
      if (!tokens[i].digits)
        return FALSE;
    }
  return tokens[0].length == 4 || tokens[2].length == 4;
}

/**
 * ido_parse_period:
 * @text: the cell text
 * @order: the day/month order for a date in the cell
 * @period: (out caller-allocates): "2024" or "2024Q3"
 *
 * Returns: %FALSE with @error set when @text is not a year, quarter or date
 */
gboolean
ido_parse_period (const char   *text,
                  IdoDateOrder  order,
                  char          period[7],
                  GError      **error)
{
  PeriodParts parts;

  g_return_val_if_fail (text != NULL, FALSE);

  if (looks_like_date (text))
    {
      char iso[11];
      guint month;

      if (!ido_parse_date (text, order, iso, error))
        return FALSE;
      month = (guint) (iso[5] - '0') * 10 + (guint) (iso[6] - '0');
      g_snprintf (period, 7, "%.4sQ%u", iso, (month - 1) / 3 + 1);
      return TRUE;
    }
  if (!read_period_parts (text, TRUE, &parts, error))
    return FALSE;
  if (parts.year == 0)
    return set_period_error (error, _("The year is missing."));
  if (parts.quarter != 0)
    g_snprintf (period, 7, "%04uQ%u", parts.year, parts.quarter);
  else
    g_snprintf (period, 7, "%04u", parts.year);
  return TRUE;
}

/**
 * ido_parse_quarter_number:
 * @quarter: (out): 1 to 4
 *
 * Reads a quarter without year, for files with separate year and quarter
 * columns: "3", "Q3", "K3", "KW03", "3e kwartaal", "derde kwartaal".
 */
gboolean
ido_parse_quarter_number (const char  *text,
                          guint       *quarter,
                          GError     **error)
{
  PeriodParts parts;
  Token tokens[MAX_TOKENS];

  g_return_val_if_fail (text != NULL, FALSE);

  /* A bare number is fine in a column that only holds quarters. */
  if (tokenize (text, tokens) == 1 && tokens[0].digits && tokens[0].length <= 2 &&
      tokens[0].value >= 1 && tokens[0].value <= 4)
    {
      *quarter = tokens[0].value;
      return TRUE;
    }
  if (!read_period_parts (text, FALSE, &parts, error))
    return FALSE;
  if (parts.quarter == 0)
    return set_period_error (error, _("This is not a quarter."));
  *quarter = parts.quarter;
  return TRUE;
}

/**
 * ido_parse_year:
 * @year: (out): the year
 *
 * Reads "2024" or the CBS form "2024JJ00".
 */
gboolean
ido_parse_year (const char  *text,
                guint       *year,
                GError     **error)
{
  PeriodParts parts;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!read_period_parts (text, TRUE, &parts, error))
    return FALSE;
  if (parts.year == 0 || parts.quarter != 0)
    return set_period_error (error, _("This is not a year."));
  *year = parts.year;
  return TRUE;
}

/**
 * ido_parse_inside_library:
 * @inside: (out): %TRUE inside a library, %FALSE outside
 *
 * Reads the dashboard's "binnen/buiten bibliotheek" values.
 */
gboolean
ido_parse_inside_library (const char  *text,
                          gboolean    *inside,
                          GError     **error)
{
  static const char * const inside_words[] = { "binnen", "inside", "intern", NULL };
  static const char * const outside_words[] = { "buiten", "outside", "extern", "elders", NULL };
  static const char * const inside_names[] = {
    "in bibliotheek", "in de bibliotheek", "bibliotheek", "library", "in library", "in the library", NULL
  };
  g_autofree char *folded = ido_text_fold (text);
  g_auto(GStrv) words = g_strsplit (folded, " ", 0);

  if (g_strv_contains (inside_names, folded))
    {
      *inside = TRUE;
      return TRUE;
    }
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_strv_contains (inside_words, words[i]))
        {
          *inside = TRUE;
          return TRUE;
        }
      if (g_strv_contains (outside_words, words[i]))
        {
          *inside = FALSE;
          return TRUE;
        }
    }
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_INVALID_VALUE,
               _("Expected “binnen” or “buiten” (inside or outside the library)."));
  return FALSE;
}

/**
 * ido_parse_is_missing:
 *
 * Returns: %TRUE for an empty cell or a mark for a missing figure ("-",
 *   ".", "x", "n.v.t.", "#N/B", ...); such a cell holds no value
 */
gboolean
ido_parse_is_missing (const char *text)
{
  static const char * const marks[] = {
    "-", "\xe2\x80\x93", "\xe2\x80\x94", ".", "..", "x", "?", "nvt", "n.v.t.", "n.v.t", "n/a",
    "na", "#n/b", "#n/a", "#waarde!", "#value!", "geen", "onbekend", "unknown", NULL
  };
  const char *start, *end;
  char buffer[16];

  if (text == NULL)
    return TRUE;
  trim_bounds (text, &start, &end);
  if (start == end)
    return TRUE;
  if ((gsize) (end - start) >= sizeof buffer)
    return FALSE;
  for (gsize i = 0; i < (gsize) (end - start); i++)
    buffer[i] = g_ascii_tolower (start[i]);
  buffer[end - start] = '\0';
  return g_strv_contains (marks, buffer);
}

/**
 * ido_parse_is_national:
 *
 * Returns: %TRUE when a place cell names the whole country ("Nederland",
 *   "Landelijk", "Totaal Nederland", ...)
 */
gboolean
ido_parse_is_national (const char *text)
{
  static const char * const names[] = {
    "nederland", "landelijk", "nationaal", "totaal nederland", "heel nederland",
    "landelijk totaal", "landelijk gemiddelde", "national", "netherlands", "the netherlands",
    "nl01", "nl", NULL
  };
  g_autofree char *folded = ido_text_fold (text);

  return g_strv_contains (names, folded);
}

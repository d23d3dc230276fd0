/* test-money.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-money.h"

static void
test_parse_accepts (void)
{
  const struct { const char *text; gint64 cents; } cases[] = {
    { "1.234,56", 123456 },
    { "EUR 1.234", 123400 },
    { "eur1.234", 123400 },
    { "€ 1.234,56", 123456 },
    { "€1234,5", 123450 },
    { "1234,5", 123450 },
    { "1234", 123400 },
    { "0,01", 1 },
    { "0", 0 },
    { "12,-", 1200 },
    { "1.234.567,89", 123456789 },
    { " 48.472 euro ", 4847200 },
    { "1234.5", 123450 },
    { "1234.56", 123456 },
    { "48 472,00", 4847200 },
    { "999.999.999.999,99", 99999999999999 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (ido_money_parse (cases[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, cases[i].cents);
    }
}

static void
test_parse_refuses (void)
{
  const struct { const char *text; int code; } cases[] = {
    { "", IDO_MONEY_ERROR_EMPTY },
    { "  € ", IDO_MONEY_ERROR_EMPTY },
    { "-5", IDO_MONEY_ERROR_NEGATIVE },
    { "€ -1.234,56", IDO_MONEY_ERROR_NEGATIVE },
    { "1,234", IDO_MONEY_ERROR_TOO_MANY_DECIMALS },
    { "12,345", IDO_MONEY_ERROR_TOO_MANY_DECIMALS },
    { "abc", IDO_MONEY_ERROR_INVALID },
    { "12a", IDO_MONEY_ERROR_INVALID },
    { "1.23.4", IDO_MONEY_ERROR_INVALID },
    { "1,2,3", IDO_MONEY_ERROR_INVALID },
    { "12.34.567,00", IDO_MONEY_ERROR_INVALID },
    { ",50", IDO_MONEY_ERROR_INVALID },
    { "1.234,5x", IDO_MONEY_ERROR_INVALID },
    { "1e5", IDO_MONEY_ERROR_INVALID },
    { "9999999999999", IDO_MONEY_ERROR_TOO_LARGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 42;

      g_test_message ("refusing “%s”", cases[i].text);
      g_assert_false (ido_money_parse (cases[i].text, &cents, &error));
      g_assert_error (error, IDO_MONEY_ERROR, cases[i].code);
      g_assert_cmpint (cents, ==, 42);
    }
}

static void
test_format (void)
{
  const struct { gint64 cents; const char *text; } cases[] = {
    { 123456, "€ 1.234,56" },
    { 0, "€ 0,00" },
    { 5, "€ 0,05" },
    { 100, "€ 1,00" },
    { 4847200, "€ 48.472,00" },
    { 123456789, "€ 1.234.567,89" },
    { -123456, "€ -1.234,56" },
    { G_MININT64, "€ -92.233.720.368.547.758,08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ido_money_format (cases[i].cents);
      gint64 back = -1;

      g_assert_cmpstr (text, ==, cases[i].text);
      if (cases[i].cents >= 0)
        {
          g_assert_true (ido_money_parse (text, &back, NULL));
          g_assert_cmpint (back, ==, cases[i].cents);
        }
    }
}

static void
test_percentage (void)
{
  g_assert_cmpint (ido_money_percentage (4847200, 25), ==, 1211800);
  /* 25% of € 1,01 is 25,25 cents: rounded down, never above the maximum. */
  g_assert_cmpint (ido_money_percentage (101, 25), ==, 25);
  g_assert_cmpint (ido_money_percentage (103, 25), ==, 25);
  g_assert_cmpint (ido_money_percentage (0, 25), ==, 0);
  g_assert_cmpint (ido_money_percentage (99999999999999, 25), ==, 24999999999999);
}

static void
test_number_format (void)
{
  g_autofree char *a = ido_number_format (5312, 0);
  g_autofree char *b = ido_number_format (7.44, 1);
  g_autofree char *c = ido_number_format (-1234.5, 1);
  g_autofree char *d = ido_number_format (0.04, 1);
  g_autofree char *e = ido_number_format (1234567.891, 2);

  g_assert_cmpstr (a, ==, "5.312");
  g_assert_cmpstr (b, ==, "7,4");
  g_assert_cmpstr (c, ==, "-1.234,5");
  g_assert_cmpstr (d, ==, "0,0");
  g_assert_cmpstr (e, ==, "1.234.567,89");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse-accepts", test_parse_accepts);
  g_test_add_func ("/money/parse-refuses", test_parse_refuses);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/percentage", test_percentage);
  g_test_add_func ("/money/number-format", test_number_format);

  return g_test_run ();
}

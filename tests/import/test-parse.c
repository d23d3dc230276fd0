/* test-parse.c: numbers, periods and dates as dashboard files write them
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>

#include "ido-import-error.h"
#include "ido-parse.h"

typedef struct
{
  const char  *text;
  IdoNotation  notation;
  double       value;
  gboolean     percent;
  IdoEvidence  evidence;
} NumberCase;

static void
test_numbers_valid (void)
{
  static const NumberCase cases[] = {
    { "12", IDO_NOTATION_DUTCH, 12, FALSE, IDO_EVIDENCE_NONE },
    { "-3", IDO_NOTATION_DUTCH, -3, FALSE, IDO_EVIDENCE_NONE },
    { "+7", IDO_NOTATION_DUTCH, 7, FALSE, IDO_EVIDENCE_NONE },
    { "\xe2\x88\x92" "4", IDO_NOTATION_DUTCH, -4, FALSE, IDO_EVIDENCE_NONE },
    { "  42\t", IDO_NOTATION_DUTCH, 42, FALSE, IDO_EVIDENCE_NONE },
    { "\xc2\xa0" "42\xc2\xa0", IDO_NOTATION_DUTCH, 42, FALSE, IDO_EVIDENCE_NONE },
    { "1.234,56", IDO_NOTATION_DUTCH, 1234.56, FALSE, IDO_EVIDENCE_DUTCH },
    { "1.234,56", IDO_NOTATION_ENGLISH, 1234.56, FALSE, IDO_EVIDENCE_DUTCH },
    { "1234,56", IDO_NOTATION_DUTCH, 1234.56, FALSE, IDO_EVIDENCE_DUTCH },
    { "0,5", IDO_NOTATION_ENGLISH, 0.5, FALSE, IDO_EVIDENCE_DUTCH },
    { ",5", IDO_NOTATION_DUTCH, 0.5, FALSE, IDO_EVIDENCE_DUTCH },
    { "0,500", IDO_NOTATION_DUTCH, 0.5, FALSE, IDO_EVIDENCE_DUTCH },
    { "1,234.56", IDO_NOTATION_DUTCH, 1234.56, FALSE, IDO_EVIDENCE_ENGLISH },
    { "1,234,567", IDO_NOTATION_DUTCH, 1234567, FALSE, IDO_EVIDENCE_ENGLISH },
    { "1.234.567", IDO_NOTATION_ENGLISH, 1234567, FALSE, IDO_EVIDENCE_DUTCH },
    { "1.234.567,89", IDO_NOTATION_DUTCH, 1234567.89, FALSE, IDO_EVIDENCE_DUTCH },
    { "12.5", IDO_NOTATION_DUTCH, 12.5, FALSE, IDO_EVIDENCE_ENGLISH },
    { "1234.567", IDO_NOTATION_DUTCH, 1234.567, FALSE, IDO_EVIDENCE_ENGLISH },
    { "0.123", IDO_NOTATION_DUTCH, 0.123, FALSE, IDO_EVIDENCE_ENGLISH },
    /* The ambiguous ones follow the declared notation. */
    { "1.234", IDO_NOTATION_DUTCH, 1234, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "1.234", IDO_NOTATION_ENGLISH, 1.234, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "1,234", IDO_NOTATION_DUTCH, 1.234, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "1,234", IDO_NOTATION_ENGLISH, 1234, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "123.456", IDO_NOTATION_DUTCH, 123456, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "1 234", IDO_NOTATION_DUTCH, 1234, FALSE, IDO_EVIDENCE_NONE },
    { "1 234 567,5", IDO_NOTATION_DUTCH, 1234567.5, FALSE, IDO_EVIDENCE_DUTCH },
    { "12%", IDO_NOTATION_DUTCH, 12, TRUE, IDO_EVIDENCE_NONE },
    { "12,5 %", IDO_NOTATION_DUTCH, 12.5, TRUE, IDO_EVIDENCE_DUTCH },
    { "-3%", IDO_NOTATION_DUTCH, -3, TRUE, IDO_EVIDENCE_NONE },
    { "\xe2\x82\xac 1.234", IDO_NOTATION_DUTCH, 1234, FALSE, IDO_EVIDENCE_AMBIGUOUS },
    { "\xe2\x82\xac" "1.234,50", IDO_NOTATION_DUTCH, 1234.5, FALSE, IDO_EVIDENCE_DUTCH },
    { "-\xe2\x82\xac 5", IDO_NOTATION_DUTCH, -5, FALSE, IDO_EVIDENCE_NONE },
    { "1234 \xe2\x82\xac", IDO_NOTATION_DUTCH, 1234, FALSE, IDO_EVIDENCE_NONE },
    { "EUR 10", IDO_NOTATION_DUTCH, 10, FALSE, IDO_EVIDENCE_NONE },
    { "1,5E+03", IDO_NOTATION_DUTCH, 1500, FALSE, IDO_EVIDENCE_DUTCH },
    { "1.5e3", IDO_NOTATION_DUTCH, 1500, FALSE, IDO_EVIDENCE_ENGLISH },
    { "2E-2", IDO_NOTATION_DUTCH, 0.02, FALSE, IDO_EVIDENCE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      IdoNumber number = { 0 };

      g_test_message ("number %s", cases[i].text);
      g_assert_true (ido_parse_number (cases[i].text, cases[i].notation, &number, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (number.value, cases[i].value, 1e-9);
      g_assert_cmpint (number.percent, ==, cases[i].percent);
      g_assert_cmpint (number.evidence, ==, cases[i].evidence);
    }
}

static void
test_numbers_invalid (void)
{
  static const char * const cases[] = {
    "", "   ", "abc", "12abc", "1.2.3,4,5", "1,23,456", "1.2,3", "1,234.567,8", "12.", "1,",
    "1 23", "--3", "1e", "1e+", "inf", "nan", "NaN", "0x10", "12 %%", "1.234,5.6", "1,2.3,4",
    "99999999999999999999999999999999999999999999999999999999999999999999999",
    "1e999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      IdoNumber number = { 0 };

      g_test_message ("not a number: %s", cases[i]);
      g_assert_false (ido_parse_number (cases[i], IDO_NOTATION_DUTCH, &number, &error));
      g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_INVALID_VALUE);
      g_assert_nonnull (error->message);
    }
}

static void
test_periods (void)
{
  static const char * const cases[][2] = {
    { "2024", "2024" },
    { " 2024 ", "2024" },
    { "2024-Q3", "2024Q3" },
    { "2024 Q3", "2024Q3" },
    { "2024Q3", "2024Q3" },
    { "2024q3", "2024Q3" },
    { "Q3 2024", "2024Q3" },
    { "Q3-2024", "2024Q3" },
    { "2024/Q3", "2024Q3" },
    { "2024K3", "2024Q3" },
    { "K3 2024", "2024Q3" },
    { "2024KW03", "2024Q3" },
    { "2024kw3", "2024Q3" },
    { "3e kwartaal 2024", "2024Q3" },
    { "3de kwartaal 2024", "2024Q3" },
    { "1ste kwartaal 2024", "2024Q1" },
    { "kwartaal 3 2024", "2024Q3" },
    { "Kwartaal 3, 2024", "2024Q3" },
    { "2024 kwartaal 3", "2024Q3" },
    { "derde kwartaal 2024", "2024Q3" },
    { "Eerste kwartaal 2025", "2025Q1" },
    { "3rd quarter 2024", "2024Q3" },
    { "Quarter 4 2023", "2023Q4" },
    { "2024JJ00", "2024" },
    { "2024-07-01", "2024Q3" },
    { "15-11-2024", "2024Q4" },
    { "2024-03-31 00:00:00", "2024Q1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char period[7] = { 0 };

      g_test_message ("period %s", cases[i][0]);
      g_assert_true (ido_parse_period (cases[i][0], IDO_DATE_ORDER_DAY_FIRST, period, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (period, ==, cases[i][1]);
    }
}

static void
test_periods_invalid (void)
{
  static const char * const cases[] = {
    "", "Q3", "kwartaal", "2024-3", "2024 3", "Q5 2024", "2024Q0", "24Q3", "Q3 '24", "2024-2025",
    "2024 Q3 Q4", "2024MM07", "juli 2024", "1899", "2300", "abc", "2024 kwartaal", "2024JJ01",
    "Q3 2024 2025", "a b c d e f g h i j",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char period[7] = { 0 };

      g_test_message ("not a period: %s", cases[i]);
      g_assert_false (ido_parse_period (cases[i], IDO_DATE_ORDER_DAY_FIRST, period, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == IDO_IMPORT_ERROR);
    }
}

static void
test_quarter_numbers (void)
{
  static const struct { const char *text; guint quarter; } cases[] = {
    { "3", 3 }, { "Q3", 3 }, { "K3", 3 }, { "KW03", 3 }, { "3e kwartaal", 3 }, { "kwartaal 3", 3 },
    { "derde kwartaal", 3 }, { "1", 1 }, { "4", 4 },
  };
  static const char * const invalid[] = { "0", "5", "2024Q3", "drie", "", "Q" };
  guint year = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint quarter = 0;

      g_assert_true (ido_parse_quarter_number (cases[i].text, &quarter, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (quarter, ==, cases[i].quarter);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      guint quarter = 0;

      g_test_message ("not a quarter: %s", invalid[i]);
      g_assert_false (ido_parse_quarter_number (invalid[i], &quarter, NULL));
    }
  g_assert_true (ido_parse_year ("2024", &year, NULL));
  g_assert_cmpuint (year, ==, 2024);
  g_assert_true (ido_parse_year ("2023JJ00", &year, NULL));
  g_assert_cmpuint (year, ==, 2023);
  g_assert_false (ido_parse_year ("2024Q3", &year, NULL));
  g_assert_false (ido_parse_year ("24", &year, NULL));
}

static void
test_dates (void)
{
  static const struct { const char *text; IdoDateOrder order; const char *iso; } cases[] = {
    { "2024-07-01", IDO_DATE_ORDER_NONE, "2024-07-01" },
    { "2024/7/1", IDO_DATE_ORDER_NONE, "2024-07-01" },
    { "01-07-2024", IDO_DATE_ORDER_DAY_FIRST, "2024-07-01" },
    { "1-7-2024", IDO_DATE_ORDER_DAY_FIRST, "2024-07-01" },
    { "03/04/2024", IDO_DATE_ORDER_DAY_FIRST, "2024-04-03" },
    { "03/04/2024", IDO_DATE_ORDER_MONTH_FIRST, "2024-03-04" },
    { "3.4.2024", IDO_DATE_ORDER_DAY_FIRST, "2024-04-03" },
    /* Unambiguous without a declared order: a day above 12, or day = month. */
    { "25/03/2024", IDO_DATE_ORDER_NONE, "2024-03-25" },
    { "03/25/2024", IDO_DATE_ORDER_NONE, "2024-03-25" },
    { "05-05-2024", IDO_DATE_ORDER_NONE, "2024-05-05" },
    { "2024-02-29", IDO_DATE_ORDER_NONE, "2024-02-29" },
    { "29-02-2024 13:45", IDO_DATE_ORDER_DAY_FIRST, "2024-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char iso[11] = { 0 };

      g_test_message ("date %s", cases[i].text);
      g_assert_true (ido_parse_date (cases[i].text, cases[i].order, iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_dates_never_guessed (void)
{
  g_autoptr(GError) error = NULL;
  char iso[11] = { 0 };

  /* 3 April or 4 March: refused unless the column is declared. */
  g_assert_false (ido_parse_date ("03/04/2024", IDO_DATE_ORDER_NONE, iso, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  g_assert_false (ido_parse_period ("03-04-2024", IDO_DATE_ORDER_NONE, iso, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  /* Declared Dutch: 03/25 cannot be day-first and is not swapped. */
  g_assert_false (ido_parse_date ("03/25/2024", IDO_DATE_ORDER_DAY_FIRST, iso, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ido_parse_date ("31-02-2024", IDO_DATE_ORDER_DAY_FIRST, iso, NULL));
  g_assert_false (ido_parse_date ("01-07-24", IDO_DATE_ORDER_DAY_FIRST, iso, NULL));
  g_assert_false (ido_parse_date ("2024-13-01", IDO_DATE_ORDER_NONE, iso, NULL));
  g_assert_false (ido_parse_date ("1-7/2024", IDO_DATE_ORDER_DAY_FIRST, iso, NULL));
  g_assert_false (ido_parse_date ("2024.07.01", IDO_DATE_ORDER_NONE, iso, NULL));
  g_assert_false (ido_parse_date ("gisteren", IDO_DATE_ORDER_DAY_FIRST, iso, NULL));
}

static void
test_places_and_marks (void)
{
  gboolean inside = FALSE;

  g_assert_true (ido_parse_inside_library ("Binnen de bibliotheek", &inside, NULL));
  g_assert_true (inside);
  g_assert_true (ido_parse_inside_library ("buiten", &inside, NULL));
  g_assert_false (inside);
  g_assert_true (ido_parse_inside_library ("Outside library", &inside, NULL));
  g_assert_false (inside);
  g_assert_true (ido_parse_inside_library ("In de bibliotheek", &inside, NULL));
  g_assert_true (inside);
  g_assert_false (ido_parse_inside_library ("misschien", &inside, NULL));

  g_assert_true (ido_parse_is_missing (""));
  g_assert_true (ido_parse_is_missing (" - "));
  g_assert_true (ido_parse_is_missing ("n.v.t."));
  g_assert_true (ido_parse_is_missing ("#N/B"));
  g_assert_true (ido_parse_is_missing ("x"));
  g_assert_false (ido_parse_is_missing ("0"));
  g_assert_false (ido_parse_is_missing ("Utrecht"));

  g_assert_true (ido_parse_is_national ("Nederland"));
  g_assert_true (ido_parse_is_national ("Totaal Nederland"));
  g_assert_true (ido_parse_is_national ("LANDELIJK"));
  g_assert_false (ido_parse_is_national ("Utrecht"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/parse/numbers", test_numbers_valid);
  g_test_add_func ("/import/parse/numbers-invalid", test_numbers_invalid);
  g_test_add_func ("/import/parse/periods", test_periods);
  g_test_add_func ("/import/parse/periods-invalid", test_periods_invalid);
  g_test_add_func ("/import/parse/quarter-numbers", test_quarter_numbers);
  g_test_add_func ("/import/parse/dates", test_dates);
  g_test_add_func ("/import/parse/dates-never-guessed", test_dates_never_guessed);
  g_test_add_func ("/import/parse/places-and-marks", test_places_and_marks);

  return g_test_run ();
}

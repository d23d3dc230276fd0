/* test-validate.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-validate.h"

static void
test_email (void)
{
  const char *good[] = { "", NULL, "naam@gemeente.nl", "a.b-c+d@sub.example.org" };
  const char *bad[] = { "naam", "naam@", "@gemeente.nl", "naam@gemeente", "na am@gemeente.nl",
                        "a@b@c.nl", "naam@gemeente.", "naam@.nl", "naam@gemeente..nl" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (ido_validate_email (good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("refusing %s", bad[i]);
      g_assert_false (ido_validate_email (bad[i], &error));
      g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_EMAIL);
    }
}

static void
test_phone (void)
{
  const char *good[] = { "", "010-123 45 67", "0101234567", "06 12345678", "0800-1508", "0800 1508",
                         "+31 10 123 4567", "0031101234567", "(010) 123 45 67", "0900-1234567",
                         "14 010", "14 0591" };
  const char *bad[] = { "12345", "010-123 45 6", "010-123 45 678", "bel mij", "+31", "06-1234567a",
                        "1010123456", "14 01", "14 05911" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("accepting %s", good[i]);
      g_assert_true (ido_validate_phone (good[i], NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("refusing %s", bad[i]);
      g_assert_false (ido_validate_phone (bad[i], &error));
      g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_PHONE);
    }
}

static void
test_website (void)
{
  g_assert_true (ido_validate_website ("", NULL));
  g_assert_true (ido_validate_website ("www.bibliotheek.nl", NULL));
  g_assert_true (ido_validate_website ("https://www.humanitas.nl/afdeling", NULL));
  g_assert_false (ido_validate_website ("ftp://files.example.org", NULL));
  g_assert_false (ido_validate_website ("bibliotheek", NULL));
  g_assert_false (ido_validate_website ("www.biblio theek.nl", NULL));
}

static void
test_dates (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "31-12-2025", "2025-12-31" },
    { "1-2-2025", "2025-02-01" },
    { "01/02/2025", "2025-02-01" },
    { "2025-02-01", "2025-02-01" },
    { " 29-02-2028 ", "2028-02-29" },
    { "29-02-2027", NULL },
    { "31-04-2025", NULL },
    { "2025/02/01", NULL },
    { "12-31-2025", NULL },
    { "1-2-25", NULL },
    { "morgen", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = ido_date_from_user (cases[i].in);

      g_assert_cmpstr (iso, ==, cases[i].out);
    }
  {
    g_autofree char *user = ido_date_to_user ("2025-02-01");

    g_assert_cmpstr (user, ==, "01-02-2025");
  }
  g_assert_true (ido_validate_date ("2025-02-01", IDO_FIELD_DATE, NULL));
  g_assert_true (ido_validate_date (NULL, IDO_FIELD_DATE, NULL));
  g_assert_false (ido_validate_date ("2025-02-30", IDO_FIELD_DATE, NULL));
}

static void
test_date_order (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_validate_date_order ("2025-01-01", "2025-01-01", IDO_FIELD_END_DATE, NULL));
  g_assert_true (ido_validate_date_order ("2025-01-01", NULL, IDO_FIELD_END_DATE, NULL));
  g_assert_false (ido_validate_date_order ("2025-01-02", "2025-01-01", IDO_FIELD_REVIEW_DATE, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
}

static void
test_required_percent_period (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ido_validate_required ("   ", IDO_FIELD_NAME, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_assert_true (ido_validate_required ("Humanitas", IDO_FIELD_NAME, NULL));
  g_assert_true (ido_validate_percent (0, NULL));
  g_assert_true (ido_validate_percent (100, NULL));
  g_assert_false (ido_validate_percent (100.5, NULL));
  g_assert_false (ido_validate_percent (-1, NULL));
  g_assert_true (ido_validate_period ("2025Q3", NULL));
  g_assert_false (ido_validate_period ("Q3 2025", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/website", test_website);
  g_test_add_func ("/validate/dates", test_dates);
  g_test_add_func ("/validate/date-order", test_date_order);
  g_test_add_func ("/validate/required-percent-period", test_required_percent_period);

  return g_test_run ();
}

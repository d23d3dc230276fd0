/* test-spuk.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-spuk.h"

static void
test_estimate (void)
{
  /* Hand-computed: 58.400 x 0,83 = 48.472,00; 7.900 x 0,70 = 5.530,00. */
  g_assert_cmpint (ido_spuk_allocation_estimate (58400, 7900), ==, 4847200 + 553000);
  /* Amsterdam 1-1-2024 without the education part: 931.298 x 0,83 = 772.977,34 */
  g_assert_cmpint (ido_spuk_allocation_estimate (931298, 0), ==, 77297734);
  /* Schiermonnikoog: 972 x 0,83 = 806,76; 101 x 0,70 = 70,70 */
  g_assert_cmpint (ido_spuk_allocation_estimate (972, 101), ==, 80676 + 7070);
  g_assert_cmpint (ido_spuk_allocation_estimate (0, 0), ==, 0);
  /* The national inhabitant part: 17.942.942 x 0,83 = 14.892.641,86 */
  g_assert_cmpint (ido_spuk_allocation_estimate (17942942, 0), ==, 1489264186);
}

static void
test_summary_within_limit (void)
{
  IdoSpukSummary s = {
    .year = 2025,
    .allocation = 5400200,              /* € 54.002,00 */
    .reserved_from_previous = 300000,   /* € 3.000,00 */
    .reserved_for_next = 1000000,       /* € 10.000,00 */
    .spent = { 4000000, 250000, 150000 },
  };

  ido_spuk_summary_compute (&s);
  g_assert_cmpint (s.spent_total, ==, 4400000);
  g_assert_cmpint (s.available, ==, 5700200);
  g_assert_cmpint (s.unspent, ==, 1300200);
  g_assert_cmpint (s.overspent, ==, 0);
  /* 25% of € 54.002,00 = € 13.500,50, above what is unspent: € 13.002,00 */
  g_assert_cmpint (s.max_reservable, ==, 1300200);
  g_assert_cmpint (s.to_repay, ==, 300200);
}

static void
test_summary_beyond_limit (void)
{
  IdoSpukSummary s = {
    .allocation = 4000000,
    .reserved_for_next = 1000000,
    .spent = { 1000000, 0, 0 },
  };

  ido_spuk_summary_compute (&s);
  g_assert_cmpint (s.unspent, ==, 3000000);
  g_assert_cmpint (s.max_reservable, ==, 1000000);
  /* € 30.000 unspent, € 10.000 reserved: € 20.000 must be repaid */
  g_assert_cmpint (s.to_repay, ==, 2000000);
}

static void
test_summary_overspent_and_gemeentefonds (void)
{
  IdoSpukSummary over = { .allocation = 1000000, .spent = { 900000, 200000, 0 } };
  IdoSpukSummary fund = { .allocation = 4000000, .no_spuk = TRUE, .reserved_for_next = 3000000,
                          .spent = { 1000000, 0, 0 } };

  ido_spuk_summary_compute (&over);
  g_assert_cmpint (over.unspent, ==, 0);
  g_assert_cmpint (over.overspent, ==, 100000);
  g_assert_cmpint (over.to_repay, ==, 0);
  g_assert_cmpint (over.max_reservable, ==, 0);

  /* Without a SPUK the 25% rule does not apply. */
  ido_spuk_summary_compute (&fund);
  g_assert_cmpint (fund.max_reservable, ==, 3000000);
  g_assert_cmpint (fund.to_repay, ==, 0);
}

static void
test_reservation_check (void)
{
  IdoSpukSummary s = { .allocation = 4000000, .spent = { 1000000, 0, 0 } };
  IdoSpukSummary fund = { .allocation = 4000000, .no_spuk = TRUE, .spent = { 1000000, 0, 0 } };
  g_autoptr(GError) error = NULL;

  ido_spuk_summary_compute (&s);
  g_assert_true (ido_spuk_check_reservation (&s, 1000000, &error));
  g_assert_no_error (error);
  g_assert_false (ido_spuk_check_reservation (&s, 1000001, &error));
  g_assert_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_RESERVATION_TOO_HIGH);
  g_clear_error (&error);
  g_assert_false (ido_spuk_check_reservation (&s, 3000001, &error));
  g_assert_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_RESERVATION_EXCEEDS_UNSPENT);
  g_clear_error (&error);

  ido_spuk_summary_compute (&fund);
  g_assert_true (ido_spuk_check_reservation (&fund, 3000000, &error));
  g_assert_false (ido_spuk_check_reservation (&fund, 3000001, NULL));
}

static void
test_categories (void)
{
  IdoSpukCategory category;
  g_autoptr(GError) error = NULL;

  for (IdoSpukCategory c = 0; c < IDO_SPUK_N_CATEGORIES; c++)
    {
      g_assert_true (ido_spuk_category_from_string (ido_spuk_category_to_string (c), &category, NULL));
      g_assert_cmpint (category, ==, c);
      g_assert_nonnull (ido_spuk_category_get_label (c));
    }
  g_assert_false (ido_spuk_category_from_string ("catering", &category, &error));
  g_assert_error (error, IDO_SPUK_ERROR, IDO_SPUK_ERROR_CATEGORY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spuk/estimate", test_estimate);
  g_test_add_func ("/spuk/summary-within-limit", test_summary_within_limit);
  g_test_add_func ("/spuk/summary-beyond-limit", test_summary_beyond_limit);
  g_test_add_func ("/spuk/summary-overspent-and-gemeentefonds", test_summary_overspent_and_gemeentefonds);
  g_test_add_func ("/spuk/reservation-check", test_reservation_check);
  g_test_add_func ("/spuk/categories", test_categories);

  return g_test_run ();
}

/* test-target.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-target.h"

static const IdoPeriodValue questions_2025[] = {
  { "2024Q4", 9999 },      /* outside the period: ignored */
  { "2025Q1", 1800 },
  { "2025Q2", 1700 },
  { "2025Q3", 1812 },
};

static void
test_no_data (void)
{
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2026", 7000, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, questions_2025, G_N_ELEMENTS (questions_2025));
  g_autoptr(IdoTargetResult) empty = ido_target_evaluate (&spec, NULL, 0);

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_NO_DATA);
  g_assert_cmpuint (r->periods_with_data, ==, 0);
  g_assert_cmpint (empty->status, ==, IDO_TARGET_STATUS_NO_DATA);
  g_assert_nonnull (r->explanation);
}

static void
test_partial_sum_on_track (void)
{
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025", 7000, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, questions_2025, G_N_ELEMENTS (questions_2025));

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (r->actual, 5312, 1e-9);
  /* 5.312 / 3 x 4 = 7.082,67 */
  g_assert_cmpfloat_with_epsilon (r->forecast, 5312.0 * 4 / 3, 1e-9);
  g_assert_cmpuint (r->periods_with_data, ==, 3);
  g_assert_cmpuint (r->periods_total, ==, 4);
  g_assert_cmpstr (r->explanation, ==,
                   "sum of Q1–Q3 2025 = 5.312; target at least 7.000 for 2025; "
                   "on track according to a linear forecast (7.083)");
}

static void
test_partial_sum_behind (void)
{
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025", 7500, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, questions_2025, G_N_ELEMENTS (questions_2025));
  IdoTargetSpec at_most = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_MOST, "2025", 6000, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) m = ido_target_evaluate (&at_most, questions_2025, G_N_ELEMENTS (questions_2025));

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_BEHIND);
  /* At most 6.000 while the forecast is 7.083. */
  g_assert_cmpint (m->status, ==, IDO_TARGET_STATUS_BEHIND);
}

static void
test_complete_year (void)
{
  const IdoPeriodValue values[] = {
    { "2025Q1", 1800 }, { "2025Q2", 1700 }, { "2025Q3", 1812 }, { "2025Q4", 1700 },
  };
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025", 7000, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));
  IdoTargetSpec higher = spec;
  g_autoptr(IdoTargetResult) h = NULL;

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ACHIEVED);
  g_assert_cmpfloat_with_epsilon (r->actual, 7012, 1e-9);
  g_assert_cmpstr (r->explanation, ==, "sum of Q1–Q4 2025 = 7.012; target at least 7.000 for 2025; achieved");
  higher.target_value = 7013;
  h = ido_target_evaluate (&higher, values, G_N_ELEMENTS (values));
  g_assert_cmpint (h->status, ==, IDO_TARGET_STATUS_BEHIND);
}

/* A year value (a manual entry) counts as the whole period. */
static void
test_year_value (void)
{
  const IdoPeriodValue values[] = { { "2025", 7100 }, { "2025Q1", 10 } };
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025", 7000, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ACHIEVED);
  g_assert_cmpfloat_with_epsilon (r->actual, 7100, 1e-9);
}

static void
test_average (void)
{
  const IdoPeriodValue values[] = { { "2025Q1", 7.2 }, { "2025Q2", 7.6 } };
  IdoTargetSpec spec = { IDO_AGGREGATION_AVERAGE, IDO_TARGET_AT_LEAST, "2025", 7.0, FALSE, 0, NULL, 1 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));
  IdoTargetSpec strict = spec;
  g_autoptr(IdoTargetResult) s = NULL;

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (r->actual, 7.4, 1e-9);
  /* An average is not extrapolated: the forecast is the value so far. */
  g_assert_cmpfloat_with_epsilon (r->forecast, 7.4, 1e-9);
  g_assert_cmpstr (r->explanation, ==, "average of Q1–Q2 2025 = 7,4; target at least 7,0 for 2025; on track so far");
  strict.target_value = 7.5;
  s = ido_target_evaluate (&strict, values, G_N_ELEMENTS (values));
  g_assert_cmpint (s->status, ==, IDO_TARGET_STATUS_BEHIND);
}

static void
test_latest (void)
{
  const IdoPeriodValue values[] = { { "2025Q1", 3 }, { "2025Q3", 4 }, { "2025Q2", 5 } };
  IdoTargetSpec spec = { IDO_AGGREGATION_LATEST, IDO_TARGET_AT_LEAST, "2025", 4, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));

  /* The latest quarter, not the last row given. */
  g_assert_cmpfloat_with_epsilon (r->actual, 4, 1e-9);
  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpstr (r->explanation, ==, "latest value (Q1–Q3 2025) = 4; target at least 4 for 2025; on track so far");
}

static void
test_growth (void)
{
  const IdoPeriodValue values[] = {
    { "2025Q1", 1800 }, { "2025Q2", 1700 }, { "2025Q3", 1812 }, { "2025Q4", 1700 },
  };
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_GROWTH, "2025", 30, TRUE, 5000, "2024", 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));
  IdoTargetSpec more = spec;
  g_autoptr(IdoTargetResult) m = NULL;

  /* +30% on 5.000 = 6.500; 7.012 reached */
  g_assert_cmpfloat_with_epsilon (r->goal, 6500, 1e-9);
  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ACHIEVED);
  g_assert_cmpstr (r->explanation, ==,
                   "sum of Q1–Q4 2025 = 7.012; target growth of 30,0% versus baseline 5.000 (2024) = 6.500 "
                   "for 2025; achieved");
  more.target_value = 50;
  m = ido_target_evaluate (&more, values, G_N_ELEMENTS (values));
  g_assert_cmpint (m->status, ==, IDO_TARGET_STATUS_BEHIND);
}

static void
test_growth_from_zero (void)
{
  const IdoPeriodValue values[] = { { "2025Q1", 100 } };
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_GROWTH, "2025", 30, TRUE, 0, "2024", 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_NO_DATA);
  g_assert_nonnull (g_strstr_len (r->explanation, -1, "baseline above zero"));
}

static void
test_quarter_target (void)
{
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025Q2", 1600, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, questions_2025, G_N_ELEMENTS (questions_2025));
  IdoTargetSpec q4 = spec;
  g_autoptr(IdoTargetResult) none = NULL;

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ACHIEVED);
  g_assert_cmpfloat_with_epsilon (r->actual, 1700, 1e-9);
  g_assert_cmpuint (r->periods_total, ==, 1);
  g_assert_cmpstr (r->explanation, ==, "value for Q2 2025 = 1.700; target at least 1.600 for 2025Q2; achieved");
  q4.period = "2025Q4";
  none = ido_target_evaluate (&q4, questions_2025, G_N_ELEMENTS (questions_2025));
  g_assert_cmpint (none->status, ==, IDO_TARGET_STATUS_NO_DATA);
}

static void
test_gap_in_quarters (void)
{
  const IdoPeriodValue values[] = { { "2025Q1", 100 }, { "2025Q3", 100 } };
  IdoTargetSpec spec = { IDO_AGGREGATION_SUM, IDO_TARGET_AT_LEAST, "2025", 400, FALSE, 0, NULL, 0 };
  g_autoptr(IdoTargetResult) r = ido_target_evaluate (&spec, values, G_N_ELEMENTS (values));

  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpstr (r->explanation, ==, "sum of Q1, Q3 2025 = 200; target at least 400 for 2025; "
                                       "on track according to a linear forecast (400)");
}

static void
test_period_valid (void)
{
  g_assert_true (ido_period_is_valid ("2025"));
  g_assert_true (ido_period_is_valid ("2025Q4"));
  g_assert_false (ido_period_is_valid ("2025Q5"));
  g_assert_false (ido_period_is_valid ("2025-Q1"));
  g_assert_false (ido_period_is_valid ("25"));
  g_assert_false (ido_period_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/target/no-data", test_no_data);
  g_test_add_func ("/target/partial-sum-on-track", test_partial_sum_on_track);
  g_test_add_func ("/target/partial-sum-behind", test_partial_sum_behind);
  g_test_add_func ("/target/complete-year", test_complete_year);
  g_test_add_func ("/target/year-value", test_year_value);
  g_test_add_func ("/target/average", test_average);
  g_test_add_func ("/target/latest", test_latest);
  g_test_add_func ("/target/growth", test_growth);
  g_test_add_func ("/target/growth-from-zero", test_growth_from_zero);
  g_test_add_func ("/target/quarter-target", test_quarter_target);
  g_test_add_func ("/target/gap-in-quarters", test_gap_in_quarters);
  g_test_add_func ("/target/period-valid", test_period_valid);

  return g_test_run ();
}

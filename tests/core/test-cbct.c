/* test-cbct.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-cbct.h"

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *text = ido_date_format_iso (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_schedule (void)
{
  IdoCbctSchedule s;

  g_assert_true (ido_cbct_schedule_compute ("2027-05-31", "2026-06-01", &s));
  g_assert_cmpint (s.audit_year, ==, 2027);
  g_assert_cmpint (s.audit_quarter, ==, 2);
  assert_date (&s.audit_quarter_start, "2027-04-01");
  /* Six weeks before 1 April 2027 */
  assert_date (&s.self_evaluation_due, "2027-02-18");
  g_assert_false (s.due_soon);
  g_assert_false (s.expired);

  /* Within six months of the self-evaluation deadline */
  g_assert_true (ido_cbct_schedule_compute ("2027-05-31", "2026-08-18", &s));
  g_assert_true (s.due_soon);
  g_assert_true (ido_cbct_schedule_compute ("2027-05-31", "2026-08-17", &s));
  g_assert_false (s.due_soon);

  g_assert_true (ido_cbct_schedule_compute ("2026-01-15", "2026-06-01", &s));
  g_assert_cmpint (s.audit_quarter, ==, 1);
  assert_date (&s.self_evaluation_due, "2025-11-20");
  g_assert_true (s.expired);
  g_assert_false (s.due_soon);

  g_assert_true (ido_cbct_schedule_compute ("2026-12-31", "2026-06-01", &s));
  g_assert_cmpint (s.audit_quarter, ==, 4);
  assert_date (&s.self_evaluation_due, "2026-08-20");
  g_assert_true (s.due_soon);
}

static void
test_invalid_dates (void)
{
  IdoCbctSchedule s;
  GDate d;

  g_assert_false (ido_cbct_schedule_compute ("31-05-2027", "2026-06-01", &s));
  g_assert_false (ido_cbct_schedule_compute ("2027-02-30", "2026-06-01", &s));
  g_assert_false (ido_cbct_schedule_compute ("2027-05-31", "yesterday", &s));
  g_assert_false (ido_date_parse_iso ("2027-5-31", &d));
  g_assert_true (ido_date_parse_iso ("2028-02-29", &d));
  g_assert_false (ido_date_parse_iso ("2027-02-29", &d));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cbct/schedule", test_schedule);
  g_test_add_func ("/cbct/invalid-dates", test_invalid_dates);

  return g_test_run ();
}

/* test-budget.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-target-query.h"
#include "ido-validate.h"
#include "ido-test-utils.h"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ido_test_make_dir ();
  path = g_build_filename (f->dir, "ido-regie.db", NULL);
  f->db = ido_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
save_2025 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  IdoBudgetYear year = {
    .year = 2025,
    .allocation = 4000000,
    .reserved_from_previous = 200000,
  };

  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_no_error (error);
}

static void
test_year_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  IdoBudgetYear year = {
    .year = 2025,
    .allocation = 5400200,
    .allocation_is_estimate = TRUE,
    .estimate_inhabitants = 58400,
    .estimate_low_educated = 7900,
    .estimate_population_year = 2024,
    .notes = (char *) "Schatting tot de bijlage bekend is",
  };
  IdoBudgetYear loaded;

  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_true (ido_budget_load_year (f->db, 2025, &loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loaded.allocation, ==, 5400200);
  g_assert_true (loaded.allocation_is_estimate);
  g_assert_cmpuint (loaded.estimate_inhabitants, ==, 58400);
  g_assert_cmpstr (loaded.notes, ==, "Schatting tot de bijlage bekend is");
  ido_budget_year_clear (&loaded);

  /* Saving again updates instead of adding a year. */
  year.allocation = 5500000;
  year.allocation_is_estimate = FALSE;
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_cmpint (ido_database_count (f->db, "budget_year"), ==, 1);
  g_assert_true (ido_budget_load_year (f->db, 2025, &loaded, &error));
  g_assert_cmpint (loaded.allocation, ==, 5500000);
  g_assert_false (loaded.allocation_is_estimate);
  ido_budget_year_clear (&loaded);

  g_assert_false (ido_budget_load_year (f->db, 2024, &loaded, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
}

static void
test_spending_and_summary (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  IdoSpukSummary s;
  gint64 id = 0;

  save_2025 (f);
  g_assert_true (ido_budget_add_spending (f->db, 2025, "2025-02-01", "library", "Subsidie Q1", 2500000, 0, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (ido_budget_add_spending (f->db, 2025, "2025-05-01", "promotion", "Flyers", 45050, 0, NULL, &error));
  g_assert_true (ido_budget_add_spending (f->db, 2025, "2025-06-01", "network", "Netwerkbijeenkomst", 30000, 0, NULL, &error));

  g_assert_true (ido_budget_load_summary (f->db, 2025, &s, &error));
  g_assert_cmpint (s.spent[IDO_SPUK_CATEGORY_LIBRARY], ==, 2500000);
  g_assert_cmpint (s.spent[IDO_SPUK_CATEGORY_PROMOTION], ==, 45050);
  g_assert_cmpint (s.spent[IDO_SPUK_CATEGORY_NETWORK], ==, 30000);
  g_assert_cmpint (s.available, ==, 4200000);
  g_assert_cmpint (s.unspent, ==, 4200000 - 2575050);
  g_assert_cmpint (s.max_reservable, ==, 1000000);
  g_assert_cmpint (s.to_repay, ==, 4200000 - 2575050);

  g_assert_true (ido_budget_delete_spending (f->db, id, &error));
  g_assert_true (ido_budget_load_summary (f->db, 2025, &s, &error));
  g_assert_cmpint (s.spent[IDO_SPUK_CATEGORY_LIBRARY], ==, 0);
}

static void
test_spending_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  save_2025 (f);
  g_assert_false (ido_budget_add_spending (f->db, 2025, "2025-02-01", "catering", "Lunch", 100, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);
  g_assert_false (ido_budget_add_spending (f->db, 2025, "2024-12-31", "library", "Te vroeg", 100, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_assert_false (ido_budget_add_spending (f->db, 2025, "2025-02-30", "library", "Geen datum", 100, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_assert_false (ido_budget_add_spending (f->db, 2025, "2025-02-01", "library", "Negatief", -1, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT);
  g_clear_error (&error);
  g_assert_false (ido_budget_add_spending (f->db, 2025, "2025-02-01", "library", "  ", 100, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_assert_false (ido_budget_add_spending (f->db, 2026, "2026-02-01", "library", "Geen begroting", 100, 0, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_assert_cmpint (ido_database_count (f->db, "spending"), ==, 0);
}

static void
test_reservation_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  IdoBudgetYear year = { .year = 2025, .allocation = 4000000, .reserved_for_next = 1000001 };
  IdoBudgetYear loaded;

  g_assert_false (ido_budget_save_year (f->db, &year, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_RESERVATION);
  g_assert_cmpint (ido_database_count (f->db, "budget_year"), ==, 0);
  g_clear_error (&error);

  year.reserved_for_next = 1000000;
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  /* A later edit that breaks the rule leaves the stored year as it was. */
  year.reserved_for_next = 1500000;
  g_assert_false (ido_budget_save_year (f->db, &year, &error));
  g_assert_true (ido_budget_load_year (f->db, 2025, &loaded, NULL));
  g_assert_cmpint (loaded.reserved_for_next, ==, 1000000);
  ido_budget_year_clear (&loaded);
  g_clear_error (&error);

  /* Without a SPUK (gemeentefonds) the 25% rule does not apply. */
  year.no_spuk = TRUE;
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_budget_previous_reservation (f->db, 2026), ==, 1500000);
  g_assert_cmpint (ido_budget_previous_reservation (f->db, 2025), ==, 0);

  year.year = 2022;
  g_assert_false (ido_budget_save_year (f->db, &year, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER);
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (f->db, sql, &error));
  g_assert_no_error (error);
}

static void
test_target_from_observations (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTargetResult) r = NULL;
  g_autoptr(IdoTargetResult) manual = NULL;
  g_autofree char *place = NULL;

  exec (f, "INSERT INTO municipality (code, name, is_own) VALUES ('GM0363', 'Amsterdam', 1)");
  exec (f, "INSERT INTO target (id, indicator_id, scope, period, target_value, direction)"
           " VALUES (1, (SELECT id FROM indicator WHERE code = 'questions'), 'municipality', '2025', 7000, 'at-least')");
  exec (f, "WITH q (id) AS (SELECT id FROM indicator WHERE code = 'questions')"
           " INSERT INTO observation (period, place_key, indicator_id, value) VALUES"
           " ('2025Q1', 'GM0363', (SELECT id FROM q), 1800), ('2025Q2', 'GM0363', (SELECT id FROM q), 1700),"
           " ('2025Q3', 'GM0363', (SELECT id FROM q), 1812), ('2024Q4', 'GM0363', (SELECT id FROM q), 5000),"
           " ('2025Q4', 'national', (SELECT id FROM q), 99999), ('2025Q4', 'GM0518', (SELECT id FROM q), 99999)");
  place = ido_target_place_key (f->db, 1, &error);
  g_assert_cmpstr (place, ==, "GM0363");
  r = ido_target_evaluate_stored (f->db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (r->actual, 5312, 1e-9);

  exec (f, "INSERT INTO target (id, indicator_id, scope, period, target_value, direction, source)"
           " VALUES (2, (SELECT id FROM indicator WHERE code = 'satisfaction'), 'municipality', '2025', 7, 'at-least', 'manual')");
  exec (f, "INSERT INTO target_manual_value (target_id, period, value, entered_on) VALUES"
           " (2, '2025', 7.8, '2026-01-10'), (2, '2024', 1, '2025-01-10')");
  manual = ido_target_evaluate_stored (f->db, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (manual->status, ==, IDO_TARGET_STATUS_ACHIEVED);
  g_assert_cmpfloat_with_epsilon (manual->actual, 7.8, 1e-9);
  g_assert_cmpstr (manual->explanation, ==, "value for 2025 = 7,8; target at least 7,0 for 2025; achieved");

  g_assert_null (ido_target_evaluate_stored (f->db, 99, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/budget/year-round-trip", test_year_round_trip);
  ADD ("/budget/spending-and-summary", test_spending_and_summary);
  ADD ("/budget/spending-refused", test_spending_refused);
  ADD ("/budget/reservation-refused", test_reservation_refused);
  ADD ("/budget/target-from-observations", test_target_from_observations);
#undef ADD

  return g_test_run ();
}

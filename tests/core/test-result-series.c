/* test-result-series.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ido-database.h"
#include "ido-population.h"
#include "ido-result-series.h"
#include "ido-test-utils.h"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
  gint64       own_id;
  gint64       other_id;
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
  g_assert_true (ido_database_exec (f->db, "INSERT INTO municipality (id, code, name, is_own) VALUES"
                                           " (1, 'GM0999', 'Voorbeeld', 1), (2, 'GM0998', 'Buurdorp', 0)", &error));
  g_assert_no_error (error);
  f->own_id = 1;
  f->other_id = 2;
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
add (Fixture    *f,
     const char *place,
     const char *period,
     const char *indicator,
     const char *category,
     double      value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (f->db,
                               "INSERT INTO observation (period, place_key, municipality_id, location_id,"
                               " indicator_id, category, value)"
                               " VALUES (?1, ?2, (SELECT municipality_id FROM location WHERE 'location:' || uuid = ?2),"
                               " (SELECT id FROM location WHERE 'location:' || uuid = ?2),"
                               " (SELECT id FROM indicator WHERE code = ?3), ?4, ?5)",
                               &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, place, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, indicator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, category ? category : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 5, value);
  g_assert_true (ido_database_step (f->db, stmt, NULL, &error));
  g_assert_no_error (error);
}

/* Returns the place key of a new location. */
static char *
add_location (Fixture    *f,
              gint64      municipality_id,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (f->db,
                               "INSERT INTO location (municipality_id, name) VALUES (?, ?)"
                               " RETURNING 'location:' || uuid",
                               &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  g_assert_true (ido_database_step (f->db, stmt, &has_row, &error));
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static IdoResultSeries *
load (Fixture    *f,
      const char *indicator,
      const char *category,
      guint       n_quarters)
{
  g_autoptr(GError) error = NULL;
  IdoResultOptions options = { n_quarters, 1000000 };
  IdoResultSeries *series = ido_result_series_load (f->db, indicator, category, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (series);
  return series;
}

static void
test_periods (void)
{
  int year = 0;
  int quarter = 0;
  g_autofree char *before = ido_result_period_shift ("2025Q1", -1);
  g_autofree char *year_ago = ido_result_period_shift ("2025Q3", -4);

  g_assert_true (ido_result_period_parse ("2025Q3", &year, &quarter));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 3);
  g_assert_false (ido_result_period_parse ("2025", NULL, NULL));
  g_assert_false (ido_result_period_parse ("2025Q5", NULL, NULL));
  g_assert_cmpstr (before, ==, "2024Q4");
  g_assert_cmpstr (year_ago, ==, "2024Q3");
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(IdoResultSeries) series = load (f, "questions", NULL, 8);
  g_autoptr(GError) error = NULL;
  IdoResultSeries *unknown;

  g_assert_true (ido_result_series_is_empty (series));
  g_assert_cmpint (series->total->latest.index, ==, -1);
  g_assert_cmpuint (series->locations->len, ==, 0);
  g_assert_cmpint (series->national_kind, ==, IDO_RESULT_NATIONAL_NONE);
  g_assert_null (ido_result_series_national_for (series, series->total));
  g_assert_false (ido_result_has_observations (f->db));

  unknown = ido_result_series_load (f->db, "no-such-indicator", NULL, NULL, &error);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  g_assert_null (unknown);
}

static void
test_single_quarter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(IdoResultSeries) series = NULL;

  add (f, "GM0999", "2025Q2", "questions", NULL, 100);
  add (f, "GM0998", "2025Q3", "questions", NULL, 999);   /* another municipality */
  series = load (f, "questions", NULL, 8);

  g_assert_true (ido_result_has_observations (f->db));
  g_assert_cmpuint (series->periods->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (series->periods, 0), ==, "2025Q2");
  g_assert_cmpfloat (series->total->values[0], ==, 100);
  g_assert_cmpint (series->total->latest.index, ==, 0);
  g_assert_cmpfloat (series->total->latest.value, ==, 100);
  g_assert_false (series->total->latest.has_previous);
  g_assert_false (series->total->latest.has_year_ago);
  g_assert_cmpuint (series->decimals, ==, 0);
}

/* 2024Q3 is missing: a gap (NAN), not zero, and the axis still has it. */
static void
test_gaps (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(IdoResultSeries) all = NULL;
  g_autoptr(IdoResultSeries) last3 = NULL;

  add (f, "GM0999", "2024Q1", "visits", NULL, 10);
  add (f, "GM0999", "2024Q2", "visits", NULL, 20);
  add (f, "GM0999", "2024Q4", "visits", NULL, 40);
  add (f, "GM0999", "2025Q1", "visits", NULL, 50);
  all = load (f, "visits", NULL, 0);

  g_assert_cmpuint (all->periods->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (all->periods, 2), ==, "2024Q3");
  g_assert_true (isnan (all->total->values[2]));
  g_assert_cmpfloat (all->total->values[3], ==, 40);
  g_assert_cmpint (all->total->latest.index, ==, 4);
  g_assert_cmpfloat (all->total->latest.value, ==, 50);
  g_assert_true (all->total->latest.has_previous);
  g_assert_cmpfloat (all->total->latest.previous, ==, 40);
  g_assert_true (all->total->latest.has_year_ago);
  g_assert_cmpfloat (all->total->latest.year_ago, ==, 10);

  /* The year-ago figure survives trimming to three quarters. */
  last3 = load (f, "visits", NULL, 3);
  g_assert_cmpuint (last3->periods->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (last3->periods, 0), ==, "2024Q3");
  g_assert_true (isnan (last3->total->values[0]));
  g_assert_cmpfloat (last3->total->values[2], ==, 50);
  g_assert_cmpint (last3->total->latest.index, ==, 2);
  g_assert_cmpfloat (last3->total->latest.year_ago, ==, 10);

  /* The latest quarter before a gap has no previous figure. */
  add (f, "GM0999", "2025Q3", "visits", NULL, 70);
  g_clear_pointer (&all, ido_result_series_free);
  all = load (f, "visits", NULL, 0);
  g_assert_cmpint (all->total->latest.index, ==, 6);
  g_assert_false (all->total->latest.has_previous);
  g_assert_false (all->total->latest.has_year_ago);   /* 2024Q3 is the gap */
}

static void
test_locations (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *west = add_location (f, f->own_id, "West");
  g_autofree char *centrum = add_location (f, f->own_id, "Centrum");
  g_autofree char *elsewhere = add_location (f, f->other_id, "Buurdorp Bieb");
  g_autoptr(IdoResultSeries) series = NULL;
  IdoResultLine *line;

  add (f, west, "2025Q1", "questions", NULL, 30);
  add (f, west, "2025Q2", "questions", NULL, 35);
  add (f, centrum, "2025Q2", "questions", NULL, 5);
  add (f, elsewhere, "2025Q2", "questions", NULL, 500);
  add (f, "GM0999", "2025Q2", "questions", NULL, 42);
  series = load (f, "questions", NULL, 8);

  g_assert_cmpuint (series->periods->len, ==, 2);
  g_assert_cmpuint (series->locations->len, ==, 2);
  line = g_ptr_array_index (series->locations, 0);
  g_assert_cmpstr (line->label, ==, "Centrum");
  g_assert_true (isnan (line->values[0]));
  g_assert_cmpfloat (line->values[1], ==, 5);
  line = g_ptr_array_index (series->locations, 1);
  g_assert_cmpstr (line->label, ==, "West");
  g_assert_cmpfloat (line->values[0], ==, 30);
  g_assert_true (line->latest.has_previous);
  g_assert_cmpfloat (line->latest.previous, ==, 30);
  g_assert_true (ido_result_series_find_location (series, line->location_id) == line);
  g_assert_null (ido_result_series_find_location (series, 12345));
  /* 2025Q1 has no municipal figure: the sum of the locations; 2025Q2 has
   * one, which wins over the locations' 40. */
  g_assert_cmpfloat (series->total->values[0], ==, 30);
  g_assert_cmpfloat (series->total->values[1], ==, 42);

  /* Scores do not add up over locations. */
  add (f, west, "2025Q1", "satisfaction", NULL, 8.0);
  g_clear_pointer (&series, ido_result_series_free);
  series = load (f, "satisfaction", NULL, 8);
  g_assert_cmpuint (series->periods->len, ==, 1);
  g_assert_true (isnan (series->total->values[0]));
  g_assert_cmpuint (series->decimals, ==, 1);
}

static void
test_categories (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(IdoResultSeries) all = NULL;
  g_autoptr(IdoResultSeries) course = NULL;
  g_autoptr(IdoResultSeries) shares = NULL;
  g_auto(GStrv) categories = NULL;
  g_autoptr(GError) error = NULL;

  add (f, "GM0999", "2025Q1", "referrals", "Lokale partner", 4);
  add (f, "GM0999", "2025Q1", "referrals", "Cursus", 3);
  add (f, "GM0999", "2025Q2", "referrals", "Cursus", 6);
  add (f, "GM0999", "2025Q2", "referrals", "", 10);   /* a total given by the file wins */
  add (f, "GM0999", "2025Q2", "topic-share", "DigiD", 12.5);
  all = load (f, "referrals", NULL, 8);
  course = load (f, "referrals", "Cursus", 8);
  shares = load (f, "topic-share", NULL, 8);
  categories = ido_result_series_list_categories (f->db, "referrals", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (all->total->values[0], ==, 7);
  g_assert_cmpfloat (all->total->values[1], ==, 10);
  g_assert_cmpfloat (course->total->values[0], ==, 3);
  g_assert_cmpfloat (course->total->values[1], ==, 6);
  /* Shares of different topics do not add up: no series without a topic. */
  g_assert_true (ido_result_series_is_empty (shares));
  g_assert_cmpuint (g_strv_length (categories), ==, 2);
  g_assert_cmpstr (categories[0], ==, "Cursus");
  g_assert_cmpstr (categories[1], ==, "Lokale partner");
}

static void
test_national (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *west = add_location (f, f->own_id, "West");
  g_autoptr(IdoResultSeries) questions = NULL;
  g_autoptr(IdoResultSeries) satisfaction = NULL;
  g_autoptr(GError) error = NULL;
  IdoResultLine *line;

  g_assert_true (ido_population_store (f->db, f->own_id, 2025, 50000, "test", &error));
  g_assert_no_error (error);
  add (f, "GM0999", "2025Q1", "questions", NULL, 900);
  add (f, "GM0999", "2025Q2", "questions", NULL, 1100);
  add (f, west, "2025Q2", "questions", NULL, 300);
  add (f, "national", "2025Q2", "questions", NULL, 20000);
  add (f, "national", "2024Q4", "questions", NULL, 18000);  /* before our first quarter */
  add (f, "GM0999", "2025Q1", "satisfaction", NULL, 7.5);
  add (f, "GM0999", "2025Q2", "satisfaction", NULL, 7.9);
  add (f, west, "2025Q2", "satisfaction", NULL, 8.2);
  add (f, "national", "2025Q2", "satisfaction", NULL, 8.0);

  /* Counts: 20.000 x 50.000 / 1.000.000 = 1.000, for the total only. */
  questions = load (f, "questions", NULL, 8);
  g_assert_cmpint (questions->national_kind, ==, IDO_RESULT_NATIONAL_SCALED);
  g_assert_cmpuint (questions->periods->len, ==, 2);
  g_assert_true (isnan (questions->national[0]));
  g_assert_cmpfloat_with_epsilon (questions->national[1], 1000, 1e-9);
  line = g_ptr_array_index (questions->locations, 0);
  g_assert_null (ido_result_series_national_for (questions, line));
  g_assert_true (ido_result_series_national_for (questions, questions->total) == questions->national);

  /* Scores: the national figure itself, for the locations too. */
  satisfaction = load (f, "satisfaction", NULL, 8);
  g_assert_cmpint (satisfaction->national_kind, ==, IDO_RESULT_NATIONAL_VALUE);
  g_assert_true (isnan (satisfaction->national[0]));
  g_assert_cmpfloat (satisfaction->national[1], ==, 8.0);
  line = g_ptr_array_index (satisfaction->locations, 0);
  g_assert_true (ido_result_series_national_for (satisfaction, line) == satisfaction->national);
  g_assert_cmpfloat (line->values[1], ==, 8.2);
}

/* Without the own inhabitants a national count cannot be compared. */
static void
test_national_without_inhabitants (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(IdoResultSeries) questions = NULL;

  add (f, "GM0999", "2025Q2", "questions", NULL, 1100);
  add (f, "national", "2025Q2", "questions", NULL, 20000);
  questions = load (f, "questions", NULL, 8);
  g_assert_true (isnan (questions->national[0]));
}

/* Per quarter: a year's count spread over four quarters, a growth target
 * from its baseline, a quarter's own target first. */
static void
test_quarter_target (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  double target = 0;

  g_assert_false (ido_result_quarter_target (f->db, "questions", "2025Q3", &target, &error));
  g_assert_no_error (error);
  g_assert_true (ido_database_exec (f->db,
    "INSERT INTO target (indicator_id, period, target_value, direction, baseline_value) VALUES"
    " ((SELECT id FROM indicator WHERE code = 'questions'), '2025', 1200, 'at-least', NULL),"
    " ((SELECT id FROM indicator WHERE code = 'visits'), '2025', 20, 'growth', 1000),"
    " ((SELECT id FROM indicator WHERE code = 'satisfaction'), '2025', 8, 'at-least', NULL),"
    " ((SELECT id FROM indicator WHERE code = 'questions'), '2025Q4', 420, 'at-least', NULL)", &error));
  g_assert_no_error (error);
  g_assert_true (ido_result_quarter_target (f->db, "questions", "2025Q3", &target, &error));
  g_assert_cmpfloat_with_epsilon (target, 300, 1e-9);
  g_assert_true (ido_result_quarter_target (f->db, "questions", "2025Q4", &target, &error));
  g_assert_cmpfloat_with_epsilon (target, 420, 1e-9);
  g_assert_true (ido_result_quarter_target (f->db, "visits", "2025Q1", &target, &error));
  g_assert_cmpfloat_with_epsilon (target, 300, 1e-9);   /* 1.000 x 1,2 / 4 */
  g_assert_true (ido_result_quarter_target (f->db, "satisfaction", "2025Q2", &target, &error));
  g_assert_cmpfloat_with_epsilon (target, 8, 1e-9);
  g_assert_false (ido_result_quarter_target (f->db, "questions", "2024Q4", &target, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/result-series/periods", test_periods);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/result-series/empty", test_empty);
  ADD ("/result-series/single-quarter", test_single_quarter);
  ADD ("/result-series/gaps", test_gaps);
  ADD ("/result-series/locations", test_locations);
  ADD ("/result-series/categories", test_categories);
  ADD ("/result-series/national", test_national);
  ADD ("/result-series/national-without-inhabitants", test_national_without_inhabitants);
  ADD ("/result-series/quarter-target", test_quarter_target);
#undef ADD

  return g_test_run ();
}

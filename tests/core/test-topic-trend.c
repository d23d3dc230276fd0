/* test-topic-trend.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-topic-trend.h"
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
  g_assert_true (ido_database_exec (f->db, "INSERT INTO municipality (code, name, is_own) VALUES"
                                           " ('GM0999', 'Voorbeeld', 1)", &error));
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
add_observation (Fixture    *f,
                 const char *place,
                 const char *period,
                 const char *indicator,
                 const char *category,
                 double      value)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ido_database_prepare (f->db,
                                             "INSERT INTO observation (period, place_key, indicator_id, category, value)"
                                             " VALUES (?, ?, (SELECT id FROM indicator WHERE code = ?), ?, ?)",
                                             &error);

  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, place, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, indicator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, category, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 5, value);
  g_assert_true (ido_database_step (f->db, stmt, NULL, &error));
  g_assert_no_error (error);
}

/* The stated rule at its boundaries: latest >= 1.25 x mean of the three
 * quarters before AND latest - mean >= 1.5 percentage points. */
static void
test_rising_rule (void)
{
  IdoRisingRule rule = IDO_RISING_RULE_DEFAULT;
  const double flat[] = { 4.0, 4.0, 4.0 };
  const double big[] = { 30.0, 30.0, 30.0 };
  const double tiny[] = { 0.4, 0.4, 0.4 };
  const double none[] = { 0.0, 0.0, 0.0 };
  const double long_history[] = { 20.0, 20.0, 4.0, 4.0, 4.0 };
  double mean = -1;

  g_assert_cmpfloat (rule.min_ratio, ==, 1.25);
  g_assert_cmpfloat (rule.min_increase, ==, 1.5);
  g_assert_cmpuint (rule.n_previous, ==, 3);

  /* 4% -> 5.5%: ratio 1.375, +1.5 points: rising (both exactly at or over). */
  g_assert_true (ido_topic_is_rising (&rule, flat, 3, 5.5, &mean));
  g_assert_cmpfloat_with_epsilon (mean, 4.0, 1e-9);
  /* 4% -> 5.4%: +1.4 points only. */
  g_assert_false (ido_topic_is_rising (&rule, flat, 3, 5.4, NULL));
  /* 30% -> 34%: +4 points but ratio 1.13. */
  g_assert_false (ido_topic_is_rising (&rule, big, 3, 34.0, NULL));
  /* 30% -> 37.5%: ratio 1.25 and +7.5 points. */
  g_assert_true (ido_topic_is_rising (&rule, big, 3, 37.5, NULL));
  /* 0.4% -> 1.2%: ratio 3, but +0.8 points only. */
  g_assert_false (ido_topic_is_rising (&rule, tiny, 3, 1.2, NULL));
  /* A new topic: 0% -> 2%. */
  g_assert_true (ido_topic_is_rising (&rule, none, 3, 2.0, NULL));
  /* Only the last three quarters count. */
  g_assert_true (ido_topic_is_rising (&rule, long_history, 5, 6.0, &mean));
  g_assert_cmpfloat_with_epsilon (mean, 4.0, 1e-9);
  /* Too little history: never rising. */
  g_assert_false (ido_topic_is_rising (&rule, flat, 2, 50.0, NULL));
  /* Falling. */
  g_assert_false (ido_topic_is_rising (&rule, flat, 3, 2.0, NULL));
}

static void
test_municipal_keywords (void)
{
  const char *own[] = { "verkiezing", NULL };

  g_assert_true (ido_topic_is_municipal ("Hulp bij aanvraag gemeentelijke regeling", NULL));
  g_assert_true (ido_topic_is_municipal ("Parkeervergunning", NULL));
  g_assert_true (ido_topic_is_municipal ("PASPOORT aanvragen", NULL));
  g_assert_true (ido_topic_is_municipal ("Omgevingsvergunning", NULL));
  g_assert_false (ido_topic_is_municipal ("DigiD", NULL));
  g_assert_false (ido_topic_is_municipal ("Toeslagen", NULL));
  g_assert_false (ido_topic_is_municipal ("Online bankieren", NULL));
  g_assert_true (ido_topic_is_municipal ("Stempas verkiezingen", own));
  g_assert_false (ido_topic_is_municipal ("Parkeervergunning", own));
}

static void
test_keywords_stored (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keywords = ido_topic_trend_get_keywords (f->db);
  const char *mine[] = { " afvalpas ", "", "stempas", NULL };

  g_assert_true (g_strv_contains ((const char * const *) keywords, "parkeer"));
  g_clear_pointer (&keywords, g_strfreev);
  g_assert_true (ido_topic_trend_set_keywords (f->db, mine, &error));
  keywords = ido_topic_trend_get_keywords (f->db);
  g_assert_cmpuint (g_strv_length (keywords), ==, 2);
  g_assert_cmpstr (keywords[0], ==, "afvalpas");
  g_clear_pointer (&keywords, g_strfreev);
  g_assert_true (ido_topic_trend_set_keywords (f->db, NULL, &error));
  keywords = ido_topic_trend_get_keywords (f->db);
  g_assert_true (g_strv_contains ((const char * const *) keywords, "parkeer"));
}

static IdoTopicTrendRow *
row_named (IdoTopicTrend *trend,
           const char    *topic)
{
  for (guint i = 0; i < trend->rows->len; i++)
    {
      IdoTopicTrendRow *row = g_ptr_array_index (trend->rows, i);

      if (g_str_equal (row->topic, topic))
        return row;
    }
  return NULL;
}

/* Counts become shares per quarter; the sample's numbers of 2025. */
static void
test_trend_from_counts (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTopicTrend) trend = NULL;
  static const struct { const char *period; double digid, regeling, parkeren, anders; } q[] = {
    { "2024Q4", 100, 10, 0, 90 },
    { "2025Q1", 110, 22, 0, 236 },
    { "2025Q2", 110, 25, 0, 220 },
    { "2025Q3", 95, 25, 0, 198 },
    { "2025Q4", 114, 35, 8, 235 },
  };
  IdoTopicTrendRow *row;

  for (guint i = 0; i < G_N_ELEMENTS (q); i++)
    {
      add_observation (f, "GM0999", q[i].period, "topic", "DigiD", q[i].digid);
      add_observation (f, "GM0999", q[i].period, "topic", "Hulp bij aanvraag gemeentelijke regeling", q[i].regeling);
      if (q[i].parkeren > 0)
        add_observation (f, "GM0999", q[i].period, "topic", "Parkeren", q[i].parkeren);
      add_observation (f, "GM0999", q[i].period, "topic", "Anders", q[i].anders);
    }
  /* Other places and yearly rows are ignored. */
  add_observation (f, "national", "2025Q4", "topic", "DigiD", 9000);
  add_observation (f, "GM0999", "2025", "topic", "DigiD", 429);

  trend = ido_topic_trend_load (f->db, NULL, 4, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trend->place_key, ==, "GM0999");
  g_assert_cmpuint (trend->periods->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (trend->periods, 0), ==, "2025Q1");
  g_assert_cmpstr (g_ptr_array_index (trend->periods, 3), ==, "2025Q4");
  g_assert_cmpuint (trend->rows->len, ==, 4);

  row = row_named (trend, "Hulp bij aanvraag gemeentelijke regeling");
  g_assert_true (row->municipal);
  g_assert_cmpfloat_with_epsilon (row->shares[3], 100.0 * 35 / 392, 1e-6);
  g_assert_cmpfloat_with_epsilon (row->shares[0], 100.0 * 22 / 368, 1e-6);
  /* 8.93% versus (5.98 + 7.04 + 7.86) / 3 = 6.96%: ratio 1.28, +1.97 points. */
  g_assert_cmpfloat_with_epsilon (row->previous_mean, (100.0 * 22 / 368 + 100.0 * 25 / 355 + 100.0 * 25 / 318) / 3, 1e-6);
  g_assert_true (row->rising);

  row = row_named (trend, "Parkeren");
  g_assert_true (row->municipal);
  g_assert_cmpfloat (row->shares[0], ==, 0.0);
  g_assert_true (row->rising);           /* 0% -> 2.04% */

  row = row_named (trend, "DigiD");
  g_assert_false (row->municipal);
  g_assert_false (row->rising);
  g_assert_cmpuint (ido_topic_trend_count_rising (trend), ==, 2);
  /* Largest share first. */
  g_assert_cmpstr (((IdoTopicTrendRow *) g_ptr_array_index (trend->rows, 0))->topic, ==, "Anders");

  /* A stricter rule (the +2 points of the example) leaves the regeling out. */
  {
    IdoRisingRule strict = { 1.25, 2.0, 3 };
    g_autoptr(IdoTopicTrend) strict_trend = ido_topic_trend_load (f->db, "GM0999", 4, &strict, &error);

    g_assert_false (row_named (strict_trend, "Hulp bij aanvraag gemeentelijke regeling")->rising);
    g_assert_true (row_named (strict_trend, "Parkeren")->rising);
  }
}

/* Quarters with the dashboard's own shares use them as they are. */
static void
test_trend_from_shares (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTopicTrend) trend = NULL;
  g_autoptr(IdoTopicTrend) short_trend = NULL;
  IdoTopicTrendRow *row;

  add_observation (f, "library:abc", "2025Q1", "topic-share", "Toeslagen", 4.0);
  add_observation (f, "library:abc", "2025Q2", "topic-share", "Toeslagen", 4.0);
  add_observation (f, "library:abc", "2025Q3", "topic-share", "Toeslagen", 4.0);
  add_observation (f, "library:abc", "2025Q4", "topic-share", "Toeslagen", 6.0);
  /* A quarter with both: the shares win over the counts. */
  add_observation (f, "library:abc", "2025Q4", "topic", "Toeslagen", 1);
  add_observation (f, "library:abc", "2025Q4", "topic", "DigiD", 1);

  trend = ido_topic_trend_load (f->db, "library:abc", 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->periods->len, ==, 2);   /* shows two, but the rule saw four */
  g_assert_cmpuint (trend->rows->len, ==, 1);
  row = g_ptr_array_index (trend->rows, 0);
  g_assert_cmpfloat (row->shares[1], ==, 6.0);
  g_assert_cmpfloat (row->shares[0], ==, 4.0);
  g_assert_true (row->rising);

  /* No history: nothing rising, and an unknown place is empty. */
  short_trend = ido_topic_trend_load (f->db, "library:none", 4, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (short_trend->periods->len, ==, 0);
  g_assert_cmpuint (short_trend->rows->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topic-trend/rising-rule", test_rising_rule);
  g_test_add_func ("/topic-trend/municipal-keywords", test_municipal_keywords);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/topic-trend/keywords-stored", test_keywords_stored);
  ADD ("/topic-trend/from-counts", test_trend_from_counts);
  ADD ("/topic-trend/from-shares", test_trend_from_shares);
#undef ADD

  return g_test_run ();
}

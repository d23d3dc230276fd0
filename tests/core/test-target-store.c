/* test-target-store.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-agreement.h"
#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-library.h"
#include "ido-location.h"
#include "ido-target-query.h"
#include "ido-target-store.h"
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
  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0344", NULL, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
indicator_id (Fixture    *f,
              const char *code)
{
  g_autoptr(GPtrArray) list = ido_indicator_list (f->db, NULL);

  for (guint i = 0; i < list->len; i++)
    {
      IdoIndicator *indicator = g_ptr_array_index (list, i);

      if (g_str_equal (indicator->code, code))
        return indicator->id;
    }
  g_assert_not_reached ();
}

static void
test_parse_number (void)
{
  g_autoptr(GError) error = NULL;
  double v = 0;

  g_assert_true (ido_target_parse_number ("7.000", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 7000);
  g_assert_true (ido_target_parse_number ("1.234.567", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 1234567);
  g_assert_true (ido_target_parse_number ("7,5", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 7.5);
  g_assert_true (ido_target_parse_number ("7.5", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 7.5);
  g_assert_true (ido_target_parse_number ("1.234,5", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 1234.5);
  g_assert_true (ido_target_parse_number (" 20 %", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, 20);
  g_assert_true (ido_target_parse_number ("-3", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_cmpfloat (v, ==, -3);
  g_assert_no_error (error);

  g_assert_false (ido_target_parse_number ("zeven", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_TARGET_VALUE);
  g_clear_error (&error);
  g_assert_false (ido_target_parse_number ("1,2,3", IDO_FIELD_BASELINE, &v, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE);
  g_clear_error (&error);
  g_assert_false (ido_target_parse_number ("", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_TARGET_VALUE);
  g_clear_error (&error);
  g_assert_false (ido_target_parse_number ("1e5", IDO_FIELD_TARGET_VALUE, &v, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_TARGET_VALUE);
}

static void
test_indicators (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 id;

  list = ido_indicator_list (f->db, &error);
  g_assert_cmpuint (list->len, ==, 13);
  g_assert_cmpstr (((IdoIndicator *) list->pdata[0])->code, ==, "questions");
  g_assert_cmpstr (((IdoIndicator *) list->pdata[0])->label, ==, "Questions");
  g_clear_pointer (&list, g_ptr_array_unref);

  id = ido_indicator_add_custom (f->db, " Deelnemers Klik & Tik ", "sum", "count", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  list = ido_indicator_list (f->db, &error);
  g_assert_cmpuint (list->len, ==, 14);
  g_assert_cmpstr (((IdoIndicator *) list->pdata[13])->label, ==, "Deelnemers Klik & Tik");
  g_assert_true (((IdoIndicator *) list->pdata[13])->is_custom);
  g_assert_true (g_str_has_prefix (((IdoIndicator *) list->pdata[13])->code, "custom-"));

  g_assert_cmpint (ido_indicator_add_custom (f->db, "deelnemers klik & tik", "sum", "count", &error), ==, 0);
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR);
  g_clear_error (&error);
  g_assert_cmpint (ido_indicator_add_custom (f->db, "Visits", "sum", "count", &error), ==, 0);
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR);
  g_clear_error (&error);
  g_assert_cmpint (ido_indicator_add_custom (f->db, "Iets", "median", "count", &error), ==, 0);
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR);
}

static IdoTarget *
make_target (Fixture    *f,
             const char *indicator,
             const char *period,
             double      value)
{
  IdoTarget *t = ido_target_new ();

  t->indicator_id = indicator_id (f, indicator);
  t->period = g_strdup (period);
  t->target_value = value;
  return t;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoAgreement) a = ido_agreement_new ("performance");
  g_autoptr(IdoTarget) t = make_target (f, "questions", "2025", 20);
  g_autoptr(IdoTarget) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *title = NULL;
  g_autofree char *goal = NULL;

  g_set_str (&a->title, "Prestatieafspraken 2025");
  g_assert_true (ido_agreement_save (f->db, a, &error));
  t->agreement_id = a->id;
  g_set_str (&t->direction, "growth");
  t->has_baseline = TRUE;
  t->baseline_value = 1166;
  t->baseline_period = g_strdup ("2024");
  g_set_str (&t->description, "20% meer vragen");
  g_assert_true (ido_target_save (f->db, t, &error));
  g_assert_no_error (error);

  loaded = ido_target_load (f->db, t->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->indicator_code, ==, "questions");
  g_assert_cmpstr (loaded->direction, ==, "growth");
  g_assert_cmpfloat (loaded->baseline_value, ==, 1166);
  g_assert_cmpstr (loaded->baseline_period, ==, "2024");
  g_assert_cmpstr (loaded->scope_name, ==, "Utrecht");
  g_assert_cmpstr (loaded->agreement_title, ==, "Prestatieafspraken 2025");
  title = ido_target_dup_title (loaded);
  g_assert_cmpstr (title, ==, "Questions 2025");
  goal = ido_target_dup_goal_text (loaded);
  g_assert_cmpstr (goal, ==, "+20% versus 1.166 (2024)");

  list = ido_target_list (f->db, &error);
  g_assert_cmpuint (list->len, ==, 1);

  /* Deleting the agreement keeps the target, unlinked. */
  g_assert_true (ido_agreement_delete (f->db, a->id, &error));
  g_clear_pointer (&loaded, ido_target_free);
  loaded = ido_target_load (f->db, t->id, &error);
  g_assert_cmpint (loaded->agreement_id, ==, 0);
}

static void
expect_refused (Fixture   *f,
                IdoTarget *t,
                IdoField   field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ido_target_save (f->db, t, &error));
  g_assert_error (error, IDO_FIELD_ERROR, (int) field);
  g_assert_cmpint (ido_database_count (f->db, "target"), ==, 0);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(IdoTarget) t = make_target (f, "helped-share", "2025", 101);
  g_autoptr(GError) error = NULL;

  /* Percentages lie in 0-100. */
  expect_refused (f, t, IDO_FIELD_TARGET_VALUE);
  t->target_value = -1;
  expect_refused (f, t, IDO_FIELD_TARGET_VALUE);
  t->target_value = 85;
  t->has_baseline = TRUE;
  t->baseline_value = 120;
  t->baseline_period = g_strdup ("2024");
  expect_refused (f, t, IDO_FIELD_BASELINE);
  t->has_baseline = FALSE;

  /* Satisfaction is a score of 0-10. */
  t->indicator_id = indicator_id (f, "satisfaction");
  t->target_value = 11;
  expect_refused (f, t, IDO_FIELD_TARGET_VALUE);
  t->target_value = 7.5;

  g_set_str (&t->period, "2025Q5");
  expect_refused (f, t, IDO_FIELD_PERIOD);
  g_set_str (&t->period, "2025");

  /* Growth needs a baseline above zero, before the period. */
  t->indicator_id = indicator_id (f, "visits");
  g_set_str (&t->direction, "growth");
  t->target_value = 10;
  expect_refused (f, t, IDO_FIELD_BASELINE);
  t->has_baseline = TRUE;
  t->baseline_value = 0;
  expect_refused (f, t, IDO_FIELD_BASELINE);
  t->baseline_value = 900;
  g_set_str (&t->baseline_period, "2025Q1");
  expect_refused (f, t, IDO_FIELD_BASELINE_PERIOD);
  g_set_str (&t->baseline_period, "");
  expect_refused (f, t, IDO_FIELD_BASELINE_PERIOD);
  g_set_str (&t->baseline_period, "2024Q4");
  t->target_value = -100;
  expect_refused (f, t, IDO_FIELD_TARGET_VALUE);
  t->target_value = 10;

  /* Scope and category. */
  g_set_str (&t->scope, "location");
  expect_refused (f, t, IDO_FIELD_SCOPE);
  g_set_str (&t->scope, "library");
  expect_refused (f, t, IDO_FIELD_SCOPE);
  g_set_str (&t->scope, "municipality");
  g_set_str (&t->category, "DigiD");
  expect_refused (f, t, IDO_FIELD_CATEGORY);
  g_set_str (&t->category, "");
  t->indicator_id = 0;
  expect_refused (f, t, IDO_FIELD_INDICATOR);
  t->indicator_id = 9999;
  expect_refused (f, t, IDO_FIELD_INDICATOR);

  t->indicator_id = indicator_id (f, "visits");
  g_assert_true (ido_target_save (f->db, t, &error));
  g_assert_no_error (error);
}

static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLocation) o = ido_location_new ();
  g_autoptr(IdoTarget) t = make_target (f, "topic-share", "2025Q3", 12.5);
  g_autoptr(IdoTarget) loaded = NULL;
  g_autofree char *title = NULL;
  g_autofree char *goal = NULL;

  g_set_str (&o->name, "IDO Centrum");
  g_assert_true (ido_location_save (f->db, o, &error));
  g_set_str (&t->scope, "location");
  t->location_id = o->id;
  t->municipality_id = 12345;  /* ignored: not the scope */
  g_set_str (&t->category, "DigiD");
  g_set_str (&t->direction, "at-most");
  g_assert_true (ido_target_save (f->db, t, &error));
  g_assert_no_error (error);
  loaded = ido_target_load (f->db, t->id, &error);
  g_assert_cmpint (loaded->municipality_id, ==, 0);
  g_assert_cmpstr (loaded->scope_name, ==, "IDO Centrum");
  title = ido_target_dup_title (loaded);
  g_assert_cmpstr (title, ==, "Topic share DigiD 2025Q3 – IDO Centrum");
  goal = ido_target_dup_goal_text (loaded);
  g_assert_cmpstr (goal, ==, "at most 12,5%");
}

static void
test_manual_values (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTarget) t = make_target (f, "referrals", "2025", 4000);
  g_autoptr(IdoTargetResult) result = NULL;
  g_autoptr(GPtrArray) values = NULL;

  g_set_str (&t->source, "manual");
  g_assert_true (ido_target_save (f->db, t, &error));

  g_assert_true (ido_target_set_manual_value (f->db, t->id, "2025Q1", 1000, "2025-04-05", &error));
  g_assert_true (ido_target_set_manual_value (f->db, t->id, "2025Q2", 1200, "2025-07-05", &error));
  g_assert_true (ido_target_set_manual_value (f->db, t->id, "2025Q3", 900, NULL, &error));
  /* Replacing a value keeps one per period. */
  g_assert_true (ido_target_set_manual_value (f->db, t->id, "2025Q3", 1100, "2025-10-06", &error));
  g_assert_no_error (error);

  g_assert_false (ido_target_set_manual_value (f->db, t->id, "2024Q4", 10, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD);
  g_clear_error (&error);
  g_assert_false (ido_target_set_manual_value (f->db, t->id, "2025Q4", -5, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER);
  g_clear_error (&error);
  g_assert_false (ido_target_set_manual_value (f->db, t->id, "2025Q4", 5, "2025-13-01", &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);

  values = ido_target_list_manual_values (f->db, t->id, &error);
  g_assert_cmpuint (values->len, ==, 3);
  g_assert_cmpfloat (((IdoManualValue *) values->pdata[2])->value, ==, 1100);
  g_assert_cmpstr (((IdoManualValue *) values->pdata[2])->entered_on, ==, "2025-10-06");

  /* 1000 + 1200 + 1100 = 3300 over three quarters: forecast 4400. */
  result = ido_target_evaluate_stored (f->db, t->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->status, ==, IDO_TARGET_STATUS_ON_TRACK);
  g_assert_cmpfloat (result->actual, ==, 3300);
  g_assert_cmpfloat (result->forecast, ==, 4400);
  g_assert_cmpstr (result->explanation, ==,
                   "sum of Q1–Q3 2025 = 3.300; target at least 4.000 for 2025; "
                   "on track according to a linear forecast (4.400)");

  g_assert_true (ido_target_delete_manual_value (f->db, t->id, "2025Q2", &error));
  g_clear_pointer (&values, g_ptr_array_unref);
  values = ido_target_list_manual_values (f->db, t->id, &error);
  g_assert_cmpuint (values->len, ==, 2);

  g_assert_true (ido_target_delete (f->db, t->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "target_manual_value"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/target-store/parse-number", test_parse_number);
  ADD ("/target-store/indicators", test_indicators);
  ADD ("/target-store/round-trip", test_round_trip);
  ADD ("/target-store/validation", test_validation);
  ADD ("/target-store/scope", test_scope);
  ADD ("/target-store/manual-values", test_manual_values);

  return g_test_run ();
}

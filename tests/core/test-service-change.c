/* test-service-change.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-record.h"
#include "ido-record-store.h"
#include "ido-service-change.h"
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

static IdoServiceChange *
make_change (const char *service,
             const char *changes_on,
             const char *informed_on)
{
  IdoServiceChange *c = ido_service_change_new ();

  g_set_str (&c->service, service);
  c->changes_on = g_strdup (changes_on);
  c->ido_informed_on = g_strdup (informed_on);
  return c;
}

static void
test_change_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoServiceChange) c = make_change (" Parkeervergunning bewoners ", "2026-12-14", NULL);
  g_autoptr(IdoServiceChange) loaded = NULL;

  g_set_str (&c->change, "Alleen nog digitaal");
  g_set_str (&c->impact, "2.300 vergunninghouders");
  g_set_str (&c->follow_up, "Extra spreekuur");
  g_assert_true (ido_service_change_save (f->db, c, &error));
  g_assert_no_error (error);
  loaded = ido_service_change_load (f->db, c->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->service, ==, "Parkeervergunning bewoners");
  g_assert_cmpstr (loaded->changes_on, ==, "2026-12-14");
  g_assert_null (loaded->ido_informed_on);
  g_assert_cmpstr (loaded->informed_how, ==, "");
  g_assert_cmpstr (loaded->follow_up, ==, "Extra spreekuur");

  loaded->ido_informed_on = g_strdup ("2026-11-02");
  g_set_str (&loaded->informed_how, "E-mail aan de IDO-coördinator");
  g_assert_true (ido_service_change_save (f->db, loaded, &error));
  g_clear_pointer (&loaded, ido_service_change_free);
  loaded = ido_service_change_load (f->db, c->id, &error);
  g_assert_cmpstr (loaded->ido_informed_on, ==, "2026-11-02");
  g_assert_cmpint (ido_database_count (f->db, "service_change"), ==, 1);

  g_assert_true (ido_service_change_delete (f->db, c->id, &error));
  g_assert_null (ido_service_change_load (f->db, c->id, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
}

static void
test_change_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoServiceChange) c = make_change ("", "2026-12-14", NULL);

  g_assert_false (ido_service_change_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_set_str (&c->service, "Afvalpas");
  g_set_str (&c->changes_on, "14-12-2026");
  g_assert_false (ido_service_change_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_set_str (&c->changes_on, "2026-12-14");
  c->ido_informed_on = g_strdup ("2026-02-30");
  g_assert_false (ido_service_change_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "service_change"), ==, 0);
}

/* The six-week rule, at its edges. */
static void
test_change_warning_rule (void)
{
  static const struct { const char *on; const char *informed; gboolean warn; } cases[] = {
    { "2026-11-29", NULL, TRUE },          /* today */
    { "2027-01-10", NULL, TRUE },          /* today + 42 days */
    { "2027-01-11", NULL, FALSE },         /* today + 43 days */
    { "2026-11-28", NULL, FALSE },         /* already changed */
    { "2026-12-14", "2026-11-01", FALSE }, /* informed */
    { NULL, NULL, FALSE },                 /* no date yet */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(IdoServiceChange) c = make_change ("Dienst", cases[i].on, cases[i].informed);

      g_assert_cmpint (ido_service_change_needs_warning (c, "2026-11-29"), ==, cases[i].warn);
    }
}

static void
test_change_unannounced (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(IdoRecordStore) store = NULL;
  const char *dates[] = { "2027-01-10", "2026-12-01", "2027-01-11", "2026-11-01", NULL };

  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autoptr(IdoServiceChange) c = make_change ("Dienst", dates[i], NULL);

      g_assert_true (ido_service_change_save (f->db, c, &error));
    }
  {
    g_autoptr(IdoServiceChange) told = make_change ("Verteld", "2026-12-02", "2026-11-20");

    g_assert_true (ido_service_change_save (f->db, told, &error));
  }
  list = ido_service_changes_unannounced (f->db, "2026-11-29", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((IdoServiceChange *) g_ptr_array_index (list, 0))->changes_on, ==, "2026-12-01");
  g_assert_cmpstr (((IdoServiceChange *) g_ptr_array_index (list, 1))->changes_on, ==, "2027-01-10");
  for (guint i = 0; i < list->len; i++)
    g_assert_true (ido_service_change_needs_warning (g_ptr_array_index (list, i), "2026-11-29"));

  /* The overview's flag follows the same rule. */
  store = ido_record_store_new (f->db, IDO_RECORD_SERVICE_CHANGE);
  ido_record_store_set_today (store, "2026-11-29");
  g_assert_cmpuint (ido_record_store_count_flagged (store, IDO_RECORD_FLAG_OVERDUE), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/service-change/round-trip", test_change_round_trip);
  ADD ("/service-change/refused", test_change_refused);
  ADD ("/service-change/unannounced", test_change_unannounced);
#undef ADD
  g_test_add_func ("/service-change/warning-rule", test_change_warning_rule);

  return g_test_run ();
}

/* test-dossier.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-dossier.h"
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
test_choose_listed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoOwnMunicipality) own = NULL;
  g_autoptr(IdoOwnMunicipality) again = NULL;

  g_assert_true (ido_dossier_needs_setup (f->db));
  g_assert_null (ido_dossier_get_own_municipality (f->db));

  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0518", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ido_dossier_needs_setup (f->db));
  own = ido_dossier_get_own_municipality (f->db);
  g_assert_cmpstr (own->code, ==, "GM0518");
  g_assert_cmpstr (own->name, ==, "'s-Gravenhage");
  g_assert_false (own->is_sample);

  /* Choosing another one moves the mark; the first stays as a row. */
  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0363", NULL, &error));
  again = ido_dossier_get_own_municipality (f->db);
  g_assert_cmpstr (again->code, ==, "GM0363");
  g_assert_cmpint (ido_database_count (f->db, "municipality"), ==, 2);
}

static void
test_choose_unlisted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoOwnMunicipality) own = NULL;

  g_assert_true (ido_dossier_set_own_municipality (f->db, NULL, "  Nieuwe Gemeente  ", &error));
  g_assert_no_error (error);
  own = ido_dossier_get_own_municipality (f->db);
  g_assert_null (own->code);
  g_assert_cmpstr (own->name, ==, "Nieuwe Gemeente");
  g_assert_true (ido_dossier_set_own_municipality (f->db, NULL, "Nieuwe Gemeente", &error));
  g_assert_cmpint (ido_database_count (f->db, "municipality"), ==, 1);
}

static void
test_bad_input_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0363", NULL, &error));
  g_assert_false (ido_dossier_set_own_municipality (f->db, "0363", "Amsterdam", &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (ido_dossier_set_own_municipality (f->db, NULL, "   ", &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);

  /* Nothing changed: Amsterdam is still the own municipality. */
  {
    g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (f->db);

    g_assert_cmpstr (own->code, ==, "GM0363");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dossier/choose-listed", test_choose_listed);
  ADD ("/dossier/choose-unlisted", test_choose_unlisted);
  ADD ("/dossier/bad-input-refused", test_bad_input_refused);
#undef ADD

  return g_test_run ();
}

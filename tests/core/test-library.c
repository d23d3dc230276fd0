/* test-library.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-library.h"
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

static IdoLibrary *
make_library (const char *name)
{
  IdoLibrary *library = ido_library_new ();

  g_set_str (&library->name, name);
  g_set_str (&library->coordinator_name, "Sanne Dijkhuis");
  g_set_str (&library->coordinator_email, "ido@bieb.example.nl");
  g_set_str (&library->coordinator_phone, "010-123 45 67");
  g_set_str (&library->website, "www.bieb.example.nl");
  return library;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) library = make_library ("  Bibliotheek Midden  ");
  g_autoptr(IdoLibrary) loaded = NULL;
  g_autofree char *names = NULL;

  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0344", NULL, &error));
  g_assert_no_error (error);
  /* Utrecht is own and listed by code, Stichtse Vecht by code with its CBS
   * name, and a municipality outside the list by name. */
  g_assert_true (ido_library_add_municipality (library, 0, "GM0344", NULL));
  g_assert_true (ido_library_add_municipality (library, 0, "GM1904", ""));
  g_assert_true (ido_library_add_municipality (library, 0, NULL, "Nieuwdorp"));
  g_assert_false (ido_library_add_municipality (library, 0, "GM0344", "Utrecht"));
  g_assert_true (ido_library_save (f->db, library, &error));
  g_assert_no_error (error);
  g_assert_cmpint (library->id, >, 0);
  g_assert_nonnull (library->uuid);

  loaded = ido_library_load (f->db, library->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Bibliotheek Midden");
  g_assert_cmpstr (loaded->coordinator_email, ==, "ido@bieb.example.nl");
  g_assert_cmpuint (loaded->municipalities->len, ==, 3);
  names = ido_library_dup_municipality_names (loaded);
  /* The own municipality first, then by name. */
  g_assert_cmpstr (names, ==, "Utrecht, Nieuwdorp and Stichtse Vecht");
  /* The own municipality's row is reused, not duplicated. */
  g_assert_cmpint (ido_database_count (f->db, "municipality"), ==, 3);
}

static void
test_update_municipalities (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) library = make_library ("Bibliotheek Rivierenland");
  g_autoptr(IdoLibrary) loaded = NULL;

  ido_library_add_municipality (library, 0, "GM0214", NULL);
  ido_library_add_municipality (library, 0, "GM0263", NULL);
  g_assert_true (ido_library_save (f->db, library, &error));
  g_ptr_array_remove_index (library->municipalities, 0);
  g_assert_true (ido_library_save (f->db, library, &error));
  g_assert_no_error (error);
  loaded = ido_library_load (f->db, library->id, &error);
  g_assert_cmpuint (loaded->municipalities->len, ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "library_municipality"), ==, 1);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) first = make_library ("Bibliotheek Oost");
  g_autoptr(IdoLibrary) library = make_library ("   ");

  g_assert_false (ido_library_save (f->db, library, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);

  g_set_str (&library->name, "Bibliotheek West");
  g_set_str (&library->coordinator_email, "geen-adres");
  g_assert_false (ido_library_save (f->db, library, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_EMAIL);
  g_clear_error (&error);

  g_set_str (&library->coordinator_email, "");
  g_set_str (&library->coordinator_phone, "12");
  g_assert_false (ido_library_save (f->db, library, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_PHONE);
  g_clear_error (&error);

  g_assert_true (ido_library_save (f->db, first, &error));
  g_set_str (&library->coordinator_phone, "");
  g_set_str (&library->name, "bibliotheek oost ");
  g_assert_false (ido_library_save (f->db, library, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE);
  g_clear_error (&error);

  /* A municipality with a wrong code stops the whole save. */
  g_set_str (&library->name, "Bibliotheek Zuid");
  ido_library_add_municipality (library, 0, "GM12", NULL);
  g_assert_false (ido_library_save (f->db, library, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_MUNICIPALITY);
  g_assert_cmpint (library->id, ==, 0);
  g_assert_null (library->uuid);
  g_assert_cmpint (ido_database_count (f->db, "library"), ==, 1);
}

static void
test_ensure_municipality (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 a = ido_library_ensure_municipality (f->db, "GM0363", NULL, &error);
  gint64 b = ido_library_ensure_municipality (f->db, "GM0363", "Amsterdam", &error);

  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);
  g_assert_cmpint (a, ==, b);
  g_assert_cmpint (ido_library_ensure_municipality (f->db, NULL, "", &error), ==, 0);
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_MUNICIPALITY);
  g_clear_error (&error);
  list = ido_library_list_municipalities (f->db, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((IdoServedMunicipality *) list->pdata[0])->name, ==, "Amsterdam");
}

static gint64
save_certification (Fixture    *f,
                    gint64      library_id,
                    const char *until)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoCertification) c = ido_certification_new (library_id);

  c->certified_until = g_strdup (until);
  g_assert_true (ido_certification_save (f->db, c, &error));
  g_assert_no_error (error);
  return c->id;
}

static void
test_certification (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) library = make_library ("Bibliotheek Noord");
  g_autoptr(IdoCertification) c = NULL;
  g_autoptr(IdoCertification) loaded = NULL;
  g_autofree char *schedule = NULL;

  g_assert_true (ido_library_save (f->db, library, &error));
  c = ido_certification_new (library->id);
  g_set_str (&c->outcome, "conditional");
  g_set_str (&c->improvement_points, "Resultaten per gemeente");

  /* Refused at the field, nothing saved. */
  g_assert_false (ido_certification_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_END_DATE);
  g_clear_error (&error);
  c->certified_until = g_strdup ("31-02-2027");
  g_assert_false (ido_certification_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_END_DATE);
  g_clear_error (&error);
  g_set_str (&c->certified_until, "2027-03-31");
  g_set_str (&c->outcome, "geslaagd");
  g_assert_false (ido_certification_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);
  c->library_id = 0;
  g_set_str (&c->outcome, "conditional");
  g_assert_false (ido_certification_save (f->db, c, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_LIBRARY);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "certification"), ==, 0);

  c->library_id = library->id;
  g_assert_true (ido_certification_save (f->db, c, &error));
  g_assert_no_error (error);
  loaded = ido_certification_load (f->db, c->id, &error);
  g_assert_cmpstr (loaded->library_name, ==, "Bibliotheek Noord");
  g_assert_cmpstr (loaded->outcome, ==, "conditional");
  g_assert_cmpstr (loaded->improvement_points, ==, "Resultaten per gemeente");
  g_assert_cmpstr (ido_certification_outcome_get_label ("conditional"), ==, "Conditionally certified");

  /* Audit quarter Q1 2027 starts 1-1-2027; the self-evaluation is due six
   * weeks (42 days) earlier: 20-11-2026. */
  schedule = ido_certification_describe_schedule (loaded, "2026-06-01");
  g_assert_cmpstr (schedule, ==, "Audit in Q1 2027; self-evaluation due 20-11-2026");
  g_free (schedule);
  g_assert_false (ido_certification_self_evaluation_overdue (loaded, "2026-11-20"));
  schedule = ido_certification_describe_schedule (loaded, "2026-11-21");
  g_assert_cmpstr (schedule, ==, "Audit in Q1 2027; self-evaluation was due 20-11-2026");
  g_assert_true (ido_certification_self_evaluation_overdue (loaded, "2026-11-21"));
  g_free (schedule);
  schedule = ido_certification_describe_schedule (loaded, "2027-04-02");
  g_assert_cmpstr (schedule, ==, "Certificate expired on 31-03-2027");
  g_assert_false (ido_certification_self_evaluation_overdue (loaded, "2027-04-02"));
}

static void
test_certification_due (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) north = make_library ("Bibliotheek Noord");
  g_autoptr(IdoLibrary) south = make_library ("Bibliotheek Zuid");
  g_autoptr(GPtrArray) due = NULL;

  g_assert_true (ido_library_save (f->db, north, &error));
  g_assert_true (ido_library_save (f->db, south, &error));
  save_certification (f, north->id, "2023-03-31");   /* succeeded by the next */
  save_certification (f, north->id, "2027-03-31");   /* self-evaluation 20-11-2026 */
  save_certification (f, south->id, "2029-12-31");

  /* Six months ahead of 1-6-2026 is 1-12-2026: the self-evaluation is due. */
  due = ido_certification_list_due (f->db, "2026-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpstr (((IdoCertification *) due->pdata[0])->certified_until, ==, "2027-03-31");
  g_clear_pointer (&due, g_ptr_array_unref);

  /* On 19-5-2026 the deadline is just over six months away. */
  due = ido_certification_list_due (f->db, "2026-05-19", &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* After the certificate ran out it stays listed as expired. */
  due = ido_certification_list_due (f->db, "2027-05-01", &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Deleting a library removes its certifications. */
  g_assert_true (ido_library_delete (f->db, north->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "certification"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/library/round-trip", test_round_trip);
  ADD ("/library/update-municipalities", test_update_municipalities);
  ADD ("/library/validation", test_validation);
  ADD ("/library/ensure-municipality", test_ensure_municipality);
  ADD ("/library/certification", test_certification);
  ADD ("/library/certification-due", test_certification_due);

  return g_test_run ();
}

/* test-location.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-library.h"
#include "ido-location.h"
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
test_hours_classes (void)
{
  g_autoptr(GError) error = NULL;
  gboolean has = FALSE;
  double hours = -1;

  g_assert_cmpstr (ido_location_hours_class_for_hours (0), ==, "up-to-8");
  g_assert_cmpstr (ido_location_hours_class_for_hours (8), ==, "up-to-8");
  g_assert_cmpstr (ido_location_hours_class_for_hours (8.5), ==, "8-16");
  g_assert_cmpstr (ido_location_hours_class_for_hours (16), ==, "16-24");
  g_assert_cmpstr (ido_location_hours_class_for_hours (39.9), ==, "32-40");
  g_assert_cmpstr (ido_location_hours_class_for_hours (40), ==, "40-plus");
  g_assert_cmpstr (ido_location_hours_class_get_label ("8-16"), ==, "8 to 16 hours");

  /* A value on a boundary fits both neighbouring classes. */
  g_assert_true (ido_location_check_hours ("8-16", TRUE, 16, &error));
  g_assert_true (ido_location_check_hours ("16-24", TRUE, 16, &error));
  g_assert_true (ido_location_check_hours ("40-plus", TRUE, 60, &error));
  g_assert_true (ido_location_check_hours ("8-16", FALSE, 0, &error));
  g_assert_true (ido_location_check_hours (NULL, TRUE, 12, &error));
  g_assert_no_error (error);

  g_assert_false (ido_location_check_hours ("8-16", TRUE, 20, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS);
  g_assert_cmpstr (error->message, ==,
                   "20 hours per week falls in the class “16 to 24 hours”, not in “8 to 16 hours”.");
  g_clear_error (&error);
  g_assert_false (ido_location_check_hours (NULL, TRUE, 170, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS);
  g_clear_error (&error);
  g_assert_false (ido_location_check_hours (NULL, TRUE, -1, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS);
  g_clear_error (&error);
  g_assert_false (ido_location_check_hours ("veel", FALSE, 0, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);

  g_assert_true (ido_location_parse_hours ("12,5", &has, &hours, &error));
  g_assert_true (has);
  g_assert_cmpfloat (hours, ==, 12.5);
  g_assert_true (ido_location_parse_hours (" 20 uur", &has, &hours, &error));
  g_assert_cmpfloat (hours, ==, 20);
  g_assert_true (ido_location_parse_hours ("12.5", &has, &hours, &error));
  g_assert_cmpfloat (hours, ==, 12.5);
  g_assert_true (ido_location_parse_hours ("", &has, &hours, &error));
  g_assert_false (has);
  g_assert_no_error (error);
  g_assert_false (ido_location_parse_hours ("twintig", &has, &hours, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS);
}

static void
test_staffing (void)
{
  g_autofree char *labels = ido_staffing_dup_labels (IDO_STAFFING_LIBRARY_STAFF | IDO_STAFFING_INTERNS);
  IdoStaffing staffing = 0;

  g_assert_cmpstr (labels, ==, "Library staff, Interns");
  g_assert_true (ido_staffing_from_string ("partner-volunteers", &staffing));
  g_assert_cmpint (staffing, ==, IDO_STAFFING_PARTNER_VOLUNTEERS);
  g_assert_false (ido_staffing_from_string ("robots", &staffing));
  g_assert_cmpstr (ido_staffing_to_string (IDO_STAFFING_LIBRARY_VOLUNTEERS), ==, "library-volunteers");
}

static IdoLocation *
make_location (const char *name,
               gint64      municipality_id)
{
  IdoLocation *o = ido_location_new ();

  g_set_str (&o->name, name);
  o->municipality_id = municipality_id;
  return o;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibrary) library = ido_library_new ();
  g_autoptr(IdoLocation) o = NULL;
  g_autoptr(IdoLocation) loaded = NULL;
  g_autofree char *hours = NULL;
  gint64 municipality;

  g_set_str (&library->name, "Bibliotheek Midden");
  g_assert_true (ido_library_save (f->db, library, &error));
  municipality = ido_library_ensure_municipality (f->db, "GM0344", NULL, &error);
  o = make_location ("IDO Wijkcentrum Oost", municipality);
  o->library_id = library->id;
  g_set_str (&o->placement, "community-centre");
  g_set_str (&o->address, "Oostplein 3, Utrecht");
  o->has_hours = TRUE;
  o->hours_per_week = 6;
  g_set_str (&o->consultation_hours, "di 10-12 uur");
  o->staffing = IDO_STAFFING_LIBRARY_VOLUNTEERS | IDO_STAFFING_PARTNER_STAFF;
  o->active_from = g_strdup ("2024-09-01");

  g_assert_true (ido_location_save (f->db, o, &error));
  g_assert_no_error (error);
  /* Without a class the class follows from the hours. */
  g_assert_cmpstr (o->hours_class, ==, "up-to-8");

  loaded = ido_location_load (f->db, o->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "IDO Wijkcentrum Oost");
  g_assert_cmpstr (loaded->placement, ==, "community-centre");
  g_assert_cmpstr (loaded->library_name, ==, "Bibliotheek Midden");
  g_assert_cmpstr (loaded->municipality_name, ==, "Utrecht");
  g_assert_cmpstr (loaded->hours_class, ==, "up-to-8");
  g_assert_true (loaded->has_hours);
  g_assert_cmpfloat (loaded->hours_per_week, ==, 6);
  g_assert_cmpuint (loaded->staffing, ==, IDO_STAFFING_LIBRARY_VOLUNTEERS | IDO_STAFFING_PARTNER_STAFF);
  g_assert_cmpstr (loaded->active_from, ==, "2024-09-01");
  g_assert_null (loaded->active_until);
  g_assert_true (ido_location_is_active (loaded, "2025-01-01"));
  g_assert_false (ido_location_is_active (loaded, "2024-08-31"));
  hours = ido_location_dup_hours_text (loaded);
  g_assert_cmpstr (hours, ==, "6 hours per week (8 hours or less)");

  /* Staffing can be reduced to nothing. */
  loaded->staffing = 0;
  g_assert_true (ido_location_save (f->db, loaded, &error));
  g_assert_cmpint (ido_database_count (f->db, "location_staffing"), ==, 0);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLocation) o = make_location ("", 0);

  g_assert_false (ido_location_save (f->db, o, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);

  g_set_str (&o->name, "IDO Bibliotheek");
  o->active_from = g_strdup ("2025-06-01");
  o->active_until = g_strdup ("2025-05-31");
  g_assert_false (ido_location_save (f->db, o, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_END_DATE);
  g_clear_error (&error);

  g_set_str (&o->active_until, NULL);
  o->hours_class = g_strdup ("32-40");
  o->has_hours = TRUE;
  o->hours_per_week = 12;
  o->staffing = IDO_STAFFING_INTERNS;
  g_assert_false (ido_location_save (f->db, o, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS);
  g_clear_error (&error);

  g_set_str (&o->placement, "maan");
  o->hours_per_week = 36;
  g_assert_false (ido_location_save (f->db, o, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER);
  g_clear_error (&error);

  /* Nothing was half-saved. */
  g_assert_cmpint (ido_database_count (f->db, "location"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "location_staffing"), ==, 0);
}

static void
test_grouped (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  IdoLocationGroup *group;
  gint64 own, other;
  const char *names[][2] = {
    { "Zuidpunt", "own" }, { "Centrum", "own" }, { "Dorpshuis", "other" }, { "Bus", NULL },
  };

  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0344", NULL, &error));
  own = ido_library_ensure_municipality (f->db, "GM0344", NULL, &error);
  other = ido_library_ensure_municipality (f->db, "GM0310", NULL, &error);   /* De Bilt */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(IdoLocation) o = make_location (names[i][0], 0);

      if (g_strcmp0 (names[i][1], "own") == 0)
        o->municipality_id = own;
      else if (names[i][1] != NULL)
        o->municipality_id = other;
      g_assert_true (ido_location_save (f->db, o, &error));
      g_assert_no_error (error);
    }

  groups = ido_location_list_by_municipality (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 3);
  group = groups->pdata[0];
  g_assert_cmpstr (group->municipality_name, ==, "Utrecht");
  g_assert_cmpuint (group->locations->len, ==, 2);
  g_assert_cmpstr (((IdoLocation *) group->locations->pdata[0])->name, ==, "Centrum");
  g_assert_cmpstr (((IdoLocation *) group->locations->pdata[1])->name, ==, "Zuidpunt");
  group = groups->pdata[1];
  g_assert_cmpstr (group->municipality_name, ==, "De Bilt");
  group = groups->pdata[2];
  g_assert_cmpint (group->municipality_id, ==, 0);
  g_assert_cmpstr (group->municipality_name, ==, "No municipality");
  g_assert_cmpstr (((IdoLocation *) group->locations->pdata[0])->name, ==, "Bus");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/location/hours-classes", test_hours_classes);
  g_test_add_func ("/location/staffing", test_staffing);
  g_test_add ("/location/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/location/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/location/grouped", Fixture, NULL, fixture_set_up, test_grouped, fixture_tear_down);

  return g_test_run ();
}

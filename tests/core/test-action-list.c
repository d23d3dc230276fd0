/* test-action-list.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-action-list.h"
#include "ido-database.h"
#include "ido-meeting.h"
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

/* 2026-11-25 is a Wednesday: this week runs until Sunday 2026-11-29. */
#define TODAY "2026-11-25"

static void
test_group_rule (void)
{
  g_assert_cmpint (ido_action_group_for ("2026-11-24", NULL, TODAY), ==, IDO_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (ido_action_group_for ("2026-11-25", NULL, TODAY), ==, IDO_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (ido_action_group_for ("2026-11-29", NULL, TODAY), ==, IDO_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (ido_action_group_for ("2026-11-30", NULL, TODAY), ==, IDO_ACTION_GROUP_LATER);
  g_assert_cmpint (ido_action_group_for (NULL, NULL, TODAY), ==, IDO_ACTION_GROUP_LATER);
  g_assert_cmpint (ido_action_group_for ("2026-01-01", "2026-01-02", TODAY), ==, IDO_ACTION_GROUP_DONE);
  /* On a Sunday, this week is just today. */
  g_assert_cmpint (ido_action_group_for ("2026-11-29", NULL, "2026-11-29"), ==, IDO_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (ido_action_group_for ("2026-11-30", NULL, "2026-11-29"), ==, IDO_ACTION_GROUP_LATER);
  /* On a Monday, until the Sunday after. */
  g_assert_cmpint (ido_action_group_for ("2026-12-06", NULL, "2026-11-30"), ==, IDO_ACTION_GROUP_THIS_WEEK);
  for (IdoActionGroup g = IDO_ACTION_GROUP_OVERDUE; g <= IDO_ACTION_GROUP_DONE; g++)
    g_assert_nonnull (ido_action_group_get_label (g));
  for (guint i = 0; ido_action_get_roles ()[i] != NULL; i++)
    g_assert_cmpstr (ido_action_role_get_label (ido_action_get_roles ()[i]), !=, ido_action_get_roles ()[i]);
}

static gint64
add_action (Fixture    *f,
            const char *role,
            const char *description,
            const char *owner,
            const char *due_on,
            const char *done_on,
            gint64      meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoActionItem) item = ido_action_item_new (role);

  g_set_str (&item->description, description);
  g_set_str (&item->owner, owner);
  item->due_on = g_strdup (due_on);
  item->done_on = g_strdup (done_on);
  item->meeting_id = meeting_id;
  g_assert_true (ido_action_item_save (f->db, item, &error));
  g_assert_no_error (error);
  return item->id;
}

static IdoActionEntry *
entry_at (IdoActionList *list,
          guint          position)
{
  IdoActionEntry *entry = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_object_unref (entry);  /* the list keeps it */
  return entry;
}

static void
count_change (guint *n)
{
  (*n)++;
}

static void
test_list_grouping_and_filters (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(IdoActionList) list = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new_library (0, "2026-11-20");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) owners = NULL;
  guint n_changes = 0;
  gint64 later_id;

  g_set_str (&meeting->title, "Overleg IDO-coördinator");
  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  add_action (f, "financier", "Subsidieaanvraag beoordelen", "Contactpersoon", "2026-12-15", NULL, 0);
  add_action (f, "promotor", "Dankbrief mantelzorgers", "Communicatie", "2026-11-10", NULL, meeting->id);
  add_action (f, "service", "Formulier vereenvoudigen", "Team Inkomen", "2026-11-27", NULL, 0);
  later_id = add_action (f, "promotor", "Flyers bijbestellen", "communicatie", NULL, NULL, 0);
  add_action (f, "policy", "Driehoeksgesprek plannen", "Contactpersoon", "2026-10-01", "2026-09-30", 0);

  list = ido_action_list_new (f->db);
  ido_action_list_set_today (list, TODAY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_cmpint (ido_action_entry_get_group (entry_at (list, 0)), ==, IDO_ACTION_GROUP_OVERDUE);
  g_assert_cmpstr (ido_action_entry_get_description (entry_at (list, 0)), ==, "Dankbrief mantelzorgers");
  g_assert_cmpstr (ido_action_entry_get_origin (entry_at (list, 0)), ==, "Overleg IDO-coördinator");
  g_assert_cmpint (ido_action_entry_get_group (entry_at (list, 1)), ==, IDO_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (ido_action_entry_get_group (entry_at (list, 2)), ==, IDO_ACTION_GROUP_LATER);
  g_assert_cmpstr (ido_action_entry_get_due_on (entry_at (list, 2)), ==, "2026-12-15");
  g_assert_cmpint (ido_action_entry_get_group (entry_at (list, 3)), ==, IDO_ACTION_GROUP_LATER);
  g_assert_null (ido_action_entry_get_due_on (entry_at (list, 3)));
  g_assert_cmpuint (ido_action_list_count_group (list, IDO_ACTION_GROUP_OVERDUE), ==, 1);
  g_assert_cmpuint (ido_action_list_count_group (list, IDO_ACTION_GROUP_LATER), ==, 2);

  /* Filters. */
  ido_action_list_set_role (list, "promotor");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  ido_action_list_set_owner (list, "COMMUNICATIE");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  ido_action_list_set_role (list, NULL);
  ido_action_list_set_owner (list, "Contactpersoon");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  ido_action_list_set_include_done (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (ido_action_entry_get_group (entry_at (list, 1)), ==, IDO_ACTION_GROUP_DONE);
  ido_action_list_set_owner (list, "");
  ido_action_list_set_include_done (list, FALSE);
  owners = ido_action_list_dup_owners (list);
  g_assert_cmpuint (g_strv_length (owners), ==, 3);

  /* It follows the database. */
  g_signal_connect_swapped (list, "items-changed", G_CALLBACK (count_change), &n_changes);
  g_assert_true (ido_action_item_set_done (f->db, later_id, "2026-11-25", &error));
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
}

/* Thousands of items: the filters run in SQL. */
static void
test_list_many (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoActionList) list = NULL;
  gint64 start;

  g_assert_true (ido_database_exec (f->db,
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                                    " INSERT INTO action_item (role, description, owner, due_on)"
                                    " SELECT CASE i % 3 WHEN 0 THEN 'promotor' WHEN 1 THEN 'service' ELSE 'policy' END,"
                                    " 'Actie ' || i, 'Eigenaar ' || (i % 20), date('2026-01-01', '+' || (i % 700) || ' days')"
                                    " FROM n", &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  list = ido_action_list_new (f->db);
  ido_action_list_set_today (list, TODAY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5000);
  ido_action_list_set_role (list, "service");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1667);
  ido_action_list_set_owner (list, "Eigenaar 7");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 84);
  g_test_message ("5000 items loaded and filtered twice in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-list/group-rule", test_group_rule);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/action-list/grouping-and-filters", test_list_grouping_and_filters);
  ADD ("/action-list/many", test_list_many);
#undef ADD

  return g_test_run ();
}

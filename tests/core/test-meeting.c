/* test-meeting.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-meeting.h"
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
  g_assert_true (ido_database_exec (f->db, "INSERT INTO partner (id, name, kind) VALUES"
                                           " (1, 'Humanitas', 'support'), (2, 'GGD', 'referrer')", &error));
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
test_meeting_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new ("network");
  g_autoptr(IdoMeeting) loaded = NULL;
  g_autoptr(IdoMeeting) again = NULL;
  IdoAgendaItem *item;
  gint64 first_item;

  meeting->held_on = g_strdup ("2025-10-07");
  g_set_str (&meeting->title, "Ketenpartneroverleg najaar");
  g_set_str (&meeting->place, "Bibliotheek Centrum");
  ido_meeting_set_partner (meeting, 1, TRUE);
  ido_meeting_set_partner (meeting, 2, FALSE);
  ido_meeting_add_agenda_item (meeting, "Doorverwijzingen", "frequent-questions");
  ido_meeting_add_agenda_item (meeting, "Rondvraag", NULL);
  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (meeting->id, >, 0);
  g_assert_true (g_uuid_string_is_valid (meeting->uuid));

  loaded = ido_meeting_load (f->db, meeting->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->title, ==, "Ketenpartneroverleg najaar");
  g_assert_cmpuint (loaded->partners->len, ==, 2);
  g_assert_true (g_array_index (loaded->partners, IdoMeetingPartner, 0).attended);
  g_assert_false (g_array_index (loaded->partners, IdoMeetingPartner, 1).attended);
  g_assert_cmpuint (loaded->agenda->len, ==, 2);
  item = g_ptr_array_index (loaded->agenda, 0);
  g_assert_cmpstr (item->title, ==, "Doorverwijzingen");
  first_item = item->id;

  /* Edit: drop the second agenda item, mark GGD attended, add notes. */
  g_ptr_array_remove_index (loaded->agenda, 1);
  g_set_str (&item->notes, "Meer verwijzingen via het wijkteam");
  ido_meeting_set_partner (loaded, 2, TRUE);
  g_assert_true (ido_meeting_save (f->db, loaded, &error));
  again = ido_meeting_load (f->db, meeting->id, &error);
  g_assert_cmpuint (again->agenda->len, ==, 1);
  item = g_ptr_array_index (again->agenda, 0);
  g_assert_cmpint (item->id, ==, first_item);
  g_assert_cmpstr (item->notes, ==, "Meer verwijzingen via het wijkteam");
  g_assert_true (g_array_index (again->partners, IdoMeetingPartner, 1).attended);
  g_assert_cmpint (ido_database_count (f->db, "meeting"), ==, 1);
}

static void
test_meeting_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new ("network");
  g_autoptr(IdoMeeting) bad_kind = ido_meeting_new ("party");

  g_assert_false (ido_meeting_save (f->db, meeting, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  meeting->held_on = g_strdup ("2025-13-01");
  g_assert_false (ido_meeting_save (f->db, meeting, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  bad_kind->held_on = g_strdup ("2025-01-01");
  g_assert_false (ido_meeting_save (f->db, bad_kind, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);

  /* A partner that does not exist makes the whole save fail: no meeting row. */
  g_set_str (&meeting->held_on, "2025-01-01");
  ido_meeting_set_partner (meeting, 99, TRUE);
  g_assert_false (ido_meeting_save (f->db, meeting, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  g_assert_cmpint (meeting->id, ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "meeting"), ==, 0);
}

static void
test_action_items (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new ("library");
  g_autoptr(IdoActionItem) action = ido_action_item_new ("financier");
  g_autoptr(IdoActionItem) loaded = NULL;
  g_autoptr(IdoActionItem) bad = ido_action_item_new ("financier");
  g_autoptr(GPtrArray) items = NULL;

  meeting->held_on = g_strdup ("2025-03-01");
  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  action->meeting_id = meeting->id;
  g_set_str (&action->description, "  Prestatieafspraken 2026 opstellen ");
  g_set_str (&action->owner, "Contactpersoon");
  action->due_on = g_strdup ("2025-04-01");
  g_assert_true (ido_action_item_save (f->db, action, &error));
  g_assert_no_error (error);
  loaded = ido_action_item_load (f->db, action->id, &error);
  g_assert_cmpstr (loaded->description, ==, "Prestatieafspraken 2026 opstellen");
  g_assert_null (loaded->done_on);
  g_assert_true (ido_action_item_set_done (f->db, action->id, "2025-03-20", &error));
  items = ido_action_items_for_meeting (f->db, meeting->id, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (((IdoActionItem *) items->pdata[0])->done_on, ==, "2025-03-20");

  g_assert_false (ido_action_item_save (f->db, bad, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_set_str (&bad->description, "x");
  g_set_str (&bad->role, "mayor");
  g_assert_false (ido_action_item_save (f->db, bad, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);

  /* Deleting the meeting removes its actions. */
  g_assert_true (ido_meeting_delete (f->db, meeting->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "action_item"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting/round-trip", test_meeting_round_trip);
  ADD ("/meeting/refused", test_meeting_refused);
  ADD ("/meeting/action-items", test_action_items);
#undef ADD

  return g_test_run ();
}

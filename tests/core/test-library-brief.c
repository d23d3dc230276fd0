/* test-library-brief.c: meeting mode's data and the meeting additions
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-library-brief.h"
#include "ido-meeting.h"
#include "ido-record.h"
#include "ido-sample.h"
#include "ido-validate.h"
#include "ido-test-utils.h"

typedef struct
{
  char        *dir;
  char        *path;
  IdoDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ido_test_make_dir ();
  f->path = g_build_filename (f->dir, "ido-regie.db", NULL);
  f->db = ido_database_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_agenda_templates (void)
{
  guint n = 0;
  const IdoAgendaTemplate *templates = ido_meeting_get_agenda_templates (&n);
  const char *expected[] = { "frequent-questions", "pilots-digitalisation", "joint-programming",
                             "communication-wasstraat", "output-outcome-impact", "targets-status" };
  g_autoptr(IdoMeeting) meeting = ido_meeting_new_library (3, "2026-12-10");

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (templates[i].id, ==, expected[i]);
      g_assert_nonnull (ido_meeting_agenda_template_get_title (expected[i]));
      g_assert_nonnull (ido_meeting_agenda_template_get_hint (expected[i]));
    }
  g_assert_null (ido_meeting_agenda_template_get_title (""));
  g_assert_cmpstr (meeting->kind, ==, "library");
  g_assert_cmpint (meeting->library_id, ==, 3);
  g_assert_cmpuint (meeting->agenda->len, ==, n);
  g_assert_cmpstr (((IdoAgendaItem *) g_ptr_array_index (meeting->agenda, 3))->template, ==,
                   "communication-wasstraat");
}

/* Saved as you type: each write is its own transaction and survives a
 * connection that goes away without closing properly. */
static void
test_save_as_you_type (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new_library (0, "2026-12-10");
  g_autoptr(IdoMeeting) loaded = NULL;
  g_autoptr(IdoDatabase) other = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(IdoRecord) record = NULL;
  IdoAgendaItem *item;
  gint64 free_item = 0;

  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  item = g_ptr_array_index (meeting->agenda, 0);
  g_assert_true (ido_agenda_item_update_notes (f->db, item->id, "DigiD-heractivering blijft koploper", &error));
  g_assert_true (ido_meeting_update_text (f->db, meeting->id, IDO_MEETING_TEXT_DECISIONS, "Wasstraat voor de brief",
                                          &error));
  g_assert_true (ido_meeting_update_text (f->db, meeting->id, IDO_MEETING_TEXT_ATTENDEES, "Sanne, Jeroen", &error));
  g_assert_true (ido_agenda_item_add (f->db, meeting->id, "Rondvraag", NULL, &free_item, &error));
  g_assert_cmpint (free_item, >, 0);
  g_assert_false (ido_agenda_item_add (f->db, meeting->id, "  ", NULL, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_assert_false (ido_agenda_item_update_notes (f->db, 999999, "x", &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Another connection sees every write at once: nothing waits for a save. */
  other = ido_database_open (f->path, &error);
  g_assert_no_error (error);
  loaded = ido_meeting_load (other, meeting->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->decisions, ==, "Wasstraat voor de brief");
  g_assert_cmpstr (loaded->attendees, ==, "Sanne, Jeroen");
  g_assert_cmpuint (loaded->agenda->len, ==, 7);
  g_assert_cmpstr (((IdoAgendaItem *) g_ptr_array_index (loaded->agenda, 0))->notes, ==,
                   "DigiD-heractivering blijft koploper");
  g_assert_cmpstr (((IdoAgendaItem *) g_ptr_array_index (loaded->agenda, 6))->title, ==, "Rondvraag");
  g_assert_true (ido_agenda_item_delete (f->db, free_item, &error));
  g_assert_cmpint (ido_database_count (other, "meeting_agenda_item"), ==, 6);

  list = ido_meeting_list_by_kind (f->db, "library", &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  record = g_list_model_get_item (list, 0);
  g_assert_cmpint (ido_record_get_id (record), ==, meeting->id);
  g_assert_cmpstr (ido_record_get_date (record), ==, "2026-12-10");
}

/* A failed save leaves new agenda items new (it used to keep the rolled-back
 * ids, so the next save failed with "removed meanwhile"). */
static void
test_failed_save_keeps_items_new (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new_library (0, "2026-12-10");

  ido_meeting_set_partner (meeting, 42, TRUE);   /* no such partner */
  g_assert_false (ido_meeting_save (f->db, meeting, &error));
  g_clear_error (&error);
  for (guint i = 0; i < meeting->agenda->len; i++)
    g_assert_cmpint (((IdoAgendaItem *) g_ptr_array_index (meeting->agenda, i))->id, ==, 0);
  g_array_set_size (meeting->partners, 0);
  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (f->db, "meeting_agenda_item"), ==, 6);
}

static void
test_brief_sample (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoLibraryBrief) brief = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gint64 library_id;
  IdoBriefFigure *questions;

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  stmt = ido_database_prepare (f->db, "SELECT id FROM library ORDER BY id LIMIT 1", NULL);
  g_assert_true (ido_database_step (f->db, stmt, &has_row, NULL));
  library_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  brief = ido_library_brief_load (f->db, library_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (brief->library_name, ==, "Bibliotheek Voorbeeldstreek");
  /* The sample has figures for the municipality, not for the library. */
  g_assert_true (g_str_has_prefix (brief->place_key, "municipality:"));
  g_assert_cmpstr (brief->period, ==, "2025Q4");
  g_assert_cmpstr (brief->previous_period, ==, "2024Q4");
  g_assert_cmpuint (brief->figures->len, >=, 4);
  questions = g_ptr_array_index (brief->figures, 0);
  g_assert_cmpstr (questions->code, ==, "questions");
  g_assert_true (questions->has_previous);
  g_assert_cmpfloat (questions->value, >, 0);
  g_assert_cmpuint (brief->top_topics->len, ==, 3);
  g_assert_cmpuint (brief->targets->len, ==, 6);

  g_assert_null (ido_library_brief_load (f->db, 999, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-brief/agenda-templates", test_agenda_templates);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/library-brief/save-as-you-type", test_save_as_you_type);
  ADD ("/library-brief/failed-save-keeps-items-new", test_failed_save_keeps_items_new);
  ADD ("/library-brief/sample", test_brief_sample);
#undef ADD

  return g_test_run ();
}

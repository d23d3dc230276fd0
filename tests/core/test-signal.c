/* test-signal.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-signal.h"
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

static gint64
domain_id (Fixture    *f,
           const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM policy_domain WHERE code = '%s'", code);
  sqlite3_stmt *stmt = ido_database_prepare (f->db, sql, NULL);
  gboolean has_row = FALSE;
  gint64 id;

  g_assert_true (ido_database_step (f->db, stmt, &has_row, NULL));
  g_assert_true (has_row);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static IdoSignal *
make_signal (void)
{
  IdoSignal *s = ido_signal_new ();

  s->received_on = g_strdup ("2026-09-15");
  g_set_str (&s->service, "Parkeervergunning bewoners");
  g_set_str (&s->description, "Bewoners weten niet hoe ze met een machtiging aanvragen.");
  g_set_str (&s->source, "kcc");
  return s;
}

static void
test_signal_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSignal) s = make_signal ();
  g_autoptr(IdoSignal) loaded = NULL;
  gint64 physical = domain_id (f, "physical-domain");

  g_array_append_val (s->policy_domain_ids, physical);
  g_assert_true (ido_signal_save (f->db, s, &error));
  g_assert_no_error (error);
  loaded = ido_signal_load (f->db, s->id, &error);
  g_assert_cmpstr (loaded->source, ==, "kcc");
  g_assert_cmpstr (loaded->status, ==, "open");
  g_assert_cmpuint (loaded->policy_domain_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (loaded->policy_domain_ids, gint64, 0), ==, physical);

  g_assert_true (ido_signal_set_status (f->db, s->id, "resolved", &error));
  g_clear_pointer (&loaded, ido_signal_free);
  loaded = ido_signal_load (f->db, s->id, &error);
  g_assert_cmpstr (loaded->status, ==, "resolved");
  g_assert_false (ido_signal_set_status (f->db, s->id, "forgotten", &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
}

static void
test_signal_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSignal) s = make_signal ();

  g_set_str (&s->description, " ");
  g_assert_false (ido_signal_save (f->db, s, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_set_str (&s->description, "Vastgelopen");
  g_set_str (&s->received_on, "");
  g_assert_false (ido_signal_save (f->db, s, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_set_str (&s->received_on, "2026-01-01");
  g_set_str (&s->source, "twitter");
  g_assert_false (ido_signal_save (f->db, s, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "signal"), ==, 0);
}

/* A signal gets an improvement action with owner and status; the signal
 * moves to in progress; delete and undo keep the links. */
static void
test_signal_actions (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSignal) s = make_signal ();
  g_autoptr(IdoSignal) kept = NULL;
  g_autoptr(IdoSignal) loaded = NULL;
  g_autoptr(IdoActionItem) action = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(IdoActionItem) reloaded = NULL;
  gint64 kcc = domain_id (f, "customer-contact");

  g_array_append_val (s->policy_domain_ids, kcc);
  g_assert_true (ido_signal_save (f->db, s, &error));
  action = ido_signal_add_action (f->db, s->id, "Uitleg machtigen op de website", "Team Communicatie",
                                  "2026-10-31", &error);
  g_assert_no_error (error);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->role, ==, "service");
  g_assert_cmpint (action->signal_id, ==, s->id);
  loaded = ido_signal_load (f->db, s->id, &error);
  g_assert_cmpstr (loaded->status, ==, "in-progress");
  g_assert_cmpuint (loaded->action_ids->len, ==, 1);

  g_assert_null (ido_signal_add_action (f->db, s->id, "  ", NULL, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  actions = ido_signal_load_actions (f->db, s->id, &error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpstr (((IdoActionItem *) g_ptr_array_index (actions, 0))->owner, ==, "Team Communicatie");

  /* Delete: the action stays, unlinked; undo links it again. */
  kept = g_steal_pointer (&loaded);
  g_assert_true (ido_signal_delete (f->db, s->id, &error));
  reloaded = ido_action_item_load (f->db, action->id, &error);
  g_assert_cmpint (reloaded->signal_id, ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "policy_domain_link"), ==, 0);
  g_clear_pointer (&reloaded, ido_action_item_free);

  kept->id = 0;
  g_assert_true (ido_signal_save (f->db, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kept->uuid, ==, s->uuid);
  reloaded = ido_action_item_load (f->db, action->id, &error);
  g_assert_cmpint (reloaded->signal_id, ==, kept->id);
  g_assert_cmpint (ido_database_count (f->db, "policy_domain_link"), ==, 1);
}

static void
test_signal_from_trend (void)
{
  g_autoptr(IdoSignal) s = ido_signal_new_from_trend ("Hulp bij aanvraag gemeentelijke regeling", "2025Q4",
                                                      8.93, 6.96, "2026-01-20");

  g_assert_cmpstr (s->source, ==, "dashboard");
  g_assert_cmpstr (s->status, ==, "open");
  g_assert_cmpstr (s->service, ==, "Hulp bij aanvraag gemeentelijke regeling");
  g_assert_cmpstr (s->received_on, ==, "2026-01-20");
  g_assert_nonnull (strstr (s->description, "2025Q4"));
  g_assert_nonnull (strstr (s->description, "8,9"));
  g_assert_nonnull (strstr (s->description, "7,0"));
}

static void
test_signal_labels (void)
{
  for (guint i = 0; ido_signal_get_sources ()[i] != NULL; i++)
    g_assert_cmpstr (ido_signal_source_get_label (ido_signal_get_sources ()[i]), !=, ido_signal_get_sources ()[i]);
  for (guint i = 0; ido_signal_get_statuses ()[i] != NULL; i++)
    g_assert_cmpstr (ido_signal_status_get_label (ido_signal_get_statuses ()[i]), !=, ido_signal_get_statuses ()[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/signal/round-trip", test_signal_round_trip);
  ADD ("/signal/refused", test_signal_refused);
  ADD ("/signal/actions", test_signal_actions);
#undef ADD
  g_test_add_func ("/signal/from-trend", test_signal_from_trend);
  g_test_add_func ("/signal/labels", test_signal_labels);

  return g_test_run ();
}

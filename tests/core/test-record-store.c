/* test-record-store.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-attention.h"
#include "ido-database.h"
#include "ido-record.h"
#include "ido-record-store.h"
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
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (f->db, sql, &error));
  g_assert_no_error (error);
}

static IdoRecord *
find (IdoRecordStore *store,
      const char     *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_str_equal (ido_record_get_title (record), title))
        return record;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_every_kind_loads (Fixture       *f,
                       gconstpointer  data)
{
  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    {
      g_autoptr(IdoRecordStore) store = ido_record_store_new (f->db, kind);
      g_autoptr(GError) error = NULL;
      guint expected = kind == IDO_RECORD_POLICY_DOMAIN ? 11 : 0;

      g_assert_true (ido_record_store_reload (store, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, expected);
      g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == IDO_TYPE_RECORD);
      g_assert_nonnull (ido_record_kind_get_table (kind));
      g_assert_nonnull (ido_record_kind_get_label (kind));
      g_assert_cmpint (ido_record_kind_get_role (kind), <, IDO_N_ROLES);
    }
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *calls)
{
  (*calls)++;
}

static void
test_reloads_on_change (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(IdoRecordStore) store = ido_record_store_new (f->db, IDO_RECORD_PARTNER);
  g_autoptr(IdoRecordStore) desks = ido_record_store_new (f->db, IDO_RECORD_DESK);
  guint calls = 0;
  guint desk_calls = 0;

  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed_cb), &calls);
  g_signal_connect (desks, "items-changed", G_CALLBACK (on_items_changed_cb), &desk_calls);
  exec (f, "INSERT INTO partner (name, kind, sector) VALUES ('Humanitas', 'support', 'vrijwilligersorganisatie')");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  ido_database_emit_changed (f->db, "partner");
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (desk_calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  ido_database_emit_changed (f->db, NULL);
  g_assert_cmpuint (calls, ==, 2);
}

static void
test_partner_flags (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(IdoRecordStore) store = NULL;
  g_autoptr(IdoRecord) first = NULL;
  g_autofree char *search = NULL;

  exec (f, "INSERT INTO partner (name, kind, sector) VALUES ('Humanitas', 'support', 'Vrijwilligersorganisatie'),"
           " ('GGD', 'referrer', 'GGD'), ('Oude partner', 'both', '')");
  exec (f, "UPDATE partner SET active = 0 WHERE name = 'Oude partner'");
  exec (f, "INSERT INTO referral_agreement (partner_id, direction, agreed_on, review_on)"
           " SELECT id, 'both', '2025-01-01', '2026-01-01' FROM partner WHERE name = 'GGD'");
  store = ido_record_store_new (f->db, IDO_RECORD_PARTNER);
  ido_record_store_set_today (store, "2026-06-01");

  /* Sorted by name; an active partner without agreement needs attention. */
  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (ido_record_get_title (first), ==, "GGD");
  g_assert_cmpint (ido_record_get_flag (find (store, "Humanitas")), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_cmpint (ido_record_get_flag (find (store, "GGD")), ==, IDO_RECORD_FLAG_NONE);
  g_assert_cmpint (ido_record_get_flag (find (store, "Oude partner")), ==, IDO_RECORD_FLAG_NONE);
  g_assert_cmpuint (ido_record_store_count_flagged (store, IDO_RECORD_FLAG_ATTENTION), ==, 1);
  search = ido_record_dup_search_text (find (store, "Humanitas"));
  g_assert_cmpstr (search, ==, "humanitas vrijwilligersorganisatie");
}

/* The overview counts in SQL and reads only the most urgent records. */
static void
test_count_and_most_urgent (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) urgent = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;
  guint flagged = 0;

  exec (f, "INSERT INTO partner (name, kind) VALUES ('Zonder afspraak', 'both'), ('Met afspraak', 'both'),"
           " ('Ook zonder', 'both')");
  exec (f, "INSERT INTO referral_agreement (partner_id, direction)"
           " SELECT id, 'both' FROM partner WHERE name = 'Met afspraak'");
  g_assert_true (ido_record_kind_count (f->db, IDO_RECORD_PARTNER, NULL, &total, &flagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (flagged, ==, 2);

  /* Overdue first, then attention; within a flag the earliest date first,
   * undated last; the limit cuts the rest. */
  exec (f, "INSERT INTO action_item (role, description, due_on, done_on) VALUES"
           " ('network', 'soon-late', '2026-06-07', NULL), ('network', 'overdue', '2026-05-01', NULL),"
           " ('network', 'soon-early', '2026-06-03', NULL), ('network', 'later', '2026-09-01', NULL),"
           " ('network', 'done', '2026-01-01', '2026-01-02')");
  g_assert_true (ido_record_kind_count (f->db, IDO_RECORD_ACTION_ITEM, "2026-06-01",
                                        &total, &flagged, &error));
  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (flagged, ==, 3);
  urgent = ido_record_kind_list_flagged (f->db, IDO_RECORD_ACTION_ITEM, "2026-06-01", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (urgent->len, ==, 2);
  g_assert_cmpstr (ido_record_get_title (g_ptr_array_index (urgent, 0)), ==, "overdue");
  g_assert_cmpint (ido_record_get_flag (g_ptr_array_index (urgent, 0)), ==, IDO_RECORD_FLAG_OVERDUE);
  g_assert_cmpstr (ido_record_get_title (g_ptr_array_index (urgent, 1)), ==, "soon-early");
  all = ido_record_kind_list_flagged (f->db, IDO_RECORD_ACTION_ITEM, "2026-06-01", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (ido_record_get_title (g_ptr_array_index (all, 2)), ==, "soon-late");
}

/* What the overview reads in one go: counts of every kind and the most
 * urgent few of each. */
static void
test_attention_summary (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(IdoAttentionSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  exec (f, "INSERT INTO partner (name, kind) VALUES ('A', 'both'), ('B', 'both'), ('C', 'both')");
  exec (f, "INSERT INTO action_item (role, description, due_on, done_on) VALUES"
           " ('network', 'late', '2026-05-01', NULL), ('network', 'later', '2026-05-20', NULL),"
           " ('network', 'fine', '2026-09-01', NULL)");
  summary = ido_attention_summary_load (f->db, "2026-06-01", 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->totals[IDO_RECORD_PARTNER], ==, 3);
  g_assert_cmpuint (summary->flagged[IDO_RECORD_PARTNER], ==, 3);
  /* The limit cuts the list, not the count. */
  g_assert_cmpuint (summary->urgent[IDO_RECORD_PARTNER]->len, ==, 2);
  g_assert_cmpuint (summary->totals[IDO_RECORD_ACTION_ITEM], ==, 3);
  g_assert_cmpuint (summary->flagged[IDO_RECORD_ACTION_ITEM], ==, 2);
  g_assert_cmpstr (ido_record_get_title (g_ptr_array_index (summary->urgent[IDO_RECORD_ACTION_ITEM], 0)), ==,
                   "late");
  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    {
      g_assert_nonnull (summary->urgent[kind]);
      g_assert_cmpuint (summary->urgent[kind]->len, <=, MIN (2, summary->flagged[kind]));
    }
}

static void
test_review_and_due_flags (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(IdoRecordStore) agreements = NULL;
  g_autoptr(IdoRecordStore) actions = NULL;
  g_autoptr(IdoRecordStore) contracts = NULL;

  exec (f, "INSERT INTO partner (name, kind) VALUES ('A', 'both'), ('B', 'both'), ('C', 'both')");
  exec (f, "INSERT INTO referral_agreement (partner_id, direction, services, review_on) VALUES"
           " ((SELECT id FROM partner WHERE name = 'A'), 'both', 'a', '2026-05-31'),"
           " ((SELECT id FROM partner WHERE name = 'B'), 'both', 'b', '2026-06-20'),"
           " ((SELECT id FROM partner WHERE name = 'C'), 'both', 'c', '2026-12-01')");
  exec (f, "INSERT INTO action_item (role, description, due_on, done_on) VALUES"
           " ('network', 'overdue', '2026-05-01', NULL), ('network', 'soon', '2026-06-05', NULL),"
           " ('network', 'later', '2026-09-01', NULL), ('network', 'done', '2026-01-01', '2026-01-02')");
  exec (f, "INSERT INTO agreement (kind, title, status, starts_on, ends_on) VALUES"
           " ('grant-decision', 'expired', 'running', '2025-01-01', '2026-05-31'),"
           " ('grant-decision', 'expiring', 'running', '2026-01-01', '2026-08-31'),"
           " ('grant-decision', 'current', 'running', '2026-01-01', '2027-12-31')");

  agreements = ido_record_store_new (f->db, IDO_RECORD_REFERRAL_AGREEMENT);
  ido_record_store_set_today (agreements, "2026-06-01");
  g_assert_cmpint (ido_record_get_flag (find (agreements, "A")), ==, IDO_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (ido_record_get_flag (find (agreements, "B")), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_cmpint (ido_record_get_flag (find (agreements, "C")), ==, IDO_RECORD_FLAG_NONE);

  actions = ido_record_store_new (f->db, IDO_RECORD_ACTION_ITEM);
  ido_record_store_set_today (actions, "2026-06-01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (actions)), ==, 3);
  g_assert_cmpint (ido_record_get_flag (find (actions, "overdue")), ==, IDO_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (ido_record_get_flag (find (actions, "soon")), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_cmpint (ido_record_get_flag (find (actions, "later")), ==, IDO_RECORD_FLAG_NONE);

  contracts = ido_record_store_new (f->db, IDO_RECORD_AGREEMENT);
  ido_record_store_set_today (contracts, "2026-06-01");
  g_assert_cmpint (ido_record_get_flag (find (contracts, "expired")), ==, IDO_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (ido_record_get_flag (find (contracts, "expiring")), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_cmpint (ido_record_get_flag (find (contracts, "current")), ==, IDO_RECORD_FLAG_NONE);
}

static void
test_desk_training_flags (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(IdoRecordStore) desks = NULL;

  exec (f, "INSERT INTO desk (name) VALUES ('Burgerzaken'), ('Wijkteam'), ('KCC')");
  exec (f, "INSERT INTO training (held_on) VALUES ('2025-03-01'), ('2023-01-01')");
  exec (f, "INSERT INTO training_desk VALUES (1, (SELECT id FROM desk WHERE name = 'Burgerzaken')),"
           " (2, (SELECT id FROM desk WHERE name = 'Wijkteam'))");
  desks = ido_record_store_new (f->db, IDO_RECORD_DESK);
  ido_record_store_set_today (desks, "2026-06-01");
  g_assert_cmpint (ido_record_get_flag (find (desks, "Burgerzaken")), ==, IDO_RECORD_FLAG_NONE);
  g_assert_cmpstr (ido_record_get_date (find (desks, "Burgerzaken")), ==, "2025-03-01");
  /* Trained more than two years ago, and never trained. */
  g_assert_cmpint (ido_record_get_flag (find (desks, "Wijkteam")), ==, IDO_RECORD_FLAG_ATTENTION);
  g_assert_cmpint (ido_record_get_flag (find (desks, "KCC")), ==, IDO_RECORD_FLAG_ATTENTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/record-store/every-kind-loads", test_every_kind_loads);
  ADD ("/record-store/reloads-on-change", test_reloads_on_change);
  ADD ("/record-store/partner-flags", test_partner_flags);
  ADD ("/record-store/review-and-due-flags", test_review_and_due_flags);
  ADD ("/record-store/count-and-most-urgent", test_count_and_most_urgent);
  ADD ("/record-store/attention-summary", test_attention_summary);
  ADD ("/record-store/desk-training-flags", test_desk_training_flags);
#undef ADD

  return g_test_run ();
}

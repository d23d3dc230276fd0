/* test-network-overview.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-network-overview.h"
#include "ido-partner.h"
#include "ido-sample.h"
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

/* Today is 2025-06-15 throughout. Partners:
 *  1 Aa  referrer  Huisartsen  attended a meeting 2025-01-10      reached
 *  2 Bb  support   Geldloketten attended 2024-06-15 (just outside) not reached, agreement
 *                               past review by more than a year
 *  3 Cc  both      Huisartsen  current agreement, review 2025-07-01 reached, review due soon
 *  4 Dd  referrer  ""          invited (not attended) 2025-03-01  not reached, no agreement
 *  5 Ee  support   Geldloketten ended                              not counted
 *  6 Ff  referrer  GGD, national, agreement agreed in the future   not reached
 */
static const char fixture_sql[] =
  "INSERT INTO partner (id, name, kind, sector, scope, active) VALUES"
  " (1, 'Aa', 'referrer', 'Huisartsen', 'local', 1),"
  " (2, 'Bb', 'support', 'Geldloketten', 'local', 1),"
  " (3, 'Cc', 'both', 'Huisartsen', 'local', 1),"
  " (4, 'Dd', 'referrer', '', 'local', 1),"
  " (5, 'Ee', 'support', 'Geldloketten', 'local', 0),"
  " (6, 'Ff', 'referrer', 'GGD', 'national', 1);"
  "INSERT INTO meeting (id, kind, held_on) VALUES (1, 'network', '2025-01-10'), (2, 'network', '2024-06-15'),"
  " (3, 'presentation', '2025-03-01');"
  "INSERT INTO meeting_partner VALUES (1, 1, 1), (2, 2, 1), (3, 4, 0), (1, 5, 1);"
  "INSERT INTO referral_agreement (partner_id, direction, services, agreed_on, review_on) VALUES"
  " (2, 'both', 'x', '2022-01-01', '2024-06-01'),"
  " (3, 'both', 'y', '2024-07-01', '2025-07-01'),"
  " (5, 'both', 'z', '2020-01-01', '2021-01-01'),"
  " (6, 'both', 'w', '2025-09-01', NULL);"
  "INSERT INTO referral_agreement (party, desk_id, direction, services, review_on) VALUES"
  " ('municipality', NULL, 'both', 'gemeente', '2025-06-10');"
  "INSERT INTO partner_building_block VALUES (1, 'devices'), (3, 'devices'), (5, 'devices'),"
  " (3, 'help-courses');"
  "INSERT INTO desk (id, name) VALUES (1, 'Burgerzaken'), (2, 'KCC'), (3, 'Wijkteam');"
  "INSERT INTO training (id, held_on) VALUES (1, '2024-10-01'), (2, '2023-06-14');"
  "INSERT INTO training_desk VALUES (1, 1), (2, 2);"
  "INSERT INTO action_item (role, description, due_on, done_on) VALUES"
  " ('network', 'Verslag rondsturen', '2025-06-01', NULL),"
  " ('referrer', 'Training plannen', '2025-05-01', NULL),"
  " ('network', 'Uitnodiging', '2025-07-01', NULL),"
  " ('network', 'Klaar', '2025-01-01', '2025-01-02'),"
  " ('financier', 'Beschikking', '2025-01-01', NULL);";

static void
assert_names (GPtrArray          *names,
              const char * const *expected)
{
  g_assert_cmpuint (names->len, ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; i < names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
}

static void
test_overview_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  IdoSectorCount *sector;
  IdoBlockPartners *block;

  g_assert_true (ido_database_exec (f->db, fixture_sql, &error));
  g_assert_no_error (error);
  overview = ido_network_overview_compute (f->db, "2025-06-15", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (overview->n_partners, ==, 6);
  g_assert_cmpuint (overview->n_active, ==, 5);
  g_assert_cmpuint (overview->n_ended, ==, 1);
  g_assert_cmpuint (overview->n_referrer, ==, 3);
  g_assert_cmpuint (overview->n_support, ==, 1);
  g_assert_cmpuint (overview->n_both, ==, 1);
  g_assert_cmpuint (overview->n_local, ==, 4);
  g_assert_cmpuint (overview->n_national, ==, 1);

  /* Per sector, active only, largest first, no sector last among equals. */
  g_assert_cmpuint (overview->per_sector->len, ==, 4);
  sector = g_ptr_array_index (overview->per_sector, 0);
  g_assert_cmpstr (sector->sector, ==, "Huisartsen");
  g_assert_cmpuint (sector->count, ==, 2);
  sector = g_ptr_array_index (overview->per_sector, 3);
  g_assert_cmpstr (sector->sector, ==, "");

  g_assert_cmpuint (overview->n_reached, ==, 2);
  g_assert_cmpuint (overview->n_not_reached, ==, 3);
  assert_names (overview->not_reached, (const char *[]) { "Bb", "Dd", "Ff", NULL });

  g_assert_cmpuint (overview->blocks->len, ==, 5);
  block = g_ptr_array_index (overview->blocks, 0);
  g_assert_cmpstr (block->block, ==, "devices");
  assert_names (block->partners, (const char *[]) { "Aa", "Cc", NULL });   /* not the ended Ee */
  block = g_ptr_array_index (overview->blocks, 2);
  g_assert_cmpstr (block->block, ==, "help-courses");
  assert_names (block->partners, (const char *[]) { "Cc", NULL });
  block = g_ptr_array_index (overview->blocks, 4);
  g_assert_cmpuint (block->partners->len, ==, 0);

  /* What needs attention */
  g_assert_cmpuint (overview->n_without_agreement, ==, 2);
  assert_names (overview->without_agreement, (const char *[]) { "Aa", "Dd", NULL });
  g_assert_cmpuint (overview->n_review_due, ==, 3);      /* Bb, the municipality, Cc; not the ended Ee */
  g_assert_cmpuint (overview->n_review_overdue, ==, 2);
  assert_names (overview->review_due, (const char *[]) { "Bb", "IDO", "Cc", NULL });
  g_assert_cmpuint (overview->n_desks, ==, 3);
  g_assert_cmpuint (overview->n_desks_untrained, ==, 2);
  assert_names (overview->desks_untrained, (const char *[]) { "Wijkteam", "KCC", NULL });
  g_assert_cmpuint (overview->n_actions_open, ==, 3);
  g_assert_cmpuint (overview->n_actions_overdue, ==, 2);
  assert_names (overview->actions_overdue, (const char *[]) { "Training plannen", "Verslag rondsturen", NULL });
}

static void
test_overview_attention_only (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(IdoNetworkOverview) full = NULL;
  g_autoptr(IdoNetworkOverview) attention = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (f->db, fixture_sql, &error));
  full = ido_network_overview_compute (f->db, "2025-06-15", &error);
  attention = ido_network_overview_compute_attention (f->db, "2025-06-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attention->n_without_agreement, ==, full->n_without_agreement);
  g_assert_cmpuint (attention->n_review_due, ==, full->n_review_due);
  g_assert_cmpuint (attention->n_review_overdue, ==, full->n_review_overdue);
  g_assert_cmpuint (attention->n_desks_untrained, ==, full->n_desks_untrained);
  g_assert_cmpuint (attention->n_actions_open, ==, full->n_actions_open);
  g_assert_cmpuint (attention->n_actions_overdue, ==, full->n_actions_overdue);
  g_assert_cmpuint (attention->without_agreement->len, ==, full->without_agreement->len);
  g_assert_cmpuint (attention->n_partners, ==, 0);
}

static void
test_overview_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  overview = ido_network_overview_compute (f->db, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overview->n_partners, ==, 0);
  g_assert_cmpuint (overview->n_not_reached, ==, 0);
  g_assert_cmpuint (overview->per_sector->len, ==, 0);
  g_assert_cmpuint (overview->blocks->len, ==, 5);
  g_assert_cmpuint (overview->n_desks_untrained, ==, 0);
}

static void
test_overview_sample (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  guint sector_total = 0;

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  overview = ido_network_overview_compute (f->db, "2026-01-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overview->n_partners, ==, 15);
  g_assert_cmpuint (overview->n_referrer + overview->n_support + overview->n_both, ==, overview->n_active);
  g_assert_cmpuint (overview->n_local + overview->n_national, ==, overview->n_active);
  g_assert_cmpuint (overview->n_reached + overview->n_not_reached, ==, overview->n_active);
  for (guint i = 0; i < overview->per_sector->len; i++)
    sector_total += ((IdoSectorCount *) g_ptr_array_index (overview->per_sector, i))->count;
  g_assert_cmpuint (sector_total, ==, overview->n_active);
  g_assert_cmpuint (overview->n_reached, >, 0);
  g_assert_cmpuint (overview->n_desks, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/network-overview/counts", Fixture, NULL, fixture_set_up, test_overview_counts, fixture_tear_down);
  g_test_add ("/network-overview/attention-only", Fixture, NULL, fixture_set_up, test_overview_attention_only,
              fixture_tear_down);
  g_test_add ("/network-overview/empty", Fixture, NULL, fixture_set_up, test_overview_empty, fixture_tear_down);
  g_test_add ("/network-overview/sample", Fixture, NULL, fixture_set_up, test_overview_sample, fixture_tear_down);

  return g_test_run ();
}

/* test-sample.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-sample.h"

#include "ido-test-utils.h"

#define SAMPLE_RESOURCE RESOURCE_BASE "/core/sample/gemeente-voorbeeld.json"

/* "Today" in the sample's story; the flags below are judged against it. */
#define SAMPLE_TODAY "2026-11-29"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
  GThread     *main_thread;
  guint        changed;
  gboolean     changed_all;
} Fixture;

/* What the sample holds, table by table. */
static const struct {
  const char *table;
  gint64      count;
} expected_counts[] = {
  { "municipality", 3 },
  { "population", 6 },
  { "library", 1 },
  { "library_municipality", 3 },
  { "certification", 1 },
  { "location", 4 },
  { "location_staffing", 9 },
  { "partner", 15 },
  { "partner_contact", 17 },
  { "partner_building_block", 22 },
  { "desk", 5 },
  { "desk_referral_count", 40 },
  { "training", 3 },
  { "training_desk", 5 },
  { "referral_agreement", 11 },
  { "agreement", 3 },
  { "agreement_party", 10 },
  { "agreement_deliverable", 14 },
  { "budget_year", 2 },
  { "spending", 13 },
  { "target", 6 },
  { "observation", 226 },
  { "signal", 4 },
  { "meeting", 7 },
  { "meeting_partner", 45 },
  { "meeting_agenda_item", 8 },
  { "action_item", 16 },
  { "promotion", 7 },
  { "promotion_partner", 7 },
  { "service_change", 4 },
  { "policy_domain_link", 14 },
  /* Preset by the schema; the sample fills them in without adding any. */
  { "policy_domain", 11 },
  { "indicator", 13 },
};

static void
on_changed_cb (IdoDatabase *db,
               const char  *table,
               Fixture     *f)
{
  /* Stores listening to the database update views: only on the main thread. */
  g_assert_true (g_thread_self () == f->main_thread);
  f->changed++;
  f->changed_all = table == NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ido_test_make_dir ();
  f->main_thread = g_thread_self ();
  path = g_build_filename (f->dir, "ido-regie.db", NULL);
  f->db = ido_database_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->db, "changed", G_CALLBACK (on_changed_cb), f);
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
query_int (IdoDatabase *db,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static double
query_double (IdoDatabase *db,
              const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  double value;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
append_table (GString     *dump,
              IdoDatabase *db,
              const char  *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_string_append_printf (dump, "[%s]\n", table);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (dump, "%d:%s|", sqlite3_column_type (stmt, i), text ? text : "");
        }
      g_string_append_c (dump, '\n');
    }
  sqlite3_finalize (stmt);
}

/* Every row of every table, timestamps included. */
static char *
dump_database (IdoDatabase *db)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db),
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    append_table (dump, db, g_ptr_array_index (tables, i));
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, dump->str, dump->len);
}

static char *
sample_text (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (SAMPLE_RESOURCE, 0, NULL);
  gsize size = 0;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

/* The sample with @text put in place of the first occurrence of @anchor. */
static char *
sample_variant (const char *anchor,
                const char *text)
{
  g_autofree char *sample = sample_text ();
  char *at = strstr (sample, anchor);

  g_assert_nonnull (at);
  *at = '\0';
  return g_strconcat (sample, text, at + strlen (anchor), NULL);
}

static void
assert_counts (IdoDatabase *db,
               gboolean     loaded)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected_counts); i++)
    {
      gint64 expected = expected_counts[i].count;

      if (!loaded && !g_str_equal (expected_counts[i].table, "policy_domain") &&
          !g_str_equal (expected_counts[i].table, "indicator"))
        expected = 0;
      g_test_message ("%s", expected_counts[i].table);
      g_assert_cmpint (ido_database_count (db, expected_counts[i].table), ==, expected);
    }
}

static void
test_load_counts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  assert_counts (f->db, TRUE);
  g_assert_cmpint (query_int (f->db, "SELECT count(DISTINCT period) FROM observation "
                                     "WHERE place_key LIKE 'municipality:%'"), ==, 8);
  g_assert_cmpint (query_int (f->db, "SELECT count(DISTINCT period) FROM observation "
                                     "WHERE place_key = 'national'"), ==, 8);
  /* Seven of the eleven preset policy domains got details. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM policy_domain WHERE officer_name <> ''"), ==, 7);
  g_assert_cmpint (f->changed, ==, 1);
  g_assert_true (f->changed_all);
}

static void
test_load_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  first = dump_database (f->db);
  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  second = dump_database (f->db);
  assert_counts (f->db, TRUE);
  /* Same rows, same UUIDs, same values, same timestamps. */
  g_assert_cmpstr (first, ==, second);
}

static void
test_own_municipality (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoOwnMunicipality) before = NULL;
  g_autoptr(IdoOwnMunicipality) own = NULL;

  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0363", NULL, &error));
  g_assert_no_error (error);
  before = ido_dossier_get_own_municipality (f->db);
  g_assert_cmpstr (before->code, ==, "GM0363");

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  own = ido_dossier_get_own_municipality (f->db);
  g_assert_nonnull (own);
  g_assert_null (own->code);
  g_assert_cmpstr (own->name, ==, "Voorbeeld (voorbeeldgegevens)");
  g_assert_true (own->is_sample);
  g_assert_false (ido_dossier_needs_setup (f->db));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM municipality WHERE is_own = 1"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT is_own FROM municipality WHERE code = 'GM0363'"), ==, 0);
  /* Every municipality of the sample is marked as sample data. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM municipality WHERE is_sample = 1"), ==, 3);
  /* The dashboard figures are keyed on the own municipality's uuid. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM observation o JOIN municipality m "
                                     "ON o.place_key = 'municipality:' || m.uuid "
                                     "AND o.municipality_id = m.id WHERE m.is_own = 1"), ==, 135);
}

static void
assert_load_fails (Fixture    *f,
                   const char *json,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_database (f->db);
  g_autofree char *after = NULL;
  guint changed = f->changed;

  g_assert_false (ido_sample_load_from_data (f->db, json, -1, &error));
  g_assert_error (error, IDO_DB_ERROR, code);
  g_test_message ("%s", error->message);
  after = dump_database (f->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (f->changed, ==, changed);
}

/* The last policy domain link refers to a signal that is not there: the
 * failure comes after nearly every row was written. */
static void
test_failure_rolls_back (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *bad_row = NULL;
  g_autofree char *dangling = NULL;

  bad_row = sample_variant ("\"action_items\": [",
                            "\"action_items\": [{\"uuid\": \"00000000-0000-4000-8000-000000000001\", "
                            "\"role\": \"no-such-role\", \"description\": \"x\"}, ");
  assert_load_fails (f, bad_row, IDO_DB_ERROR_CONSTRAINT);
  assert_counts (f->db, FALSE);

  dangling = sample_variant ("\"links\": [", "\"links\": [{\"signal\": \"00000000-0000-4000-8000-0000000000ff\"}, ");
  assert_load_fails (f, dangling, IDO_DB_ERROR_NOT_FOUND);
  assert_counts (f->db, FALSE);

  assert_load_fails (f, "{\"format\": \"ido-regie-sample\", \"version\": 1, \"partners\": [", IDO_DB_ERROR_CORRUPT);
  assert_load_fails (f, "{\"partners\": []}", IDO_DB_ERROR_CORRUPT);
  assert_load_fails (f, "{\"format\": \"ido-regie-sample\", \"version\": 99}", IDO_DB_ERROR_NEWER_SCHEMA);
  assert_load_fails (f, "{\"format\": \"ido-regie-sample\", \"version\": 1, \"partners\": {}}", IDO_DB_ERROR_CORRUPT);
  assert_load_fails (f, "{\"format\": \"ido-regie-sample\", \"version\": 1, "
                        "\"partners\": [{\"uuid\": 5, \"name\": \"x\"}]}", IDO_DB_ERROR_CORRUPT);
  assert_counts (f->db, FALSE);
}

/* A failing load on top of a loaded sample leaves it as it was. */
static void
test_failure_after_load (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *variant = NULL;

  g_assert_true (ido_sample_load (f->db, &error));
  g_assert_no_error (error);
  variant = sample_variant ("\"partners\": [",
                            "\"partners\": [{\"uuid\": \"00000000-0000-4000-8000-000000000002\", "
                            "\"name\": \"Nieuwe partner\", \"kind\": \"referrer\"}, "
                            "{\"uuid\": \"00000000-0000-4000-8000-000000000003\", "
                            "\"name\": \"Kapotte partner\", \"kind\": \"unknown\"}, ");
  assert_load_fails (f, variant, IDO_DB_ERROR_CONSTRAINT);
  assert_counts (f->db, TRUE);
}

static void
on_load_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_sample_load_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_load_async (Fixture       *f,
                 gconstpointer  data)
{
  gboolean done = FALSE;

  ido_sample_load_async (f->db, NULL, on_load_ready_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (f->changed, ==, 1);
  g_assert_true (f->changed_all);
  /* Written by the worker's own connection, seen through ours. */
  assert_counts (f->db, TRUE);
  g_assert_false (ido_dossier_needs_setup (f->db));
}

static void
on_cancelled_ready_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_false (ido_sample_load_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_load_async_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  g_cancellable_cancel (cancellable);
  ido_sample_load_async (f->db, cancellable, on_cancelled_ready_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (f->changed, ==, 0);
  assert_counts (f->db, FALSE);
}

/* The figures follow the national shape of DOMAIN.md. */
static void
test_dashboard_shape (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_true (ido_sample_load (f->db, NULL));

  /* About 1.5 questions per visit since one visit can hold several (2024Q2 on). */
  g_assert_cmpfloat (query_double (f->db,
    "SELECT min(q.value / v.value) FROM observation q JOIN observation v "
    "ON v.period = q.period AND v.place_key = q.place_key "
    "JOIN indicator qi ON qi.id = q.indicator_id AND qi.code = 'questions' "
    "JOIN indicator vi ON vi.id = v.indicator_id AND vi.code = 'visits' WHERE q.period > '2024Q1'"), >=, 1.4);
  g_assert_cmpfloat (query_double (f->db,
    "SELECT max(q.value / v.value) FROM observation q JOIN observation v "
    "ON v.period = q.period AND v.place_key = q.place_key "
    "JOIN indicator qi ON qi.id = q.indicator_id AND qi.code = 'questions' "
    "JOIN indicator vi ON vi.id = v.indicator_id AND vi.code = 'visits' WHERE q.period > '2024Q1'"), <=, 1.7);
  /* National 2024 Q1-Q3: more than 89,000 questions in about 58,000 visits. */
  g_assert_cmpint (query_int (f->db,
    "SELECT sum(value) FROM observation JOIN indicator i ON i.id = indicator_id AND i.code = 'questions' "
    "WHERE place_key = 'national' AND period BETWEEN '2024Q1' AND '2024Q3'"), >, 89000);
  g_assert_cmpint (query_int (f->db,
    "SELECT abs(sum(value) - 58000) FROM observation JOIN indicator i ON i.id = indicator_id "
    "AND i.code = 'visits' WHERE place_key = 'national' AND period BETWEEN '2024Q1' AND '2024Q3'"), <, 1000);
  /* Topics add up to the questions of each quarter; DigiD is always the largest named topic. */
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation q JOIN indicator qi ON qi.id = q.indicator_id AND qi.code = 'questions' "
    "WHERE q.place_key <> 'national' AND q.value <> (SELECT sum(t.value) FROM observation t "
    "JOIN indicator ti ON ti.id = t.indicator_id AND ti.code = 'topic' "
    "WHERE t.period = q.period AND t.place_key = q.place_key)"), ==, 0);
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation d JOIN indicator i ON i.id = d.indicator_id AND i.code = 'topic' "
    "WHERE d.category = 'DigiD' AND d.value < (SELECT max(o.value) FROM observation o "
    "WHERE o.indicator_id = d.indicator_id AND o.period = d.period AND o.category NOT IN ('DigiD', 'Anders'))"), ==, 0);
  g_assert_cmpint (query_int (f->db,
    "SELECT count(DISTINCT category) FROM observation JOIN indicator i ON i.id = indicator_id "
    "AND i.code = 'referrals'"), ==, 4);
  /* Per location: questions and visits that add up to the municipality's
   * figure each quarter; the GP practice opened in July 2024, so it has no
   * figures (a gap, not zero) before 2024Q3. */
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation m JOIN indicator i ON i.id = m.indicator_id AND i.code IN ('questions', 'visits') "
    "WHERE m.place_key LIKE 'municipality:%' AND m.value <> (SELECT sum(l.value) FROM observation l "
    "WHERE l.place_key LIKE 'location:%' AND l.period = m.period AND l.indicator_id = m.indicator_id)"), ==, 0);
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation o JOIN location l ON l.id = o.location_id "
    "WHERE o.place_key = 'location:' || l.uuid AND l.municipality_id = (SELECT id FROM municipality WHERE is_own = 1)"
    " AND o.inside_library = (l.placement = 'library')"), ==, 60);
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation o JOIN location l ON l.id = o.location_id "
    "WHERE l.name = 'IDO Huisartsenpraktijk De Linde' AND o.period < '2024Q3'"), ==, 0);
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM observation o JOIN location l ON l.id = o.location_id "
    "WHERE l.name = 'IDO Huisartsenpraktijk De Linde'"), ==, 12);
}

/* Each pane has something to flag. */
static void
test_role_flags (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_true (ido_sample_load (f->db, NULL));

  /* Financier: SPUK spending stays within allocation plus reservation; at most 25% reserved. */
  g_assert_cmpint (query_int (f->db,
    "SELECT count(*) FROM budget_year b WHERE reserved_for_next_cents * 4 > allocation_cents "
    "OR (SELECT sum(amount_cents) FROM spending s WHERE s.budget_year_id = b.id) > "
    "allocation_cents + reserved_from_previous_cents"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(DISTINCT category) FROM spending"), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT amount_cents FROM agreement WHERE kind = 'grant-decision'"), ==, 4250000);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM location WHERE placement = 'library'"), ==, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM location WHERE placement <> 'library'"), ==, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(DISTINCT i.code) FROM target t "
                                     "JOIN indicator i ON i.id = t.indicator_id"), ==, 6);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM target WHERE baseline_value IS NULL"), ==, 0);
  /* Network: both partner kinds, national partners, overdue reviews and partners without agreement. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM partner WHERE kind IN ('referrer', 'both')"), >=, 5);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM partner WHERE kind IN ('support', 'both')"), >=, 5);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM partner WHERE scope = 'national'"), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM referral_agreement WHERE review_on < '" SAMPLE_TODAY "'"), >=, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM referral_agreement WHERE review_on >= '" SAMPLE_TODAY "'"), >=, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM partner p WHERE NOT EXISTS "
                                     "(SELECT 1 FROM referral_agreement r WHERE r.partner_id = p.id)"), >=, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM partner p WHERE NOT EXISTS "
                                     "(SELECT 1 FROM partner_contact c WHERE c.partner_id = p.id)"), ==, 0);
  /* Action items: some overdue, some still to come. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action_item WHERE done_on IS NULL "
                                     "AND due_on < '" SAMPLE_TODAY "'"), >=, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action_item WHERE done_on IS NULL "
                                     "AND due_on >= '" SAMPLE_TODAY "'"), >=, 2);
  /* Digitale dienstverlener: a change within six weeks the IDO has not been told about. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM service_change WHERE ido_informed_on IS NULL "
                                     "AND changes_on BETWEEN '" SAMPLE_TODAY "' "
                                     "AND date('" SAMPLE_TODAY "', '+42 days')"), ==, 1);
  /* CBCT: the audit quarter falls within six months. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM certification WHERE certified_until "
                                     "BETWEEN '" SAMPLE_TODAY "' AND date('" SAMPLE_TODAY "', '+6 months')"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sample/load-counts", test_load_counts);
  ADD ("/sample/load-twice", test_load_twice);
  ADD ("/sample/own-municipality", test_own_municipality);
  ADD ("/sample/failure-rolls-back", test_failure_rolls_back);
  ADD ("/sample/failure-after-load", test_failure_after_load);
  ADD ("/sample/load-async", test_load_async);
  ADD ("/sample/load-async-cancelled", test_load_async_cancelled);
  ADD ("/sample/dashboard-shape", test_dashboard_shape);
  ADD ("/sample/role-flags", test_role_flags);
#undef ADD

  return g_test_run ();
}

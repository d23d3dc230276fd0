/* test-promotion.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-promotion.h"
#include "ido-record.h"
#include "ido-record-store.h"
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
  g_assert_true (ido_database_exec (f->db,
                                    "INSERT INTO partner (id, name, kind) VALUES (1, 'Humanitas', 'support'),"
                                    " (2, 'Huisartsen Noord', 'referrer');"
                                    "INSERT INTO desk (name, department) VALUES ('KCC', 'Publiekszaken'),"
                                    " ('Wmo-loket', 'Sociaal Domein'), ('Balie', 'publiekszaken');"
                                    "INSERT INTO budget_year (year, allocation_cents) VALUES (2025, 5000000);",
                                    &error));
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

static IdoPromotion *
make_promotion (const char *held_on,
                const char *title)
{
  IdoPromotion *p = ido_promotion_new ("own-promotion");

  p->held_on = g_strdup (held_on);
  g_set_str (&p->title, title);
  return p;
}

static void
test_promotion_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion ("2025-03-12", "  Flyers bij de huisarts  ");
  g_autoptr(IdoPromotion) loaded = NULL;
  g_autoptr(IdoPromotion) again = NULL;

  g_set_str (&p->channel, "Huisartsenpraktijken");
  g_set_str (&p->target_group, "65-plussers");
  ido_promotion_add_department (p, "Sociaal Domein");
  ido_promotion_add_department (p, "sociaal domein");   /* a repeat in other case: ignored */
  ido_promotion_add_department (p, "  ");                /* blank: ignored */
  ido_promotion_add_department (p, "Publiekszaken");
  ido_promotion_add_partner (p, 2);
  ido_promotion_add_partner (p, 2);
  p->has_reach = TRUE;
  p->reach = 1500;
  p->reach_estimated = TRUE;
  p->has_cost = TRUE;
  p->cost = 120000;
  g_assert_true (ido_promotion_save (f->db, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p->id, >, 0);
  g_assert_true (g_uuid_string_is_valid (p->uuid));

  loaded = ido_promotion_load (f->db, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->title, ==, "Flyers bij de huisarts");
  g_assert_cmpstr (loaded->kind, ==, "own-promotion");
  g_assert_cmpstr (loaded->target_group, ==, "65-plussers");
  g_assert_cmpuint (loaded->departments->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (loaded->departments, 0), ==, "Sociaal Domein");
  g_assert_cmpstr (g_ptr_array_index (loaded->departments, 1), ==, "Publiekszaken");
  g_assert_cmpuint (loaded->partner_ids->len, ==, 1);
  g_assert_true (loaded->has_reach);
  g_assert_cmpint (loaded->reach, ==, 1500);
  g_assert_true (loaded->reach_estimated);
  g_assert_cmpint (loaded->cost, ==, 120000);
  g_assert_cmpint (loaded->spending_id, ==, 0);

  /* Edit: counted reach, no cost, one department less. */
  loaded->reach_estimated = FALSE;
  loaded->has_cost = FALSE;
  g_ptr_array_remove_index (loaded->departments, 0);
  g_assert_true (ido_promotion_save (f->db, loaded, &error));
  again = ido_promotion_load (f->db, p->id, &error);
  g_assert_false (again->reach_estimated);
  g_assert_false (again->has_cost);
  g_assert_cmpuint (again->departments->len, ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "promotion"), ==, 1);
}

static void
test_promotion_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion (NULL, "Folder");
  g_autoptr(IdoPromotion) bad_kind = make_promotion ("2025-01-01", "Folder");

  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_set_str (&p->held_on, "31-12-2025");
  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_set_str (&p->held_on, "2025-12-31");
  g_set_str (&p->title, "   ");
  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_set_str (&p->title, "Folder");
  p->has_reach = TRUE;
  p->reach = -1;
  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER);
  g_clear_error (&error);
  p->reach = 10;
  p->has_cost = TRUE;
  p->cost = -5;
  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT);
  g_clear_error (&error);
  g_set_str (&bad_kind->kind, "billboard");
  g_assert_false (ido_promotion_save (f->db, bad_kind, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);

  /* A partner that does not exist: nothing is written. */
  p->cost = 500;
  ido_promotion_add_partner (p, 99);
  g_assert_false (ido_promotion_save (f->db, p, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  g_assert_cmpint (p->id, ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "promotion"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "promotion_department"), ==, 0);
}

static gint64
spending_sum (Fixture    *f,
              const char *category)
{
  IdoSpukSummary summary = { 0 };
  IdoSpukCategory parsed;

  g_assert_true (ido_spuk_category_from_string (category, &parsed, NULL));
  g_assert_true (ido_budget_load_summary (f->db, 2025, &summary, NULL));
  return summary.spent[parsed];
}

static void
test_promotion_book_cost (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion ("2025-05-20", "Advertentie huis-aan-huisblad");
  g_autoptr(IdoPromotion) loaded = NULL;
  g_autoptr(IdoPromotion) no_cost = make_promotion ("2025-06-01", "Presentatie");
  g_autoptr(IdoPromotion) no_budget = make_promotion ("2024-06-01", "Flyers 2024");
  gint64 spending_id = 0;

  p->has_cost = TRUE;
  p->cost = 42500;
  g_assert_true (ido_promotion_save (f->db, p, &error));
  g_assert_cmpint (spending_sum (f, "promotion"), ==, 0);

  /* One call books the cost as promotion spending and links it. */
  g_assert_true (ido_promotion_book_cost (f->db, p->id, &spending_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (spending_id, >, 0);
  g_assert_cmpint (spending_sum (f, "promotion"), ==, 42500);
  g_assert_cmpint (spending_sum (f, "library"), ==, 0);
  loaded = ido_promotion_load (f->db, p->id, &error);
  g_assert_cmpint (loaded->spending_id, ==, spending_id);

  /* Twice is refused; so is changing the booked cost. */
  g_assert_false (ido_promotion_book_cost (f->db, p->id, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "spending"), ==, 1);
  loaded->cost = 50000;
  g_assert_false (ido_promotion_save (f->db, loaded, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT);
  g_clear_error (&error);

  /* No cost, or no budget for the year: refused, nothing booked. */
  g_assert_true (ido_promotion_save (f->db, no_cost, &error));
  g_assert_false (ido_promotion_book_cost (f->db, no_cost->id, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT);
  g_clear_error (&error);
  no_budget->has_cost = TRUE;
  no_budget->cost = 1000;
  g_assert_true (ido_promotion_save (f->db, no_budget, &error));
  g_assert_false (ido_promotion_book_cost (f->db, no_budget->id, NULL, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "spending"), ==, 1);

  /* Deleting the activity keeps the money spent. */
  g_assert_true (ido_promotion_delete (f->db, p->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "spending"), ==, 1);
}

static void
test_promotion_undo_keeps_uuid (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion ("2025-02-04", "Presentatie woningcorporatie");
  g_autoptr(IdoPromotion) kept = NULL;
  g_autofree char *uuid = NULL;

  ido_promotion_add_partner (p, 1);
  ido_promotion_add_department (p, "Publiekszaken");
  g_assert_true (ido_promotion_save (f->db, p, &error));
  uuid = g_strdup (p->uuid);
  kept = ido_promotion_load (f->db, p->id, &error);
  g_assert_true (ido_promotion_delete (f->db, p->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "promotion_partner"), ==, 0);

  kept->id = 0;
  g_assert_true (ido_promotion_save (f->db, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kept->uuid, ==, uuid);
  g_assert_cmpint (ido_database_count (f->db, "promotion_partner"), ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "promotion_department"), ==, 1);
}

static void
test_promotion_templates (void)
{
  guint n = 0;
  const IdoPromotionTemplate *templates = ido_promotion_get_templates (&n);
  gboolean has_letter = FALSE;

  g_assert_cmpuint (n, >=, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPromotion) p = ido_promotion_new_from_template (&templates[i], "2025-04-01");

      g_assert_true (g_strv_contains (ido_promotion_get_kinds (), templates[i].kind));
      g_assert_cmpstr (p->kind, ==, templates[i].kind);
      g_assert_cmpstr (p->held_on, ==, "2025-04-01");
      g_assert_cmpuint (strlen (p->title), >, 0);
      g_assert_cmpuint (strlen (p->notes), >, 20);
      if (g_str_equal (templates[i].id, "letter"))
        has_letter = g_str_equal (p->kind, "municipal-communication");
    }
  g_assert_true (has_letter);
  for (guint i = 0; ido_promotion_get_kinds ()[i] != NULL; i++)
    g_assert_cmpstr (ido_promotion_kind_get_label (ido_promotion_get_kinds ()[i]), !=,
                     ido_promotion_get_kinds ()[i]);
}

static IdoCoverageEntry *
entry_named (GPtrArray  *entries,
             const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      IdoCoverageEntry *e = g_ptr_array_index (entries, i);

      if (g_str_equal (e->name, name))
        return e;
    }
  return NULL;
}

static void
save_simple (Fixture    *f,
             const char *held_on,
             const char *group,
             const char *department,
             gint64      reach)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion (held_on, "Activiteit");

  g_set_str (&p->target_group, group);
  ido_promotion_add_department (p, department);
  p->has_reach = reach >= 0;
  p->reach = reach;
  g_assert_true (ido_promotion_save (f->db, p, &error));
  g_assert_no_error (error);
}

static void
test_promotion_coverage (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotionCoverage) coverage = NULL;
  g_auto(GStrv) departments = NULL;
  g_auto(GStrv) groups = NULL;
  IdoCoverageEntry *e;
  guint n_groups;

  departments = ido_promotion_list_departments (f->db, &error);
  g_assert_no_error (error);
  /* 11 policy domains of Tabel 1, then the two desk departments (case-insensitive distinct). */
  g_assert_cmpuint (g_strv_length (departments), ==, 13);
  g_assert_cmpstr (departments[0], ==, "Digitalisering");
  g_assert_true (g_strv_contains ((const char * const *) departments, "Publiekszaken"));
  g_assert_true (g_strv_contains ((const char * const *) departments, "Sociaal Domein"));
  groups = ido_promotion_list_target_groups (f->db, &error);
  n_groups = g_strv_length (groups);
  g_assert_cmpuint (n_groups, ==, 8);

  save_simple (f, "2025-01-10", "65-plussers", "Schulden en armoede", 100);
  save_simple (f, "2025-11-30", "65-PLUSSERS", "publiekszaken", 50);
  save_simple (f, "2025-06-01", "Buurtbewoners Oost", "Communicatie", -1);
  save_simple (f, "2024-12-31", "Mantelzorgers", "Sociaal Domein", 10);   /* other year */
  save_simple (f, "2026-01-01", "Jongeren", "Gezondheid", 10);            /* other year */

  coverage = ido_promotion_coverage_load (f->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpint (coverage->year, ==, 2025);
  e = entry_named (coverage->target_groups, "65-plussers");
  g_assert_nonnull (e);
  g_assert_true (e->expected);
  g_assert_cmpuint (e->n_activities, ==, 2);
  g_assert_cmpint (e->reach, ==, 150);
  g_assert_cmpuint (entry_named (coverage->target_groups, "Mantelzorgers")->n_activities, ==, 0);
  g_assert_cmpuint (entry_named (coverage->target_groups, "Jongeren")->n_activities, ==, 0);
  e = entry_named (coverage->target_groups, "Buurtbewoners Oost");
  g_assert_nonnull (e);
  g_assert_false (e->expected);
  g_assert_cmpuint (e->n_activities, ==, 1);
  g_assert_cmpuint (ido_promotion_coverage_count_missing (coverage->target_groups), ==, n_groups - 1);

  g_assert_cmpuint (entry_named (coverage->departments, "Schulden en armoede")->n_activities, ==, 1);
  g_assert_cmpuint (entry_named (coverage->departments, "Publiekszaken")->n_activities, ==, 1);
  g_assert_cmpuint (entry_named (coverage->departments, "Sociaal Domein")->n_activities, ==, 0);
  g_assert_cmpuint (entry_named (coverage->departments, "Gezondheid")->n_activities, ==, 0);
  e = entry_named (coverage->departments, "Communicatie");
  g_assert_nonnull (e);
  g_assert_false (e->expected);
  g_assert_cmpuint (ido_promotion_coverage_count_missing (coverage->departments), ==, 13 - 2);

  /* The user's own target group list. */
  g_assert_true (ido_promotion_add_target_group (f->db, " Statushouders ", &error));
  g_assert_false (ido_promotion_add_target_group (f->db, "statushouders", &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (ido_promotion_remove_target_group (f->db, "Mantelzorgers", &error));
  g_clear_pointer (&coverage, ido_promotion_coverage_free);
  coverage = ido_promotion_coverage_load (f->db, 2025, &error);
  g_assert_nonnull (entry_named (coverage->target_groups, "Statushouders"));
  g_assert_null (entry_named (coverage->target_groups, "Mantelzorgers"));
}

/* The department column older dossiers and the sample fill is copied into
 * the list by the migration's trigger. */
static void
test_promotion_department_column (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) loaded = NULL;

  g_assert_true (ido_database_exec (f->db,
                                    "INSERT INTO promotion (id, held_on, kind, title, department)"
                                    " VALUES (7, '2025-03-01', 'departments-informed', 'Teamoverleg', ' Publiekszaken ')",
                                    &error));
  loaded = ido_promotion_load (f->db, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->departments->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (loaded->departments, 0), ==, "Publiekszaken");
}

/* The record store flags an activity held with a cost that is not booked. */
static void
test_promotion_flag (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) p = make_promotion ("2025-05-20", "Advertentie");
  g_autoptr(IdoRecordStore) store = NULL;
  g_autoptr(IdoRecord) record = NULL;

  p->has_cost = TRUE;
  p->cost = 100;
  g_assert_true (ido_promotion_save (f->db, p, &error));
  store = ido_record_store_new (f->db, IDO_RECORD_PROMOTION);
  ido_record_store_set_today (store, "2025-05-19");
  record = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_NONE);
  g_clear_object (&record);
  ido_record_store_set_today (store, "2025-05-20");
  record = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_ATTENTION);
  g_clear_object (&record);
  g_assert_true (ido_promotion_book_cost (f->db, p->id, NULL, &error));
  record = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpint (ido_record_get_flag (record), ==, IDO_RECORD_FLAG_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/promotion/round-trip", test_promotion_round_trip);
  ADD ("/promotion/refused", test_promotion_refused);
  ADD ("/promotion/book-cost", test_promotion_book_cost);
  ADD ("/promotion/undo-keeps-uuid", test_promotion_undo_keeps_uuid);
  ADD ("/promotion/coverage", test_promotion_coverage);
  ADD ("/promotion/department-column", test_promotion_department_column);
  ADD ("/promotion/flag", test_promotion_flag);
#undef ADD
  g_test_add_func ("/promotion/templates", test_promotion_templates);

  return g_test_run ();
}

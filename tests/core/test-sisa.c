/* test-sisa.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-library.h"
#include "ido-money.h"
#include "ido-population.h"
#include "ido-sisa.h"
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
test_labels (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = ido_sisa_dup_code (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  g_autofree char *label = ido_sisa_dup_label (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  g_autofree char *regulation = ido_sisa_dup_regulation_code (f->db);

  g_assert_cmpstr (code, ==, "");
  g_assert_cmpstr (label, ==, "Total spent");
  g_assert_cmpstr (regulation, ==, "");

  g_assert_true (ido_sisa_set_line (f->db, IDO_SISA_LINE_SPENT_TOTAL, " D2/01 ",
                                    "Besteding (jaar T) ten laste van de SPUK", &error));
  g_assert_true (ido_sisa_set_regulation_code (f->db, "OCW99", &error));
  g_assert_no_error (error);
  g_free (code);
  g_free (label);
  g_free (regulation);
  code = ido_sisa_dup_code (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  label = ido_sisa_dup_label (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  regulation = ido_sisa_dup_regulation_code (f->db);
  g_assert_cmpstr (code, ==, "D2/01");
  g_assert_cmpstr (label, ==, "Besteding (jaar T) ten laste van de SPUK");
  g_assert_cmpstr (regulation, ==, "OCW99");

  /* An empty label restores the default; codes can be cleared. */
  g_assert_true (ido_sisa_set_line (f->db, IDO_SISA_LINE_SPENT_TOTAL, "", "", &error));
  g_free (code);
  g_free (label);
  code = ido_sisa_dup_code (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  label = ido_sisa_dup_label (f->db, IDO_SISA_LINE_SPENT_TOTAL);
  g_assert_cmpstr (code, ==, "");
  g_assert_cmpstr (label, ==, "Total spent");

  /* Labels go into a tab-separated table: one line, no tabs. */
  g_assert_false (ido_sisa_set_line (f->db, IDO_SISA_LINE_UNSPENT, "A\tB", "x", &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CODE);
  g_clear_error (&error);
  g_assert_false (ido_sisa_set_line (f->db, IDO_SISA_LINE_UNSPENT, "A", "twee\nregels", &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
}

static void
book (Fixture    *f,
      const char *category,
      const char *amount)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  g_assert_true (ido_money_parse (amount, &cents, &error));
  g_assert_true (ido_budget_add_spending (f->db, 2025, "2025-06-30", category, "Uitgave", cents, 0, NULL, &error));
  g_assert_no_error (error);
}

static const IdoSisaRow *
row (const IdoSisaTable *table,
     IdoSisaLine         line)
{
  return g_ptr_array_index (table->rows, line);
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSisaTable) table = NULL;
  g_autofree char *text = NULL;
  IdoBudgetYear year = {
    .year = 2025,
    .allocation = 4000000,          /* € 40.000,00 */
    .reserved_from_previous = 200000,
  };

  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  book (f, "library", "30.000");
  book (f, "promotion", "1.500,50");
  book (f, "network", "499,50");
  /* Spent 32.000,00 of 42.000,00: 10.000,00 unspent; 25% of 40.000 is
   * 10.000, so all of it may be reserved; reserve 8.000, repay 2.000. */
  year.reserved_for_next = 800000;
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_true (ido_sisa_set_line (f->db, IDO_SISA_LINE_TO_REPAY, "D3", NULL, &error));
  g_assert_true (ido_sisa_set_regulation_code (f->db, "X99", &error));
  g_assert_no_error (error);

  table = ido_sisa_table_load (f->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->rows->len, ==, IDO_SISA_N_LINES);
  g_assert_cmpint (row (table, IDO_SISA_LINE_ALLOCATION)->amount, ==, 4000000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_RESERVED_FROM_PREVIOUS)->amount, ==, 200000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_SPENT_LIBRARY)->amount, ==, 3000000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_SPENT_PROMOTION)->amount, ==, 150050);
  g_assert_cmpint (row (table, IDO_SISA_LINE_SPENT_NETWORK)->amount, ==, 49950);
  g_assert_cmpint (row (table, IDO_SISA_LINE_SPENT_TOTAL)->amount, ==, 3200000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_UNSPENT)->amount, ==, 1000000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_RESERVED_FOR_NEXT)->amount, ==, 800000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_TO_REPAY)->amount, ==, 200000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_OVERSPENT)->amount, ==, 0);
  g_assert_cmpstr (row (table, IDO_SISA_LINE_TO_REPAY)->code, ==, "D3");

  text = ido_sisa_table_to_text (table);
  g_assert_true (g_str_has_prefix (text, "SPUK IDO 2025, SiSa X99\nCode\tIndicator\tAmount (EUR)\n"));
  g_assert_nonnull (strstr (text, "\tSpent on promotion of the IDO\t1.500,50\n"));
  g_assert_nonnull (strstr (text, "D3\tTo be repaid\t2.000,00\n"));
}

static void
test_gemeentefonds (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSisaTable) table = NULL;
  g_autofree char *text = NULL;
  IdoBudgetYear year = {
    .year = 2025,
    .allocation = 4000000,
    .no_spuk = TRUE,
  };

  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  book (f, "library", "20.000");
  /* Without the SPUK the 25% rule does not apply: 20.000 may be carried. */
  year.reserved_for_next = 2000000;
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_no_error (error);
  table = ido_sisa_table_load (f->db, 2025, &error);
  g_assert_true (table->no_spuk);
  g_assert_cmpint (row (table, IDO_SISA_LINE_RESERVED_FOR_NEXT)->amount, ==, 2000000);
  g_assert_cmpint (row (table, IDO_SISA_LINE_TO_REPAY)->amount, ==, 0);
  text = ido_sisa_table_to_text (table);
  g_assert_true (g_str_has_prefix (text, "SPUK IDO 2025 (no SPUK: gemeentefonds)\n"));

  g_clear_pointer (&table, ido_sisa_table_free);
  table = ido_sisa_table_load (f->db, 2026, &error);
  g_assert_null (table);
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
}

static void
test_population (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) fetched = g_hash_table_new (g_str_hash, g_str_equal);
  IdoPopulation population;
  gint64 own;

  /* Without an own municipality nothing is known. */
  g_assert_false (ido_population_lookup_own (f->db, 2024, &population, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ido_population_latest_year_own (f->db), ==, 0);

  /* The CBS figure of 1 January 2024 ships with the app. */
  g_assert_true (ido_dossier_set_own_municipality (f->db, "GM0014", NULL, &error));
  g_assert_true (ido_population_lookup_own (f->db, 2024, &population, &error));
  g_assert_no_error (error);
  g_assert_true (population.from_registry);
  g_assert_cmpuint (population.inhabitants, ==, 243768);
  g_assert_false (population.has_low_educated);
  g_assert_cmpstr (population.source, ==, "CBS, inhabitants on 1 January 2024");
  ido_population_clear (&population);
  g_assert_cmpint (ido_population_latest_year_own (f->db), ==, 2024);
  g_assert_false (ido_population_lookup_own (f->db, 2022, &population, &error));
  g_clear_error (&error);

  /* A fetch stores the figures of the municipalities in the dossier. */
  g_hash_table_insert (fetched, (gpointer) "GM0014", GUINT_TO_POINTER (233273));
  g_hash_table_insert (fetched, (gpointer) "GM0363", GUINT_TO_POINTER (882633));
  g_assert_cmpuint (ido_population_store_by_code (f->db, 2022, fetched, "CBS StatLine 03759ned", &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (ido_population_lookup_own (f->db, 2022, &population, &error));
  g_assert_false (population.from_registry);
  g_assert_cmpuint (population.inhabitants, ==, 233273);
  g_assert_cmpstr (population.source, ==, "CBS StatLine 03759ned");
  ido_population_clear (&population);

  /* A stored figure of 2025 is the latest. */
  own = ido_library_ensure_municipality (f->db, "GM0014", NULL, &error);
  g_assert_true (ido_population_store (f->db, own, 2025, 245000, "handmatig", &error));
  g_assert_cmpint (ido_population_latest_year_own (f->db), ==, 2025);
}

static void
test_spending_lines (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(IdoSpending) loaded = NULL;
  IdoBudgetYear y2025 = { .year = 2025, .allocation = 4000000 };
  IdoBudgetYear y2024 = { .year = 2024, .allocation = 3900000 };
  gint64 id = 0;

  g_assert_true (ido_budget_save_year (f->db, &y2025, &error));
  g_assert_true (ido_budget_save_year (f->db, &y2024, &error));
  years = ido_budget_list_years (f->db, &error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);

  g_assert_true (ido_budget_add_spending (f->db, 2025, "2025-03-01", "promotion", "Flyers", 45000, 0, &id, &error));
  book (f, "library", "30.000");
  lines = ido_budget_list_spending (f->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (((IdoSpending *) lines->pdata[0])->description, ==, "Flyers");
  g_assert_cmpint (((IdoSpending *) lines->pdata[0])->year, ==, 2025);

  /* Changed with the same checks; the date stays in its year. */
  g_assert_true (ido_budget_update_spending (f->db, id, "2025-04-01", "network", " Netwerkbijeenkomst ", 60000, 0,
                                             &error));
  g_assert_no_error (error);
  loaded = ido_budget_load_spending (f->db, id, &error);
  g_assert_cmpstr (loaded->category, ==, "network");
  g_assert_cmpstr (loaded->description, ==, "Netwerkbijeenkomst");
  g_assert_cmpint (loaded->amount, ==, 60000);
  g_assert_false (ido_budget_update_spending (f->db, id, "2024-12-31", "network", "x", 1, 0, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_assert_false (ido_budget_update_spending (f->db, id, "2025-04-01", "catering", "x", 1, 0, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_error (&error);
  g_assert_false (ido_budget_update_spending (f->db, id, "2025-04-01", "network", "x", -1, 0, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT);
  g_clear_error (&error);
  g_clear_pointer (&loaded, ido_spending_free);
  loaded = ido_budget_load_spending (f->db, id, &error);
  g_assert_cmpint (loaded->amount, ==, 60000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sisa/labels", test_labels);
  ADD ("/sisa/table", test_table);
  ADD ("/sisa/gemeentefonds", test_gemeentefonds);
  ADD ("/sisa/population", test_population);
  ADD ("/sisa/spending-lines", test_spending_lines);

  return g_test_run ();
}

/* test-agreement.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-agreement.h"
#include "ido-budget.h"
#include "ido-database.h"
#include "ido-library.h"
#include "ido-money.h"
#include "ido-validate.h"
#include "ido-test-utils.h"

typedef struct
{
  char        *dir;
  IdoDatabase *db;
  gint64       library_id;
  gint64       municipality_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(IdoLibrary) library = ido_library_new ();

  f->dir = ido_test_make_dir ();
  path = g_build_filename (f->dir, "ido-regie.db", NULL);
  f->db = ido_database_open (path, &error);
  g_assert_no_error (error);
  g_set_str (&library->name, "Bibliotheek Voorbeeldstreek");
  g_assert_true (ido_library_save (f->db, library, &error));
  f->library_id = library->id;
  f->municipality_id = ido_library_ensure_municipality (f->db, "GM0344", NULL, &error);
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

static IdoAgreement *
make_grant (Fixture *f)
{
  IdoAgreement *a = ido_agreement_new ("grant-decision");
  g_autoptr(GError) error = NULL;

  g_set_str (&a->title, "Subsidiebeschikking IDO 2026");
  g_set_str (&a->reference, "UIT-2025-1234");
  a->library_id = f->library_id;
  a->starts_on = g_strdup ("2026-01-01");
  a->ends_on = g_strdup ("2026-12-31");
  g_assert_true (ido_money_parse ("EUR 42.500", &a->amount, &error));
  a->has_amount = TRUE;
  g_set_str (&a->status, "running");
  g_set_str (&a->document_uri, "file:///home/ambtenaar/Documenten/beschikking%202026.pdf");
  ido_agreement_add_party (a, f->municipality_id, 0, 0, NULL);
  ido_agreement_add_party (a, 0, f->library_id, 0, NULL);
  ido_agreement_add_party (a, 0, 0, 0, "Stichting Formulierenhulp");
  ido_agreement_add_deliverable (a, "Twee IDO-locaties, samen 30 uur per week open");
  ido_agreement_add_deliverable (a, "Vier promotieacties per jaar");
  ido_agreement_add_deliverable (a, "   ");
  return a;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoAgreement) a = make_grant (f);
  g_autoptr(IdoAgreement) loaded = NULL;
  g_autoptr(IdoAgreement) again = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *period = NULL;
  g_autofree char *first_uuid = NULL;

  g_assert_true (ido_agreement_save (f->db, a, &error));
  g_assert_no_error (error);
  /* The empty deliverable was dropped. */
  g_assert_cmpuint (a->deliverables->len, ==, 2);

  loaded = ido_agreement_load (f->db, a->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->kind, ==, "grant-decision");
  g_assert_cmpstr (loaded->reference, ==, "UIT-2025-1234");
  g_assert_cmpstr (loaded->library_name, ==, "Bibliotheek Voorbeeldstreek");
  g_assert_true (loaded->has_amount);
  g_assert_cmpint (loaded->amount, ==, 4250000);
  g_assert_cmpstr (loaded->status, ==, "running");
  g_assert_cmpstr (loaded->document_uri, ==, "file:///home/ambtenaar/Documenten/beschikking%202026.pdf");
  parties = ido_agreement_dup_party_names (loaded);
  g_assert_cmpstr (parties, ==, "Utrecht, Bibliotheek Voorbeeldstreek, Stichting Formulierenhulp");
  period = ido_agreement_dup_period_text (loaded);
  g_assert_cmpstr (period, ==, "01-01-2026 – 31-12-2026");
  g_assert_cmpuint (loaded->deliverables->len, ==, 2);
  g_assert_cmpstr (((IdoDeliverable *) loaded->deliverables->pdata[1])->description, ==,
                   "Vier promotieacties per jaar");

  /* Edit the second deliverable, drop the first, add one: uuids of kept
   * items stay. */
  first_uuid = g_strdup (((IdoDeliverable *) loaded->deliverables->pdata[1])->uuid);
  g_set_str (&((IdoDeliverable *) loaded->deliverables->pdata[1])->description, "Zes promotieacties per jaar");
  g_ptr_array_remove_index (loaded->deliverables, 0);
  ido_agreement_add_deliverable (loaded, "Maandelijks overleg met de IDO-coördinator");
  loaded->has_amount = FALSE;
  g_assert_true (ido_agreement_save (f->db, loaded, &error));
  g_assert_no_error (error);
  again = ido_agreement_load (f->db, a->id, &error);
  g_assert_cmpuint (again->deliverables->len, ==, 2);
  g_assert_cmpstr (((IdoDeliverable *) again->deliverables->pdata[0])->uuid, ==, first_uuid);
  g_assert_cmpstr (((IdoDeliverable *) again->deliverables->pdata[0])->description, ==,
                   "Zes promotieacties per jaar");
  g_assert_false (again->has_amount);
  g_assert_cmpint (ido_database_count (f->db, "agreement_deliverable"), ==, 2);
  g_assert_cmpint (ido_database_count (f->db, "agreement_party"), ==, 3);
}

static void
expect_refused (Fixture      *f,
                IdoAgreement *a,
                IdoField      field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoAgreement) stored = NULL;

  g_assert_false (ido_agreement_save (f->db, a, &error));
  g_assert_error (error, IDO_FIELD_ERROR, (int) field);
  /* Nothing half-saved: the stored agreement is unchanged. */
  stored = ido_agreement_load (f->db, a->id, &error);
  g_assert_cmpstr (stored->title, ==, "Subsidiebeschikking IDO 2026");
  g_assert_cmpuint (stored->deliverables->len, ==, 2);
  g_assert_cmpuint (stored->parties->len, ==, 3);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoAgreement) a = make_grant (f);

  g_assert_true (ido_agreement_save (f->db, a, &error));
  g_set_str (&a->title, "Gewijzigd");
  ido_agreement_add_deliverable (a, "Nog een prestatie");

  g_set_str (&a->ends_on, "2025-12-31");
  expect_refused (f, a, IDO_FIELD_END_DATE);
  g_set_str (&a->ends_on, "2026-12-31");

  a->amount = -100;
  expect_refused (f, a, IDO_FIELD_AMOUNT);
  a->amount = 100;

  g_set_str (&a->status, "klaar");
  expect_refused (f, a, IDO_FIELD_OTHER);
  g_set_str (&a->status, "adopted");

  g_set_str (&a->kind, "convenant");
  expect_refused (f, a, IDO_FIELD_CATEGORY);
  g_set_str (&a->kind, "cooperation");

  g_set_str (&a->document_uri, "geen uri");
  expect_refused (f, a, IDO_FIELD_WEBSITE);
  g_set_str (&a->document_uri, "");

  ido_agreement_add_party (a, 0, 0, 0, " ");
  expect_refused (f, a, IDO_FIELD_OTHER);
  g_ptr_array_remove_index (a->parties, a->parties->len - 1);

  g_set_str (&a->title, "");
  expect_refused (f, a, IDO_FIELD_NAME);
}

static void
test_timing (void)
{
  g_autoptr(IdoAgreement) a = ido_agreement_new ("grant-decision");

  g_set_str (&a->status, "running");
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-01-10"), ==, IDO_AGREEMENT_TIMING_NONE);
  a->ends_on = g_strdup ("2026-04-10");
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-01-09"), ==, IDO_AGREEMENT_TIMING_NONE);
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-01-10"), ==, IDO_AGREEMENT_TIMING_EXPIRING);
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-04-10"), ==, IDO_AGREEMENT_TIMING_EXPIRING);
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-04-11"), ==, IDO_AGREEMENT_TIMING_EXPIRED);
  g_assert_cmpint (ido_agreement_get_timing (a, "2029-04-11"), ==, IDO_AGREEMENT_TIMING_EXPIRED);

  /* Marked as expired: flagged for a year after its end, then history. */
  g_set_str (&a->status, "expired");
  g_assert_cmpint (ido_agreement_get_timing (a, "2027-04-10"), ==, IDO_AGREEMENT_TIMING_EXPIRED);
  g_assert_cmpint (ido_agreement_get_timing (a, "2027-04-11"), ==, IDO_AGREEMENT_TIMING_NONE);

  g_set_str (&a->status, "draft");
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-04-01"), ==, IDO_AGREEMENT_TIMING_NONE);
  g_set_str (&a->status, "terminated");
  g_assert_cmpint (ido_agreement_get_timing (a, "2026-05-01"), ==, IDO_AGREEMENT_TIMING_NONE);
}

static void
test_attention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  const char *ends[] = { "2026-12-31", "2026-03-31", "2025-12-31", "2027-12-31" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autoptr(IdoAgreement) a = ido_agreement_new ("cooperation");

      g_free (a->title);
      a->title = g_strdup_printf ("Samenwerking %u", i);
      a->ends_on = g_strdup (ends[i]);
      g_set_str (&a->status, "running");
      g_assert_true (ido_agreement_save (f->db, a, &error));
    }
  flagged = ido_agreement_list_attention (f->db, "2026-01-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 2);
  g_assert_cmpstr (((IdoAgreement *) flagged->pdata[0])->ends_on, ==, "2025-12-31");
  g_assert_cmpstr (((IdoAgreement *) flagged->pdata[1])->ends_on, ==, "2026-03-31");
}

static void
test_copy_document (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (f->dir, "beschikking 2026.pdf", NULL);
  g_autofree char *source_uri = g_filename_to_uri (source, NULL, NULL);
  g_autofree char *folder = ido_agreement_get_document_folder (f->db);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_str_has_prefix (folder, f->dir));
  g_assert_true (g_file_set_contents (source, "%PDF-1.4 test", -1, &error));
  first = ido_agreement_copy_document (source_uri, folder, NULL, &error);
  g_assert_no_error (error);
  second = ido_agreement_copy_document (source_uri, folder, NULL, &error);
  g_assert_no_error (error);
  first_path = g_filename_from_uri (first, NULL, NULL);
  second_path = g_filename_from_uri (second, NULL, NULL);
  g_assert_true (g_str_has_suffix (first_path, "/beschikking 2026.pdf"));
  g_assert_true (g_str_has_suffix (second_path, "/beschikking 2026 (2).pdf"));
  g_assert_true (g_file_get_contents (second_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.4 test");
  /* The original stays where it was. */
  g_assert_true (g_file_test (source, G_FILE_TEST_EXISTS));

  g_assert_null (ido_agreement_copy_document ("file:///does/not/exist.pdf", folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_undo_delete (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoAgreement) a = make_grant (f);
  g_autoptr(IdoAgreement) copy = NULL;
  g_autoptr(IdoAgreement) restored = NULL;
  g_autoptr(IdoAgreementLinks) links = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *deliverable_uuid = NULL;
  IdoBudgetYear year = { .year = 2026, .allocation = 5000000 };
  gint64 spending_id = 0;
  gint64 linked = -1;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_assert_true (ido_agreement_save (f->db, a, &error));
  g_assert_true (ido_budget_save_year (f->db, &year, &error));
  g_assert_true (ido_budget_add_spending (f->db, 2026, "2026-02-01", "library", "Subsidie", 4250000, a->id,
                                          &spending_id, &error));
  g_assert_no_error (error);

  /* What undo needs: the agreement as it was, and what referred to it. */
  copy = ido_agreement_load (f->db, a->id, &error);
  links = ido_agreement_get_links (f->db, a->id, &error);
  g_assert_cmpuint (links->spending_ids->len, ==, 1);
  uuid = g_strdup (copy->uuid);
  deliverable_uuid = g_strdup (((IdoDeliverable *) copy->deliverables->pdata[0])->uuid);
  g_assert_true (ido_agreement_delete (f->db, a->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "agreement"), ==, 0);

  /* Saved again as new, it keeps its uuids; the links come back. */
  copy->id = 0;
  for (guint i = 0; i < copy->deliverables->len; i++)
    ((IdoDeliverable *) copy->deliverables->pdata[i])->id = 0;
  g_assert_true (ido_agreement_save (f->db, copy, &error));
  g_assert_true (ido_agreement_restore_links (f->db, copy->id, links, &error));
  g_assert_no_error (error);
  restored = ido_agreement_load (f->db, copy->id, &error);
  g_assert_cmpstr (restored->uuid, ==, uuid);
  g_assert_cmpstr (((IdoDeliverable *) restored->deliverables->pdata[0])->uuid, ==, deliverable_uuid);
  stmt = ido_database_prepare (f->db, "SELECT agreement_id FROM spending WHERE id = ?", &error);
  sqlite3_bind_int64 (stmt, 1, spending_id);
  g_assert_true (ido_database_step (f->db, stmt, &has_row, &error));
  g_assert_true (has_row);
  linked = sqlite3_column_int64 (stmt, 0);
  g_assert_cmpint (linked, ==, copy->id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/agreement/round-trip", test_round_trip);
  ADD ("/agreement/validation", test_validation);
  g_test_add_func ("/agreement/timing", test_timing);
  ADD ("/agreement/attention", test_attention);
  ADD ("/agreement/copy-document", test_copy_document);
  ADD ("/agreement/undo-delete", test_undo_delete);

  return g_test_run ();
}

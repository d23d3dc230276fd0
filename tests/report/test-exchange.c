/* test-exchange.c: dossiers between municipalities and successors
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-dossier-export.h"
#include "ido-dossier-import.h"
#include "ido-dossier-schema.h"
#include "ido-sample.h"
#include "ido-sql-util.h"
#include "ido-test-utils.h"
#include "ido-report-test-utils.h"

#define EXPORTED_AT "2026-11-29T10:00:00Z"

/* Partners of the sample data, by UUID */
#define WIJKTEAM   "57ef9747-ccc0-573b-9e30-d7f4e78e4afa"

typedef struct
{
  char        *dir;
  IdoDatabase *a;      /* the sample dossier */
  IdoDatabase *b;      /* a fresh one */
} Fixture;

static IdoDatabase *
open_db (Fixture    *f,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  IdoDatabase *db = ido_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ido_test_make_dir ();
  f->a = open_db (f, "a.db");
  f->b = open_db (f, "b.db");
  g_assert_true (ido_sample_load (f->a, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
export_all (IdoDatabase    *db,
            IdoDossierPart  parts)
{
  g_autoptr(GError) error = NULL;
  IdoDossierExportOptions options = { parts, NULL, EXPORTED_AT };
  char *data = ido_dossier_export_to_data (db, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static IdoDossierImport *
preview (IdoDatabase *db,
         const char  *data)
{
  g_autoptr(GError) error = NULL;
  IdoDossierImport *import = ido_dossier_import_new_from_data (db, data, -1, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static gint64
apply (IdoDossierImport *import)
{
  g_autoptr(GError) error = NULL;
  gint64 batch = 0;

  g_assert_true (ido_dossier_import_apply (import, &batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (batch, >, 0);
  return batch;
}

static gint64
count (IdoDatabase *db,
       const char  *table)
{
  return ido_database_count (db, table);
}

static void
sql (IdoDatabase *db,
     const char  *statement)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (db, statement, &error));
  g_assert_no_error (error);
}

static char *
text_of (IdoDatabase *db,
         const char  *query)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (db, query, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (ido_database_step (db, stmt, &has_row, NULL));
  if (!has_row)
    return NULL;
  return ido_sql_column_dup_or_null (stmt, 0);
}

static void
assert_same_text (const char *expected,
                  const char *actual)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;

  if (g_strcmp0 (expected, actual) == 0)
    return;
  a = g_strsplit (expected, "\n", -1);
  b = g_strsplit (actual, "\n", -1);
  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      g_error ("the exports differ at line %u:\n  %s\n  %s", i + 1, a[i], b[i]);
  g_error ("the exports differ in length");
}

static IdoDossierChange *
find_change (IdoDossierImport *import,
             const char       *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (import)); i++)
    {
      g_autoptr(IdoDossierChange) change = g_list_model_get_item (G_LIST_MODEL (import), i);

      if (g_str_equal (ido_dossier_change_get_title (change), title))
        return change;
    }
  g_error ("no change for “%s”", title);
  return NULL;
}

static void
dump_changes (IdoDossierImport *import)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (import)); i++)
    {
      g_autoptr(IdoDossierChange) change = g_list_model_get_item (G_LIST_MODEL (import), i);

      g_test_message ("%s: %s “%s”: %s", ido_dossier_change_kind_get_label (ido_dossier_change_get_kind (change)),
                      ido_dossier_change_get_table_label (change), ido_dossier_change_get_title (change),
                      ido_dossier_change_get_details (change));
    }
}

/* Export, import into an empty dossier, export again: the same file. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = export_all (f->a, IDO_DOSSIER_PART_ALL);
  g_autofree char *second = NULL;
  g_autoptr(IdoDossierImport) import = preview (f->b, first);
  g_autoptr(IdoOwnMunicipality) own = NULL;

  g_assert_cmpuint (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_NEW), >, 200);
  g_assert_cmpuint (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_CONFLICT), ==, 0);
  g_assert_cmpuint (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_SKIPPED), ==, 0);
  apply (import);

  g_assert_cmpint (count (f->b, "partner"), ==, count (f->a, "partner"));
  g_assert_cmpint (count (f->b, "observation"), ==, count (f->a, "observation"));
  g_assert_cmpint (count (f->b, "meeting_partner"), ==, count (f->a, "meeting_partner"));
  g_assert_cmpint (count (f->b, "policy_domain"), ==, count (f->a, "policy_domain"));
  own = ido_dossier_get_own_municipality (f->b);
  g_assert_nonnull (own);
  g_assert_cmpstr (own->name, ==, "Voorbeeld (voorbeeldgegevens)");

  second = export_all (f->b, IDO_DOSSIER_PART_ALL);
  assert_same_text (first, second);
}

/* The same file twice: nothing to do the second time. */
static void
test_import_twice (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = export_all (f->a, IDO_DOSSIER_PART_ALL);
  g_autoptr(IdoDossierImport) import = preview (f->b, first);
  g_autoptr(IdoDossierImport) again = NULL;

  apply (import);
  again = preview (f->b, first);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 0);
  g_assert_cmpuint (ido_dossier_import_get_n_unchanged (again), >, 200);
}

/* A and B both edit the same partner after an exchange: a conflict, decided
 * per row; edits on one side only go through (or are kept) silently. */
static void
test_conflicts (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *first = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  g_autofree char *back = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *website = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *address = NULL;
  g_autoptr(IdoDossierImport) to_b = preview (f->b, first);
  g_autoptr(IdoDossierImport) to_a = NULL;
  g_autoptr(GError) error = NULL;
  IdoDossierChange *conflict, *conflict2;

  apply (to_b);

  /* both sides: the wijkteam's notes (conflict) and Humanitas' website (conflict) */
  sql (f->a, "UPDATE partner SET notes = 'Notitie van A' WHERE uuid = '" WIJKTEAM "'");
  sql (f->b, "UPDATE partner SET notes = 'Notitie van B' WHERE uuid = '" WIJKTEAM "'");
  sql (f->a, "UPDATE partner SET website = 'https://a.example.nl' WHERE name = 'Humanitas Voorbeeldstreek (Thuisadministratie)'");
  sql (f->b, "UPDATE partner SET website = 'https://b.example.nl' WHERE name = 'Humanitas Voorbeeldstreek (Thuisadministratie)'");
  /* B only: the Formulierenbrigade's address (changed), A only: the GGD's scope (kept) */
  sql (f->b, "UPDATE partner SET address = 'Nieuwe Straat 1' WHERE name = 'Formulierenbrigade Voorbeeld'");
  sql (f->a, "UPDATE partner SET scope = 'national' WHERE name = 'GGD Voorbeeldregio'");

  back = export_all (f->b, IDO_DOSSIER_PART_PARTNERS);
  to_a = preview (f->a, back);
  dump_changes (to_a);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_CONFLICT), ==, 2);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_CHANGED), ==, 1);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_KEPT), ==, 1);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_NEW), ==, 0);
  conflict = find_change (to_a, "Sociaal Wijkteam Voorbeeld");
  g_assert_cmpint (ido_dossier_change_get_kind (conflict), ==, IDO_DOSSIER_CHANGE_CONFLICT);
  g_assert_nonnull (strstr (ido_dossier_change_get_details (conflict), "Notitie van A"));
  g_assert_nonnull (strstr (ido_dossier_change_get_details (conflict), "Notitie van B"));
  g_assert_cmpint (ido_dossier_change_get_kind (find_change (to_a, "GGD Voorbeeldregio")), ==,
                   IDO_DOSSIER_CHANGE_KEPT);

  /* Nothing happens until every conflict is decided. */
  g_assert_false (ido_dossier_import_apply (to_a, NULL, &error));
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_UNRESOLVED);
  g_clear_error (&error);
  address = text_of (f->a, "SELECT address FROM partner WHERE name = 'Formulierenbrigade Voorbeeld'");
  g_assert_cmpstr (address, !=, "Nieuwe Straat 1");
  g_clear_pointer (&address, g_free);

  ido_dossier_change_set_resolution (conflict, IDO_DOSSIER_RESOLUTION_KEEP_MINE);
  conflict2 = find_change (to_a, "Humanitas Voorbeeldstreek (Thuisadministratie)");
  ido_dossier_change_set_resolution (conflict2, IDO_DOSSIER_RESOLUTION_TAKE_THEIRS);
  apply (to_a);

  notes = text_of (f->a, "SELECT notes FROM partner WHERE uuid = '" WIJKTEAM "'");
  g_assert_cmpstr (notes, ==, "Notitie van A");
  website = text_of (f->a, "SELECT website FROM partner WHERE name = 'Humanitas Voorbeeldstreek (Thuisadministratie)'");
  g_assert_cmpstr (website, ==, "https://b.example.nl");
  address = text_of (f->a, "SELECT address FROM partner WHERE name = 'Formulierenbrigade Voorbeeld'");
  g_assert_cmpstr (address, ==, "Nieuwe Straat 1");
  scope = text_of (f->a, "SELECT scope FROM partner WHERE name = 'GGD Voorbeeldregio'");
  g_assert_cmpstr (scope, ==, "national");

  /* B's file again: the decisions stand, nothing is in conflict any more */
  {
    g_autoptr(IdoDossierImport) again = preview (f->a, back);

    g_assert_cmpuint (ido_dossier_import_count (again, IDO_DOSSIER_CHANGE_CONFLICT), ==, 0);
    g_assert_cmpuint (ido_dossier_import_count (again, IDO_DOSSIER_CHANGE_CHANGED), ==, 0);
  }
}

/* An import is undone as a whole: added rows go, changed rows come back. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *first = export_all (f->a, IDO_DOSSIER_PART_ALL);
  g_autofree char *domain_uuid = text_of (f->b, "SELECT uuid FROM policy_domain WHERE code = 'health'");
  g_autofree char *back = NULL;
  g_autofree char *address = NULL;
  g_autofree char *restored_uuid = NULL;
  g_autoptr(IdoDossierImport) to_b = preview (f->b, first);
  g_autoptr(IdoDossierImport) to_a = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tables = NULL;
  gint64 batch_b, batch_a;

  batch_b = apply (to_b);
  g_assert_cmpint (count (f->b, "partner"), >, 0);
  g_assert_cmpint (ido_dossier_import_last_batch (f->b), ==, batch_b);

  /* B changes an address and sends it back; A takes it, then undoes that */
  sql (f->b, "UPDATE partner SET address = 'Nieuwe Straat 1' WHERE name = 'Formulierenbrigade Voorbeeld'");
  back = export_all (f->b, IDO_DOSSIER_PART_ALL);
  to_a = preview (f->a, back);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_CHANGED), ==, 1);
  batch_a = apply (to_a);
  address = text_of (f->a, "SELECT address FROM partner WHERE name = 'Formulierenbrigade Voorbeeld'");
  g_assert_cmpstr (address, ==, "Nieuwe Straat 1");
  g_clear_pointer (&address, g_free);
  g_assert_true (ido_dossier_import_undo (f->a, batch_a, &tables, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) tables, "partner"));
  address = text_of (f->a, "SELECT address FROM partner WHERE name = 'Formulierenbrigade Voorbeeld'");
  g_assert_cmpstr (address, !=, "Nieuwe Straat 1");

  /* B undoes the first import: empty again, the seeded rows as they were */
  g_assert_true (ido_dossier_import_undo (f->b, batch_b, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->b, "partner"), ==, 0);
  g_assert_cmpint (count (f->b, "observation"), ==, 0);
  g_assert_cmpint (count (f->b, "municipality"), ==, 0);
  g_assert_cmpint (count (f->b, "policy_domain"), ==, 11);
  restored_uuid = text_of (f->b, "SELECT uuid FROM policy_domain WHERE code = 'health'");
  g_assert_cmpstr (restored_uuid, ==, domain_uuid);
  g_assert_true (ido_dossier_needs_setup (f->b));

  /* once only */
  g_assert_false (ido_dossier_import_undo (f->b, batch_b, NULL, &error));
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_UNDO);
}

/* A part: partners and referral agreements. Desks they refer to are named
 * in the references but not exported; a receiver without them gets the
 * agreement without the desk, and is told. */
static void
test_partial_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(IdoDossierImport) import = NULL;
  JsonObject *root, *tables;

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "ido-regie-dossier");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  tables = json_object_get_object_member (root, "tables");
  g_assert_true (json_object_has_member (tables, "partner"));
  g_assert_true (json_object_has_member (tables, "referral_agreement"));
  g_assert_true (json_object_has_member (tables, "partner_contact"));
  g_assert_true (json_object_has_member (tables, "municipality"));
  g_assert_false (json_object_has_member (tables, "desk"));
  g_assert_false (json_object_has_member (tables, "budget_year"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "partner")), ==,
                   count (f->a, "partner"));
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "references"), "desk"));

  import = preview (f->b, text);
  g_assert_cmpuint (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_SKIPPED), ==, 0);
  apply (import);
  g_assert_cmpint (count (f->b, "referral_agreement"), ==, count (f->a, "referral_agreement"));
  g_assert_cmpint (count (f->b, "desk"), ==, 0);
}

/* What the receiver could not follow (the desk of a referral agreement, the
 * partner parties of an agreement) survives its edits: sending the rows back
 * does not erase them here. */
static void
test_references_not_lost (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *text = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  g_autofree char *back = NULL;
  g_autofree char *desks = NULL;
  g_autofree char *desks_after = NULL;
  g_autofree char *services = NULL;
  g_autoptr(IdoDossierImport) to_b = preview (f->b, text);
  g_autoptr(IdoDossierImport) to_a = NULL;

  desks = text_of (f->a, "SELECT count(*) FROM referral_agreement WHERE desk_id IS NOT NULL");
  g_assert_cmpstr (desks, !=, "0");
  apply (to_b);
  sql (f->b, "UPDATE referral_agreement SET services = 'Alles over DigiD' WHERE desk_id IS NULL"
             " AND party = 'municipality'");
  back = export_all (f->b, IDO_DOSSIER_PART_PARTNERS);
  to_a = preview (f->a, back);
  dump_changes (to_a);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_CHANGED), >=, 1);
  g_assert_cmpuint (ido_dossier_import_count (to_a, IDO_DOSSIER_CHANGE_CONFLICT), ==, 0);
  apply (to_a);
  services = text_of (f->a, "SELECT count(*) FROM referral_agreement WHERE services = 'Alles over DigiD'");
  g_assert_cmpstr (services, !=, "0");
  desks_after = text_of (f->a, "SELECT count(*) FROM referral_agreement WHERE desk_id IS NOT NULL");
  g_assert_cmpstr (desks_after, ==, desks);
}

/* One library's agreements and targets, with the library and its locations. */
static void
test_library_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *library = text_of (f->a, "SELECT uuid FROM library LIMIT 1");
  g_autoptr(GError) error = NULL;
  IdoDossierExportOptions options = { IDO_DOSSIER_PART_LIBRARIES | IDO_DOSSIER_PART_AGREEMENTS, library,
                                      EXPORTED_AT };
  g_autofree char *text = ido_dossier_export_to_data (f->a, &options, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *tables;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "library"), ==, library);
  tables = json_object_get_object_member (root, "tables");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "library")), ==, 1);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "location")), ==,
                   count (f->a, "location"));
  /* the grant decisions name the library; the targets belong to them */
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "agreement")), >=, 1);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "target")), >=, 1);
  g_assert_false (json_object_has_member (tables, "partner"));
}

/* A neighbouring municipality's file: its budget, desks, meetings ... stay
 * out, shared data (library, partners) comes in. */
static void
test_other_municipality (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *text = export_all (f->a, IDO_DOSSIER_PART_ALL);
  g_autoptr(IdoDossierImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *notes;
  gboolean budget_noted = FALSE;

  g_assert_true (ido_dossier_set_own_municipality (f->b, "GM0363", "Amsterdam", &error));
  g_assert_no_error (error);
  import = preview (f->b, text);
  notes = ido_dossier_import_get_notes (import);
  for (guint i = 0; notes[i] != NULL; i++)
    budget_noted = budget_noted || strstr (notes[i], "Budget year") != NULL;
  g_assert_true (budget_noted);
  apply (import);
  g_assert_cmpint (count (f->b, "budget_year"), ==, 0);
  g_assert_cmpint (count (f->b, "desk"), ==, 0);
  g_assert_cmpint (count (f->b, "library"), ==, 1);
  g_assert_cmpint (count (f->b, "partner"), ==, count (f->a, "partner"));
  {
    g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (f->b);

    g_assert_cmpstr (own->code, ==, "GM0363");
  }
}

/* A partner that both created on their own is recognised by name and
 * sector; the import remembers the other UUID for next time. */
static void
test_natural_key_match (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  g_autoptr(IdoDossierImport) import = NULL;
  g_autoptr(IdoDossierImport) again = NULL;
  g_autofree char *alias = NULL;
  IdoDossierChange *change;

  sql (f->b, "INSERT INTO partner (name, kind, sector, notes) VALUES ('Humanitas Voorbeeldstreek (Thuisadministratie)',"
             " 'support', 'Vrijwilligersorganisaties', 'eigen notitie')");
  import = preview (f->b, text);
  change = find_change (import, "Humanitas Voorbeeldstreek (Thuisadministratie)");
  g_assert_cmpint (ido_dossier_change_get_kind (change), ==, IDO_DOSSIER_CHANGE_CONFLICT);
  ido_dossier_import_resolve_all (import, IDO_DOSSIER_RESOLUTION_KEEP_MINE);
  apply (import);
  g_assert_cmpint (count (f->b, "partner"), ==, count (f->a, "partner"));
  alias = text_of (f->b, "SELECT count(*) FROM exchange_alias WHERE table_name = 'partner'");
  g_assert_cmpstr (alias, ==, "1");
  again = preview (f->b, text);
  g_assert_cmpuint (ido_dossier_import_count (again, IDO_DOSSIER_CHANGE_CONFLICT), ==, 0);
}

static void
test_damaged_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDossierImport) import = NULL;

  import = ido_dossier_import_new_from_data (f->b, "niet json", -1, "x", &error);
  g_assert_null (import);
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_FORMAT);
  g_clear_error (&error);

  import = ido_dossier_import_new_from_data (f->b, "{\"format\": \"ido-regie-sample\", \"version\": 1}", -1, "x",
                                             &error);
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_FORMAT);
  g_clear_error (&error);

  import = ido_dossier_import_new_from_data (f->b, "{\"format\": \"ido-regie-dossier\", \"version\": 2,"
                                             " \"tables\": {}}", -1, "x", &error);
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_VERSION);
  g_clear_error (&error);

  import = ido_dossier_import_new_from_data (f->b, "{\"format\": \"ido-regie-dossier\", \"version\": 1,"
                                             " \"tables\": {\"partner\": [{\"name\": \"X\"}]}}", -1, "x", &error);
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_INVALID);
  g_assert_cmpint (count (f->b, "partner"), ==, 0);
}

/* The database changed between preview and import: refused, untouched. */
static void
test_changed_since_preview (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *text = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  g_autoptr(IdoDossierImport) first = preview (f->b, text);
  g_autoptr(IdoDossierImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before;

  apply (first);
  sql (f->a, "UPDATE partner SET notes = 'nieuw' WHERE uuid = '" WIJKTEAM "'");
  g_clear_pointer (&text, g_free);
  text = export_all (f->a, IDO_DOSSIER_PART_PARTNERS);
  import = preview (f->b, text);
  g_assert_cmpuint (ido_dossier_import_count (import, IDO_DOSSIER_CHANGE_CHANGED), ==, 1);
  sql (f->b, "UPDATE partner SET notes = 'tussendoor' WHERE uuid = '" WIJKTEAM "'");
  before = ido_database_count (f->b, "exchange_batch");
  g_assert_false (ido_dossier_import_apply (import, NULL, &error));
  g_assert_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_CHANGED);
  g_assert_cmpint (ido_database_count (f->b, "exchange_batch"), ==, before);
}

/* Every table of the schema is either exchanged or declared local: a new
 * table must be placed in ido-dossier-schema.c, or a handover loses it. */
static void
test_every_table_classified (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(GStrv) unclassified = ido_exchange_schema_unclassified (f->a);

  if (unclassified[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", unclassified);

      g_error ("tables not in the dossier format: %s (add them to ido-dossier-schema.c)", list);
    }
}

static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "dossier.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDossierImport) import = NULL;
  IdoDossierExportOptions options = { IDO_DOSSIER_PART_ALL, NULL, NULL };

  g_assert_true (ido_dossier_export_to_file (f->a, &options, path, &error));
  g_assert_no_error (error);
  ido_report_test_keep (path);
  import = ido_dossier_import_new_from_file (f->b, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ido_dossier_import_get_source_name (import), ==, "Voorbeeld (voorbeeldgegevens)");
  apply (import);
  g_assert_cmpint (count (f->b, "agreement"), ==, count (f->a, "agreement"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dossier/round-trip", test_round_trip);
  ADD ("/dossier/import-twice", test_import_twice);
  ADD ("/dossier/conflicts", test_conflicts);
  ADD ("/dossier/undo", test_undo);
  ADD ("/dossier/partial-export", test_partial_export);
  ADD ("/dossier/references-not-lost", test_references_not_lost);
  ADD ("/dossier/library-export", test_library_export);
  ADD ("/dossier/other-municipality", test_other_municipality);
  ADD ("/dossier/natural-key-match", test_natural_key_match);
  ADD ("/dossier/damaged-files", test_damaged_files);
  ADD ("/dossier/changed-since-preview", test_changed_since_preview);
  ADD ("/dossier/every-table-classified", test_every_table_classified);
  ADD ("/dossier/file-round-trip", test_file_round_trip);
#undef ADD

  return g_test_run ();
}

/* test-partner.c: partners, their validation, delete/undo and the store
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-partner.h"
#include "ido-partner-store.h"
#include "ido-referral-agreement.h"
#include "ido-row-snapshot.h"
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
run_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* All rows of @table as text, in rowid order: the exact state to compare. */
static char *
dump_table (IdoDatabase *db,
            const char  *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", table);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s|", text ? text : "<null>");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
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

static IdoPartner *
make_partner (IdoDatabase *db,
              const char  *name,
              const char  *kind,
              const char  *sector)
{
  g_autoptr(GError) error = NULL;
  IdoPartner *partner = ido_partner_new ();

  ido_partner_set_name (partner, name);
  ido_partner_set_kind (partner, kind);
  ido_partner_set_sector (partner, sector);
  g_assert_true (ido_partner_save (db, partner, &error));
  g_assert_no_error (error);
  return partner;
}

static void
test_partner_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPartner) partner = ido_partner_new ();
  g_autoptr(IdoPartner) loaded = NULL;
  g_autoptr(IdoPartner) again = NULL;
  IdoPartnerContact *contact;
  gint64 first_contact;

  ido_partner_set_name (partner, "  Humanitas Voorbeeld ");
  ido_partner_set_kind (partner, "support");
  ido_partner_set_sector (partner, "Vrijwilligersorganisaties");
  ido_partner_set_scope (partner, "local");
  ido_partner_set_website (partner, "www.humanitas.nl");
  ido_partner_set_notes (partner, "Thuisadministratie");
  ido_partner_add_contact (partner, "Els de Wit", "Coördinator", "e.dewit@humanitas.example.nl", "010-123 45 67");
  ido_partner_add_contact (partner, "Piet Jansen", "", "", "06 12345678");
  ido_partner_set_building_block (partner, "help-courses", TRUE);
  ido_partner_set_building_block (partner, "devices", TRUE);
  g_assert_true (ido_partner_save (f->db, partner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_partner_get_id (partner), >, 0);
  g_assert_true (g_uuid_string_is_valid (ido_partner_get_uuid (partner)));

  loaded = ido_partner_load (f->db, ido_partner_get_id (partner), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ido_partner_get_name (loaded), ==, "Humanitas Voorbeeld");
  g_assert_cmpstr (ido_partner_kind_get_label (ido_partner_get_kind (loaded)), ==, ido_partner_kind_get_label ("support"));
  g_assert_cmpstr (ido_partner_get_contact_names (loaded), ==, "Els de Wit, Piet Jansen");
  g_assert_cmpuint (ido_partner_get_contacts (loaded)->len, ==, 2);
  /* Blocks come back in the fixed order of the five building blocks. */
  g_assert_cmpstr (ido_partner_get_building_blocks (loaded)[0], ==, "devices");
  g_assert_cmpstr (ido_partner_get_building_blocks (loaded)[1], ==, "help-courses");
  g_assert_null (ido_partner_get_building_blocks (loaded)[2]);
  g_assert_true (ido_partner_get_active (loaded));
  g_assert_cmpint (ido_partner_get_agreement_state (loaded), ==, IDO_AGREEMENT_STATE_NONE);
  contact = g_ptr_array_index (ido_partner_get_contacts (loaded), 0);
  first_contact = contact->id;

  /* Edit: drop the second contact, change the first, add one, end it. */
  ido_partner_remove_contact (loaded, 1);
  g_set_str (&contact->function, "Coördinator thuisadministratie");
  ido_partner_contacts_changed (loaded);
  ido_partner_add_contact (loaded, "Ans Bakker", "Vrijwilliger", "", "");
  ido_partner_set_building_block (loaded, "devices", FALSE);
  ido_partner_set_active (loaded, FALSE);
  g_assert_true (ido_partner_save (f->db, loaded, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ido_partner_get_ended_on (loaded));

  again = ido_partner_load (f->db, ido_partner_get_id (partner), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ido_partner_get_contacts (again)->len, ==, 2);
  contact = g_ptr_array_index (ido_partner_get_contacts (again), 0);
  g_assert_cmpint (contact->id, ==, first_contact);
  g_assert_cmpstr (contact->function, ==, "Coördinator thuisadministratie");
  g_assert_cmpstr (ido_partner_get_contact_names (again), ==, "Els de Wit, Ans Bakker");
  g_assert_cmpstr (ido_partner_get_building_blocks (again)[0], ==, "help-courses");
  g_assert_false (ido_partner_get_active (again));
  g_assert_cmpstr (ido_partner_get_ended_on (again), ==, ido_partner_get_ended_on (loaded));
  g_assert_true (ido_partner_equal (again, loaded));
  g_assert_cmpint (ido_database_count (f->db, "partner_contact"), ==, 2);

  /* Active again: the end date goes. */
  ido_partner_set_active (again, TRUE);
  g_assert_true (ido_partner_save (f->db, again, &error));
  g_assert_null (ido_partner_get_ended_on (again));
}

static void
assert_refused (Fixture    *f,
                IdoPartner *partner,
                IdoField    field,
                int         contact)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partners = dump_table (f->db, "partner");
  g_autofree char *contacts = dump_table (f->db, "partner_contact");
  g_autofree char *partners_after = NULL;
  g_autofree char *contacts_after = NULL;
  gint64 id = ido_partner_get_id (partner);
  int index = -2;

  g_assert_false (ido_partner_validate (partner, f->db, &index, &error));
  g_assert_error (error, IDO_FIELD_ERROR, (int) field);
  g_assert_cmpint (index, ==, contact);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_false (ido_partner_save (f->db, partner, &error));
  g_assert_error (error, IDO_FIELD_ERROR, (int) field);
  /* Nothing half-saved: the tables are exactly as before. */
  g_assert_cmpint (ido_partner_get_id (partner), ==, id);
  partners_after = dump_table (f->db, "partner");
  contacts_after = dump_table (f->db, "partner_contact");
  g_assert_cmpstr (partners_after, ==, partners);
  g_assert_cmpstr (contacts_after, ==, contacts);
}

static void
test_partner_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(IdoPartner) existing = make_partner (f->db, "GGD Voorbeeld", "referrer", "GGD");
  g_autoptr(IdoPartner) partner = ido_partner_new ();
  g_autoptr(IdoPartner) other_sector = NULL;
  g_autoptr(IdoPartner) edited = NULL;
  g_autoptr(GError) error = NULL;
  IdoPartnerContact *contact;

  /* Empty name */
  ido_partner_set_name (partner, "   ");
  assert_refused (f, partner, IDO_FIELD_NAME, -1);

  /* Malformed e-mail and phone of the second contact */
  ido_partner_set_name (partner, "Wijkteam Noord");
  ido_partner_add_contact (partner, "Anna", "", "anna@wijkteam.example.nl", "");
  contact = ido_partner_add_contact (partner, "Bert", "", "bert(at)wijkteam", "");
  assert_refused (f, partner, IDO_FIELD_EMAIL, 1);
  g_set_str (&contact->email, "bert@wijkteam.example.nl");
  g_set_str (&contact->phone, "12345");
  assert_refused (f, partner, IDO_FIELD_PHONE, 1);
  g_set_str (&contact->phone, "");
  g_set_str (&contact->name, "");
  assert_refused (f, partner, IDO_FIELD_NAME, 1);
  g_set_str (&contact->name, "Bert");

  /* A website that is none */
  ido_partner_set_website (partner, "niet een website");
  assert_refused (f, partner, IDO_FIELD_WEBSITE, -1);
  ido_partner_set_website (partner, "");

  /* Duplicate name in the same sector, whatever the case and spaces */
  ido_partner_set_name (partner, " ggd voorbeeld ");
  ido_partner_set_sector (partner, "ggd");
  assert_refused (f, partner, IDO_FIELD_DUPLICATE, -1);
  g_assert_cmpint (ido_database_count (f->db, "partner"), ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "partner_contact"), ==, 0);

  /* The same name in another sector is another organisation. */
  other_sector = make_partner (f->db, "GGD Voorbeeld", "referrer", "Gezondheid");
  g_assert_cmpint (ido_database_count (f->db, "partner"), ==, 2);

  /* Editing the existing one keeps its own name without a duplicate error,
   * but renaming it onto the other is refused. */
  edited = ido_partner_load (f->db, ido_partner_get_id (existing), &error);
  g_assert_no_error (error);
  ido_partner_set_notes (edited, "Jeugdgezondheidszorg");
  g_assert_true (ido_partner_save (f->db, edited, &error));
  g_assert_no_error (error);
  ido_partner_set_sector (edited, "Gezondheid");
  assert_refused (f, edited, IDO_FIELD_DUPLICATE, -1);
}

/* A save that fails halfway (a contact vanished meanwhile) leaves nothing. */
static void
test_partner_save_atomic (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(IdoPartner) partner = make_partner (f->db, "Bibliotheek", "support", "Bibliotheken");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  IdoPartnerContact *ghost;

  before = dump_table (f->db, "partner");
  ido_partner_set_name (partner, "Bibliotheek Centrum");
  ido_partner_add_contact (partner, "Nieuw", "", "", "");
  ghost = ido_partner_add_contact (partner, "Verdwenen", "", "", "");
  ghost->id = 9999;
  g_assert_false (ido_partner_save (f->db, partner, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  after = dump_table (f->db, "partner");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (ido_database_count (f->db, "partner_contact"), ==, 0);
  /* The new contact did not keep an id that was rolled back. */
  g_assert_cmpint (((IdoPartnerContact *) g_ptr_array_index (ido_partner_get_contacts (partner), 0))->id, ==, 0);
}

static void
link_partner (Fixture *f,
              gint64   partner_id,
              gint64  *contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", partner_id);

  g_assert_true (ido_database_exec (f->db,
                                    "INSERT INTO meeting (id, kind, held_on, title) VALUES"
                                    " (1, 'network', '2025-03-01', 'Ketenpartneroverleg')", &error));
  g_assert_true (ido_database_exec (f->db,
                                    "INSERT INTO promotion (id, held_on, kind, title) VALUES"
                                    " (1, '2025-03-02', 'presentation', 'Presentatie')", &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO meeting_partner VALUES (1, %" G_GINT64_FORMAT ", 1);"
                                            "INSERT INTO promotion_partner VALUES (1, %" G_GINT64_FORMAT ");",
                                            partner_id, partner_id);

    g_assert_true (ido_database_exec (f->db, sql, &error));
  }
  g_set_str (&agreement->services, "Formulierenhulp");
  agreement->contact_id = *contact_id;
  agreement->agreed_on = g_strdup ("2024-01-01");
  agreement->review_on = g_strdup ("2025-01-01");
  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_no_error (error);
}

static void
test_partner_end_or_delete (Fixture       *f,
                            gconstpointer  data)
{
  const char *tables[] = {
    "partner", "partner_contact", "partner_building_block", "referral_agreement", "meeting_partner",
    "promotion_partner", "meeting",
  };
  g_autoptr(IdoPartner) partner = ido_partner_new ();
  g_autoptr(IdoPartner) bystander = make_partner (f->db, "Buurthuis", "referrer", "Buurthuizen en wijkcentra");
  g_autoptr(IdoRowSnapshot) undo = NULL;
  g_autoptr(IdoPartner) ended = NULL;
  g_autoptr(GError) error = NULL;
  char *dumps[G_N_ELEMENTS (tables)] = { NULL };
  guint n_agreements = 0, n_meetings = 0;
  gint64 id, contact_id;

  ido_partner_set_name (partner, "Formulierenbrigade");
  ido_partner_set_kind (partner, "support");
  ido_partner_add_contact (partner, "Karin", "", "karin@example.nl", "");
  ido_partner_set_building_block (partner, "help-courses", TRUE);
  g_assert_true (ido_partner_save (f->db, partner, &error));
  id = ido_partner_get_id (partner);
  contact_id = ((IdoPartnerContact *) g_ptr_array_index (ido_partner_get_contacts (partner), 0))->id;

  g_assert_true (ido_partner_count_links (f->db, ido_partner_get_id (bystander), &n_agreements, &n_meetings, &error));
  g_assert_cmpuint (n_agreements + n_meetings, ==, 0);
  link_partner (f, id, &contact_id);
  g_assert_true (ido_partner_count_links (f->db, id, &n_agreements, &n_meetings, &error));
  g_assert_cmpuint (n_agreements, ==, 1);
  g_assert_cmpuint (n_meetings, ==, 1);
  {
    g_autoptr(GPtrArray) meetings = ido_partner_list_meetings (f->db, id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (meetings->len, ==, 1);
    g_assert_cmpstr (((IdoPartnerMeeting *) g_ptr_array_index (meetings, 0))->title, ==, "Ketenpartneroverleg");
    g_assert_true (((IdoPartnerMeeting *) g_ptr_array_index (meetings, 0))->attended);
  }

  /* Ending keeps everything, marks it inactive with a date. */
  g_assert_true (ido_partner_end (f->db, id, "2025-06-30", &error));
  g_assert_no_error (error);
  ended = ido_partner_load (f->db, id, &error);
  g_assert_false (ido_partner_get_active (ended));
  g_assert_cmpstr (ido_partner_get_ended_on (ended), ==, "2025-06-30");
  g_assert_cmpint (ido_database_count (f->db, "referral_agreement"), ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "meeting_partner"), ==, 1);
  g_assert_false (ido_partner_end (f->db, 4242, NULL, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    dumps[i] = dump_table (f->db, tables[i]);

  /* Deleting takes its agreements, contacts and attendance along. */
  g_assert_true (ido_partner_delete (f->db, id, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (f->db, "partner"), ==, 1);
  g_assert_cmpint (ido_database_count (f->db, "partner_contact"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "partner_building_block"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "referral_agreement"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "meeting_partner"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "promotion_partner"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "meeting"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpuint (ido_row_snapshot_count_rows (undo, NULL), ==, 6);

  /* Undo brings back the very same rows: ids, UUIDs, timestamps. */
  g_assert_true (ido_row_snapshot_restore (undo, f->db, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *now = dump_table (f->db, tables[i]);

      g_assert_cmpstr (now, ==, dumps[i]);
      /* g_autofree on the array would free only its first element. */
      g_free (dumps[i]);
    }
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* Deleting what is gone says so. */
  g_assert_false (ido_partner_delete (f->db, 4242, NULL, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
}

/* An undo that cannot put the rows back changes nothing. */
static void
test_partner_undo_conflict (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(IdoPartner) partner = make_partner (f->db, "Energiebank", "support", "Vrijwilligersorganisaties");
  g_autoptr(IdoPartner) usurper = NULL;
  g_autoptr(IdoRowSnapshot) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (ido_partner_delete (f->db, ido_partner_get_id (partner), &undo, &error));
  /* A new partner takes the same id. */
  usurper = make_partner (f->db, "Geldloket", "support", "Geldloketten");
  g_assert_cmpint (ido_partner_get_id (usurper), ==, ido_partner_get_id (partner));
  before = dump_table (f->db, "partner");
  g_assert_false (ido_row_snapshot_restore (undo, f->db, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  after = dump_table (f->db, "partner");
  g_assert_cmpstr (after, ==, before);
}

static void
test_partner_lists (void)
{
  const char * const *sectors = ido_partner_sectors ();

  g_assert_cmpuint (g_strv_length ((GStrv) sectors), >=, 25);
  g_assert_true (g_strv_contains (sectors, "Sociale wijkteams/wijkregisseurs"));
  g_assert_cmpstr (ido_partner_sector_get_kind ("Geldloketten"), ==, "support");
  g_assert_cmpstr (ido_partner_sector_get_kind ("Huisartsen"), ==, "referrer");
  g_assert_null (ido_partner_sector_get_kind ("Iets anders"));
  g_assert_cmpuint (g_strv_length ((GStrv) ido_building_blocks ()), ==, 5);
  for (guint i = 0; ido_partner_kinds ()[i] != NULL; i++)
    g_assert_cmpstr (ido_partner_kind_get_label (ido_partner_kinds ()[i]), !=, ido_partner_kinds ()[i]);
  for (guint i = 0; ido_building_blocks ()[i] != NULL; i++)
    g_assert_cmpstr (ido_building_block_get_label (ido_building_blocks ()[i]), !=, ido_building_blocks ()[i]);
}

/* Query */

static void
test_partner_query (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(IdoPartner) wijkteam = ido_partner_new ();
  g_autoptr(IdoPartner) raad = make_partner (f->db, "Cliëntenraad Sociaal Domein", "both", "Cliëntenvertegenwoordigers");
  g_autoptr(IdoPartner) bank = make_partner (f->db, "Voedselbank", "support", "Vrijwilligersorganisaties");
  g_autoptr(GError) error = NULL;
  struct { const char *text, *kind, *sector; IdoPartnerStatus status; gboolean wijkteam, raad, bank; } cases[] = {
    { "", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, TRUE, TRUE },
    { "wijk", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, FALSE, FALSE },
    { "WIJKTEAM  noord", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, FALSE, FALSE },
    { "clientenraad", NULL, NULL, IDO_PARTNER_STATUS_ANY, FALSE, TRUE, FALSE },
    { "fatima", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, FALSE, FALSE },         /* contact */
    { "wijkregisseur", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, FALSE, FALSE },  /* contact function */
    { "schulden", NULL, NULL, IDO_PARTNER_STATUS_ANY, TRUE, FALSE, FALSE },       /* notes */
    { "vrijwilligers", NULL, NULL, IDO_PARTNER_STATUS_ANY, FALSE, FALSE, TRUE },  /* sector */
    { "", "referrer", NULL, IDO_PARTNER_STATUS_ANY, TRUE, TRUE, FALSE },          /* "both" refers too */
    { "", "support", NULL, IDO_PARTNER_STATUS_ANY, FALSE, TRUE, TRUE },
    { "", "both", NULL, IDO_PARTNER_STATUS_ANY, FALSE, TRUE, FALSE },
    { "", NULL, "Vrijwilligersorganisaties", IDO_PARTNER_STATUS_ANY, FALSE, FALSE, TRUE },
    { "", NULL, NULL, IDO_PARTNER_STATUS_ENDED, FALSE, FALSE, TRUE },
    { "", NULL, NULL, IDO_PARTNER_STATUS_ACTIVE, TRUE, TRUE, FALSE },
    { "", NULL, NULL, IDO_PARTNER_STATUS_NO_AGREEMENT, TRUE, TRUE, FALSE },
    { "zzz", NULL, NULL, IDO_PARTNER_STATUS_ANY, FALSE, FALSE, FALSE },
  };

  ido_partner_set_name (wijkteam, "Sociaal Wijkteam Noord");
  ido_partner_set_sector (wijkteam, "Sociale wijkteams/wijkregisseurs");
  ido_partner_set_notes (wijkteam, "Ook voor schulden");
  ido_partner_add_contact (wijkteam, "Fatima El Idrissi", "Wijkregisseur", "", "");
  g_assert_true (ido_partner_save (f->db, wijkteam, &error));
  ido_partner_set_active (bank, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(IdoPartnerQuery) query = ido_partner_query_new (cases[i].text, cases[i].kind, cases[i].sector,
                                                                cases[i].status);

      g_test_message ("case %u: “%s”", i, cases[i].text);
      g_assert_cmpint (ido_partner_query_matches (query, wijkteam), ==, cases[i].wijkteam);
      g_assert_cmpint (ido_partner_query_matches (query, raad), ==, cases[i].raad);
      g_assert_cmpint (ido_partner_query_matches (query, bank), ==, cases[i].bank);
      g_assert_cmpint (ido_partner_query_is_empty (query), ==, i == 0);
    }
}

static void
test_partner_query_compare (void)
{
  g_autoptr(IdoPartnerQuery) w = ido_partner_query_new ("w", NULL, NULL, IDO_PARTNER_STATUS_ANY);
  g_autoptr(IdoPartnerQuery) wi = ido_partner_query_new ("wi", NULL, NULL, IDO_PARTNER_STATUS_ANY);
  g_autoptr(IdoPartnerQuery) wi2 = ido_partner_query_new (" WI ", NULL, NULL, IDO_PARTNER_STATUS_ANY);
  g_autoptr(IdoPartnerQuery) wi_n = ido_partner_query_new ("wi n", NULL, NULL, IDO_PARTNER_STATUS_ANY);
  g_autoptr(IdoPartnerQuery) x = ido_partner_query_new ("x", NULL, NULL, IDO_PARTNER_STATUS_ANY);
  g_autoptr(IdoPartnerQuery) wi_kind = ido_partner_query_new ("wi", "support", NULL, IDO_PARTNER_STATUS_ANY);

  g_assert_cmpint (ido_partner_query_compare (wi, w), ==, IDO_PARTNER_QUERY_STRICTER);
  g_assert_cmpint (ido_partner_query_compare (w, wi), ==, IDO_PARTNER_QUERY_LOOSER);
  g_assert_cmpint (ido_partner_query_compare (wi2, wi), ==, IDO_PARTNER_QUERY_SAME);
  g_assert_cmpint (ido_partner_query_compare (wi_n, wi), ==, IDO_PARTNER_QUERY_STRICTER);
  g_assert_cmpint (ido_partner_query_compare (x, w), ==, IDO_PARTNER_QUERY_DIFFERENT);
  g_assert_cmpint (ido_partner_query_compare (wi_kind, wi), ==, IDO_PARTNER_QUERY_DIFFERENT);
  g_assert_cmpint (ido_partner_query_compare (wi, NULL), ==, IDO_PARTNER_QUERY_DIFFERENT);
}

/* Store */

typedef struct
{
  guint position, removed, added, calls;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->calls++;
}

static void
test_partner_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(IdoPartner) a = make_partner (f->db, "Aa", "referrer", "Huisartsen");
  g_autoptr(IdoPartner) b = make_partner (f->db, "Bb", "support", "Geldloketten");
  g_autoptr(IdoPartner) c = make_partner (f->db, "Cc", "both", "");
  g_autoptr(IdoPartnerStore) store = ido_partner_store_new (f->db);
  g_autoptr(IdoPartner) edit = NULL;
  g_autoptr(IdoPartner) first = NULL;
  g_autoptr(IdoPartner) item = NULL;
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", ido_partner_get_id (b));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sectors = NULL;
  Changes changes = { 0 };

  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed), &changes);
  ido_partner_store_set_today (store, "2025-06-15");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == IDO_TYPE_PARTNER);
  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (ido_partner_get_name (first), ==, "Aa");
  g_assert_cmpuint (ido_partner_store_find_position (store, ido_partner_get_id (c)), ==, 2);
  g_assert_cmpuint (ido_partner_store_find_position (store, 999), ==, G_MAXUINT);
  sectors = ido_partner_store_dup_sectors (store);
  g_assert_cmpuint (g_strv_length (sectors), ==, 2);
  g_assert_cmpstr (sectors[0], ==, "Geldloketten");
  changes.calls = 0;

  /* An agreement due for review within a month: only b's row changes. */
  g_set_str (&agreement->services, "Geldzaken");
  agreement->review_on = g_strdup ("2025-07-01");
  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.calls, ==, 0);  /* gathered until idle */
  run_idle ();
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpint (ido_partner_get_agreement_state (ido_partner_store_find (store, ido_partner_get_id (b))), ==,
                   IDO_AGREEMENT_STATE_REVIEW_SOON);
  g_assert_cmpint (ido_partner_get_agreement_state (ido_partner_store_find (store, ido_partner_get_id (a))), ==,
                   IDO_AGREEMENT_STATE_NONE);
  /* The unchanged partner is the very same object. */
  item = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_true (item == first);

  ido_partner_store_set_today (store, "2025-07-02");
  g_assert_cmpint (ido_partner_get_agreement_state (ido_partner_store_find (store, ido_partner_get_id (b))), ==,
                   IDO_AGREEMENT_STATE_REVIEW_OVERDUE);
  ido_partner_store_set_today (store, "2025-01-01");
  g_assert_cmpint (ido_partner_get_agreement_state (ido_partner_store_find (store, ido_partner_get_id (b))), ==,
                   IDO_AGREEMENT_STATE_CURRENT);

  /* A rename, then a delete: one change each. */
  edit = ido_partner_load (f->db, ido_partner_get_id (c), &error);
  ido_partner_set_name (edit, "Cc nieuw");
  ido_partner_add_contact (edit, "Zoë", "", "", "");
  g_assert_true (ido_partner_save (f->db, edit, &error));
  changes.calls = 0;
  ido_partner_store_flush (store);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpstr (ido_partner_get_name (ido_partner_store_find (store, ido_partner_get_id (c))), ==, "Cc nieuw");
  g_assert_cmpstr (ido_partner_get_contact_names (ido_partner_store_find (store, ido_partner_get_id (c))), ==, "Zoë");
  g_assert_true (ido_partner_delete (f->db, ido_partner_get_id (a), NULL, &error));
  changes.calls = 0;
  run_idle ();
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
}

/* Many partners: the store reads and filters them all; timings go to the
 * log (the benchmark measures them properly). */
static void
test_partner_store_large (Fixture       *f,
                          gconstpointer  data)
{
  const guint n = 10000;
  g_autoptr(IdoPartnerStore) store = NULL;
  g_autoptr(IdoPartnerQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  guint matches = 0;

  g_assert_true (ido_database_begin (f->db, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO partner (name, kind, sector, notes) VALUES"
                                              " ('Partner %u', '%s', 'Sector %u', 'notitie %u');"
                                              "INSERT INTO partner_contact (partner_id, name) VALUES"
                                              " (last_insert_rowid (), 'Contact %u');",
                                              i, ido_partner_kinds ()[i % 3], i % 25, i, i);

      g_assert_true (ido_database_exec (f->db, sql, &error));
    }
  g_assert_true (ido_database_commit (f->db, &error));

  start = g_get_monotonic_time ();
  store = ido_partner_store_new (f->db);
  g_test_message ("loading %u partners: %.1f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n);

  query = ido_partner_query_new ("contact 99", "referrer", NULL, IDO_PARTNER_STATUS_ANY);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPartner) partner = g_list_model_get_item (G_LIST_MODEL (store), i);

      matches += ido_partner_query_matches (query, partner);
    }
  g_test_message ("filtering %u partners: %.2f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  /* Numbers containing "99" (in name, contact and notes), of kinds
   * referrer or both (i % 3 != 1). */
  g_assert_cmpuint (matches, ==, 187);

  start = g_get_monotonic_time ();
  g_assert_true (ido_partner_store_reload (store, &error));
  g_test_message ("reloading unchanged: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/partner/round-trip", Fixture, NULL, fixture_set_up, test_partner_round_trip, fixture_tear_down);
  g_test_add ("/partner/refused", Fixture, NULL, fixture_set_up, test_partner_refused, fixture_tear_down);
  g_test_add ("/partner/save-atomic", Fixture, NULL, fixture_set_up, test_partner_save_atomic, fixture_tear_down);
  g_test_add ("/partner/end-or-delete", Fixture, NULL, fixture_set_up, test_partner_end_or_delete,
              fixture_tear_down);
  g_test_add ("/partner/undo-conflict", Fixture, NULL, fixture_set_up, test_partner_undo_conflict,
              fixture_tear_down);
  g_test_add_func ("/partner/lists", test_partner_lists);
  g_test_add ("/partner/query", Fixture, NULL, fixture_set_up, test_partner_query, fixture_tear_down);
  g_test_add_func ("/partner/query-compare", test_partner_query_compare);
  g_test_add ("/partner/store", Fixture, NULL, fixture_set_up, test_partner_store, fixture_tear_down);
  g_test_add ("/partner/store-large", Fixture, NULL, fixture_set_up, test_partner_store_large, fixture_tear_down);

  return g_test_run ();
}

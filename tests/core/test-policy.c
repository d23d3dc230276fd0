/* test-policy.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-meeting.h"
#include "ido-policy.h"
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
                                    "INSERT INTO partner (id, name, kind) VALUES (1, 'Geldloket', 'support');"
                                    "INSERT INTO desk (id, name) VALUES (1, 'Schuldhulpverlening');"
                                    "INSERT INTO signal (id, received_on, service, description)"
                                    " VALUES (1, '2026-01-01', 'Toeslagen', 'Vastgelopen bij uploaden');",
                                    &error));
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

static void
test_policy_preset (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matrix = ido_policy_matrix_load (f->db, "2026-11-29", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (matrix->len, ==, 11);
  for (guint i = 0; i < matrix->len; i++)
    {
      IdoPolicyMatrixRow *row = g_ptr_array_index (matrix, i);

      g_assert_true (row->preset);
      g_assert_cmpuint (ido_policy_matrix_row_count_gaps (row), ==, 3);
    }
  g_assert_cmpstr (((IdoPolicyMatrixRow *) g_ptr_array_index (matrix, 0))->name, ==, "Digitalisering");
  g_assert_cmpstr (((IdoPolicyMatrixRow *) g_ptr_array_index (matrix, 10))->name, ==,
                   "Fysiek domein/Omgevingswet/vergunningen/parkeren");
}

static void
test_policy_edit_and_links (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPolicyDomain) domain = ido_policy_domain_load (f->db, domain_id (f, "debt-poverty"), &error);
  g_autoptr(IdoPolicyDomain) loaded = NULL;
  IdoPolicyLink *link;

  g_assert_no_error (error);
  g_assert_cmpstr (domain->code, ==, "debt-poverty");
  g_set_str (&domain->officer_name, "Hanneke Bakker");
  g_set_str (&domain->officer_email, "h.bakker@voorbeeld.example.nl");
  g_set_str (&domain->relation, "Toeslagvragen zijn een signaal van geldzorgen.");
  g_set_str (&domain->agreements, "Geldloket eens per maand bij het spreekuur.");
  domain->last_conversation_on = g_strdup ("2026-05-19");
  domain->next_conversation_on = g_strdup ("2026-11-17");
  ido_policy_domain_add_link (domain, IDO_POLICY_LINK_PARTNER, 1);
  ido_policy_domain_add_link (domain, IDO_POLICY_LINK_DESK, 1);
  ido_policy_domain_add_link (domain, IDO_POLICY_LINK_SIGNAL, 1);
  ido_policy_domain_add_link (domain, IDO_POLICY_LINK_SIGNAL, 1);
  g_assert_true (ido_policy_domain_save (f->db, domain, &error));
  g_assert_no_error (error);

  loaded = ido_policy_domain_load (f->db, domain->id, &error);
  g_assert_cmpstr (loaded->officer_name, ==, "Hanneke Bakker");
  g_assert_cmpstr (loaded->next_conversation_on, ==, "2026-11-17");
  g_assert_cmpuint (loaded->links->len, ==, 3);
  link = &g_array_index (loaded->links, IdoPolicyLink, 0);
  g_assert_cmpint (link->kind, ==, IDO_POLICY_LINK_PARTNER);
  g_assert_cmpstr (link->name, ==, "Geldloket");
  link = &g_array_index (loaded->links, IdoPolicyLink, 1);
  g_assert_cmpint (link->kind, ==, IDO_POLICY_LINK_DESK);
  g_assert_cmpstr (link->name, ==, "Schuldhulpverlening");
  link = &g_array_index (loaded->links, IdoPolicyLink, 2);
  g_assert_cmpint (link->kind, ==, IDO_POLICY_LINK_SIGNAL);
  g_assert_cmpstr (link->name, ==, "Toeslagen");

  g_assert_true (ido_policy_domain_remove_link (loaded, IDO_POLICY_LINK_DESK, 1));
  g_assert_false (ido_policy_domain_remove_link (loaded, IDO_POLICY_LINK_DESK, 1));
  g_assert_true (ido_policy_domain_save (f->db, loaded, &error));
  g_assert_cmpint (ido_database_count (f->db, "policy_domain_link"), ==, 2);
}

static void
test_policy_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPolicyDomain) own = ido_policy_domain_new ();
  g_autoptr(IdoPolicyDomain) health = ido_policy_domain_load (f->db, domain_id (f, "health"), &error);

  g_assert_false (ido_policy_domain_save (f->db, own, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_clear_error (&error);
  g_set_str (&own->name, "gezondheid");
  g_assert_false (ido_policy_domain_save (f->db, own, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE);
  g_clear_error (&error);
  g_set_str (&own->name, "Cultuur");
  g_set_str (&own->officer_email, "geen adres");
  g_assert_false (ido_policy_domain_save (f->db, own, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_EMAIL);
  g_clear_error (&error);
  g_set_str (&own->officer_email, "");
  own->last_conversation_on = g_strdup ("2026-06-01");
  own->next_conversation_on = g_strdup ("2026-05-01");
  g_assert_false (ido_policy_domain_save (f->db, own, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "policy_domain"), ==, 11);

  /* Tabel 1 stays. */
  g_assert_false (ido_policy_domain_delete (f->db, health->id, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_CODE);
  g_clear_error (&error);
  g_assert_cmpint (ido_database_count (f->db, "policy_domain"), ==, 11);
}

static void
test_policy_own_domain (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPolicyDomain) own = ido_policy_domain_new ();
  g_autoptr(IdoPolicyDomain) kept = NULL;
  g_autoptr(GPtrArray) matrix = NULL;
  IdoPolicyMatrixRow *last;

  g_set_str (&own->name, "Cultuur en erfgoed");
  ido_policy_domain_add_link (own, IDO_POLICY_LINK_PARTNER, 1);
  g_assert_true (ido_policy_domain_save (f->db, own, &error));
  g_assert_no_error (error);
  g_assert_null (own->code);
  g_assert_cmpint (own->position, ==, 12);
  matrix = ido_policy_matrix_load (f->db, "2026-11-29", &error);
  g_assert_cmpuint (matrix->len, ==, 12);
  last = g_ptr_array_index (matrix, 11);
  g_assert_cmpstr (last->name, ==, "Cultuur en erfgoed");
  g_assert_false (last->preset);
  g_assert_cmpuint (last->n_links, ==, 1);

  /* Delete and undo: same uuid, position and link. */
  kept = ido_policy_domain_load (f->db, own->id, &error);
  g_assert_true (ido_policy_domain_delete (f->db, own->id, &error));
  g_assert_cmpint (ido_database_count (f->db, "policy_domain"), ==, 11);
  kept->id = 0;
  g_assert_true (ido_policy_domain_save (f->db, kept, &error));
  g_assert_cmpstr (kept->uuid, ==, own->uuid);
  g_assert_cmpint (kept->position, ==, 12);
  g_assert_cmpint (ido_database_count (f->db, "policy_domain_link"), ==, 1);
}

static void
test_policy_recent_rule (void)
{
  g_assert_true (ido_policy_conversation_is_recent ("2026-11-29", "2026-11-29"));
  g_assert_true (ido_policy_conversation_is_recent ("2025-11-29", "2026-11-29"));
  g_assert_false (ido_policy_conversation_is_recent ("2025-11-28", "2026-11-29"));
  g_assert_false (ido_policy_conversation_is_recent ("2026-11-30", "2026-11-29"));  /* still to come */
  g_assert_false (ido_policy_conversation_is_recent (NULL, "2026-11-29"));
  g_assert_false (ido_policy_conversation_is_recent ("", "2026-11-29"));
  /* 29 February: a year earlier is 28 February. */
  g_assert_true (ido_policy_conversation_is_recent ("2027-02-28", "2028-02-29"));
}

/* The matrix cells, including a driehoeksgesprek recorded as a meeting. */
static void
test_policy_matrix (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matrix = NULL;
  g_autoptr(IdoMeeting) meeting = ido_meeting_new ("policy-triangle");
  g_autoptr(IdoMeeting) loaded = NULL;
  IdoPolicyMatrixRow *row;

  g_assert_true (ido_database_exec (f->db,
                                    "UPDATE policy_domain SET officer_name = 'Anouk', agreements = 'Wasstraat',"
                                    " last_conversation_on = '2026-04-14' WHERE code = 'digitalisation';"
                                    "UPDATE policy_domain SET officer_email = 'rob@example.nl',"
                                    " last_conversation_on = '2025-09-10' WHERE code = 'library';"
                                    "UPDATE policy_domain SET agreements = '  ' WHERE code = 'literacy';",
                                    &error));
  meeting->held_on = g_strdup ("2026-05-19");
  meeting->policy_domain_id = domain_id (f, "library");
  g_assert_true (ido_meeting_save (f->db, meeting, &error));
  loaded = ido_meeting_load (f->db, meeting->id, &error);
  g_assert_cmpint (loaded->policy_domain_id, ==, meeting->policy_domain_id);

  matrix = ido_policy_matrix_load (f->db, "2026-11-29", &error);
  row = g_ptr_array_index (matrix, 0);
  g_assert_true (row->contact_known);
  g_assert_true (row->agreement_made);
  g_assert_true (row->recent_conversation);
  g_assert_cmpuint (ido_policy_matrix_row_count_gaps (row), ==, 0);
  row = g_ptr_array_index (matrix, 1);
  g_assert_true (row->contact_known);
  g_assert_false (row->agreement_made);
  /* The stored date is too old, but the recorded meeting is recent. */
  g_assert_true (row->recent_conversation);
  g_assert_cmpstr (row->last_conversation_on, ==, "2026-05-19");
  row = g_ptr_array_index (matrix, 2);
  g_assert_false (row->agreement_made);
  g_assert_cmpuint (ido_policy_matrix_row_count_gaps (row), ==, 3);

  /* A year later the conversations are too old. */
  g_clear_pointer (&matrix, g_ptr_array_unref);
  matrix = ido_policy_matrix_load (f->db, "2027-05-20", &error);
  g_assert_false (((IdoPolicyMatrixRow *) g_ptr_array_index (matrix, 0))->recent_conversation);
  g_assert_false (((IdoPolicyMatrixRow *) g_ptr_array_index (matrix, 1))->recent_conversation);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/policy/preset", test_policy_preset);
  ADD ("/policy/edit-and-links", test_policy_edit_and_links);
  ADD ("/policy/refused", test_policy_refused);
  ADD ("/policy/own-domain", test_policy_own_domain);
  ADD ("/policy/matrix", test_policy_matrix);
#undef ADD
  g_test_add_func ("/policy/recent-rule", test_policy_recent_rule);

  return g_test_run ();
}

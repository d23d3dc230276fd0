/* test-referral-agreement.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-partner.h"
#include "ido-record.h"
#include "ido-record-store.h"
#include "ido-referral-agreement.h"
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
                                    " (2, 'GGD', 'referrer');"
                                    "INSERT INTO partner_contact (id, partner_id, name) VALUES (10, 1, 'Els'),"
                                    " (20, 2, 'Piet');"
                                    "INSERT INTO desk (id, name) VALUES (5, 'Burgerzaken')",
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

static void
test_agreement_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", 1);
  g_autoptr(IdoReferralAgreement) municipal = ido_referral_agreement_new ("municipality", 2);
  g_autoptr(IdoReferralAgreement) loaded = NULL;
  g_autoptr(GPtrArray) partner_list = NULL;
  g_autoptr(GPtrArray) municipal_list = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_set_str (&agreement->direction, "ido-to-partner");
  g_set_str (&agreement->services, " Formulierenhulp ");
  g_set_str (&agreement->when_to_refer, "Meer dan eenmalige hulp nodig");
  g_set_str (&agreement->how_to_refer, "Bellen en samen een afspraak maken");
  g_set_str (&agreement->appointment_by, "IDO-medewerker");
  agreement->channel = g_strdup ("phone");
  agreement->contact_id = 10;
  agreement->agreed_on = g_strdup ("2024-05-01");
  agreement->review_on = g_strdup ("2025-05-01");
  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (agreement->uuid));

  loaded = ido_referral_agreement_load (f->db, agreement->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->services, ==, "Formulierenhulp");
  g_assert_cmpstr (loaded->partner_name, ==, "Humanitas");
  g_assert_cmpstr (loaded->contact_label, ==, "Els");
  g_assert_cmpstr (loaded->channel, ==, "phone");
  g_assert_cmpstr (loaded->review_on, ==, "2025-05-01");
  g_assert_cmpstr (loaded->uuid, ==, agreement->uuid);

  /* The municipality as party, about one desk; no partner is kept. */
  g_set_str (&municipal->services, "Geen DigiD: afspraak bij het IDO");
  municipal->desk_id = 5;
  g_set_str (&municipal->contact_name, "Karin Mulder");
  g_set_str (&municipal->direction, "partner-to-ido");
  g_assert_true (ido_referral_agreement_save (f->db, municipal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (municipal->partner_id, ==, 0);

  partner_list = ido_referral_agreement_list (f->db, "partner", 1, &error);
  g_assert_cmpuint (partner_list->len, ==, 1);
  municipal_list = ido_referral_agreement_list (f->db, "municipality", 0, &error);
  g_assert_cmpuint (municipal_list->len, ==, 1);
  g_assert_cmpstr (((IdoReferralAgreement *) g_ptr_array_index (municipal_list, 0))->desk_name, ==, "Burgerzaken");
  g_assert_cmpstr (((IdoReferralAgreement *) g_ptr_array_index (municipal_list, 0))->contact_label, ==,
                   "Karin Mulder");
  all = ido_referral_agreement_list (f->db, NULL, 0, &error);
  g_assert_cmpuint (all->len, ==, 2);
  /* The one with a review date comes first. */
  g_assert_cmpint (((IdoReferralAgreement *) g_ptr_array_index (all, 0))->id, ==, agreement->id);

  g_assert_cmpstr (ido_referral_direction_get_label ("partner-to-ido", "municipality"), !=,
                   ido_referral_direction_get_label ("partner-to-ido", "partner"));
}

static void
assert_refused (Fixture              *f,
                IdoReferralAgreement *agreement,
                GQuark                domain,
                int                   code)
{
  g_autoptr(GError) error = NULL;
  gint64 before = ido_database_count (f->db, "referral_agreement");

  g_assert_false (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_error (error, domain, code);
  g_assert_cmpint (agreement->id, ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "referral_agreement"), ==, before);
}

static void
test_agreement_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", 1);
  g_autoptr(IdoReferralAgreement) orphan = ido_referral_agreement_new ("partner", 0);
  g_autoptr(GError) error = NULL;

  /* Nothing said about what it covers */
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_NAME);
  g_set_str (&agreement->services, "Schuldhulp");

  /* Review date before the date agreed */
  agreement->agreed_on = g_strdup ("2025-03-01");
  agreement->review_on = g_strdup ("2025-02-28");
  g_assert_false (ido_referral_agreement_validate (agreement, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
  g_set_str (&agreement->review_on, "2025-13-01");
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_REVIEW_DATE);
  g_set_str (&agreement->review_on, "2025-03-01");   /* the same day is fine */
  g_set_str (&agreement->agreed_on, "1-3-2025");     /* not ISO: the UI converts */
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_START_DATE);
  g_set_str (&agreement->agreed_on, "2025-03-01");

  /* Unknown direction or channel */
  g_set_str (&agreement->direction, "sideways");
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_set_str (&agreement->direction, "both");
  agreement->channel = g_strdup ("pigeon");
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY);
  g_clear_pointer (&agreement->channel, g_free);

  /* A contact person of another partner */
  agreement->contact_id = 20;
  assert_refused (f, agreement, IDO_FIELD_ERROR, IDO_FIELD_OTHER);
  agreement->contact_id = 10;

  /* A partner agreement without partner */
  g_set_str (&orphan->services, "Iets");
  assert_refused (f, orphan, IDO_FIELD_ERROR, IDO_FIELD_OTHER);

  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_no_error (error);
}

static void
test_agreement_state (void)
{
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", 1);

  g_assert_cmpint (ido_referral_agreement_get_state (agreement, "2025-06-15"), ==, IDO_AGREEMENT_STATE_CURRENT);
  agreement->review_on = g_strdup ("2025-06-14");
  g_assert_cmpint (ido_referral_agreement_get_state (agreement, "2025-06-15"), ==,
                   IDO_AGREEMENT_STATE_REVIEW_OVERDUE);
  g_assert_cmpint (ido_referral_agreement_get_state (agreement, "2025-06-14"), ==, IDO_AGREEMENT_STATE_REVIEW_SOON);
  g_assert_cmpint (ido_referral_agreement_get_state (agreement, "2025-05-14"), ==, IDO_AGREEMENT_STATE_REVIEW_SOON);
  g_assert_cmpint (ido_referral_agreement_get_state (agreement, "2025-05-13"), ==, IDO_AGREEMENT_STATE_CURRENT);
}

/* The overview's flags agree with the model: overdue, soon, and nothing for
 * the agreements of a partner that has ended. */
static void
test_agreement_record_flags (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(IdoRecordStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *reviews[] = { "2025-06-01", "2025-06-20", "2026-01-01" };
  IdoRecordFlag expected[] = { IDO_RECORD_FLAG_OVERDUE, IDO_RECORD_FLAG_ATTENTION, IDO_RECORD_FLAG_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
    {
      g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", 1);

      g_set_str (&agreement->services, "Hulp");
      agreement->review_on = g_strdup (reviews[i]);
      g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
    }
  store = ido_record_store_new (f->db, IDO_RECORD_REFERRAL_AGREEMENT);
  ido_record_store_set_today (store, "2025-06-15");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_load (f->db, ido_record_get_id (record),
                                                                               &error);
      IdoAgreementState state = ido_referral_agreement_get_state (agreement, "2025-06-15");

      g_assert_cmpint (ido_record_get_flag (record), ==, expected[i]);
      g_assert_cmpint (state, ==, i == 0 ? IDO_AGREEMENT_STATE_REVIEW_OVERDUE
                                  : i == 1 ? IDO_AGREEMENT_STATE_REVIEW_SOON : IDO_AGREEMENT_STATE_CURRENT);
    }
  g_assert_true (ido_partner_end (f->db, 1, "2025-06-01", &error));
  g_assert_cmpuint (ido_record_store_count_flagged (store, IDO_RECORD_FLAG_ATTENTION), ==, 0);
}

static void
test_agreement_delete_undo (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("partner", 2);
  g_autoptr(IdoReferralAgreement) back = NULL;
  g_autoptr(IdoRowSnapshot) undo = NULL;
  g_autoptr(GError) error = NULL;

  g_set_str (&agreement->services, "Vaccinatievragen");
  agreement->contact_id = 20;
  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  g_assert_true (ido_referral_agreement_delete (f->db, agreement->id, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (f->db, "referral_agreement"), ==, 0);
  g_assert_null (ido_referral_agreement_load (f->db, agreement->id, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ido_row_snapshot_restore (undo, f->db, &error));
  g_assert_no_error (error);
  back = ido_referral_agreement_load (f->db, agreement->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->uuid, ==, agreement->uuid);
  g_assert_cmpint (back->contact_id, ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/referral-agreement/round-trip", Fixture, NULL, fixture_set_up, test_agreement_round_trip,
              fixture_tear_down);
  g_test_add ("/referral-agreement/refused", Fixture, NULL, fixture_set_up, test_agreement_refused,
              fixture_tear_down);
  g_test_add_func ("/referral-agreement/state", test_agreement_state);
  g_test_add ("/referral-agreement/record-flags", Fixture, NULL, fixture_set_up, test_agreement_record_flags,
              fixture_tear_down);
  g_test_add ("/referral-agreement/delete-undo", Fixture, NULL, fixture_set_up, test_agreement_delete_undo,
              fixture_tear_down);

  return g_test_run ();
}

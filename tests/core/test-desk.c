/* test-desk.c: municipal desks, their referral counts and trainings
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-database.h"
#include "ido-desk.h"
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
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  ido_test_remove_dir (f->dir);
  g_free (f->dir);
}

static IdoDesk *
make_desk (IdoDatabase *db,
           const char  *name)
{
  g_autoptr(GError) error = NULL;
  IdoDesk *desk = ido_desk_new ();

  g_set_str (&desk->name, name);
  g_assert_true (ido_desk_save (db, desk, &error));
  g_assert_no_error (error);
  return desk;
}

static gint64
make_training (IdoDatabase *db,
               const char  *held_on,
               gint64       desk_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoTraining) training = ido_training_new ();

  training->held_on = g_strdup (held_on);
  ido_training_set_desk (training, desk_id, TRUE);
  g_assert_true (ido_training_save (db, training, &error));
  g_assert_no_error (error);
  return training->id;
}

static void
test_desk_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(IdoDesk) desk = ido_desk_new ();
  g_autoptr(IdoDesk) loaded = NULL;
  g_autoptr(GPtrArray) desks = NULL;
  g_autoptr(GError) error = NULL;

  g_set_str (&desk->name, "Burgerzaken (paspoort, rijbewijs)");
  g_set_str (&desk->department, "Publiekszaken");
  g_set_str (&desk->contact_name, "Karin Mulder");
  g_set_str (&desk->contact_email, "k.mulder@voorbeeld.example.nl");
  g_set_str (&desk->contact_phone, "010-123 45 67");
  g_set_str (&desk->referral_text, "Geen DigiD: maak direct een afspraak bij het IDO.");
  ido_desk_set_referrals (desk, "2025Q2", 10);
  ido_desk_set_referrals (desk, "2025Q1", 12);
  ido_desk_set_referrals (desk, "2024Q4", 3);
  ido_desk_set_referrals (desk, "2024Q4", -1);   /* forgotten again */
  g_assert_true (ido_desk_save (f->db, desk, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (desk->uuid));

  loaded = ido_desk_load (f->db, desk->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, desk->name);
  g_assert_cmpstr (loaded->referral_text, ==, desk->referral_text);
  g_assert_cmpuint (loaded->referral_counts->len, ==, 2);
  g_assert_cmpstr (g_array_index (loaded->referral_counts, IdoDeskReferralCount, 0).period, ==, "2025Q1");
  g_assert_cmpint (ido_desk_get_referrals (loaded, "2025Q2"), ==, 10);
  g_assert_cmpint (ido_desk_get_referrals (loaded, "2024Q4"), ==, -1);
  g_assert_null (loaded->last_trained_on);
  g_assert_cmpint (ido_desk_get_training_state (loaded, "2025-06-01"), ==, IDO_TRAINING_STATE_NEVER);

  /* Edit the counts: the stored set follows. */
  ido_desk_set_referrals (loaded, "2025Q2", 11);
  ido_desk_set_referrals (loaded, "2025Q1", -1);
  g_assert_true (ido_desk_save (f->db, loaded, &error));
  g_assert_cmpint (ido_database_count (f->db, "desk_referral_count"), ==, 1);

  ido_desk_free (make_desk (f->db, "KCC"));
  desks = ido_desk_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (desks->len, ==, 2);
  g_assert_cmpstr (((IdoDesk *) g_ptr_array_index (desks, 1))->name, ==, "KCC");
  g_assert_cmpint (ido_desk_get_referrals (g_ptr_array_index (desks, 0), "2025Q2"), ==, 11);
}

static void
assert_desk_refused (Fixture *f,
                     IdoDesk *desk,
                     int      code)
{
  g_autoptr(GError) error = NULL;
  gint64 desks = ido_database_count (f->db, "desk");
  gint64 counts = ido_database_count (f->db, "desk_referral_count");

  g_assert_false (ido_desk_save (f->db, desk, &error));
  g_assert_error (error, IDO_FIELD_ERROR, code);
  g_assert_cmpint (ido_database_count (f->db, "desk"), ==, desks);
  g_assert_cmpint (ido_database_count (f->db, "desk_referral_count"), ==, counts);
}

static void
test_desk_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(IdoDesk) existing = make_desk (f->db, "Schuldhulpverlening");
  g_autoptr(IdoDesk) desk = ido_desk_new ();
  IdoDeskReferralCount bad = { "2025Q5", 3 };

  assert_desk_refused (f, desk, IDO_FIELD_NAME);
  g_set_str (&desk->name, "schuldhulpverlening ");
  assert_desk_refused (f, desk, IDO_FIELD_DUPLICATE);
  g_set_str (&desk->name, "Vergunningen");
  g_set_str (&desk->contact_email, "vergunningen@");
  assert_desk_refused (f, desk, IDO_FIELD_EMAIL);
  g_set_str (&desk->contact_email, "");
  g_set_str (&desk->contact_phone, "1234");
  assert_desk_refused (f, desk, IDO_FIELD_PHONE);
  g_set_str (&desk->contact_phone, "14 01");
  assert_desk_refused (f, desk, IDO_FIELD_PHONE);
  /* A municipality's 14-number is a phone number. */
  g_set_str (&desk->contact_phone, "14 010");
  g_assert_true (ido_desk_validate (desk, f->db, NULL));
  g_set_str (&desk->contact_phone, "14 0999");
  g_assert_true (ido_desk_validate (desk, f->db, NULL));
  g_set_str (&desk->contact_phone, "");
  g_array_append_val (desk->referral_counts, bad);
  assert_desk_refused (f, desk, IDO_FIELD_PERIOD);
  g_array_set_size (desk->referral_counts, 0);
  ido_desk_set_referrals (desk, "2025Q1", 4);
  g_array_index (desk->referral_counts, IdoDeskReferralCount, 0).referrals = -4;
  assert_desk_refused (f, desk, IDO_FIELD_NUMBER);
}

static void
test_training_state (void)
{
  g_assert_cmpint (ido_training_state_for (NULL, "2025-06-01"), ==, IDO_TRAINING_STATE_NEVER);
  g_assert_cmpint (ido_training_state_for ("", "2025-06-01"), ==, IDO_TRAINING_STATE_NEVER);
  g_assert_cmpint (ido_training_state_for ("2023-06-01", "2025-06-01"), ==, IDO_TRAINING_STATE_CURRENT);
  g_assert_cmpint (ido_training_state_for ("2023-05-31", "2025-06-01"), ==, IDO_TRAINING_STATE_STALE);
  g_assert_cmpint (ido_training_state_for ("2025-01-01", "2025-06-01"), ==, IDO_TRAINING_STATE_CURRENT);
  g_assert_cmpint (ido_training_state_for ("2022-02-28", "2024-02-29"), ==, IDO_TRAINING_STATE_CURRENT);
  g_assert_cmpint (ido_training_state_for ("2022-02-27", "2024-02-29"), ==, IDO_TRAINING_STATE_STALE);
  g_assert_cmpstr (ido_training_state_get_label (IDO_TRAINING_STATE_NEVER), !=,
                   ido_training_state_get_label (IDO_TRAINING_STATE_STALE));
}

static void
test_quarters (void)
{
  g_autofree char *q3 = ido_quarter_of ("2025-08-31");
  g_autofree char *q1 = ido_quarter_of ("2025-01-01");
  g_autofree char *back = ido_quarter_add ("2025Q1", -1);
  g_autofree char *ahead = ido_quarter_add ("2024Q4", 5);
  g_autofree char *none = ido_quarter_add ("2024Q5", 1);

  g_assert_cmpstr (q3, ==, "2025Q3");
  g_assert_cmpstr (q1, ==, "2025Q1");
  g_assert_cmpstr (back, ==, "2024Q4");
  g_assert_cmpstr (ahead, ==, "2026Q1");
  g_assert_null (none);
}

/* Trainings set the desks' flags, the same in the model and the overview. */
static void
test_desk_trainings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(IdoDesk) never = make_desk (f->db, "A never");
  g_autoptr(IdoDesk) stale = make_desk (f->db, "B stale");
  g_autoptr(IdoDesk) recent = make_desk (f->db, "C recent");
  g_autoptr(IdoRecordStore) store = NULL;
  g_autoptr(IdoTraining) training = NULL;
  g_autoptr(IdoTraining) bad = ido_training_new ();
  g_autoptr(GPtrArray) desks = NULL;
  g_autoptr(GError) error = NULL;
  IdoTrainingState expected[] = { IDO_TRAINING_STATE_NEVER, IDO_TRAINING_STATE_STALE, IDO_TRAINING_STATE_CURRENT };
  gint64 id;

  make_training (f->db, "2022-01-10", stale->id);
  id = make_training (f->db, "2024-10-08", recent->id);
  make_training (f->db, "2021-03-01", recent->id);

  training = ido_training_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (training->held_on, ==, "2024-10-08");
  g_assert_true (ido_training_has_desk (training, recent->id));
  g_assert_false (ido_training_has_desk (training, stale->id));
  g_assert_cmpint (training->participants, ==, -1);
  training->participants = 14;
  g_set_str (&training->provider, "Bibliotheek en Stichting Lezen & Schrijven");
  g_set_str (&training->departments, "Wijkteam");
  g_assert_true (ido_training_save (f->db, training, &error));
  g_clear_pointer (&training, ido_training_free);
  training = ido_training_load (f->db, id, &error);
  g_assert_cmpint (training->participants, ==, 14);
  g_assert_cmpstr (training->departments, ==, "Wijkteam");

  {
    g_autoptr(GPtrArray) trainings = ido_training_list (f->db, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (trainings->len, ==, 3);
    g_assert_cmpint (((IdoTraining *) g_ptr_array_index (trainings, 0))->id, ==, id);
    g_assert_cmpstr (((IdoTraining *) g_ptr_array_index (trainings, 0))->desk_names, ==, "C recent");
    g_assert_cmpint (((IdoTraining *) g_ptr_array_index (trainings, 0))->participants, ==, 14);
  }
  desks = ido_desk_list (f->db, &error);
  store = ido_record_store_new (f->db, IDO_RECORD_DESK);
  ido_record_store_set_today (store, "2025-06-01");
  for (guint i = 0; i < desks->len; i++)
    {
      IdoDesk *desk = g_ptr_array_index (desks, i);
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_cmpint (ido_desk_get_training_state (desk, "2025-06-01"), ==, expected[i]);
      g_assert_cmpint (ido_record_get_flag (record) != IDO_RECORD_FLAG_NONE, ==,
                       expected[i] != IDO_TRAINING_STATE_CURRENT);
    }
  g_assert_cmpstr (((IdoDesk *) g_ptr_array_index (desks, 2))->last_trained_on, ==, "2024-10-08");

  /* Refused: no date, a wrong date, negative participants. */
  g_assert_false (ido_training_save (f->db, bad, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  bad->held_on = g_strdup ("31-02-2025");
  g_assert_false (ido_training_save (f->db, bad, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE);
  g_clear_error (&error);
  g_set_str (&bad->held_on, "2025-02-01");
  bad->participants = -5;
  g_assert_false (ido_training_save (f->db, bad, &error));
  g_assert_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER);
  g_clear_error (&error);
  /* A desk that does not exist: the whole save is undone. */
  bad->participants = 3;
  ido_training_set_desk (bad, 999, TRUE);
  g_assert_false (ido_training_save (f->db, bad, &error));
  g_assert_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT);
  g_assert_cmpint (bad->id, ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "training"), ==, 3);
}

/* Deleting a desk clears the desk of agreements about it; undo restores
 * that too, besides the desk's counts and trainings. */
static void
test_desk_delete_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(IdoDesk) desk = make_desk (f->db, "Wijkteam");
  g_autoptr(IdoDesk) back = NULL;
  g_autoptr(IdoReferralAgreement) agreement = ido_referral_agreement_new ("municipality", 0);
  g_autoptr(IdoReferralAgreement) agreement_after = NULL;
  g_autoptr(IdoRowSnapshot) undo = NULL;
  g_autoptr(IdoRowSnapshot) training_undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 training_id;
  char *updated_before = NULL;

  ido_desk_set_referrals (desk, "2025Q1", 7);
  g_assert_true (ido_desk_save (f->db, desk, &error));
  training_id = make_training (f->db, "2025-01-15", desk->id);
  g_set_str (&agreement->services, "Hulp bij toeslagen");
  agreement->desk_id = desk->id;
  g_assert_true (ido_referral_agreement_save (f->db, agreement, &error));
  {
    sqlite3_stmt *stmt = ido_database_prepare (f->db, "SELECT updated_at FROM referral_agreement", &error);

    g_assert_true (ido_database_step (f->db, stmt, NULL, &error));
    updated_before = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
  }
  g_usleep (2000);

  g_assert_true (ido_desk_delete (f->db, desk->id, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ido_database_count (f->db, "desk"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "desk_referral_count"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "training_desk"), ==, 0);
  g_assert_cmpint (ido_database_count (f->db, "training"), ==, 1);
  agreement_after = ido_referral_agreement_load (f->db, agreement->id, &error);
  g_assert_cmpint (agreement_after->desk_id, ==, 0);

  g_assert_true (ido_row_snapshot_restore (undo, f->db, &error));
  g_assert_no_error (error);
  back = ido_desk_load (f->db, desk->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->uuid, ==, desk->uuid);
  g_assert_cmpint (ido_desk_get_referrals (back, "2025Q1"), ==, 7);
  g_assert_cmpstr (back->last_trained_on, ==, "2025-01-15");
  g_clear_pointer (&agreement_after, ido_referral_agreement_free);
  agreement_after = ido_referral_agreement_load (f->db, agreement->id, &error);
  g_assert_cmpint (agreement_after->desk_id, ==, desk->id);
  {
    sqlite3_stmt *stmt = ido_database_prepare (f->db, "SELECT updated_at FROM referral_agreement", &error);

    g_assert_true (ido_database_step (f->db, stmt, NULL, &error));
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, updated_before);
    sqlite3_reset (stmt);
  }
  g_free (updated_before);

  /* A training, deleted and back, with its desks. */
  g_assert_true (ido_training_delete (f->db, training_id, &training_undo, &error));
  g_assert_cmpint (ido_database_count (f->db, "training_desk"), ==, 0);
  g_assert_true (ido_row_snapshot_restore (training_undo, f->db, &error));
  g_assert_cmpint (ido_database_count (f->db, "training_desk"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/desk/round-trip", Fixture, NULL, fixture_set_up, test_desk_round_trip, fixture_tear_down);
  g_test_add ("/desk/refused", Fixture, NULL, fixture_set_up, test_desk_refused, fixture_tear_down);
  g_test_add_func ("/desk/training-state", test_training_state);
  g_test_add_func ("/desk/quarters", test_quarters);
  g_test_add ("/desk/trainings", Fixture, NULL, fixture_set_up, test_desk_trainings, fixture_tear_down);
  g_test_add ("/desk/delete-undo", Fixture, NULL, fixture_set_up, test_desk_delete_undo, fixture_tear_down);

  return g_test_run ();
}

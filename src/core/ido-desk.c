/* ido-desk.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-desk.h"
#include "ido-partner.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

/* Quarters */

static gboolean
parse_quarter (const char *quarter,
               int        *year,
               int        *q)
{
  if (quarter == NULL || strlen (quarter) != 6 || quarter[4] != 'Q' || quarter[5] < '1' || quarter[5] > '4')
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (quarter[i]))
        return FALSE;
    }
  *year = (int) g_ascii_strtoull (quarter, NULL, 10);
  *q = quarter[5] - '0';
  return TRUE;
}

/**
 * ido_quarter_of:
 * @iso_date: an ISO date
 *
 * Returns: (transfer full) (nullable): its quarter, e.g. "2025Q3"
 */
char *
ido_quarter_of (const char *iso_date)
{
  int month;

  if (iso_date == NULL || strlen (iso_date) < 7)
    return NULL;
  month = (int) g_ascii_strtoull (iso_date + 5, NULL, 10);
  if (month < 1 || month > 12)
    return NULL;
  return g_strdup_printf ("%.4sQ%d", iso_date, (month - 1) / 3 + 1);
}

/**
 * ido_quarter_add:
 * @quarter: a quarter like "2025Q3"
 * @quarters: how many quarters to move, may be negative
 *
 * Returns: (transfer full) (nullable): the quarter @quarters later
 */
char *
ido_quarter_add (const char *quarter,
                 int         quarters)
{
  int year, q, index;

  if (!parse_quarter (quarter, &year, &q))
    return NULL;
  index = year * 4 + (q - 1) + quarters;
  return g_strdup_printf ("%04dQ%d", index / 4, index % 4 + 1);
}

/* Training state */

/**
 * ido_training_state_for:
 * @last_trained_on: (nullable): the date of the desk's last training
 * @today: (nullable): the ISO date to judge by, %NULL for today
 *
 * A desk is flagged when never trained or trained more than two years ago.
 */
IdoTrainingState
ido_training_state_for (const char *last_trained_on,
                        const char *today)
{
  g_autofree char *real_today = NULL;
  g_autofree char *limit = NULL;

  if (last_trained_on == NULL || *last_trained_on == '\0')
    return IDO_TRAINING_STATE_NEVER;
  if (today == NULL)
    today = real_today = ido_today_iso ();
  if (strlen (today) < 10)
    return IDO_TRAINING_STATE_CURRENT;
  /* Same day two years back; 29 February counts from 28 February. */
  limit = g_strdup_printf ("%04d%s", (int) g_ascii_strtoull (today, NULL, 10) - 2,
                           g_str_equal (today + 4, "-02-29") ? "-02-28" : today + 4);
  return strcmp (last_trained_on, limit) < 0 ? IDO_TRAINING_STATE_STALE : IDO_TRAINING_STATE_CURRENT;
}

const char *
ido_training_state_get_label (IdoTrainingState state)
{
  switch (state)
    {
    case IDO_TRAINING_STATE_NEVER:
      return _("Never trained");
    case IDO_TRAINING_STATE_STALE:
      return _("Trained more than two years ago");
    case IDO_TRAINING_STATE_CURRENT:
    default:
      return _("Trained");
    }
}

/* Desks */

/**
 * ido_desk_new:
 *
 * Returns: (transfer full): an unsaved desk
 */
IdoDesk *
ido_desk_new (void)
{
  IdoDesk *desk = g_new0 (IdoDesk, 1);

  desk->name = g_strdup ("");
  desk->department = g_strdup ("");
  desk->contact_name = g_strdup ("");
  desk->contact_email = g_strdup ("");
  desk->contact_phone = g_strdup ("");
  desk->referral_text = g_strdup ("");
  desk->notes = g_strdup ("");
  desk->referral_counts = g_array_new (FALSE, TRUE, sizeof (IdoDeskReferralCount));
  return desk;
}

void
ido_desk_free (IdoDesk *desk)
{
  if (desk == NULL)
    return;
  g_free (desk->uuid);
  g_free (desk->name);
  g_free (desk->department);
  g_free (desk->contact_name);
  g_free (desk->contact_email);
  g_free (desk->contact_phone);
  g_free (desk->referral_text);
  g_free (desk->notes);
  g_array_unref (desk->referral_counts);
  g_free (desk->last_trained_on);
  g_free (desk);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const IdoDeskReferralCount *) a)->period, ((const IdoDeskReferralCount *) b)->period);
}

/**
 * ido_desk_set_referrals:
 * @period: a quarter like "2025Q3"
 * @referrals: the number referred to the IDO, or -1 to forget the quarter
 */
void
ido_desk_set_referrals (IdoDesk    *desk,
                        const char *period,
                        int         referrals)
{
  IdoDeskReferralCount count = { { 0 }, referrals };

  g_return_if_fail (desk != NULL);
  g_return_if_fail (period != NULL && strlen (period) < sizeof count.period);

  for (guint i = 0; i < desk->referral_counts->len; i++)
    {
      IdoDeskReferralCount *entry = &g_array_index (desk->referral_counts, IdoDeskReferralCount, i);

      if (g_str_equal (entry->period, period))
        {
          if (referrals < 0)
            g_array_remove_index (desk->referral_counts, i);
          else
            entry->referrals = referrals;
          return;
        }
    }
  if (referrals < 0)
    return;
  g_strlcpy (count.period, period, sizeof count.period);
  g_array_append_val (desk->referral_counts, count);
  g_array_sort (desk->referral_counts, compare_counts);
}

/**
 * ido_desk_get_referrals:
 *
 * Returns: the referrals counted in @period, or -1 when not known
 */
int
ido_desk_get_referrals (IdoDesk    *desk,
                        const char *period)
{
  g_return_val_if_fail (desk != NULL, -1);

  for (guint i = 0; i < desk->referral_counts->len; i++)
    {
      IdoDeskReferralCount *entry = &g_array_index (desk->referral_counts, IdoDeskReferralCount, i);

      if (g_strcmp0 (entry->period, period) == 0)
        return entry->referrals;
    }
  return -1;
}

IdoTrainingState
ido_desk_get_training_state (IdoDesk    *desk,
                             const char *today)
{
  g_return_val_if_fail (desk != NULL, IDO_TRAINING_STATE_NEVER);
  return ido_training_state_for (desk->last_trained_on, today);
}

#define DESK_COLUMNS \
  "d.id, d.uuid, d.name, d.department, d.contact_name, d.contact_email, d.contact_phone, d.referral_text," \
  " d.notes, (SELECT max(t.held_on) FROM training_desk td JOIN training t ON t.id = td.training_id" \
  "  WHERE td.desk_id = d.id)"

static IdoDesk *
desk_from_row (sqlite3_stmt *stmt)
{
  IdoDesk *desk = ido_desk_new ();

  desk->id = sqlite3_column_int64 (stmt, 0);
  desk->uuid = ido_sql_column_dup (stmt, 1);
  g_set_str (&desk->name, (const char *) sqlite3_column_text (stmt, 2));
  g_set_str (&desk->department, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&desk->contact_name, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&desk->contact_email, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&desk->contact_phone, (const char *) sqlite3_column_text (stmt, 6));
  g_set_str (&desk->referral_text, (const char *) sqlite3_column_text (stmt, 7));
  g_set_str (&desk->notes, (const char *) sqlite3_column_text (stmt, 8));
  desk->last_trained_on = ido_sql_column_dup (stmt, 9);
  return desk;
}

static gboolean
load_counts (IdoDatabase  *database,
             IdoDesk      *desk,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = ido_database_prepare (database,
                               "SELECT period, referrals FROM desk_referral_count WHERE desk_id = ? ORDER BY period",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, desk->id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    ido_desk_set_referrals (desk, (const char *) sqlite3_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
  return ok;
}

/**
 * ido_desk_load:
 *
 * Returns: (transfer full) (nullable): the desk with its referral counts
 */
IdoDesk *
ido_desk_load (IdoDatabase  *database,
               gint64        id,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoDesk) desk = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, "SELECT " DESK_COLUMNS " FROM desk d WHERE d.id = ?", id,
                                    _("This desk no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  desk = desk_from_row (stmt);
  sqlite3_reset (stmt);
  if (!load_counts (database, desk, error))
    return NULL;
  return g_steal_pointer (&desk);
}

/**
 * ido_desk_list:
 *
 * Returns: (transfer full) (element-type IdoDesk) (nullable): every desk
 *   with its referral counts, by name
 */
GPtrArray *
ido_desk_list (IdoDatabase  *database,
               GError      **error)
{
  g_autoptr(GPtrArray) desks = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_desk_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database, "SELECT " DESK_COLUMNS " FROM desk d ORDER BY d.name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (desks, desk_from_row (stmt));
  if (!ok)
    return NULL;
  for (guint i = 0; i < desks->len; i++)
    {
      if (!load_counts (database, g_ptr_array_index (desks, i), error))
        return NULL;
    }
  return g_steal_pointer (&desks);
}

static gboolean
check_desk_duplicate (IdoDesk      *desk,
                      IdoDatabase  *database,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_strstrip (g_strdup (desk->name));
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT 1 FROM desk WHERE trim (name) = ?1 COLLATE NOCASE AND id IS NOT ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, desk->id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE, _("There is already a desk “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_desk_validate:
 * @database: (nullable): to check for another desk with the same name
 *
 * The error's code names the field: %IDO_FIELD_NAME, %IDO_FIELD_EMAIL,
 * %IDO_FIELD_PHONE, %IDO_FIELD_PERIOD (a count not for a quarter),
 * %IDO_FIELD_NUMBER (a negative count), %IDO_FIELD_DUPLICATE.
 */
gboolean
ido_desk_validate (IdoDesk      *desk,
                   IdoDatabase  *database,
                   GError      **error)
{
  int year, q;

  g_return_val_if_fail (desk != NULL, FALSE);

  if (ido_sql_is_blank (desk->name))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME, _("Give the desk a name."));
      return FALSE;
    }
  if (!ido_validate_email (desk->contact_email, error) ||
      !ido_validate_phone (desk->contact_phone, error))
    return FALSE;
  for (guint i = 0; i < desk->referral_counts->len; i++)
    {
      IdoDeskReferralCount *count = &g_array_index (desk->referral_counts, IdoDeskReferralCount, i);

      if (!parse_quarter (count->period, &year, &q))
        {
          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
                       _("“%s” is not a quarter; write it like 2025Q3."), count->period);
          return FALSE;
        }
      if (count->referrals < 0)
        {
          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER, _("A number of referrals cannot be negative."));
          return FALSE;
        }
    }
  return database == NULL || check_desk_duplicate (desk, database, error);
}

static gboolean
save_desk_row (IdoDatabase  *database,
               IdoDesk      *desk,
               GError      **error)
{
  sqlite3_stmt *stmt;

  if (desk->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO desk (name, department, contact_name, contact_email, contact_phone,"
                                 " referral_text, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE desk SET name = ?1, department = ?2, contact_name = ?3, contact_email = ?4,"
                                 " contact_phone = ?5, referral_text = ?6, notes = ?7 WHERE id = ?8"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, desk->name);
  ido_sql_bind_trimmed (stmt, 2, desk->department);
  ido_sql_bind_trimmed (stmt, 3, desk->contact_name);
  ido_sql_bind_trimmed (stmt, 4, desk->contact_email);
  ido_sql_bind_trimmed (stmt, 5, desk->contact_phone);
  ido_sql_bind_trimmed (stmt, 6, desk->referral_text);
  ido_sql_bind_trimmed (stmt, 7, desk->notes);
  if (desk->id != 0)
    sqlite3_bind_int64 (stmt, 8, desk->id);
  return ido_database_step_returning (database, stmt, &desk->id, &desk->uuid, error);
}

static gboolean
save_counts (IdoDatabase  *database,
             IdoDesk      *desk,
             GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM desk_referral_count WHERE desk_id = ?", desk->id, error))
    return FALSE;
  for (guint i = 0; i < desk->referral_counts->len; i++)
    {
      IdoDeskReferralCount *count = &g_array_index (desk->referral_counts, IdoDeskReferralCount, i);

      stmt = ido_database_prepare (database,
                                   "INSERT INTO desk_referral_count (desk_id, period, referrals) VALUES (?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, desk->id);
      sqlite3_bind_text (stmt, 2, count->period, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, count->referrals);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_desk_save:
 *
 * Validates (see ido_desk_validate()) and writes the desk with its referral
 * counts in one transaction.
 */
gboolean
ido_desk_save (IdoDatabase  *database,
               IdoDesk      *desk,
               GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (desk != NULL, FALSE);

  if (!ido_desk_validate (desk, database, error))
    return FALSE;
  old_id = desk->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_desk_row (database, desk, error) || !save_counts (database, desk, error))
    {
      ido_database_rollback (database);
      desk->id = old_id;
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      desk->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "desk");
  return TRUE;
}

/**
 * ido_desk_delete:
 * @undo: (out) (optional) (transfer full): puts the desk back with its
 *   counts, trainings links and agreements' references
 */
gboolean
ido_desk_delete (IdoDatabase     *database,
                 gint64           id,
                 IdoRowSnapshot **undo,
                 GError         **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  return ido_row_snapshot_delete (database, "desk", id, undo, error);
}

/* Trainings */

/**
 * ido_training_new:
 *
 * Returns: (transfer full): an unsaved training
 */
IdoTraining *
ido_training_new (void)
{
  IdoTraining *training = g_new0 (IdoTraining, 1);

  training->provider = g_strdup ("");
  training->departments = g_strdup ("");
  training->notes = g_strdup ("");
  training->participants = -1;
  training->desk_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return training;
}

void
ido_training_free (IdoTraining *training)
{
  if (training == NULL)
    return;
  g_free (training->uuid);
  g_free (training->held_on);
  g_free (training->provider);
  g_free (training->departments);
  g_free (training->notes);
  g_array_unref (training->desk_ids);
  g_free (training->desk_names);
  g_free (training);
}

gboolean
ido_training_has_desk (IdoTraining *training,
                       gint64       desk_id)
{
  g_return_val_if_fail (training != NULL, FALSE);

  for (guint i = 0; i < training->desk_ids->len; i++)
    {
      if (g_array_index (training->desk_ids, gint64, i) == desk_id)
        return TRUE;
    }
  return FALSE;
}

void
ido_training_set_desk (IdoTraining *training,
                       gint64       desk_id,
                       gboolean     trained)
{
  g_return_if_fail (training != NULL);

  for (guint i = 0; i < training->desk_ids->len; i++)
    {
      if (g_array_index (training->desk_ids, gint64, i) == desk_id)
        {
          if (!trained)
            g_array_remove_index (training->desk_ids, i);
          return;
        }
    }
  if (trained)
    g_array_append_val (training->desk_ids, desk_id);
}

/**
 * ido_training_load:
 *
 * Returns: (transfer full) (nullable): the training with its desks
 */
IdoTraining *
ido_training_load (IdoDatabase  *database,
                   gint64        id,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoTraining) training = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database,
                                    "SELECT uuid, held_on, provider, participants, departments, notes FROM training"
                                    " WHERE id = ?",
                                    id,
                                    _("This training no longer exists."),
                                    error);
  if (stmt == NULL)
    return NULL;
  training = ido_training_new ();
  training->id = id;
  training->uuid = ido_sql_column_dup (stmt, 0);
  training->held_on = ido_sql_column_dup (stmt, 1);
  g_set_str (&training->provider, (const char *) sqlite3_column_text (stmt, 2));
  training->participants = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 3);
  g_set_str (&training->departments, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&training->notes, (const char *) sqlite3_column_text (stmt, 5));
  sqlite3_reset (stmt);

  stmt = ido_database_prepare (database, "SELECT desk_id FROM training_desk WHERE training_id = ? ORDER BY desk_id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    ido_training_set_desk (training, sqlite3_column_int64 (stmt, 0), TRUE);
  if (!ok)
    return NULL;
  return g_steal_pointer (&training);
}

/**
 * ido_training_list:
 *
 * Returns: (transfer full) (element-type IdoTraining) (nullable): every
 *   training with its desks and their names, the latest first
 */
GPtrArray *
ido_training_list (IdoDatabase  *database,
                   GError      **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) trainings = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_training_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT t.id, (SELECT group_concat (name, ', ') FROM (SELECT d.name FROM"
                               " training_desk td JOIN desk d ON d.id = td.desk_id WHERE td.training_id = t.id"
                               " ORDER BY d.name COLLATE NOCASE)) FROM training t ORDER BY t.held_on DESC, t.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      IdoTraining *training = ido_training_new ();

      training->id = sqlite3_column_int64 (stmt, 0);
      training->desk_names = ido_sql_column_dup (stmt, 1);
      g_ptr_array_add (trainings, training);
    }
  if (!ok)
    return NULL;
  for (guint i = 0; i < trainings->len; i++)
    {
      IdoTraining *listed = g_ptr_array_index (trainings, i);
      IdoTraining *full = ido_training_load (database, listed->id, error);

      if (full == NULL)
        return NULL;
      full->desk_names = g_steal_pointer (&listed->desk_names);
      g_ptr_array_index (trainings, i) = full;
      ido_training_free (listed);
    }
  return g_steal_pointer (&trainings);
}

/**
 * ido_training_validate:
 *
 * The error's code names the field: %IDO_FIELD_DATE for a missing or wrong
 * date, %IDO_FIELD_NUMBER for a negative number of participants.
 */
gboolean
ido_training_validate (IdoTraining  *training,
                       GError      **error)
{
  g_return_val_if_fail (training != NULL, FALSE);

  if (ido_sql_is_blank (training->held_on))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE, _("Enter the date of the training."));
      return FALSE;
    }
  if (!ido_validate_date (training->held_on, IDO_FIELD_DATE, error))
    return FALSE;
  if (training->participants < -1)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER, _("The number of participants cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_training_row (IdoDatabase  *database,
                   IdoTraining  *training,
                   GError      **error)
{
  sqlite3_stmt *stmt;

  if (training->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO training (held_on, provider, participants, departments, notes)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE training SET held_on = ?1, provider = ?2, participants = ?3,"
                                 " departments = ?4, notes = ?5 WHERE id = ?6 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, training->held_on);
  ido_sql_bind_trimmed (stmt, 2, training->provider);
  if (training->participants >= 0)
    sqlite3_bind_int (stmt, 3, training->participants);
  ido_sql_bind_trimmed (stmt, 4, training->departments);
  ido_sql_bind_trimmed (stmt, 5, training->notes);
  if (training->id != 0)
    sqlite3_bind_int64 (stmt, 6, training->id);
  return ido_database_step_returning (database, stmt, &training->id, &training->uuid, error);
}

static gboolean
save_training_desks (IdoDatabase  *database,
                     IdoTraining  *training,
                     GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM training_desk WHERE training_id = ?", training->id, error))
    return FALSE;
  for (guint i = 0; i < training->desk_ids->len; i++)
    {
      stmt = ido_database_prepare (database, "INSERT INTO training_desk (training_id, desk_id) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, training->id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (training->desk_ids, gint64, i));
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_training_save:
 *
 * Validates and writes the training with its desks in one transaction.
 */
gboolean
ido_training_save (IdoDatabase  *database,
                   IdoTraining  *training,
                   GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (training != NULL, FALSE);

  if (!ido_training_validate (training, error))
    return FALSE;
  old_id = training->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_training_row (database, training, error) || !save_training_desks (database, training, error))
    {
      ido_database_rollback (database);
      training->id = old_id;
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      training->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "training");
  return TRUE;
}

/**
 * ido_training_delete:
 * @undo: (out) (optional) (transfer full): puts it back with its desks
 */
gboolean
ido_training_delete (IdoDatabase     *database,
                     gint64           id,
                     IdoRowSnapshot **undo,
                     GError         **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  return ido_row_snapshot_delete (database, "training", id, undo, error);
}

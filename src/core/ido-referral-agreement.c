/* ido-referral-agreement.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-partner-private.h"
#include "ido-referral-agreement.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const parties[] = { "partner", "municipality", NULL };
static const char * const directions[] = { "ido-to-partner", "partner-to-ido", "both", NULL };
static const char * const channels[] = { "phone", "email", "booking-link", "in-person", "other", NULL };

#define AGREEMENT_COLUMNS \
  "r.id, r.uuid, r.party, r.partner_id, r.desk_id, r.direction, r.services, r.when_to_refer," \
  " r.how_to_refer, r.appointment_by, r.channel, r.contact_id, r.contact_name, r.agreed_on, r.review_on," \
  " p.name, d.name, coalesce (c.name, r.contact_name)"

#define AGREEMENT_FROM \
  " FROM referral_agreement r LEFT JOIN partner p ON p.id = r.partner_id" \
  " LEFT JOIN desk d ON d.id = r.desk_id LEFT JOIN partner_contact c ON c.id = r.contact_id"

/**
 * ido_referral_agreement_new:
 * @party: "partner" or "municipality"
 * @partner_id: the partner, or 0 for the municipality
 *
 * Returns: (transfer full): an unsaved agreement, referring both ways
 */
IdoReferralAgreement *
ido_referral_agreement_new (const char *party,
                            gint64      partner_id)
{
  IdoReferralAgreement *agreement = g_new0 (IdoReferralAgreement, 1);

  agreement->party = g_strdup (party ? party : "partner");
  agreement->partner_id = partner_id;
  agreement->direction = g_strdup ("both");
  agreement->services = g_strdup ("");
  agreement->when_to_refer = g_strdup ("");
  agreement->how_to_refer = g_strdup ("");
  agreement->appointment_by = g_strdup ("");
  agreement->contact_name = g_strdup ("");
  return agreement;
}

void
ido_referral_agreement_free (IdoReferralAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->uuid);
  g_free (agreement->party);
  g_free (agreement->direction);
  g_free (agreement->services);
  g_free (agreement->when_to_refer);
  g_free (agreement->how_to_refer);
  g_free (agreement->appointment_by);
  g_free (agreement->channel);
  g_free (agreement->contact_name);
  g_free (agreement->agreed_on);
  g_free (agreement->review_on);
  g_free (agreement->partner_name);
  g_free (agreement->desk_name);
  g_free (agreement->contact_label);
  g_free (agreement);
}

static IdoReferralAgreement *
agreement_from_row (sqlite3_stmt *stmt)
{
  IdoReferralAgreement *agreement = g_new0 (IdoReferralAgreement, 1);

  agreement->id = sqlite3_column_int64 (stmt, 0);
  agreement->uuid = ido_sql_column_dup (stmt, 1);
  agreement->party = ido_sql_column_dup (stmt, 2);
  agreement->partner_id = sqlite3_column_int64 (stmt, 3);
  agreement->desk_id = sqlite3_column_int64 (stmt, 4);
  agreement->direction = ido_sql_column_dup (stmt, 5);
  agreement->services = ido_sql_column_text (stmt, 6);
  agreement->when_to_refer = ido_sql_column_text (stmt, 7);
  agreement->how_to_refer = ido_sql_column_text (stmt, 8);
  agreement->appointment_by = ido_sql_column_text (stmt, 9);
  agreement->channel = ido_sql_column_dup (stmt, 10);
  agreement->contact_id = sqlite3_column_int64 (stmt, 11);
  agreement->contact_name = ido_sql_column_text (stmt, 12);
  agreement->agreed_on = ido_sql_column_dup (stmt, 13);
  agreement->review_on = ido_sql_column_dup (stmt, 14);
  agreement->partner_name = ido_sql_column_text (stmt, 15);
  agreement->desk_name = ido_sql_column_text (stmt, 16);
  agreement->contact_label = ido_sql_column_text (stmt, 17);
  return agreement;
}

/**
 * ido_referral_agreement_load:
 *
 * Returns: (transfer full) (nullable): the agreement
 */
IdoReferralAgreement *
ido_referral_agreement_load (IdoDatabase  *database,
                             gint64        id,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, "SELECT " AGREEMENT_COLUMNS AGREEMENT_FROM " WHERE r.id = ?", id,
                                    _("This referral agreement no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return agreement_from_row (stmt);
}

/**
 * ido_referral_agreement_list:
 * @party: (nullable): "partner", "municipality", or %NULL for both
 * @partner_id: only this partner's agreements, or 0 for all
 *
 * Returns: (transfer full) (element-type IdoReferralAgreement) (nullable):
 *   the agreements, the first to review first
 */
GPtrArray *
ido_referral_agreement_list (IdoDatabase  *database,
                             const char   *party,
                             gint64        partner_id,
                             GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_referral_agreement_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT " AGREEMENT_COLUMNS AGREEMENT_FROM
                               " WHERE (?1 IS NULL OR r.party = ?1) AND (?2 = 0 OR r.partner_id = ?2)"
                               " ORDER BY r.review_on IS NULL, r.review_on, r.id",
                               error);
  if (stmt == NULL)
    return NULL;
  if (party != NULL)
    sqlite3_bind_text (stmt, 1, party, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, partner_id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (list, agreement_from_row (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * ido_referral_agreement_validate:
 *
 * The error's code names the field: %IDO_FIELD_NAME for the services it
 * covers, %IDO_FIELD_START_DATE for the date agreed, %IDO_FIELD_REVIEW_DATE
 * for a review date that is no date or lies before the date agreed.
 */
gboolean
ido_referral_agreement_validate (IdoReferralAgreement  *agreement,
                                 GError               **error)
{
  g_return_val_if_fail (agreement != NULL, FALSE);

  if (agreement->party == NULL || !g_strv_contains (parties, agreement->party))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose who the agreement is with."));
      return FALSE;
    }
  if (g_str_equal (agreement->party, "partner") && agreement->partner_id <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose the partner the agreement is with."));
      return FALSE;
    }
  if (agreement->direction == NULL || !g_strv_contains (directions, agreement->direction))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose who refers to whom."));
      return FALSE;
    }
  if (ido_sql_is_blank (agreement->services))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME,
                   _("Say which services or questions the agreement covers."));
      return FALSE;
    }
  if (agreement->channel != NULL && !g_strv_contains (channels, agreement->channel))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose how residents are referred."));
      return FALSE;
    }
  return ido_validate_date (agreement->agreed_on, IDO_FIELD_START_DATE, error) &&
         ido_validate_date (agreement->review_on, IDO_FIELD_REVIEW_DATE, error) &&
         ido_validate_date_order (agreement->agreed_on, agreement->review_on, IDO_FIELD_REVIEW_DATE, error);
}

static gboolean
check_contact (IdoDatabase           *database,
               IdoReferralAgreement  *agreement,
               GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (agreement->contact_id <= 0)
    return TRUE;
  stmt = ido_database_prepare (database, "SELECT 1 FROM partner_contact WHERE id = ?1 AND partner_id IS ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agreement->contact_id);
  if (agreement->partner_id > 0)
    sqlite3_bind_int64 (stmt, 2, agreement->partner_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER,
                   _("The contact person must work for the partner of the agreement."));
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare_write (IdoDatabase           *database,
               IdoReferralAgreement  *agreement,
               GError               **error)
{
  if (agreement->id == 0)
    return ido_database_prepare (database,
                                 "INSERT INTO referral_agreement (party, partner_id, desk_id, direction, services,"
                                 " when_to_refer, how_to_refer, appointment_by, channel, contact_id, contact_name,"
                                 " agreed_on, review_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                 " ?13) RETURNING id, uuid",
                                 error);
  return ido_database_prepare (database,
                               "UPDATE referral_agreement SET party = ?1, partner_id = ?2, desk_id = ?3,"
                               " direction = ?4, services = ?5, when_to_refer = ?6, how_to_refer = ?7,"
                               " appointment_by = ?8, channel = ?9, contact_id = ?10, contact_name = ?11,"
                               " agreed_on = ?12, review_on = ?13 WHERE id = ?14 RETURNING id, uuid",
                               error);
}

/**
 * ido_referral_agreement_save:
 *
 * Validates (see ido_referral_agreement_validate()) and writes @agreement;
 * a new one gets its id and uuid.
 */
gboolean
ido_referral_agreement_save (IdoDatabase           *database,
                             IdoReferralAgreement  *agreement,
                             GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (agreement != NULL, FALSE);

  if (g_strcmp0 (agreement->party, "municipality") == 0)
    agreement->partner_id = 0;
  if (!ido_referral_agreement_validate (agreement, error) || !check_contact (database, agreement, error))
    return FALSE;
  stmt = prepare_write (database, agreement, error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, agreement->party);
  ido_sql_bind_id_or_null (stmt, 2, agreement->partner_id);
  ido_sql_bind_id_or_null (stmt, 3, agreement->desk_id);
  ido_sql_bind_trimmed (stmt, 4, agreement->direction);
  ido_sql_bind_trimmed (stmt, 5, agreement->services);
  ido_sql_bind_trimmed (stmt, 6, agreement->when_to_refer);
  ido_sql_bind_trimmed (stmt, 7, agreement->how_to_refer);
  ido_sql_bind_trimmed (stmt, 8, agreement->appointment_by);
  ido_sql_bind_text_or_null (stmt, 9, agreement->channel);
  ido_sql_bind_id_or_null (stmt, 10, agreement->contact_id);
  ido_sql_bind_trimmed (stmt, 11, agreement->contact_name);
  ido_sql_bind_text_or_null (stmt, 12, agreement->agreed_on);
  ido_sql_bind_text_or_null (stmt, 13, agreement->review_on);
  if (agreement->id != 0)
    sqlite3_bind_int64 (stmt, 14, agreement->id);
  if (!ido_database_step_returning_or (database, stmt, &agreement->id, &agreement->uuid,
                                       _("This referral agreement no longer exists."), error))
    return FALSE;
  ido_database_emit_changed (database, "referral_agreement");
  return TRUE;
}

/**
 * ido_referral_agreement_delete:
 * @undo: (out) (optional) (transfer full): puts it back as it was
 */
gboolean
ido_referral_agreement_delete (IdoDatabase     *database,
                               gint64           id,
                               IdoRowSnapshot **undo,
                               GError         **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  return ido_row_snapshot_delete (database, "referral_agreement", id, undo, error);
}

/**
 * ido_referral_agreement_get_state:
 * @today: (nullable): the ISO date to judge by, %NULL for today
 *
 * Returns: whether the agreement is due for review
 */
IdoAgreementState
ido_referral_agreement_get_state (IdoReferralAgreement *agreement,
                                  const char           *today)
{
  g_autofree char *real_today = NULL;

  g_return_val_if_fail (agreement != NULL, IDO_AGREEMENT_STATE_NONE);

  if (today == NULL)
    today = real_today = ido_today_iso ();
  return ido_agreement_state_for (1, agreement->review_on, today);
}

const char * const *
ido_referral_directions (void)
{
  return directions;
}

/**
 * ido_referral_direction_get_label:
 * @party: (nullable): "partner" or "municipality"
 *
 * Returns: the translated direction, naming the party
 */
const char *
ido_referral_direction_get_label (const char *direction,
                                  const char *party)
{
  gboolean municipality = g_strcmp0 (party, "municipality") == 0;

  if (g_strcmp0 (direction, "ido-to-partner") == 0)
    return municipality ? _("IDO refers to the municipality") : _("IDO refers to the partner");
  if (g_strcmp0 (direction, "partner-to-ido") == 0)
    return municipality ? _("Municipality refers to the IDO") : _("Partner refers to the IDO");
  if (g_strcmp0 (direction, "both") == 0)
    return _("Both ways");
  return direction ? direction : "";
}

const char * const *
ido_referral_channels (void)
{
  return channels;
}

const char *
ido_referral_channel_get_label (const char *channel)
{
  if (g_strcmp0 (channel, "phone") == 0)
    return _("By phone");
  if (g_strcmp0 (channel, "email") == 0)
    return _("By e-mail");
  if (g_strcmp0 (channel, "booking-link") == 0)
    return _("Booking link");
  if (g_strcmp0 (channel, "in-person") == 0)
    return _("In person");
  if (g_strcmp0 (channel, "other") == 0)
    return _("Other way");
  return _("Not set");
}

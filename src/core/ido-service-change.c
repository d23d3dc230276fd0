/* ido-service-change.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-service-change.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

#define CHANGE_COLUMNS "id, uuid, service, change, changes_on, impact, ido_informed_on, informed_how, follow_up"

static const char * const follow_ups[] = {
  N_("Extra spreekuur at the IDO"),
  N_("Instruction for IDO staff and volunteers"),
  N_("Check the letter in the communication “wasstraat”"),
  N_("Inform the desks and the KCC"),
  NULL
};

/**
 * ido_service_change_new:
 *
 * Returns: (transfer full): an unsaved change
 */
IdoServiceChange *
ido_service_change_new (void)
{
  IdoServiceChange *change = g_new0 (IdoServiceChange, 1);

  change->service = g_strdup ("");
  change->change = g_strdup ("");
  change->impact = g_strdup ("");
  change->informed_how = g_strdup ("");
  change->follow_up = g_strdup ("");
  return change;
}

void
ido_service_change_free (IdoServiceChange *change)
{
  if (change == NULL)
    return;
  g_free (change->uuid);
  g_free (change->service);
  g_free (change->change);
  g_free (change->changes_on);
  g_free (change->impact);
  g_free (change->ido_informed_on);
  g_free (change->informed_how);
  g_free (change->follow_up);
  g_free (change);
}

static IdoServiceChange *
change_from_row (sqlite3_stmt *stmt)
{
  IdoServiceChange *change = g_new0 (IdoServiceChange, 1);

  change->id = sqlite3_column_int64 (stmt, 0);
  change->uuid = ido_sql_column_dup (stmt, 1);
  change->service = ido_sql_column_text (stmt, 2);
  change->change = ido_sql_column_text (stmt, 3);
  change->changes_on = ido_sql_column_dup (stmt, 4);
  change->impact = ido_sql_column_text (stmt, 5);
  change->ido_informed_on = ido_sql_column_dup (stmt, 6);
  change->informed_how = ido_sql_column_text (stmt, 7);
  change->follow_up = ido_sql_column_text (stmt, 8);
  return change;
}

/**
 * ido_service_change_load:
 *
 * Returns: (transfer full) (nullable): the change
 */
IdoServiceChange *
ido_service_change_load (IdoDatabase  *database,
                         gint64        change_id,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, "SELECT " CHANGE_COLUMNS " FROM service_change WHERE id = ?", change_id,
                                    _("This change no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return change_from_row (stmt);
}

static gboolean
validate_change (const IdoServiceChange  *change,
                 GError                 **error)
{
  return ido_validate_required (change->service, IDO_FIELD_NAME, error) &&
         ido_validate_date (change->changes_on, IDO_FIELD_DATE, error) &&
         ido_validate_date (change->ido_informed_on, IDO_FIELD_REVIEW_DATE, error);
}

/**
 * ido_service_change_save:
 *
 * Validates and writes @change; a new one gets its id and uuid filled in.
 */
gboolean
ido_service_change_save (IdoDatabase       *database,
                         IdoServiceChange  *change,
                         GError           **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!validate_change (change, error))
    return FALSE;
  if (change->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO service_change (service, change, changes_on, impact, ido_informed_on,"
                                 " informed_how, follow_up, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                 " RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE service_change SET service = ?1, change = ?2, changes_on = ?3, impact = ?4,"
                                 " ido_informed_on = ?5, informed_how = ?6, follow_up = ?7 WHERE id = ?9"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, change->service);
  ido_sql_bind_trimmed (stmt, 2, change->change);
  ido_sql_bind_text_or_null (stmt, 3, change->changes_on);
  ido_sql_bind_trimmed (stmt, 4, change->impact);
  ido_sql_bind_text_or_null (stmt, 5, change->ido_informed_on);
  ido_sql_bind_trimmed (stmt, 6, change->informed_how);
  ido_sql_bind_trimmed (stmt, 7, change->follow_up);
  if (change->id == 0)
    ido_sql_bind_uuid (stmt, 8, change->uuid);
  else
    sqlite3_bind_int64 (stmt, 9, change->id);
  if (!ido_database_step_returning_or (database, stmt, &change->id, &change->uuid,
                                       _("This change no longer exists."), error))
    return FALSE;
  ido_database_emit_changed (database, "service_change");
  return TRUE;
}

gboolean
ido_service_change_delete (IdoDatabase  *database,
                           gint64        change_id,
                           GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM service_change WHERE id = ?", change_id, error))
    return FALSE;
  ido_database_emit_changed (database, "service_change");
  return TRUE;
}

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL || *iso == '\0')
    return FALSE;
  g_date_set_parse (date, iso);
  return g_date_valid (date) && ido_validate_date (iso, IDO_FIELD_DATE, NULL);
}

/**
 * ido_service_change_needs_warning:
 * @today: today's ISO date
 *
 * The rule of the overview: a change takes effect from @today up to six
 * weeks (IDO_SERVICE_CHANGE_WARNING_DAYS) later, and the IDO has not been
 * informed. Changes without a date or in the past are not flagged.
 */
gboolean
ido_service_change_needs_warning (const IdoServiceChange *change,
                                  const char             *today)
{
  GDate on, now, limit;

  g_return_val_if_fail (change != NULL, FALSE);

  if (change->ido_informed_on != NULL && *change->ido_informed_on != '\0')
    return FALSE;
  if (!parse_date (change->changes_on, &on) || !parse_date (today, &now))
    return FALSE;
  limit = now;
  g_date_add_days (&limit, IDO_SERVICE_CHANGE_WARNING_DAYS);
  return g_date_compare (&on, &now) >= 0 && g_date_compare (&on, &limit) <= 0;
}

/**
 * ido_service_changes_unannounced:
 * @today: today's ISO date
 *
 * Returns: (transfer full) (element-type IdoServiceChange) (nullable): the
 *   changes for which ido_service_change_needs_warning() holds, soonest first
 */
GPtrArray *
ido_service_changes_unannounced (IdoDatabase  *database,
                                 const char   *today,
                                 GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_service_change_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  stmt = ido_database_prepare (database,
                               "SELECT " CHANGE_COLUMNS " FROM service_change WHERE ido_informed_on IS NULL"
                               " AND changes_on BETWEEN ?1 AND date(?1, '+" G_STRINGIFY (IDO_SERVICE_CHANGE_WARNING_DAYS)
                               " days') ORDER BY changes_on, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (changes, change_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&changes);
}

/**
 * ido_service_change_get_follow_up_suggestions:
 *
 * Returns: (transfer none): untranslated suggestions for the follow-up,
 *   %NULL-terminated; translate each with _()
 */
const char * const *
ido_service_change_get_follow_up_suggestions (void)
{
  return follow_ups;
}

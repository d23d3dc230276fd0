/* ido-signal.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-money.h"
#include "ido-signal.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const sources[] = { "ido-coordinator", "dashboard", "kcc", "other", NULL };
static const char * const source_labels[] = {
  N_("IDO-coordinator"), N_("Dashboard topic trend"), N_("KCC"), N_("Other"),
};
static const char * const statuses[] = { "open", "in-progress", "resolved", "declined", NULL };
static const char * const status_labels[] = {
  N_("Open"), N_("In progress"), N_("Resolved"), N_("Declined"),
};

const char * const *
ido_signal_get_sources (void)
{
  return sources;
}

static const char *
label_of (const char * const *codes,
          const char * const *labels,
          const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], code) == 0)
        return _(labels[i]);
    }
  return code;
}

const char *
ido_signal_source_get_label (const char *source)
{
  return label_of (sources, source_labels, source);
}

const char * const *
ido_signal_get_statuses (void)
{
  return statuses;
}

const char *
ido_signal_status_get_label (const char *status)
{
  return label_of (statuses, status_labels, status);
}

/**
 * ido_signal_new:
 *
 * Returns: (transfer full): an unsaved open signal from the IDO-coordinator
 */
IdoSignal *
ido_signal_new (void)
{
  IdoSignal *signal = g_new0 (IdoSignal, 1);

  signal->service = g_strdup ("");
  signal->description = g_strdup ("");
  signal->source = g_strdup ("ido-coordinator");
  signal->status = g_strdup ("open");
  signal->action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  signal->policy_domain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return signal;
}

/**
 * ido_signal_new_from_trend:
 * @topic: the dashboard topic that rises
 * @period: the latest quarter, e.g. "2025Q4"
 * @share: its share in @period, in percent
 * @previous_mean: its mean share in the quarters before, in percent
 * @received_on: today's ISO date
 *
 * Returns: (transfer full): an unsaved signal with source "dashboard"
 *   describing the rise, for the user to complete
 */
IdoSignal *
ido_signal_new_from_trend (const char *topic,
                           const char *period,
                           double      share,
                           double      previous_mean,
                           const char *received_on)
{
  IdoSignal *signal = ido_signal_new ();
  g_autofree char *now = ido_number_format (share, 1);
  g_autofree char *before = ido_number_format (previous_mean, 1);

  g_set_str (&signal->source, "dashboard");
  g_set_str (&signal->service, topic);
  signal->received_on = g_strdup (received_on);
  g_free (signal->description);
  /* Translators: "The share of questions about “Parkeren” rose to 8,9% in 2025Q4 (before: 7,0% on average)." */
  signal->description = g_strdup_printf (_("The share of questions about “%s” rose to %s%% in %s "
                                           "(before: %s%% on average)."),
                                         topic, now, period, before);
  return signal;
}

void
ido_signal_free (IdoSignal *signal)
{
  if (signal == NULL)
    return;
  g_free (signal->uuid);
  g_free (signal->received_on);
  g_free (signal->service);
  g_free (signal->description);
  g_free (signal->source);
  g_free (signal->status);
  g_array_unref (signal->action_ids);
  g_array_unref (signal->policy_domain_ids);
  g_free (signal);
}

/**
 * ido_signal_load:
 *
 * Returns: (transfer full) (nullable): the signal with the ids of its
 *   actions and policy domains
 */
IdoSignal *
ido_signal_load (IdoDatabase  *database,
                 gint64        signal_id,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoSignal) signal = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database,
                                    "SELECT uuid, received_on, service, description, source, status"
                                    " FROM signal WHERE id = ?",
                                    signal_id,
                                    _("This signal no longer exists."),
                                    error);
  if (stmt == NULL)
    return NULL;
  signal = ido_signal_new ();
  signal->id = signal_id;
  signal->uuid = ido_sql_column_dup (stmt, 0);
  signal->received_on = ido_sql_column_dup (stmt, 1);
  g_set_str (&signal->service, (const char *) sqlite3_column_text (stmt, 2));
  g_set_str (&signal->description, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&signal->source, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&signal->status, (const char *) sqlite3_column_text (stmt, 5));
  g_clear_pointer (&stmt, sqlite3_reset);
  if (!ido_database_collect_ids (database, "SELECT id FROM action_item WHERE signal_id = ? ORDER BY id",
                                 signal_id, signal->action_ids, error) ||
      !ido_database_collect_ids (database, "SELECT policy_domain_id FROM policy_domain_link WHERE signal_id = ?"
                                 " ORDER BY policy_domain_id", signal_id, signal->policy_domain_ids, error))
    return NULL;
  return g_steal_pointer (&signal);
}

static gboolean
validate_signal (const IdoSignal  *signal,
                 GError          **error)
{
  if (!g_strv_contains (sources, signal->source ? signal->source : ""))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose where the signal comes from."));
      return FALSE;
    }
  if (!g_strv_contains (statuses, signal->status ? signal->status : ""))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the status of the signal."));
      return FALSE;
    }
  return ido_validate_required (signal->description, IDO_FIELD_NAME, error) &&
         ido_validate_required (signal->received_on, IDO_FIELD_DATE, error) &&
         ido_validate_date (signal->received_on, IDO_FIELD_DATE, error);
}

static gboolean
save_row (IdoDatabase  *database,
          IdoSignal    *signal,
          GError      **error)
{
  sqlite3_stmt *stmt;

  if (signal->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO signal (received_on, service, description, source, status, uuid)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE signal SET received_on = ?1, service = ?2, description = ?3, source = ?4,"
                                 " status = ?5 WHERE id = ?7 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, signal->received_on);
  ido_sql_bind_trimmed (stmt, 2, signal->service);
  ido_sql_bind_trimmed (stmt, 3, signal->description);
  ido_sql_bind_text (stmt, 4, signal->source);
  ido_sql_bind_text (stmt, 5, signal->status);
  if (signal->id == 0)
    ido_sql_bind_uuid (stmt, 6, signal->uuid);
  else
    sqlite3_bind_int64 (stmt, 7, signal->id);
  if (!ido_database_step_returning_or (database, stmt, &signal->id, &signal->uuid,
                                       _("This signal no longer exists."), error))
    return FALSE;
  return TRUE;
}

static gboolean
run_two_ids (IdoDatabase  *database,
             const char   *sql,
             gint64        first,
             gint64        second,
             GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  return ido_database_step (database, stmt, NULL, error);
}

/* Policy domains are replaced; actions are only (re)linked, because an
 * action that once belonged to the signal keeps existing on its own. */
static gboolean
save_links (IdoDatabase  *database,
            IdoSignal    *signal,
            GError      **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM policy_domain_link WHERE signal_id = ?", signal->id,
                                 error))
    return FALSE;
  for (guint i = 0; i < signal->policy_domain_ids->len; i++)
    {
      if (!run_two_ids (database,
                        "INSERT OR IGNORE INTO policy_domain_link (policy_domain_id, signal_id) VALUES (?2, ?1)",
                        signal->id, g_array_index (signal->policy_domain_ids, gint64, i), error))
        return FALSE;
    }
  for (guint i = 0; i < signal->action_ids->len; i++)
    {
      if (!run_two_ids (database, "UPDATE action_item SET signal_id = ?1 WHERE id = ?2",
                        signal->id, g_array_index (signal->action_ids, gint64, i), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_signal_save:
 *
 * Validates and writes @signal with its policy domains in one transaction.
 * A signal restored after a delete (id 0, uuid and action ids kept) gets its
 * actions back.
 */
gboolean
ido_signal_save (IdoDatabase  *database,
                 IdoSignal    *signal,
                 GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (signal != NULL, FALSE);

  if (!validate_signal (signal, error))
    return FALSE;
  old_id = signal->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_row (database, signal, error) || !save_links (database, signal, error))
    {
      ido_database_rollback (database);
      signal->id = old_id;
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      signal->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "signal");
  ido_database_emit_changed (database, "policy_domain");
  if (signal->action_ids->len > 0)
    ido_database_emit_changed (database, "action_item");
  return TRUE;
}

/**
 * ido_signal_delete:
 *
 * Removes the signal and its policy domain links; its actions stay, no
 * longer linked.
 */
gboolean
ido_signal_delete (IdoDatabase  *database,
                   gint64        signal_id,
                   GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM signal WHERE id = ?", signal_id, error))
    return FALSE;
  ido_database_emit_changed (database, "signal");
  ido_database_emit_changed (database, "policy_domain");
  ido_database_emit_changed (database, "action_item");
  return TRUE;
}

gboolean
ido_signal_set_status (IdoDatabase  *database,
                       gint64        signal_id,
                       const char   *status,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!g_strv_contains (statuses, status ? status : ""))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the status of the signal."));
      return FALSE;
    }
  stmt = ido_database_prepare (database, "UPDATE signal SET status = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, signal_id);
  ido_sql_bind_text (stmt, 2, status);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "signal");
  return TRUE;
}

/**
 * ido_signal_load_actions:
 *
 * Returns: (transfer full) (element-type IdoActionItem) (nullable): the
 *   improvement actions of the signal, open ones first
 */
GPtrArray *
ido_signal_load_actions (IdoDatabase  *database,
                         gint64        signal_id,
                         GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_action_item_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (!ido_database_collect_ids (database, "SELECT id FROM action_item WHERE signal_id = ?"
                                 " ORDER BY done_on IS NOT NULL, due_on IS NULL, due_on, id", signal_id, ids, error))
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      IdoActionItem *item = ido_action_item_load (database, g_array_index (ids, gint64, i), error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  return g_steal_pointer (&items);
}

/**
 * ido_signal_add_action:
 * @owner: (nullable): who does it
 * @due_on: (nullable): ISO due date
 *
 * Adds an improvement action for the signal (role "service") and moves an
 * open signal to "in-progress", in one transaction.
 *
 * Returns: (transfer full) (nullable): the saved action
 */
IdoActionItem *
ido_signal_add_action (IdoDatabase  *database,
                       gint64        signal_id,
                       const char   *description,
                       const char   *owner,
                       const char   *due_on,
                       GError      **error)
{
  g_autoptr(IdoActionItem) item = ido_action_item_new ("service");

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  item->signal_id = signal_id;
  g_set_str (&item->description, description);
  g_set_str (&item->owner, owner ? owner : "");
  item->due_on = g_strdup (due_on);
  if (!ido_database_begin (database, error))
    return NULL;
  if (!ido_action_item_save (database, item, error) ||
      !ido_database_run_with_id (database, "UPDATE signal SET status = 'in-progress' WHERE id = ? AND status = 'open'",
                                 signal_id, error))
    {
      ido_database_rollback (database);
      return NULL;
    }
  if (!ido_database_commit (database, error))
    return NULL;
  ido_database_emit_changed (database, "signal");
  return g_steal_pointer (&item);
}

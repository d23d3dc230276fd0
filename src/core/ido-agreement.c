/* ido-agreement.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-cbct.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const kinds[] = { "grant-decision", "cooperation", "performance", "other", NULL };
static const char * const statuses[] = { "draft", "adopted", "running", "expired", "terminated", NULL };

/**
 * ido_agreement_kinds:
 *
 * Returns: (transfer none): the kinds of agreement, %NULL-terminated
 */
const char * const *
ido_agreement_kinds (void)
{
  return kinds;
}

const char *
ido_agreement_kind_get_label (const char *kind)
{
  if (g_strcmp0 (kind, "grant-decision") == 0)
    return _("Grant decision");
  if (g_strcmp0 (kind, "cooperation") == 0)
    return _("Cooperation agreement");
  if (g_strcmp0 (kind, "performance") == 0)
    return _("Performance agreement");
  if (g_strcmp0 (kind, "other") == 0)
    return _("Other agreement");
  return "";
}

/**
 * ido_agreement_statuses:
 *
 * Returns: (transfer none): the statuses, %NULL-terminated
 */
const char * const *
ido_agreement_statuses (void)
{
  return statuses;
}

const char *
ido_agreement_status_get_label (const char *status)
{
  if (g_strcmp0 (status, "draft") == 0)
    return C_("agreement", "Draft");
  if (g_strcmp0 (status, "adopted") == 0)
    return C_("agreement", "Adopted");
  if (g_strcmp0 (status, "running") == 0)
    return C_("agreement", "Running");
  if (g_strcmp0 (status, "expired") == 0)
    return C_("agreement", "Expired");
  if (g_strcmp0 (status, "terminated") == 0)
    return C_("agreement", "Terminated");
  return "";
}

static void
party_free (gpointer data)
{
  IdoAgreementParty *party = data;

  g_free (party->name);
  g_free (party);
}

static void
deliverable_free (gpointer data)
{
  IdoDeliverable *d = data;

  g_free (d->uuid);
  g_free (d->description);
  g_free (d);
}

/**
 * ido_agreement_new:
 * @kind: e.g. "grant-decision"
 *
 * Returns: (transfer full): an unsaved draft agreement
 */
IdoAgreement *
ido_agreement_new (const char *kind)
{
  IdoAgreement *a = g_new0 (IdoAgreement, 1);

  a->kind = g_strdup (kind);
  a->title = g_strdup ("");
  a->reference = g_strdup ("");
  a->status = g_strdup ("draft");
  a->document_uri = g_strdup ("");
  a->notes = g_strdup ("");
  a->library_name = g_strdup ("");
  a->parties = g_ptr_array_new_with_free_func (party_free);
  a->deliverables = g_ptr_array_new_with_free_func (deliverable_free);
  return a;
}

void
ido_agreement_free (IdoAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->uuid);
  g_free (agreement->kind);
  g_free (agreement->title);
  g_free (agreement->reference);
  g_free (agreement->starts_on);
  g_free (agreement->ends_on);
  g_free (agreement->status);
  g_free (agreement->document_uri);
  g_free (agreement->notes);
  g_free (agreement->library_name);
  g_ptr_array_unref (agreement->parties);
  g_ptr_array_unref (agreement->deliverables);
  g_free (agreement);
}

/**
 * ido_agreement_add_party:
 * @name: (nullable): the name; required when all ids are 0
 *
 * Returns: (transfer none): the new party, owned by @agreement
 */
IdoAgreementParty *
ido_agreement_add_party (IdoAgreement *agreement,
                         gint64        municipality_id,
                         gint64        library_id,
                         gint64        partner_id,
                         const char   *name)
{
  IdoAgreementParty *party = g_new0 (IdoAgreementParty, 1);

  party->municipality_id = municipality_id;
  party->library_id = library_id;
  party->partner_id = partner_id;
  party->name = g_strdup (name ? name : "");
  g_ptr_array_add (agreement->parties, party);
  return party;
}

/**
 * ido_agreement_add_deliverable:
 *
 * Returns: (transfer none): the new item, owned by @agreement
 */
IdoDeliverable *
ido_agreement_add_deliverable (IdoAgreement *agreement,
                               const char   *description)
{
  IdoDeliverable *d = g_new0 (IdoDeliverable, 1);

  d->description = g_strdup (description ? description : "");
  g_ptr_array_add (agreement->deliverables, d);
  return d;
}

/**
 * ido_agreement_dup_party_names:
 *
 * Returns: (transfer full): the parties' names joined by ", "
 */
char *
ido_agreement_dup_party_names (const IdoAgreement *agreement)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < agreement->parties->len; i++)
    {
      IdoAgreementParty *party = g_ptr_array_index (agreement->parties, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, party->name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ido_agreement_dup_period_text:
 *
 * Returns: (transfer full): "01-01-2025 – 31-12-2025", "from 01-01-2025",
 *   "until 31-12-2025" or ""
 */
char *
ido_agreement_dup_period_text (const IdoAgreement *agreement)
{
  g_autofree char *start = ido_date_to_user (agreement->starts_on);
  g_autofree char *end = ido_date_to_user (agreement->ends_on);

  if (*start != '\0' && *end != '\0')
    return g_strdup_printf ("%s – %s", start, end);
  if (*start != '\0')
    return g_strdup_printf (_("from %s"), start);
  if (*end != '\0')
    return g_strdup_printf (_("until %s"), end);
  return g_strdup ("");
}

static char *
shift_date (const char *today,
            int         months)
{
  GDate date;

  if (!ido_date_parse_iso (today, &date))
    return NULL;
  if (months > 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);
  return ido_date_format_iso (&date);
}

/**
 * ido_agreement_get_timing:
 * @today: (nullable): today's ISO date, or %NULL for the real date
 *
 * Drafts and terminated agreements never need attention, nor do agreements
 * without an end date. An agreement that ended is expired; once its status
 * says "expired" it stops being flagged a year after its end. One that ends
 * within three months is expiring.
 */
IdoAgreementTiming
ido_agreement_get_timing (const IdoAgreement *agreement,
                          const char         *today)
{
  g_autofree char *now = NULL;
  g_autofree char *horizon = NULL;
  g_autofree char *year_ago = NULL;

  g_return_val_if_fail (agreement != NULL, IDO_AGREEMENT_TIMING_NONE);

  if (g_strcmp0 (agreement->status, "draft") == 0 || g_strcmp0 (agreement->status, "terminated") == 0 ||
      ido_sql_is_blank (agreement->ends_on))
    return IDO_AGREEMENT_TIMING_NONE;
  now = today != NULL ? g_strdup (today) : ido_today_iso ();
  horizon = shift_date (now, 3);
  year_ago = shift_date (now, -12);
  if (horizon == NULL)
    return IDO_AGREEMENT_TIMING_NONE;
  if (strcmp (agreement->ends_on, now) < 0)
    {
      if (g_strcmp0 (agreement->status, "expired") == 0 && strcmp (agreement->ends_on, year_ago) < 0)
        return IDO_AGREEMENT_TIMING_NONE;
      return IDO_AGREEMENT_TIMING_EXPIRED;
    }
  if (strcmp (agreement->ends_on, horizon) <= 0)
    return IDO_AGREEMENT_TIMING_EXPIRING;
  return IDO_AGREEMENT_TIMING_NONE;
}

#define AGREEMENT_SELECT \
  "SELECT a.id, a.uuid, a.kind, a.title, a.reference, a.library_id, a.starts_on, a.ends_on, a.amount_cents," \
  " a.status, a.document_uri, a.notes, coalesce(l.name, '')" \
  " FROM agreement a LEFT JOIN library l ON l.id = a.library_id"

static IdoAgreement *
agreement_from_row (sqlite3_stmt *stmt)
{
  IdoAgreement *a = ido_agreement_new ((const char *) sqlite3_column_text (stmt, 2));

  a->id = sqlite3_column_int64 (stmt, 0);
  a->uuid = ido_sql_column_dup (stmt, 1);
  g_set_str (&a->title, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&a->reference, (const char *) sqlite3_column_text (stmt, 4));
  a->library_id = sqlite3_column_int64 (stmt, 5);
  a->starts_on = ido_sql_column_dup_or_null (stmt, 6);
  a->ends_on = ido_sql_column_dup_or_null (stmt, 7);
  a->has_amount = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  a->amount = sqlite3_column_int64 (stmt, 8);
  g_set_str (&a->status, (const char *) sqlite3_column_text (stmt, 9));
  g_set_str (&a->document_uri, (const char *) sqlite3_column_text (stmt, 10));
  g_set_str (&a->notes, (const char *) sqlite3_column_text (stmt, 11));
  g_set_str (&a->library_name, (const char *) sqlite3_column_text (stmt, 12));
  return a;
}

static gboolean
load_parties (IdoDatabase   *database,
              IdoAgreement  *a,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT ap.municipality_id, ap.library_id, ap.partner_id,"
                               " coalesce(m.name, l.name, p.name, ap.name)"
                               " FROM agreement_party ap LEFT JOIN municipality m ON m.id = ap.municipality_id"
                               " LEFT JOIN library l ON l.id = ap.library_id"
                               " LEFT JOIN partner p ON p.id = ap.partner_id"
                               " WHERE ap.agreement_id = ? ORDER BY ap.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    ido_agreement_add_party (a, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                             sqlite3_column_int64 (stmt, 2), (const char *) sqlite3_column_text (stmt, 3));
  return !has_row;
}

static gboolean
load_deliverables (IdoDatabase   *database,
                   IdoAgreement  *a,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT id, uuid, description FROM agreement_deliverable WHERE agreement_id = ?"
                               " ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoDeliverable *d = ido_agreement_add_deliverable (a, (const char *) sqlite3_column_text (stmt, 2));

      d->id = sqlite3_column_int64 (stmt, 0);
      d->uuid = ido_sql_column_dup (stmt, 1);
    }
  return !has_row;
}

/**
 * ido_agreement_load:
 *
 * Returns: (transfer full) (nullable): the agreement with its parties and
 *   deliverables, or %NULL with @error
 */
IdoAgreement *
ido_agreement_load (IdoDatabase  *database,
                    gint64        agreement_id,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoAgreement) a = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, AGREEMENT_SELECT " WHERE a.id = ?", agreement_id,
                                    _("This agreement no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  a = agreement_from_row (stmt);
  sqlite3_reset (stmt);
  if (!load_parties (database, a, error) || !load_deliverables (database, a, error))
    return NULL;
  return g_steal_pointer (&a);
}

/**
 * ido_agreement_list:
 *
 * Returns: (transfer container) (element-type IdoAgreement) (nullable):
 *   every agreement with its parties and deliverables, the latest first
 */
GPtrArray *
ido_agreement_list (IdoDatabase  *database,
                    GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_agreement_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               AGREEMENT_SELECT " ORDER BY a.starts_on DESC, a.title COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, agreement_from_row (stmt));
  if (has_row)
    return NULL;
  sqlite3_reset (stmt);
  for (guint i = 0; i < list->len; i++)
    {
      if (!load_parties (database, g_ptr_array_index (list, i), error) ||
          !load_deliverables (database, g_ptr_array_index (list, i), error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

static int
compare_end (gconstpointer a,
             gconstpointer b)
{
  const IdoAgreement *first = a;
  const IdoAgreement *second = b;

  return g_strcmp0 (first->ends_on, second->ends_on);
}

/**
 * ido_agreement_list_attention:
 * @today: (nullable): today's ISO date, or %NULL for the real date
 *
 * Returns: (transfer container) (element-type IdoAgreement) (nullable): the
 *   expired and expiring agreements (see ido_agreement_get_timing()), the
 *   one ending first first
 */
GPtrArray *
ido_agreement_list_attention (IdoDatabase  *database,
                              const char   *today,
                              GError      **error)
{
  g_autoptr(GPtrArray) all = ido_agreement_list (database, error);
  g_autoptr(GPtrArray) flagged = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_agreement_free);

  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    {
      if (ido_agreement_get_timing (g_ptr_array_index (all, i), today) != IDO_AGREEMENT_TIMING_NONE)
        g_ptr_array_add (flagged, g_steal_pointer (&all->pdata[i]));
    }
  g_ptr_array_sort_values (flagged, compare_end);
  return g_steal_pointer (&flagged);
}

static gboolean
validate_parties (const IdoAgreement  *a,
                  GError             **error)
{
  for (guint i = 0; i < a->parties->len; i++)
    {
      IdoAgreementParty *p = g_ptr_array_index (a->parties, i);

      if (p->municipality_id <= 0 && p->library_id <= 0 && p->partner_id <= 0 && ido_sql_is_blank (p->name))
        {
          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Give every party a name."));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_agreement (const IdoAgreement  *a,
                    GError             **error)
{
  if (a->kind == NULL || !g_strv_contains (kinds, a->kind))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the kind of agreement."));
      return FALSE;
    }
  if (!ido_validate_required (a->title, IDO_FIELD_NAME, error) ||
      !ido_validate_date (a->starts_on, IDO_FIELD_START_DATE, error) ||
      !ido_validate_date (a->ends_on, IDO_FIELD_END_DATE, error) ||
      !ido_validate_date_order (a->starts_on, a->ends_on, IDO_FIELD_END_DATE, error))
    return FALSE;
  if (a->has_amount && (a->amount < 0 || a->amount > IDO_MONEY_MAX_CENTS))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT,
                   a->amount < 0 ? _("An amount cannot be negative.") : _("This amount is too large."));
      return FALSE;
    }
  if (a->status == NULL || !g_strv_contains (statuses, a->status))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose the status of the agreement."));
      return FALSE;
    }
  if (!ido_sql_is_blank (a->document_uri) && !g_uri_is_valid (a->document_uri, G_URI_FLAGS_NONE, NULL))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_WEBSITE,
                   _("The link to the document is not valid: choose the file again."));
      return FALSE;
    }
  return validate_parties (a, error);
}

static gboolean
save_agreement_row (IdoDatabase   *database,
                    IdoAgreement  *a,
                    GError       **error)
{
  sqlite3_stmt *stmt;

  if (a->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO agreement (kind, title, reference, library_id, starts_on, ends_on,"
                                 " amount_cents, status, document_uri, notes, uuid)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE agreement SET kind = ?1, title = ?2, reference = ?3, library_id = ?4,"
                                 " starts_on = ?5, ends_on = ?6, amount_cents = ?7, status = ?8,"
                                 " document_uri = ?9, notes = ?10 WHERE id = ?11 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, a->kind);
  ido_sql_bind_trimmed (stmt, 2, a->title);
  ido_sql_bind_trimmed (stmt, 3, a->reference);
  ido_sql_bind_id_or_null (stmt, 4, a->library_id);
  ido_sql_bind_text_or_null (stmt, 5, a->starts_on);
  ido_sql_bind_text_or_null (stmt, 6, a->ends_on);
  if (a->has_amount)
    sqlite3_bind_int64 (stmt, 7, a->amount);
  else
    sqlite3_bind_null (stmt, 7);
  ido_sql_bind_text (stmt, 8, a->status);
  ido_sql_bind_trimmed (stmt, 9, a->document_uri);
  ido_sql_bind_text (stmt, 10, a->notes);
  if (a->id != 0)
    sqlite3_bind_int64 (stmt, 11, a->id);
  else
    ido_sql_bind_uuid (stmt, 11, a->uuid);
  if (!ido_database_step_returning_or (database, stmt, &a->id, &a->uuid,
                                       _("This agreement no longer exists."), error))
    return FALSE;
  return TRUE;
}

static gboolean
save_parties (IdoDatabase   *database,
              IdoAgreement  *a,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM agreement_party WHERE agreement_id = ?", a->id, error))
    return FALSE;
  for (guint i = 0; i < a->parties->len; i++)
    {
      IdoAgreementParty *p = g_ptr_array_index (a->parties, i);
      gboolean linked = p->municipality_id > 0 || p->library_id > 0 || p->partner_id > 0;

      stmt = ido_database_prepare (database,
                                   "INSERT INTO agreement_party (agreement_id, municipality_id, library_id,"
                                   " partner_id, name) VALUES (?, ?, ?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, a->id);
      ido_sql_bind_id_or_null (stmt, 2, p->municipality_id);
      ido_sql_bind_id_or_null (stmt, 3, p->library_id);
      ido_sql_bind_id_or_null (stmt, 4, p->partner_id);
      /* A linked party takes its name from the row it links to. */
      ido_sql_bind_trimmed (stmt, 5, linked ? "" : p->name);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Deliverables no longer in the list go; the rest keep their uuid. */
static gboolean
prune_deliverables (IdoDatabase   *database,
                    IdoAgreement  *a,
                    GError       **error)
{
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < a->deliverables->len; i++)
    {
      IdoDeliverable *d = g_ptr_array_index (a->deliverables, i);

      if (d->id > 0)
        g_array_append_val (keep, d->id);
    }
  return ido_database_delete_except (database,
                                     "DELETE FROM agreement_deliverable WHERE agreement_id = ?"
                                     " AND id NOT IN (SELECT value FROM json_each(?))",
                                     a->id, keep, error);
}

static gboolean
save_deliverables (IdoDatabase   *database,
                   IdoAgreement  *a,
                   GError       **error)
{
  if (!prune_deliverables (database, a, error))
    return FALSE;
  for (guint i = 0; i < a->deliverables->len; i++)
    {
      IdoDeliverable *d = g_ptr_array_index (a->deliverables, i);
      sqlite3_stmt *stmt;

      if (d->id == 0)
        stmt = ido_database_prepare (database,
                                     "INSERT INTO agreement_deliverable (agreement_id, position, description, uuid)"
                                     " VALUES (?1, ?2, ?3, ?4) RETURNING id, uuid",
                                     error);
      else
        stmt = ido_database_prepare (database,
                                     "UPDATE agreement_deliverable SET position = ?2, description = ?3"
                                     " WHERE agreement_id = ?1 AND id = ?4 RETURNING id, uuid",
                                     error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, a->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      ido_sql_bind_trimmed (stmt, 3, d->description);
      if (d->id != 0)
        sqlite3_bind_int64 (stmt, 4, d->id);
      else
        ido_sql_bind_uuid (stmt, 4, d->uuid);
      if (!ido_database_step_returning (database, stmt, &d->id, &d->uuid, error))
        return FALSE;
    }
  return TRUE;
}

static void
drop_blank_deliverables (IdoAgreement *a)
{
  for (guint i = a->deliverables->len; i > 0; i--)
    {
      IdoDeliverable *d = g_ptr_array_index (a->deliverables, i - 1);

      if (ido_sql_is_blank (d->description))
        g_ptr_array_remove_index (a->deliverables, i - 1);
    }
}

/**
 * ido_agreement_save:
 *
 * Validates (kind, title, dates in order, amount not negative, status, the
 * document link, parties) and writes the agreement with its parties and
 * deliverables in one transaction; nothing is written when anything fails.
 * Empty deliverables are dropped. A new agreement gets its id and uuid.
 */
gboolean
ido_agreement_save (IdoDatabase   *database,
                    IdoAgreement  *agreement,
                    GError       **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (agreement != NULL, FALSE);

  if (agreement->starts_on != NULL && *agreement->starts_on == '\0')
    g_clear_pointer (&agreement->starts_on, g_free);
  if (agreement->ends_on != NULL && *agreement->ends_on == '\0')
    g_clear_pointer (&agreement->ends_on, g_free);
  if (!validate_agreement (agreement, error))
    return FALSE;
  drop_blank_deliverables (agreement);
  old_id = agreement->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_agreement_row (database, agreement, error) ||
      !save_parties (database, agreement, error) ||
      !save_deliverables (database, agreement, error))
    {
      ido_database_rollback (database);
      agreement->id = old_id;
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    {
      agreement->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "agreement");
  return TRUE;
}

/**
 * ido_agreement_delete:
 *
 * Removes the agreement; spending and targets linked to it stay, unlinked.
 */
gboolean
ido_agreement_delete (IdoDatabase  *database,
                      gint64        agreement_id,
                      GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM agreement WHERE id = ?", agreement_id, error))
    return FALSE;
  ido_database_emit_changed (database, "agreement");
  ido_database_emit_changed (database, "spending");
  ido_database_emit_changed (database, "target");
  return TRUE;
}

void
ido_agreement_links_free (IdoAgreementLinks *links)
{
  if (links == NULL)
    return;
  g_array_unref (links->spending_ids);
  g_array_unref (links->target_ids);
  g_free (links);
}

/**
 * ido_agreement_get_links:
 *
 * Returns: (transfer full) (nullable): the spending and targets that refer
 *   to the agreement, or %NULL with @error
 */
IdoAgreementLinks *
ido_agreement_get_links (IdoDatabase  *database,
                         gint64        agreement_id,
                         GError      **error)
{
  g_autoptr(IdoAgreementLinks) links = g_new0 (IdoAgreementLinks, 1);

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  links->spending_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  links->target_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!ido_database_collect_ids (database, "SELECT id FROM spending WHERE agreement_id = ?", agreement_id,
                                 links->spending_ids, error) ||
      !ido_database_collect_ids (database, "SELECT id FROM target WHERE agreement_id = ?", agreement_id,
                                 links->target_ids, error))
    return NULL;
  return g_steal_pointer (&links);
}

static gboolean
relink (IdoDatabase  *database,
        const char   *sql,
        gint64        agreement_id,
        GArray       *ids,
        GError      **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, agreement_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_agreement_restore_links:
 * @agreement_id: the agreement as restored (its id may be new)
 *
 * Links spending and targets that still exist to the agreement again, after
 * undoing its deletion.
 */
gboolean
ido_agreement_restore_links (IdoDatabase              *database,
                             gint64                    agreement_id,
                             const IdoAgreementLinks  *links,
                             GError                  **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (links != NULL, FALSE);

  if (!ido_database_begin (database, error))
    return FALSE;
  if (!relink (database, "UPDATE spending SET agreement_id = ?1 WHERE id = ?2", agreement_id,
               links->spending_ids, error) ||
      !relink (database, "UPDATE target SET agreement_id = ?1 WHERE id = ?2", agreement_id,
               links->target_ids, error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    {
      return FALSE;
    }
  ido_database_emit_changed (database, "spending");
  ido_database_emit_changed (database, "target");
  return TRUE;
}

/**
 * ido_agreement_get_document_folder:
 *
 * Returns: (transfer full): the folder next to the dossier database where
 *   copies of documents are kept when the user asks for a copy
 */
char *
ido_agreement_get_document_folder (IdoDatabase *database)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  dir = g_path_get_dirname (ido_database_get_path (database));
  /* Translators: the folder name for copies of agreement documents */
  return g_build_filename (dir, _("Documents"), NULL);
}

static GFile *
unique_destination (GFile      *folder,
                    const char *basename)
{
  g_autofree char *stem = g_strdup (basename);
  const char *dot = strrchr (basename, '.');
  const char *extension = dot != NULL && dot != basename ? dot : "";
  GFile *candidate = g_file_get_child (folder, basename);

  stem[strlen (basename) - strlen (extension)] = '\0';
  for (guint n = 2; g_file_query_exists (candidate, NULL); n++)
    {
      g_autofree char *name = g_strdup_printf ("%s (%u)%s", stem, n, extension);

      g_object_unref (candidate);
      candidate = g_file_get_child (folder, name);
    }
  return candidate;
}

/**
 * ido_agreement_copy_document:
 * @uri: the document, usually a file:// URI from the file chooser portal
 * @folder: the folder to copy into, see
 *   ido_agreement_get_document_folder(); created when missing
 *
 * Copies the document into the dossier folder under a name that is not
 * taken yet. Only called when the user asks for a copy: by default the
 * agreement just links to the file. Blocks: call it from a thread.
 *
 * Returns: (transfer full) (nullable): the URI of the copy, or %NULL with
 *   @error
 */
char *
ido_agreement_copy_document (const char    *uri,
                             const char    *folder,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target_folder = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autofree char *basename = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (uri != NULL && folder != NULL, NULL);

  source = g_file_new_for_uri (uri);
  basename = g_file_get_basename (source);
  target_folder = g_file_new_for_path (folder);
  if (basename == NULL || g_str_equal (basename, "/"))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_WEBSITE, _("The link does not point to a file."));
      return NULL;
    }
  if (!g_file_make_directory_with_parents (target_folder, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  destination = unique_destination (target_folder, basename);
  if (!g_file_copy (source, destination, G_FILE_COPY_NONE, cancellable, NULL, NULL, error))
    return NULL;
  return g_file_get_uri (destination);
}

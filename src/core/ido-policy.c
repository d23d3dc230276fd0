/* ido-policy.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-policy.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const link_columns[] = {
  [IDO_POLICY_LINK_PARTNER] = "partner_id",
  [IDO_POLICY_LINK_DESK] = "desk_id",
  [IDO_POLICY_LINK_SIGNAL] = "signal_id",
};

/**
 * ido_policy_domain_new:
 *
 * Returns: (transfer full): an unsaved domain of the user's own
 */
IdoPolicyDomain *
ido_policy_domain_new (void)
{
  IdoPolicyDomain *domain = g_new0 (IdoPolicyDomain, 1);

  domain->name = g_strdup ("");
  domain->officer_name = g_strdup ("");
  domain->officer_email = g_strdup ("");
  domain->relation = g_strdup ("");
  domain->agreements = g_strdup ("");
  domain->links = g_array_new (FALSE, TRUE, sizeof (IdoPolicyLink));
  return domain;
}

static void
clear_links (GArray *links)
{
  for (guint i = 0; i < links->len; i++)
    g_free (g_array_index (links, IdoPolicyLink, i).name);
  g_array_set_size (links, 0);
}

void
ido_policy_domain_free (IdoPolicyDomain *domain)
{
  if (domain == NULL)
    return;
  g_free (domain->uuid);
  g_free (domain->code);
  g_free (domain->name);
  g_free (domain->officer_name);
  g_free (domain->officer_email);
  g_free (domain->relation);
  g_free (domain->agreements);
  g_free (domain->last_conversation_on);
  g_free (domain->next_conversation_on);
  clear_links (domain->links);
  g_array_unref (domain->links);
  g_free (domain);
}

static void
add_named_link (IdoPolicyDomain   *domain,
                IdoPolicyLinkKind  kind,
                gint64             target_id,
                const char        *name)
{
  IdoPolicyLink link = { kind, target_id, g_strdup (name) };

  for (guint i = 0; i < domain->links->len; i++)
    {
      IdoPolicyLink *l = &g_array_index (domain->links, IdoPolicyLink, i);

      if (l->kind == kind && l->target_id == target_id)
        {
          g_free (link.name);
          return;
        }
    }
  g_array_append_val (domain->links, link);
}

void
ido_policy_domain_add_link (IdoPolicyDomain   *domain,
                            IdoPolicyLinkKind  kind,
                            gint64             target_id)
{
  g_return_if_fail (domain != NULL);
  g_return_if_fail (kind <= IDO_POLICY_LINK_SIGNAL);

  add_named_link (domain, kind, target_id, NULL);
}

/**
 * ido_policy_domain_remove_link:
 *
 * Returns: whether the link was there
 */
gboolean
ido_policy_domain_remove_link (IdoPolicyDomain   *domain,
                               IdoPolicyLinkKind  kind,
                               gint64             target_id)
{
  g_return_val_if_fail (domain != NULL, FALSE);

  for (guint i = 0; i < domain->links->len; i++)
    {
      IdoPolicyLink *l = &g_array_index (domain->links, IdoPolicyLink, i);

      if (l->kind == kind && l->target_id == target_id)
        {
          g_free (l->name);
          g_array_remove_index (domain->links, i);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
load_links (IdoDatabase      *database,
            IdoPolicyDomain  *domain,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT 0, p.id, p.name FROM policy_domain_link l JOIN partner p ON p.id = l.partner_id"
                               " WHERE l.policy_domain_id = ?1"
                               " UNION ALL SELECT 1, d.id, d.name FROM policy_domain_link l"
                               " JOIN desk d ON d.id = l.desk_id WHERE l.policy_domain_id = ?1"
                               " UNION ALL SELECT 2, s.id, CASE WHEN trim(s.service) <> '' THEN s.service"
                               "   ELSE s.description END FROM policy_domain_link l"
                               " JOIN signal s ON s.id = l.signal_id WHERE l.policy_domain_id = ?1"
                               " ORDER BY 1, 3 COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, domain->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    add_named_link (domain, sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1),
                    (const char *) sqlite3_column_text (stmt, 2));
  return !has_row;
}

/**
 * ido_policy_domain_load:
 *
 * Returns: (transfer full) (nullable): the domain with its named links
 */
IdoPolicyDomain *
ido_policy_domain_load (IdoDatabase  *database,
                        gint64        domain_id,
                        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoPolicyDomain) domain = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database,
                                    "SELECT uuid, code, name, position, officer_name, officer_email, relation,"
                                    " agreements, last_conversation_on, next_conversation_on FROM policy_domain"
                                    " WHERE id = ?",
                                    domain_id,
                                    _("This policy domain no longer exists."),
                                    error);
  if (stmt == NULL)
    return NULL;
  domain = ido_policy_domain_new ();
  domain->id = domain_id;
  domain->uuid = ido_sql_column_dup (stmt, 0);
  domain->code = ido_sql_column_dup (stmt, 1);
  g_set_str (&domain->name, (const char *) sqlite3_column_text (stmt, 2));
  domain->position = sqlite3_column_int (stmt, 3);
  g_set_str (&domain->officer_name, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&domain->officer_email, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&domain->relation, (const char *) sqlite3_column_text (stmt, 6));
  g_set_str (&domain->agreements, (const char *) sqlite3_column_text (stmt, 7));
  domain->last_conversation_on = ido_sql_column_dup (stmt, 8);
  domain->next_conversation_on = ido_sql_column_dup (stmt, 9);
  g_clear_pointer (&stmt, sqlite3_reset);
  if (!load_links (database, domain, error))
    return NULL;
  return g_steal_pointer (&domain);
}

static gboolean
name_taken (IdoDatabase      *database,
            IdoPolicyDomain  *domain,
            gboolean         *taken,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (database,
                               "SELECT 1 FROM policy_domain WHERE name = trim(?1) COLLATE NOCASE AND id <> ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, domain->name);
  sqlite3_bind_int64 (stmt, 2, domain->id);
  return ido_database_step (database, stmt, taken, error);
}

static gboolean
validate_domain (IdoDatabase      *database,
                 IdoPolicyDomain  *domain,
                 GError          **error)
{
  gboolean taken = FALSE;

  if (!ido_validate_required (domain->name, IDO_FIELD_NAME, error) ||
      !ido_validate_email (domain->officer_email, error) ||
      !ido_validate_date (domain->last_conversation_on, IDO_FIELD_DATE, error) ||
      !ido_validate_date (domain->next_conversation_on, IDO_FIELD_REVIEW_DATE, error) ||
      !ido_validate_date_order (domain->last_conversation_on, domain->next_conversation_on,
                                IDO_FIELD_REVIEW_DATE, error))
    return FALSE;
  if (!name_taken (database, domain, &taken, error))
    return FALSE;
  if (taken)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE, _("There is already a policy domain with this name."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_row (IdoDatabase      *database,
          IdoPolicyDomain  *domain,
          GError          **error)
{
  sqlite3_stmt *stmt;

  if (domain->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO policy_domain (name, officer_name, officer_email, relation, agreements,"
                                 " last_conversation_on, next_conversation_on, code, uuid, position)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CASE WHEN ?10 > 0 THEN ?10"
                                 " ELSE (SELECT coalesce(max(position), 0) + 1 FROM policy_domain) END)"
                                 " RETURNING id, uuid, position",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE policy_domain SET name = ?1, officer_name = ?2, officer_email = ?3,"
                                 " relation = ?4, agreements = ?5, last_conversation_on = ?6,"
                                 " next_conversation_on = ?7 WHERE id = ?11 RETURNING id, uuid, position",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, domain->name);
  ido_sql_bind_trimmed (stmt, 2, domain->officer_name);
  ido_sql_bind_trimmed (stmt, 3, domain->officer_email);
  ido_sql_bind_trimmed (stmt, 4, domain->relation);
  ido_sql_bind_trimmed (stmt, 5, domain->agreements);
  ido_sql_bind_text_or_null (stmt, 6, domain->last_conversation_on);
  ido_sql_bind_text_or_null (stmt, 7, domain->next_conversation_on);
  if (domain->id == 0)
    {
      ido_sql_bind_text_or_null (stmt, 8, domain->code);
      ido_sql_bind_uuid (stmt, 9, domain->uuid);
      sqlite3_bind_int (stmt, 10, domain->position);
    }
  else
    sqlite3_bind_int64 (stmt, 11, domain->id);
  if (!ido_database_step_row (database, stmt, _("This policy domain no longer exists."), error))
    return FALSE;
  domain->id = sqlite3_column_int64 (stmt, 0);
  g_set_str (&domain->uuid, (const char *) sqlite3_column_text (stmt, 1));
  domain->position = sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
save_links (IdoDatabase      *database,
            IdoPolicyDomain  *domain,
            GError          **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM policy_domain_link WHERE policy_domain_id = ?", domain->id,
                                 error))
    return FALSE;
  for (guint i = 0; i < domain->links->len; i++)
    {
      IdoPolicyLink *link = &g_array_index (domain->links, IdoPolicyLink, i);
      g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO policy_domain_link (policy_domain_id, %s)"
                                              " VALUES (?, ?)", link_columns[link->kind]);

      stmt = ido_database_prepare (database, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, domain->id);
      sqlite3_bind_int64 (stmt, 2, link->target_id);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_policy_domain_save:
 *
 * Validates and writes the domain with its links in one transaction. A
 * domain restored by undo (id 0, uuid kept) gets its code and position back.
 */
gboolean
ido_policy_domain_save (IdoDatabase      *database,
                        IdoPolicyDomain  *domain,
                        GError          **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (domain != NULL, FALSE);

  if (!validate_domain (database, domain, error))
    return FALSE;
  old_id = domain->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_row (database, domain, error) || !save_links (database, domain, error))
    {
      ido_database_rollback (database);
      domain->id = old_id;
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      domain->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "policy_domain");
  return TRUE;
}

/**
 * ido_policy_domain_delete:
 *
 * Removes a domain the user added. The domains of Tabel 1 stay, so that the
 * matrix always shows their gaps: such a delete fails with IDO_FIELD_CODE.
 */
gboolean
ido_policy_domain_delete (IdoDatabase  *database,
                          gint64        domain_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database, "SELECT 1 FROM policy_domain WHERE id = ? AND code IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, domain_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      sqlite3_reset (stmt);
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CODE,
                   _("The policy domains of Tabel 1 cannot be removed; leave the fields you do not use empty."));
      return FALSE;
    }
  if (!ido_database_run_with_id (database, "DELETE FROM policy_domain WHERE id = ?", domain_id, error))
    return FALSE;
  ido_database_emit_changed (database, "policy_domain");
  return TRUE;
}

/**
 * ido_policy_conversation_is_recent:
 * @last_conversation_on: (nullable): ISO date of the last conversation
 * @today: today's ISO date
 *
 * Returns: whether the conversation was held in the 12 months up to and
 *   including @today (on or after the same day a year earlier)
 */
gboolean
ido_policy_conversation_is_recent (const char *last_conversation_on,
                                   const char *today)
{
  GDate last, now, year_ago;

  if (ido_sql_is_blank (last_conversation_on) || today == NULL ||
      !ido_validate_date (last_conversation_on, IDO_FIELD_DATE, NULL) ||
      !ido_validate_date (today, IDO_FIELD_DATE, NULL))
    return FALSE;
  g_date_clear (&last, 1);
  g_date_clear (&now, 1);
  g_date_set_parse (&last, last_conversation_on);
  g_date_set_parse (&now, today);
  if (!g_date_valid (&last) || !g_date_valid (&now))
    return FALSE;
  year_ago = now;
  g_date_subtract_years (&year_ago, 1);
  return g_date_compare (&last, &year_ago) >= 0 && g_date_compare (&last, &now) <= 0;
}

void
ido_policy_matrix_row_free (IdoPolicyMatrixRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row->last_conversation_on);
  g_free (row->next_conversation_on);
  g_free (row);
}

/* The later of two ISO dates, either may be missing. */
static char *
later_date (const char *a,
            const char *b)
{
  if (ido_sql_is_blank (a))
    return ido_sql_is_blank (b) ? NULL : g_strdup (b);
  if (ido_sql_is_blank (b))
    return g_strdup (a);
  return g_strdup (g_strcmp0 (a, b) >= 0 ? a : b);
}

/**
 * ido_policy_matrix_load:
 * @today: today's ISO date
 *
 * The matrix of every policy domain: contact known (officer name or e-mail),
 * agreement made (agreements written down), conversation in the last 12
 * months (the stored last driehoeksgesprek or a recorded meeting of kind
 * "policy-triangle" about the domain, up to @today).
 *
 * Returns: (transfer full) (element-type IdoPolicyMatrixRow) (nullable): the
 *   rows, in the order of Tabel 1 with the user's own domains after them
 */
GPtrArray *
ido_policy_matrix_load (IdoDatabase  *database,
                        const char   *today,
                        GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_policy_matrix_row_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  stmt = ido_database_prepare (database,
                               "SELECT d.id, d.name, d.code IS NOT NULL,"
                               " trim(d.officer_name) <> '' OR trim(d.officer_email) <> '',"
                               " trim(d.agreements) <> '', d.last_conversation_on, d.next_conversation_on,"
                               " (SELECT max(m.held_on) FROM meeting m WHERE m.kind = 'policy-triangle'"
                               "   AND m.policy_domain_id = d.id AND m.held_on <= ?1),"
                               " (SELECT count(*) FROM policy_domain_link l WHERE l.policy_domain_id = d.id)"
                               " FROM policy_domain d ORDER BY d.position, d.name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoPolicyMatrixRow *row = g_new0 (IdoPolicyMatrixRow, 1);

      row->domain_id = sqlite3_column_int64 (stmt, 0);
      row->name = ido_sql_column_dup (stmt, 1);
      row->preset = sqlite3_column_int (stmt, 2) != 0;
      row->contact_known = sqlite3_column_int (stmt, 3) != 0;
      row->agreement_made = sqlite3_column_int (stmt, 4) != 0;
      row->last_conversation_on = later_date ((const char *) sqlite3_column_text (stmt, 5),
                                              (const char *) sqlite3_column_text (stmt, 7));
      row->next_conversation_on = ido_sql_column_dup (stmt, 6);
      row->recent_conversation = ido_policy_conversation_is_recent (row->last_conversation_on, today);
      row->n_links = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (rows, row);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * ido_policy_matrix_row_count_gaps:
 *
 * Returns: how many of the three cells of @row are empty (0-3)
 */
guint
ido_policy_matrix_row_count_gaps (const IdoPolicyMatrixRow *row)
{
  g_return_val_if_fail (row != NULL, 0);

  return !row->contact_known + !row->agreement_made + !row->recent_conversation;
}

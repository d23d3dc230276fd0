/* ido-network-overview.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-network-overview.h"
#include "ido-partner.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

/* Names lists stop here; the counts say how many there are in all. */
#define MAX_NAMES 5
#define MAX_NOT_REACHED 10

/* ?1 is today. */
#define REACHED_SQL \
  "(EXISTS (SELECT 1 FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id" \
  "   WHERE mp.partner_id = p.id AND mp.attended AND m.held_on <= ?1" \
  "   AND m.held_on > date (?1, '-12 months'))" \
  " OR EXISTS (SELECT 1 FROM referral_agreement r WHERE r.partner_id = p.id" \
  "   AND (r.agreed_on IS NULL OR r.agreed_on <= ?1)" \
  "   AND (r.review_on IS NULL OR r.review_on > date (?1, '-12 months'))))"

static void
sector_count_free (gpointer data)
{
  IdoSectorCount *count = data;

  g_free (count->sector);
  g_free (count);
}

static void
block_partners_free (gpointer data)
{
  IdoBlockPartners *entry = data;

  g_ptr_array_unref (entry->partners);
  g_free (entry);
}

void
ido_network_overview_free (IdoNetworkOverview *overview)
{
  if (overview == NULL)
    return;
  g_free (overview->today);
  g_ptr_array_unref (overview->per_sector);
  g_ptr_array_unref (overview->not_reached);
  g_ptr_array_unref (overview->blocks);
  g_ptr_array_unref (overview->without_agreement);
  g_ptr_array_unref (overview->review_due);
  g_ptr_array_unref (overview->desks_untrained);
  g_ptr_array_unref (overview->actions_overdue);
  g_free (overview);
}

static IdoNetworkOverview *
overview_new (const char *today)
{
  IdoNetworkOverview *overview = g_new0 (IdoNetworkOverview, 1);

  overview->today = g_strdup (today);
  overview->per_sector = g_ptr_array_new_with_free_func (sector_count_free);
  overview->not_reached = g_ptr_array_new_with_free_func (g_free);
  overview->blocks = g_ptr_array_new_with_free_func (block_partners_free);
  overview->without_agreement = g_ptr_array_new_with_free_func (g_free);
  overview->review_due = g_ptr_array_new_with_free_func (g_free);
  overview->desks_untrained = g_ptr_array_new_with_free_func (g_free);
  overview->actions_overdue = g_ptr_array_new_with_free_func (g_free);
  return overview;
}

static sqlite3_stmt *
prepare_today (IdoDatabase  *database,
               const char   *sql,
               const char   *today,
               GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);

  if (stmt != NULL && sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* Runs a query whose one row holds the counts, into @fields in order. */
static gboolean
read_counts (IdoDatabase  *database,
             const char   *sql,
             const char   *today,
             guint       **fields,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_today (database, sql, today, error);
  gboolean has_row = FALSE;

  if (stmt == NULL || !ido_database_step (database, stmt, &has_row, error) || !has_row)
    return FALSE;
  for (int i = 0; fields[i] != NULL; i++)
    *fields[i] = (guint) sqlite3_column_int64 (stmt, i);
  return TRUE;
}

/* Runs a query returning text in column 0, adding at most @max rows. */
static gboolean
read_names (IdoDatabase  *database,
            const char   *sql,
            const char   *today,
            GPtrArray    *names,
            guint         max,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_today (database, sql, today, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (names->len < max)
    {
      if (!ido_database_step (database, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (names, ido_sql_column_dup (stmt, 0));
    }
  return TRUE;
}

static gboolean
read_partner_counts (IdoDatabase         *database,
                     IdoNetworkOverview  *overview,
                     GError             **error)
{
  guint *fields[] = {
    &overview->n_partners, &overview->n_active, &overview->n_referrer, &overview->n_support,
    &overview->n_both, &overview->n_local, &overview->n_national, &overview->n_reached,
    &overview->n_without_agreement, NULL
  };

  if (!read_counts (database,
                    "SELECT count(*), total (active), total (active AND kind = 'referrer'),"
                    " total (active AND kind = 'support'), total (active AND kind = 'both'),"
                    " total (active AND scope = 'local'), total (active AND scope = 'national'),"
                    " total (active AND " REACHED_SQL "),"
                    " total (active AND NOT EXISTS (SELECT 1 FROM referral_agreement r WHERE r.partner_id = p.id))"
                    " FROM partner p",
                    overview->today, fields, error))
    return FALSE;
  overview->n_ended = overview->n_partners - overview->n_active;
  overview->n_not_reached = overview->n_active - overview->n_reached;
  return TRUE;
}

static gboolean
read_sectors (IdoDatabase         *database,
              IdoNetworkOverview  *overview,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = ido_database_prepare (database,
                               "SELECT trim (sector), count(*) FROM partner WHERE active GROUP BY trim (sector)"
                               " ORDER BY count(*) DESC, trim (sector) = '', trim (sector) COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      IdoSectorCount *count = g_new0 (IdoSectorCount, 1);

      count->sector = ido_sql_column_dup (stmt, 0);
      count->count = (guint) sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (overview->per_sector, count);
    }
  return ok;
}

static gboolean
read_blocks (IdoDatabase         *database,
             IdoNetworkOverview  *overview,
             GError             **error)
{
  const char * const *blocks = ido_building_blocks ();

  for (guint i = 0; blocks[i] != NULL; i++)
    {
      IdoBlockPartners *entry = g_new0 (IdoBlockPartners, 1);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;
  gboolean ok;

      entry->block = blocks[i];
      entry->partners = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (overview->blocks, entry);
      stmt = ido_database_prepare (database,
                                   "SELECT p.name FROM partner_building_block b JOIN partner p ON p.id = b.partner_id"
                                   " WHERE b.block = ? AND p.active ORDER BY p.name COLLATE NOCASE",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, blocks[i], -1, SQLITE_STATIC);
      while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
        g_ptr_array_add (entry->partners, ido_sql_column_dup (stmt, 0));
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Agreements of ended partners no longer need a review. */
#define LIVE_AGREEMENTS \
  " FROM referral_agreement r LEFT JOIN partner p ON p.id = r.partner_id" \
  " LEFT JOIN desk d ON d.id = r.desk_id" \
  " WHERE (r.partner_id IS NULL OR p.active) AND r.review_on IS NOT NULL"

static gboolean
read_attention (IdoDatabase         *database,
                IdoNetworkOverview  *overview,
                GError             **error)
{
  guint *review_fields[] = { &overview->n_review_due, &overview->n_review_overdue, NULL };
  guint *desk_fields[] = { &overview->n_desks, &overview->n_desks_untrained, NULL };
  guint *action_fields[] = { &overview->n_actions_open, &overview->n_actions_overdue, NULL };
  const char *today = overview->today;

  return read_counts (database,
                      "SELECT total (r.review_on <= date (?1, '+1 month')), total (r.review_on < ?1)"
                      LIVE_AGREEMENTS,
                      today, review_fields, error) &&
         read_names (database,
                     "SELECT coalesce (p.name, d.name, 'IDO')" LIVE_AGREEMENTS
                     " AND r.review_on <= date (?1, '+1 month') ORDER BY r.review_on, r.id",
                     today, overview->review_due, MAX_NAMES, error) &&
         read_names (database,
                     "SELECT p.name FROM partner p WHERE p.active"
                     " AND NOT EXISTS (SELECT 1 FROM referral_agreement r WHERE r.partner_id = p.id)"
                     " ORDER BY p.name COLLATE NOCASE",
                     today, overview->without_agreement, MAX_NAMES, error) &&
         read_counts (database,
                      "SELECT count(*), total (last IS NULL OR last < date (?1, '-2 years')) FROM"
                      " (SELECT (SELECT max (t.held_on) FROM training_desk td JOIN training t"
                      "   ON t.id = td.training_id WHERE td.desk_id = d.id) AS last FROM desk d)",
                      today, desk_fields, error) &&
         read_names (database,
                     "SELECT name FROM (SELECT d.name, (SELECT max (t.held_on) FROM training_desk td"
                     "   JOIN training t ON t.id = td.training_id WHERE td.desk_id = d.id) AS last FROM desk d)"
                     " WHERE last IS NULL OR last < date (?1, '-2 years')"
                     " ORDER BY last IS NOT NULL, last, name COLLATE NOCASE",
                     today, overview->desks_untrained, MAX_NAMES, error) &&
         read_counts (database,
                      "SELECT count(*), total (due_on < ?1) FROM action_item"
                      " WHERE done_on IS NULL AND role IN ('network', 'referrer')",
                      today, action_fields, error) &&
         read_names (database,
                     "SELECT description FROM action_item WHERE done_on IS NULL"
                     " AND role IN ('network', 'referrer') AND due_on < ?1 ORDER BY due_on, id",
                     today, overview->actions_overdue, MAX_NAMES, error);
}

/**
 * ido_network_overview_compute_attention:
 * @today: (nullable): the ISO date to count from, %NULL for today
 *
 * Only what needs attention (the n_without_agreement ... actions_overdue
 * fields), cheap enough for the start of the application.
 *
 * Returns: (transfer full) (nullable): the overview, other counts left 0
 */
IdoNetworkOverview *
ido_network_overview_compute_attention (IdoDatabase  *database,
                                        const char   *today,
                                        GError      **error)
{
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autofree char *real_today = NULL;
  guint *fields[] = { NULL, NULL };

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (today == NULL)
    today = real_today = ido_today_iso ();
  overview = overview_new (today);
  fields[0] = &overview->n_without_agreement;
  if (!read_counts (database,
                    "SELECT total (active AND NOT EXISTS (SELECT 1 FROM referral_agreement r"
                    " WHERE r.partner_id = p.id)) FROM partner p",
                    today, fields, error) ||
      !read_attention (database, overview, error))
    return NULL;
  return g_steal_pointer (&overview);
}

/**
 * ido_network_overview_compute:
 * @today: (nullable): the ISO date to count from, %NULL for today
 *
 * Returns: (transfer full) (nullable): the overview
 */
IdoNetworkOverview *
ido_network_overview_compute (IdoDatabase  *database,
                              const char   *today,
                              GError      **error)
{
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autofree char *real_today = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (today == NULL)
    today = real_today = ido_today_iso ();
  overview = overview_new (today);
  if (!read_partner_counts (database, overview, error) ||
      !read_sectors (database, overview, error) ||
      !read_names (database,
                   "SELECT p.name FROM partner p WHERE p.active AND NOT " REACHED_SQL
                   " ORDER BY p.name COLLATE NOCASE",
                   today, overview->not_reached, MAX_NOT_REACHED, error) ||
      !read_blocks (database, overview, error) ||
      !read_attention (database, overview, error))
    return NULL;
  return g_steal_pointer (&overview);
}

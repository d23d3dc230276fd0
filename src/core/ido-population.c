/* ido-population.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-population.h"
#include "ido-sql-util.h"

void
ido_population_clear (IdoPopulation *population)
{
  g_clear_pointer (&population->source, g_free);
}

static IdoMunicipality *
own_listed_municipality (IdoDatabase *database)
{
  g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (database);

  if (own == NULL || own->code == NULL)
    return NULL;
  return ido_municipality_registry_lookup_code (ido_municipality_registry_get_default (), own->code);
}

static gboolean
lookup_stored (IdoDatabase    *database,
               int             year,
               IdoPopulation  *out,
               gboolean       *found,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT p.inhabitants, p.low_educated_15_75, p.source FROM population p"
                               " JOIN municipality m ON m.id = p.municipality_id"
                               " WHERE m.is_own = 1 AND p.year = ? AND p.inhabitants IS NOT NULL"
                               " ORDER BY m.id LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  *found = has_row;
  if (!has_row)
    return TRUE;
  out->year = year;
  out->inhabitants = sqlite3_column_int64 (stmt, 0);
  out->has_low_educated = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
  out->low_educated_15_75 = sqlite3_column_int64 (stmt, 1);
  out->source = ido_sql_column_dup (stmt, 2);
  return TRUE;
}

/**
 * ido_population_lookup_own:
 * @out: (out caller-allocates): free with ido_population_clear()
 *
 * The inhabitants of the own municipality on 1 January of @year: a figure
 * stored in the dossier (entered, fetched from CBS or from the sample), or
 * else the CBS figure shipped with the app when it is of @year.
 *
 * Returns: %FALSE with %IDO_DB_ERROR_NOT_FOUND when nothing is known
 */
gboolean
ido_population_lookup_own (IdoDatabase    *database,
                           int             year,
                           IdoPopulation  *out,
                           GError        **error)
{
  IdoMunicipality *listed;
  gboolean found = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!lookup_stored (database, year, out, &found, error))
    return FALSE;
  if (found)
    return TRUE;
  listed = own_listed_municipality (database);
  if (listed != NULL && ido_municipality_get_inhabitants_year (listed) == (guint) year &&
      ido_municipality_get_inhabitants (listed) > 0)
    {
      out->year = year;
      out->inhabitants = ido_municipality_get_inhabitants (listed);
      out->from_registry = TRUE;
      out->source = g_strdup_printf (_("CBS, inhabitants on 1 January %d"), year);
      return TRUE;
    }
  g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
               _("The number of inhabitants on 1 January %d is not known; enter it or fetch it from CBS."), year);
  return FALSE;
}

/**
 * ido_population_latest_year_own:
 *
 * Returns: the latest year for which the inhabitants of the own
 *   municipality are known, or 0
 */
int
ido_population_latest_year_own (IdoDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  IdoMunicipality *listed;
  gboolean has_row = FALSE;
  int year = 0;

  g_return_val_if_fail (IDO_IS_DATABASE (database), 0);

  stmt = ido_database_prepare (database,
                               "SELECT max(p.year) FROM population p JOIN municipality m ON m.id = p.municipality_id"
                               " WHERE m.is_own = 1 AND p.inhabitants IS NOT NULL",
                               NULL);
  if (stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row)
    year = sqlite3_column_int (stmt, 0);
  listed = own_listed_municipality (database);
  if (listed != NULL && ido_municipality_get_inhabitants (listed) > 0)
    year = MAX (year, (int) ido_municipality_get_inhabitants_year (listed));
  return year;
}

/**
 * ido_population_store:
 * @source: where the figure comes from, e.g. "CBS StatLine 03759ned"
 *
 * Records the inhabitants of a municipality on 1 January of @year; an
 * education count already stored for that year is kept.
 */
gboolean
ido_population_store (IdoDatabase  *database,
                      gint64        municipality_id,
                      int           year,
                      guint64       inhabitants,
                      const char   *source,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database,
                               "INSERT INTO population (municipality_id, year, inhabitants, source)"
                               " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (municipality_id, year)"
                               " DO UPDATE SET inhabitants = ?3, source = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, (gint64) inhabitants);
  sqlite3_bind_text (stmt, 4, source ? source : "", -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "population");
  return TRUE;
}

/**
 * ido_population_store_by_code:
 * @inhabitants_by_code: (element-type utf8 guint): CBS code to inhabitants,
 *   e.g. from ido_cbs_client_fetch_inhabitants_finish()
 *
 * Stores the figures of the municipalities the dossier knows by CBS code,
 * in one transaction.
 *
 * Returns: how many municipalities were updated; 0 with @error on failure
 */
guint
ido_population_store_by_code (IdoDatabase  *database,
                              int           year,
                              GHashTable   *inhabitants_by_code,
                              const char   *source,
                              GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  guint stored = 0;

  g_return_val_if_fail (IDO_IS_DATABASE (database), 0);

  stmt = ido_database_prepare (database, "SELECT id, code FROM municipality WHERE code IS NOT NULL", error);
  if (stmt == NULL)
    return 0;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (codes, ido_sql_column_dup (stmt, 1));
    }
  if (has_row || !ido_database_begin (database, error))
    return 0;
  for (guint i = 0; i < ids->len; i++)
    {
      gpointer value;

      if (!g_hash_table_lookup_extended (inhabitants_by_code, g_ptr_array_index (codes, i), NULL, &value))
        continue;
      if (!ido_population_store (database, g_array_index (ids, gint64, i), year, GPOINTER_TO_UINT (value),
                                 source, error))
        {
          ido_database_rollback (database);
          return 0;
        }
      stored++;
    }
  if (!ido_database_commit (database, error))
    return 0;
  return stored;
}

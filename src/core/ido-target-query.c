/* ido-target-query.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-sql-util.h"
#include "ido-target-query.h"

typedef struct
{
  IdoTargetSpec spec;
  char         *period;
  char         *baseline_period;
  char         *category;
  char         *source;
  gint64        indicator_id;
} StoredTarget;

static void
stored_target_clear (StoredTarget *t)
{
  g_free (t->period);
  g_free (t->baseline_period);
  g_free (t->category);
  g_free (t->source);
}

static IdoAggregation
aggregation_from_string (const char *text)
{
  if (g_strcmp0 (text, "average") == 0)
    return IDO_AGGREGATION_AVERAGE;
  if (g_strcmp0 (text, "latest") == 0)
    return IDO_AGGREGATION_LATEST;
  return IDO_AGGREGATION_SUM;
}

static IdoTargetDirection
direction_from_string (const char *text)
{
  if (g_strcmp0 (text, "at-most") == 0)
    return IDO_TARGET_AT_MOST;
  if (g_strcmp0 (text, "growth") == 0)
    return IDO_TARGET_GROWTH;
  return IDO_TARGET_AT_LEAST;
}

static gboolean
load_target (IdoDatabase   *database,
             gint64         target_id,
             StoredTarget  *t,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *unit;

  stmt = ido_database_select_by_id (database,
                                    "SELECT t.period, t.target_value, t.direction, t.baseline_value, t.baseline_period,"
                                    " t.category, t.source, i.aggregation, i.unit, i.id"
                                    " FROM target t JOIN indicator i ON i.id = t.indicator_id WHERE t.id = ?",
                                    target_id,
                                    _("This target no longer exists."),
                                    error);
  if (stmt == NULL)
    return FALSE;
  t->period = ido_sql_column_dup (stmt, 0);
  t->spec.target_value = sqlite3_column_double (stmt, 1);
  t->spec.direction = direction_from_string ((const char *) sqlite3_column_text (stmt, 2));
  t->spec.has_baseline = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  t->spec.baseline_value = sqlite3_column_double (stmt, 3);
  t->baseline_period = ido_sql_column_dup (stmt, 4);
  t->category = ido_sql_column_dup (stmt, 5);
  t->source = ido_sql_column_dup (stmt, 6);
  t->spec.aggregation = aggregation_from_string ((const char *) sqlite3_column_text (stmt, 7));
  unit = (const char *) sqlite3_column_text (stmt, 8);
  t->spec.decimals = g_strcmp0 (unit, "score") == 0 || g_strcmp0 (unit, "percent") == 0 ? 1 : 0;
  t->indicator_id = sqlite3_column_int64 (stmt, 9);
  t->spec.period = t->period;
  t->spec.baseline_period = t->baseline_period;
  return TRUE;
}

/**
 * ido_target_place_key:
 *
 * Returns: (transfer full) (nullable): the place key, or %NULL with @error
 */
char *
ido_target_place_key (IdoDatabase  *database,
                      gint64        target_id,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  /* A target without an explicit municipality is about the own one. */
  stmt = ido_database_prepare (database,
                               "SELECT CASE t.scope"
                               "  WHEN 'library' THEN 'library:' || l.uuid"
                               "  WHEN 'location' THEN 'location:' || o.uuid"
                               "  ELSE coalesce(m.code, 'municipality:' || m.uuid) END"
                               " FROM target t"
                               " LEFT JOIN library l ON l.id = t.library_id"
                               " LEFT JOIN location o ON o.id = t.location_id"
                               " LEFT JOIN municipality m ON m.id = coalesce(t.municipality_id,"
                               "   (SELECT id FROM municipality WHERE is_own = 1 ORDER BY id LIMIT 1))"
                               " WHERE t.id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, target_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return NULL;
  if (!has_row || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
                   _("The target has no place (municipality, library or location)."));
      return NULL;
    }
  return ido_sql_column_dup (stmt, 0);
}

static GArray *
load_values (IdoDatabase   *database,
             gint64         target_id,
             StoredTarget  *t,
             GStringChunk  *strings,
             GError       **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (IdoPeriodValue));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *place = NULL;
  gboolean has_row = FALSE;
  char year[5] = { 0 };

  memcpy (year, t->period, 4);
  if (g_strcmp0 (t->source, "manual") == 0)
    {
      stmt = ido_database_prepare (database,
                                   "SELECT period, value FROM target_manual_value"
                                   " WHERE target_id = ? AND substr(period, 1, 4) = ?",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, target_id);
    }
  else
    {
      place = ido_target_place_key (database, target_id, error);
      if (place == NULL)
        return NULL;
      stmt = ido_database_prepare (database,
                                   "SELECT period, value FROM observation"
                                   " WHERE indicator_id = ?3 AND period >= ?2 AND period < ?2 || 'R'"
                                   " AND place_key = ?1 AND category = ?4",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, place, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, t->indicator_id);
      sqlite3_bind_text (stmt, 4, t->category ? t->category : "", -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_text (stmt, 2, year, -1, SQLITE_TRANSIENT);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoPeriodValue v;

      v.period = g_string_chunk_insert (strings, (const char *) sqlite3_column_text (stmt, 0));
      v.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (values, v);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&values);
}

/**
 * ido_target_evaluate_stored:
 *
 * Returns: (transfer full) (nullable): the evaluation, or %NULL with @error
 */
IdoTargetResult *
ido_target_evaluate_stored (IdoDatabase  *database,
                            gint64        target_id,
                            GError      **error)
{
  StoredTarget t = { 0 };
  g_autoptr(GStringChunk) strings = g_string_chunk_new (64);
  g_autoptr(GArray) values = NULL;
  IdoTargetResult *result = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (load_target (database, target_id, &t, error))
    {
      values = load_values (database, target_id, &t, strings, error);
      if (values != NULL)
        result = ido_target_evaluate (&t.spec, (IdoPeriodValue *) (gpointer) values->data, values->len);
    }
  stored_target_clear (&t);
  return result;
}

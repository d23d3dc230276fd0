/* ido-library-brief.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-library-brief.h"
#include "ido-money.h"
#include "ido-sql-util.h"
#include "ido-target-query.h"
#include "ido-target-store.h"
#include "ido-topic-trend.h"

/* The figures meeting mode shows, in this order. */
static const char * const figure_codes[] = {
  "questions", "visits", "referrals", "helped-share", "satisfaction", NULL
};

static void
figure_free (gpointer data)
{
  IdoBriefFigure *figure = data;

  g_free (figure->code);
  g_free (figure->label);
  g_free (figure->unit);
  g_free (figure);
}

static void
brief_target_free (gpointer data)
{
  IdoBriefTarget *target = data;

  g_free (target->title);
  g_free (target->description);
  g_free (target->explanation);
  g_free (target);
}

void
ido_library_brief_free (IdoLibraryBrief *brief)
{
  if (brief == NULL)
    return;
  g_free (brief->library_name);
  g_free (brief->coordinator_name);
  g_free (brief->place_key);
  g_free (brief->period);
  g_free (brief->previous_period);
  g_clear_pointer (&brief->figures, g_ptr_array_unref);
  g_clear_pointer (&brief->top_topics, g_ptr_array_unref);
  g_clear_pointer (&brief->targets, g_ptr_array_unref);
  g_free (brief);
}

static gboolean
load_library (IdoDatabase       *database,
              IdoLibraryBrief   *brief,
              char             **uuid,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_select_by_id (database, "SELECT name, coordinator_name, uuid FROM library WHERE id = ?",
                                    brief->library_id, _("This library organisation no longer exists."), error);
  if (stmt == NULL)
    return FALSE;
  brief->library_name = ido_sql_column_text (stmt, 0);
  brief->coordinator_name = ido_sql_column_text (stmt, 1);
  *uuid = ido_sql_column_dup (stmt, 2);
  return TRUE;
}

static char *
latest_period (IdoDatabase *database,
               const char  *place_key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT max(o.period) FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                               " WHERE o.place_key = ? AND i.code IN ('questions', 'visits')"
                               " AND o.period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'",
                               NULL);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, place_key);
  if (!ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

/* The library's own figures when the dashboard has them, otherwise those of
 * the own municipality. */
static void
choose_place (IdoDatabase     *database,
              IdoLibraryBrief *brief,
              const char      *library_uuid)
{
  g_autofree char *library_key = g_strdup_printf ("library:%s", library_uuid);
  g_autofree char *period = latest_period (database, library_key);

  if (period == NULL)
    {
      g_autofree char *own_key = ido_topic_trend_own_place_key (database);

      if (own_key != NULL)
        {
          period = latest_period (database, own_key);
          if (period != NULL)
            g_set_str (&library_key, own_key);
        }
    }
  brief->place_key = g_steal_pointer (&library_key);
  brief->period = g_steal_pointer (&period);
  if (brief->period != NULL)
    brief->previous_period = g_strdup_printf ("%04d%s", atoi (brief->period) - 1, brief->period + 4);
}

static gboolean
figure_value (IdoDatabase  *database,
              const char   *place_key,
              const char   *period,
              const char   *code,
              double       *value,
              char        **unit,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT CASE i.aggregation WHEN 'average' THEN avg(o.value) ELSE sum(o.value) END,"
                               " i.unit, count(o.id) FROM indicator i LEFT JOIN observation o"
                               " ON o.indicator_id = i.id AND o.place_key = ?1 AND o.period = ?2"
                               " WHERE i.code = ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, place_key);
  ido_sql_bind_text (stmt, 2, period);
  ido_sql_bind_text (stmt, 3, code);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row || sqlite3_column_int (stmt, 2) == 0)
    return FALSE;
  *value = sqlite3_column_double (stmt, 0);
  if (unit != NULL)
    *unit = ido_sql_column_dup (stmt, 1);
  return TRUE;
}

static void
load_figures (IdoDatabase     *database,
              IdoLibraryBrief *brief)
{
  for (guint i = 0; figure_codes[i] != NULL && brief->period != NULL; i++)
    {
      IdoBriefFigure *figure;
      g_autofree char *unit = NULL;
      double value = 0;

      if (!figure_value (database, brief->place_key, brief->period, figure_codes[i], &value, &unit, NULL))
        continue;
      figure = g_new0 (IdoBriefFigure, 1);
      figure->code = g_strdup (figure_codes[i]);
      figure->label = g_strdup (ido_indicator_get_label_for_code (figure_codes[i], figure_codes[i]));
      figure->unit = g_steal_pointer (&unit);
      figure->value = value;
      figure->has_previous = figure_value (database, brief->place_key, brief->previous_period,
                                           figure_codes[i], &figure->previous, NULL, NULL);
      g_ptr_array_add (brief->figures, figure);
    }
}

static void
load_top_topics (IdoDatabase     *database,
                 IdoLibraryBrief *brief)
{
  g_autoptr(IdoTopicTrend) trend = ido_topic_trend_load (database, brief->place_key, 1, NULL, NULL);

  for (guint i = 0; trend != NULL && i < trend->rows->len && brief->top_topics->len < 3; i++)
    {
      IdoTopicTrendRow *row = g_ptr_array_index (trend->rows, i);
      g_autofree char *share = ido_number_format (row->latest, 1);

      /* Translators: a dashboard topic and its share, e.g. "DigiD (29,1%)" */
      g_ptr_array_add (brief->top_topics, g_strdup_printf (_("%s (%s%%)"), row->topic, share));
    }
}

/* Targets about this library: its own, those of its locations, and those
 * of the municipalities it serves (a target without a municipality is about
 * the own one). */
static gboolean
load_targets (IdoDatabase      *database,
              IdoLibraryBrief  *brief,
              GError          **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!ido_database_collect_ids (database,
                                 "SELECT t.id FROM target t WHERE t.library_id = ?1"
                                 " OR t.location_id IN (SELECT id FROM location WHERE library_id = ?1)"
                                 " OR (t.scope = 'municipality' AND coalesce(t.municipality_id,"
                                 "   (SELECT id FROM municipality WHERE is_own = 1 ORDER BY id LIMIT 1))"
                                 "   IN (SELECT municipality_id FROM library_municipality WHERE library_id = ?1))"
                                 " ORDER BY t.period DESC, t.id",
                                 brief->library_id, ids, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(IdoTarget) target = ido_target_load (database, id, error);
      g_autoptr(IdoTargetResult) result = NULL;
      IdoBriefTarget *entry;

      if (target == NULL)
        return FALSE;
      result = ido_target_evaluate_stored (database, id, NULL);
      entry = g_new0 (IdoBriefTarget, 1);
      entry->target_id = id;
      entry->title = ido_target_dup_title (target);
      entry->description = g_strdup (target->description);
      entry->status = result != NULL ? result->status : IDO_TARGET_STATUS_NO_DATA;
      entry->explanation = g_strdup (result != NULL ? result->explanation : "");
      g_ptr_array_add (brief->targets, entry);
    }
  return TRUE;
}

/**
 * ido_library_brief_load:
 *
 * Returns: (transfer full) (nullable): the figures and targets of the
 *   library; figures are empty when no dashboard data was imported
 */
IdoLibraryBrief *
ido_library_brief_load (IdoDatabase  *database,
                        gint64        library_id,
                        GError      **error)
{
  g_autoptr(IdoLibraryBrief) brief = g_new0 (IdoLibraryBrief, 1);
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  brief->library_id = library_id;
  brief->figures = g_ptr_array_new_with_free_func (figure_free);
  brief->top_topics = g_ptr_array_new_with_free_func (g_free);
  brief->targets = g_ptr_array_new_with_free_func (brief_target_free);
  if (!load_library (database, brief, &uuid, error))
    return NULL;
  choose_place (database, brief, uuid);
  load_figures (database, brief);
  load_top_topics (database, brief);
  if (!load_targets (database, brief, error))
    return NULL;
  return g_steal_pointer (&brief);
}

/* ido-topic-trend.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Topic shares per quarter from the dashboard observations, for the
 * Digitale dienstverlener (§3.5): which questions are about municipal
 * services, and which topics rise.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-sql-util.h"
#include "ido-topic-trend.h"

#define KEYWORDS_META_KEY "topic-trend.municipal-keywords"

/* Parts of dashboard topic names (Dutch, as the dashboard writes them) that
 * mark a question about a municipal service. Users can change the list. */
static const char * const default_keywords[] = {
  "gemeente", "parkeer", "parkeren", "vergunning", "paspoort", "identiteitskaart", "rijbewijs", "verhuiz",
  "afval", "bijstand", "kwijtschelding", "wmo", "energietoeslag", "uittreksel", "omgevingsloket",
  "burgerzaken", NULL
};

/**
 * ido_topic_is_rising:
 * @previous: (array length=n_previous): the shares of the quarters before
 *   the latest, in percent
 * @previous_mean: (out) (optional): their mean
 *
 * Applies @rule (see #IdoRisingRule).
 */
gboolean
ido_topic_is_rising (const IdoRisingRule *rule,
                     const double        *previous,
                     guint                n_previous,
                     double               latest,
                     double              *previous_mean)
{
  double sum = 0;
  double mean;

  g_return_val_if_fail (rule != NULL, FALSE);

  if (previous_mean != NULL)
    *previous_mean = 0;
  if (rule->n_previous == 0 || n_previous < rule->n_previous)
    return FALSE;
  for (guint i = n_previous - rule->n_previous; i < n_previous; i++)
    sum += previous[i];
  mean = sum / rule->n_previous;
  if (previous_mean != NULL)
    *previous_mean = mean;
  /* A small tolerance so that a share exactly on the boundary counts. */
  return latest + 1e-9 >= rule->min_ratio * mean && latest - mean + 1e-9 >= rule->min_increase;
}

/**
 * ido_topic_is_municipal:
 * @keywords: (nullable): parts of topic names, or %NULL for the defaults
 *
 * Returns: whether @topic contains one of @keywords, ignoring case
 */
gboolean
ido_topic_is_municipal (const char         *topic,
                        const char * const *keywords)
{
  g_autofree char *folded = NULL;

  if (topic == NULL)
    return FALSE;
  if (keywords == NULL)
    keywords = default_keywords;
  folded = g_utf8_casefold (topic, -1);
  for (guint i = 0; keywords[i] != NULL; i++)
    {
      g_autofree char *trimmed = NULL;
      g_autofree char *word = NULL;

      if (ido_sql_is_blank (keywords[i]))
        continue;
      trimmed = g_strstrip (g_strdup (keywords[i]));
      word = g_utf8_casefold (trimmed, -1);
      if (strstr (folded, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

const char * const *
ido_topic_trend_get_default_keywords (void)
{
  return default_keywords;
}

/**
 * ido_topic_trend_get_keywords:
 *
 * Returns: (transfer full): the keywords of this dossier, or the defaults
 */
GStrv
ido_topic_trend_get_keywords (IdoDatabase *database)
{
  g_autofree char *stored = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stored = ido_database_get_meta (database, KEYWORDS_META_KEY);
  if (stored == NULL)
    return g_strdupv ((GStrv) default_keywords);
  return g_strsplit (stored, "\n", -1);
}

/**
 * ido_topic_trend_set_keywords:
 * @keywords: (nullable): the new list, or %NULL to go back to the defaults
 */
gboolean
ido_topic_trend_set_keywords (IdoDatabase         *database,
                              const char * const  *keywords,
                              GError             **error)
{
  g_autoptr(GPtrArray) clean = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  for (guint i = 0; keywords != NULL && keywords[i] != NULL; i++)
    {
      if (!ido_sql_is_blank (keywords[i]))
        g_ptr_array_add (clean, g_strstrip (g_strdup (keywords[i])));
    }
  g_ptr_array_add (clean, NULL);
  joined = keywords == NULL ? g_strjoinv ("\n", (GStrv) default_keywords)
                            : g_strjoinv ("\n", (GStrv) clean->pdata);
  if (!ido_database_set_meta (database, KEYWORDS_META_KEY, joined, error))
    return FALSE;
  ido_database_emit_changed (database, "meta");
  return TRUE;
}

/**
 * ido_topic_trend_own_place_key:
 *
 * Returns: (transfer full) (nullable): the observation place key of the own
 *   municipality ("GM0363" or "municipality:<uuid>")
 */
char *
ido_topic_trend_own_place_key (IdoDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT coalesce(code, 'municipality:' || uuid) FROM municipality"
                               " WHERE is_own = 1 ORDER BY id LIMIT 1",
                               NULL);
  if (stmt == NULL || !ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

static void
row_free (gpointer data)
{
  IdoTopicTrendRow *row = data;

  g_free (row->topic);
  g_free (row->shares);
  g_free (row);
}

void
ido_topic_trend_free (IdoTopicTrend *trend)
{
  if (trend == NULL)
    return;
  g_free (trend->place_key);
  g_clear_pointer (&trend->periods, g_ptr_array_unref);
  g_clear_pointer (&trend->rows, g_ptr_array_unref);
  g_free (trend);
}

/* The latest @n_quarters quarters with topic data, oldest first. */
static gboolean
load_periods (IdoDatabase    *database,
              IdoTopicTrend  *trend,
              guint           n_quarters,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT DISTINCT o.period FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                               " WHERE i.code IN ('topic', 'topic-share') AND o.place_key = ?1"
                               " AND o.period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]' ORDER BY o.period DESC LIMIT ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, trend->place_key);
  sqlite3_bind_int (stmt, 2, (int) n_quarters);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_insert (trend->periods, 0, ido_sql_column_dup (stmt, 0));
  return !has_row;
}

static IdoTopicTrendRow *
row_for_topic (IdoTopicTrend *trend,
               GHashTable    *index,
               const char    *topic)
{
  IdoTopicTrendRow *row = g_hash_table_lookup (index, topic);

  if (row == NULL)
    {
      row = g_new0 (IdoTopicTrendRow, 1);
      row->topic = g_strdup (topic);
      row->shares = g_new0 (double, trend->periods->len);
      g_ptr_array_add (trend->rows, row);
      g_hash_table_insert (index, row->topic, row);
    }
  return row;
}

/* Shares per period: the dashboard's own 'topic-share' percentages where a
 * quarter has them, otherwise each 'topic' count over the quarter's total. */
static gboolean
load_shares (IdoDatabase    *database,
             IdoTopicTrend  *trend,
             GError        **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < trend->periods->len; p++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;

      stmt = ido_database_prepare (database,
                                   "WITH q AS (SELECT i.code, o.category, o.value FROM observation o"
                                   "   JOIN indicator i ON i.id = o.indicator_id"
                                   "   WHERE o.place_key = ?1 AND o.period = ?2 AND i.code IN ('topic', 'topic-share')"
                                   "   AND trim(o.category) <> ''),"
                                   " mode AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM q WHERE code = 'topic-share')"
                                   "   THEN 'topic-share' ELSE 'topic' END AS code),"
                                   " total AS (SELECT sum(value) AS n FROM q WHERE code = 'topic')"
                                   " SELECT q.category, CASE WHEN q.code = 'topic-share' THEN q.value"
                                   "   WHEN total.n > 0 THEN 100.0 * q.value / total.n ELSE 0 END"
                                   " FROM q, mode, total WHERE q.code = mode.code",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ido_sql_bind_text (stmt, 1, trend->place_key);
      ido_sql_bind_text (stmt, 2, g_ptr_array_index (trend->periods, p));
      while (ido_database_step (database, stmt, &has_row, error) && has_row)
        {
          IdoTopicTrendRow *row = row_for_topic (trend, index, (const char *) sqlite3_column_text (stmt, 0));

          row->shares[p] = sqlite3_column_double (stmt, 1);
        }
      if (has_row)
        return FALSE;
    }
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const IdoTopicTrendRow *ra = *(IdoTopicTrendRow **) a;
  const IdoTopicTrendRow *rb = *(IdoTopicTrendRow **) b;

  if (ra->latest != rb->latest)
    return ra->latest > rb->latest ? -1 : 1;
  return g_utf8_collate (ra->topic, rb->topic);
}

/**
 * ido_topic_trend_load:
 * @place_key: (nullable): the observation place, or %NULL for the own
 *   municipality
 * @n_quarters: how many of the latest quarters to show (at least the rule's
 *   n_previous + 1 are read for the rule)
 * @rule: (nullable): the rising rule, or %NULL for IDO_RISING_RULE_DEFAULT
 *
 * Returns: (transfer full) (nullable): the topic shares; no periods when the
 *   place has no topic data
 */
IdoTopicTrend *
ido_topic_trend_load (IdoDatabase          *database,
                      const char           *place_key,
                      guint                 n_quarters,
                      const IdoRisingRule  *rule,
                      GError              **error)
{
  g_autoptr(IdoTopicTrend) trend = g_new0 (IdoTopicTrend, 1);
  g_auto(GStrv) keywords = NULL;
  guint n;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  trend->rule = rule != NULL ? *rule : IDO_RISING_RULE_DEFAULT;
  trend->place_key = place_key != NULL ? g_strdup (place_key) : ido_topic_trend_own_place_key (database);
  trend->periods = g_ptr_array_new_with_free_func (g_free);
  trend->rows = g_ptr_array_new_with_free_func (row_free);
  if (trend->place_key == NULL)
    return g_steal_pointer (&trend);
  if (!load_periods (database, trend, MAX (n_quarters, trend->rule.n_previous + 1), error) ||
      !load_shares (database, trend, error))
    return NULL;
  keywords = ido_topic_trend_get_keywords (database);
  n = trend->periods->len;
  for (guint i = 0; i < trend->rows->len && n > 0; i++)
    {
      IdoTopicTrendRow *row = g_ptr_array_index (trend->rows, i);

      row->latest = row->shares[n - 1];
      row->municipal = ido_topic_is_municipal (row->topic, (const char * const *) keywords);
      row->rising = ido_topic_is_rising (&trend->rule, row->shares, n - 1, row->latest, &row->previous_mean);
    }
  g_ptr_array_sort (trend->rows, compare_rows);
  /* Drop the quarters read only for the rule. */
  while (trend->periods->len > MAX (n_quarters, 1))
    {
      for (guint i = 0; i < trend->rows->len; i++)
        {
          IdoTopicTrendRow *row = g_ptr_array_index (trend->rows, i);

          memmove (row->shares, row->shares + 1, sizeof (double) * (trend->periods->len - 1));
        }
      g_ptr_array_remove_index (trend->periods, 0);
    }
  return g_steal_pointer (&trend);
}

guint
ido_topic_trend_count_rising (IdoTopicTrend *trend)
{
  guint n = 0;

  g_return_val_if_fail (trend != NULL, 0);

  for (guint i = 0; i < trend->rows->len; i++)
    n += ((IdoTopicTrendRow *) g_ptr_array_index (trend->rows, i))->rising ? 1 : 0;
  return n;
}

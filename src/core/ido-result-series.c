/* ido-result-series.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dashboard results per quarter for the Overzicht and the role panes. Plain
 * SQL over the observation columns period, place_key, municipality_id,
 * location_id, indicator_id, category and value only.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-municipality-registry.h"
#include "ido-municipality.h"
#include "ido-population.h"
#include "ido-result-series.h"
#include "ido-sql-util.h"

typedef struct
{
  int    quarter;   /* year * 4 + quarter - 1 */
  double value;
} RawValue;

typedef struct
{
  gint64   id;
  gboolean additive;   /* counts that add up over places and categories */
} Indicator;

/**
 * ido_result_period_parse:
 * @year: (out) (optional):
 * @quarter: (out) (optional): 1 to 4
 *
 * Returns: whether @period is a quarter like "2025Q3"
 */
gboolean
ido_result_period_parse (const char *period,
                         int        *year,
                         int        *quarter)
{
  if (period == NULL || strlen (period) != 6 || period[4] != 'Q' || period[5] < '1' || period[5] > '4')
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (period[i]))
        return FALSE;
    }
  if (year != NULL)
    *year = (int) g_ascii_strtoll (period, NULL, 10);
  if (quarter != NULL)
    *quarter = period[5] - '0';
  return TRUE;
}

static int
quarter_index (const char *period)
{
  int year = 0;
  int quarter = 0;

  if (!ido_result_period_parse (period, &year, &quarter))
    return -1;
  return year * 4 + quarter - 1;
}

static char *
quarter_name (int index)
{
  return g_strdup_printf ("%04dQ%d", index / 4, index % 4 + 1);
}

/**
 * ido_result_period_shift:
 *
 * Returns: (transfer full) (nullable): the quarter @quarters after @period
 *   (before it when negative)
 */
char *
ido_result_period_shift (const char *period,
                         int         quarters)
{
  int index = quarter_index (period);

  if (index < 0 || index + quarters < 0)
    return NULL;
  return quarter_name (index + quarters);
}

static void
line_free (gpointer data)
{
  IdoResultLine *line = data;

  if (line == NULL)
    return;
  g_free (line->place_key);
  g_free (line->label);
  g_free (line->values);
  g_free (line);
}

void
ido_result_series_free (IdoResultSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->indicator);
  g_free (series->category);
  g_free (series->unit);
  g_free (series->national);
  g_clear_pointer (&series->periods, g_ptr_array_unref);
  g_clear_pointer (&series->locations, g_ptr_array_unref);
  line_free (series->total);
  g_free (series);
}

static gboolean
load_indicator (IdoDatabase      *database,
                IdoResultSeries  *series,
                Indicator        *indicator,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  const char *aggregation;

  stmt = ido_database_prepare (database, "SELECT id, unit, aggregation FROM indicator WHERE code = ?", error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, series->indicator);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("Unknown indicator “%s”."), series->indicator);
      return FALSE;
    }
  indicator->id = sqlite3_column_int64 (stmt, 0);
  series->unit = ido_sql_column_dup (stmt, 1);
  aggregation = (const char *) sqlite3_column_text (stmt, 2);
  indicator->additive = g_strcmp0 (series->unit, "count") == 0 && g_strcmp0 (aggregation, "sum") == 0;
  series->decimals = g_str_equal (series->unit, "percent") || g_str_equal (series->unit, "score") ? 1 : 0;
  return TRUE;
}

/* The own municipality's id and place key; FALSE without error when the
 * dossier has none yet. */
static gboolean
load_own (IdoDatabase  *database,
          gint64       *id,
          char        **key,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT id, coalesce(code, 'municipality:' || uuid) FROM municipality"
                               " WHERE is_own = 1 ORDER BY id LIMIT 1",
                               error);
  if (stmt == NULL || !ido_database_step (database, stmt, &has_row, error) || !has_row)
    return FALSE;
  *id = sqlite3_column_int64 (stmt, 0);
  *key = ido_sql_column_dup (stmt, 1);
  return TRUE;
}

/* One figure per quarter of a place. Without a category: the row without
 * category when the file gives one, else the sum of the categories for
 * counts (referrals by target add up to all referrals), else nothing. */
static GArray *
read_place (IdoDatabase      *database,
            const Indicator  *indicator,
            const char       *place_key,
            const char       *category,
            GError          **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (RawValue));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT period, CASE WHEN ?3 IS NOT NULL THEN sum(value)"
                               "  WHEN sum(category = '') > 0 THEN sum(CASE WHEN category = '' THEN value END)"
                               "  WHEN ?4 THEN sum(value) END"
                               " FROM observation WHERE indicator_id = ?1 AND place_key = ?2"
                               " AND (?3 IS NULL OR category = ?3)"
                               " AND period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]' GROUP BY period",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator->id);
  ido_sql_bind_text (stmt, 2, place_key);
  ido_sql_bind_text_or_null (stmt, 3, category);
  sqlite3_bind_int (stmt, 4, indicator->additive);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      RawValue raw;

      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        continue;
      raw.quarter = quarter_index ((const char *) sqlite3_column_text (stmt, 0));
      raw.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (values, raw);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&values);
}

static IdoResultLine *
line_new (const char *place_key,
          const char *label,
          gint64      location_id)
{
  IdoResultLine *line = g_new0 (IdoResultLine, 1);

  line->place_key = g_strdup (place_key);
  line->label = g_strdup (label);
  line->location_id = location_id;
  line->latest.index = -1;
  return line;
}

/* The locations of the own municipality with figures, by name; their raw
 * values go to @raws in the same order. */
static gboolean
load_locations (IdoDatabase      *database,
                IdoResultSeries  *series,
                const Indicator  *indicator,
                gint64            own_id,
                GPtrArray        *raws,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT DISTINCT o.place_key, o.location_id, coalesce(l.name, o.place_key)"
                               " FROM observation o LEFT JOIN location l ON l.id = o.location_id"
                               " WHERE o.indicator_id = ?1 AND o.place_key GLOB 'location:*'"
                               " AND (?2 IS NULL OR o.category = ?2)"
                               " AND (o.municipality_id = ?3 OR l.municipality_id = ?3)"
                               " ORDER BY 3 COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator->id);
  ido_sql_bind_text_or_null (stmt, 2, series->category);
  sqlite3_bind_int64 (stmt, 3, own_id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (series->locations,
                     line_new ((const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 2), sqlite3_column_int64 (stmt, 1)));
  if (has_row)
    return FALSE;
  for (guint i = 0; i < series->locations->len; i++)
    {
      IdoResultLine *line = g_ptr_array_index (series->locations, i);
      GArray *raw = read_place (database, indicator, line->place_key, series->category, error);

      if (raw == NULL)
        return FALSE;
      g_ptr_array_add (raws, raw);
    }
  return TRUE;
}

static double *
spread (GArray *raw,
        int     first,
        guint   n)
{
  double *values = g_new (double, MAX (n, 1));

  for (guint i = 0; i < MAX (n, 1); i++)
    values[i] = NAN;
  for (guint i = 0; raw != NULL && i < raw->len; i++)
    {
      RawValue *v = &g_array_index (raw, RawValue, i);

      if (v->quarter >= first && v->quarter < first + (int) n)
        values[v->quarter - first] = v->value;
    }
  return values;
}

static void
compute_latest (IdoResultLine *line,
                guint          n)
{
  IdoResultLatest *latest = &line->latest;

  memset (latest, 0, sizeof *latest);
  latest->index = -1;
  for (int i = (int) n - 1; i >= 0; i--)
    {
      if (isnan (line->values[i]))
        continue;
      latest->index = i;
      latest->value = line->values[i];
      latest->has_previous = i >= 1 && !isnan (line->values[i - 1]);
      latest->previous = latest->has_previous ? line->values[i - 1] : 0;
      latest->has_year_ago = i >= 4 && !isnan (line->values[i - 4]);
      latest->year_ago = latest->has_year_ago ? line->values[i - 4] : 0;
      return;
    }
}

static guint64
registry_inhabitants (void)
{
  GListModel *model = G_LIST_MODEL (ido_municipality_registry_get_default ());
  guint64 total = 0;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IdoMunicipality) municipality = g_list_model_get_item (model, i);

      total += ido_municipality_get_inhabitants (municipality);
    }
  return total;
}

/* The own inhabitants in @year, else in the latest year known; 0 when the
 * dossier has none. */
static guint64
own_inhabitants (IdoDatabase *database,
                 int          year)
{
  IdoPopulation population = { 0 };
  guint64 inhabitants = 0;

  if (!ido_population_lookup_own (database, year, &population, NULL))
    {
      int latest = ido_population_latest_year_own (database);

      if (latest <= 0 || !ido_population_lookup_own (database, latest, &population, NULL))
        return 0;
    }
  inhabitants = population.inhabitants;
  ido_population_clear (&population);
  return inhabitants;
}

static void
fill_national (IdoDatabase            *database,
               IdoResultSeries        *series,
               GArray                 *raw,
               const Indicator        *indicator,
               int                     first,
               const IdoResultOptions *options)
{
  guint n = series->periods->len;
  guint64 country;

  series->national = spread (raw, first, n);
  if (raw->len == 0)
    return;
  if (g_str_equal (series->unit, "percent") || g_str_equal (series->unit, "score"))
    {
      series->national_kind = IDO_RESULT_NATIONAL_VALUE;
      return;
    }
  country = options->national_inhabitants > 0 ? options->national_inhabitants : registry_inhabitants ();
  if (!indicator->additive || country == 0)
    {
      for (guint i = 0; i < n; i++)
        series->national[i] = NAN;
      return;
    }
  series->national_kind = IDO_RESULT_NATIONAL_SCALED;
  for (guint i = 0; i < n; i++)
    {
      guint64 own = isnan (series->national[i]) ? 0 : own_inhabitants (database, (first + (int) i) / 4);

      series->national[i] = own > 0 ? series->national[i] * (double) own / (double) country : NAN;
    }
}

/* Keeps the latest @n quarters. */
static void
trim (IdoResultSeries *series,
      guint            n)
{
  guint drop;

  if (n == 0 || series->periods->len <= n)
    return;
  drop = series->periods->len - n;
  g_ptr_array_remove_range (series->periods, 0, drop);
  memmove (series->national, series->national + drop, sizeof (double) * n);
  for (int i = -1; i < (int) series->locations->len; i++)
    {
      IdoResultLine *line = i < 0 ? series->total : g_ptr_array_index (series->locations, i);

      memmove (line->values, line->values + drop, sizeof (double) * n);
      line->latest.index = line->latest.index >= (int) drop ? line->latest.index - (int) drop : -1;
    }
}

static void
quarter_range (GArray *raw,
               int    *first,
               int    *last)
{
  for (guint i = 0; i < raw->len; i++)
    {
      int q = g_array_index (raw, RawValue, i).quarter;

      *first = *first < 0 ? q : MIN (*first, q);
      *last = MAX (*last, q);
    }
}

/* Fills the series from the raw values; a quarter without a municipal
 * figure gets the sum of its locations for counts. */
static void
build_lines (IdoDatabase            *database,
             IdoResultSeries        *series,
             const Indicator        *indicator,
             GArray                 *total_raw,
             GPtrArray              *location_raws,
             GArray                 *national_raw,
             const IdoResultOptions *options)
{
  int first = -1;
  int last = -1;
  guint n;

  quarter_range (total_raw, &first, &last);
  for (guint i = 0; i < location_raws->len; i++)
    quarter_range (g_ptr_array_index (location_raws, i), &first, &last);
  n = first < 0 ? 0 : (guint) (last - first + 1);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (series->periods, quarter_name (first + (int) i));
  series->total->values = spread (total_raw, first, n);
  for (guint l = 0; l < series->locations->len; l++)
    {
      IdoResultLine *line = g_ptr_array_index (series->locations, l);

      line->values = spread (g_ptr_array_index (location_raws, l), first, n);
      compute_latest (line, n);
    }
  for (guint i = 0; i < n && indicator->additive; i++)
    {
      gboolean own_figure = FALSE;

      for (guint r = 0; r < total_raw->len; r++)
        own_figure = own_figure || g_array_index (total_raw, RawValue, r).quarter == first + (int) i;
      for (guint l = 0; l < series->locations->len && !own_figure; l++)
        {
          IdoResultLine *line = g_ptr_array_index (series->locations, l);

          if (isnan (line->values[i]))
            continue;
          series->total->values[i] = (isnan (series->total->values[i]) ? 0 : series->total->values[i]) +
                                     line->values[i];
        }
    }
  compute_latest (series->total, n);
  fill_national (database, series, national_raw, indicator, first, options);
  trim (series, options->n_quarters);
}

/**
 * ido_result_series_load:
 * @indicator: an indicator code, e.g. "questions"
 * @category: (nullable): one category, or %NULL for all together
 * @options: (nullable): how many quarters; %NULL for all
 *
 * Returns: (transfer full) (nullable): the series; no periods when the own
 *   municipality and its locations have no figures
 */
IdoResultSeries *
ido_result_series_load (IdoDatabase             *database,
                        const char              *indicator,
                        const char              *category,
                        const IdoResultOptions  *options,
                        GError                 **error)
{
  g_autoptr(IdoResultSeries) series = g_new0 (IdoResultSeries, 1);
  g_autoptr(GPtrArray) location_raws = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) total_raw = NULL;
  g_autoptr(GArray) national_raw = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *own_key = NULL;
  IdoResultOptions defaults = { 0 };
  Indicator info = { 0 };
  gint64 own_id = 0;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  series->indicator = g_strdup (indicator);
  series->category = g_strdup (category);
  series->periods = g_ptr_array_new_with_free_func (g_free);
  series->locations = g_ptr_array_new_with_free_func (line_free);
  if (!load_indicator (database, series, &info, error))
    return NULL;
  if (!load_own (database, &own_id, &own_key, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      own_key = g_strdup ("");
    }
  series->total = line_new (own_key, NULL, 0);
  if (!(total_raw = read_place (database, &info, own_key, category, error)) ||
      !load_locations (database, series, &info, own_id, location_raws, error) ||
      !(national_raw = read_place (database, &info, "national", category, error)))
    return NULL;
  build_lines (database, series, &info, total_raw, location_raws, national_raw, options ? options : &defaults);
  return g_steal_pointer (&series);
}

gboolean
ido_result_series_is_empty (IdoResultSeries *series)
{
  g_return_val_if_fail (series != NULL, TRUE);

  return series->periods->len == 0;
}

/**
 * ido_result_series_find_location:
 *
 * Returns: (transfer none) (nullable): the line of that location
 */
IdoResultLine *
ido_result_series_find_location (IdoResultSeries *series,
                                 gint64           location_id)
{
  g_return_val_if_fail (series != NULL, NULL);

  for (guint i = 0; i < series->locations->len; i++)
    {
      IdoResultLine *line = g_ptr_array_index (series->locations, i);

      if (line->location_id == location_id)
        return line;
    }
  return NULL;
}

/**
 * ido_result_series_national_for:
 * @line: the total or a location of @series
 *
 * Returns: (transfer none) (nullable): the national comparison for @line
 *   per period, or %NULL when there is none (a scaled count has no meaning
 *   for a single location)
 */
const double *
ido_result_series_national_for (IdoResultSeries *series,
                                IdoResultLine   *line)
{
  g_return_val_if_fail (series != NULL, NULL);

  if (series->national_kind == IDO_RESULT_NATIONAL_NONE || line == NULL)
    return NULL;
  if (line != series->total && series->national_kind != IDO_RESULT_NATIONAL_VALUE)
    return NULL;
  return series->national;
}

/**
 * ido_result_series_list_categories:
 *
 * Returns: (transfer full) (nullable): the categories of @indicator the own
 *   municipality has figures for, sorted
 */
GStrv
ido_result_series_list_categories (IdoDatabase  *database,
                                   const char   *indicator,
                                   GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT DISTINCT o.category FROM observation o"
                               " JOIN municipality m ON m.is_own = 1"
                               " AND o.place_key = coalesce(m.code, 'municipality:' || m.uuid)"
                               " WHERE o.indicator_id = (SELECT id FROM indicator WHERE code = ?1)"
                               " AND o.category <> '' ORDER BY o.category COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, indicator);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (has_row)
    return NULL;
  return g_strv_builder_end (builder);
}

/**
 * ido_result_has_observations:
 *
 * Returns: whether any dashboard figure per quarter was imported
 */
gboolean
ido_result_has_observations (IdoDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database,
                               "SELECT 1 FROM observation WHERE period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]' LIMIT 1",
                               NULL);
  return stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row;
}

/**
 * ido_result_quarter_target:
 * @period: a quarter, e.g. "2025Q3"
 * @target: (out): what that quarter should reach
 *
 * The own municipality's performance target for @indicator in @period, per
 * quarter: a target for the quarter itself, else the year's target spread
 * evenly over four quarters for counts (the year's value for shares and
 * scores). A growth target counts from its baseline.
 *
 * Returns: whether there is such a target; %FALSE without @error when not
 */
gboolean
ido_result_quarter_target (IdoDatabase  *database,
                           const char   *indicator,
                           const char   *period,
                           double       *target,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  double value;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (ido_result_period_parse (period, NULL, NULL), FALSE);

  stmt = ido_database_prepare (database,
                               "SELECT t.target_value, t.direction, t.baseline_value,"
                               " length(t.period) = 4 AND i.aggregation = 'sum'"
                               " FROM target t JOIN indicator i ON i.id = t.indicator_id"
                               " WHERE i.code = ?1 AND t.category = '' AND t.scope = 'municipality'"
                               " AND (t.municipality_id IS NULL OR t.municipality_id ="
                               "   (SELECT id FROM municipality WHERE is_own = 1 ORDER BY id LIMIT 1))"
                               " AND t.period IN (?2, substr(?2, 1, 4))"
                               " ORDER BY length(t.period) DESC, t.id LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, indicator);
  ido_sql_bind_text (stmt, 2, period);
  if (!ido_database_step (database, stmt, &has_row, error) || !has_row)
    return FALSE;
  value = sqlite3_column_double (stmt, 0);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "growth") == 0)
    value = sqlite3_column_double (stmt, 2) * (1 + value / 100);
  if (sqlite3_column_int (stmt, 3))
    value /= 4;
  *target = value;
  return TRUE;
}

/* ido-report-common.c: formatting, facts and blocks shared by the reports
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-location.h"
#include "ido-money.h"
#include "ido-population.h"
#include "ido-report-private.h"
#include "ido-sql-util.h"
#include "ido-target-query.h"
#include "ido-target-store.h"
#include "ido-validate.h"

char *
ido_report_format_count (double value)
{
  return ido_number_format (value, 0);
}

/* A value in its indicator's unit: "87,5%", "7,8", "1.234". */
char *
ido_report_format_value (double      value,
                         const char *unit)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
  if (g_strcmp0 (unit, "percent") == 0)
    {
      number = ido_number_format (value, 1);
      return g_strdup_printf ("%s%%", number);
    }
  if (g_strcmp0 (unit, "score") == 0)
    return ido_number_format (value, 1);
  if (g_strcmp0 (unit, "hours") == 0)
    {
      number = ido_number_format (value, fabs (value - round (value)) > 1e-9 ? 1 : 0);
      /* Translators: hours per week, e.g. "24 hours" */
      return g_strdup_printf (_("%s hours"), number);
    }
  return ido_number_format (value, fabs (value - round (value)) > 1e-9 ? 1 : 0);
}

/* dd-mm-jjjj: what Dutch readers expect on paper. */
char *
ido_report_format_date (const char *iso)
{
  char *user;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("–");
  user = ido_date_to_user (iso);
  return user != NULL ? user : g_strdup (iso);
}

/* "29 November 2026", with the month in the user's language. */
char *
ido_report_format_long_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int y = 0, m = 0, d = 0;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup (iso != NULL ? iso : "");
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (date == NULL)
    return g_strdup (iso);
  return g_date_time_format (date, "%-d %B %Y");
}

/* "2025Q3" -> "Q3 2025"; a year stays a year. */
char *
ido_report_format_period (const char *period)
{
  if (period == NULL)
    return g_strdup ("");
  if (strlen (period) == 6 && period[4] == 'Q')
    /* Translators: a quarter: %c is its number (1-4), %.4s the year */
    return g_strdup_printf (_("Q%c %.4s"), period[5], period);
  return g_strdup (period);
}

/* "42,5%" of @whole, or "–" when there is no whole. */
char *
ido_report_format_percent (gint64 part,
                           gint64 whole)
{
  g_autofree char *number = NULL;

  if (whole <= 0)
    return g_strdup ("–");
  number = ido_number_format ((double) part * 100.0 / (double) whole, 1);
  return g_strdup_printf ("%s%%", number);
}

/* The value per quarter of @year (NAN where missing); FALSE without any.
 * Only the total of an indicator counts (no category). */
gboolean
ido_report_indicator_values (IdoReportContext *ctx,
                             const char       *place_key,
                             const char       *indicator,
                             int               year,
                             double            quarters[4])
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *prefix = g_strdup_printf ("%04dQ", year);
  gboolean has_row = FALSE;
  gboolean any = FALSE;

  for (guint q = 0; q < 4; q++)
    quarters[q] = NAN;
  if (place_key == NULL)
    return FALSE;
  stmt = ido_database_prepare (ctx->database,
                               "SELECT o.period, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                               " WHERE o.place_key = ?1 AND i.code = ?2 AND o.category = ''"
                               " AND substr(o.period, 1, 5) = ?3",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, place_key);
  ido_sql_bind_text (stmt, 2, indicator);
  ido_sql_bind_text (stmt, 3, prefix);
  while (ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
    {
      const char *period = (const char *) sqlite3_column_text (stmt, 0);
      int q = period[5] - '1';

      if (q >= 0 && q < 4)
        {
          quarters[q] = sqlite3_column_double (stmt, 1);
          any = TRUE;
        }
    }
  if (any)
    ctx->used_dashboard = TRUE;
  return any;
}

/* The year's figure: its quarters combined the indicator's way (sum or
 * average; the latest for stocks), or a whole-year observation. */
gboolean
ido_report_indicator_year (IdoReportContext *ctx,
                           const char       *place_key,
                           const char       *indicator,
                           int               year,
                           double           *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *year_text = g_strdup_printf ("%04d", year);
  double quarters[4];
  double sum = 0, latest = NAN;
  guint n = 0;
  g_autofree char *aggregation = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database, "SELECT aggregation FROM indicator WHERE code = ?", NULL);
  if (stmt != NULL)
    {
      ido_sql_bind_text (stmt, 1, indicator);
      if (ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
        aggregation = ido_sql_column_dup (stmt, 0);
    }
  g_clear_pointer (&stmt, sqlite3_reset);
  if (ido_report_indicator_values (ctx, place_key, indicator, year, quarters))
    {
      for (guint q = 0; q < 4; q++)
        if (!isnan (quarters[q]))
          {
            sum += quarters[q];
            latest = quarters[q];
            n++;
          }
      if (g_strcmp0 (aggregation, "average") == 0)
        *value = sum / n;
      else if (g_strcmp0 (aggregation, "latest") == 0)
        *value = latest;
      else
        *value = sum;
      return TRUE;
    }
  stmt = ido_database_prepare (ctx->database,
                               "SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                               " WHERE o.place_key = ? AND i.code = ? AND o.category = '' AND o.period = ?",
                               NULL);
  if (stmt == NULL || place_key == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, place_key);
  ido_sql_bind_text (stmt, 2, indicator);
  ido_sql_bind_text (stmt, 3, year_text);
  if (!ido_database_step (ctx->database, stmt, &has_row, NULL) || !has_row)
    return FALSE;
  *value = sqlite3_column_double (stmt, 0);
  ctx->used_dashboard = TRUE;
  return TRUE;
}

/* A count; ?1 is bound to the year as text ("2025"). */
gint64
ido_report_query_int (IdoReportContext *ctx,
                      const char       *sql,
                      int               year)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *year_text = g_strdup_printf ("%04d", year);
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database, sql, NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    ido_sql_bind_text (stmt, 1, year_text);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    ido_sql_bind_text (stmt, 2, ctx->today);
  if (!ido_database_step (ctx->database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/* When the dashboard figures were imported last: the newest batch that was
 * not reverted, else when the observations were stored. */
char *
ido_report_dashboard_import_date (IdoReportContext *ctx)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database,
                               "SELECT coalesce((SELECT max(imported_at) FROM import_batch WHERE reverted_at IS NULL),"
                               " (SELECT max(created_at) FROM observation))",
                               NULL);
  if (stmt == NULL || !ido_database_step (ctx->database, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return NULL;
  return g_strndup ((const char *) sqlite3_column_text (stmt, 0), 10);
}

/* "Bron: ..." for every source the report used. */
void
ido_report_add_sources (IdoReportContext *ctx)
{
  IdoReportDocument *doc = ctx->document;

  ido_report_document_add_subheading (doc, _("Sources"));
  if (ctx->used_dashboard)
    {
      g_autofree char *iso = ido_report_dashboard_import_date (ctx);
      g_autofree char *date = ido_report_format_date (iso);
      /* Translators: KB is the Koninklijke Bibliotheek; the date is when the figures were imported */
      g_autofree char *text = g_strdup_printf (_("Source: Dashboard IDO, KB, imported on %s."), date);

      ido_report_document_add_note (doc, text);
    }
  if (ctx->used_population)
    {
      IdoPopulation population = { 0 };

      if (ido_population_lookup_own (ctx->database, ctx->year, &population, NULL))
        {
          g_autofree char *text = NULL;

          if (population.from_registry || population.source == NULL || *population.source == '\0')
            text = g_strdup_printf (_("Source: CBS, inhabitants on 1 January %d."), population.year);
          else
            text = g_strdup_printf (_("Source of the inhabitants on 1 January %d: %s."),
                                    population.year, population.source);
          ido_report_document_add_note (doc, text);
        }
      ido_population_clear (&population);
    }
  ido_report_document_add_note (doc, _("Source of the other figures: the municipality's own records in IDO Regie "
                                       "(agreements, budget, partners, meetings and actions)."));
}

/* Locations active in the report year, grouped by municipality, the own
 * municipality first; at most @max_rows rows (0: all). The municipality
 * column only appears when there is more than one. */
static gboolean
location_active (IdoLocation *location,
                 int          year)
{
  g_autofree char *first_day = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last_day = g_strdup_printf ("%04d-12-31", year);

  return !((location->active_from != NULL && g_strcmp0 (location->active_from, last_day) > 0) ||
           (location->active_until != NULL && g_strcmp0 (location->active_until, first_day) < 0));
}

static IdoReportTable *
locations_table (IdoReportContext *ctx,
                 gboolean          with_municipality)
{
  IdoReportTable *table = ido_report_document_add_table (ctx->document, with_municipality ? 5 : 4);
  guint c = 0;

  ido_report_table_set_column (table, c++, _("Location"), IDO_REPORT_ALIGN_START, 0.28);
  if (with_municipality)
    ido_report_table_set_column (table, c++, _("Municipality"), IDO_REPORT_ALIGN_START, 0.16);
  ido_report_table_set_column (table, c++, _("Type"), IDO_REPORT_ALIGN_START, 0.20);
  ido_report_table_set_column (table, c++, _("Hours per week"), IDO_REPORT_ALIGN_START, 0.18);
  ido_report_table_set_column (table, c++, _("Consultation hours"), IDO_REPORT_ALIGN_START,
                               with_municipality ? 0.18 : 0.34);
  return table;
}

void
ido_report_add_locations (IdoReportContext *ctx,
                          guint             max_rows)
{
  g_autoptr(GPtrArray) groups = ido_location_list_by_municipality (ctx->database, NULL);
  IdoReportTable *table = NULL;
  guint rows = 0, skipped = 0, n_groups = 0;

  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      IdoLocationGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->locations->len; i++)
        if (location_active (g_ptr_array_index (group->locations, i), ctx->year))
          {
            n_groups++;
            break;
          }
    }
  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      IdoLocationGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->locations->len; i++)
        {
          IdoLocation *location = g_ptr_array_index (group->locations, i);
          g_autofree char *hours = NULL;
          const char *cells[6] = { NULL };
          guint c = 0;

          if (!location_active (location, ctx->year))
            continue;
          if (max_rows > 0 && rows >= max_rows)
            {
              skipped++;
              continue;
            }
          if (table == NULL)
            table = locations_table (ctx, n_groups > 1);
          hours = ido_location_dup_hours_text (location);
          cells[c++] = location->name;
          if (n_groups > 1)
            cells[c++] = group->municipality_name ? group->municipality_name : "–";
          cells[c++] = ido_location_placement_get_label (location->placement);
          cells[c++] = hours;
          cells[c++] = location->consultation_hours;
          ido_report_table_add_rowv (table, IDO_REPORT_ROW_NORMAL, cells);
          rows++;
        }
    }
  if (table == NULL)
    ido_report_document_add_paragraph (ctx->document,
                                       _("No IDO locations are registered for this year. Add them in the "
                                         "Financier pane under Library and locations."));
  if (skipped > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more location.",
                                                            "And %u more locations.", skipped), skipped);

      ido_report_document_add_note (ctx->document, text);
    }
}

static gboolean
target_in_year (const IdoTarget *target,
                int              year)
{
  return target->period != NULL && atoi (target->period) == year;
}

static IdoReportRowStyle
status_row_style (IdoTargetStatus status)
{
  return status == IDO_TARGET_STATUS_BEHIND ? IDO_REPORT_ROW_ATTENTION : IDO_REPORT_ROW_NORMAL;
}

/* Targets of the report year with their actual value and status, the rule
 * behind each status, and (optionally) a chart of actual versus goal. */
void
ido_report_add_targets (IdoReportContext *ctx,
                        int               year,
                        gboolean          with_chart)
{
  g_autoptr(GPtrArray) targets = ido_target_list (ctx->database, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) bullets = g_array_new (FALSE, TRUE, sizeof (IdoReportBullet));
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (g_free);
  IdoReportTable *table = NULL;

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      IdoTarget *target = g_ptr_array_index (targets, i);
      g_autoptr(IdoTargetResult) result = NULL;
      g_autofree char *title = NULL;
      g_autofree char *goal = NULL;
      g_autofree char *actual = NULL;

      if (!target_in_year (target, year))
        continue;
      result = ido_target_evaluate_stored (ctx->database, target->id, NULL);
      if (table == NULL)
        {
          table = ido_report_document_add_table (ctx->document, 4);
          ido_report_table_set_column (table, 0, _("Target"), IDO_REPORT_ALIGN_START, 0.40);
          ido_report_table_set_column (table, 1, _("Goal"), IDO_REPORT_ALIGN_START, 0.26);
          ido_report_table_set_column (table, 2, _("Actual"), IDO_REPORT_ALIGN_END, 0.14);
          ido_report_table_set_column (table, 3, _("Status"), IDO_REPORT_ALIGN_START, 0.20);
        }
      title = ido_target_dup_title (target);
      if (!ido_sql_is_blank (target->description))
        g_set_str (&title, target->description);
      goal = ido_target_dup_goal_text (target);
      if (result != NULL && result->status != IDO_TARGET_STATUS_NO_DATA)
        {
          actual = ido_report_format_value (result->actual, target->indicator_unit);
          if (g_strcmp0 (target->source, "dashboard") == 0)
            ctx->used_dashboard = TRUE;
        }
      else
        actual = g_strdup ("–");
      ido_report_table_add_row (table, result ? status_row_style (result->status) : IDO_REPORT_ROW_NORMAL,
                                title, goal, actual,
                                ido_target_status_get_label (result ? result->status : IDO_TARGET_STATUS_NO_DATA),
                                NULL);
      if (result != NULL)
        {
          IdoReportBullet bullet = { 0 };
          char *label = ido_target_dup_title (target);

          g_ptr_array_add (rules, g_strdup_printf ("%s: %s", title, result->explanation));
          g_ptr_array_add (labels, label);
          bullet.label = label;
          bullet.actual = result->status == IDO_TARGET_STATUS_NO_DATA ? NAN : result->actual;
          bullet.goal = result->goal;
          bullet.forecast = result->periods_with_data < result->periods_total ? result->forecast : NAN;
          bullet.at_most = g_strcmp0 (target->direction, "at-most") == 0;
          bullet.decimals = g_strcmp0 (target->indicator_unit, "count") == 0 ? 0 : 1;
          bullet.unit = g_strcmp0 (target->indicator_unit, "percent") == 0 ? "%" : NULL;
          bullet.status = ido_target_status_get_label (result->status);
          g_array_append_val (bullets, bullet);
        }
    }
  if (table == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No performance targets were agreed for %d. Record them in the "
                                                 "Financier pane with the agreement they belong to."), year);

      ido_report_document_add_paragraph (ctx->document, text);
      return;
    }
  if (with_chart && bullets->len > 0)
    ido_report_add_target_chart (ctx, _("Actual value against each goal"),
                                 (const IdoReportBullet *) (gpointer) bullets->data, bullets->len);
  for (guint i = 0; i < rules->len; i++)
    ido_report_document_add_note (ctx->document, g_ptr_array_index (rules, i));
}

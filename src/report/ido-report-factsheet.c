/* ido-report-factsheet.c: one page about the IDO's in the municipality
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-population.h"
#include "ido-report-private.h"
#include "ido-sql-util.h"

/* Kept to one A4 page: at most this many locations are listed. */
#define FACTSHEET_MAX_LOCATIONS 6

static void
add_location_figures (IdoReportContext *ctx)
{
  static const char active[] = " WHERE (active_from IS NULL OR substr(active_from, 1, 4) <= ?1)"
                               " AND (active_until IS NULL OR substr(active_until, 1, 4) >= ?1)";
  g_autofree char *sql_inside = g_strconcat ("SELECT count(*) FROM location", active,
                                             " AND placement = 'library'", NULL);
  g_autofree char *sql_outside = g_strconcat ("SELECT count(*) FROM location", active,
                                              " AND placement <> 'library'", NULL);
  g_autofree char *sql_hours = g_strconcat ("SELECT CAST(round(coalesce(sum(hours_per_week), 0)) AS INTEGER)"
                                            " FROM location", active, NULL);
  gint64 inside = ido_report_query_int (ctx, sql_inside, ctx->year);
  gint64 outside = ido_report_query_int (ctx, sql_outside, ctx->year);
  gint64 hours = ido_report_query_int (ctx, sql_hours, ctx->year);
  g_autofree char *locations = g_strdup_printf ("%d", (int) (inside + outside));
  g_autofree char *where = g_strdup_printf (_("IDO locations: %d in the library, %d elsewhere"),
                                            (int) inside, (int) outside);
  g_autofree char *hours_text = ido_report_format_count ((double) hours);

  ido_report_document_add_figure (ctx->document, locations, where);
  ido_report_document_add_figure (ctx->document, hours_text, _("hours open per week, together"));
}

static void
add_result_figures (IdoReportContext *ctx)
{
  static const struct {
    const char *code;
    const char *unit;
    const char *label;
  } figures[] = {
    { "questions", "count", N_("questions") },
    { "visits", "count", N_("visits") },
    { "helped-share", "percent", N_("helped satisfactorily") },
    { "satisfaction", "score", N_("average satisfaction (0–10)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *value = NULL;
      double v = 0;

      if (ido_report_indicator_year (ctx, ctx->place_key, figures[i].code, ctx->year, &v))
        value = ido_report_format_value (v, figures[i].unit);
      else
        value = g_strdup ("–");
      ido_report_document_add_figure (ctx->document, value, _(figures[i].label));
    }
}

static void
add_money_figures (IdoReportContext *ctx)
{
  IdoSpukSummary summary = { 0 };
  IdoPopulation population = { 0 };

  if (ido_population_lookup_own (ctx->database, ctx->year, &population, NULL) && population.inhabitants > 0)
    {
      g_autofree char *value = ido_report_format_count ((double) population.inhabitants);
      g_autofree char *label = g_strdup_printf (_("inhabitants on 1 January %d"), population.year);

      ido_report_document_add_figure (ctx->document, value, label);
      ctx->used_population = TRUE;
    }
  ido_population_clear (&population);
  if (ido_budget_load_summary (ctx->database, ctx->year, &summary, NULL))
    {
      g_autofree char *allocation = ido_money_format (summary.allocation);
      g_autofree char *spent = ido_money_format (summary.spent_total);

      if (summary.no_spuk)
        ido_report_document_add_figure (ctx->document, spent, _("spent (gemeentefonds, no SPUK)"));
      else
        {
          ido_report_document_add_figure (ctx->document, allocation,
                                          summary.allocation_is_estimate ? _("SPUK allocation (estimate)")
                                                                         : _("SPUK allocation"));
          ido_report_document_add_figure (ctx->document, spent, _("spent on the IDO's"));
        }
    }
}

static void
add_library (IdoReportContext *ctx)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database,
                               "SELECT l.name, l.coordinator_name, l.coordinator_email, l.coordinator_phone"
                               " FROM library l LEFT JOIN library_municipality lm ON lm.library_id = l.id"
                               " LEFT JOIN municipality m ON m.id = lm.municipality_id AND m.is_own = 1"
                               " ORDER BY m.id IS NULL, l.name LIMIT 1",
                               NULL);
  if (stmt == NULL || !ido_database_step (ctx->database, stmt, &has_row, NULL) || !has_row)
    {
      ido_report_document_add_paragraph (ctx->document, _("No library organisation is registered yet. Add it in "
                                                          "the Financier pane."));
      return;
    }
  {
    g_autoptr(GString) text = g_string_new (NULL);
    const char *name = (const char *) sqlite3_column_text (stmt, 0);
    const char *coordinator = (const char *) sqlite3_column_text (stmt, 1);
    const char *email = (const char *) sqlite3_column_text (stmt, 2);
    const char *phone = (const char *) sqlite3_column_text (stmt, 3);

    g_string_printf (text, _("The IDO's are run by %s."), name);
    if (!ido_sql_is_blank (coordinator))
      {
        g_string_append_c (text, ' ');
        g_string_append_printf (text, _("IDO coordinator: %s"), coordinator);
        if (!ido_sql_is_blank (email))
          g_string_append_printf (text, ", %s", email);
        if (!ido_sql_is_blank (phone))
          g_string_append_printf (text, ", %s", phone);
        g_string_append_c (text, '.');
      }
    ido_report_document_add_paragraph (ctx->document, text->str);
  }
}

static void
add_quarter_chart (IdoReportContext *ctx)
{
  double questions[4];
  const char *labels[4];
  g_auto(GStrv) names = g_new0 (char *, 5);
  g_autofree char *title = NULL;

  if (!ido_report_indicator_values (ctx, ctx->place_key, "questions", ctx->year, questions))
    return;
  for (guint q = 0; q < 4; q++)
    {
      names[q] = g_strdup_printf (_("Q%u %d"), q + 1, ctx->year);
      labels[q] = names[q];
    }
  title = g_strdup_printf (_("Questions per quarter, %d"), ctx->year);
  ido_report_add_series_chart (ctx, 120, title, labels, questions, 4, 0, NULL);
}

gboolean
ido_report_build_factsheet (IdoReportContext  *ctx,
                            GError           **error)
{
  IdoReportDocument *doc = ctx->document;
  g_autofree char *title = g_strdup_printf (_("IDO's in %s"), ctx->municipality ? ctx->municipality
                                                                                 : _("your municipality"));
  g_autofree char *subtitle = g_strdup_printf (_("Informatiepunten Digitale Overheid · factsheet %d"), ctx->year);

  ido_report_document_set_single_page (doc, TRUE);
  ido_report_document_add_title (doc, title, subtitle);
  ido_report_document_add_paragraph (doc, _("At an Informatiepunt Digitale Overheid in the library or nearby, "
                                            "residents get free help with the digital government: DigiD, "
                                            "allowances, taxes, forms and letters."));
  if (ido_report_query_int (ctx, "SELECT (SELECT count(*) FROM location) + (SELECT count(*) FROM observation)",
                            ctx->year) == 0)
    {
      g_autofree char *text = g_strdup_printf (_("There is no data for %d yet. Add the IDO locations in the Financier "
                                                 "pane and import the dashboard figures of the KB; this factsheet "
                                                 "then fills itself."), ctx->year);

      ido_report_document_add_callout (doc, text, TRUE);
    }
  add_location_figures (ctx);
  add_result_figures (ctx);
  add_money_figures (ctx);
  add_library (ctx);
  add_quarter_chart (ctx);
  ido_report_document_add_subheading (doc, _("Locations"));
  ido_report_add_locations (ctx, FACTSHEET_MAX_LOCATIONS);
  ido_report_add_sources (ctx);
  return TRUE;
}

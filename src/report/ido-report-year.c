/* ido-report-year.c: the year report for the alderman (bestuurder)
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ido-action-entry.h"
#include "ido-budget.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-network-overview.h"
#include "ido-report-private.h"
#include "ido-sisa.h"
#include "ido-sql-util.h"
#include "ido-target-store.h"

typedef struct
{
  gboolean       has_budget;
  IdoSpukSummary summary;
  gboolean       has_questions;
  double         questions;
  double         visits;
  gboolean       has_previous;
  double         previous_questions;
  guint          n_locations;
} YearFacts;

static guint
count_locations (IdoReportContext *ctx)
{
  return (guint) ido_report_query_int (ctx,
                                       "SELECT count(*) FROM location"
                                       " WHERE (active_from IS NULL OR substr(active_from, 1, 4) <= ?1)"
                                       " AND (active_until IS NULL OR substr(active_until, 1, 4) >= ?1)",
                                       ctx->year);
}

static void
collect_facts (IdoReportContext *ctx,
               YearFacts        *facts)
{
  facts->has_budget = ido_budget_load_summary (ctx->database, ctx->year, &facts->summary, NULL);
  facts->has_questions = ido_report_indicator_year (ctx, ctx->place_key, "questions", ctx->year, &facts->questions);
  if (!ido_report_indicator_year (ctx, ctx->place_key, "visits", ctx->year, &facts->visits))
    facts->visits = NAN;
  facts->has_previous = ido_report_indicator_year (ctx, ctx->place_key, "questions", ctx->year - 1,
                                                   &facts->previous_questions);
  facts->n_locations = count_locations (ctx);
}

static void
add_summary (IdoReportContext *ctx,
             const YearFacts  *facts)
{
  IdoReportDocument *doc = ctx->document;
  g_autoptr(GString) text = g_string_new (NULL);

  if (!facts->has_budget && !facts->has_questions && facts->n_locations == 0)
    {
      g_autofree char *empty = g_strdup_printf (_("There are no figures for %d yet. Enter the SPUK budget and the "
                                                  "IDO locations in the Financier pane and import the dashboard "
                                                  "figures of the KB; this report then fills itself."), ctx->year);

      ido_report_document_add_callout (doc, empty, TRUE);
      return;
    }
  if (facts->has_budget && !facts->summary.no_spuk)
    {
      g_autofree char *allocation = ido_money_format (facts->summary.allocation);
      g_autofree char *spent = ido_money_format (facts->summary.spent_total);

      ido_report_document_add_figure (doc, allocation, _("SPUK allocation"));
      ido_report_document_add_figure (doc, spent, _("spent"));
    }
  if (facts->has_questions)
    {
      g_autofree char *questions = ido_report_format_count (facts->questions);

      ido_report_document_add_figure (doc, questions, _("questions at the IDO's"));
    }
  if (!isnan (facts->visits))
    {
      g_autofree char *visits = ido_report_format_count (facts->visits);

      ido_report_document_add_figure (doc, visits, _("visits"));
    }
  {
    g_autofree char *locations = g_strdup_printf ("%u", facts->n_locations);

    ido_report_document_add_figure (doc, locations, _("IDO locations"));
  }

  if (facts->has_questions)
    {
      g_autofree char *questions = ido_report_format_count (facts->questions);

      g_string_append_printf (text, _("In %d the IDO's answered %s questions."), ctx->year, questions);
      if (facts->has_previous && facts->previous_questions > 0)
        {
          double change = (facts->questions - facts->previous_questions) * 100.0 / facts->previous_questions;
          g_autofree char *percent = ido_number_format (fabs (change), 1);

          g_string_append_c (text, ' ');
          if (change >= 0)
            g_string_append_printf (text, _("That is %s%% more than in %d."), percent, ctx->year - 1);
          else
            g_string_append_printf (text, _("That is %s%% fewer than in %d."), percent, ctx->year - 1);
        }
    }
  if (facts->has_budget && !facts->summary.no_spuk)
    {
      g_autofree char *allocation = ido_money_format (facts->summary.allocation);
      g_autofree char *spent = ido_money_format (facts->summary.spent_total);
      g_autofree char *share = ido_report_format_percent (facts->summary.spent_total, facts->summary.available);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Of the SPUK allocation of %s (plus what was reserved from the year before) "
                                      "%s was spent, %s of the available money."), allocation, spent, share);
    }
  if (text->len > 0)
    ido_report_document_add_paragraph (doc, text->str);
}

static void
add_reservation_check (IdoReportContext     *ctx,
                       const IdoSpukSummary *summary)
{
  g_autofree char *reserved = ido_money_format (summary->reserved_for_next);
  g_autofree char *max = ido_money_format (summary->max_reservable);
  g_autofree char *limit = ido_money_format (ido_money_percentage (summary->allocation, IDO_SPUK_MAX_RESERVE_PERCENT));
  g_autofree char *text = NULL;
  gboolean attention = FALSE;

  if (summary->reserved_for_next > ido_money_percentage (summary->allocation, IDO_SPUK_MAX_RESERVE_PERCENT))
    {
      text = g_strdup_printf (_("25%% check: the reservation of %s for %d is more than 25%% of the allocation (%s). "
                                "The college may reserve at most that; correct the reservation."),
                              reserved, ctx->year + 1, limit);
      attention = TRUE;
    }
  else
    text = g_strdup_printf (_("25%% check: the reservation of %s for %d stays within the maximum of 25%% of the "
                              "allocation (%s); at most %s could be reserved."),
                            reserved, ctx->year + 1, limit, max);
  ido_report_document_add_callout (ctx->document, text, attention);
  if (summary->to_repay > 0)
    {
      g_autofree char *repay = ido_money_format (summary->to_repay);
      g_autofree char *warning = g_strdup_printf (_("%s is unspent and not reserved: it has to be repaid or is lost."),
                                                  repay);

      ido_report_document_add_callout (ctx->document, warning, TRUE);
    }
  if (summary->overspent > 0)
    {
      g_autofree char *over = ido_money_format (summary->overspent);
      g_autofree char *warning = g_strdup_printf (_("%s was spent beyond the grant and is paid from the municipality's "
                                                    "own funds."), over);

      ido_report_document_add_callout (ctx->document, warning, TRUE);
    }
}

static void
add_category_table (IdoReportContext     *ctx,
                    const IdoSpukSummary *summary)
{
  IdoReportTable *table = ido_report_document_add_table (ctx->document, 3);
  const char *labels[IDO_SPUK_N_CATEGORIES];
  double values[IDO_SPUK_N_CATEGORIES];
  g_autofree char *total = ido_money_format (summary->spent_total);

  ido_report_table_set_column (table, 0, _("Category (art. 5)"), IDO_REPORT_ALIGN_START, 0);
  ido_report_table_set_column (table, 1, _("Spent"), IDO_REPORT_ALIGN_END, 0);
  ido_report_table_set_column (table, 2, _("Share"), IDO_REPORT_ALIGN_END, 0);
  for (guint c = 0; c < IDO_SPUK_N_CATEGORIES; c++)
    {
      g_autofree char *amount = ido_money_format (summary->spent[c]);
      g_autofree char *share = ido_report_format_percent (summary->spent[c], summary->spent_total);

      labels[c] = ido_spuk_category_get_label (c);
      values[c] = (double) summary->spent[c] / 100.0;
      ido_report_table_add_row (table, IDO_REPORT_ROW_NORMAL, labels[c], amount, share, NULL);
    }
  ido_report_table_add_row (table, IDO_REPORT_ROW_TOTAL, _("Total"), total,
                            summary->spent_total > 0 ? "100,0%" : "–", NULL);
  if (summary->spent_total > 0)
    ido_report_add_series_chart (ctx, 130, _("Spent per category (euro)"), labels, values,
                                 IDO_SPUK_N_CATEGORIES, 0, NULL);
}

static void
add_spending_lines (IdoReportContext *ctx)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  IdoReportTable *table = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database,
                               "SELECT s.spent_on, s.description, s.category, s.amount_cents, coalesce(a.title, '')"
                               " FROM spending s JOIN budget_year b ON b.id = s.budget_year_id"
                               " LEFT JOIN agreement a ON a.id = s.agreement_id"
                               " WHERE b.year = ? ORDER BY s.spent_on, s.id",
                               NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int (stmt, 1, ctx->year);
  while (ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
    {
      g_autofree char *date = ido_report_format_date ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *amount = ido_money_format (sqlite3_column_int64 (stmt, 3));
      IdoSpukCategory category = IDO_SPUK_CATEGORY_LIBRARY;

      if (table == NULL)
        {
          ido_report_document_add_subheading (ctx->document, _("Spending lines"));
          table = ido_report_document_add_table (ctx->document, 4);
          ido_report_table_set_column (table, 0, _("Date"), IDO_REPORT_ALIGN_START, 0.14);
          ido_report_table_set_column (table, 1, _("Description"), IDO_REPORT_ALIGN_START, 0.50);
          ido_report_table_set_column (table, 2, _("Category"), IDO_REPORT_ALIGN_START, 0.20);
          ido_report_table_set_column (table, 3, _("Amount"), IDO_REPORT_ALIGN_END, 0.16);
        }
      ido_spuk_category_from_string ((const char *) sqlite3_column_text (stmt, 2), &category, NULL);
      ido_report_table_add_row (table, IDO_REPORT_ROW_NORMAL, date, (const char *) sqlite3_column_text (stmt, 1),
                                ido_spuk_category_get_label (category), amount, NULL);
    }
}

static void
add_budget (IdoReportContext *ctx,
            const YearFacts  *facts)
{
  IdoReportDocument *doc = ctx->document;
  g_autoptr(IdoSisaTable) sisa = NULL;

  ido_report_document_add_heading (doc, _("SPUK budget"));
  if (!facts->has_budget)
    {
      g_autofree char *text = g_strdup_printf (_("No budget was entered for %d. Enter the allocation and the "
                                                 "spending in the Financier pane."), ctx->year);

      ido_report_document_add_paragraph (doc, text);
      return;
    }
  if (facts->summary.no_spuk)
    ido_report_document_add_callout (doc, _("This year is financed through the gemeentefonds (no SPUK): the "
                                            "25% reservation rule does not apply."), FALSE);
  sisa = ido_sisa_table_load (ctx->database, ctx->year, NULL);
  for (guint i = 0; sisa != NULL && i < sisa->rows->len; i++)
    {
      IdoSisaRow *row = g_ptr_array_index (sisa->rows, i);
      g_autofree char *amount = ido_money_format (row->amount);
      g_autofree char *label = NULL;

      if ((row->line == IDO_SISA_LINE_TO_REPAY || row->line == IDO_SISA_LINE_OVERSPENT) && row->amount == 0)
        continue;
      if (row->line == IDO_SISA_LINE_ALLOCATION && facts->summary.allocation_is_estimate)
        label = g_strdup_printf (_("%s (estimate)"), row->label);
      else
        label = g_strdup (row->label);
      ido_report_document_add_key_value (doc, label, amount);
    }
  if (!facts->summary.no_spuk)
    add_reservation_check (ctx, &facts->summary);
  ido_report_document_add_subheading (doc, _("Spending per category"));
  add_category_table (ctx, &facts->summary);
  add_spending_lines (ctx);
}

/* Questions per quarter of the year, after those of the year before. */
static void
add_quarter_chart (IdoReportContext *ctx,
                   const double     *current,
                   const double     *previous)
{
  g_auto(GStrv) names = g_new0 (char *, 9);
  const char *labels[8];
  double values[8];
  g_autofree char *title = NULL;
  guint n = 0;

  for (int y = previous != NULL ? 1 : 0; y >= 0; y--)
    for (guint q = 0; q < 4; q++)
      {
        names[n] = g_strdup_printf (_("Q%u %d"), q + 1, ctx->year - y);
        labels[n] = names[n];
        values[n] = y == 1 ? previous[q] : current[q];
        n++;
      }
  if (previous != NULL)
    title = g_strdup_printf (_("Questions per quarter, %d–%d"), ctx->year - 1, ctx->year);
  else
    title = g_strdup_printf (_("Questions per quarter, %d"), ctx->year);
  ido_report_add_series_chart (ctx, 140, title, labels, values, n, 0, NULL);
}

static void
add_dashboard (IdoReportContext *ctx)
{
  static const char * const codes[] = { "questions", "visits" };
  IdoReportDocument *doc = ctx->document;
  g_auto(GStrv) q_labels = g_new0 (char *, 5);
  double current[2][4], previous[2][4];
  gboolean has[2], has_prev[2];
  IdoReportTable *table;
  double helped = 0, satisfaction = 0;

  ido_report_document_add_heading (doc, _("Dashboard figures"));
  for (guint i = 0; i < 2; i++)
    {
      has[i] = ido_report_indicator_values (ctx, ctx->place_key, codes[i], ctx->year, current[i]);
      has_prev[i] = ido_report_indicator_values (ctx, ctx->place_key, codes[i], ctx->year - 1, previous[i]);
    }
  if (!has[0] && !has[1])
    {
      g_autofree char *text = g_strdup_printf (_("There are no dashboard figures for %d. Import the quarterly "
                                                 "export of the Dashboard IDO to show questions and visits here."),
                                               ctx->year);

      ido_report_document_add_paragraph (doc, text);
      return;
    }
  table = ido_report_document_add_table (doc, 6);
  ido_report_table_set_column (table, 0, _("Figure"), IDO_REPORT_ALIGN_START, 0);
  for (guint q = 0; q < 4; q++)
    {
      q_labels[q] = g_strdup_printf (_("Q%u"), q + 1);
      ido_report_table_set_column (table, q + 1, q_labels[q], IDO_REPORT_ALIGN_END, 0);
    }
  ido_report_table_set_column (table, 5, _("Year"), IDO_REPORT_ALIGN_END, 0);
  for (guint i = 0; i < 2; i++)
    {
      for (int y = 1; y >= 0; y--)
        {
          double *values = y == 0 ? current[i] : previous[i];
          g_autofree char *name = NULL;
          char *cells[7] = { NULL };
          double sum = 0;

          if (!(y == 0 ? has[i] : has_prev[i]))
            continue;
          name = g_strdup_printf ("%s %d", ido_indicator_get_label_for_code (codes[i], codes[i]), ctx->year - y);
          cells[0] = name;
          for (guint q = 0; q < 4; q++)
            {
              cells[q + 1] = ido_report_format_value (values[q], "count");
              sum += isnan (values[q]) ? 0 : values[q];
            }
          cells[5] = ido_report_format_count (sum);
          ido_report_table_add_rowv (table, y == 0 ? IDO_REPORT_ROW_TOTAL : IDO_REPORT_ROW_NORMAL,
                                     (const char * const *) cells);
          for (guint c = 1; c < 6; c++)
            g_free (cells[c]);
        }
    }
  if (has[0])
    add_quarter_chart (ctx, current[0], has_prev[0] ? previous[0] : NULL);
  if (ido_report_indicator_year (ctx, ctx->place_key, "helped-share", ctx->year, &helped))
    {
      g_autofree char *value = ido_report_format_value (helped, "percent");

      ido_report_document_add_key_value (doc, _("Helped satisfactorily (average)"), value);
    }
  if (ido_report_indicator_year (ctx, ctx->place_key, "satisfaction", ctx->year, &satisfaction))
    {
      g_autofree char *value = ido_report_format_value (satisfaction, "score");

      ido_report_document_add_key_value (doc, _("Satisfaction, 0–10 (average)"), value);
    }
}

static void
add_network (IdoReportContext *ctx)
{
  g_autoptr(IdoNetworkOverview) overview = ido_network_overview_compute (ctx->database, ctx->today, NULL);
  IdoReportDocument *doc = ctx->document;
  g_autofree char *partners = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *agreements = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *desks = NULL;
  gint64 n_agreements, n_meetings;

  ido_report_document_add_heading (doc, _("Network"));
  if (overview == NULL || overview->n_partners == 0)
    {
      ido_report_document_add_paragraph (doc, _("No chain partners are registered yet. Add them in the Network "
                                                 "Director pane, with the referral agreements made with them."));
      return;
    }
  n_agreements = ido_report_query_int (ctx, "SELECT count(*) FROM referral_agreement", ctx->year);
  n_meetings = ido_report_query_int (ctx,
                                     "SELECT count(*) FROM meeting WHERE kind IN ('network', 'meet-and-greet',"
                                     " 'presentation') AND substr(held_on, 1, 4) = ?1",
                                     ctx->year);
  partners = g_strdup_printf ("%u", overview->n_active);
  kinds = g_strdup_printf (_("%u refer, %u offer support or courses, %u both"),
                           overview->n_referrer, overview->n_support, overview->n_both);
  agreements = g_strdup_printf (_("%d (%u due for review)"), (int) n_agreements, overview->n_review_due);
  meetings = g_strdup_printf ("%" G_GINT64_FORMAT, n_meetings);
  desks = g_strdup_printf (_("%u (%u without a recent training)"), overview->n_desks, overview->n_desks_untrained);
  ido_report_document_add_key_value (doc, _("Active chain partners"), partners);
  ido_report_document_add_key_value (doc, _("Kind of partner"), kinds);
  ido_report_document_add_key_value (doc, _("Referral agreements"), agreements);
  ido_report_document_add_key_value (doc, _("Network meetings held"), meetings);
  ido_report_document_add_key_value (doc, _("Municipal desks that refer"), desks);
}

static void
add_role_bullet (IdoReportContext *ctx,
                 const char       *text)
{
  if (text != NULL && *text != '\0')
    ido_report_document_add_bullet (ctx->document, text);
}

static char *
first_texts (IdoReportContext *ctx,
             const char       *sql,
             guint             max)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (ctx->database, sql, NULL);
  g_autofree char *year = g_strdup_printf ("%04d", ctx->year);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean has_row = FALSE;
  guint n = 0;

  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, year);
  while (n < max && ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
    {
      if (n++ > 0)
        g_string_append (text, "; ");
      g_string_append (text, (const char *) sqlite3_column_text (stmt, 0));
    }
  return n > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
add_financier_highlights (IdoReportContext *ctx)
{
  g_autofree char *agreements = first_texts (ctx,
                                             "SELECT title FROM agreement WHERE (starts_on IS NULL OR"
                                             " substr(starts_on, 1, 4) <= ?1) AND (ends_on IS NULL OR"
                                             " substr(ends_on, 1, 4) >= ?1) ORDER BY starts_on",
                                             3);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (agreements != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Agreements in force: %s."), agreements);

      add_role_bullet (ctx, text);
    }
  stmt = ido_database_prepare (ctx->database,
                               "SELECT l.name, c.outcome, c.certified_until FROM certification c"
                               " JOIN library l ON l.id = c.library_id ORDER BY c.certified_until DESC LIMIT 1",
                               NULL);
  if (stmt != NULL && ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
    {
      g_autofree char *until = ido_report_format_date ((const char *) sqlite3_column_text (stmt, 2));
      const char *outcome = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *text = NULL;

      if (g_strcmp0 (outcome, "certified") == 0)
        text = g_strdup_printf (_("%s is CBCT certified until %s."), sqlite3_column_text (stmt, 0), until);
      else if (g_strcmp0 (outcome, "conditional") == 0)
        text = g_strdup_printf (_("%s is conditionally CBCT certified until %s."), sqlite3_column_text (stmt, 0),
                                until);
      else
        text = g_strdup_printf (_("%s is not CBCT certified."), sqlite3_column_text (stmt, 0));
      add_role_bullet (ctx, text);
    }
}

static void
add_promotor_highlights (IdoReportContext *ctx)
{
  gint64 n = ido_report_query_int (ctx, "SELECT count(*) FROM promotion WHERE substr(held_on, 1, 4) = ?1", ctx->year);
  gint64 reach = ido_report_query_int (ctx, "SELECT coalesce(sum(reach), 0) FROM promotion"
                                            " WHERE substr(held_on, 1, 4) = ?1", ctx->year);
  g_autofree char *titles = first_texts (ctx, "SELECT title FROM promotion WHERE substr(held_on, 1, 4) = ?1"
                                              " ORDER BY coalesce(reach, 0) DESC", 3);
  g_autofree char *reach_text = ido_report_format_count ((double) reach);
  g_autofree char *text = NULL;

  if (n == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d promotion activity reaching about %s people: %s.",
                                       "%d promotion activities reaching about %s people, among them: %s.", n),
                          (int) n, reach_text, titles);
  add_role_bullet (ctx, text);
}

static void
add_network_highlights (IdoReportContext *ctx)
{
  g_autofree char *meetings = first_texts (ctx, "SELECT title FROM meeting WHERE kind IN ('network',"
                                                " 'meet-and-greet', 'presentation') AND substr(held_on, 1, 4) = ?1"
                                                " ORDER BY held_on", 3);
  gint64 attended = ido_report_query_int (ctx, "SELECT count(DISTINCT mp.partner_id) FROM meeting_partner mp"
                                               " JOIN meeting m ON m.id = mp.meeting_id WHERE mp.attended = 1"
                                               " AND substr(m.held_on, 1, 4) = ?1", ctx->year);
  g_autofree char *text = NULL;

  if (meetings == NULL)
    return;
  text = g_strdup_printf (_("Network meetings: %s; %d partners took part."), meetings, (int) attended);
  add_role_bullet (ctx, text);
}

static void
add_referrer_highlights (IdoReportContext *ctx)
{
  gint64 trainings = ido_report_query_int (ctx, "SELECT count(*) FROM training WHERE substr(held_on, 1, 4) = ?1",
                                           ctx->year);
  gint64 participants = ido_report_query_int (ctx, "SELECT coalesce(sum(participants), 0) FROM training"
                                                   " WHERE substr(held_on, 1, 4) = ?1", ctx->year);
  gint64 referrals = ido_report_query_int (ctx, "SELECT coalesce(sum(referrals), 0) FROM desk_referral_count"
                                                " WHERE substr(period, 1, 4) = ?1", ctx->year);

  if (trainings > 0)
    {
      g_autofree char *text = g_strdup_printf (_("%d training(s) on recognising and warmly referring "
                                                 "residents, %d participants."),
                                               (int) trainings, (int) participants);

      add_role_bullet (ctx, text);
    }
  if (referrals > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Municipal desks referred %d residents to the IDO."),
                                               (int) referrals);

      add_role_bullet (ctx, text);
    }
}

static void
add_service_highlights (IdoReportContext *ctx)
{
  gint64 changes = ido_report_query_int (ctx, "SELECT count(*) FROM service_change WHERE substr(changes_on, 1, 4) = ?1",
                                         ctx->year);
  gint64 informed = ido_report_query_int (ctx, "SELECT count(*) FROM service_change WHERE substr(changes_on, 1, 4) = ?1"
                                               " AND ido_informed_on IS NOT NULL AND ido_informed_on <= changes_on",
                                          ctx->year);
  gint64 signals = ido_report_query_int (ctx, "SELECT count(*) FROM signal WHERE substr(received_on, 1, 4) = ?1",
                                         ctx->year);
  gint64 resolved = ido_report_query_int (ctx, "SELECT count(*) FROM signal WHERE substr(received_on, 1, 4) = ?1"
                                               " AND status = 'resolved'", ctx->year);

  if (changes > 0)
    {
      g_autofree char *text = g_strdup_printf (_("%d change(s) in e-services; the IDO was informed in "
                                                 "advance of %d."), (int) changes, (int) informed);

      add_role_bullet (ctx, text);
    }
  if (signals > 0)
    {
      g_autofree char *text = g_strdup_printf (_("%d signal(s) from the IDO about where residents get "
                                                 "stuck; %d resolved."), (int) signals, (int) resolved);

      add_role_bullet (ctx, text);
    }
}

static void
add_policy_highlights (IdoReportContext *ctx)
{
  g_autofree char *domains = first_texts (ctx, "SELECT name FROM policy_domain"
                                               " WHERE substr(last_conversation_on, 1, 4) = ?1 ORDER BY position", 6);

  if (domains != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Conversations with policy domains: %s."), domains);

      add_role_bullet (ctx, text);
    }
}

/* Per role what happened in the year; a role without news says so. */
static void
add_roles (IdoReportContext *ctx)
{
  static const char * const roles[] = { "financier", "promotor", "network", "referrer", "service", "policy" };
  void (*highlights[]) (IdoReportContext *) = {
    add_financier_highlights, add_promotor_highlights, add_network_highlights,
    add_referrer_highlights, add_service_highlights, add_policy_highlights,
  };

  ido_report_document_add_heading (ctx->document, _("Highlights of the six roles"));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      guint before;

      ido_report_document_add_subheading (ctx->document, ido_action_role_get_label (roles[i]));
      before = ido_report_document_get_n_blocks (ctx->document);
      highlights[i] (ctx);
      if (ido_report_document_get_n_blocks (ctx->document) == before)
        ido_report_document_add_note (ctx->document, _("Nothing recorded for this year."));
    }
}

gboolean
ido_report_build_year (IdoReportContext  *ctx,
                       GError           **error)
{
  IdoReportDocument *doc = ctx->document;
  YearFacts facts = { 0 };
  g_autofree char *title = g_strdup_printf (_("IDO year report %d"), ctx->year);
  g_autofree char *date = ido_report_format_long_date (ctx->today);
  g_autofree char *subtitle = g_strdup_printf (_("%s · for the alderman · %s"),
                                               ctx->municipality ? ctx->municipality : _("Municipality not set"),
                                               date);

  ido_report_document_add_title (doc, title, subtitle);
  collect_facts (ctx, &facts);
  add_summary (ctx, &facts);
  add_budget (ctx, &facts);
  ido_report_document_add_heading (doc, _("Targets versus actuals"));
  ido_report_add_targets (ctx, ctx->year, TRUE);
  add_dashboard (ctx);
  ido_report_document_add_heading (doc, _("Locations and opening hours"));
  ido_report_add_locations (ctx, 0);
  add_network (ctx);
  add_roles (ctx);
  ido_report_add_sources (ctx);
  return TRUE;
}

/* ido-report-meeting.c: the handout for the periodic meeting with the library
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ido-action-list.h"
#include "ido-database.h"
#include "ido-library-brief.h"
#include "ido-meeting.h"
#include "ido-money.h"
#include "ido-report-private.h"
#include "ido-sql-util.h"

/* The meeting asked for; else the first coming meeting with the library in
 * the year; else the year's latest one. */
static gint64
choose_meeting (IdoReportContext *ctx)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *year = g_strdup_printf ("%04d", ctx->year);
  gboolean has_row = FALSE;

  if (ctx->options->meeting_id > 0)
    return ctx->options->meeting_id;
  stmt = ido_database_prepare (ctx->database,
                               "SELECT id FROM meeting WHERE kind = 'library' AND substr(held_on, 1, 4) = ?1"
                               " ORDER BY held_on >= ?2 DESC,"
                               " CASE WHEN held_on >= ?2 THEN held_on END ASC, held_on DESC, id DESC LIMIT 1",
                               NULL);
  if (stmt == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, year);
  ido_sql_bind_text (stmt, 2, ctx->today);
  if (!ido_database_step (ctx->database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/* A library to talk about when the meeting names none: the only one, or the
 * first that serves the own municipality. */
static gint64
default_library (IdoReportContext *ctx)
{
  return ido_report_query_int (ctx,
                               "SELECT l.id FROM library l"
                               " LEFT JOIN library_municipality lm ON lm.library_id = l.id"
                               " LEFT JOIN municipality m ON m.id = lm.municipality_id AND m.is_own = 1"
                               " ORDER BY m.id IS NULL, l.name LIMIT 1",
                               ctx->year);
}

static void
add_meeting_facts (IdoReportContext *ctx,
                   IdoMeeting       *meeting,
                   IdoLibraryBrief  *brief)
{
  IdoReportDocument *doc = ctx->document;
  g_autofree char *date = ido_report_format_long_date (meeting->held_on);

  ido_report_document_add_key_value (doc, _("Date"), date);
  if (!ido_sql_is_blank (meeting->place))
    ido_report_document_add_key_value (doc, _("Place"), meeting->place);
  if (brief != NULL && !ido_sql_is_blank (brief->coordinator_name))
    ido_report_document_add_key_value (doc, _("IDO coordinator"), brief->coordinator_name);
  if (!ido_sql_is_blank (meeting->attendees))
    ido_report_document_add_key_value (doc, _("Attendees"), meeting->attendees);
}

static void
add_agenda (IdoReportContext *ctx,
            IdoMeeting       *meeting)
{
  IdoReportDocument *doc = ctx->document;

  ido_report_document_add_heading (doc, _("Agenda"));
  if (meeting->agenda == NULL || meeting->agenda->len == 0)
    {
      ido_report_document_add_paragraph (doc, _("No agenda items yet. Add them to the meeting in IDO Regie."));
      return;
    }
  for (guint i = 0; i < meeting->agenda->len; i++)
    {
      IdoAgendaItem *item = g_ptr_array_index (meeting->agenda, i);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, item->title);

      ido_report_document_add_subheading (doc, line);
      if (!ido_sql_is_blank (item->notes))
        ido_report_document_add_paragraph (doc, item->notes);
      else if (!ido_sql_is_blank (item->template))
        {
          const char *hint = ido_meeting_agenda_template_get_hint (item->template);

          if (hint != NULL && *hint != '\0')
            ido_report_document_add_note (doc, hint);
        }
    }
}

static void
add_quarter_figures (IdoReportContext *ctx,
                     IdoLibraryBrief  *brief)
{
  IdoReportDocument *doc = ctx->document;
  g_autofree char *period = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *heading = NULL;
  IdoReportTable *table;

  if (brief == NULL || brief->period == NULL)
    {
      ido_report_document_add_heading (doc, _("Latest quarter figures"));
      ido_report_document_add_paragraph (doc, _("There are no dashboard figures yet. Import the quarterly export "
                                                "of the Dashboard IDO to discuss them here."));
      return;
    }
  ctx->used_dashboard = TRUE;
  period = ido_report_format_period (brief->period);
  previous = ido_report_format_period (brief->previous_period);
  heading = g_strdup_printf (_("Latest quarter figures: %s"), period);
  ido_report_document_add_heading (doc, heading);
  table = ido_report_document_add_table (doc, 4);
  ido_report_table_set_column (table, 0, _("Figure"), IDO_REPORT_ALIGN_START, 0.40);
  ido_report_table_set_column (table, 1, period, IDO_REPORT_ALIGN_END, 0.20);
  ido_report_table_set_column (table, 2, previous, IDO_REPORT_ALIGN_END, 0.20);
  ido_report_table_set_column (table, 3, _("Change"), IDO_REPORT_ALIGN_END, 0.20);
  for (guint i = 0; i < brief->figures->len; i++)
    {
      IdoBriefFigure *figure = g_ptr_array_index (brief->figures, i);
      g_autofree char *value = ido_report_format_value (figure->value, figure->unit);
      g_autofree char *before = figure->has_previous ? ido_report_format_value (figure->previous, figure->unit)
                                                     : g_strdup ("–");
      g_autofree char *change = NULL;

      if (figure->has_previous && g_strcmp0 (figure->unit, "count") == 0 && figure->previous > 0)
        {
          double percent = (figure->value - figure->previous) * 100.0 / figure->previous;
          g_autofree char *number = ido_number_format (percent, 1);

          change = g_strdup_printf ("%s%s%%", percent > 0 ? "+" : "", number);
        }
      else if (figure->has_previous)
        {
          g_autofree char *number = ido_number_format (figure->value - figure->previous, 1);

          change = g_strdup_printf ("%s%s", figure->value - figure->previous > 0 ? "+" : "", number);
        }
      else
        change = g_strdup ("–");
      ido_report_table_add_row (table, IDO_REPORT_ROW_NORMAL, figure->label, value, before, change, NULL);
    }
  if (brief->top_topics != NULL && brief->top_topics->len > 0)
    {
      ido_report_document_add_subheading (doc, _("Most asked about"));
      for (guint i = 0; i < brief->top_topics->len; i++)
        ido_report_document_add_bullet (doc, g_ptr_array_index (brief->top_topics, i));
    }
}

static void
add_open_actions (IdoReportContext *ctx)
{
  g_autoptr(IdoActionList) list = ido_action_list_new (ctx->database);
  IdoReportTable *table = NULL;
  guint n;

  ido_report_document_add_heading (ctx->document, _("Open actions"));
  ido_action_list_set_today (list, ctx->today);
  ido_action_list_set_include_done (list, FALSE);
  ido_action_list_reload (list, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoActionEntry) entry = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *due = ido_report_format_date (ido_action_entry_get_due_on (entry));
      gboolean overdue = ido_action_entry_get_group (entry) == IDO_ACTION_GROUP_OVERDUE;
      g_autofree char *due_text = overdue ? g_strdup_printf (_("%s (overdue)"), due) : g_strdup (due);

      if (ido_action_entry_get_done_on (entry) != NULL)
        continue;
      if (table == NULL)
        {
          table = ido_report_document_add_table (ctx->document, 4);
          ido_report_table_set_column (table, 0, _("Action"), IDO_REPORT_ALIGN_START, 0.46);
          ido_report_table_set_column (table, 1, _("Owner"), IDO_REPORT_ALIGN_START, 0.20);
          ido_report_table_set_column (table, 2, _("Due"), IDO_REPORT_ALIGN_START, 0.18);
          ido_report_table_set_column (table, 3, _("Role"), IDO_REPORT_ALIGN_START, 0.16);
        }
      ido_report_table_add_row (table, overdue ? IDO_REPORT_ROW_ATTENTION : IDO_REPORT_ROW_NORMAL,
                                ido_action_entry_get_description (entry), ido_action_entry_get_owner (entry),
                                due_text, ido_action_role_get_label (ido_action_entry_get_role (entry)), NULL);
    }
  if (table == NULL)
    ido_report_document_add_paragraph (ctx->document, _("There are no open actions."));
}

/* What was decided last time, so the meeting can check on it. */
static void
add_previous_decisions (IdoReportContext *ctx,
                        IdoMeeting       *meeting)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (ctx->database,
                               "SELECT held_on, decisions FROM meeting WHERE kind = 'library' AND held_on < ?"
                               " AND trim(decisions) <> '' ORDER BY held_on DESC LIMIT 1",
                               NULL);
  if (stmt == NULL)
    return;
  ido_sql_bind_text (stmt, 1, meeting->held_on);
  if (ido_database_step (ctx->database, stmt, &has_row, NULL) && has_row)
    {
      g_autofree char *date = ido_report_format_date ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *heading = g_strdup_printf (_("Decisions of the previous meeting (%s)"), date);

      ido_report_document_add_heading (ctx->document, heading);
      ido_report_document_add_paragraph (ctx->document, (const char *) sqlite3_column_text (stmt, 1));
    }
}

/* The targets of the year, or of the latest year before it that has any:
 * early in a year the new targets are often not agreed yet. */
static void
add_targets (IdoReportContext *ctx)
{
  int year = (int) ido_report_query_int (ctx,
                                         "SELECT coalesce(max(CAST(substr(period, 1, 4) AS INTEGER)), 0) FROM target"
                                         " WHERE substr(period, 1, 4) <= ?1",
                                         ctx->year);
  g_autofree char *heading = NULL;

  if (year == 0)
    year = ctx->year;
  heading = g_strdup_printf (_("Targets %d"), year);
  ido_report_document_add_heading (ctx->document, heading);
  ido_report_add_targets (ctx, year, FALSE);
}

static void
add_no_meeting (IdoReportContext *ctx)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = ido_report_format_long_date (ctx->today);

  title = g_strdup_printf (_("Meeting with the library %d"), ctx->year);
  ido_report_document_add_title (ctx->document, title,
                                 ctx->municipality ? ctx->municipality : _("Municipality not set"));
  text = g_strdup_printf (_("No meeting with the library is planned in %d. Plan the periodic meeting with the "
                            "IDO coordinator in IDO Regie; this handout then shows its agenda. Below are the "
                            "figures and actions as of %s."), ctx->year, date);
  ido_report_document_add_callout (ctx->document, text, FALSE);
}

gboolean
ido_report_build_meeting (IdoReportContext  *ctx,
                          GError           **error)
{
  IdoReportDocument *doc = ctx->document;
  gint64 meeting_id = choose_meeting (ctx);
  g_autoptr(IdoMeeting) meeting = NULL;
  g_autoptr(IdoLibraryBrief) brief = NULL;
  gint64 library_id;

  if (meeting_id > 0)
    {
      meeting = ido_meeting_load (ctx->database, meeting_id, error);
      if (meeting == NULL)
        return FALSE;
    }
  library_id = meeting != NULL && meeting->library_id > 0 ? meeting->library_id : default_library (ctx);
  if (library_id > 0)
    brief = ido_library_brief_load (ctx->database, library_id, NULL);

  if (meeting != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Meeting with %s"),
                                                brief != NULL ? brief->library_name : _("the library"));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   ctx->municipality ? ctx->municipality : _("Municipality not set"),
                                                   ido_sql_is_blank (meeting->title) ? meeting->held_on
                                                                                      : meeting->title);

      ido_report_document_add_title (doc, title, subtitle);
      add_meeting_facts (ctx, meeting, brief);
      add_previous_decisions (ctx, meeting);
      add_agenda (ctx, meeting);
    }
  else
    add_no_meeting (ctx);

  add_quarter_figures (ctx, brief);
  add_targets (ctx);
  add_open_actions (ctx);
  ido_report_add_sources (ctx);
  return TRUE;
}

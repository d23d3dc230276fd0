/* ido-report.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-report-private.h"
#include "ido-topic-trend.h"
#include "ido-validate.h"

static const struct {
  const char *id;
  const char *label;
  const char *description;
  const char *file_stem;
} kinds[] = {
  [IDO_REPORT_KIND_YEAR] = { "year", N_("Year report"),
                             N_("For the alderman: SPUK budget and the 25% check, targets, figures, locations, "
                                "network and the six roles"),
                             N_("ido-year-report") },
  [IDO_REPORT_KIND_MEETING] = { "meeting", N_("Meeting handout"),
                                N_("For the periodic meeting with the library: agenda, latest quarter, targets "
                                   "and open actions"),
                                N_("ido-meeting-handout") },
  [IDO_REPORT_KIND_FACTSHEET] = { "factsheet", N_("Factsheet"),
                                  N_("One page about the IDO's in the municipality"),
                                  N_("ido-factsheet") },
};

const char *
ido_report_kind_to_string (IdoReportKind kind)
{
  g_return_val_if_fail (kind < IDO_REPORT_N_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
ido_report_kind_from_string (const char    *text,
                             IdoReportKind *kind)
{
  for (guint i = 0; i < IDO_REPORT_N_KINDS; i++)
    {
      if (g_strcmp0 (text, kinds[i].id) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ido_report_kind_get_label (IdoReportKind kind)
{
  g_return_val_if_fail (kind < IDO_REPORT_N_KINDS, NULL);

  return _(kinds[kind].label);
}

const char *
ido_report_kind_get_description (IdoReportKind kind)
{
  g_return_val_if_fail (kind < IDO_REPORT_N_KINDS, NULL);

  return _(kinds[kind].description);
}

/**
 * ido_report_suggest_file_name:
 *
 * Returns: (transfer full): e.g. "ido-year-report-voorbeeld-2025.pdf"
 */
char *
ido_report_suggest_file_name (IdoDatabase   *database,
                              IdoReportKind  kind,
                              int            year)
{
  g_autoptr(IdoOwnMunicipality) own = NULL;
  g_autoptr(GString) name = g_string_new (_(kinds[kind].file_stem));

  g_return_val_if_fail (kind < IDO_REPORT_N_KINDS, NULL);

  own = database != NULL ? ido_dossier_get_own_municipality (database) : NULL;
  if (own != NULL && own->name != NULL)
    {
      g_autofree char *folded = g_utf8_strdown (own->name, -1);
      g_autofree char *ascii = g_str_to_ascii (folded, "C");
      gboolean dash = TRUE;

      for (const char *p = ascii; *p && *p != '('; p++)
        {
          if (g_ascii_isalnum (*p))
            {
              if (dash)
                g_string_append_c (name, '-');
              g_string_append_c (name, *p);
              dash = FALSE;
            }
          else
            dash = TRUE;
        }
    }
  g_string_append_printf (name, "-%d.pdf", year);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The year a report is most useful for: the latest year with a budget or
 * dashboard figures (the year report and factsheet), the current year for
 * the meeting handout. */
int
ido_report_default_year (IdoDatabase   *database,
                         IdoReportKind  kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int current = g_date_time_get_year (now);
  gboolean has_row = FALSE;

  if (kind == IDO_REPORT_KIND_MEETING || database == NULL)
    return current;
  stmt = ido_database_prepare (database,
                               "SELECT max(y) FROM (SELECT year AS y FROM budget_year"
                               " UNION ALL SELECT CAST(substr(period, 1, 4) AS INTEGER) FROM observation)"
                               " WHERE y <= ?",
                               NULL);
  if (stmt == NULL)
    return current;
  sqlite3_bind_int (stmt, 1, current);
  if (ido_database_step (database, stmt, &has_row, NULL) && has_row && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return sqlite3_column_int (stmt, 0);
  return current;
}

/**
 * ido_report_build:
 *
 * Collects the report's figures from @database into a document of blocks.
 * A database without data still gives a document, saying what to enter.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
IdoReportDocument *
ido_report_build (IdoDatabase             *database,
                  const IdoReportOptions  *options,
                  GError                 **error)
{
  g_autoptr(IdoOwnMunicipality) own = NULL;
  g_autoptr(IdoReportDocument) document = NULL;
  g_autofree char *title = NULL;
  g_autofree char *head = NULL;
  g_autofree char *date = NULL;
  g_autofree char *footer = NULL;
  IdoReportContext ctx = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (options != NULL && options->kind < IDO_REPORT_N_KINDS, NULL);

  if (options->year < 2000 || options->year > 2200)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The year %d is not a valid report year."), options->year);
      return NULL;
    }
  own = ido_dossier_get_own_municipality (database);
  ctx.database = database;
  ctx.options = options;
  ctx.year = options->year;
  ctx.today = options->today != NULL ? g_strdup (options->today) : ido_today_iso ();
  ctx.municipality = own != NULL ? g_strdup (own->name) : NULL;
  ctx.place_key = ido_topic_trend_own_place_key (database);

  title = g_strdup_printf ("%s %d – %s", ido_report_kind_get_label (options->kind), options->year,
                           ctx.municipality ? ctx.municipality : "IDO Regie");
  document = ido_report_document_new (title);
  ctx.document = document;
  head = g_strdup_printf ("%s · %s %d", ctx.municipality ? ctx.municipality : "IDO Regie",
                          ido_report_kind_get_label (options->kind), options->year);
  ido_report_document_set_running_head (document, head);
  date = ido_report_format_long_date (ctx.today);
  /* Translators: footer of every report page: the date it was made */
  footer = g_strdup_printf (_("IDO Regie · made on %s"), date);
  ido_report_document_set_date_text (document, footer);

  switch (options->kind)
    {
    case IDO_REPORT_KIND_YEAR:
      ok = ido_report_build_year (&ctx, error);
      break;
    case IDO_REPORT_KIND_MEETING:
      ok = ido_report_build_meeting (&ctx, error);
      break;
    case IDO_REPORT_KIND_FACTSHEET:
      ok = ido_report_build_factsheet (&ctx, error);
      break;
    case IDO_REPORT_N_KINDS:
    default:
      g_assert_not_reached ();
    }
  g_free (ctx.today);
  g_free (ctx.municipality);
  g_free (ctx.place_key);
  return ok ? g_steal_pointer (&document) : NULL;
}

/**
 * ido_report_write_pdf:
 *
 * Builds the report and writes it to @path (atomically).
 */
gboolean
ido_report_write_pdf (IdoDatabase             *database,
                      const IdoReportOptions  *options,
                      const char              *path,
                      GCancellable            *cancellable,
                      GError                 **error)
{
  g_autoptr(IdoReportDocument) document = NULL;
  g_autoptr(IdoReportLayout) layout = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = ido_report_build (database, options, error);
  if (document == NULL)
    return FALSE;
  layout = ido_report_layout_new (document);
  return ido_report_layout_write_pdf (layout, path, NULL, NULL, cancellable, error);
}

/* Async: a thread with its own database connection */

typedef struct
{
  char                  *database_path;
  IdoReportOptions       options;
  char                  *today;
  char                  *pdf_path;
  IdoReportProgressFunc  progress;
  gpointer               progress_data;
  GDestroyNotify         progress_destroy;
  GMainContext          *context;
} RenderData;

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressUpdate;

static void
render_data_free (gpointer user_data)
{
  RenderData *data = user_data;

  g_free (data->database_path);
  g_free (data->today);
  g_free (data->pdf_path);
  if (data->progress_destroy != NULL)
    data->progress_destroy (data->progress_data);
  g_main_context_unref (data->context);
  g_free (data);
}

static void
progress_update_free (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  g_object_unref (update->task);
  g_free (update);
}

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressUpdate *update = user_data;
  RenderData *data = g_task_get_task_data (update->task);

  data->progress (update->fraction, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* Called in the thread; each update holds the task, and so its data. */
static void
report_progress (double   fraction,
                 gpointer user_data)
{
  GTask *task = user_data;
  RenderData *data = g_task_get_task_data (task);
  ProgressUpdate *update;

  if (data->progress == NULL)
    return;
  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_progress, update, progress_update_free);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderData *data = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(IdoReportDocument) document = NULL;
  g_autoptr(IdoReportLayout) layout = NULL;
  GError *error = NULL;

  report_progress (0.05, task);
  database = ido_database_open (data->database_path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  document = ido_report_build (database, &data->options, &error);
  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  report_progress (0.4, task);
  if (g_task_return_error_if_cancelled (task))
    return;
  layout = ido_report_layout_new (document);
  report_progress (0.6, task);
  if (data->pdf_path != NULL &&
      !ido_report_layout_write_pdf (layout, data->pdf_path, NULL, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  report_progress (1.0, task);
  g_task_return_pointer (task, g_steal_pointer (&layout), g_object_unref);
}

void
ido_report_render_async (const char              *database_path,
                         const IdoReportOptions  *options,
                         const char              *pdf_path,
                         IdoReportProgressFunc    progress,
                         gpointer                 progress_data,
                         GDestroyNotify           progress_destroy,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (options != NULL);

  data = g_new0 (RenderData, 1);
  data->database_path = g_strdup (database_path);
  data->options = *options;
  data->today = g_strdup (options->today);
  data->options.today = data->today;
  data->pdf_path = g_strdup (pdf_path);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_destroy = progress_destroy;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_report_render_async);
  g_task_set_task_data (task, data, render_data_free);
  g_task_run_in_thread (task, render_thread);
}

/**
 * ido_report_render_finish:
 *
 * Returns: (transfer full) (nullable): the laid-out report
 */
IdoReportLayout *
ido_report_render_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

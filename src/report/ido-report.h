/* ido-report.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-report-document.h"
#include "ido-report-layout.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* The reports the contact person hands over. */
typedef enum
{
  IDO_REPORT_KIND_YEAR,       /* year report for the alderman (bestuurder) */
  IDO_REPORT_KIND_MEETING,    /* handout for the periodic meeting with the library */
  IDO_REPORT_KIND_FACTSHEET,  /* one page about the IDO's in the municipality */
  IDO_REPORT_N_KINDS
} IdoReportKind;

typedef struct
{
  IdoReportKind kind;
  int           year;
  const char   *today;        /* ISO date the report is "made" on; NULL: today */
  gint64        meeting_id;   /* meeting handout: which meeting; 0 picks one */
} IdoReportOptions;

const char        *ido_report_kind_to_string    (IdoReportKind            kind);
gboolean           ido_report_kind_from_string  (const char              *text,
                                                 IdoReportKind           *kind);
const char        *ido_report_kind_get_label    (IdoReportKind            kind);
const char        *ido_report_kind_get_description (IdoReportKind         kind);
char              *ido_report_suggest_file_name (IdoDatabase             *database,
                                                 IdoReportKind            kind,
                                                 int                      year);
int                ido_report_default_year      (IdoDatabase             *database,
                                                 IdoReportKind            kind);

IdoReportDocument *ido_report_build             (IdoDatabase             *database,
                                                 const IdoReportOptions  *options,
                                                 GError                 **error);
gboolean           ido_report_write_pdf         (IdoDatabase             *database,
                                                 const IdoReportOptions  *options,
                                                 const char              *path,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);

/* Builds and lays out the report in a thread with its own connection to the
 * database at @database_path; with @pdf_path it also writes the PDF there.
 * @progress is called on the caller's main context. The result is the
 * layout, ready for printing with the same pagination. */
void               ido_report_render_async      (const char              *database_path,
                                                 const IdoReportOptions  *options,
                                                 const char              *pdf_path,
                                                 IdoReportProgressFunc    progress,
                                                 gpointer                 progress_data,
                                                 GDestroyNotify           progress_destroy,
                                                 GCancellable            *cancellable,
                                                 GAsyncReadyCallback      callback,
                                                 gpointer                 user_data);
IdoReportLayout   *ido_report_render_finish     (GAsyncResult            *result,
                                                 GError                 **error);

G_END_DECLS

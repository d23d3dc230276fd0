/* ido-report-private.h: shared by the report builders
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ido-report.h"

G_BEGIN_DECLS

/* What every builder needs while it fills a document. */
typedef struct
{
  IdoDatabase       *database;
  const IdoReportOptions *options;
  int                year;
  char              *today;           /* ISO date */
  char              *municipality;    /* the own municipality, or NULL */
  char              *place_key;       /* its observation place key, or NULL */
  IdoReportDocument *document;
  gboolean           used_dashboard;  /* which sources to name at the end */
  gboolean           used_population;
} IdoReportContext;

/* One target as a bullet chart; NAN for no actual value or forecast. */
typedef struct
{
  const char *label;
  double      actual;
  double      goal;
  double      forecast;
  gboolean    at_most;
  guint       decimals;
  const char *unit;       /* "%" or NULL */
  const char *status;
} IdoReportBullet;

gboolean  ido_report_build_year        (IdoReportContext  *ctx,
                                        GError           **error);
gboolean  ido_report_build_meeting     (IdoReportContext  *ctx,
                                        GError           **error);
gboolean  ido_report_build_factsheet   (IdoReportContext  *ctx,
                                        GError           **error);

/* Formatting, the Dutch way (decimal comma, thousands dots). */
char     *ido_report_format_count      (double             value);
char     *ido_report_format_value      (double             value,
                                        const char        *unit);
char     *ido_report_format_date       (const char        *iso);
char     *ido_report_format_long_date  (const char        *iso);
char     *ido_report_format_period     (const char        *period);
char     *ido_report_format_percent    (gint64             part,
                                        gint64             whole);

/* Facts from the database. */
gboolean  ido_report_indicator_values  (IdoReportContext  *ctx,
                                        const char        *place_key,
                                        const char        *indicator,
                                        int                year,
                                        double             quarters[4]);
gboolean  ido_report_indicator_year    (IdoReportContext  *ctx,
                                        const char        *place_key,
                                        const char        *indicator,
                                        int                year,
                                        double            *value);
gint64    ido_report_query_int         (IdoReportContext  *ctx,
                                        const char        *sql,
                                        int                year);
char     *ido_report_dashboard_import_date (IdoReportContext *ctx);

/* Blocks that several reports share. */
void      ido_report_add_sources       (IdoReportContext  *ctx);
void      ido_report_add_locations     (IdoReportContext  *ctx,
                                        guint              max_rows);
void      ido_report_add_targets       (IdoReportContext  *ctx,
                                        int                year,
                                        gboolean           with_chart);
void      ido_report_add_series_chart  (IdoReportContext  *ctx,
                                        double             height,
                                        const char        *title,
                                        const char * const *labels,
                                        const double      *values,
                                        guint              n,
                                        guint              decimals,
                                        const char        *unit);
void      ido_report_add_target_chart  (IdoReportContext  *ctx,
                                        const char        *description,
                                        const IdoReportBullet *bullets,
                                        guint              n);

G_END_DECLS

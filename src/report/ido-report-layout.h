/* ido-report-layout.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ido-report-document.h"

G_BEGIN_DECLS

/* A4 in points (1/72 inch): the unit of every coordinate here. */
#define IDO_REPORT_A4_WIDTH  595.2756
#define IDO_REPORT_A4_HEIGHT 841.8898

/* Called between pages while writing: @fraction runs from 0 to 1. */
typedef void (*IdoReportProgressFunc) (double   fraction,
                                       gpointer user_data);

#define IDO_TYPE_REPORT_LAYOUT (ido_report_layout_get_type ())

G_DECLARE_FINAL_TYPE (IdoReportLayout, ido_report_layout, IDO, REPORT_LAYOUT, GObject)

IdoReportLayout   *ido_report_layout_new             (IdoReportDocument     *document);
IdoReportDocument *ido_report_layout_get_document    (IdoReportLayout       *self);
guint              ido_report_layout_get_n_pages     (IdoReportLayout       *self);
double             ido_report_layout_get_page_width  (IdoReportLayout       *self);
double             ido_report_layout_get_page_height (IdoReportLayout       *self);
void               ido_report_layout_draw_page       (IdoReportLayout       *self,
                                                      cairo_t               *cr,
                                                      guint                  page);
gboolean           ido_report_layout_write_pdf       (IdoReportLayout       *self,
                                                      const char            *path,
                                                      IdoReportProgressFunc  progress,
                                                      gpointer               progress_data,
                                                      GCancellable          *cancellable,
                                                      GError               **error);

G_END_DECLS

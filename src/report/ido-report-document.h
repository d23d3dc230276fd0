/* ido-report-document.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* What a report is made of, before it is laid out on pages: a flat list of
 * blocks. The layout (IdoReportLayout) decides where pages break. */

typedef enum
{
  IDO_REPORT_ALIGN_START,
  IDO_REPORT_ALIGN_END,
  IDO_REPORT_ALIGN_CENTER,
} IdoReportAlign;

typedef enum
{
  IDO_REPORT_ROW_NORMAL,
  IDO_REPORT_ROW_TOTAL,      /* bold, with a rule above */
  IDO_REPORT_ROW_ATTENTION,  /* a row the reader must notice (overdue, behind) */
} IdoReportRowStyle;

/* Draws a chart into the rectangle (0, 0, width, height) of @cr, in points. */
typedef void (*IdoReportDrawFunc) (cairo_t  *cr,
                                   double    width,
                                   double    height,
                                   gpointer  user_data);

typedef struct _IdoReportTable IdoReportTable;

#define IDO_TYPE_REPORT_DOCUMENT (ido_report_document_get_type ())

G_DECLARE_FINAL_TYPE (IdoReportDocument, ido_report_document, IDO, REPORT_DOCUMENT, GObject)

IdoReportDocument *ido_report_document_new            (const char         *title);
const char        *ido_report_document_get_title      (IdoReportDocument  *self);
void               ido_report_document_set_running_head (IdoReportDocument *self,
                                                       const char         *text);
const char        *ido_report_document_get_running_head (IdoReportDocument *self);
void               ido_report_document_set_date_text  (IdoReportDocument  *self,
                                                       const char         *text);
const char        *ido_report_document_get_date_text  (IdoReportDocument  *self);
void               ido_report_document_set_single_page (IdoReportDocument *self,
                                                       gboolean            single_page);
gboolean           ido_report_document_get_single_page (IdoReportDocument *self);

void               ido_report_document_add_title      (IdoReportDocument  *self,
                                                       const char         *title,
                                                       const char         *subtitle);
void               ido_report_document_add_heading    (IdoReportDocument  *self,
                                                       const char         *text);
void               ido_report_document_add_subheading (IdoReportDocument  *self,
                                                       const char         *text);
void               ido_report_document_add_paragraph  (IdoReportDocument  *self,
                                                       const char         *text);
void               ido_report_document_add_bullet     (IdoReportDocument  *self,
                                                       const char         *text);
void               ido_report_document_add_note       (IdoReportDocument  *self,
                                                       const char         *text);
void               ido_report_document_add_callout    (IdoReportDocument  *self,
                                                       const char         *text,
                                                       gboolean            attention);
void               ido_report_document_add_figure     (IdoReportDocument  *self,
                                                       const char         *value,
                                                       const char         *label);
void               ido_report_document_add_key_value  (IdoReportDocument  *self,
                                                       const char         *key,
                                                       const char         *value);
IdoReportTable    *ido_report_document_add_table      (IdoReportDocument  *self,
                                                       guint               n_columns);
void               ido_report_document_add_chart      (IdoReportDocument  *self,
                                                       double              height,
                                                       IdoReportDrawFunc   draw_func,
                                                       gpointer            user_data,
                                                       GDestroyNotify      destroy,
                                                       const char         *description);
void               ido_report_document_add_page_break (IdoReportDocument  *self);
guint              ido_report_document_get_n_blocks   (IdoReportDocument  *self);

/* Tables belong to their document; the pointer stays valid as long as it. */
void               ido_report_table_set_column        (IdoReportTable     *table,
                                                       guint               column,
                                                       const char         *header,
                                                       IdoReportAlign      align,
                                                       double              weight);
void               ido_report_table_add_row           (IdoReportTable     *table,
                                                       IdoReportRowStyle   style,
                                                       ...) G_GNUC_NULL_TERMINATED;
void               ido_report_table_add_rowv          (IdoReportTable     *table,
                                                       IdoReportRowStyle   style,
                                                       const char * const *cells);
guint              ido_report_table_get_n_rows        (IdoReportTable     *table);

G_END_DECLS

/* ido-report-print.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-report-document.h"
#include "ido-report-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   IdoReportLayout   *layout)
{
  /* The pagination is the layout's, made once: the same pages as the PDF. */
  gtk_print_operation_set_n_pages (operation, (int) ido_report_layout_get_n_pages (layout));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 IdoReportLayout   *layout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale;

  /* The context is in points (use-full-page, unit points); other paper than
   * A4 gets the A4 page scaled to fit. */
  scale = MIN (width / ido_report_layout_get_page_width (layout),
               height / ido_report_layout_get_page_height (layout));
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  ido_report_layout_draw_page (layout, cr, (guint) page);
  cairo_restore (cr);
}

/**
 * ido_report_print_operation_new:
 *
 * Returns: (transfer full): a print operation for @layout on A4, run it with
 *   gtk_print_operation_run()
 */
GtkPrintOperation *
ido_report_print_operation_new (IdoReportLayout *layout)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (layout), NULL);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, ido_report_document_get_title (ido_report_layout_get_document (layout)));
  gtk_print_operation_set_n_pages (operation, (int) ido_report_layout_get_n_pages (layout));
  g_object_set_data_full (G_OBJECT (operation), "ido-report-layout", g_object_ref (layout), g_object_unref);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), layout, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), layout, 0);
  return operation;
}

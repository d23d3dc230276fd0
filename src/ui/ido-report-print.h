/* ido-report-print.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-report-layout.h"

G_BEGIN_DECLS

/* Prints a laid-out report with the pages the PDF has: GtkPrintOperation
 * calls ido_report_layout_draw_page() for each, scaled to the paper. */
GtkPrintOperation *ido_report_print_operation_new (IdoReportLayout *layout);

G_END_DECLS

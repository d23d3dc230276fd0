/* ido-report-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-report.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_REPORT_DIALOG (ido_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoReportDialog, ido_report_dialog, IDO, REPORT_DIALOG, AdwDialog)

/* Picks a report and a year, then saves it as PDF (through the file
 * portal) or prints it; the work runs in a thread with progress and can be
 * cancelled. */
AdwDialog     *ido_report_dialog_new        (IdoDatabase      *database);
IdoReportKind  ido_report_dialog_get_kind   (IdoReportDialog  *self);
void           ido_report_dialog_set_kind   (IdoReportDialog  *self,
                                             IdoReportKind     kind);
int            ido_report_dialog_get_year   (IdoReportDialog  *self);
void           ido_report_dialog_set_year   (IdoReportDialog  *self,
                                             int               year);
gboolean       ido_report_dialog_get_busy   (IdoReportDialog  *self);
void           ido_report_dialog_save_to    (IdoReportDialog  *self,
                                             const char       *path);
void           ido_report_dialog_print      (IdoReportDialog  *self,
                                             const char       *export_path);

G_END_DECLS

/* ido-report-actions.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-application.h"

G_BEGIN_DECLS

/* The app.* actions for what the contact person hands over:
 *   app.reports                 the report dialog (PDF, print)
 *   app.export-list::LIST       a list as CSV or XLSX; LIST is partners,
 *                               agreements, targets, spending, observations
 *                               or actions (panes may use these directly)
 *   app.export-dossier          the dossier export dialog
 *   app.import-dossier          choose a dossier file, preview, import
 *   app.undo-dossier-import(x)  undo an imported dossier (the toast's button) */
void ido_report_actions_add (IdoApplication *application);

G_END_DECLS

/* ido-import-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-import-report.h"
#include "ido-mapping.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_DIALOG (ido_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportDialog, ido_import_dialog, IDO, IMPORT_DIALOG, AdwDialog)

/* Imports a dashboard export (CSV, XLSX, ODS, XLS) in steps: choose the
 * file, look at the first rows as read and map the columns, check (a dry
 * run with the counts and the rejected rows), import. Nothing is written
 * before the user chooses Import; a file with rejected rows imports
 * nothing unless the user chooses "valid rows only" after seeing them.
 *
 * The "state" property names the step: "choose", "reading", "preview",
 * "checking", "checked", "importing", "done" or "error". */
AdwDialog       *ido_import_dialog_new              (IdoDatabase     *database,
                                                     GFile           *file,
                                                     const char      *preset_name);
void             ido_import_dialog_present_for_file (GtkWidget       *parent,
                                                     IdoDatabase     *database,
                                                     GFile           *file,
                                                     const char      *preset_name);
void             ido_import_dialog_set_file         (IdoImportDialog *self,
                                                     GFile           *file);
GFile           *ido_import_dialog_get_file         (IdoImportDialog *self);
const char      *ido_import_dialog_get_state        (IdoImportDialog *self);
IdoMapping      *ido_import_dialog_get_mapping      (IdoImportDialog *self);
IdoImportReport *ido_import_dialog_get_report       (IdoImportDialog *self);

G_END_DECLS

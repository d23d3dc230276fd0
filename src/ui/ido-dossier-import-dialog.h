/* ido-dossier-import-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-dossier-import.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_DOSSIER_IMPORT_DIALOG (ido_dossier_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoDossierImportDialog, ido_dossier_import_dialog, IDO, DOSSIER_IMPORT_DIALOG, AdwDialog)

/* Reads a dossier file in a thread, shows what importing it would do, lets
 * the user decide each conflict and imports only when asked; the toast that
 * follows can undo the import. */
AdwDialog        *ido_dossier_import_dialog_new        (IdoDatabase            *database,
                                                        const char             *path);
IdoDossierImport *ido_dossier_import_dialog_get_import (IdoDossierImportDialog *self);
const char       *ido_dossier_import_dialog_get_state  (IdoDossierImportDialog *self);
gint64            ido_dossier_import_dialog_get_batch  (IdoDossierImportDialog *self);

G_END_DECLS

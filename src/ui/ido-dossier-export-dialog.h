/* ido-dossier-export-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-dossier-export.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_DOSSIER_EXPORT_DIALOG (ido_dossier_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoDossierExportDialog, ido_dossier_export_dialog, IDO, DOSSIER_EXPORT_DIALOG, AdwDialog)

AdwDialog      *ido_dossier_export_dialog_new       (IdoDatabase            *database);
IdoDossierPart  ido_dossier_export_dialog_get_parts (IdoDossierExportDialog *self);
void            ido_dossier_export_dialog_set_parts (IdoDossierExportDialog *self,
                                                     IdoDossierPart          parts);
gboolean        ido_dossier_export_dialog_get_busy  (IdoDossierExportDialog *self);
void            ido_dossier_export_dialog_export_to (IdoDossierExportDialog *self,
                                                     const char             *path);

G_END_DECLS

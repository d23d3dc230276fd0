/* ido-dossier-change-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-dossier-change.h"

G_BEGIN_DECLS

#define IDO_TYPE_DOSSIER_CHANGE_ROW (ido_dossier_change_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoDossierChangeRow, ido_dossier_change_row, IDO, DOSSIER_CHANGE_ROW, GtkBox)

/* One row of the import preview; a conflict shows "Keep mine" and "Take
 * theirs", which set the change's resolution. */
GtkWidget        *ido_dossier_change_row_new        (void);
IdoDossierChange *ido_dossier_change_row_get_change (IdoDossierChangeRow *self);
void              ido_dossier_change_row_set_change (IdoDossierChangeRow *self,
                                                     IdoDossierChange    *change);
GtkToggleButton  *ido_dossier_change_row_get_button (IdoDossierChangeRow *self,
                                                     IdoDossierResolution resolution);

G_END_DECLS

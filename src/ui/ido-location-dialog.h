/* ido-location-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_LOCATION_DIALOG (ido_location_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoLocationDialog, ido_location_dialog, IDO, LOCATION_DIALOG, IdoEditDialog)

AdwDialog *ido_location_dialog_new (IdoDatabase *database,
                                    gint64       location_id);

G_END_DECLS

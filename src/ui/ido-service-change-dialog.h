/* ido-service-change-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-service-change.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_SERVICE_CHANGE_DIALOG (ido_service_change_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoServiceChangeDialog, ido_service_change_dialog, IDO, SERVICE_CHANGE_DIALOG, AdwDialog)

AdwDialog *ido_service_change_dialog_new (IdoDatabase      *database,
                                          IdoServiceChange *change);

G_END_DECLS

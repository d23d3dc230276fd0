/* ido-target-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_TARGET_DIALOG (ido_target_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoTargetDialog, ido_target_dialog, IDO, TARGET_DIALOG, IdoEditDialog)

AdwDialog *ido_target_dialog_new (IdoDatabase *database,
                                  gint64       target_id);

G_END_DECLS

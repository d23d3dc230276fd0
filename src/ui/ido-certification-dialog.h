/* ido-certification-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_CERTIFICATION_DIALOG (ido_certification_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoCertificationDialog, ido_certification_dialog, IDO, CERTIFICATION_DIALOG, IdoEditDialog)

AdwDialog *ido_certification_dialog_new (IdoDatabase *database,
                                         gint64       certification_id,
                                         gint64       library_id);

G_END_DECLS

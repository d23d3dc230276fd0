/* ido-spending-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_SPENDING_DIALOG (ido_spending_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoSpendingDialog, ido_spending_dialog, IDO, SPENDING_DIALOG, IdoEditDialog)

AdwDialog *ido_spending_dialog_new (IdoDatabase *database,
                                    int          year,
                                    gint64       spending_id);

G_END_DECLS

/* ido-agreement-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_AGREEMENT_DIALOG (ido_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoAgreementDialog, ido_agreement_dialog, IDO, AGREEMENT_DIALOG, IdoEditDialog)

AdwDialog *ido_agreement_dialog_new          (IdoDatabase        *database,
                                              gint64              agreement_id);
void       ido_agreement_dialog_set_document (IdoAgreementDialog *self,
                                              const char         *uri);

G_END_DECLS

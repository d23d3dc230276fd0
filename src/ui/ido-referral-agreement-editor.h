/* ido-referral-agreement-editor.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_REFERRAL_AGREEMENT_EDITOR (ido_referral_agreement_editor_get_type ())

G_DECLARE_FINAL_TYPE (IdoReferralAgreementEditor, ido_referral_agreement_editor, IDO,
                      REFERRAL_AGREEMENT_EDITOR, AdwDialog)

AdwDialog *ido_referral_agreement_editor_new              (IdoDatabase                *database,
                                                           const char                 *party,
                                                           gint64                      partner_id,
                                                           gint64                      agreement_id);
gint64     ido_referral_agreement_editor_get_agreement_id (IdoReferralAgreementEditor *self);

G_END_DECLS

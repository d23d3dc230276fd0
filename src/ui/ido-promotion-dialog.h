/* ido-promotion-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-promotion.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_PROMOTION_DIALOG (ido_promotion_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoPromotionDialog, ido_promotion_dialog, IDO, PROMOTION_DIALOG, AdwDialog)

AdwDialog    *ido_promotion_dialog_new           (IdoDatabase        *database,
                                                  IdoPromotion       *promotion);
IdoPromotion *ido_promotion_dialog_get_promotion (IdoPromotionDialog *self);

G_END_DECLS

/* ido-partner-picker.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-partner-store.h"

G_BEGIN_DECLS

#define IDO_TYPE_PARTNER_PICKER (ido_partner_picker_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartnerPicker, ido_partner_picker, IDO, PARTNER_PICKER, AdwDialog)

AdwDialog  *ido_partner_picker_new         (IdoPartnerStore  *store,
                                            GArray           *picked);
GArray     *ido_partner_picker_dup_picked  (IdoPartnerPicker *self);
void        ido_partner_picker_set_picked  (IdoPartnerPicker *self,
                                            gint64            partner_id,
                                            gboolean          picked);
void        ido_partner_picker_set_search_text (IdoPartnerPicker *self,
                                            const char       *text);
GListModel *ido_partner_picker_get_model   (IdoPartnerPicker *self);

G_END_DECLS

/* ido-partner-editor.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_PARTNER_EDITOR (ido_partner_editor_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartnerEditor, ido_partner_editor, IDO, PARTNER_EDITOR, AdwDialog)

AdwDialog *ido_partner_editor_new               (IdoDatabase      *database,
                                                 gint64            partner_id);
gint64     ido_partner_editor_get_partner_id    (IdoPartnerEditor *self);
guint      ido_partner_editor_get_n_contacts    (IdoPartnerEditor *self);
GtkWidget *ido_partner_editor_get_contact_field (IdoPartnerEditor *self,
                                                 guint             index,
                                                 const char       *field);
GtkWidget *ido_partner_editor_get_block_row     (IdoPartnerEditor *self,
                                                 const char       *block);
guint      ido_partner_editor_get_n_agreements  (IdoPartnerEditor *self);
GtkWidget *ido_partner_editor_get_agreement_row (IdoPartnerEditor *self,
                                                 guint             index);

G_END_DECLS

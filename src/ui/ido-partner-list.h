/* ido-partner-list.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-partner-filter.h"
#include "ido-partner-store.h"

G_BEGIN_DECLS

#define IDO_TYPE_PARTNER_LIST (ido_partner_list_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartnerList, ido_partner_list, IDO, PARTNER_LIST, AdwBin)

GtkWidget        *ido_partner_list_new             (IdoPartnerStore  *store);
IdoPartnerStore  *ido_partner_list_get_store       (IdoPartnerList   *self);
IdoPartnerFilter *ido_partner_list_get_filter      (IdoPartnerList   *self);
GListModel       *ido_partner_list_get_model       (IdoPartnerList   *self);
GtkColumnView    *ido_partner_list_get_column_view (IdoPartnerList   *self);
guint             ido_partner_list_get_n_visible   (IdoPartnerList   *self);
void              ido_partner_list_set_search_text (IdoPartnerList   *self,
                                                    const char       *text);
void              ido_partner_list_set_kind        (IdoPartnerList   *self,
                                                    const char       *kind);
void              ido_partner_list_set_sector      (IdoPartnerList   *self,
                                                    const char       *sector);
void              ido_partner_list_set_status      (IdoPartnerList   *self,
                                                    IdoPartnerStatus  status);

G_END_DECLS

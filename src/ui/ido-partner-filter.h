/* ido-partner-filter.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-partner-store.h"

G_BEGIN_DECLS

#define IDO_TYPE_PARTNER_FILTER (ido_partner_filter_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartnerFilter, ido_partner_filter, IDO, PARTNER_FILTER, GtkFilter)

/* The filter of the partner list: search words over name, sector, contacts
 * and notes, and the kind, sector and status filters. Typing one more
 * letter tells the filter model it only needs to look at what matched. */
IdoPartnerFilter *ido_partner_filter_new             (void);
const char       *ido_partner_filter_get_search_text (IdoPartnerFilter *self);
void              ido_partner_filter_set_search_text (IdoPartnerFilter *self,
                                                      const char       *text);
const char       *ido_partner_filter_get_kind        (IdoPartnerFilter *self);
void              ido_partner_filter_set_kind        (IdoPartnerFilter *self,
                                                      const char       *kind);
const char       *ido_partner_filter_get_sector      (IdoPartnerFilter *self);
void              ido_partner_filter_set_sector      (IdoPartnerFilter *self,
                                                      const char       *sector);
IdoPartnerStatus  ido_partner_filter_get_status      (IdoPartnerFilter *self);
void              ido_partner_filter_set_status      (IdoPartnerFilter *self,
                                                      IdoPartnerStatus  status);

G_END_DECLS

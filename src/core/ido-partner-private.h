/* ido-partner-private.h: what the partner store needs to build partners
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ido-partner.h"

G_BEGIN_DECLS

/* The columns ido_partner_new_from_row() reads, for "SELECT ... FROM partner p". */
const char        *ido_partner_columns_sql          (void);
IdoPartner        *ido_partner_new_from_row         (sqlite3_stmt      *stmt,
                                                     const char        *today);
/* Columns id, uuid, name, function, email, phone from @first on. */
IdoPartnerContact *ido_partner_contact_new_from_row (sqlite3_stmt      *stmt,
                                                     int                first);
void               ido_partner_take_contact         (IdoPartner        *self,
                                                     IdoPartnerContact *contact);
IdoAgreementState  ido_agreement_state_for          (guint              n_agreements,
                                                     const char        *next_review_on,
                                                     const char        *today);
void               ido_partner_take_block           (IdoPartner        *self,
                                                     const char        *block);

G_END_DECLS

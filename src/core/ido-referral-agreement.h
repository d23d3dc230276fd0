/* ido-referral-agreement.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"
#include "ido-partner.h"
#include "ido-row-snapshot.h"

G_BEGIN_DECLS

/* A doorverwijsafspraak (Handreiking §2.6.8): with a partner, or between
 * the municipality (one of its desks, or as a whole) and the IDO. */
typedef struct
{
  gint64  id;              /* 0 for a new agreement */
  char   *uuid;
  char   *party;           /* "partner" or "municipality" */
  gint64  partner_id;      /* 0 when the municipality is the party */
  gint64  desk_id;         /* 0 when not about one municipal desk */
  char   *direction;       /* "ido-to-partner", "partner-to-ido", "both" */
  char   *services;        /* which services or questions it covers */
  char   *when_to_refer;
  char   *how_to_refer;
  char   *appointment_by;  /* who makes the appointment (warm referral) */
  char   *channel;         /* NULL or "phone", "email", "booking-link", "in-person", "other" */
  gint64  contact_id;      /* the fixed contact person at the partner, or 0 */
  char   *contact_name;    /* or a name typed in, e.g. at the municipality */
  char   *agreed_on;       /* ISO date or NULL */
  char   *review_on;       /* ISO date or NULL */

  /* Filled in by load and list, for showing. */
  char   *partner_name;
  char   *desk_name;
  char   *contact_label;   /* the contact's name, whichever way given */
} IdoReferralAgreement;

IdoReferralAgreement *ido_referral_agreement_new        (const char            *party,
                                                         gint64                 partner_id);
void                  ido_referral_agreement_free       (IdoReferralAgreement  *agreement);
IdoReferralAgreement *ido_referral_agreement_load       (IdoDatabase           *database,
                                                         gint64                 id,
                                                         GError               **error);
GPtrArray            *ido_referral_agreement_list       (IdoDatabase           *database,
                                                         const char            *party,
                                                         gint64                 partner_id,
                                                         GError               **error);
gboolean              ido_referral_agreement_validate   (IdoReferralAgreement  *agreement,
                                                         GError               **error);
gboolean              ido_referral_agreement_save       (IdoDatabase           *database,
                                                         IdoReferralAgreement  *agreement,
                                                         GError               **error);
gboolean              ido_referral_agreement_delete     (IdoDatabase           *database,
                                                         gint64                 id,
                                                         IdoRowSnapshot       **undo,
                                                         GError               **error);
IdoAgreementState     ido_referral_agreement_get_state  (IdoReferralAgreement  *agreement,
                                                         const char            *today);

const char * const   *ido_referral_directions           (void);
const char           *ido_referral_direction_get_label  (const char            *direction,
                                                         const char            *party);
const char * const   *ido_referral_channels             (void);
const char           *ido_referral_channel_get_label    (const char            *channel);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoReferralAgreement, ido_referral_agreement_free)

G_END_DECLS

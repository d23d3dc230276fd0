/* ido-partner.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ido-types.h"
#include "ido-row-snapshot.h"

G_BEGIN_DECLS

/* Where a partner stands with its referral agreements (doorverwijsafspraken). */
typedef enum
{
  IDO_AGREEMENT_STATE_NONE,            /* no agreement at all */
  IDO_AGREEMENT_STATE_CURRENT,
  IDO_AGREEMENT_STATE_REVIEW_SOON,     /* a review date within a month */
  IDO_AGREEMENT_STATE_REVIEW_OVERDUE,  /* a review date has passed */
} IdoAgreementState;

#define IDO_TYPE_AGREEMENT_STATE (ido_agreement_state_get_type ())
GType ido_agreement_state_get_type (void);

/* A contact person at a partner. */
typedef struct
{
  gint64  id;        /* 0 until saved */
  char   *uuid;
  char   *name;
  char   *function;
  char   *email;
  char   *phone;
} IdoPartnerContact;

/* A meeting a partner was invited to. */
typedef struct
{
  gint64    meeting_id;
  char     *held_on;
  char     *kind;
  char     *title;
  gboolean  attended;
} IdoPartnerMeeting;

#define IDO_TYPE_PARTNER (ido_partner_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartner, ido_partner, IDO, PARTNER, GObject)

IdoPartner         *ido_partner_new                   (void);
IdoPartner         *ido_partner_load                  (IdoDatabase  *database,
                                                       gint64        id,
                                                       GError      **error);
gboolean            ido_partner_equal                 (IdoPartner   *a,
                                                       IdoPartner   *b);

gint64              ido_partner_get_id                (IdoPartner   *self);
const char         *ido_partner_get_uuid              (IdoPartner   *self);
const char         *ido_partner_get_name              (IdoPartner   *self);
void                ido_partner_set_name              (IdoPartner   *self,
                                                       const char   *name);
const char         *ido_partner_get_kind              (IdoPartner   *self);
void                ido_partner_set_kind              (IdoPartner   *self,
                                                       const char   *kind);
const char         *ido_partner_get_sector            (IdoPartner   *self);
void                ido_partner_set_sector            (IdoPartner   *self,
                                                       const char   *sector);
const char         *ido_partner_get_scope             (IdoPartner   *self);
void                ido_partner_set_scope             (IdoPartner   *self,
                                                       const char   *scope);
const char         *ido_partner_get_address           (IdoPartner   *self);
void                ido_partner_set_address           (IdoPartner   *self,
                                                       const char   *address);
const char         *ido_partner_get_website           (IdoPartner   *self);
void                ido_partner_set_website           (IdoPartner   *self,
                                                       const char   *website);
gboolean            ido_partner_get_active            (IdoPartner   *self);
void                ido_partner_set_active            (IdoPartner   *self,
                                                       gboolean      active);
const char         *ido_partner_get_ended_on          (IdoPartner   *self);
void                ido_partner_set_ended_on          (IdoPartner   *self,
                                                       const char   *ended_on);
const char         *ido_partner_get_notes             (IdoPartner   *self);
void                ido_partner_set_notes             (IdoPartner   *self,
                                                       const char   *notes);

GPtrArray          *ido_partner_get_contacts          (IdoPartner   *self);
IdoPartnerContact  *ido_partner_add_contact           (IdoPartner   *self,
                                                       const char   *name,
                                                       const char   *function,
                                                       const char   *email,
                                                       const char   *phone);
void                ido_partner_remove_contact        (IdoPartner   *self,
                                                       guint         index);
void                ido_partner_contacts_changed      (IdoPartner   *self);
const char         *ido_partner_get_contact_names     (IdoPartner   *self);

const char * const *ido_partner_get_building_blocks   (IdoPartner   *self);
gboolean            ido_partner_has_building_block    (IdoPartner   *self,
                                                       const char   *block);
void                ido_partner_set_building_block    (IdoPartner   *self,
                                                       const char   *block,
                                                       gboolean      contributes);

guint               ido_partner_get_n_agreements      (IdoPartner   *self);
const char         *ido_partner_get_next_review_on    (IdoPartner   *self);
const char         *ido_partner_get_last_attended_on  (IdoPartner   *self);
IdoAgreementState   ido_partner_get_agreement_state   (IdoPartner   *self);
const char         *ido_partner_get_agreement_label   (IdoPartner   *self);
void                ido_partner_set_summary           (IdoPartner   *self,
                                                       guint         n_agreements,
                                                       const char   *next_review_on,
                                                       const char   *last_attended_on,
                                                       const char   *today);
const char         *ido_partner_get_search_text       (IdoPartner   *self);

gboolean            ido_partner_validate              (IdoPartner   *self,
                                                       IdoDatabase  *database,
                                                       int          *contact_index,
                                                       GError      **error);
gboolean            ido_partner_save                  (IdoDatabase  *database,
                                                       IdoPartner   *partner,
                                                       GError      **error);
GPtrArray          *ido_partner_list_meetings         (IdoDatabase  *database,
                                                       gint64        id,
                                                       GError      **error);
gboolean            ido_partner_count_links           (IdoDatabase  *database,
                                                       gint64        id,
                                                       guint        *n_agreements,
                                                       guint        *n_meetings,
                                                       GError      **error);
gboolean            ido_partner_end                   (IdoDatabase  *database,
                                                       gint64        id,
                                                       const char   *ended_on,
                                                       GError      **error);
gboolean            ido_partner_delete                (IdoDatabase  *database,
                                                       gint64        id,
                                                       IdoRowSnapshot **undo,
                                                       GError      **error);

const char * const *ido_partner_kinds                 (void);
const char         *ido_partner_kind_get_label        (const char   *kind);
const char * const *ido_partner_scopes                (void);
const char         *ido_partner_scope_get_label       (const char   *scope);
const char * const *ido_partner_sectors               (void);
const char         *ido_partner_sector_get_kind       (const char   *sector);
const char * const *ido_building_blocks               (void);
const char         *ido_building_block_get_label      (const char   *block);
const char         *ido_agreement_state_get_label     (IdoAgreementState state);

G_END_DECLS

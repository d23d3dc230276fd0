/* ido-agreement.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Whether an agreement needs attention in Overzicht. */
typedef enum
{
  IDO_AGREEMENT_TIMING_NONE,
  IDO_AGREEMENT_TIMING_EXPIRING,   /* ends within three months */
  IDO_AGREEMENT_TIMING_EXPIRED,
} IdoAgreementTiming;

/* A party to an agreement: a municipality, a library, a partner, or just a
 * name. */
typedef struct
{
  gint64  municipality_id;
  gint64  library_id;
  gint64  partner_id;
  char   *name;            /* the party's name; filled in when loaded */
} IdoAgreementParty;

/* One of the "producten en prestaties" the library delivers. */
typedef struct
{
  gint64  id;              /* 0 for a new one */
  char   *uuid;
  char   *description;
} IdoDeliverable;

/* A subsidiebeschikking, samenwerkingsovereenkomst, prestatieafspraken or
 * other agreement. */
typedef struct
{
  gint64     id;           /* 0 for a new agreement */
  char      *uuid;
  char      *kind;         /* "grant-decision", "cooperation", "performance", "other" */
  char      *title;
  char      *reference;
  gint64     library_id;   /* 0 when none */
  char      *starts_on;    /* ISO date or NULL */
  char      *ends_on;      /* ISO date or NULL */
  gboolean   has_amount;
  gint64     amount;       /* cents, when has_amount */
  char      *status;       /* "draft", "adopted", "running", "expired", "terminated" */
  char      *document_uri; /* a file:// URI chosen by the user, or "" */
  char      *notes;
  GPtrArray *parties;      /* IdoAgreementParty */
  GPtrArray *deliverables; /* IdoDeliverable, in order */

  char      *library_name; /* filled in when loaded */
} IdoAgreement;

/* What refers to an agreement: kept before a delete so that undo can
 * restore the links. */
typedef struct
{
  GArray *spending_ids;    /* gint64 */
  GArray *target_ids;      /* gint64 */
} IdoAgreementLinks;

const char * const *ido_agreement_kinds              (void);
const char         *ido_agreement_kind_get_label     (const char   *kind);
const char * const *ido_agreement_statuses           (void);
const char         *ido_agreement_status_get_label   (const char   *status);

IdoAgreement      *ido_agreement_new                 (const char   *kind);
void               ido_agreement_free                (IdoAgreement *agreement);
IdoAgreementParty *ido_agreement_add_party           (IdoAgreement *agreement,
                                                      gint64        municipality_id,
                                                      gint64        library_id,
                                                      gint64        partner_id,
                                                      const char   *name);
IdoDeliverable    *ido_agreement_add_deliverable     (IdoAgreement *agreement,
                                                      const char   *description);
char              *ido_agreement_dup_party_names     (const IdoAgreement *agreement);
char              *ido_agreement_dup_period_text     (const IdoAgreement *agreement);
IdoAgreementTiming ido_agreement_get_timing          (const IdoAgreement *agreement,
                                                      const char   *today);
IdoAgreement      *ido_agreement_load                (IdoDatabase  *database,
                                                      gint64        agreement_id,
                                                      GError      **error);
gboolean           ido_agreement_save                (IdoDatabase  *database,
                                                      IdoAgreement *agreement,
                                                      GError      **error);
gboolean           ido_agreement_delete              (IdoDatabase  *database,
                                                      gint64        agreement_id,
                                                      GError      **error);
GPtrArray         *ido_agreement_list                (IdoDatabase  *database,
                                                      GError      **error);
GPtrArray         *ido_agreement_list_attention      (IdoDatabase  *database,
                                                      const char   *today,
                                                      GError      **error);

IdoAgreementLinks *ido_agreement_get_links           (IdoDatabase  *database,
                                                      gint64        agreement_id,
                                                      GError      **error);
gboolean           ido_agreement_restore_links       (IdoDatabase  *database,
                                                      gint64        agreement_id,
                                                      const IdoAgreementLinks *links,
                                                      GError      **error);
void               ido_agreement_links_free          (IdoAgreementLinks *links);

char              *ido_agreement_get_document_folder (IdoDatabase  *database);
char              *ido_agreement_copy_document       (const char   *uri,
                                                      const char   *folder,
                                                      GCancellable *cancellable,
                                                      GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoAgreement, ido_agreement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoAgreementLinks, ido_agreement_links_free)

G_END_DECLS

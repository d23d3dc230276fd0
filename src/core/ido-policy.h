/* ido-policy.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* What a policy domain is linked to. */
typedef enum
{
  IDO_POLICY_LINK_PARTNER,
  IDO_POLICY_LINK_DESK,
  IDO_POLICY_LINK_SIGNAL,
} IdoPolicyLinkKind;

typedef struct
{
  IdoPolicyLinkKind  kind;
  gint64             target_id;
  char              *name;      /* the partner's, desk's or signal's name; filled by load */
} IdoPolicyLink;

/* A policy domain of Tabel 1 (code set) or one the user added (code NULL)
 * (§3.6). Field errors: the name is IDO_FIELD_NAME (IDO_FIELD_DUPLICATE when
 * taken), the e-mail IDO_FIELD_EMAIL, the last conversation IDO_FIELD_DATE,
 * the next one IDO_FIELD_REVIEW_DATE. */
typedef struct
{
  gint64  id;                    /* 0 for a new domain */
  char   *uuid;
  char   *code;                  /* Tabel 1 code, NULL for the user's own */
  char   *name;
  int     position;
  char   *officer_name;          /* the policy officer */
  char   *officer_email;
  char   *relation;              /* how the domain relates to the IDO */
  char   *agreements;            /* agreements made */
  char   *last_conversation_on;  /* last driehoeksgesprek, ISO date or NULL */
  char   *next_conversation_on;  /* next one planned, ISO date or NULL */
  GArray *links;                 /* IdoPolicyLink */
} IdoPolicyDomain;

/* One line of the matrix domains x (contact known, agreement made,
 * conversation in the last 12 months). */
typedef struct
{
  gint64    domain_id;
  char     *name;
  gboolean  preset;              /* from Tabel 1 */
  gboolean  contact_known;       /* an officer's name or e-mail address */
  gboolean  agreement_made;      /* agreements written down */
  gboolean  recent_conversation; /* a driehoeksgesprek in the 12 months up to today */
  char     *last_conversation_on; /* the later of the stored date and the latest recorded meeting */
  char     *next_conversation_on;
  guint     n_links;
} IdoPolicyMatrixRow;

IdoPolicyDomain *ido_policy_domain_new         (void);
void             ido_policy_domain_free        (IdoPolicyDomain  *domain);
void             ido_policy_domain_add_link    (IdoPolicyDomain  *domain,
                                                IdoPolicyLinkKind kind,
                                                gint64            target_id);
gboolean         ido_policy_domain_remove_link (IdoPolicyDomain  *domain,
                                                IdoPolicyLinkKind kind,
                                                gint64            target_id);
IdoPolicyDomain *ido_policy_domain_load        (IdoDatabase      *database,
                                                gint64            domain_id,
                                                GError          **error);
gboolean         ido_policy_domain_save        (IdoDatabase      *database,
                                                IdoPolicyDomain  *domain,
                                                GError          **error);
gboolean         ido_policy_domain_delete      (IdoDatabase      *database,
                                                gint64            domain_id,
                                                GError          **error);

GPtrArray       *ido_policy_matrix_load        (IdoDatabase      *database,
                                                const char       *today,
                                                GError          **error);
void             ido_policy_matrix_row_free    (IdoPolicyMatrixRow *row);
guint            ido_policy_matrix_row_count_gaps (const IdoPolicyMatrixRow *row);
gboolean         ido_policy_conversation_is_recent (const char   *last_conversation_on,
                                                const char       *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoPolicyDomain, ido_policy_domain_free)

G_END_DECLS

/* ido-partner-store.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-partner.h"

G_BEGIN_DECLS

/* Which partners a list shows besides the search words. */
typedef enum
{
  IDO_PARTNER_STATUS_ANY,
  IDO_PARTNER_STATUS_ACTIVE,
  IDO_PARTNER_STATUS_ENDED,
  IDO_PARTNER_STATUS_NO_AGREEMENT,   /* active and without any agreement */
  IDO_PARTNER_STATUS_REVIEW_DUE,     /* an agreement's review date is near or past */
} IdoPartnerStatus;

/* A search as the partner list applies it per keystroke: folded words that
 * must all occur in ido_partner_get_search_text(), plus kind, sector and
 * status filters. */
typedef struct _IdoPartnerQuery IdoPartnerQuery;

typedef enum
{
  IDO_PARTNER_QUERY_SAME,
  IDO_PARTNER_QUERY_STRICTER,   /* matches a subset of what the other matched */
  IDO_PARTNER_QUERY_LOOSER,     /* matches a superset */
  IDO_PARTNER_QUERY_DIFFERENT,
} IdoPartnerQueryChange;

IdoPartnerQuery       *ido_partner_query_new      (const char            *text,
                                                   const char            *kind,
                                                   const char            *sector,
                                                   IdoPartnerStatus       status);
void                   ido_partner_query_free     (IdoPartnerQuery       *query);
gboolean               ido_partner_query_is_empty (const IdoPartnerQuery *query);
gboolean               ido_partner_query_matches  (const IdoPartnerQuery *query,
                                                   IdoPartner            *partner);
IdoPartnerQueryChange  ido_partner_query_compare  (const IdoPartnerQuery *query,
                                                   const IdoPartnerQuery *previous);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoPartnerQuery, ido_partner_query_free)

#define IDO_TYPE_PARTNER_STORE (ido_partner_store_get_type ())

G_DECLARE_FINAL_TYPE (IdoPartnerStore, ido_partner_store, IDO, PARTNER_STORE, GObject)

/* A GListModel of every IdoPartner, by id, with contacts, building blocks
 * and agreement summary. Follows the database's "changed" signal: changes
 * are gathered and applied in an idle callback, touching only the items
 * that changed. */
IdoPartnerStore *ido_partner_store_new           (IdoDatabase      *database);
IdoDatabase     *ido_partner_store_get_database  (IdoPartnerStore  *self);
gboolean         ido_partner_store_reload        (IdoPartnerStore  *self,
                                                  GError          **error);
void             ido_partner_store_flush         (IdoPartnerStore  *self);
void             ido_partner_store_set_today     (IdoPartnerStore  *self,
                                                  const char       *today);
IdoPartner      *ido_partner_store_find          (IdoPartnerStore  *self,
                                                  gint64            id);
guint            ido_partner_store_find_position (IdoPartnerStore  *self,
                                                  gint64            id);
GStrv            ido_partner_store_dup_sectors   (IdoPartnerStore  *self);

G_END_DECLS

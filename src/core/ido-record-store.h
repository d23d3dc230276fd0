/* ido-record-store.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_RECORD_STORE (ido_record_store_get_type ())

G_DECLARE_FINAL_TYPE (IdoRecordStore, ido_record_store, IDO, RECORD_STORE, GObject)

/* A GListModel of IdoRecord for one kind, read from the database and
 * reloaded when the database reports a change to the kind's table. */
IdoRecordStore *ido_record_store_new        (IdoDatabase     *database,
                                             IdoRecordKind    kind);
guint           ido_record_store_get_total  (IdoRecordStore  *self);
IdoRecordKind   ido_record_store_get_kind   (IdoRecordStore  *self);
gboolean        ido_record_store_reload     (IdoRecordStore  *self,
                                             GError         **error);
void            ido_record_store_set_today  (IdoRecordStore  *self,
                                             const char      *today);
guint           ido_record_store_count_flagged (IdoRecordStore *self,
                                             int              min_flag);

const char     *ido_record_kind_get_table   (IdoRecordKind    kind);
IdoRole         ido_record_kind_get_role    (IdoRecordKind    kind);
const char     *ido_record_kind_get_label   (IdoRecordKind    kind);
gboolean        ido_record_kind_count       (IdoDatabase     *database,
                                             IdoRecordKind    kind,
                                             const char      *today,
                                             guint           *total,
                                             guint           *flagged,
                                             GError         **error);
GPtrArray      *ido_record_kind_list_flagged (IdoDatabase    *database,
                                             IdoRecordKind    kind,
                                             const char      *today,
                                             guint            limit,
                                             GError         **error);

G_END_DECLS

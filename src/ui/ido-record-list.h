/* ido-record-list.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_RECORD_LIST (ido_record_list_get_type ())

G_DECLARE_FINAL_TYPE (IdoRecordList, ido_record_list, IDO, RECORD_LIST, AdwBin)

GtkWidget      *ido_record_list_new             (IdoDatabase   *database,
                                                 IdoRole        role);
guint           ido_record_list_get_n_records   (IdoRecordList *self);
guint           ido_record_list_get_n_visible   (IdoRecordList *self);
const char     *ido_record_list_get_search_text (IdoRecordList *self);
void            ido_record_list_set_search_text (IdoRecordList *self,
                                                 const char    *text);
IdoRecordStore *ido_record_list_get_store       (IdoRecordList *self,
                                                 IdoRecordKind  kind);
GListModel     *ido_record_list_get_model       (IdoRecordList *self);
void            ido_record_list_reload          (IdoRecordList *self);

G_END_DECLS

/* ido-record.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* How urgent a record is in the overview: e.g. an agreement past its review
 * date is IDO_RECORD_FLAG_OVERDUE. */
typedef enum
{
  IDO_RECORD_FLAG_NONE,
  IDO_RECORD_FLAG_ATTENTION,
  IDO_RECORD_FLAG_OVERDUE,
} IdoRecordFlag;

#define IDO_TYPE_RECORD (ido_record_get_type ())

G_DECLARE_FINAL_TYPE (IdoRecord, ido_record, IDO, RECORD, GObject)

IdoRecord     *ido_record_new          (IdoRecordKind  kind,
                                        gint64         id,
                                        const char    *uuid,
                                        const char    *title,
                                        const char    *subtitle,
                                        const char    *date);
IdoRecordKind  ido_record_get_kind     (IdoRecord     *self);
gint64         ido_record_get_id       (IdoRecord     *self);
const char    *ido_record_get_uuid     (IdoRecord     *self);
const char    *ido_record_get_title    (IdoRecord     *self);
const char    *ido_record_get_subtitle (IdoRecord     *self);
const char    *ido_record_get_date     (IdoRecord     *self);
IdoRecordFlag  ido_record_get_flag     (IdoRecord     *self);
void           ido_record_set_flag     (IdoRecord     *self,
                                        IdoRecordFlag  flag);
char          *ido_record_dup_search_text (IdoRecord  *self);

G_END_DECLS

/* ido-attention.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* How many records the overview lists before "and N more". */
#define IDO_ATTENTION_ROWS 8

/* What the overview shows first: how many records of each kind exist, how
 * many need attention, and the most urgent few of each kind. Loading it
 * touches nothing but @database, so it may run in a thread of its own
 * while the window is being built. */
typedef struct
{
  guint      totals[IDO_N_RECORD_KINDS];
  guint      flagged[IDO_N_RECORD_KINDS];
  GPtrArray *urgent[IDO_N_RECORD_KINDS];  /* (element-type IdoRecord), most urgent first */
} IdoAttentionSummary;

IdoAttentionSummary *ido_attention_summary_load (IdoDatabase          *database,
                                                 const char           *today,
                                                 guint                 limit,
                                                 GError              **error);
void                 ido_attention_summary_free (IdoAttentionSummary  *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoAttentionSummary, ido_attention_summary_free)

G_END_DECLS

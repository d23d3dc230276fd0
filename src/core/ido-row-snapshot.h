/* ido-row-snapshot.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* The rows a delete removes or changes, taken just before it, so that an
 * undo can put back the very same rows (same ids, same UUIDs). Follows the
 * schema's foreign keys: rows removed by ON DELETE CASCADE are kept whole,
 * columns cleared by ON DELETE SET NULL are kept with their old value. */
typedef struct _IdoRowSnapshot IdoRowSnapshot;

IdoRowSnapshot     *ido_row_snapshot_new         (void);
void                ido_row_snapshot_free        (IdoRowSnapshot  *self);
gboolean            ido_row_snapshot_capture     (IdoRowSnapshot  *self,
                                                  IdoDatabase     *database,
                                                  const char      *table,
                                                  gint64           id,
                                                  GError         **error);
gboolean            ido_row_snapshot_restore     (IdoRowSnapshot  *self,
                                                  IdoDatabase     *database,
                                                  GError         **error);
guint               ido_row_snapshot_count_rows  (IdoRowSnapshot  *self,
                                                  const char      *table);
const char * const *ido_row_snapshot_get_tables  (IdoRowSnapshot  *self);
void                ido_row_snapshot_emit_changed (IdoRowSnapshot *self,
                                                  IdoDatabase     *database);
gboolean            ido_row_snapshot_delete      (IdoDatabase     *database,
                                                  const char      *table,
                                                  gint64           id,
                                                  IdoRowSnapshot **undo,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoRowSnapshot, ido_row_snapshot_free)

G_END_DECLS

/* ido-import-batch.h: one earlier dashboard import, for the history list
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-database.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_BATCH (ido_import_batch_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportBatch, ido_import_batch, IDO, IMPORT_BATCH, GObject)

gint64      ido_import_batch_get_id             (IdoImportBatch  *self);
const char *ido_import_batch_get_file_name      (IdoImportBatch  *self);
const char *ido_import_batch_get_imported_at    (IdoImportBatch  *self);
const char *ido_import_batch_get_source         (IdoImportBatch  *self);
guint64     ido_import_batch_get_n_new          (IdoImportBatch  *self);
guint64     ido_import_batch_get_n_changed      (IdoImportBatch  *self);
guint64     ido_import_batch_get_n_unchanged    (IdoImportBatch  *self);
guint64     ido_import_batch_get_n_rejected     (IdoImportBatch  *self);
const char *ido_import_batch_get_reverted_at    (IdoImportBatch  *self);
gboolean    ido_import_batch_get_reverted       (IdoImportBatch  *self);

GListModel *ido_import_batch_list               (IdoDatabase     *database,
                                                 GError         **error);

G_END_DECLS

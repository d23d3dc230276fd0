/* ido-import-batch-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-import-batch.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_BATCH_ROW (ido_import_batch_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportBatchRow, ido_import_batch_row, IDO, IMPORT_BATCH_ROW, GtkBox)

/* One earlier import: file, time, preset, counts, and a Revert button
 * that activates sources.revert with the batch id. */
GtkWidget      *ido_import_batch_row_new        (void);
void            ido_import_batch_row_set_batch  (IdoImportBatchRow *self,
                                                 IdoImportBatch    *batch);
IdoImportBatch *ido_import_batch_row_get_batch  (IdoImportBatchRow *self);

G_END_DECLS

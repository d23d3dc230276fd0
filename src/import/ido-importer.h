/* ido-importer.h: dashboard files into observations, in atomic batches
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-database.h"
#include "ido-import-report.h"
#include "ido-mapping.h"
#include "ido-table-reader.h"

G_BEGIN_DECLS

/* Called with the part of the file done, 0 to 1; from the main loop for
 * ido_importer_import_file_async(). */
typedef void (*IdoImportProgressFunc) (double   fraction,
                                       gpointer user_data);

#define IDO_TYPE_IMPORTER (ido_importer_get_type ())

G_DECLARE_FINAL_TYPE (IdoImporter, ido_importer, IDO, IMPORTER, GObject)

IdoImporter     *ido_importer_new                (IdoDatabase             *database);
IdoDatabase     *ido_importer_get_database       (IdoImporter             *self);
void             ido_importer_set_mapping        (IdoImporter             *self,
                                                  IdoMapping              *mapping);
IdoMapping      *ido_importer_get_mapping        (IdoImporter             *self);
IdoFileFormat    ido_importer_get_format         (IdoImporter             *self);
const char      *ido_importer_get_encoding       (IdoImporter             *self);
char             ido_importer_get_delimiter      (IdoImporter             *self);
void             ido_importer_set_reader_options (IdoImporter             *self,
                                                  const IdoReaderOptions  *options);
void             ido_importer_set_dry_run        (IdoImporter             *self,
                                                  gboolean                 dry_run);
gboolean         ido_importer_get_dry_run        (IdoImporter             *self);
void             ido_importer_set_valid_only     (IdoImporter             *self,
                                                  gboolean                 valid_only);
gboolean         ido_importer_get_valid_only     (IdoImporter             *self);
void             ido_importer_set_expected_sha256 (IdoImporter            *self,
                                                  const char              *sha256);
void             ido_importer_set_default_place  (IdoImporter             *self,
                                                  const char              *place);
void             ido_importer_set_progress_func  (IdoImporter             *self,
                                                  IdoImportProgressFunc    func,
                                                  gpointer                 user_data,
                                                  GDestroyNotify           destroy);

GPtrArray       *ido_importer_preview            (IdoImporter             *self,
                                                  GFile                   *file,
                                                  guint                    max_rows,
                                                  GCancellable            *cancellable,
                                                  GError                 **error);
IdoImportReport *ido_importer_import_file        (IdoImporter             *self,
                                                  GFile                   *file,
                                                  GCancellable            *cancellable,
                                                  GError                 **error);
void             ido_importer_import_file_async  (IdoImporter             *self,
                                                  GFile                   *file,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data);
IdoImportReport *ido_importer_import_file_finish (IdoImporter             *self,
                                                  GAsyncResult            *result,
                                                  GError                 **error);
gboolean         ido_importer_revert_batch       (IdoImporter             *self,
                                                  gint64                   batch_id,
                                                  GError                 **error);

G_END_DECLS

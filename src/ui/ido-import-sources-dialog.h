/* ido-import-sources-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-database.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_SOURCES_DIALOG (ido_import_sources_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportSourcesDialog, ido_import_sources_dialog, IDO, IMPORT_SOURCES_DIALOG, AdwDialog)

/* "Sources and earlier imports": the saved mappings (presets) with the
 * https:// address each can be fetched from, and the earlier import
 * batches, newest first, each of which can be reverted. */
AdwDialog  *ido_import_sources_dialog_new           (IdoDatabase            *database);
void        ido_import_sources_dialog_show_page     (IdoImportSourcesDialog *self,
                                                     const char             *page);
void        ido_import_sources_dialog_set_ca_file   (IdoImportSourcesDialog *self,
                                                     const char             *ca_file);
gboolean    ido_import_sources_dialog_export_preset (IdoImportSourcesDialog *self,
                                                     const char             *name,
                                                     GFile                  *file,
                                                     GError                **error);
char       *ido_import_sources_dialog_import_preset (IdoImportSourcesDialog *self,
                                                     GFile                  *file,
                                                     GError                **error);
void        ido_import_sources_dialog_revert_batch  (IdoImportSourcesDialog *self,
                                                     gint64                  batch_id);
gboolean    ido_import_sources_dialog_get_busy      (IdoImportSourcesDialog *self);
GListModel *ido_import_sources_dialog_get_sources   (IdoImportSourcesDialog *self);
GListModel *ido_import_sources_dialog_get_batches   (IdoImportSourcesDialog *self);

G_END_DECLS

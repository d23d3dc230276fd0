/* ido-dossier-import.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-dossier-change.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_DOSSIER_ERROR (ido_dossier_error_quark ())

typedef enum
{
  IDO_DOSSIER_ERROR_FORMAT,      /* not a dossier file */
  IDO_DOSSIER_ERROR_VERSION,     /* made by a newer IDO Regie */
  IDO_DOSSIER_ERROR_INVALID,     /* a row is damaged */
  IDO_DOSSIER_ERROR_UNRESOLVED,  /* a conflict has no choice yet */
  IDO_DOSSIER_ERROR_CHANGED,     /* the database changed since the preview */
  IDO_DOSSIER_ERROR_UNDO,        /* the import cannot be undone (any more) */
} IdoDossierError;

#define IDO_TYPE_DOSSIER_IMPORT (ido_dossier_import_get_type ())

/* The preview of importing a dossier: a GListModel of IdoDossierChange for
 * every row that is new, changed, in conflict, kept or skipped (unchanged
 * rows are only counted). Nothing is written until ido_dossier_import_apply(),
 * which writes everything or nothing, as one batch that can be undone. */
G_DECLARE_FINAL_TYPE (IdoDossierImport, ido_dossier_import, IDO, DOSSIER_IMPORT, GObject)

GQuark            ido_dossier_error_quark              (void);
IdoDossierImport *ido_dossier_import_new_from_file     (IdoDatabase          *database,
                                                        const char           *path,
                                                        GError              **error);
IdoDossierImport *ido_dossier_import_new_from_data     (IdoDatabase          *database,
                                                        const char           *data,
                                                        gssize                length,
                                                        const char           *file_name,
                                                        GError              **error);
const char       *ido_dossier_import_get_source_name   (IdoDossierImport     *self);
const char       *ido_dossier_import_get_exported_at   (IdoDossierImport     *self);
const char * const *ido_dossier_import_get_notes       (IdoDossierImport     *self);
guint             ido_dossier_import_count             (IdoDossierImport     *self,
                                                        IdoDossierChangeKind  kind);
guint             ido_dossier_import_get_n_unchanged   (IdoDossierImport     *self);
guint             ido_dossier_import_get_n_unresolved  (IdoDossierImport     *self);
void              ido_dossier_import_resolve_all       (IdoDossierImport     *self,
                                                        IdoDossierResolution  resolution);
gboolean          ido_dossier_import_apply             (IdoDossierImport     *self,
                                                        gint64               *batch_id,
                                                        GError              **error);
const char * const *ido_dossier_import_get_changed_tables (IdoDossierImport  *self);

void              ido_dossier_import_new_async         (const char           *database_path,
                                                        const char           *path,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
IdoDossierImport *ido_dossier_import_new_finish        (GAsyncResult         *result,
                                                        GError              **error);
void              ido_dossier_import_apply_async       (IdoDossierImport     *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean          ido_dossier_import_apply_finish      (IdoDossierImport     *self,
                                                        GAsyncResult         *result,
                                                        gint64               *batch_id,
                                                        GError              **error);

gint64            ido_dossier_import_last_batch        (IdoDatabase          *database);
gboolean          ido_dossier_import_undo              (IdoDatabase          *database,
                                                        gint64                batch_id,
                                                        GStrv                *changed_tables,
                                                        GError              **error);

G_END_DECLS

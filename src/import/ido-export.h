/* ido-export.h: observations as CSV or JSON that the importer reads back
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-database.h"
#include "ido-mapping.h"

G_BEGIN_DECLS

#define IDO_EXPORT_FORMAT  "ido-regie-observations"
#define IDO_EXPORT_VERSION 1

typedef enum
{
  IDO_EXPORT_CSV,
  IDO_EXPORT_JSON,
} IdoExportFormat;

gboolean            ido_export_observations           (IdoDatabase     *database,
                                                       IdoExportFormat  format,
                                                       GFile           *file,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
gboolean            ido_export_observations_to_stream (IdoDatabase     *database,
                                                       IdoExportFormat  format,
                                                       GOutputStream   *stream,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
const char * const *ido_export_get_columns            (guint           *n_columns);
IdoMapping         *ido_export_create_mapping         (void);
gboolean            ido_export_is_signature           (const char      *signature);

G_END_DECLS

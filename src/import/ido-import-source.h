/* ido-import-source.h: a saved mapping (preset) as a source of dashboard
 * files, with the HTTPS address it can be fetched from
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-database.h"

G_BEGIN_DECLS

#define IDO_TYPE_IMPORT_SOURCE (ido_import_source_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportSource, ido_import_source, IDO, IMPORT_SOURCE, GObject)

const char *ido_import_source_get_name          (IdoImportSource  *self);
const char *ido_import_source_get_headers       (IdoImportSource  *self);
guint       ido_import_source_get_n_columns     (IdoImportSource  *self);
const char *ido_import_source_get_fetch_url     (IdoImportSource  *self);
const char *ido_import_source_get_updated_at    (IdoImportSource  *self);

GListModel *ido_import_source_list              (IdoDatabase      *database,
                                                 GError          **error);
gboolean    ido_import_source_validate_url      (const char       *url,
                                                 GError          **error);
char       *ido_import_source_dup_fetch_url     (IdoDatabase      *database,
                                                 const char       *preset_name,
                                                 GError          **error);
gboolean    ido_import_source_set_fetch_url     (IdoDatabase      *database,
                                                 const char       *preset_name,
                                                 const char       *url,
                                                 GError          **error);

G_END_DECLS

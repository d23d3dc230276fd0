/* ido-dossier-export.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* A dossier file (see DOSSIER-FORMAT.md) for a successor or a neighbouring
 * municipality. The municipalities the data mentions always go along. */
typedef enum
{
  IDO_DOSSIER_PART_LIBRARIES    = 1 << 0,  /* library organisations, CBCT, locations */
  IDO_DOSSIER_PART_AGREEMENTS   = 1 << 1,  /* agreements, deliverables, targets */
  IDO_DOSSIER_PART_BUDGET       = 1 << 2,  /* SPUK budget years and spending */
  IDO_DOSSIER_PART_PARTNERS     = 1 << 3,  /* chain partners, contacts, referral agreements */
  IDO_DOSSIER_PART_DESKS        = 1 << 4,  /* municipal desks and trainings */
  IDO_DOSSIER_PART_MEETINGS     = 1 << 5,  /* meetings, agenda, action items */
  IDO_DOSSIER_PART_PROMOTION    = 1 << 6,  /* promotion activities, target groups */
  IDO_DOSSIER_PART_SERVICES     = 1 << 7,  /* service changes and signals */
  IDO_DOSSIER_PART_POLICY       = 1 << 8,  /* policy domains */
  IDO_DOSSIER_PART_OBSERVATIONS = 1 << 9,  /* dashboard figures */
  IDO_DOSSIER_PART_ALL          = (1 << 10) - 1,
} IdoDossierPart;

#define IDO_DOSSIER_FORMAT  "ido-regie-dossier"
#define IDO_DOSSIER_VERSION 1

typedef struct
{
  IdoDossierPart  parts;
  const char     *library_uuid;   /* only this library's data of the library parts; NULL for all */
  const char     *exported_at;    /* ISO timestamp to write; NULL: now (tests fix it) */
} IdoDossierExportOptions;

const char *ido_dossier_part_get_label   (IdoDossierPart                  part);
gboolean    ido_dossier_parts_parse      (const char                     *text,
                                          IdoDossierPart                 *parts,
                                          GError                        **error);
char       *ido_dossier_export_to_data   (IdoDatabase                    *database,
                                          const IdoDossierExportOptions  *options,
                                          gsize                          *length,
                                          GError                        **error);
gboolean    ido_dossier_export_to_file   (IdoDatabase                    *database,
                                          const IdoDossierExportOptions  *options,
                                          const char                     *path,
                                          GError                        **error);
void        ido_dossier_export_async     (const char                     *database_path,
                                          const IdoDossierExportOptions  *options,
                                          const char                     *path,
                                          GCancellable                   *cancellable,
                                          GAsyncReadyCallback             callback,
                                          gpointer                        user_data);
gboolean    ido_dossier_export_finish    (GAsyncResult                   *result,
                                          GError                        **error);

G_END_DECLS

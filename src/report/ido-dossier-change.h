/* ido-dossier-change.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What importing a dossier would do to one row. */
typedef enum
{
  IDO_DOSSIER_CHANGE_NEW,        /* not here yet: added */
  IDO_DOSSIER_CHANGE_CHANGED,    /* changed there only: updated */
  IDO_DOSSIER_CHANGE_CONFLICT,   /* changed on both sides: the user chooses */
  IDO_DOSSIER_CHANGE_KEPT,       /* changed here only: the file's older version is ignored */
  IDO_DOSSIER_CHANGE_SKIPPED,    /* cannot be imported (see the details) */
} IdoDossierChangeKind;

typedef enum
{
  IDO_DOSSIER_RESOLUTION_NONE,
  IDO_DOSSIER_RESOLUTION_KEEP_MINE,
  IDO_DOSSIER_RESOLUTION_TAKE_THEIRS,
} IdoDossierResolution;

#define IDO_TYPE_DOSSIER_CHANGE (ido_dossier_change_get_type ())

G_DECLARE_FINAL_TYPE (IdoDossierChange, ido_dossier_change, IDO, DOSSIER_CHANGE, GObject)

IdoDossierChange     *ido_dossier_change_new            (IdoDossierChangeKind  kind,
                                                         const char           *table_label,
                                                         const char           *title,
                                                         const char           *details);
IdoDossierChangeKind  ido_dossier_change_get_kind       (IdoDossierChange     *self);
const char           *ido_dossier_change_get_table_label (IdoDossierChange    *self);
const char           *ido_dossier_change_get_title      (IdoDossierChange     *self);
const char           *ido_dossier_change_get_details    (IdoDossierChange     *self);
IdoDossierResolution  ido_dossier_change_get_resolution (IdoDossierChange     *self);
void                  ido_dossier_change_set_resolution (IdoDossierChange     *self,
                                                         IdoDossierResolution  resolution);
const char           *ido_dossier_change_kind_get_label (IdoDossierChangeKind  kind);

G_END_DECLS

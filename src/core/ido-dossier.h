/* ido-dossier.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* The municipality the user works for; stored in the database, because it
 * belongs to the data rather than to the machine. */
typedef struct
{
  char *code;       /* "GM0363", or NULL for a municipality not in the list */
  char *name;
  gboolean is_sample;
} IdoOwnMunicipality;

void                ido_own_municipality_free         (IdoOwnMunicipality *own);
IdoOwnMunicipality *ido_dossier_get_own_municipality  (IdoDatabase        *database);
gboolean            ido_dossier_set_own_municipality  (IdoDatabase        *database,
                                                       const char         *code,
                                                       const char         *name,
                                                       GError            **error);
/* TRUE when the user has not chosen a municipality nor loaded sample data:
 * the application then shows its welcome page. */
gboolean            ido_dossier_needs_setup           (IdoDatabase        *database);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoOwnMunicipality, ido_own_municipality_free)

G_END_DECLS

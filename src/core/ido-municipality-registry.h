/* ido-municipality-registry.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_MUNICIPALITY_REGISTRY (ido_municipality_registry_get_type ())

G_DECLARE_FINAL_TYPE (IdoMunicipalityRegistry, ido_municipality_registry, IDO, MUNICIPALITY_REGISTRY, GObject)

/* The Dutch municipalities shipped with the app (CBS, 2025 layout), as a
 * GListModel of IdoMunicipality sorted by name. */
IdoMunicipalityRegistry *ido_municipality_registry_get_default (void);
IdoMunicipalityRegistry *ido_municipality_registry_new_from_data (const char  *municipalities_csv,
                                                                  const char  *changes_csv,
                                                                  const char  *inhabitants_csv,
                                                                  GError     **error);
/* Resolves a CBS code ("GM0363", "0363", "363") or a name in any case, with
 * or without accents or punctuation, including common aliases ("Den Haag").
 * A municipality that was merged away resolves to its successor; then
 * *merged_from is set to the old name. Returns NULL when nothing matches. */
IdoMunicipality *ido_municipality_registry_resolve   (IdoMunicipalityRegistry  *self,
                                                      const char               *code_or_name,
                                                      char                    **merged_from);
IdoMunicipality *ido_municipality_registry_lookup_code (IdoMunicipalityRegistry *self,
                                                      const char               *code);

G_END_DECLS

/* ido-municipality.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_MUNICIPALITY (ido_municipality_get_type ())

G_DECLARE_FINAL_TYPE (IdoMunicipality, ido_municipality, IDO, MUNICIPALITY, GObject)

IdoMunicipality *ido_municipality_new             (const char      *code,
                                                   const char      *name,
                                                   const char      *province);
const char      *ido_municipality_get_code        (IdoMunicipality *self);
const char      *ido_municipality_get_name        (IdoMunicipality *self);
const char      *ido_municipality_get_province    (IdoMunicipality *self);
/* Registered inhabitants on 1 January of ido_municipality_get_inhabitants_year
 * (CBS), or 0 when unknown. */
guint            ido_municipality_get_inhabitants (IdoMunicipality *self);
guint            ido_municipality_get_inhabitants_year (IdoMunicipality *self);
void             ido_municipality_set_inhabitants (IdoMunicipality *self,
                                                   guint            inhabitants,
                                                   guint            year);
/* Name, code and province folded for searching (lower case, no accents). */
const char      *ido_municipality_get_search_key  (IdoMunicipality *self);

char            *ido_text_fold                    (const char      *text);
gboolean         ido_municipality_code_is_valid   (const char      *code);

G_END_DECLS

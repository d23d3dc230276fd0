/* ido-place-resolver.h: the place of an imported row (internal to the importer)
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-database.h"
#include "ido-mapping.h"

G_BEGIN_DECLS

typedef struct _IdoPlaceResolver IdoPlaceResolver;

/* The cells of a row that name its place; NULL where there is no column. */
typedef struct
{
  const char *place_key;
  const char *location;
  const char *library;
  const char *municipality_code;
  const char *municipality;
  const char *inside;
} IdoPlaceCells;

/* A resolved place, or why it cannot be resolved (error set). */
typedef struct
{
  char     *key;              /* observation.place_key */
  gint64    municipality_id;  /* 0 for none */
  gint64    library_id;
  gint64    location_id;
  int       inside;           /* -1 unknown, else 0 or 1 */
  char     *merged_note;      /* "Haaren is now part of Oisterwijk", or NULL */
  IdoField  error_field;
  char     *error;            /* translated reason of a rejection, or NULL */
} IdoPlace;

typedef enum
{
  IDO_PLACE_CREATED_MUNICIPALITY = 1 << 0,
  IDO_PLACE_CREATED_LIBRARY      = 1 << 1,
  IDO_PLACE_CREATED_LOCATION     = 1 << 2,
} IdoPlaceCreated;

IdoPlaceResolver *ido_place_resolver_new         (IdoDatabase          *database,
                                                  const char           *default_place,
                                                  GError              **error);
void              ido_place_resolver_free        (IdoPlaceResolver     *self);
const IdoPlace   *ido_place_resolver_resolve     (IdoPlaceResolver     *self,
                                                  const IdoPlaceCells  *cells,
                                                  GError              **error);
IdoPlaceCreated   ido_place_resolver_get_created (IdoPlaceResolver     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoPlaceResolver, ido_place_resolver_free)

G_END_DECLS

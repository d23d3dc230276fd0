/* ido-population.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Inhabitants of the own municipality on 1 January of a year: the input of
 * the SPUK estimate. */
typedef struct
{
  int       year;
  guint64   inhabitants;
  gboolean  has_low_educated;
  guint64   low_educated_15_75;   /* when has_low_educated; always an estimate */
  gboolean  from_registry;        /* the CBS figure shipped with the app */
  char     *source;
} IdoPopulation;

void      ido_population_clear       (IdoPopulation  *population);
gboolean  ido_population_lookup_own  (IdoDatabase    *database,
                                      int             year,
                                      IdoPopulation  *out,
                                      GError        **error);
int       ido_population_latest_year_own (IdoDatabase *database);
gboolean  ido_population_store       (IdoDatabase    *database,
                                      gint64          municipality_id,
                                      int             year,
                                      guint64         inhabitants,
                                      const char     *source,
                                      GError        **error);
guint     ido_population_store_by_code (IdoDatabase  *database,
                                      int             year,
                                      GHashTable     *inhabitants_by_code,
                                      const char     *source,
                                      GError        **error);

G_END_DECLS

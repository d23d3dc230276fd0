/* fuzz-mapping.c: preset JSON, as colleagues send it
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "ido-mapping.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(IdoMapping) mapping = NULL;
  g_autoptr(IdoMapping) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  g_autofree char *signature = NULL;

  mapping = ido_mapping_new_from_json ((const char *) data, (gssize) size, NULL);
  if (mapping == NULL)
    return 0;
  /* Whatever was accepted writes out and reads back the same. */
  json = ido_mapping_to_json (mapping);
  again = ido_mapping_new_from_json (json, -1, NULL);
  g_assert (again != NULL);
  json_again = ido_mapping_to_json (again);
  g_assert (g_str_equal (json, json_again));
  signature = ido_mapping_dup_signature (mapping);
  ido_mapping_validate (mapping, NULL);
  for (guint i = 0; i < ido_mapping_get_n_columns (mapping); i++)
    ido_mapping_get_effective_indicator (mapping, i);
  return 0;
}

/* ido-indicator-choices.h: the indicator vocabulary for import mappings
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-database.h"

G_BEGIN_DECLS

/* One indicator a value column of a dashboard file can count. A plain copy
 * of IdoIndicator (ido-target-store.h), for code that also includes
 * ido-mapping.h: both headers name an IdoField of their own. */
typedef struct
{
  char     *code;          /* "questions", "custom-<uuid>", "custom:<label>" */
  char     *label;         /* translated for the built-in ones */
  gboolean  has_category;
} IdoIndicatorChoice;

GPtrArray *ido_indicator_choices_load (IdoDatabase *database);

G_END_DECLS

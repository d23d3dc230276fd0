/* ido-sisa-preferences-group.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_SISA_PREFERENCES_GROUP (ido_sisa_preferences_group_get_type ())

G_DECLARE_FINAL_TYPE (IdoSisaPreferencesGroup, ido_sisa_preferences_group, IDO, SISA_PREFERENCES_GROUP,
                      AdwPreferencesGroup)

GtkWidget *ido_sisa_preferences_group_new (IdoDatabase *database);

G_END_DECLS

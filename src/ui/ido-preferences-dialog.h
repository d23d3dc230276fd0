/* ido-preferences-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_PREFERENCES_DIALOG (ido_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoPreferencesDialog, ido_preferences_dialog, IDO, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *ido_preferences_dialog_new (IdoDatabase *database,
                                       const char  *database_path);

G_END_DECLS

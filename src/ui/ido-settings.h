/* ido-settings.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define IDO_SETTINGS_SCHEMA_ID "io.github.idoregie.IdoRegie"

#define IDO_TYPE_SETTINGS (ido_settings_get_type ())

G_DECLARE_FINAL_TYPE (IdoSettings, ido_settings, IDO, SETTINGS, GObject)

IdoSettings *ido_settings_new                  (void);
int          ido_settings_get_window_width     (IdoSettings *self);
int          ido_settings_get_window_height    (IdoSettings *self);
gboolean     ido_settings_get_window_maximized (IdoSettings *self);
void         ido_settings_set_window_state     (IdoSettings *self,
                                                int          width,
                                                int          height,
                                                gboolean     maximized);
char        *ido_settings_dup_last_pane        (IdoSettings *self);
void         ido_settings_set_last_pane        (IdoSettings *self,
                                                const char  *pane);

G_END_DECLS

/* ido-window.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-application.h"
#include "ido-pane.h"
#include "ido-settings.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_WINDOW (ido_window_get_type ())

G_DECLARE_FINAL_TYPE (IdoWindow, ido_window, IDO, WINDOW, AdwApplicationWindow)

IdoWindow    *ido_window_new                 (IdoApplication *application,
                                              IdoDatabase    *database);
IdoWindow    *ido_window_new_at_pane         (IdoApplication *application,
                                              IdoDatabase    *database,
                                              const char     *pane);
IdoDatabase  *ido_window_get_database        (IdoWindow      *self);
GCancellable *ido_window_get_cancellable     (IdoWindow      *self);
void          ido_window_show_database_error (IdoWindow      *self,
                                              const GError   *error);
void          ido_window_show_pane           (IdoWindow      *self,
                                              IdoRole         role);
gboolean      ido_window_show_pane_by_name   (IdoWindow      *self,
                                              const char     *name);
IdoPane      *ido_window_get_pane            (IdoWindow      *self,
                                              IdoRole         role);
IdoPane      *ido_window_get_visible_pane    (IdoWindow      *self);
void          ido_window_add_toast           (IdoWindow      *self,
                                              AdwToast       *toast);
void          ido_window_reload              (IdoWindow      *self);
void          ido_window_import_file         (IdoWindow      *self,
                                              GFile          *file);

G_END_DECLS

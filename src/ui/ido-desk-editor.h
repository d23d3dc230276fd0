/* ido-desk-editor.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_DESK_EDITOR (ido_desk_editor_get_type ())

G_DECLARE_FINAL_TYPE (IdoDeskEditor, ido_desk_editor, IDO, DESK_EDITOR, AdwDialog)

AdwDialog *ido_desk_editor_new             (IdoDatabase   *database,
                                            gint64         desk_id);
gint64     ido_desk_editor_get_desk_id     (IdoDeskEditor *self);
GtkWidget *ido_desk_editor_get_quarter_row (IdoDeskEditor *self,
                                            const char    *quarter);

G_END_DECLS

/* ido-training-editor.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_TRAINING_EDITOR (ido_training_editor_get_type ())

G_DECLARE_FINAL_TYPE (IdoTrainingEditor, ido_training_editor, IDO, TRAINING_EDITOR, AdwDialog)

AdwDialog *ido_training_editor_new             (IdoDatabase       *database,
                                                gint64             training_id);
gint64     ido_training_editor_get_training_id (IdoTrainingEditor *self);
GtkWidget *ido_training_editor_get_desk_row    (IdoTrainingEditor *self,
                                                gint64             desk_id);

G_END_DECLS

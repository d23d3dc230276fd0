/* ido-library-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-edit-dialog.h"

G_BEGIN_DECLS

#define IDO_TYPE_LIBRARY_DIALOG (ido_library_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoLibraryDialog, ido_library_dialog, IDO, LIBRARY_DIALOG, IdoEditDialog)

AdwDialog *ido_library_dialog_new (IdoDatabase *database,
                                   gint64       library_id);

G_END_DECLS

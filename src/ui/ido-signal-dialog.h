/* ido-signal-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-signal.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_SIGNAL_DIALOG (ido_signal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoSignalDialog, ido_signal_dialog, IDO, SIGNAL_DIALOG, AdwDialog)

AdwDialog *ido_signal_dialog_new (IdoDatabase *database,
                                  IdoSignal   *signal);

G_END_DECLS

/* ido-policy-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-policy.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_POLICY_DIALOG (ido_policy_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoPolicyDialog, ido_policy_dialog, IDO, POLICY_DIALOG, AdwDialog)

AdwDialog *ido_policy_dialog_new (IdoDatabase     *database,
                                  IdoPolicyDomain *domain);

G_END_DECLS

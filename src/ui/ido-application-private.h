/* ido-application-private.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-application.h"

G_BEGIN_DECLS

/* ido-application-actions.c */
void ido_application_add_actions (IdoApplication *self);

G_END_DECLS

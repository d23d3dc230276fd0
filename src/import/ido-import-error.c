/* ido-import-error.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-import-error.h"

G_DEFINE_QUARK (ido-import-error-quark, ido_import_error)

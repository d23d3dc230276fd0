/* ido-welcome-page.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_WELCOME_PAGE (ido_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (IdoWelcomePage, ido_welcome_page, IDO, WELCOME_PAGE, AdwBin)

GtkWidget  *ido_welcome_page_new         (IdoDatabase    *database);
GListModel *ido_welcome_page_get_matches (IdoWelcomePage *self);

G_END_DECLS

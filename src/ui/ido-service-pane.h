/* ido-service-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_SERVICE_PANE (ido_service_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoServicePane, ido_service_pane, IDO, SERVICE_PANE, IdoPane)

GtkWidget *ido_service_pane_new (IdoDatabase *database);

G_END_DECLS

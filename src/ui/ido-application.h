/* ido-application.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-settings.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_APPLICATION (ido_application_get_type ())

G_DECLARE_FINAL_TYPE (IdoApplication, ido_application, IDO, APPLICATION, AdwApplication)

IdoApplication *ido_application_new                (void);
IdoSettings    *ido_application_get_settings       (IdoApplication *self);
const char     *ido_application_get_database_path  (IdoApplication *self);
IdoDatabase    *ido_application_get_database       (IdoApplication *self);
const GError   *ido_application_get_database_error (IdoApplication *self);
gint64          ido_application_get_start_time     (void);

G_END_DECLS

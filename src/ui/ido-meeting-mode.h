/* ido-meeting-mode.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_MEETING_MODE (ido_meeting_mode_get_type ())

G_DECLARE_FINAL_TYPE (IdoMeetingMode, ido_meeting_mode, IDO, MEETING_MODE, AdwDialog)

/* How long typing may pause before it is written. */
#define IDO_MEETING_MODE_SAVE_DELAY_MS 400

AdwDialog *ido_meeting_mode_new            (IdoDatabase    *database);
gint64     ido_meeting_mode_get_meeting_id (IdoMeetingMode *self);
void       ido_meeting_mode_show_meeting   (IdoMeetingMode *self,
                                            gint64          meeting_id);
gboolean   ido_meeting_mode_flush          (IdoMeetingMode *self);

G_END_DECLS

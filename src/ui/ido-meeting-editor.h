/* ido-meeting-editor.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-partner-store.h"

G_BEGIN_DECLS

#define IDO_TYPE_MEETING_EDITOR (ido_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (IdoMeetingEditor, ido_meeting_editor, IDO, MEETING_EDITOR, AdwDialog)

AdwDialog *ido_meeting_editor_new              (IdoPartnerStore  *store,
                                                gint64            meeting_id);
gint64     ido_meeting_editor_get_meeting_id   (IdoMeetingEditor *self);
void       ido_meeting_editor_set_partners     (IdoMeetingEditor *self,
                                                GArray           *partner_ids);
GtkWidget *ido_meeting_editor_get_partner_row  (IdoMeetingEditor *self,
                                                gint64            partner_id);
guint      ido_meeting_editor_get_n_actions    (IdoMeetingEditor *self);
GtkWidget *ido_meeting_editor_get_action_field (IdoMeetingEditor *self,
                                                guint             index,
                                                const char       *field);

G_END_DECLS

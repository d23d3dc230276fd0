/* ido-network-form.h: small helpers shared by the network and referrer forms
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void      ido_network_form_show_error   (GtkWidget            *row,
                                         GtkLabel             *message_label,
                                         const char           *message);
void      ido_network_form_clear_error  (GtkWidget            *row,
                                         GtkLabel             *message_label);
gboolean  ido_network_form_get_date     (AdwEntryRow          *row,
                                         int                   field,
                                         char                **iso,
                                         GError              **error);
void      ido_network_form_set_date     (AdwEntryRow          *row,
                                         const char           *iso);
char     *ido_network_form_get_text     (AdwEntryRow          *row);
char     *ido_network_form_format_date  (const char           *iso);
void      ido_network_form_remove_rows  (GPtrArray            *rows,
                                         AdwPreferencesGroup  *group);
AdwToast *ido_network_form_undo_toast   (const char           *title,
                                         GtkWidget            *owner,
                                         const char           *action_name);
void      ido_network_form_add_toast    (GtkWidget            *owner,
                                         AdwToast             *toast);

G_END_DECLS

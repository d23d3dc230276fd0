/* ido-roles-form.h: helpers for the editors of the role panes
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void        ido_roles_form_show_error      (GtkWidget    *row,
                                      GtkLabel     *message_label,
                                      const char   *message);
void        ido_roles_form_clear_errors    (GtkLabel     *message_label,
                                      GtkWidget    *first_row,
                                      ...) G_GNUC_NULL_TERMINATED;
gboolean    ido_roles_form_get_date        (AdwEntryRow  *row,
                                      char        **iso,
                                      GtkLabel     *message_label);
void        ido_roles_form_set_date        (AdwEntryRow  *row,
                                      const char   *iso);
const char *ido_roles_form_get_text        (AdwEntryRow  *row);
char       *ido_roles_form_dup_view_text   (GtkTextView  *view);
void        ido_roles_form_set_view_text   (GtkTextView  *view,
                                      const char   *text);
void        ido_roles_form_set_combo       (AdwComboRow  *row,
                                      const char * const *codes,
                                      const char   *code);
const char *ido_roles_form_get_combo       (AdwComboRow  *row,
                                      const char * const *codes);
GtkStringList *ido_roles_form_labels_model (const char * const *codes,
                                      const char * (*get_label) (const char *code));
GtkWidget  *ido_roles_form_get_root_window (GtkWidget    *widget);
void        ido_roles_form_add_toast       (GtkWidget    *widget,
                                      AdwToast     *toast);

G_END_DECLS

/* ido-form.h: helpers shared by the forms, editors and panes
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A field error is shown at its row: the row gets the "error" style class,
 * the message as its tooltip, is marked invalid for assistive technologies
 * with the message as its description, and the message appears in
 * @message_label (a label of the form, styled as an error). */
void        ido_form_show_error           (GtkWidget           *row,
                                           GtkLabel            *message_label,
                                           const char          *message);
void        ido_form_show_error_and_focus (GtkWidget           *row,
                                           GtkLabel            *message_label,
                                           const char          *message);
void        ido_form_clear_errors         (GtkWidget           *form,
                                           GtkLabel            *message_label);
void        ido_form_clear_error          (GtkWidget           *row,
                                           GtkLabel            *message_label);
void        ido_form_clear_rows           (GtkLabel            *message_label,
                                           GtkWidget           *first_row,
                                           ...) G_GNUC_NULL_TERMINATED;

/* Dates in rows are typed the Dutch way (31-12-2025). */
void        ido_form_set_date             (AdwEntryRow         *row,
                                           const char          *iso);
gboolean    ido_form_get_date             (AdwEntryRow         *row,
                                           int                  field,
                                           char               **iso,
                                           GError             **error);
gboolean    ido_form_read_date            (AdwEntryRow         *row,
                                           char               **iso,
                                           GtkLabel            *message_label);

char       *ido_form_dup_text             (AdwEntryRow         *row);
void        ido_form_set_text             (AdwEntryRow         *row,
                                           const char          *text);
char       *ido_form_dup_view_text        (GtkTextView         *view);
void        ido_form_set_view_text        (GtkTextView         *view,
                                           const char          *text);

/* Combo rows over a %NULL-terminated list of codes, showing their
 * translated labels. */
GListModel *ido_form_labels_model         (const char * const  *codes,
                                           const char *       (*get_label) (const char *code));
guint       ido_form_code_position        (const char * const  *codes,
                                           const char          *code);
void        ido_form_set_combo            (AdwComboRow         *row,
                                           const char * const  *codes,
                                           const char          *code);
const char *ido_form_get_combo            (AdwComboRow         *row,
                                           const char * const  *codes);

void        ido_form_remove_rows          (GPtrArray           *rows,
                                           AdwPreferencesGroup *group);

AdwToast   *ido_form_undo_toast           (const char          *title,
                                           GtkWidget           *owner,
                                           const char          *action_name);
void        ido_form_add_toast            (GtkWidget           *widget,
                                           AdwToast            *toast);

G_END_DECLS

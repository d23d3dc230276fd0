/* ido-financier-form.h: helpers for the financier's forms
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* A field error is shown at its row: the row gets the "error" style class,
 * is marked invalid for assistive technologies with the message as its
 * description, and the message appears in @message_label (a label below the
 * group, styled as an error). */
void        ido_financier_form_show_error    (GtkWidget    *row,
                                              GtkLabel     *message_label,
                                              const char   *message);
void        ido_financier_form_clear_errors  (GtkWidget    *form,
                                              GtkLabel     *message_label);

/* Dates in rows are typed the Dutch way (31-12-2025). */
void        ido_financier_form_set_date      (AdwEntryRow  *row,
                                              const char   *iso);
gboolean    ido_financier_form_get_date      (AdwEntryRow  *row,
                                              int           field,
                                              char        **iso,
                                              GError      **error);
char       *ido_financier_form_get_text      (AdwEntryRow  *row);
void        ido_financier_form_set_text      (AdwEntryRow  *row,
                                              const char   *text);

/* A string list model of translated labels for codes, for AdwComboRow. */
GListModel *ido_financier_form_labels_model  (const char * const *codes,
                                              const char *(*get_label) (const char *code));
guint       ido_financier_form_code_position (const char * const *codes,
                                              const char   *code);

void        ido_financier_form_toast         (GtkWidget    *widget,
                                              AdwToast     *toast);
char       *ido_financier_form_today         (void);

G_END_DECLS

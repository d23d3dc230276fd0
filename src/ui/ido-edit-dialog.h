/* ido-edit-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_EDIT_DIALOG (ido_edit_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (IdoEditDialog, ido_edit_dialog, IDO, EDIT_DIALOG, AdwDialog)

/* The base of the financier's editors. Subclasses build the form in their
 * template with buttons for the actions "edit.save", "edit.cancel" and
 * "edit.delete", and implement saving and deleting. A field error from
 * the core is shown at the row the subclass names for its field code, and
 * nothing is saved; the dialog closes after a successful save. */
struct _IdoEditDialogClass
{
  AdwDialogClass parent_class;

  /* Reads the form and writes it through the core. */
  gboolean   (*save)          (IdoEditDialog  *self,
                               GError        **error);
  /* The row where an IDO_FIELD_ERROR with @field belongs. */
  GtkWidget *(*get_field_row) (IdoEditDialog  *self,
                               int             field);
  /* Deletes what the dialog edits, offering undo. */
  void       (*delete)        (IdoEditDialog  *self);
};

IdoDatabase *ido_edit_dialog_get_database      (IdoEditDialog *self);
void         ido_edit_dialog_set_message_label (IdoEditDialog *self,
                                                GtkLabel      *label);
void         ido_edit_dialog_set_form          (IdoEditDialog *self,
                                                GtkWidget     *form);
void         ido_edit_dialog_set_can_delete    (IdoEditDialog *self,
                                                gboolean       can_delete);
gboolean     ido_edit_dialog_save              (IdoEditDialog *self);
void         ido_edit_dialog_show_error        (IdoEditDialog *self,
                                                const GError  *error);
void         ido_edit_dialog_offer_undo        (IdoEditDialog *self,
                                                const char    *message,
                                                gboolean     (*restore) (IdoDatabase *database,
                                                                         gpointer     data,
                                                                         GError     **error),
                                                gpointer       data,
                                                GDestroyNotify destroy);

G_END_DECLS

/* ido-sisa-preferences-group.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SiSa code of the SPUK and the code and label of each line of the
 * year summary, as the municipality's accountant uses them. They are not
 * known to the app, so the user sets them; they are kept in the dossier.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-sisa.h"
#include "ido-sisa-preferences-group.h"

struct _IdoSisaPreferencesGroup
{
  AdwPreferencesGroup  parent_instance;

  IdoDatabase         *database;
  AdwEntryRow         *regulation_row;
  AdwExpanderRow      *line_rows[IDO_SISA_N_LINES];
  AdwEntryRow         *code_rows[IDO_SISA_N_LINES];
  AdwEntryRow         *label_rows[IDO_SISA_N_LINES];
};

G_DEFINE_FINAL_TYPE (IdoSisaPreferencesGroup, ido_sisa_preferences_group, ADW_TYPE_PREFERENCES_GROUP)

static void
update_subtitle (IdoSisaPreferencesGroup *self,
                 IdoSisaLine              line)
{
  g_autofree char *code = ido_sisa_dup_code (self->database, line);
  g_autofree char *label = ido_sisa_dup_label (self->database, line);
  g_autofree char *subtitle = *code ? g_strdup_printf ("%s · %s", code, label) : g_strdup (label);

  adw_expander_row_set_subtitle (self->line_rows[line], subtitle);
}

static void
on_line_applied_cb (AdwEntryRow             *row,
                    IdoSisaPreferencesGroup *self)
{
  IdoSisaLine line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ido-line"));
  g_autoptr(GError) error = NULL;
  g_autofree char *code = ido_form_dup_text (self->code_rows[line]);
  g_autofree char *label = ido_form_dup_text (self->label_rows[line]);

  ido_form_clear_errors (GTK_WIDGET (self->line_rows[line]), NULL);
  if (!ido_sisa_set_line (self->database, line, code, label, &error))
    {
      ido_form_show_error (GTK_WIDGET (row), NULL, error->message);
      return;
    }
  update_subtitle (self, line);
}

static void
on_regulation_applied_cb (IdoSisaPreferencesGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = ido_form_dup_text (self->regulation_row);

  ido_form_clear_errors (GTK_WIDGET (self->regulation_row), NULL);
  if (!ido_sisa_set_regulation_code (self->database, code, &error))
    ido_form_show_error (GTK_WIDGET (self->regulation_row), NULL, error->message);
}

static AdwEntryRow *
add_entry (AdwExpanderRow *expander,
           const char     *title,
           const char     *text,
           IdoSisaLine     line,
           gpointer        self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_object_set_data (G_OBJECT (row), "ido-line", GUINT_TO_POINTER (line));
  g_signal_connect (row, "apply", G_CALLBACK (on_line_applied_cb), self);
  adw_expander_row_add_row (expander, row);
  return ADW_ENTRY_ROW (row);
}

static void
add_line (IdoSisaPreferencesGroup *self,
          IdoSisaLine              line)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *code = ido_sisa_dup_code (self->database, line);
  g_autofree char *label = ido_sisa_dup_label (self->database, line);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), ido_sisa_line_get_default_label (line));
  self->line_rows[line] = ADW_EXPANDER_ROW (expander);
  self->code_rows[line] = add_entry (ADW_EXPANDER_ROW (expander), _("Indicator Code"), code, line, self);
  self->label_rows[line] = add_entry (ADW_EXPANDER_ROW (expander), _("Label"), label, line, self);
  update_subtitle (self, line);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), expander);
}

static void
ido_sisa_preferences_group_dispose (GObject *object)
{
  IdoSisaPreferencesGroup *self = (IdoSisaPreferencesGroup *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_sisa_preferences_group_parent_class)->dispose (object);
}

static void
ido_sisa_preferences_group_class_init (IdoSisaPreferencesGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ido_sisa_preferences_group_dispose;
}

static void
ido_sisa_preferences_group_init (IdoSisaPreferencesGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("SiSa Accountability of the SPUK"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The SiSa code of the regulation and the code and label of each "
                                           "line of the year summary, as your accountant uses them. Empty "
                                           "labels go back to the standard text."));
}

/**
 * ido_sisa_preferences_group_new:
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
ido_sisa_preferences_group_new (IdoDatabase *database)
{
  IdoSisaPreferencesGroup *self;
  g_autofree char *regulation = NULL;
  GtkWidget *row;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_SISA_PREFERENCES_GROUP, NULL);
  row = adw_entry_row_new ();
  self->database = g_object_ref (database);
  regulation = ido_sisa_dup_regulation_code (database);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("SiSa Code of the Regulation"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), regulation);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (on_regulation_applied_cb), self);
  self->regulation_row = ADW_ENTRY_ROW (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  for (IdoSisaLine line = 0; line < IDO_SISA_N_LINES; line++)
    add_line (self, line);
  return GTK_WIDGET (self);
}

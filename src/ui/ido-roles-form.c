/* ido-roles-form.c: helpers for the editors of the role panes
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Invalid input gets the "error" style on its row, the message as the row's
 * tooltip and accessible description, and the message in a label of the
 * form, so it is seen and heard where it was typed; nothing is saved.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-roles-form.h"
#include "ido-validate.h"
#include "ido-window.h"

/**
 * ido_roles_form_show_error:
 * @row: (nullable): the row the message is about
 * @message_label: (nullable): the form's message label
 */
void
ido_roles_form_show_error (GtkWidget  *row,
                     GtkLabel   *message_label,
                     const char *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_widget_grab_focus (row);
    }
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, message);
      gtk_widget_set_visible (GTK_WIDGET (message_label), TRUE);
    }
}

/**
 * ido_roles_form_clear_errors:
 * @first_row: the first of a %NULL-terminated list of rows
 */
void
ido_roles_form_clear_errors (GtkLabel  *message_label,
                       GtkWidget *first_row,
                       ...)
{
  va_list args;

  if (message_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
  va_start (args, first_row);
  for (GtkWidget *row = first_row; row != NULL; row = va_arg (args, GtkWidget *))
    {
      if (!gtk_widget_has_css_class (row, "error"))
        continue;
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  va_end (args);
}

/**
 * ido_roles_form_get_date:
 * @iso: (out): the ISO date, or %NULL when the row is empty
 *
 * Reads a Dutch (31-12-2025) or ISO date from @row.
 *
 * Returns: %FALSE, with the error shown at @row, when the text is no date
 */
gboolean
ido_roles_form_get_date (AdwEntryRow  *row,
                   char        **iso,
                   GtkLabel     *message_label)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *clean = g_strstrip (g_strdup (text));

  *iso = NULL;
  if (*clean == '\0')
    return TRUE;
  *iso = ido_date_from_user (clean);
  if (*iso != NULL)
    return TRUE;
  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not a date; write it like 31-12-2025."), clean);

    ido_roles_form_show_error (GTK_WIDGET (row), message_label, message);
  }
  return FALSE;
}

void
ido_roles_form_set_date (AdwEntryRow *row,
                   const char  *iso)
{
  g_autofree char *text = iso != NULL && *iso != '\0' ? ido_date_to_user (iso) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

const char *
ido_roles_form_get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

char *
ido_roles_form_dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
ido_roles_form_set_view_text (GtkTextView *view,
                        const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

/**
 * ido_roles_form_labels_model:
 *
 * Returns: (transfer full): the translated labels of @codes, in order
 */
GtkStringList *
ido_roles_form_labels_model (const char * const *codes,
                       const char * (*get_label) (const char *code))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (list, get_label (codes[i]));
  return list;
}

void
ido_roles_form_set_combo (AdwComboRow        *row,
                    const char * const *codes,
                    const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], code) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  adw_combo_row_set_selected (row, 0);
}

const char *
ido_roles_form_get_combo (AdwComboRow        *row,
                    const char * const *codes)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length ((char **) codes))
    return codes[0];
  return codes[selected];
}

GtkWidget *
ido_roles_form_get_root_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL ? GTK_WIDGET (root) : NULL;
}

/**
 * ido_roles_form_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the main window of @widget, or drops it when there is none
 * (in tests without a window).
 */
void
ido_roles_form_add_toast (GtkWidget *widget,
                    AdwToast  *toast)
{
  GtkWidget *window = ido_roles_form_get_root_window (widget);

  if (window != NULL && IDO_IS_WINDOW (window))
    ido_window_add_toast (IDO_WINDOW (window), toast);
  else
    g_object_unref (toast);
}

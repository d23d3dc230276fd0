/* ido-financier-form.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-financier-form.h"
#include "ido-validate.h"
#include "ido-window.h"

/**
 * ido_financier_form_show_error:
 * @row: the row of the field
 * @message_label: (nullable): where the message is shown
 */
void
ido_financier_form_show_error (GtkWidget  *row,
                               GtkLabel   *message_label,
                               const char *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_widget_set_tooltip_text (row, message);
    }
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, message);
      gtk_widget_set_visible (GTK_WIDGET (message_label), TRUE);
    }
}

static void
clear_row (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "error"))
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_widget_set_tooltip_text (widget, NULL);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_row (child);
}

/**
 * ido_financier_form_clear_errors:
 * @form: the widget holding the rows
 * @message_label: (nullable): the message label to hide
 */
void
ido_financier_form_clear_errors (GtkWidget *form,
                                 GtkLabel  *message_label)
{
  clear_row (form);
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, "");
      gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
    }
}

void
ido_financier_form_set_date (AdwEntryRow *row,
                             const char  *iso)
{
  g_autofree char *text = ido_date_to_user (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * ido_financier_form_get_date:
 * @field: the IdoField to name in @error
 * @iso: (out) (nullable): the ISO date, or %NULL when the row is empty
 *
 * Returns: %FALSE with an %IDO_FIELD_ERROR when the text is not a date
 */
gboolean
ido_financier_form_get_date (AdwEntryRow  *row,
                             int           field,
                             char        **iso,
                             GError      **error)
{
  g_autofree char *text = ido_financier_form_get_text (row);

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  *iso = ido_date_from_user (text);
  if (*iso == NULL)
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("“%s” is not a date; write it like 31-12-2025."), text);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_financier_form_get_text:
 *
 * Returns: (transfer full): the row's text without surrounding spaces
 */
char *
ido_financier_form_get_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
ido_financier_form_set_text (AdwEntryRow *row,
                             const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/**
 * ido_financier_form_labels_model:
 * @codes: %NULL-terminated codes
 * @get_label: gives the translated label of a code
 *
 * Returns: (transfer full): a #GtkStringList with the labels, in order
 */
GListModel *
ido_financier_form_labels_model (const char * const *codes,
                                 const char *(*get_label) (const char *code))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (list, get_label (codes[i]));
  return G_LIST_MODEL (list);
}

/**
 * ido_financier_form_code_position:
 *
 * Returns: the position of @code in @codes, or 0 when it is not there
 */
guint
ido_financier_form_code_position (const char * const *codes,
                                  const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], code) == 0)
        return i;
    }
  return 0;
}

/**
 * ido_financier_form_toast:
 * @widget: a widget in the window, or a dialog presented over it
 * @toast: (transfer full): the toast
 */
void
ido_financier_form_toast (GtkWidget *widget,
                          AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  adw_toast_set_use_markup (toast, FALSE);
  if (IDO_IS_WINDOW (root))
    ido_window_add_toast (IDO_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/**
 * ido_financier_form_today:
 *
 * Returns: (transfer full): today's ISO date
 */
char *
ido_financier_form_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

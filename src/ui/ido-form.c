/* ido-form.c: helpers shared by the forms, editors and panes
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

#include "ido-form.h"
#include "ido-validate.h"
#include "ido-window.h"

/**
 * ido_form_show_error:
 * @row: (nullable): the row of the field
 * @message_label: (nullable): where the message is shown
 *
 * Marks @row as wrong and shows @message at it and in @message_label; the
 * focus stays where it is.
 */
void
ido_form_show_error (GtkWidget  *row,
                     GtkLabel   *message_label,
                     const char *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, message);
      gtk_widget_set_visible (GTK_WIDGET (message_label), TRUE);
    }
}

/**
 * ido_form_show_error_and_focus:
 * @row: (nullable): the row of the field
 * @message_label: (nullable): where the message is shown
 *
 * Like ido_form_show_error(), and moves the focus to @row.
 */
void
ido_form_show_error_and_focus (GtkWidget  *row,
                               GtkLabel   *message_label,
                               const char *message)
{
  ido_form_show_error (row, message_label, message);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
clear_row (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
clear_tree (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "error"))
    clear_row (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_tree (child);
}

static void
hide_message (GtkLabel *message_label)
{
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, "");
      gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
    }
}

/**
 * ido_form_clear_errors:
 * @form: the widget holding the rows
 * @message_label: (nullable): the message label to hide
 *
 * Takes the error marks off every row inside @form (and @form itself).
 */
void
ido_form_clear_errors (GtkWidget *form,
                       GtkLabel  *message_label)
{
  clear_tree (form);
  hide_message (message_label);
}

/**
 * ido_form_clear_error:
 * @row: (nullable): the row to clear
 * @message_label: (nullable): the message label to hide
 */
void
ido_form_clear_error (GtkWidget *row,
                      GtkLabel  *message_label)
{
  if (row != NULL)
    clear_row (row);
  hide_message (message_label);
}

/**
 * ido_form_clear_rows:
 * @message_label: (nullable): the message label to hide
 * @first_row: the first of a %NULL-terminated list of rows
 */
void
ido_form_clear_rows (GtkLabel  *message_label,
                     GtkWidget *first_row,
                     ...)
{
  va_list args;

  hide_message (message_label);
  va_start (args, first_row);
  for (GtkWidget *row = first_row; row != NULL; row = va_arg (args, GtkWidget *))
    {
      if (gtk_widget_has_css_class (row, "error"))
        clear_row (row);
    }
  va_end (args);
}

void
ido_form_set_date (AdwEntryRow *row,
                   const char  *iso)
{
  g_autofree char *text = ido_date_to_user (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * ido_form_get_date:
 * @field: the #IdoField to name in @error
 * @iso: (out) (transfer full) (nullable): the ISO date, or %NULL when the
 *   row is empty
 *
 * Reads a date as users type it (31-12-2025, also 31/12/2025 or ISO).
 *
 * Returns: %FALSE with an %IDO_FIELD_ERROR when the text is not a date
 */
gboolean
ido_form_get_date (AdwEntryRow  *row,
                   int           field,
                   char        **iso,
                   GError      **error)
{
  g_autofree char *text = ido_form_dup_text (row);

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  *iso = ido_date_from_user (text);
  if (*iso != NULL)
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, field, _("“%s” is not a date; write it like 31-12-2025."), text);
  return FALSE;
}

/**
 * ido_form_read_date:
 * @iso: (out) (transfer full) (nullable): the ISO date, or %NULL when the
 *   row is empty
 * @message_label: (nullable): the form's message label
 *
 * Like ido_form_get_date(), but shows the error itself.
 *
 * Returns: %FALSE, with the error shown at @row (which gets the focus) and
 *   in @message_label, when the text is not a date
 */
gboolean
ido_form_read_date (AdwEntryRow  *row,
                    char        **iso,
                    GtkLabel     *message_label)
{
  g_autoptr(GError) error = NULL;

  if (ido_form_get_date (row, 0, iso, &error))
    return TRUE;
  ido_form_show_error_and_focus (GTK_WIDGET (row), message_label, error->message);
  return FALSE;
}

/**
 * ido_form_dup_text:
 *
 * Returns: (transfer full): the row's text without surrounding spaces
 */
char *
ido_form_dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
ido_form_set_text (AdwEntryRow *row,
                   const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/**
 * ido_form_dup_view_text:
 *
 * Returns: (transfer full): all text of @view, as typed
 */
char *
ido_form_dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
ido_form_set_view_text (GtkTextView *view,
                        const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

/**
 * ido_form_labels_model:
 * @codes: %NULL-terminated codes
 * @get_label: gives the translated label of a code
 *
 * Returns: (transfer full): a #GtkStringList with the labels, in order
 */
GListModel *
ido_form_labels_model (const char * const *codes,
                       const char *(*get_label) (const char *code))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (list, get_label (codes[i]));
  return G_LIST_MODEL (list);
}

/**
 * ido_form_code_position:
 *
 * Returns: the position of @code in @codes, or 0 when it is not there
 */
guint
ido_form_code_position (const char * const *codes,
                        const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], code) == 0)
        return i;
    }
  return 0;
}

/* Selects @code in @row, or the first code when it is not in @codes. */
void
ido_form_set_combo (AdwComboRow        *row,
                    const char * const *codes,
                    const char         *code)
{
  adw_combo_row_set_selected (row, ido_form_code_position (codes, code));
}

/**
 * ido_form_get_combo:
 *
 * Returns: the code selected in @row, or the first code when none is
 */
const char *
ido_form_get_combo (AdwComboRow        *row,
                    const char * const *codes)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length ((char **) codes))
    return codes[0];
  return codes[selected];
}

/* Removes the rows an editor added to @group earlier and forgets them. */
void
ido_form_remove_rows (GPtrArray           *rows,
                      AdwPreferencesGroup *group)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    gpointer  user_data)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (toast), "ido-undo-owner");
  const char *action = g_object_get_data (G_OBJECT (toast), "ido-undo-action");
  g_autoptr(GtkWidget) owner = g_weak_ref_get (ref);

  if (owner != NULL)
    gtk_widget_activate_action (owner, action, NULL);
}

/**
 * ido_form_undo_toast:
 * @owner: the widget that installed @action_name
 *
 * Returns: (transfer full): a toast whose "Undo" button activates
 *   @action_name on @owner
 */
AdwToast *
ido_form_undo_toast (const char *title,
                     GtkWidget  *owner,
                     const char *action_name)
{
  AdwToast *toast = adw_toast_new (title);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, owner);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "ido-undo-owner", ref, (GDestroyNotify) weak_ref_free);
  g_object_set_data_full (G_OBJECT (toast), "ido-undo-action", g_strdup (action_name), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), NULL);
  return toast;
}

/**
 * ido_form_add_toast:
 * @widget: a widget inside the toast overlay to use, or in the window, or a
 *   dialog presented over it
 * @toast: (transfer full): the toast; its title is plain text
 *
 * Shows @toast in the nearest toast overlay around @widget, else in the main
 * window, or drops it when there is none (in tests without a window).
 */
void
ido_form_add_toast (GtkWidget *widget,
                    AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (widget);

  adw_toast_set_use_markup (toast, FALSE);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (IDO_IS_WINDOW (root))
    ido_window_add_toast (IDO_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

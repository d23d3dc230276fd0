/* ido-network-form.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-network-form.h"
#include "ido-validate.h"
#include "ido-window.h"

/**
 * ido_network_form_show_error:
 * @row: the row whose value is refused
 * @message_label: the label below the row's group
 *
 * Marks @row as wrong and says why right below it, also to assistive
 * technologies, and moves the focus there.
 */
void
ido_network_form_show_error (GtkWidget  *row,
                     GtkLabel   *message_label,
                     const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, message);
      gtk_widget_set_visible (GTK_WIDGET (message_label), TRUE);
    }
  gtk_widget_grab_focus (row);
}

void
ido_network_form_clear_error (GtkWidget *row,
                      GtkLabel  *message_label)
{
  if (row != NULL)
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, "");
      gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
    }
}

/**
 * ido_network_form_get_text:
 *
 * Returns: (transfer full): the row's text without surrounding spaces
 */
char *
ido_network_form_get_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/**
 * ido_network_form_get_date:
 * @field: the #IdoField the error should name
 * @iso: (out) (transfer full) (nullable): the ISO date, %NULL when empty
 *
 * Reads a date as users type it (31-12-2025, also 31/12/2025 or ISO).
 */
gboolean
ido_network_form_get_date (AdwEntryRow  *row,
                   int           field,
                   char        **iso,
                   GError      **error)
{
  g_autofree char *text = ido_network_form_get_text (row);

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  *iso = ido_date_from_user (text);
  if (*iso != NULL)
    return TRUE;
  g_set_error (error, IDO_FIELD_ERROR, field, _("“%s” is not a date; write it like 31-12-2025."), text);
  return FALSE;
}

void
ido_network_form_set_date (AdwEntryRow *row,
                   const char  *iso)
{
  g_autofree char *text = ido_date_to_user (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * ido_network_form_format_date:
 *
 * Returns: (transfer full): "31-12-2025" for an ISO date, "" for none
 */
char *
ido_network_form_format_date (const char *iso)
{
  return ido_date_to_user (iso);
}

/* Removes the rows an editor added to @group earlier and forgets them. */
void
ido_network_form_remove_rows (GPtrArray           *rows,
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
 * ido_network_form_undo_toast:
 * @owner: the widget that installed @action_name
 *
 * Returns: (transfer full): a toast whose "Undo" button activates
 *   @action_name on @owner
 */
AdwToast *
ido_network_form_undo_toast (const char *title,
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
 * ido_network_form_add_toast:
 * @owner: a widget inside the toast overlay to use
 * @toast: (transfer full): the toast
 */
void
ido_network_form_add_toast (GtkWidget *owner,
                    AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (owner, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (owner);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (IDO_IS_WINDOW (root))
    ido_window_add_toast (IDO_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* ido-edit-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-edit-dialog.h"
#include "ido-form.h"
#include "ido-validate.h"

typedef struct
{
  IdoDatabase *database;
  GtkLabel    *message_label;
  GtkWidget   *form;
} IdoEditDialogPrivate;

/* What the undo button of a toast needs after the dialog is gone. */
typedef struct
{
  IdoDatabase     *database;
  GtkWidget       *toast_widget;   /* weak: where to report a failed undo */
  gboolean       (*restore) (IdoDatabase *database, gpointer data, GError **error);
  gpointer         data;
  GDestroyNotify   destroy;
} Undo;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (IdoEditDialog, ido_edit_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->database);
  g_clear_weak_pointer (&undo->toast_widget);
  if (undo->destroy != NULL)
    undo->destroy (undo->data);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!undo->restore (undo->database, undo->data, &error) && undo->toast_widget != NULL)
    ido_form_add_toast (undo->toast_widget, adw_toast_new (error->message));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ido_edit_dialog_save (IDO_EDIT_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoEditDialog *self = IDO_EDIT_DIALOG (widget);

  if (IDO_EDIT_DIALOG_GET_CLASS (self)->delete != NULL)
    IDO_EDIT_DIALOG_GET_CLASS (self)->delete (self);
}

static void
ido_edit_dialog_dispose (GObject *object)
{
  IdoEditDialog *self = (IdoEditDialog *) object;
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);

  priv->message_label = NULL;
  priv->form = NULL;
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (ido_edit_dialog_parent_class)->dispose (object);
}

static void
ido_edit_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IdoEditDialog *self = IDO_EDIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, ido_edit_dialog_get_database (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_edit_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  IdoEditDialog *self = IDO_EDIT_DIALOG (object);
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_edit_dialog_class_init (IdoEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_edit_dialog_dispose;
  object_class->get_property = ido_edit_dialog_get_property;
  object_class->set_property = ido_edit_dialog_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * IdoEditDialog::saved:
   *
   * Emitted after the form was written, before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "edit.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "edit.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "edit.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "edit.save", NULL);
}

static void
ido_edit_dialog_init (IdoEditDialog *self)
{
}

/**
 * ido_edit_dialog_get_database:
 *
 * Returns: (transfer none): the database edited
 */
IdoDatabase *
ido_edit_dialog_get_database (IdoEditDialog *self)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_EDIT_DIALOG (self), NULL);

  return priv->database;
}

/**
 * ido_edit_dialog_set_message_label:
 * @label: the label where errors are told, at the top of the form
 */
void
ido_edit_dialog_set_message_label (IdoEditDialog *self,
                                   GtkLabel      *label)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);

  g_return_if_fail (IDO_IS_EDIT_DIALOG (self));

  priv->message_label = label;
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
}

/**
 * ido_edit_dialog_set_form:
 * @form: the widget holding every row, cleared of errors before a save
 */
void
ido_edit_dialog_set_form (IdoEditDialog *self,
                          GtkWidget     *form)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);

  g_return_if_fail (IDO_IS_EDIT_DIALOG (self));

  priv->form = form;
}

void
ido_edit_dialog_set_can_delete (IdoEditDialog *self,
                                gboolean       can_delete)
{
  g_return_if_fail (IDO_IS_EDIT_DIALOG (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "edit.delete", can_delete);
}

/**
 * ido_edit_dialog_show_error:
 *
 * Shows @error at the row of its field (an %IDO_FIELD_ERROR), or above the
 * form.
 */
void
ido_edit_dialog_show_error (IdoEditDialog *self,
                            const GError  *error)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);
  GtkWidget *row = NULL;

  g_return_if_fail (IDO_IS_EDIT_DIALOG (self));

  if (error->domain == IDO_FIELD_ERROR && IDO_EDIT_DIALOG_GET_CLASS (self)->get_field_row != NULL)
    row = IDO_EDIT_DIALOG_GET_CLASS (self)->get_field_row (self, error->code);
  ido_form_show_error (row, priv->message_label, error->message);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/**
 * ido_edit_dialog_save:
 *
 * Saves the form; on an error shows it at its field and keeps the dialog
 * open.
 *
 * Returns: whether it was saved
 */
gboolean
ido_edit_dialog_save (IdoEditDialog *self)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_EDIT_DIALOG (self), FALSE);

  if (priv->form != NULL)
    ido_form_clear_errors (priv->form, priv->message_label);
  if (!IDO_EDIT_DIALOG_GET_CLASS (self)->save (self, &error))
    {
      ido_edit_dialog_show_error (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0);
  adw_dialog_close (ADW_DIALOG (self));
  return TRUE;
}

/**
 * ido_edit_dialog_offer_undo:
 * @message: the toast's text, e.g. "Location deleted"
 * @restore: writes @data back
 * @data: (transfer full): what @restore needs
 *
 * Shows a toast with an undo button in the window and closes the dialog.
 */
void
ido_edit_dialog_offer_undo (IdoEditDialog  *self,
                            const char     *message,
                            gboolean      (*restore) (IdoDatabase *database,
                                                      gpointer     data,
                                                      GError     **error),
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  IdoEditDialogPrivate *priv = ido_edit_dialog_get_instance_private (self);
  AdwToast *toast = adw_toast_new (message);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Undo *undo = g_new0 (Undo, 1);

  g_return_if_fail (IDO_IS_EDIT_DIALOG (self));

  undo->database = g_object_ref (priv->database);
  g_set_weak_pointer (&undo->toast_widget, GTK_WIDGET (root));
  undo->restore = restore;
  undo->data = data;
  undo->destroy = destroy;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  ido_form_add_toast (GTK_WIDGET (self), toast);
  adw_dialog_close (ADW_DIALOG (self));
}

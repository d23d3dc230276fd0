/* ido-library-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A library organisation, its IDO-coordinator and the municipalities it
 * works for.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-library-dialog.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-validate.h"

struct _IdoLibraryDialog
{
  IdoEditDialog        parent_instance;

  IdoLibrary          *library;
  GPtrArray           *served_rows;

  GtkWidget           *form;
  GtkLabel            *message_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *website_row;
  AdwEntryRow         *notes_row;
  AdwEntryRow         *coordinator_name_row;
  AdwEntryRow         *coordinator_email_row;
  AdwEntryRow         *coordinator_phone_row;
  AdwPreferencesGroup *municipalities_group;
  AdwComboRow         *add_municipality_row;
  GtkWidget           *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoLibraryDialog, ido_library_dialog, IDO_TYPE_EDIT_DIALOG)

static void rebuild_served (IdoLibraryDialog *self);

static void
on_remove_clicked_cb (GtkButton        *button,
                      IdoLibraryDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ido-index"));

  if (index < self->library->municipalities->len)
    g_ptr_array_remove_index (self->library->municipalities, index);
  rebuild_served (self);
}

static GtkWidget *
create_served_row (IdoLibraryDialog            *self,
                   const IdoServedMunicipality *m,
                   guint                        index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s"), m->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), m->code ? m->code : "");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (remove), "ido-index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_served (IdoLibraryDialog *self)
{
  ido_form_remove_rows (self->served_rows, self->municipalities_group);
  for (guint i = 0; i < self->library->municipalities->len; i++)
    {
      GtkWidget *row = create_served_row (self, g_ptr_array_index (self->library->municipalities, i), i);

      adw_preferences_group_add (self->municipalities_group, row);
      g_ptr_array_add (self->served_rows, row);
    }
}

static void
on_municipality_chosen_cb (IdoLibraryDialog *self)
{
  IdoMunicipality *m = adw_combo_row_get_selected_item (self->add_municipality_row);

  /* The first item only asks to choose. */
  if (m == NULL || ido_municipality_get_code (m) == NULL)
    return;
  ido_library_add_municipality (self->library, 0, ido_municipality_get_code (m), ido_municipality_get_name (m));
  rebuild_served (self);
  /* Ready for the next one. */
  adw_combo_row_set_selected (self->add_municipality_row, 0);
}

static char *
municipality_search_text (IdoMunicipality *m)
{
  if (m == NULL)
    return NULL;
  return g_strdup_printf ("%s %s", ido_municipality_get_name (m),
                          ido_municipality_get_code (m) ? ido_municipality_get_code (m) : "");
}

static void
setup_municipality_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_municipality_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  IdoMunicipality *m = gtk_list_item_get_item (item);
  const char *code = ido_municipality_get_code (m);
  g_autofree char *text = code != NULL ? g_strdup_printf ("%s (%s)", ido_municipality_get_name (m), code)
                                       : g_strdup (ido_municipality_get_name (m));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_add_row (IdoLibraryDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GListStore) placeholder = g_list_store_new (IDO_TYPE_MUNICIPALITY);
  g_autoptr(IdoMunicipality) choose = ido_municipality_new (NULL, _("Choose…"), NULL);
  g_autoptr(GtkFlattenListModel) choices = NULL;
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkExpression *expression;

  g_list_store_append (placeholder, choose);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_municipality_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_municipality_cb), NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (municipality_search_text), NULL, NULL);
  adw_combo_row_set_factory (self->add_municipality_row, factory);
  adw_combo_row_set_expression (self->add_municipality_row, expression);
  gtk_expression_unref (expression);
  /* A first item that asks to choose, then the CBS list. */
  g_list_store_append (models, placeholder);
  g_list_store_append (models, ido_municipality_registry_get_default ());
  choices = gtk_flatten_list_model_new (G_LIST_MODEL (models));
  adw_combo_row_set_model (self->add_municipality_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->add_municipality_row, 0);
  g_signal_connect_swapped (self->add_municipality_row, "notify::selected",
                            G_CALLBACK (on_municipality_chosen_cb), self);
}

static void
load (IdoLibraryDialog *self)
{
  IdoLibrary *l = self->library;

  ido_form_set_text (self->name_row, l->name);
  ido_form_set_text (self->website_row, l->website);
  ido_form_set_text (self->notes_row, l->notes);
  ido_form_set_text (self->coordinator_name_row, l->coordinator_name);
  ido_form_set_text (self->coordinator_email_row, l->coordinator_email);
  ido_form_set_text (self->coordinator_phone_row, l->coordinator_phone);
  rebuild_served (self);
}

static gboolean
ido_library_dialog_save (IdoEditDialog  *dialog,
                         GError        **error)
{
  IdoLibraryDialog *self = IDO_LIBRARY_DIALOG (dialog);
  IdoLibrary *l = self->library;

  g_free (l->name);
  l->name = ido_form_dup_text (self->name_row);
  g_free (l->website);
  l->website = ido_form_dup_text (self->website_row);
  g_free (l->notes);
  l->notes = ido_form_dup_text (self->notes_row);
  g_free (l->coordinator_name);
  l->coordinator_name = ido_form_dup_text (self->coordinator_name_row);
  g_free (l->coordinator_email);
  l->coordinator_email = ido_form_dup_text (self->coordinator_email_row);
  g_free (l->coordinator_phone);
  l->coordinator_phone = ido_form_dup_text (self->coordinator_phone_row);
  return ido_library_save (ido_edit_dialog_get_database (dialog), l, error);
}

static GtkWidget *
ido_library_dialog_get_field_row (IdoEditDialog *dialog,
                                  int            field)
{
  IdoLibraryDialog *self = IDO_LIBRARY_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_NAME:
    case IDO_FIELD_DUPLICATE:
      return GTK_WIDGET (self->name_row);
    case IDO_FIELD_WEBSITE:
      return GTK_WIDGET (self->website_row);
    case IDO_FIELD_EMAIL:
      return GTK_WIDGET (self->coordinator_email_row);
    case IDO_FIELD_PHONE:
      return GTK_WIDGET (self->coordinator_phone_row);
    case IDO_FIELD_MUNICIPALITY:
      return GTK_WIDGET (self->add_municipality_row);
    default:
      return NULL;
    }
}

static void
on_delete_response_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(IdoLibraryDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  const char *response = adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (source), result);

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!ido_library_delete (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)), self->library->id, &error))
    {
      ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

/* Undo cannot bring back what goes with a library organisation (its
 * certifications and the targets about it), so this one asks first. */
static void
ido_library_dialog_delete (IdoEditDialog *dialog)
{
  IdoLibraryDialog *self = IDO_LIBRARY_DIALOG (dialog);
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), self->library->name);
  AdwDialog *alert = adw_alert_dialog_new (heading,
                                           _("Its CBCT certifications and the performance targets about it are "
                                             "deleted too. Its locations and agreements stay, without a library "
                                             "organisation."));

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (alert), GTK_WIDGET (self), NULL, on_delete_response_cb,
                           g_object_ref (self));
}

static void
ido_library_dialog_dispose (GObject *object)
{
  IdoLibraryDialog *self = (IdoLibraryDialog *) object;

  if (self->add_municipality_row != NULL)
    g_signal_handlers_disconnect_by_data (self->add_municipality_row, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_LIBRARY_DIALOG);

  G_OBJECT_CLASS (ido_library_dialog_parent_class)->dispose (object);
}

static void
ido_library_dialog_finalize (GObject *object)
{
  IdoLibraryDialog *self = (IdoLibraryDialog *) object;

  g_clear_pointer (&self->library, ido_library_free);
  g_clear_pointer (&self->served_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_library_dialog_parent_class)->finalize (object);
}

static void
ido_library_dialog_class_init (IdoLibraryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_library_dialog_dispose;
  object_class->finalize = ido_library_dialog_finalize;

  dialog_class->save = ido_library_dialog_save;
  dialog_class->get_field_row = ido_library_dialog_get_field_row;
  dialog_class->delete = ido_library_dialog_delete;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-library-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, website_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, coordinator_name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, coordinator_email_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, coordinator_phone_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, municipalities_group);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, add_municipality_row);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryDialog, delete_button);
}

static void
ido_library_dialog_init (IdoLibraryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->served_rows = g_ptr_array_new ();
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
}

/**
 * ido_library_dialog_new:
 * @library_id: the library organisation to change, or 0 for a new one
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_library_dialog_new (IdoDatabase *database,
                        gint64       library_id)
{
  IdoLibraryDialog *self = g_object_new (IDO_TYPE_LIBRARY_DIALOG, "database", database, NULL);
  g_autoptr(GError) error = NULL;

  if (library_id > 0)
    self->library = ido_library_load (database, library_id, &error);
  if (self->library == NULL)
    self->library = ido_library_new ();
  setup_add_row (self);
  load (self);
  if (error != NULL)
    ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
  gtk_widget_set_visible (self->delete_button, self->library->id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), self->library->id != 0);
  return ADW_DIALOG (self);
}

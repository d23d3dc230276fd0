/* ido-agreement-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An agreement: kind, parties, reference, period, amount, status, a link to
 * its document (chosen through the portal, copied into the dossier folder
 * only when asked) and the products and services the library delivers.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-agreement-dialog.h"
#include "ido-amount-row.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-validate.h"

/* A choice of the "add party" row: a library or a municipality. */
typedef struct
{
  gint64  municipality_id;
  gint64  library_id;
  char   *name;
} PartyChoice;

struct _IdoAgreementDialog
{
  IdoEditDialog        parent_instance;

  IdoAgreement        *agreement;
  GArray              *library_ids;       /* gint64, 0 first */
  GArray              *party_choices;     /* PartyChoice, a placeholder first */
  GPtrArray           *party_rows;
  GPtrArray           *deliverable_rows;
  GCancellable        *copy_cancellable;

  GtkWidget           *form;
  GtkLabel            *message_label;
  AdwComboRow         *kind_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *reference_row;
  AdwComboRow         *library_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  IdoAmountRow        *amount_row;
  AdwActionRow        *document_row;
  AdwSwitchRow        *copy_row;
  AdwPreferencesGroup *parties_group;
  AdwComboRow         *add_party_row;
  AdwEntryRow         *add_party_name_row;
  AdwPreferencesGroup *deliverables_group;
  AdwEntryRow         *add_deliverable_row;
  GtkWidget           *delete_button;

  GtkWidget           *open_button;
  GtkWidget           *clear_button;
  GtkWidget           *copy_spinner;
};

G_DEFINE_FINAL_TYPE (IdoAgreementDialog, ido_agreement_dialog, IDO_TYPE_EDIT_DIALOG)

static void rebuild_parties (IdoAgreementDialog *self);
static void rebuild_deliverables (IdoAgreementDialog *self);
static void start_copy (IdoAgreementDialog *self);

static void
party_choice_clear (gpointer data)
{
  PartyChoice *choice = data;

  g_free (choice->name);
}

static GtkWidget *
remove_button (const char *name,
               GCallback   callback,
               gpointer    user_data,
               guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s"), name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "ido-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, user_data);
  return button;
}

/* Document */

static gboolean
in_dossier_folder (IdoAgreementDialog *self,
                   const char         *uri)
{
  g_autofree char *folder = ido_agreement_get_document_folder (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)));
  g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);

  return path != NULL && g_str_has_prefix (path, folder);
}

static void
update_document (IdoAgreementDialog *self)
{
  const char *uri = self->agreement->document_uri;
  gboolean linked = uri != NULL && *uri != '\0';
  g_autoptr(GFile) file = linked ? g_file_new_for_uri (uri) : NULL;
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  g_autofree char *subtitle = NULL;

  if (!linked)
    subtitle = g_strdup (_("No document linked"));
  else if (in_dossier_folder (self, uri))
    subtitle = g_strdup_printf (_("%s, copy in the dossier folder"), name);
  else
    subtitle = g_strdup (name);
  adw_action_row_set_subtitle (self->document_row, subtitle);
  gtk_widget_set_visible (self->open_button, linked);
  gtk_widget_set_visible (self->clear_button, linked);
}

/**
 * ido_agreement_dialog_set_document:
 * @uri: (nullable): the URI of the document, or %NULL to unlink it
 *
 * Links the document; copies it into the dossier folder when that is
 * switched on.
 */
void
ido_agreement_dialog_set_document (IdoAgreementDialog *self,
                                   const char         *uri)
{
  g_return_if_fail (IDO_IS_AGREEMENT_DIALOG (self));

  g_set_str (&self->agreement->document_uri, uri ? uri : "");
  update_document (self);
  if (uri != NULL && adw_switch_row_get_active (self->copy_row))
    start_copy (self);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(IdoAgreementDialog) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  g_autofree char *uri = NULL;

  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  ido_agreement_dialog_set_document (self, uri);
}

static void
on_choose_clicked_cb (IdoAgreementDialog *self)
{
  g_autoptr(GtkFileDialog) chooser = gtk_file_dialog_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_file_dialog_set_title (chooser, _("Choose the Document of the Agreement"));
  gtk_file_dialog_set_modal (chooser, TRUE);
  gtk_file_dialog_open (chooser, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                        on_file_chosen_cb, g_object_ref (self));
}

static void
on_open_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(IdoAgreementDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    ido_form_show_error (GTK_WIDGET (self->document_row), self->message_label,
                         _("The document could not be opened: it may have moved. Choose it again."));
}

static void
on_open_clicked_cb (IdoAgreementDialog *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (self->agreement->document_uri);
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_file_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                            on_open_done_cb, g_object_ref (self));
}

static void
on_clear_clicked_cb (IdoAgreementDialog *self)
{
  ido_agreement_dialog_set_document (self, NULL);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  char **paths = task_data;
  GError *error = NULL;
  char *copy = ido_agreement_copy_document (paths[0], paths[1], cancellable, &error);

  if (copy == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, copy, g_free);
}

static void
on_copied_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  IdoAgreementDialog *self = IDO_AGREEMENT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->copy_cancellable);
  gtk_widget_set_visible (self->copy_spinner, FALSE);
  if (copy == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The document could not be copied: %s"), error->message);

      adw_switch_row_set_active (self->copy_row, FALSE);
      ido_form_show_error (GTK_WIDGET (self->document_row), self->message_label, message);
      return;
    }
  g_set_str (&self->agreement->document_uri, copy);
  update_document (self);
}

/* Copies in a thread: documents can be large or on a slow drive. */
static void
start_copy (IdoAgreementDialog *self)
{
  const char *uri = self->agreement->document_uri;
  g_autoptr(GTask) task = NULL;
  char **paths;

  if (uri == NULL || *uri == '\0' || in_dossier_folder (self, uri) || self->copy_cancellable != NULL)
    return;
  paths = g_new0 (char *, 3);
  paths[0] = g_strdup (uri);
  paths[1] = ido_agreement_get_document_folder (ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self)));
  self->copy_cancellable = g_cancellable_new ();
  gtk_widget_set_visible (self->copy_spinner, TRUE);
  task = g_task_new (self, self->copy_cancellable, on_copied_cb, NULL);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, copy_thread);
}

static void
on_copy_toggled_cb (IdoAgreementDialog *self)
{
  if (adw_switch_row_get_active (self->copy_row))
    start_copy (self);
}

static GtkWidget *
document_button (const char *icon,
                 const char *label,
                 GCallback   callback,
                 gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
setup_document_row (IdoAgreementDialog *self)
{
  AdwActionRow *row = self->document_row;

  self->copy_spinner = adw_spinner_new ();
  gtk_widget_set_visible (self->copy_spinner, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copying the document"), -1);
  adw_action_row_add_suffix (row, self->copy_spinner);
  self->open_button = document_button ("document-open-symbolic", _("Open the Document"),
                                       G_CALLBACK (on_open_clicked_cb), self);
  adw_action_row_add_suffix (row, self->open_button);
  self->clear_button = document_button ("edit-clear-symbolic", _("Remove the Link"),
                                        G_CALLBACK (on_clear_clicked_cb), self);
  adw_action_row_add_suffix (row, self->clear_button);
  adw_action_row_add_suffix (row, document_button ("folder-open-symbolic", _("Choose the Document"),
                                                   G_CALLBACK (on_choose_clicked_cb), self));
  g_signal_connect_swapped (self->copy_row, "notify::active", G_CALLBACK (on_copy_toggled_cb), self);
}

/* Parties */

static void
on_remove_party_cb (GtkButton          *button,
                    IdoAgreementDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ido-index"));

  if (index < self->agreement->parties->len)
    g_ptr_array_remove_index (self->agreement->parties, index);
  rebuild_parties (self);
}

static void
rebuild_parties (IdoAgreementDialog *self)
{
  ido_form_remove_rows (self->party_rows, self->parties_group);
  for (guint i = 0; i < self->agreement->parties->len; i++)
    {
      IdoAgreementParty *party = g_ptr_array_index (self->agreement->parties, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), party->name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 remove_button (party->name, G_CALLBACK (on_remove_party_cb), self, i));
      adw_preferences_group_add (self->parties_group, row);
      g_ptr_array_add (self->party_rows, row);
    }
}

static void
on_party_chosen_cb (IdoAgreementDialog *self)
{
  guint position = adw_combo_row_get_selected (self->add_party_row);
  PartyChoice *choice;

  if (position == 0 || position >= self->party_choices->len)
    return;
  choice = &g_array_index (self->party_choices, PartyChoice, position);
  ido_agreement_add_party (self->agreement, choice->municipality_id, choice->library_id, 0, choice->name);
  rebuild_parties (self);
  adw_combo_row_set_selected (self->add_party_row, 0);
}

static void
on_party_name_applied_cb (IdoAgreementDialog *self)
{
  g_autofree char *name = ido_form_dup_text (self->add_party_name_row);

  if (*name == '\0')
    return;
  ido_agreement_add_party (self->agreement, 0, 0, 0, name);
  ido_form_set_text (self->add_party_name_row, "");
  rebuild_parties (self);
}

static void
add_party_choice (IdoAgreementDialog *self,
                  GtkStringList      *labels,
                  gint64              municipality_id,
                  gint64              library_id,
                  const char         *name)
{
  PartyChoice choice = { municipality_id, library_id, g_strdup (name) };

  g_array_append_val (self->party_choices, choice);
  gtk_string_list_append (labels, name);
}

static void
fill_choices (IdoAgreementDialog *self)
{
  IdoDatabase *database = ido_edit_dialog_get_database (IDO_EDIT_DIALOG (self));
  g_autoptr(GPtrArray) libraries = ido_library_list (database, NULL);
  g_autoptr(GPtrArray) municipalities = ido_library_list_municipalities (database, NULL);
  g_autoptr(GtkStringList) library_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) party_labels = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_append_val (self->library_ids, none);
  gtk_string_list_append (library_labels, C_("library", "None"));
  add_party_choice (self, party_labels, 0, 0, _("Choose…"));
  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    {
      IdoLibrary *library = g_ptr_array_index (libraries, i);

      g_array_append_val (self->library_ids, library->id);
      gtk_string_list_append (library_labels, library->name);
      add_party_choice (self, party_labels, 0, library->id, library->name);
    }
  for (guint i = 0; municipalities != NULL && i < municipalities->len; i++)
    {
      IdoServedMunicipality *m = g_ptr_array_index (municipalities, i);

      add_party_choice (self, party_labels, m->id, 0, m->name);
    }
  adw_combo_row_set_model (self->library_row, G_LIST_MODEL (library_labels));
  adw_combo_row_set_model (self->add_party_row, G_LIST_MODEL (party_labels));
  g_signal_connect_swapped (self->add_party_row, "notify::selected", G_CALLBACK (on_party_chosen_cb), self);
  g_signal_connect_swapped (self->add_party_name_row, "apply", G_CALLBACK (on_party_name_applied_cb), self);
}

/* Deliverables: one editable row each */

static void
read_deliverables (IdoAgreementDialog *self)
{
  for (guint i = 0; i < self->deliverable_rows->len && i < self->agreement->deliverables->len; i++)
    {
      IdoDeliverable *d = g_ptr_array_index (self->agreement->deliverables, i);

      g_free (d->description);
      d->description = ido_form_dup_text (g_ptr_array_index (self->deliverable_rows, i));
    }
}

static void
on_remove_deliverable_cb (GtkButton          *button,
                          IdoAgreementDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ido-index"));

  read_deliverables (self);
  if (index < self->agreement->deliverables->len)
    g_ptr_array_remove_index (self->agreement->deliverables, index);
  rebuild_deliverables (self);
}

static void
rebuild_deliverables (IdoAgreementDialog *self)
{
  ido_form_remove_rows (self->deliverable_rows, self->deliverables_group);
  for (guint i = 0; i < self->agreement->deliverables->len; i++)
    {
      IdoDeliverable *d = g_ptr_array_index (self->agreement->deliverables, i);
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *title = g_strdup_printf (_("Product or Service %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), d->description);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                                remove_button (title, G_CALLBACK (on_remove_deliverable_cb), self, i));
      adw_preferences_group_add (self->deliverables_group, row);
      g_ptr_array_add (self->deliverable_rows, row);
    }
}

static void
on_deliverable_applied_cb (IdoAgreementDialog *self)
{
  g_autofree char *text = ido_form_dup_text (self->add_deliverable_row);

  if (*text == '\0')
    return;
  read_deliverables (self);
  ido_agreement_add_deliverable (self->agreement, text);
  ido_form_set_text (self->add_deliverable_row, "");
  rebuild_deliverables (self);
}

/* Load and save */

static void
load (IdoAgreementDialog *self)
{
  IdoAgreement *a = self->agreement;

  adw_combo_row_set_selected (self->kind_row, ido_form_code_position (ido_agreement_kinds (), a->kind));
  ido_form_set_text (self->title_row, a->title);
  ido_form_set_text (self->reference_row, a->reference);
  for (guint i = 0; i < self->library_ids->len; i++)
    {
      if (g_array_index (self->library_ids, gint64, i) == a->library_id)
        adw_combo_row_set_selected (self->library_row, i);
    }
  adw_combo_row_set_selected (self->status_row,
                              ido_form_code_position (ido_agreement_statuses (), a->status));
  ido_form_set_date (self->start_row, a->starts_on);
  ido_form_set_date (self->end_row, a->ends_on);
  ido_amount_row_set_cents (self->amount_row, a->has_amount, a->amount);
  adw_switch_row_set_active (self->copy_row, a->document_uri != NULL && in_dossier_folder (self, a->document_uri));
  update_document (self);
  rebuild_parties (self);
  rebuild_deliverables (self);
}

static gboolean
read_form (IdoAgreementDialog  *self,
           GError             **error)
{
  IdoAgreement *a = self->agreement;
  guint library = adw_combo_row_get_selected (self->library_row);

  g_set_str (&a->kind, ido_agreement_kinds ()[adw_combo_row_get_selected (self->kind_row)]);
  g_free (a->title);
  a->title = ido_form_dup_text (self->title_row);
  g_free (a->reference);
  a->reference = ido_form_dup_text (self->reference_row);
  a->library_id = library < self->library_ids->len ? g_array_index (self->library_ids, gint64, library) : 0;
  g_set_str (&a->status, ido_agreement_statuses ()[adw_combo_row_get_selected (self->status_row)]);
  read_deliverables (self);
  g_clear_pointer (&a->starts_on, g_free);
  g_clear_pointer (&a->ends_on, g_free);
  if (self->copy_cancellable != NULL)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_WEBSITE, _("Wait until the document is copied."));
      return FALSE;
    }
  return ido_form_get_date (self->start_row, IDO_FIELD_START_DATE, &a->starts_on, error) &&
         ido_form_get_date (self->end_row, IDO_FIELD_END_DATE, &a->ends_on, error) &&
         ido_amount_row_get_cents (self->amount_row, &a->has_amount, &a->amount, error);
}

static gboolean
ido_agreement_dialog_save (IdoEditDialog  *dialog,
                           GError        **error)
{
  IdoAgreementDialog *self = IDO_AGREEMENT_DIALOG (dialog);

  return read_form (self, error) &&
         ido_agreement_save (ido_edit_dialog_get_database (dialog), self->agreement, error);
}

static GtkWidget *
ido_agreement_dialog_get_field_row (IdoEditDialog *dialog,
                                    int            field)
{
  IdoAgreementDialog *self = IDO_AGREEMENT_DIALOG (dialog);

  switch (field)
    {
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->kind_row);
    case IDO_FIELD_NAME:
      return GTK_WIDGET (self->title_row);
    case IDO_FIELD_START_DATE:
      return GTK_WIDGET (self->start_row);
    case IDO_FIELD_END_DATE:
      return GTK_WIDGET (self->end_row);
    case IDO_FIELD_AMOUNT:
      return GTK_WIDGET (self->amount_row);
    case IDO_FIELD_WEBSITE:
      return GTK_WIDGET (self->document_row);
    case IDO_FIELD_OTHER:
      return GTK_WIDGET (self->status_row);
    default:
      return NULL;
    }
}

/* A deleted agreement with what referred to it. */
typedef struct
{
  IdoAgreement      *agreement;
  IdoAgreementLinks *links;
} DeletedAgreement;

static void
deleted_agreement_free (gpointer data)
{
  DeletedAgreement *deleted = data;

  ido_agreement_free (deleted->agreement);
  ido_agreement_links_free (deleted->links);
  g_free (deleted);
}

static gboolean
restore_agreement (IdoDatabase  *database,
                   gpointer      data,
                   GError      **error)
{
  DeletedAgreement *deleted = data;

  deleted->agreement->id = 0;
  for (guint i = 0; i < deleted->agreement->deliverables->len; i++)
    ((IdoDeliverable *) g_ptr_array_index (deleted->agreement->deliverables, i))->id = 0;
  return ido_agreement_save (database, deleted->agreement, error) &&
         ido_agreement_restore_links (database, deleted->agreement->id, deleted->links, error);
}

static void
ido_agreement_dialog_delete (IdoEditDialog *dialog)
{
  IdoAgreementDialog *self = IDO_AGREEMENT_DIALOG (dialog);
  IdoDatabase *database = ido_edit_dialog_get_database (dialog);
  g_autoptr(GError) error = NULL;
  DeletedAgreement *deleted = g_new0 (DeletedAgreement, 1);
  g_autofree char *message = NULL;

  deleted->agreement = ido_agreement_load (database, self->agreement->id, &error);
  if (deleted->agreement != NULL)
    deleted->links = ido_agreement_get_links (database, self->agreement->id, &error);
  if (deleted->links == NULL || !ido_agreement_delete (database, self->agreement->id, &error))
    {
      deleted_agreement_free (deleted);
      ido_edit_dialog_show_error (dialog, error);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), deleted->agreement->title);
  ido_edit_dialog_offer_undo (dialog, message, restore_agreement, deleted, deleted_agreement_free);
}

static void
ido_agreement_dialog_dispose (GObject *object)
{
  IdoAgreementDialog *self = (IdoAgreementDialog *) object;

  g_cancellable_cancel (self->copy_cancellable);
  g_clear_object (&self->copy_cancellable);
  if (self->add_party_row != NULL)
    g_signal_handlers_disconnect_by_data (self->add_party_row, self);
  if (self->copy_row != NULL)
    g_signal_handlers_disconnect_by_data (self->copy_row, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_AGREEMENT_DIALOG);

  G_OBJECT_CLASS (ido_agreement_dialog_parent_class)->dispose (object);
}

static void
ido_agreement_dialog_finalize (GObject *object)
{
  IdoAgreementDialog *self = (IdoAgreementDialog *) object;

  g_clear_pointer (&self->agreement, ido_agreement_free);
  g_clear_pointer (&self->library_ids, g_array_unref);
  g_clear_pointer (&self->party_choices, g_array_unref);
  g_clear_pointer (&self->party_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deliverable_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_agreement_dialog_parent_class)->finalize (object);
}

static void
ido_agreement_dialog_class_init (IdoAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoEditDialogClass *dialog_class = IDO_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = ido_agreement_dialog_dispose;
  object_class->finalize = ido_agreement_dialog_finalize;

  dialog_class->save = ido_agreement_dialog_save;
  dialog_class->get_field_row = ido_agreement_dialog_get_field_row;
  dialog_class->delete = ido_agreement_dialog_delete;

  g_type_ensure (IDO_TYPE_AMOUNT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, form);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, library_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, document_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, copy_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, parties_group);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, add_party_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, add_party_name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, deliverables_group);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, add_deliverable_row);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementDialog, delete_button);
}

static void
ido_agreement_dialog_init (IdoAgreementDialog *self)
{
  g_autoptr(GListModel) kinds = ido_form_labels_model (ido_agreement_kinds (), ido_agreement_kind_get_label);
  g_autoptr(GListModel) statuses = ido_form_labels_model (ido_agreement_statuses (),
                                                          ido_agreement_status_get_label);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->library_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->party_choices = g_array_new (FALSE, TRUE, sizeof (PartyChoice));
  g_array_set_clear_func (self->party_choices, party_choice_clear);
  self->party_rows = g_ptr_array_new ();
  self->deliverable_rows = g_ptr_array_new ();
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_model (self->status_row, statuses);
  ido_edit_dialog_set_message_label (IDO_EDIT_DIALOG (self), self->message_label);
  ido_edit_dialog_set_form (IDO_EDIT_DIALOG (self), self->form);
  g_signal_connect_swapped (self->add_deliverable_row, "apply", G_CALLBACK (on_deliverable_applied_cb), self);
  setup_document_row (self);
}

/**
 * ido_agreement_dialog_new:
 * @agreement_id: the agreement to change, or 0 for a new one
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_agreement_dialog_new (IdoDatabase *database,
                          gint64       agreement_id)
{
  IdoAgreementDialog *self = g_object_new (IDO_TYPE_AGREEMENT_DIALOG, "database", database, NULL);
  g_autoptr(GError) error = NULL;

  if (agreement_id > 0)
    self->agreement = ido_agreement_load (database, agreement_id, &error);
  if (self->agreement == NULL)
    self->agreement = ido_agreement_new ("grant-decision");
  fill_choices (self);
  load (self);
  if (error != NULL)
    ido_edit_dialog_show_error (IDO_EDIT_DIALOG (self), error);
  gtk_widget_set_visible (self->delete_button, self->agreement->id != 0);
  ido_edit_dialog_set_can_delete (IDO_EDIT_DIALOG (self), self->agreement->id != 0);
  return ADW_DIALOG (self);
}

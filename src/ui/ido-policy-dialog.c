/* ido-policy-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-policy-dialog.h"
#include "ido-record-store.h"
#include "ido-record.h"
#include "ido-validate.h"

struct _IdoPolicyDialog
{
  AdwDialog        parent_instance;

  IdoDatabase     *database;
  IdoPolicyDomain *domain;
  GPtrArray       *link_rows;     /* AdwSwitchRow with "kind" and "id" data */

  GtkLabel        *error_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *relation_row;
  AdwEntryRow     *agreements_row;
  AdwEntryRow     *officer_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *last_row;
  AdwEntryRow     *next_row;
  AdwExpanderRow  *partners_row;
  AdwExpanderRow  *desks_row;
  AdwExpanderRow  *signals_row;
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoPolicyDialog, ido_policy_dialog, ADW_TYPE_DIALOG)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
row_for_field (IdoPolicyDialog *self,
               int              field)
{
  switch (field)
    {
    case IDO_FIELD_EMAIL:
      return GTK_WIDGET (self->email_row);
    case IDO_FIELD_DATE:
      return GTK_WIDGET (self->last_row);
    case IDO_FIELD_REVIEW_DATE:
      return GTK_WIDGET (self->next_row);
    default:
      return GTK_WIDGET (self->name_row);
    }
}

static gboolean
read_form (IdoPolicyDialog *self)
{
  IdoPolicyDomain *d = self->domain;
  g_autofree char *last = NULL;
  g_autofree char *next = NULL;

  ido_form_clear_rows (self->error_label, GTK_WIDGET (self->name_row), GTK_WIDGET (self->email_row),
                       GTK_WIDGET (self->last_row), GTK_WIDGET (self->next_row), NULL);
  if (!ido_form_read_date (self->last_row, &last, self->error_label) ||
      !ido_form_read_date (self->next_row, &next, self->error_label))
    return FALSE;
  g_set_str (&d->name, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_set_str (&d->relation, gtk_editable_get_text (GTK_EDITABLE (self->relation_row)));
  g_set_str (&d->agreements, gtk_editable_get_text (GTK_EDITABLE (self->agreements_row)));
  g_set_str (&d->officer_name, gtk_editable_get_text (GTK_EDITABLE (self->officer_row)));
  g_set_str (&d->officer_email, gtk_editable_get_text (GTK_EDITABLE (self->email_row)));
  g_set_str (&d->last_conversation_on, last);
  g_set_str (&d->next_conversation_on, next);
  for (guint i = 0; i < self->link_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->link_rows, i);
      IdoPolicyLinkKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");

      if (adw_switch_row_get_active (row))
        ido_policy_domain_add_link (d, kind, id);
      else
        ido_policy_domain_remove_link (d, kind, id);
    }
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPolicyDialog *self = IDO_POLICY_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!read_form (self))
    return;
  if (!ido_policy_domain_save (self->database, self->domain, &error))
    {
      ido_form_show_error_and_focus (error->domain == IDO_FIELD_ERROR ? row_for_field (self, error->code) : NULL,
                                     self->error_label, error->message);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoPolicyDialog *self = IDO_POLICY_DIALOG (widget);

  if (self->domain->id == 0 || self->domain->code != NULL)
    return;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->domain->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static gboolean
has_link (IdoPolicyDomain   *domain,
          IdoPolicyLinkKind  kind,
          gint64             id)
{
  for (guint i = 0; i < domain->links->len; i++)
    {
      IdoPolicyLink *link = &g_array_index (domain->links, IdoPolicyLink, i);

      if (link->kind == kind && link->target_id == id)
        return TRUE;
    }
  return FALSE;
}

static void
fill_links (IdoPolicyDialog   *self,
            AdwExpanderRow    *expander,
            IdoRecordKind      record_kind,
            IdoPolicyLinkKind  kind)
{
  g_autoptr(IdoRecordStore) store = ido_record_store_new (self->database, record_kind);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_linked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);
      GtkWidget *row = adw_switch_row_new ();
      gint64 *id = g_new (gint64, 1);
      const char *subtitle = ido_record_get_subtitle (record);

      *id = ido_record_get_id (record);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ido_record_get_title (record));
      if (kind == IDO_POLICY_LINK_SIGNAL && subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_switch_row_set_active (ADW_SWITCH_ROW (row), has_link (self->domain, kind, *id));
      n_linked += has_link (self->domain, kind, *id) ? 1 : 0;
      g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (kind));
      g_object_set_data_full (G_OBJECT (row), "id", id, g_free);
      adw_expander_row_add_row (expander, row);
      g_ptr_array_add (self->link_rows, row);
    }
  if (n == 0)
    {
      adw_expander_row_set_subtitle (expander, _("None recorded yet"));
      gtk_widget_set_sensitive (GTK_WIDGET (expander), FALSE);
    }
  else
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u linked", "%u linked", n_linked), n_linked);

      adw_expander_row_set_subtitle (expander, count);
    }
}

static void
fill_form (IdoPolicyDialog *self)
{
  IdoPolicyDomain *d = self->domain;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), d->name);
  gtk_editable_set_text (GTK_EDITABLE (self->relation_row), d->relation);
  gtk_editable_set_text (GTK_EDITABLE (self->agreements_row), d->agreements);
  gtk_editable_set_text (GTK_EDITABLE (self->officer_row), d->officer_name);
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), d->officer_email);
  ido_form_set_date (self->last_row, d->last_conversation_on);
  ido_form_set_date (self->next_row, d->next_conversation_on);
  fill_links (self, self->partners_row, IDO_RECORD_PARTNER, IDO_POLICY_LINK_PARTNER);
  fill_links (self, self->desks_row, IDO_RECORD_DESK, IDO_POLICY_LINK_DESK);
  fill_links (self, self->signals_row, IDO_RECORD_SIGNAL, IDO_POLICY_LINK_SIGNAL);
  /* The domains of Tabel 1 stay, so the matrix always shows their gaps. */
  gtk_widget_set_visible (self->delete_button, d->id > 0 && d->code == NULL);
  adw_dialog_set_title (ADW_DIALOG (self), d->id > 0 ? _("Policy Domain") : _("New Policy Domain"));
}

static void
ido_policy_dialog_dispose (GObject *object)
{
  IdoPolicyDialog *self = (IdoPolicyDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_POLICY_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->domain, ido_policy_domain_free);
  g_clear_pointer (&self->link_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_policy_dialog_parent_class)->dispose (object);
}

static void
ido_policy_dialog_class_init (IdoPolicyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_policy_dialog_dispose;

  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-policy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, relation_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, agreements_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, officer_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, last_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, next_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, partners_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, desks_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, signals_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyDialog, delete_button);

  gtk_widget_class_install_action (widget_class, "domain.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "domain.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "domain.save", NULL);
}

static void
ido_policy_dialog_init (IdoPolicyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->link_rows = g_ptr_array_new ();
}

/**
 * ido_policy_dialog_new:
 * @domain: (transfer full): the domain to edit
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_policy_dialog_new (IdoDatabase     *database,
                       IdoPolicyDomain *domain)
{
  IdoPolicyDialog *self = g_object_new (IDO_TYPE_POLICY_DIALOG, NULL);

  self->database = g_object_ref (database);
  self->domain = domain;
  fill_form (self);
  return ADW_DIALOG (self);
}

/* ido-network-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Regievoerder netwerk: the partners with their referral agreements, the
 * network meetings, and an overview of the network.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-meeting-editor.h"
#include "ido-network-overview-view.h"
#include "ido-network-pane.h"
#include "ido-partner.h"
#include "ido-partner-editor.h"
#include "ido-partner-list.h"
#include "ido-record.h"
#include "ido-record-row.h"
#include "ido-record-store.h"
#include "ido-role-results.h"
#include "ido-row-snapshot.h"

struct _IdoNetworkPane
{
  IdoPane          parent_instance;

  IdoPartnerStore *partners;
  IdoRecordStore  *meetings;
  IdoPartnerList  *partner_list;
  GtkWidget       *overview_view;
  IdoRowSnapshot  *undo;
  AdwToast        *undo_toast;

  GtkStack        *stack;
  AdwViewStack    *view_stack;
  AdwBin          *partners_bin;
  AdwBin          *overview_bin;
  GtkStack        *meetings_stack;
  GtkListView     *meetings_view;
};

G_DEFINE_FINAL_TYPE (IdoNetworkPane, ido_network_pane, IDO_TYPE_PANE)

static void
update_stack (IdoNetworkPane *self)
{
  gboolean has_partners = self->partners && g_list_model_get_n_items (G_LIST_MODEL (self->partners)) > 0;
  gboolean has_meetings = self->meetings && g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) > 0;

  g_assert (IDO_IS_NETWORK_PANE (self));

  gtk_stack_set_visible_child_name (self->stack, has_partners || has_meetings ? "records" : "empty");
  gtk_stack_set_visible_child_name (self->meetings_stack, has_meetings ? "list" : "empty");
}

/* Undo */

static void
show_undo_toast (IdoNetworkPane *self,
                 IdoRowSnapshot *snapshot,
                 const char     *title)
{
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  self->undo = snapshot;
  self->undo_toast = ido_form_undo_toast (title, GTK_WIDGET (self), "network.undo");
  g_object_add_weak_pointer (G_OBJECT (self->undo_toast), (gpointer *) &self->undo_toast);
  ido_form_add_toast (GTK_WIDGET (self), self->undo_toast);
}

static void
show_message (IdoNetworkPane *self,
              const char     *message)
{
  ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoNetworkPane *self = IDO_NETWORK_PANE (widget);
  g_autoptr(IdoRowSnapshot) undo = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;

  if (undo != NULL && !ido_row_snapshot_restore (undo, ido_pane_get_database (IDO_PANE (self)), &error))
    show_message (self, error->message);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

/* Partners */

static void
delete_partner_now (IdoNetworkPane *self,
                    gint64          partner_id,
                    const char     *name)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  IdoRowSnapshot *snapshot = NULL;

  if (!ido_partner_delete (database, partner_id, &snapshot, &error))
    {
      show_message (self, error->message);
      return;
    }
  /* Translators: a toast after deleting a partner */
  title = g_strdup_printf (_("“%s” deleted"), name);
  show_undo_toast (self, snapshot, title);
}

static void
end_partner_now (IdoNetworkPane *self,
                 gint64          partner_id,
                 const char     *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!ido_partner_end (ido_pane_get_database (IDO_PANE (self)), partner_id, NULL, &error))
    {
      show_message (self, error->message);
      return;
    }
  title = g_strdup_printf (_("“%s” is no longer an active partner"), name);
  show_message (self, title);
}

static void
on_delete_response_cb (AdwAlertDialog *alert,
                       const char     *response,
                       IdoNetworkPane *self)
{
  gint64 partner_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (alert), "ido-partner-id"));
  const char *name = g_object_get_data (G_OBJECT (alert), "ido-partner-name");

  if (g_str_equal (response, "end"))
    end_partner_now (self, partner_id, name);
  else if (g_str_equal (response, "delete"))
    delete_partner_now (self, partner_id, name);
}

static AdwDialog *
ask_end_or_delete (IdoNetworkPane *self,
                   IdoPartner     *partner,
                   guint           n_agreements,
                   guint           n_meetings)
{
  const char *name = ido_partner_get_name (partner);
  const char *heading = _("Delete Partner?");
  g_autofree char *agreements = g_strdup_printf (ngettext ("%u referral agreement", "%u referral agreements",
                                                           n_agreements), n_agreements);
  g_autofree char *meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_meetings), n_meetings);
  g_autofree char *body = NULL;
  AdwDialog *alert;

  /* Translators: "“Humanitas” has 2 referral agreements and was invited to 3 meetings. ..." */
  body = g_strdup_printf (_("“%s” has %s and was invited to %s. End the cooperation to keep this "
                            "history, or delete the partner together with its agreements and meeting "
                            "attendance."),
                          name, agreements, meetings);
  alert = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete with Agreements"),
                                  "end", _("_End Cooperation"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "end", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "end");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (alert), "end", ido_partner_get_active (partner));
  g_object_set_data (G_OBJECT (alert), "ido-partner-id", GSIZE_TO_POINTER (ido_partner_get_id (partner)));
  g_object_set_data_full (G_OBJECT (alert), "ido-partner-name", g_strdup (name), g_free);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
  return alert;
}

static void
on_editor_closed_cb (IdoNetworkPane *self,
                     AdwDialog      *editor)
{
  gint64 *partner_id = g_object_get_data (G_OBJECT (editor), "ido-delete-partner");

  if (partner_id != NULL)
    ido_network_pane_delete_partner (self, *partner_id);
}

/* Asks (or deletes) once the editor is gone, not on top of it. */
static void
on_partner_delete_requested_cb (IdoNetworkPane *self,
                                gint64          partner_id,
                                AdwDialog      *editor)
{
  g_object_set_data_full (G_OBJECT (editor), "ido-delete-partner", g_memdup2 (&partner_id, sizeof partner_id),
                          g_free);
  g_signal_connect_object (editor, "closed", G_CALLBACK (on_editor_closed_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_force_close (editor);
}

static void
on_partner_activated_cb (IdoNetworkPane *self,
                         IdoPartner     *partner)
{
  ido_network_pane_edit_partner (self, ido_partner_get_id (partner));
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ido_network_pane_edit_partner (IDO_NETWORK_PANE (widget), 0);
}

/* Meetings */

static void
on_meeting_delete_requested_cb (IdoNetworkPane *self,
                                gint64          meeting_id)
{
  g_autoptr(GError) error = NULL;
  IdoRowSnapshot *snapshot = NULL;

  if (!ido_row_snapshot_delete (ido_pane_get_database (IDO_PANE (self)), "meeting", meeting_id, &snapshot, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_undo_toast (self, snapshot, _("Meeting deleted"));
}

static void
add_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ido_network_pane_edit_meeting (IDO_NETWORK_PANE (widget), 0);
}

static void
on_meeting_activated_cb (IdoNetworkPane *self,
                         guint           position)
{
  g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (self->meetings), position);

  if (record != NULL)
    ido_network_pane_edit_meeting (self, ido_record_get_id (record));
}



static void
setup_meetings (IdoNetworkPane *self,
                IdoDatabase    *database)
{
  g_autoptr(GtkListItemFactory) factory = ido_record_row_factory_new (TRUE);
  g_autoptr(GtkNoSelection) selection = NULL;

  self->meetings = ido_record_store_new (database, IDO_RECORD_MEETING);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->meetings)));
  gtk_list_view_set_factory (self->meetings_view, factory);
  gtk_list_view_set_model (self->meetings_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->meetings_view, "activate", G_CALLBACK (on_meeting_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
}

/* Overview */

static void
on_show_partners_cb (IdoNetworkPane *self,
                     const char     *kind,
                     const char     *sector,
                     int             status)
{
  ido_partner_list_set_kind (self->partner_list, kind);
  ido_partner_list_set_sector (self->partner_list, sector);
  ido_partner_list_set_status (self->partner_list, status);
  ido_network_pane_show_section (self, "partners");
}

/* Search */

static void
on_search_text_cb (IdoNetworkPane *self)
{
  if (self->partner_list != NULL)
    ido_partner_list_set_search_text (self->partner_list, ido_pane_get_search_text (IDO_PANE (self)));
}

/* Overrides */

static gboolean
ido_network_pane_start_search (IdoPane *pane)
{
  IdoNetworkPane *self = IDO_NETWORK_PANE (pane);

  if (self->partners == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->partners)) == 0)
    return FALSE;
  ido_network_pane_show_section (self, "partners");
  return TRUE;
}

static void
ido_network_pane_reload (IdoPane *pane)
{
  IdoNetworkPane *self = IDO_NETWORK_PANE (pane);

  if (self->partners == NULL)
    return;
  ido_partner_store_reload (self->partners, NULL);
  ido_record_store_reload (self->meetings, NULL);
  ido_network_overview_view_reload (IDO_NETWORK_OVERVIEW_VIEW (self->overview_view));
}

static void
ido_network_pane_constructed (GObject *object)
{
  IdoNetworkPane *self = (IdoNetworkPane *) object;
  IdoDatabase *database;

  G_OBJECT_CLASS (ido_network_pane_parent_class)->constructed (object);

  database = ido_pane_get_database (IDO_PANE (self));
  if (database != NULL)
    {
      self->partners = ido_partner_store_new (database);
      self->partner_list = IDO_PARTNER_LIST (ido_partner_list_new (self->partners));
      adw_bin_set_child (self->partners_bin, GTK_WIDGET (self->partner_list));
      g_signal_connect_object (self->partner_list, "partner-activated", G_CALLBACK (on_partner_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->partners, "items-changed", G_CALLBACK (update_stack), self,
                               G_CONNECT_SWAPPED);
      setup_meetings (self, database);
      self->overview_view = ido_network_overview_view_new (database);
      adw_bin_set_child (self->overview_bin, self->overview_view);
      g_signal_connect_object (self->overview_view, "show-partners", G_CALLBACK (on_show_partners_cb), self,
                               G_CONNECT_SWAPPED);
    /* The dashboard trend of this role (issue 5). */
    adw_view_stack_add_titled_with_icon (self->view_stack, ido_role_results_new_page (database, "network"), "results",
                                         _("Results"), "power-profile-performance-symbolic");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.add-partner", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.add-meeting", database != NULL);
  g_signal_connect (self, "notify::search-text", G_CALLBACK (on_search_text_cb), NULL);
  update_stack (self);
}

static void
ido_network_pane_dispose (GObject *object)
{
  IdoNetworkPane *self = (IdoNetworkPane *) object;

  /* The bin lets go of its child first, so that the template does not
   * leave it holding a disposed one. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_NETWORK_PANE);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  g_clear_object (&self->partners);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (ido_network_pane_parent_class)->dispose (object);
}

static void
ido_network_pane_class_init (IdoNetworkPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_network_pane_constructed;
  object_class->dispose = ido_network_pane_dispose;
  pane_class->start_search = ido_network_pane_start_search;
  pane_class->reload = ido_network_pane_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-network-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, partners_bin);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, overview_bin);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, meetings_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkPane, meetings_view);

  gtk_widget_class_install_action (widget_class, "network.add-partner", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "network.add-meeting", NULL, add_meeting_action);
  gtk_widget_class_install_action (widget_class, "network.undo", NULL, undo_action);
}

static void
ido_network_pane_init (IdoNetworkPane *self)
{
  g_type_ensure (ADW_TYPE_INLINE_VIEW_SWITCHER);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_network_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_network_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_NETWORK_PANE,
                       "role", IDO_ROLE_NETWORK,
                       "database", database,
                       NULL);
}

/**
 * ido_network_pane_get_partner_store:
 *
 * Returns: (transfer none) (nullable): the partners
 */
IdoPartnerStore *
ido_network_pane_get_partner_store (IdoNetworkPane *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);
  return self->partners;
}

/**
 * ido_network_pane_get_partner_list:
 *
 * Returns: (transfer none) (nullable): the #IdoPartnerList
 */
GtkWidget *
ido_network_pane_get_partner_list (IdoNetworkPane *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);
  return GTK_WIDGET (self->partner_list);
}

/**
 * ido_network_pane_get_overview_view:
 *
 * Returns: (transfer none) (nullable): the #IdoNetworkOverviewView
 */
GtkWidget *
ido_network_pane_get_overview_view (IdoNetworkPane *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);
  return self->overview_view;
}

/**
 * ido_network_pane_get_meetings:
 *
 * Returns: (transfer none) (nullable): the meetings listed
 */
GListModel *
ido_network_pane_get_meetings (IdoNetworkPane *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);
  return G_LIST_MODEL (self->meetings);
}

/**
 * ido_network_pane_show_section:
 * @name: "partners", "meetings" or "overview"
 */
void
ido_network_pane_show_section (IdoNetworkPane *self,
                               const char     *name)
{
  g_return_if_fail (IDO_IS_NETWORK_PANE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
ido_network_pane_get_section (IdoNetworkPane *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * ido_network_pane_edit_partner:
 * @partner_id: the partner, or 0 for a new one
 *
 * Returns: (transfer none): the editor presented
 */
AdwDialog *
ido_network_pane_edit_partner (IdoNetworkPane *self,
                               gint64          partner_id)
{
  AdwDialog *editor;

  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);

  editor = ido_partner_editor_new (ido_pane_get_database (IDO_PANE (self)), partner_id);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_partner_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
  return editor;
}

/**
 * ido_network_pane_edit_meeting:
 * @meeting_id: the meeting, or 0 for a new one
 *
 * Returns: (transfer none): the editor presented
 */
AdwDialog *
ido_network_pane_edit_meeting (IdoNetworkPane *self,
                               gint64          meeting_id)
{
  AdwDialog *editor;

  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);

  editor = ido_meeting_editor_new (self->partners, meeting_id);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_meeting_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
  return editor;
}

/**
 * ido_network_pane_delete_partner:
 *
 * Deletes the partner with an undo toast; when it has agreements or meeting
 * attendance, first asks whether to end the cooperation instead.
 *
 * Returns: (transfer none) (nullable): the question asked, if any
 */
AdwDialog *
ido_network_pane_delete_partner (IdoNetworkPane *self,
                                 gint64          partner_id)
{
  IdoDatabase *database;
  g_autoptr(IdoPartner) partner = NULL;
  g_autoptr(GError) error = NULL;
  guint n_agreements = 0, n_meetings = 0;

  g_return_val_if_fail (IDO_IS_NETWORK_PANE (self), NULL);

  database = ido_pane_get_database (IDO_PANE (self));
  partner = ido_partner_load (database, partner_id, &error);
  if (partner == NULL || !ido_partner_count_links (database, partner_id, &n_agreements, &n_meetings, &error))
    {
      show_message (self, error->message);
      return NULL;
    }
  if (n_agreements + n_meetings > 0)
    return ask_end_or_delete (self, partner, n_agreements, n_meetings);
  delete_partner_now (self, partner_id, ido_partner_get_name (partner));
  return NULL;
}

/* ido-referrer-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Warme doorverwijzer: the municipal desks that meet residents who need
 * help, their trainings "herkennen en warm doorverwijzen", and the
 * referral agreements between the municipality and the IDO. Desks never
 * trained, or trained more than two years ago, are flagged.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-desk.h"
#include "ido-desk-editor.h"
#include "ido-form.h"
#include "ido-municipality.h"
#include "ido-partner.h"
#include "ido-record.h"
#include "ido-record-row.h"
#include "ido-referral-agreement.h"
#include "ido-referral-agreement-editor.h"
#include "ido-referrer-pane.h"
#include "ido-role-results.h"
#include "ido-row-snapshot.h"
#include "ido-training-editor.h"

struct _IdoReferrerPane
{
  IdoPane          parent_instance;

  GListStore      *desks;        /* IdoRecord */
  GListStore      *trainings;    /* IdoRecord */
  GListStore      *agreements;   /* IdoRecord */
  GtkCustomFilter *filter;
  char           **query_words;
  char            *today;
  guint            reload_id;
  IdoRowSnapshot  *undo;
  AdwToast        *undo_toast;

  GtkStack        *stack;
  AdwViewStack    *view_stack;
  GtkListView     *desks_view;
  GtkStack        *trainings_stack;
  GtkListView     *trainings_view;
  GtkStack        *agreements_stack;
  GtkListView     *agreements_view;
};

G_DEFINE_FINAL_TYPE (IdoReferrerPane, ido_referrer_pane, IDO_TYPE_PANE)

/* The tables whose changes show in this pane. */
static const char * const watched_tables[] = {
  "desk", "desk_referral_count", "training", "training_desk", "referral_agreement", NULL
};

/* Records */

static IdoRecord *
desk_record (IdoDesk    *desk,
             const char *today)
{
  IdoTrainingState state = ido_desk_get_training_state (desk, today);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  IdoRecord *record;

  /* Why it is flagged first, so that it shows also when narrow. */
  if (state != IDO_TRAINING_STATE_CURRENT)
    g_string_append (subtitle, ido_training_state_get_label (state));
  if (*desk->department != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", desk->department);
  if (desk->referral_counts->len > 0)
    {
      IdoDeskReferralCount *last = &g_array_index (desk->referral_counts, IdoDeskReferralCount,
                                                   desk->referral_counts->len - 1);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: "12 referrals in 2025Q3" */
      g_string_append_printf (subtitle, ngettext ("%d referral in %s", "%d referrals in %s", last->referrals),
                              last->referrals, last->period);
    }
  record = ido_record_new (IDO_RECORD_DESK, desk->id, desk->uuid, desk->name, subtitle->str,
                           desk->last_trained_on);
  ido_record_set_flag (record, state == IDO_TRAINING_STATE_CURRENT ? IDO_RECORD_FLAG_NONE
                                                                   : IDO_RECORD_FLAG_ATTENTION);
  return record;
}

static IdoRecord *
training_record (IdoTraining *training)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *departments[] = { training->desk_names, training->departments };

  if (training->participants >= 0)
    g_string_append_printf (subtitle, ngettext ("%d participant", "%d participants", training->participants),
                            training->participants);
  for (guint i = 0; i < G_N_ELEMENTS (departments); i++)
    {
      if (departments[i] != NULL && *departments[i] != '\0')
        g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", departments[i]);
    }
  return ido_record_new (IDO_RECORD_TRAINING, training->id, training->uuid,
                         *training->provider ? training->provider : _("Training"), subtitle->str,
                         training->held_on);
}

static IdoRecord *
agreement_record (IdoReferralAgreement *agreement,
                  const char           *today)
{
  IdoAgreementState state = ido_referral_agreement_get_state (agreement, today);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", agreement->services,
                                               ido_referral_direction_get_label (agreement->direction,
                                                                                 agreement->party));
  IdoRecord *record = ido_record_new (IDO_RECORD_REFERRAL_AGREEMENT, agreement->id, agreement->uuid,
                                      *agreement->desk_name ? agreement->desk_name
                                                            : _("The municipality as a whole"),
                                      subtitle, agreement->review_on);

  ido_record_set_flag (record, state == IDO_AGREEMENT_STATE_REVIEW_OVERDUE ? IDO_RECORD_FLAG_OVERDUE :
                               state == IDO_AGREEMENT_STATE_REVIEW_SOON ? IDO_RECORD_FLAG_ATTENTION :
                               IDO_RECORD_FLAG_NONE);
  return record;
}

static void
replace_all (GListStore *store,
             GPtrArray  *records)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), records->pdata, records->len);
}

static void
update_stack (IdoReferrerPane *self)
{
  guint n_desks = g_list_model_get_n_items (G_LIST_MODEL (self->desks));
  guint n_trainings = g_list_model_get_n_items (G_LIST_MODEL (self->trainings));
  guint n_agreements = g_list_model_get_n_items (G_LIST_MODEL (self->agreements));

  gtk_stack_set_visible_child_name (self->stack, n_desks + n_trainings + n_agreements > 0 ? "records" : "empty");
  gtk_stack_set_visible_child_name (self->trainings_stack, n_trainings > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->agreements_stack, n_agreements > 0 ? "list" : "empty");
}

static gboolean
reload_cb (gpointer data)
{
  IdoReferrerPane *self = data;
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GPtrArray) desks = NULL;
  g_autoptr(GPtrArray) trainings = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  self->reload_id = 0;
  if (database == NULL)
    return G_SOURCE_REMOVE;
  desks = ido_desk_list (database, NULL);
  trainings = ido_training_list (database, NULL);
  agreements = ido_referral_agreement_list (database, "municipality", 0, NULL);
  for (guint i = 0; desks != NULL && i < desks->len; i++)
    g_ptr_array_add (records, desk_record (g_ptr_array_index (desks, i), self->today));
  replace_all (self->desks, records);
  g_ptr_array_set_size (records, 0);
  for (guint i = 0; trainings != NULL && i < trainings->len; i++)
    g_ptr_array_add (records, training_record (g_ptr_array_index (trainings, i)));
  replace_all (self->trainings, records);
  g_ptr_array_set_size (records, 0);
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    g_ptr_array_add (records, agreement_record (g_ptr_array_index (agreements, i), self->today));
  replace_all (self->agreements, records);
  update_stack (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (IdoReferrerPane *self,
                        const char      *table)
{
  if (table != NULL && !g_strv_contains (watched_tables, table))
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

/* Undo */

static void
show_message (IdoReferrerPane *self,
              const char      *message)
{
  ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
delete_with_undo (IdoReferrerPane *self,
                  const char      *table,
                  gint64           id,
                  const char      *title)
{
  g_autoptr(GError) error = NULL;
  IdoRowSnapshot *snapshot = NULL;

  if (!ido_row_snapshot_delete (ido_pane_get_database (IDO_PANE (self)), table, id, &snapshot, &error))
    {
      show_message (self, error->message);
      return;
    }
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  self->undo = snapshot;
  self->undo_toast = ido_form_undo_toast (title, GTK_WIDGET (self), "referrer.undo");
  g_object_add_weak_pointer (G_OBJECT (self->undo_toast), (gpointer *) &self->undo_toast);
  ido_form_add_toast (GTK_WIDGET (self), self->undo_toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoReferrerPane *self = IDO_REFERRER_PANE (widget);
  g_autoptr(IdoRowSnapshot) undo = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;

  if (undo != NULL && !ido_row_snapshot_restore (undo, ido_pane_get_database (IDO_PANE (self)), &error))
    show_message (self, error->message);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
on_desk_delete_requested_cb (IdoReferrerPane *self,
                             gint64           id)
{
  delete_with_undo (self, "desk", id, _("Desk deleted"));
}

static void
on_training_delete_requested_cb (IdoReferrerPane *self,
                                 gint64           id)
{
  delete_with_undo (self, "training", id, _("Training deleted"));
}

static void
on_agreement_delete_requested_cb (IdoReferrerPane *self,
                                  gint64           id)
{
  delete_with_undo (self, "referral_agreement", id, _("Referral agreement deleted"));
}

/* Actions */

static void
add_desk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ido_referrer_pane_edit_desk (IDO_REFERRER_PANE (widget), 0);
}

static void
add_training_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ido_referrer_pane_edit_training (IDO_REFERRER_PANE (widget), 0);
}

static void
add_agreement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ido_referrer_pane_edit_agreement (IDO_REFERRER_PANE (widget), 0);
}

static void
on_activate_cb (GtkListView     *view,
                guint            position,
                IdoReferrerPane *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(IdoRecord) record = g_list_model_get_item (model, position);

  if (record == NULL)
    return;
  if (view == self->desks_view)
    ido_referrer_pane_edit_desk (self, ido_record_get_id (record));
  else if (view == self->trainings_view)
    ido_referrer_pane_edit_training (self, ido_record_get_id (record));
  else
    ido_referrer_pane_edit_agreement (self, ido_record_get_id (record));
}

/* Lists and search */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  IdoReferrerPane *self = user_data;
  g_autofree char *text = NULL;

  if (self->query_words == NULL)
    return TRUE;
  text = ido_record_dup_search_text (item);
  for (guint i = 0; self->query_words[i] != NULL; i++)
    {
      if (strstr (text, self->query_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
on_search_text_cb (IdoReferrerPane *self)
{
  g_autofree char *folded = ido_text_fold (ido_pane_get_search_text (IDO_PANE (self)));

  g_clear_pointer (&self->query_words, g_strfreev);
  if (*folded != '\0')
    self->query_words = g_strsplit (folded, " ", -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}



static void
setup_list (IdoReferrerPane *self,
            GtkListView     *view,
            GListStore      *store)
{
  g_autoptr(GtkListItemFactory) factory = ido_record_row_factory_new (TRUE);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (store)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&filtered)));
  gtk_list_view_set_factory (view, factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (view, "activate", G_CALLBACK (on_activate_cb), self, 0);
}

/* Overrides */

static gboolean
ido_referrer_pane_start_search (IdoPane *pane)
{
  IdoReferrerPane *self = IDO_REFERRER_PANE (pane);

  return g_list_model_get_n_items (G_LIST_MODEL (self->desks)) +
         g_list_model_get_n_items (G_LIST_MODEL (self->trainings)) +
         g_list_model_get_n_items (G_LIST_MODEL (self->agreements)) > 0;
}

static void
ido_referrer_pane_reload (IdoPane *pane)
{
  IdoReferrerPane *self = IDO_REFERRER_PANE (pane);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_cb (self);
}

static void
ido_referrer_pane_constructed (GObject *object)
{
  IdoReferrerPane *self = (IdoReferrerPane *) object;
  IdoDatabase *database;

  G_OBJECT_CLASS (ido_referrer_pane_parent_class)->constructed (object);

  database = ido_pane_get_database (IDO_PANE (self));
  setup_list (self, self->desks_view, self->desks);
  setup_list (self, self->trainings_view, self->trainings);
  setup_list (self, self->agreements_view, self->agreements);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  /* The dashboard trend of this role (issue 5). */
  if (database != NULL)
    adw_view_stack_add_titled_with_icon (self->view_stack, ido_role_results_new_page (database, "referrer"), "results",
                                         _("Results"), "power-profile-performance-symbolic");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrer.add-desk", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrer.add-training", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referrer.add-agreement", database != NULL);
  g_signal_connect (self, "notify::search-text", G_CALLBACK (on_search_text_cb), NULL);
  reload_cb (self);
}

static void
ido_referrer_pane_dispose (GObject *object)
{
  IdoReferrerPane *self = (IdoReferrerPane *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* The bin lets go of its child first, so that the template does not
   * leave it holding a disposed one. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_REFERRER_PANE);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  g_clear_object (&self->desks);
  g_clear_object (&self->trainings);
  g_clear_object (&self->agreements);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ido_referrer_pane_parent_class)->dispose (object);
}

static void
ido_referrer_pane_class_init (IdoReferrerPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_referrer_pane_constructed;
  object_class->dispose = ido_referrer_pane_dispose;
  pane_class->start_search = ido_referrer_pane_start_search;
  pane_class->reload = ido_referrer_pane_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-referrer-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, desks_view);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, trainings_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, trainings_view);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, agreements_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoReferrerPane, agreements_view);

  gtk_widget_class_install_action (widget_class, "referrer.add-desk", NULL, add_desk_action);
  gtk_widget_class_install_action (widget_class, "referrer.add-training", NULL, add_training_action);
  gtk_widget_class_install_action (widget_class, "referrer.add-agreement", NULL, add_agreement_action);
  gtk_widget_class_install_action (widget_class, "referrer.undo", NULL, undo_action);
}

static void
ido_referrer_pane_init (IdoReferrerPane *self)
{
  g_type_ensure (ADW_TYPE_INLINE_VIEW_SWITCHER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->desks = g_list_store_new (IDO_TYPE_RECORD);
  self->trainings = g_list_store_new (IDO_TYPE_RECORD);
  self->agreements = g_list_store_new (IDO_TYPE_RECORD);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
}

/**
 * ido_referrer_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_referrer_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_REFERRER_PANE,
                       "role", IDO_ROLE_REFERRER,
                       "database", database,
                       NULL);
}

/**
 * ido_referrer_pane_get_desks:
 *
 * Returns: (transfer none): the desks as #IdoRecord, flagged when they need
 *   a training
 */
GListModel *
ido_referrer_pane_get_desks (IdoReferrerPane *self)
{
  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);
  return G_LIST_MODEL (self->desks);
}

/**
 * ido_referrer_pane_get_trainings:
 *
 * Returns: (transfer none): the trainings as #IdoRecord
 */
GListModel *
ido_referrer_pane_get_trainings (IdoReferrerPane *self)
{
  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);
  return G_LIST_MODEL (self->trainings);
}

/**
 * ido_referrer_pane_get_agreements:
 *
 * Returns: (transfer none): the municipality's agreements as #IdoRecord
 */
GListModel *
ido_referrer_pane_get_agreements (IdoReferrerPane *self)
{
  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);
  return G_LIST_MODEL (self->agreements);
}

/**
 * ido_referrer_pane_set_today:
 * @today: (nullable): the ISO date flags are judged by, %NULL for today
 */
void
ido_referrer_pane_set_today (IdoReferrerPane *self,
                             const char      *today)
{
  g_return_if_fail (IDO_IS_REFERRER_PANE (self));

  g_set_str (&self->today, today);
  ido_referrer_pane_reload (IDO_PANE (self));
}

/**
 * ido_referrer_pane_show_section:
 * @name: "desks", "trainings" or "agreements"
 */
void
ido_referrer_pane_show_section (IdoReferrerPane *self,
                                const char      *name)
{
  g_return_if_fail (IDO_IS_REFERRER_PANE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * ido_referrer_pane_edit_desk:
 * @desk_id: the desk, or 0 for a new one
 *
 * Returns: (transfer none): the editor presented
 */
AdwDialog *
ido_referrer_pane_edit_desk (IdoReferrerPane *self,
                             gint64           desk_id)
{
  AdwDialog *editor;

  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);

  editor = ido_desk_editor_new (ido_pane_get_database (IDO_PANE (self)), desk_id);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_desk_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
  return editor;
}

/**
 * ido_referrer_pane_edit_training:
 * @training_id: the training, or 0 for a new one
 *
 * Returns: (transfer none): the editor presented
 */
AdwDialog *
ido_referrer_pane_edit_training (IdoReferrerPane *self,
                                 gint64           training_id)
{
  AdwDialog *editor;

  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);

  editor = ido_training_editor_new (ido_pane_get_database (IDO_PANE (self)), training_id);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_training_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
  return editor;
}

/**
 * ido_referrer_pane_edit_agreement:
 * @agreement_id: the agreement, or 0 for a new one with the municipality
 *
 * Returns: (transfer none): the editor presented
 */
AdwDialog *
ido_referrer_pane_edit_agreement (IdoReferrerPane *self,
                                  gint64           agreement_id)
{
  AdwDialog *editor;

  g_return_val_if_fail (IDO_IS_REFERRER_PANE (self), NULL);

  editor = ido_referral_agreement_editor_new (ido_pane_get_database (IDO_PANE (self)), "municipality", 0,
                                              agreement_id);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_agreement_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
  return editor;
}

/* ido-service-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Digitale dienstverlener (§3.5): changes in municipal e-services the
 * IDO must hear about in time, signals where residents get stuck with their
 * improvement actions, and the dashboard's topic shares with municipal
 * services highlighted and rising topics marked.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-record-row.h"
#include "ido-record-store.h"
#include "ido-record.h"
#include "ido-role-results.h"
#include "ido-service-change-dialog.h"
#include "ido-service-pane.h"
#include "ido-signal-dialog.h"
#include "ido-topic-bars.h"
#include "ido-topic-trend.h"
#include "ido-validate.h"

#define N_QUARTERS 6

struct _IdoServicePane
{
  IdoPane              parent_instance;

  IdoRecordStore      *changes;
  IdoRecordStore      *signals;
  GtkCustomFilter     *filter;
  char               **query_words;
  IdoTopicTrend       *trend;
  GPtrArray           *topic_rows;
  IdoServiceChange    *deleted_change;
  IdoSignal           *deleted_signal;

  AdwViewStack        *view_stack;
  GtkWidget           *add_button;
  GtkStack            *changes_stack;
  GtkListView         *changes_view;
  AdwBanner           *unannounced_banner;
  GtkStack            *signals_stack;
  GtkListView         *signals_view;
  AdwPreferencesGroup *topics_group;
  AdwEntryRow         *keywords_row;
};

G_DEFINE_FINAL_TYPE (IdoServicePane, ido_service_pane, IDO_TYPE_PANE)

static IdoDatabase *
database_of (IdoServicePane *self)
{
  return ido_pane_get_database (IDO_PANE (self));
}

static void
toast (IdoServicePane *self,
       const char     *text)
{
  ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (text));
}

static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  IdoServicePane *self = user_data;
  g_autofree char *text = NULL;

  if (self->query_words == NULL)
    return TRUE;
  text = ido_record_dup_search_text (IDO_RECORD (item));
  for (guint i = 0; self->query_words[i] != NULL; i++)
    {
      if (strstr (text, self->query_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
on_search_text_changed_cb (IdoServicePane *self)
{
  const char *text = ido_pane_get_search_text (IDO_PANE (self));
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  g_clear_pointer (&self->query_words, g_strfreev);
  if (folded != NULL)
    self->query_words = g_str_tokenize_and_fold (folded, NULL, NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "topics") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "changes");
}




static void
setup_list (IdoServicePane *self,
            GtkListView    *view,
            IdoRecordStore *store)
{
  GtkListItemFactory *factory = ido_record_row_factory_new (TRUE);
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)),
                                                            g_object_ref (GTK_FILTER (self->filter)));

  gtk_list_view_set_factory (view, factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered))));
  g_object_unref (factory);
}

static void
update_stacks (IdoServicePane *self)
{
  g_autoptr(GPtrArray) unannounced = NULL;
  g_autofree char *today = ido_today_iso ();

  gtk_stack_set_visible_child_name (self->changes_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->changes)) > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->signals_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->signals)) > 0 ? "list" : "empty");
  unannounced = ido_service_changes_unannounced (database_of (self), today, NULL);
  if (unannounced != NULL && unannounced->len > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u change takes effect within six weeks and the IDO "
                                                          "has not been told",
                                                          "%u changes take effect within six weeks and the IDO "
                                                          "has not been told", unannounced->len),
                                                unannounced->len);

      adw_banner_set_title (self->unannounced_banner, title);
    }
  adw_banner_set_revealed (self->unannounced_banner, unannounced != NULL && unannounced->len > 0);
}

/* Changes */

static void on_change_delete_requested_cb (IdoServicePane *self,
                                           gint64          id);

static void
present_change (IdoServicePane   *self,
                IdoServiceChange *change)
{
  AdwDialog *dialog = ido_service_change_dialog_new (database_of (self), change);

  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (on_change_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static gint64
record_id_at (GtkListView *view,
              guint        position)
{
  g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)), position);

  return record != NULL ? ido_record_get_id (record) : 0;
}

static void
on_change_activate_cb (IdoServicePane *self,
                       guint           position)
{
  g_autoptr(GError) error = NULL;
  IdoServiceChange *change = ido_service_change_load (database_of (self),
                                                      record_id_at (self->changes_view, position), &error);

  if (change == NULL)
    toast (self, error->message);
  else
    present_change (self, change);
}

static void
on_change_delete_requested_cb (IdoServicePane *self,
                               gint64          id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoServiceChange) kept = ido_service_change_load (database_of (self), id, &error);
  g_autofree char *title = NULL;
  AdwToast *undo;

  if (kept == NULL || !ido_service_change_delete (database_of (self), id, &error))
    {
      toast (self, error->message);
      return;
    }
  title = g_strdup_printf (_("“%s” deleted"), kept->service);
  g_clear_pointer (&self->deleted_change, ido_service_change_free);
  self->deleted_change = g_steal_pointer (&kept);
  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "service.undo-change");
  ido_form_add_toast (GTK_WIDGET (self), undo);
}

static void
undo_change_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoServicePane *self = IDO_SERVICE_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted_change == NULL)
    return;
  self->deleted_change->id = 0;
  if (!ido_service_change_save (database_of (self), self->deleted_change, &error))
    toast (self, error->message);
  g_clear_pointer (&self->deleted_change, ido_service_change_free);
}

static void
show_unannounced_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  IdoServicePane *self = IDO_SERVICE_PANE (widget);
  g_autofree char *today = ido_today_iso ();
  g_autoptr(GPtrArray) list = ido_service_changes_unannounced (database_of (self), today, NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, "changes");
  if (list != NULL && list->len > 0)
    present_change (self, g_ptr_array_steal_index (list, 0));
}

/* Signals */

static void on_signal_delete_requested_cb (IdoServicePane *self,
                                           gint64          id);

static void
present_signal (IdoServicePane *self,
                IdoSignal      *signal)
{
  AdwDialog *dialog = ido_signal_dialog_new (database_of (self), signal);

  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (on_signal_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_signal_activate_cb (IdoServicePane *self,
                       guint           position)
{
  g_autoptr(GError) error = NULL;
  IdoSignal *signal = ido_signal_load (database_of (self), record_id_at (self->signals_view, position), &error);

  if (signal == NULL)
    toast (self, error->message);
  else
    present_signal (self, signal);
}

static void
on_signal_delete_requested_cb (IdoServicePane *self,
                               gint64          id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoSignal) kept = ido_signal_load (database_of (self), id, &error);
  AdwToast *undo;

  if (kept == NULL || !ido_signal_delete (database_of (self), id, &error))
    {
      toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->deleted_signal, ido_signal_free);
  self->deleted_signal = g_steal_pointer (&kept);
  undo = adw_toast_new (_("Signal deleted"));
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "service.undo-signal");
  ido_form_add_toast (GTK_WIDGET (self), undo);
}

static void
undo_signal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoServicePane *self = IDO_SERVICE_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted_signal == NULL)
    return;
  self->deleted_signal->id = 0;
  if (!ido_signal_save (database_of (self), self->deleted_signal, &error))
    toast (self, error->message);
  g_clear_pointer (&self->deleted_signal, ido_signal_free);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  IdoServicePane *self = IDO_SERVICE_PANE (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "changes") == 0)
    present_change (self, ido_service_change_new ());
  else
    {
      IdoSignal *signal = ido_signal_new ();

      signal->received_on = ido_today_iso ();
      present_signal (self, signal);
    }
}

static void
on_page_changed_cb (IdoServicePane *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->add_button == NULL)
    return;
  gtk_widget_set_tooltip_text (self->add_button, g_strcmp0 (page, "changes") == 0 ? _("New Change in an E-service")
                                                                                  : _("New Signal"));
}

/* Topics */

static void
clear_topic_rows (IdoServicePane *self)
{
  ido_form_remove_rows (self->topic_rows, self->topics_group);
}

/* A small marker before the topic; the subtitle says the same in words. */
static GtkWidget *
marker (const char *icon_name,
        const char *text,
        const char *style)
{
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (image, style);
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (image, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return image;
}

static GtkWidget *
topic_row (IdoServicePane   *self,
           IdoTopicTrendRow *row,
           double            maximum)
{
  GtkWidget *widget = adw_action_row_new ();
  GtkWidget *bars = ido_topic_bars_new ();
  const char *latest = g_ptr_array_index (self->trend->periods, self->trend->periods->len - 1);
  g_autofree char *share = ido_number_format (row->latest, 1);
  g_autofree char *mean = ido_number_format (row->previous_mean, 1);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  /* Translators: "8,9% in 2025Q4" */
  g_string_append_printf (subtitle, _("%s%% in %s"), share, latest);
  if (self->trend->periods->len > self->trend->rule.n_previous || row->previous_mean > 0)
    /* Translators: appended: " · before 7,0%" (the mean of the previous quarters) */
    g_string_append_printf (subtitle, _(" · before %s%%"), mean);
  if (row->municipal)
    g_string_append_printf (subtitle, " · %s", _("municipal service"));
  if (row->rising)
    g_string_append_printf (subtitle, " · %s", _("rising"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), row->topic);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle->str);
  ido_topic_bars_set_values (IDO_TOPIC_BARS (bars), row->shares, self->trend->periods->len, maximum, row->rising);
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), bars);
  if (row->municipal)
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (widget),
                                 marker ("system-users-symbolic", _("About a municipal service"), "accent"));
      gtk_widget_add_css_class (widget, "ido-municipal");
    }
  if (row->rising)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("document-new-symbolic");
      g_autofree char *label = g_strdup_printf (_("Record a signal about “%s”"), row->topic);

      adw_action_row_add_prefix (ADW_ACTION_ROW (widget), marker ("go-up-symbolic", _("Rising"), "warning"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "service.signal-from-topic");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (row->topic));
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), button);
    }
  return widget;
}

static void
reload_topics (IdoServicePane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *points = NULL;
  double maximum = 0;

  clear_topic_rows (self);
  g_clear_pointer (&self->trend, ido_topic_trend_free);
  self->trend = ido_topic_trend_load (database_of (self), NULL, N_QUARTERS, NULL, &error);
  if (self->trend == NULL)
    {
      adw_preferences_group_set_description (self->topics_group, error->message);
      return;
    }
  ratio = ido_number_format (self->trend->rule.min_ratio, 2);
  points = ido_number_format (self->trend->rule.min_increase, 1);
  if (self->trend->periods->len == 0)
    rule = g_strdup (_("No question topics yet. Import the dashboard figures of your municipality to see which "
                       "topics residents ask about and which of them rise."));
  else
    /* Translators: the rising rule; e.g. "... at least 1,25 times ... and at least 1,5 percentage points ..." */
    rule = g_strdup_printf (_("Share of each topic in all questions per quarter (%s to %s). A topic is marked "
                              "rising when its share in the latest quarter is at least %s times the mean of the "
                              "%u quarters before and at least %s percentage points higher."),
                            (char *) g_ptr_array_index (self->trend->periods, 0),
                            (char *) g_ptr_array_index (self->trend->periods, self->trend->periods->len - 1),
                            ratio, self->trend->rule.n_previous, points);
  adw_preferences_group_set_description (self->topics_group, rule);
  for (guint i = 0; i < self->trend->rows->len; i++)
    {
      IdoTopicTrendRow *row = g_ptr_array_index (self->trend->rows, i);

      for (guint p = 0; p < self->trend->periods->len; p++)
        maximum = MAX (maximum, row->shares[p]);
    }
  for (guint i = 0; i < self->trend->rows->len; i++)
    {
      GtkWidget *row = topic_row (self, g_ptr_array_index (self->trend->rows, i), maximum);

      adw_preferences_group_add (self->topics_group, row);
      g_ptr_array_add (self->topic_rows, row);
    }
}

static void
signal_from_topic_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  IdoServicePane *self = IDO_SERVICE_PANE (widget);
  const char *topic = g_variant_get_string (parameter, NULL);
  g_autofree char *today = ido_today_iso ();

  for (guint i = 0; self->trend != NULL && i < self->trend->rows->len; i++)
    {
      IdoTopicTrendRow *row = g_ptr_array_index (self->trend->rows, i);

      if (g_str_equal (row->topic, topic))
        present_signal (self, ido_signal_new_from_trend (row->topic,
                                                         g_ptr_array_index (self->trend->periods,
                                                                            self->trend->periods->len - 1),
                                                         row->latest, row->previous_mean, today));
    }
}

static void
fill_keywords (IdoServicePane *self)
{
  g_auto(GStrv) keywords = ido_topic_trend_get_keywords (database_of (self));
  g_autofree char *text = g_strjoinv (", ", keywords);

  gtk_editable_set_text (GTK_EDITABLE (self->keywords_row), text);
}

static void
on_keywords_apply_cb (IdoServicePane *self)
{
  g_auto(GStrv) words = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->keywords_row)), ",",
                                    -1);
  g_autoptr(GError) error = NULL;

  if (!ido_topic_trend_set_keywords (database_of (self), (const char * const *) words, &error))
    toast (self, error->message);
  fill_keywords (self);
  reload_topics (self);
}

static void
on_database_changed_cb (IdoServicePane *self,
                        const char     *table)
{
  if (table == NULL || g_str_equal (table, "observation") || g_str_equal (table, "import_batch"))
    reload_topics (self);
  if (table == NULL || g_str_equal (table, "service_change"))
    update_stacks (self);
}

static void
ido_service_pane_reload (IdoPane *pane)
{
  IdoServicePane *self = IDO_SERVICE_PANE (pane);

  if (self->changes == NULL)
    return;
  ido_record_store_reload (self->changes, NULL);
  ido_record_store_reload (self->signals, NULL);
  fill_keywords (self);
  reload_topics (self);
}

static gboolean
ido_service_pane_start_search (IdoPane *pane)
{
  IdoServicePane *self = IDO_SERVICE_PANE (pane);

  return self->changes != NULL && (g_list_model_get_n_items (G_LIST_MODEL (self->changes)) > 0 ||
                                   g_list_model_get_n_items (G_LIST_MODEL (self->signals)) > 0);
}

static void
ido_service_pane_constructed (GObject *object)
{
  IdoServicePane *self = (IdoServicePane *) object;
  IdoDatabase *database;
  GtkWidget *results_group;

  G_OBJECT_CLASS (ido_service_pane_parent_class)->constructed (object);

  database = database_of (self);
  if (database == NULL)
    return;
  self->changes = ido_record_store_new (database, IDO_RECORD_SERVICE_CHANGE);
  self->signals = ido_record_store_new (database, IDO_RECORD_SIGNAL);
  setup_list (self, self->changes_view, self->changes);
  setup_list (self, self->signals_view, self->signals);
  g_signal_connect_object (self->changes, "items-changed", G_CALLBACK (update_stacks), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->signals, "items-changed", G_CALLBACK (update_stacks), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::search-text", G_CALLBACK (on_search_text_changed_cb), NULL);
  update_stacks (self);
  fill_keywords (self);
  reload_topics (self);
  /* The dashboard trend of this role (issue 5): the rising and municipal
   * topics' shares per quarter, on the topics page below the list. */
  results_group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (results_group), ido_role_results_new (database, "service"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self->topics_group),
                                                                           ADW_TYPE_PREFERENCES_PAGE)),
                            ADW_PREFERENCES_GROUP (results_group));
  on_page_changed_cb (self);
}

static void
ido_service_pane_dispose (GObject *object)
{
  IdoServicePane *self = (IdoServicePane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_SERVICE_PANE);
  g_clear_object (&self->changes);
  g_clear_object (&self->signals);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ido_service_pane_parent_class)->dispose (object);
}

static void
ido_service_pane_finalize (GObject *object)
{
  IdoServicePane *self = (IdoServicePane *) object;

  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->trend, ido_topic_trend_free);
  g_clear_pointer (&self->topic_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deleted_change, ido_service_change_free);
  g_clear_pointer (&self->deleted_signal, ido_signal_free);

  G_OBJECT_CLASS (ido_service_pane_parent_class)->finalize (object);
}

static void
ido_service_pane_class_init (IdoServicePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_service_pane_constructed;
  object_class->dispose = ido_service_pane_dispose;
  object_class->finalize = ido_service_pane_finalize;
  pane_class->reload = ido_service_pane_reload;
  pane_class->start_search = ido_service_pane_start_search;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-service-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, add_button);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, changes_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, changes_view);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, unannounced_banner);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, signals_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, signals_view);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, topics_group);
  gtk_widget_class_bind_template_child (widget_class, IdoServicePane, keywords_row);
  gtk_widget_class_bind_template_callback (widget_class, on_change_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_signal_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_keywords_apply_cb);

  gtk_widget_class_install_action (widget_class, "service.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "service.undo-change", NULL, undo_change_action);
  gtk_widget_class_install_action (widget_class, "service.undo-signal", NULL, undo_signal_action);
  gtk_widget_class_install_action (widget_class, "service.show-unannounced", NULL, show_unannounced_action);
  gtk_widget_class_install_action (widget_class, "service.signal-from-topic", "s", signal_from_topic_action);
}

static void
ido_service_pane_init (IdoServicePane *self)
{
  self->filter = gtk_custom_filter_new (filter_record, self, NULL);
  self->topic_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_service_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_service_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_SERVICE_PANE,
                       "role", IDO_ROLE_SERVICE,
                       "database", database,
                       NULL);
}

/* ido-promotor-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Promotor (§3.2): promotion activities as a calendar by month, the
 * yearly coverage of target groups and municipal departments, and the
 * ideas of the Handreiking to start from.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-promotion-dialog.h"
#include "ido-promotion.h"
#include "ido-promotor-pane.h"
#include "ido-record-row.h"
#include "ido-record-store.h"
#include "ido-record.h"
#include "ido-role-results.h"
#include "ido-validate.h"

struct _IdoPromotorPane
{
  IdoPane             parent_instance;

  IdoRecordStore     *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  char              **query_words;
  GPtrArray          *coverage_rows;   /* (element-type GtkWidget) rows added to the coverage groups */
  IdoPromotion       *deleted;         /* for undo */
  int                 year;
  gulong              changed_id;

  AdwViewStack       *view_stack;
  GtkStack           *calendar_stack;
  GtkListView        *calendar_view;
  GtkLabel           *year_label;
  GtkLabel           *coverage_summary;
  AdwPreferencesGroup *groups_group;
  AdwPreferencesGroup *departments_group;
  AdwEntryRow        *new_group_row;
  AdwPreferencesGroup *ideas_group;
};

G_DEFINE_FINAL_TYPE (IdoPromotorPane, ido_promotor_pane, IDO_TYPE_PANE)

static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  IdoPromotorPane *self = user_data;
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
on_search_text_changed_cb (IdoPromotorPane *self)
{
  const char *text = ido_pane_get_search_text (IDO_PANE (self));
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  g_clear_pointer (&self->query_words, g_strfreev);
  if (folded != NULL)
    self->query_words = g_str_tokenize_and_fold (folded, NULL, NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  adw_view_stack_set_visible_child_name (self->view_stack, "calendar");
}

static void
update_calendar_stack (IdoPromotorPane *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->store)) == 0;

  gtk_stack_set_visible_child_name (self->calendar_stack, empty ? "empty" : "list");
}

/* Months newest first; within a month, the latest activity first. */
static int
compare_month (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const char *da = ido_record_get_date (IDO_RECORD ((gpointer) a));
  const char *db = ido_record_get_date (IDO_RECORD ((gpointer) b));

  return -strncmp (da ? da : "", db ? db : "", 7);
}

static int
compare_date (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const char *da = ido_record_get_date (IDO_RECORD ((gpointer) a));
  const char *db = ido_record_get_date (IDO_RECORD ((gpointer) b));

  return -g_strcmp0 (da, db);
}

static char *
month_title (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *month = NULL;
  int y = 0, m = 0;

  if (iso == NULL || sscanf (iso, "%d-%d", &y, &m) != 2 || m < 1 || m > 12)
    return g_strdup (_("Without a date"));
  date = g_date_time_new_local (y, m, 1, 0, 0, 0);
  /* Translators: a month heading of the calendar, e.g. "maart 2025" (strftime) */
  month = g_date_time_format (date, _("%B %Y"));
  return g_steal_pointer (&month);
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_header_set_child (header, label);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  IdoRecord *record = gtk_list_header_get_item (header);
  g_autofree char *title = month_title (record ? ido_record_get_date (record) : NULL);
  g_autofree char *count = g_strdup_printf (ngettext ("%s · %u activity", "%s · %u activities",
                                                      gtk_list_header_get_n_items (header)),
                                            title, gtk_list_header_get_n_items (header));

  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)), count);
}




static void
on_dialog_delete_requested_cb (IdoPromotorPane *self,
                               gint64           id);

static void
present_dialog (IdoPromotorPane *self,
                IdoPromotion    *promotion)
{
  AdwDialog *dialog = ido_promotion_dialog_new (ido_pane_get_database (IDO_PANE (self)), promotion);

  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (on_dialog_delete_requested_cb),
                           self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_calendar_activate_cb (IdoPromotorPane *self,
                         guint            position)
{
  g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (self->calendar_view)),
                                                       position);
  g_autoptr(GError) error = NULL;
  IdoPromotion *promotion;

  if (record == NULL)
    return;
  promotion = ido_promotion_load (ido_pane_get_database (IDO_PANE (self)), ido_record_get_id (record), &error);
  if (promotion == NULL)
    {
      ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  present_dialog (self, promotion);
}

static void
on_dialog_delete_requested_cb (IdoPromotorPane *self,
                               gint64           id)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPromotion) kept = ido_promotion_load (database, id, &error);
  AdwToast *toast;
  g_autofree char *title = NULL;

  if (kept == NULL || !ido_promotion_delete (database, id, &error))
    {
      ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  title = g_strdup_printf (_("“%s” deleted"), kept->title);
  g_clear_pointer (&self->deleted, ido_promotion_free);
  self->deleted = g_steal_pointer (&kept);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "promotor.undo");
  ido_form_add_toast (GTK_WIDGET (self), toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted == NULL)
    return;
  self->deleted->id = 0;
  if (!ido_promotion_save (ido_pane_get_database (IDO_PANE (self)), self->deleted, &error))
    ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
  g_clear_pointer (&self->deleted, ido_promotion_free);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (widget);
  IdoPromotion *promotion = ido_promotion_new (NULL);

  promotion->held_on = ido_today_iso ();
  present_dialog (self, promotion);
}

static void
start_idea_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  guint n = 0;
  const IdoPromotionTemplate *templates = ido_promotion_get_templates (&n);
  g_autofree char *today = ido_today_iso ();

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (templates[i].id, id))
        present_dialog (self, ido_promotion_new_from_template (&templates[i], today));
    }
}

static void
show_ideas_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  adw_view_stack_set_visible_child_name (IDO_PROMOTOR_PANE (widget)->view_stack, "ideas");
}

static void
clear_coverage_rows (IdoPromotorPane *self)
{
  for (guint i = 0; i < self->coverage_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->coverage_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->coverage_rows, 0);
}

static GtkWidget *
coverage_row (IdoPromotorPane        *self,
              const IdoCoverageEntry *entry,
              gboolean                removable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *subtitle = NULL;
  gboolean reached = entry->n_activities > 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  if (reached && entry->reach > 0)
    {
      g_autofree char *people = ido_number_format ((double) entry->reach, 0);

      /* Translators: "Reached: 2 activities · 1.500 people" */
      subtitle = g_strdup_printf (ngettext ("Reached: %u activity · %s people",
                                            "Reached: %u activities · %s people",
                                            entry->n_activities),
                                  entry->n_activities, people);
    }
  else if (reached)
    subtitle = g_strdup_printf (ngettext ("Reached: %u activity", "Reached: %u activities", entry->n_activities),
                                entry->n_activities);
  else
    subtitle = g_strdup_printf (_("Not reached in %d"), self->year);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  icon = gtk_image_new_from_icon_name (reached ? "object-select-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, reached ? "success" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  reached ? _("Reached") : _("Not reached"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (removable)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *tooltip = g_strdup_printf (_("Remove “%s” from the target groups"), entry->name);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "promotor.remove-group");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (entry->name));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  if (!reached)
    gtk_widget_add_css_class (row, "ido-gap");
  return row;
}

static void
add_coverage_rows (IdoPromotorPane     *self,
                   AdwPreferencesGroup *group,
                   GPtrArray           *entries,
                   gboolean             removable)
{
  for (guint i = 0; i < entries->len; i++)
    {
      IdoCoverageEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = coverage_row (self, entry, removable && entry->expected);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->coverage_rows, row);
    }
}

static void
reload_coverage (IdoPromotorPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(IdoPromotionCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year = g_strdup_printf ("%d", self->year);
  g_autofree char *summary = NULL;
  guint missing_groups, missing_departments;

  gtk_label_set_label (self->year_label, year);
  clear_coverage_rows (self);
  if (database == NULL)
    return;
  coverage = ido_promotion_coverage_load (database, self->year, &error);
  if (coverage == NULL)
    {
      gtk_label_set_label (self->coverage_summary, error->message);
      return;
    }
  add_coverage_rows (self, self->groups_group, coverage->target_groups, TRUE);
  add_coverage_rows (self, self->departments_group, coverage->departments, FALSE);
  missing_groups = ido_promotion_coverage_count_missing (coverage->target_groups);
  missing_departments = ido_promotion_coverage_count_missing (coverage->departments);
  if (missing_groups == 0 && missing_departments == 0)
    summary = g_strdup_printf (_("In %d every target group and every department was reached."), self->year);
  else
    {
      g_autofree char *groups = g_strdup_printf (ngettext ("%u target group", "%u target groups", missing_groups),
                                                 missing_groups);
      g_autofree char *departments = g_strdup_printf (ngettext ("%u department", "%u departments",
                                                                missing_departments), missing_departments);

      /* Translators: "Not reached in 2025: 5 target groups, 9 departments" */
      summary = g_strdup_printf (_("Not reached in %d: %s, %s"), self->year, groups, departments);
    }
  gtk_label_set_label (self->coverage_summary, summary);
}

static void
change_year (IdoPromotorPane *self,
             int              delta)
{
  self->year = CLAMP (self->year + delta, 2019, 2200);
  reload_coverage (self);
}

static void
previous_year_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  change_year (IDO_PROMOTOR_PANE (widget), -1);
}

static void
next_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  change_year (IDO_PROMOTOR_PANE (widget), 1);
}

static void
remove_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (!ido_promotion_remove_target_group (ido_pane_get_database (IDO_PANE (self)),
                                          g_variant_get_string (parameter, NULL), &error))
    ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
on_new_group_apply_cb (IdoPromotorPane *self)
{
  g_autoptr(GError) error = NULL;

  ido_form_clear_rows (NULL, GTK_WIDGET (self->new_group_row), NULL);
  if (!ido_promotion_add_target_group (ido_pane_get_database (IDO_PANE (self)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->new_group_row)),
                                       &error))
    {
      ido_form_show_error_and_focus (GTK_WIDGET (self->new_group_row), NULL, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_group_row), "");
}

static void
on_database_changed_cb (IdoPromotorPane *self,
                        const char      *table)
{
  if (table == NULL || g_str_equal (table, "promotion") || g_str_equal (table, "target_group") ||
      g_str_equal (table, "policy_domain") || g_str_equal (table, "desk"))
    reload_coverage (self);
}

static void
fill_ideas (IdoPromotorPane *self)
{
  guint n = 0;
  const IdoPromotionTemplate *templates = ido_promotion_get_templates (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start"));
      g_autofree char *tooltip = g_strdup_printf (_("Start an activity: %s"), _(templates[i].title));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(templates[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(templates[i].description));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "promotor.start-idea");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (templates[i].id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->ideas_group, row);
    }
}

static void
setup_calendar (IdoPromotorPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  GtkListItemFactory *factory = ido_record_row_factory_new (TRUE);
  GtkListItemFactory *header_factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;

  self->store = ido_record_store_new (database, IDO_RECORD_PROMOTION);
  self->filter = gtk_custom_filter_new (filter_record, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_date, NULL, NULL)));
  gtk_sort_list_model_set_section_sorter (sorted, GTK_SORTER (gtk_custom_sorter_new (compare_month, NULL, NULL)));
  g_signal_connect (header_factory, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (header_factory, "bind", G_CALLBACK (bind_header_cb), NULL);
  gtk_list_view_set_factory (self->calendar_view, factory);
  gtk_list_view_set_header_factory (self->calendar_view, header_factory);
  gtk_list_view_set_model (self->calendar_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  g_object_unref (factory);
  g_object_unref (header_factory);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (update_calendar_stack), self,
                           G_CONNECT_SWAPPED);
  update_calendar_stack (self);
}

static void
ido_promotor_pane_reload (IdoPane *pane)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (pane);

  if (self->store != NULL)
    ido_record_store_reload (self->store, NULL);
  reload_coverage (self);
}

static gboolean
ido_promotor_pane_start_search (IdoPane *pane)
{
  IdoPromotorPane *self = IDO_PROMOTOR_PANE (pane);

  return self->store != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;
}

static void
ido_promotor_pane_constructed (GObject *object)
{
  IdoPromotorPane *self = (IdoPromotorPane *) object;
  IdoDatabase *database;
  GtkWidget *results_group;

  G_OBJECT_CLASS (ido_promotor_pane_parent_class)->constructed (object);

  database = ido_pane_get_database (IDO_PANE (self));
  fill_ideas (self);
  if (database == NULL)
    return;
  setup_calendar (self);
  self->changed_id = g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb),
                                              self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::search-text", G_CALLBACK (on_search_text_changed_cb), NULL);
  reload_coverage (self);
  /* The dashboard trend of this role (issue 5): reach per quarter, on the
   * coverage page below the target groups. */
  results_group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (results_group), ido_role_results_new (database, "promotor"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self->groups_group),
                                                                           ADW_TYPE_PREFERENCES_PAGE)),
                            ADW_PREFERENCES_GROUP (results_group));
}

static void
ido_promotor_pane_dispose (GObject *object)
{
  IdoPromotorPane *self = (IdoPromotorPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_PROMOTOR_PANE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ido_promotor_pane_parent_class)->dispose (object);
}

static void
ido_promotor_pane_finalize (GObject *object)
{
  IdoPromotorPane *self = (IdoPromotorPane *) object;

  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->coverage_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, ido_promotion_free);

  G_OBJECT_CLASS (ido_promotor_pane_parent_class)->finalize (object);
}

static void
ido_promotor_pane_class_init (IdoPromotorPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_promotor_pane_constructed;
  object_class->dispose = ido_promotor_pane_dispose;
  object_class->finalize = ido_promotor_pane_finalize;
  pane_class->reload = ido_promotor_pane_reload;
  pane_class->start_search = ido_promotor_pane_start_search;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-promotor-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, calendar_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, year_label);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, coverage_summary);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, groups_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, departments_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, new_group_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, ideas_group);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_group_apply_cb);

  gtk_widget_class_install_action (widget_class, "promotor.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "promotor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "promotor.start-idea", "s", start_idea_action);
  gtk_widget_class_install_action (widget_class, "promotor.show-ideas", NULL, show_ideas_action);
  gtk_widget_class_install_action (widget_class, "promotor.previous-year", NULL, previous_year_action);
  gtk_widget_class_install_action (widget_class, "promotor.next-year", NULL, next_year_action);
  gtk_widget_class_install_action (widget_class, "promotor.remove-group", "s", remove_group_action);
}

static void
ido_promotor_pane_init (IdoPromotorPane *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->coverage_rows = g_ptr_array_new ();
  self->year = g_date_time_get_year (now);
}

/**
 * ido_promotor_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_promotor_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_PROMOTOR_PANE,
                       "role", IDO_ROLE_PROMOTOR,
                       "database", database,
                       NULL);
}

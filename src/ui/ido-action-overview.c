/* ido-action-overview.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview's section of action items from every role (overdue, this
 * week, later; filtered by role and owner), the e-service changes within
 * six weeks the IDO has not been told about, and the way into meeting mode.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-list.h"
#include "ido-action-overview.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-meeting-mode.h"
#include "ido-meeting.h"
#include "ido-record-row.h"
#include "ido-service-change.h"
#include "ido-validate.h"

struct _IdoActionOverview
{
  AdwBin               parent_instance;

  IdoDatabase         *database;
  IdoActionList       *actions;
  GtkSortListModel    *sections;
  GStrv                owners;
  GPtrArray           *change_rows;
  char                *today;
  gboolean             filling;

  AdwPreferencesGroup *changes_group;
  GtkDropDown         *role_dropdown;
  GtkDropDown         *owner_dropdown;
  GtkStack            *stack;
  GtkListView         *list_view;
};

G_DEFINE_FINAL_TYPE (IdoActionOverview, ido_action_overview, ADW_TYPE_BIN)

static char *
today_iso (IdoActionOverview *self)
{
  if (self->today != NULL)
    return g_strdup (self->today);
  return ido_today_iso ();
}

static void
update_stack (IdoActionOverview *self)
{
  gboolean empty = self->actions == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->actions)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "none" : "list");
}

static void
fill_owners (IdoActionOverview *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = ido_action_list_get_owner (self->actions);
  guint selected = 0;

  g_clear_pointer (&self->owners, g_strfreev);
  self->owners = ido_action_list_dup_owners (self->actions);
  gtk_string_list_append (labels, _("All owners"));
  for (guint i = 0; self->owners[i] != NULL; i++)
    {
      gtk_string_list_append (labels, self->owners[i]);
      if (g_strcmp0 (current, self->owners[i]) == 0)
        selected = i + 1;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
  self->filling = FALSE;
}

static void
on_filter_changed_cb (IdoActionOverview *self)
{
  guint role = gtk_drop_down_get_selected (self->role_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);

  if (self->filling || self->actions == NULL)
    return;
  ido_action_list_set_role (self->actions, role == 0 || role == GTK_INVALID_LIST_POSITION
                                             ? NULL : ido_action_get_roles ()[role - 1]);
  ido_action_list_set_owner (self->actions, owner == 0 || owner == GTK_INVALID_LIST_POSITION || self->owners == NULL
                                              ? NULL : self->owners[owner - 1]);
}

static int
compare_group (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  IdoActionGroup ga = ido_action_entry_get_group (IDO_ACTION_ENTRY ((gpointer) a));
  IdoActionGroup gb = ido_action_entry_get_group (IDO_ACTION_ENTRY ((gpointer) b));

  return ga < gb ? -1 : ga > gb;
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_header_set_child (header, label);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  IdoActionEntry *entry = gtk_list_header_get_item (header);
  g_autofree char *text = NULL;

  if (entry == NULL)
    return;
  /* Translators: a section of the action list: "Overdue (3)" */
  text = g_strdup_printf (_("%s (%u)"), ido_action_group_get_label (ido_action_entry_get_group (entry)),
                          gtk_list_header_get_n_items (header));
  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)), text);
  if (ido_action_entry_get_group (entry) == IDO_ACTION_GROUP_OVERDUE)
    gtk_widget_add_css_class (gtk_list_header_get_child (header), "error");
  else
    gtk_widget_remove_css_class (gtk_list_header_get_child (header), "error");
}

static void
on_done_toggled_cb (GtkCheckButton *check,
                    gpointer        user_data)
{
  IdoActionOverview *self = IDO_ACTION_OVERVIEW (gtk_widget_get_ancestor (GTK_WIDGET (check),
                                                                          IDO_TYPE_ACTION_OVERVIEW));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "id"));
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL || id == 0 || !gtk_check_button_get_active (check))
    return;
  today = today_iso (self);
  if (!ido_action_item_set_done (self->database, id, today, &error))
    ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), labels);
  g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled_cb), NULL);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  IdoActionEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (check));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *check_label = g_strdup_printf (_("Done: %s"), ido_action_entry_get_description (entry));
  g_autofree char *accessible = NULL;

  if (*ido_action_entry_get_owner (entry) != '\0')
    g_string_append (text, ido_action_entry_get_owner (entry));
  g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                          ido_action_role_get_label (ido_action_entry_get_role (entry)));
  if (ido_action_entry_get_due_on (entry) != NULL)
    {
      g_autofree char *due = ido_format_iso_date (ido_action_entry_get_due_on (entry));

      /* Translators: "due 31 Dec 2026" */
      g_string_append_printf (text, " · %s", due);
    }
  if (*ido_action_entry_get_origin (entry) != '\0')
    g_string_append_printf (text, " · %s", ido_action_entry_get_origin (entry));
  gtk_label_set_label (GTK_LABEL (title), ido_action_entry_get_description (entry));
  gtk_label_set_label (GTK_LABEL (subtitle), text->str);
  g_object_set_data (G_OBJECT (check), "id", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ido_action_entry_get_done_on (entry) != NULL);
  g_object_set_data (G_OBJECT (check), "id", GSIZE_TO_POINTER ((gsize) ido_action_entry_get_id (entry)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  accessible = g_strdup_printf ("%s, %s, %s", ido_action_group_get_label (ido_action_entry_get_group (entry)),
                                ido_action_entry_get_description (entry), text->str);
  gtk_list_item_set_accessible_label (item, accessible);
}

static void
clear_change_rows (IdoActionOverview *self)
{
  ido_form_remove_rows (self->change_rows, self->changes_group);
}

static void
reload_changes (IdoActionOverview *self)
{
  g_autofree char *today = today_iso (self);
  g_autoptr(GPtrArray) changes = ido_service_changes_unannounced (self->database, today, NULL);

  clear_change_rows (self);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      IdoServiceChange *change = g_ptr_array_index (changes, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = ido_format_iso_date (change->changes_on);
      g_autofree char *subtitle = g_strdup_printf (_("Changes on %s · %s"), date, change->change);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->service);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), self->change_rows->len > 0);
}

static void
on_database_changed_cb (IdoActionOverview *self,
                        const char        *table)
{
  if (table == NULL || g_str_equal (table, "service_change"))
    reload_changes (self);
  if (table == NULL || g_str_equal (table, "action_item"))
    fill_owners (self);
}

static void
meeting_mode_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IdoActionOverview *self = IDO_ACTION_OVERVIEW (widget);

  if (self->database != NULL)
    adw_dialog_present (ido_meeting_mode_new (self->database), widget);
}

static void
ido_action_overview_dispose (GObject *object)
{
  IdoActionOverview *self = (IdoActionOverview *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_ACTION_OVERVIEW);
  g_clear_object (&self->sections);
  g_clear_object (&self->actions);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_action_overview_parent_class)->dispose (object);
}

static void
ido_action_overview_finalize (GObject *object)
{
  IdoActionOverview *self = (IdoActionOverview *) object;

  g_clear_pointer (&self->owners, g_strfreev);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
  g_free (self->today);

  G_OBJECT_CLASS (ido_action_overview_parent_class)->finalize (object);
}

static void
ido_action_overview_class_init (IdoActionOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_action_overview_dispose;
  object_class->finalize = ido_action_overview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-action-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoActionOverview, changes_group);
  gtk_widget_class_bind_template_child (widget_class, IdoActionOverview, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoActionOverview, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoActionOverview, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoActionOverview, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "actions.meeting-mode", NULL, meeting_mode_action);
}

static void
ido_action_overview_init (IdoActionOverview *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *header_factory = gtk_signal_list_item_factory_new ();

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  self->change_rows = g_ptr_array_new ();
  gtk_string_list_append (roles, _("All roles"));
  for (guint i = 0; ido_action_get_roles ()[i] != NULL; i++)
    gtk_string_list_append (roles, ido_action_role_get_label (ido_action_get_roles ()[i]));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (header_factory, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (header_factory, "bind", G_CALLBACK (bind_header_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_header_factory (self->list_view, header_factory);
  g_object_unref (factory);
  g_object_unref (header_factory);
  self->filling = FALSE;
  update_stack (self);
}

/**
 * ido_action_overview_new:
 * @database: (nullable): the database
 *
 * Returns: (transfer floating): the section
 */
GtkWidget *
ido_action_overview_new (IdoDatabase *database)
{
  IdoActionOverview *self = g_object_new (IDO_TYPE_ACTION_OVERVIEW, NULL);

  ido_action_overview_set_database (self, database);
  return GTK_WIDGET (self);
}

/**
 * ido_action_overview_set_database:
 *
 * Loads the action items once; the list then follows the database.
 */
void
ido_action_overview_set_database (IdoActionOverview *self,
                                  IdoDatabase       *database)
{
  g_return_if_fail (IDO_IS_ACTION_OVERVIEW (self));

  if (database == NULL || self->database == database)
    return;
  g_set_object (&self->database, database);
  self->actions = ido_action_list_new (database);
  if (self->today != NULL)
    ido_action_list_set_today (self->actions, self->today);
  self->sections = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->actions)), NULL);
  gtk_sort_list_model_set_section_sorter (self->sections,
                                          GTK_SORTER (gtk_custom_sorter_new (compare_group, NULL, NULL)));
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sections)))));
  g_signal_connect_object (self->actions, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  fill_owners (self);
  reload_changes (self);
  update_stack (self);
}

/**
 * ido_action_overview_set_today:
 * @today: (nullable): the ISO date to group against (tests), or %NULL
 */
void
ido_action_overview_set_today (IdoActionOverview *self,
                               const char        *today)
{
  g_return_if_fail (IDO_IS_ACTION_OVERVIEW (self));

  if (!g_set_str (&self->today, today))
    return;
  if (self->actions != NULL)
    ido_action_list_set_today (self->actions, today);
  if (self->database != NULL)
    reload_changes (self);
}

/**
 * ido_action_overview_get_model:
 *
 * Returns: (transfer none) (nullable): the action items as listed
 */
GListModel *
ido_action_overview_get_model (IdoActionOverview *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_OVERVIEW (self), NULL);
  return self->actions != NULL ? G_LIST_MODEL (self->actions) : NULL;
}

/* ido-window.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-application.h"
#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-financier-pane.h"
#include "ido-import-dialog.h"
#include "ido-import-sources-dialog.h"
#include "ido-network-pane.h"
#include "ido-overview-pane.h"
#include "ido-policy-pane.h"
#include "ido-promotor-pane.h"
#include "ido-referrer-pane.h"
#include "ido-role-info.h"
#include "ido-service-pane.h"
#include "ido-welcome-page.h"
#include "ido-window.h"

struct _IdoWindow
{
  AdwApplicationWindow    parent_instance;

  IdoDatabase            *database;
  IdoSettings            *settings;
  GCancellable           *cancellable;
  IdoPane                *panes[IDO_N_ROLES];
  IdoRole                 current_role;
  char                   *initial_pane;
  gulong                  after_paint_id;

  AdwToastOverlay        *toast_overlay;
  GtkStack               *main_stack;
  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *content_page;
  GtkListBox             *sidebar_list;
  GtkToggleButton        *search_button;
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *search_entry;
  GtkStack               *pane_stack;
  AdwBin                 *welcome_bin;
  AdwStatusPage          *error_page;
  GtkMenuButton          *sidebar_menu_button;
  GtkMenuButton          *content_menu_button;
  GMenuModel             *primary_menu;
};

G_DEFINE_FINAL_TYPE (IdoWindow, ido_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  PROP_INITIAL_PANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_pane (IdoWindow *self,
             IdoRole    role)
{
  switch (role)
    {
    case IDO_ROLE_OVERVIEW:
      return ido_overview_pane_new (self->database);
    case IDO_ROLE_FINANCIER:
      return ido_financier_pane_new (self->database);
    case IDO_ROLE_PROMOTOR:
      return ido_promotor_pane_new (self->database);
    case IDO_ROLE_NETWORK:
      return ido_network_pane_new (self->database);
    case IDO_ROLE_REFERRER:
      return ido_referrer_pane_new (self->database);
    case IDO_ROLE_SERVICE:
      return ido_service_pane_new (self->database);
    case IDO_ROLE_POLICY:
      return ido_policy_pane_new (self->database);
    case IDO_N_ROLES:
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
create_sidebar_row (const IdoRoleInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *title = gtk_label_new (_(info->title));
  GtkWidget *subtitle = gtk_label_new (_(info->subtitle));

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (row, _(info->subtitle));
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle, NULL,
                                  -1);
  return row;
}

static void
add_sidebar_rows (IdoWindow *self)
{
  for (IdoRole role = 0; role < IDO_N_ROLES; role++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (ido_role_info_get (role)));
}

static gboolean
panes_visible (IdoWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "panes") == 0;
}

static void
select_pane (IdoWindow *self,
             IdoRole    role,
             gboolean   show_content)
{
  IdoPane *pane = ido_window_get_pane (self, role);

  g_assert (IDO_IS_WINDOW (self));

  if (role != self->current_role)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  self->current_role = role;
  gtk_stack_set_visible_child (self->pane_stack, GTK_WIDGET (pane));
  adw_navigation_page_set_title (self->content_page, ido_pane_get_title (pane));
  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, role));
  if (self->settings != NULL)
    ido_settings_set_last_pane (self->settings, ido_pane_get_name (pane));
  if (show_content)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* The pane asked for on the command line, else the one shown last. */
static IdoRole
initial_role (IdoWindow *self)
{
  g_autofree char *name = NULL;
  IdoRole role = IDO_ROLE_OVERVIEW;

  if (ido_role_info_lookup_name (self->initial_pane, &role))
    return role;
  if (self->settings != NULL)
    name = ido_settings_dup_last_pane (self->settings);
  ido_role_info_lookup_name (name, &role);
  return role;
}

static void
show_panes (IdoWindow *self)
{
  g_assert (IDO_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->main_stack, "panes");
  adw_bin_set_child (self->welcome_bin, NULL);
  if (gtk_stack_get_visible_child (self->pane_stack) == NULL)
    select_pane (self, initial_role (self), self->initial_pane != NULL);
}

static void
on_welcome_finished_cb (IdoWindow *self)
{
  show_panes (self);
}

static void
show_welcome (IdoWindow *self)
{
  g_assert (IDO_IS_WINDOW (self));

  if (adw_bin_get_child (self->welcome_bin) == NULL)
    {
      GtkWidget *page = ido_welcome_page_new (self->database);

      g_signal_connect_object (page, "finished",
                               G_CALLBACK (on_welcome_finished_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->welcome_bin, page);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/* A municipality chosen in the preferences ends the first run too. */
static void
on_database_changed_cb (IdoWindow  *self,
                        const char *table)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0 &&
      !ido_dossier_needs_setup (self->database))
    show_panes (self);
}

static void
on_sidebar_row_activated_cb (IdoWindow     *self,
                             GtkListBoxRow *row)
{
  IdoRole role;

  if (ido_role_info_lookup_name (gtk_widget_get_name (GTK_WIDGET (row)), &role))
    select_pane (self, role, TRUE);
}

static void
on_search_mode_changed_cb (IdoWindow *self)
{
  IdoPane *pane = self->panes[self->current_role];

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      if (pane != NULL)
        ido_pane_set_search_text (pane, NULL);
      return;
    }
  if (pane == NULL || !ido_pane_start_search (pane))
    {
      ido_window_add_toast (self, adw_toast_new (_("Nothing to search in this pane yet")));
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed_cb (IdoWindow *self)
{
  IdoPane *pane = self->panes[self->current_role];

  if (pane != NULL)
    ido_pane_set_search_text (pane, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search_cb (IdoWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
show_pane_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  IdoWindow *self = IDO_WINDOW (user_data);

  if (!panes_visible (self))
    return;
  if (!ido_window_show_pane_by_name (self, g_variant_get_string (parameter, NULL)))
    g_warning ("No pane named %s", g_variant_get_string (parameter, NULL));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  IdoWindow *self = IDO_WINDOW (user_data);

  if (!panes_visible (self))
    return;
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
}

static void
import_dashboard_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  ido_window_import_file (IDO_WINDOW (user_data), NULL);
}

static void
import_sources_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  IdoWindow *self = IDO_WINDOW (user_data);

  if (self->database == NULL)
    return;
  adw_dialog_present (ido_import_sources_dialog_new (self->database), GTK_WIDGET (self));
}

/* A dashboard export dropped on the window opens the import dialog. */
static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            IdoWindow     *self)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      file = files != NULL ? files->data : NULL;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);
  if (file == NULL || self->database == NULL)
    return FALSE;
  ido_window_import_file (self, file);
  return TRUE;
}

static void
add_drop_target (IdoWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static const GActionEntry win_actions[] = {
  { "show-pane", show_pane_action, "s", NULL, NULL, { 0 } },
  { "search", search_action, NULL, NULL, NULL, { 0 } },
  { "import-dashboard", import_dashboard_action, NULL, NULL, NULL, { 0 } },
  { "import-sources", import_sources_action, NULL, NULL, NULL, { 0 } },
};

static void
on_after_paint_cb (GdkFrameClock *clock,
                   IdoWindow     *self)
{
  double elapsed_ms = (g_get_monotonic_time () - ido_application_get_start_time ()) / 1000.0;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_clear_signal_handler (&self->after_paint_id, clock);
  /* Milliseconds from ido_application_new() to the first painted frame;
   * the startup benchmark takes this line as the moment the window is
   * shown. */
  g_print ("%.3f\n", elapsed_ms);
  fflush (stdout);
  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
on_realize_cb (IdoWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->after_paint_id == 0 && clock != NULL)
    self->after_paint_id = g_signal_connect (clock, "after-paint",
                                             G_CALLBACK (on_after_paint_cb), self);
}

static gboolean
ido_window_close_request (GtkWindow *window)
{
  IdoWindow *self = IDO_WINDOW (window);
  int width = 0;
  int height = 0;

  g_cancellable_cancel (self->cancellable);
  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      ido_settings_set_window_state (self->settings, width, height,
                                     gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (ido_window_parent_class)->close_request (window);
}

static void
ido_window_constructed (GObject *object)
{
  IdoWindow *self = (IdoWindow *) object;

  G_OBJECT_CLASS (ido_window_parent_class)->constructed (object);

  add_sidebar_rows (self);
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   ido_settings_get_window_width (self->settings),
                                   ido_settings_get_window_height (self->settings));
      if (ido_settings_get_window_maximized (self->settings))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  if (self->database != NULL)
    {
      if (ido_dossier_needs_setup (self->database))
        show_welcome (self);
      else
        show_panes (self);
      g_signal_connect_object (self->database, "changed",
                               G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
    }
  if (g_getenv ("IDO_REGIE_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (on_realize_cb), NULL);
}

static void
ido_window_dispose (GObject *object)
{
  IdoWindow *self = (IdoWindow *) object;

  if (self->after_paint_id != 0)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      if (clock != NULL)
        g_clear_signal_handler (&self->after_paint_id, clock);
      self->after_paint_id = 0;
    }
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_WINDOW);
  for (IdoRole role = 0; role < IDO_N_ROLES; role++)
    self->panes[role] = NULL;
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_window_parent_class)->dispose (object);
}

static void
ido_window_finalize (GObject *object)
{
  IdoWindow *self = (IdoWindow *) object;

  g_clear_pointer (&self->initial_pane, g_free);

  G_OBJECT_CLASS (ido_window_parent_class)->finalize (object);
}

static void
ido_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  IdoWindow *self = IDO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_INITIAL_PANE:
      g_value_set_string (value, self->initial_pane);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  IdoWindow *self = IDO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_INITIAL_PANE:
      self->initial_pane = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_window_class_init (IdoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ido_window_constructed;
  object_class->dispose = ido_window_dispose;
  object_class->finalize = ido_window_finalize;
  object_class->get_property = ido_window_get_property;
  object_class->set_property = ido_window_set_property;
  window_class->close_request = ido_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, IDO_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Only the pane that is shown is built, so say which before it is. */
  properties[PROP_INITIAL_PANE] =
    g_param_spec_string ("initial-pane", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, pane_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, IdoWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
}

/* The primary menu's popover is built when it is first opened: building
 * it for both header bars took a seventh of the time to the first frame. */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       user_data)
{
  IdoWindow *self = IDO_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
ido_window_init (IdoWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->sidebar_menu_button, create_menu_popup_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->content_menu_button, create_menu_popup_cb, self, NULL);

  self->cancellable = g_cancellable_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  add_drop_target (self);
}

/**
 * ido_window_new:
 * @database: (nullable): the open database, or %NULL when it could not be
 *   opened (then call ido_window_show_database_error())
 *
 * Returns: (transfer none): the new window, owned by @application
 */
IdoWindow *
ido_window_new (IdoApplication *application,
                IdoDatabase    *database)
{
  return ido_window_new_at_pane (application, database, NULL);
}

/**
 * ido_window_new_at_pane:
 * @pane: (nullable): the name of the pane to show first ("network"), or
 *   %NULL for the one shown last
 *
 * Returns: (transfer none): the new window, owned by @application
 */
IdoWindow *
ido_window_new_at_pane (IdoApplication *application,
                        IdoDatabase    *database,
                        const char     *pane)
{
  g_return_val_if_fail (IDO_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       "settings", ido_application_get_settings (application),
                       "initial-pane", pane,
                       NULL);
}

/**
 * ido_window_get_database:
 *
 * Returns: (transfer none) (nullable): the database shown
 */
IdoDatabase *
ido_window_get_database (IdoWindow *self)
{
  g_return_val_if_fail (IDO_IS_WINDOW (self), NULL);

  return self->database;
}

/**
 * ido_window_get_cancellable:
 *
 * Returns: (transfer none): cancelled when the window closes
 */
GCancellable *
ido_window_get_cancellable (IdoWindow *self)
{
  g_return_val_if_fail (IDO_IS_WINDOW (self), NULL);

  return self->cancellable;
}

/**
 * ido_window_show_database_error:
 * @error: why the database could not be opened; its message is shown
 *
 * Replaces everything with a page that explains the problem. The database
 * file itself is not touched.
 */
void
ido_window_show_database_error (IdoWindow    *self,
                                const GError *error)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (IDO_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  escaped = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

void
ido_window_show_pane (IdoWindow *self,
                      IdoRole    role)
{
  g_return_if_fail (IDO_IS_WINDOW (self));
  g_return_if_fail (role < IDO_N_ROLES);

  select_pane (self, role, TRUE);
}

/**
 * ido_window_show_pane_by_name:
 * @name: a pane name such as "network"
 *
 * Returns: %TRUE when @name names a pane
 */
gboolean
ido_window_show_pane_by_name (IdoWindow  *self,
                              const char *name)
{
  IdoRole role;

  g_return_val_if_fail (IDO_IS_WINDOW (self), FALSE);

  if (!ido_role_info_lookup_name (name, &role))
    return FALSE;
  select_pane (self, role, TRUE);
  return TRUE;
}

/**
 * ido_window_get_pane:
 *
 * Returns: (transfer none): the pane of @role, created when first needed
 */
IdoPane *
ido_window_get_pane (IdoWindow *self,
                     IdoRole    role)
{
  g_return_val_if_fail (IDO_IS_WINDOW (self), NULL);
  g_return_val_if_fail (role < IDO_N_ROLES, NULL);

  if (self->panes[role] == NULL)
    {
      GtkWidget *pane = create_pane (self, role);

      gtk_stack_add_named (self->pane_stack, pane, ido_role_info_get (role)->name);
      self->panes[role] = IDO_PANE (pane);
    }
  return self->panes[role];
}

/**
 * ido_window_get_visible_pane:
 *
 * Returns: (transfer none) (nullable): the pane shown in the content area
 */
IdoPane *
ido_window_get_visible_pane (IdoWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (IDO_IS_WINDOW (self), NULL);

  child = gtk_stack_get_visible_child (self->pane_stack);
  return child ? IDO_PANE (child) : NULL;
}

/**
 * ido_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
ido_window_add_toast (IdoWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (IDO_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * ido_window_reload:
 *
 * Shows the data again after it changed wholesale (sample data, restore):
 * the welcome page while no municipality is chosen, the panes otherwise.
 */
void
ido_window_reload (IdoWindow *self)
{
  g_return_if_fail (IDO_IS_WINDOW (self));

  if (self->database == NULL)
    return;
  if (ido_dossier_needs_setup (self->database))
    {
      show_welcome (self);
      return;
    }
  show_panes (self);
  for (IdoRole role = 0; role < IDO_N_ROLES; role++)
    {
      if (self->panes[role] != NULL)
        ido_pane_reload (self->panes[role]);
    }
}

/**
 * ido_window_import_file:
 * @file: (nullable): a dashboard export to import, or %NULL to choose one
 *
 * Opens the import dialog over the window; a file given while that dialog
 * is open replaces the one it shows.
 */
void
ido_window_import_file (IdoWindow *self,
                        GFile     *file)
{
  AdwDialog *visible;

  g_return_if_fail (IDO_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->database == NULL)
    return;
  visible = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));
  if (IDO_IS_IMPORT_DIALOG (visible))
    {
      if (file != NULL)
        ido_import_dialog_set_file (IDO_IMPORT_DIALOG (visible), file);
      return;
    }
  ido_import_dialog_present_for_file (GTK_WIDGET (self), self->database, file, NULL);
}

/* test-window.c: the main window, its sidebar, pane switching and the
 * adaptive layout.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-pane.h"
#include "ido-role-info.h"
#include "ido-ui-test-utils.h"

static GtkWidget *
row_title_label (GtkListBoxRow *row)
{
  /* row > box > (icon, labels > (title, subtitle)) */
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *labels = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

  return gtk_widget_get_first_child (labels);
}

static void
assert_pane_shown (IdoWindow *window,
                   IdoRole    role)
{
  AdwNavigationPage *content = ido_ui_test_child (window, IDO_TYPE_WINDOW, "content_page");
  GtkListBox *sidebar = ido_ui_test_child (window, IDO_TYPE_WINDOW, "sidebar_list");
  IdoPane *pane = ido_window_get_visible_pane (window);

  g_assert_nonnull (pane);
  g_assert_cmpint (ido_pane_get_role (pane), ==, role);
  g_assert_cmpstr (adw_navigation_page_get_title (content), ==, _(ido_role_info_get (role)->title));
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == gtk_list_box_get_row_at_index (sidebar, role));
}

static void
test_window_opens (IdoUiFixture  *fixture,
                   gconstpointer  user_data)
{
  GtkListBox *sidebar = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "sidebar_list");
  IdoRole role;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "IDO Regie");
  g_assert_cmpstr (ido_ui_test_main_page (fixture->window), ==, "panes");
  for (role = 0; role < IDO_N_ROLES; role++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, role);

      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row_title_label (row))), ==,
                       _(ido_role_info_get (role)->title));
    }
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, IDO_N_ROLES));
  assert_pane_shown (fixture->window, IDO_ROLE_OVERVIEW);
}

static void
test_sidebar_reaches_panes (IdoUiFixture  *fixture,
                            gconstpointer  user_data)
{
  GtkListBox *sidebar = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "sidebar_list");

  /* Backwards, so that every activation changes the pane. */
  for (int role = IDO_N_ROLES - 1; role >= 0; role--)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, role);

      g_signal_emit_by_name (sidebar, "row-activated", row);
      assert_pane_shown (fixture->window, role);
    }
}

static void
test_actions_reach_panes (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  GtkApplication *application = GTK_APPLICATION (ido_ui_test_application ());

  for (int role = IDO_N_ROLES - 1; role >= 0; role--)
    {
      const char *name = ido_role_info_get (role)->name;
      g_autofree char *action = g_strdup_printf ("win.show-pane::%s", name);
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", role + 1);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, action);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, accel);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.show-pane", "s", name));
      assert_pane_shown (fixture->window, role);
    }
}

static void
test_panes_have_accessible_names (IdoUiFixture  *fixture,
                                  gconstpointer  user_data)
{
  for (IdoRole role = 0; role < IDO_N_ROLES; role++)
    {
      IdoPane *pane = ido_window_get_pane (fixture->window, role);

      g_assert_cmpstr (ido_pane_get_title (pane), ==, _(ido_role_info_get (role)->title));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (pane), GTK_ACCESSIBLE_ROLE_GROUP);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pane), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           ido_pane_get_title (pane));
    }
}

static gboolean
is_collapsed (gpointer data)
{
  return adw_navigation_split_view_get_collapsed (data);
}

static gboolean
is_expanded (gpointer data)
{
  return !adw_navigation_split_view_get_collapsed (data);
}

static void
test_narrow_collapses (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  AdwNavigationSplitView *split_view = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW,
                                                          "split_view");
  IdoWindow *narrow;

  /* Wide, then made narrow while open. */
  g_assert_true (ido_ui_test_wait (is_expanded, split_view));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  g_assert_true (ido_ui_test_wait (is_collapsed, split_view));

  /* Narrow from the start, as on a phone. */
  narrow = ido_ui_test_open_window (fixture, 360, 700);
  split_view = ido_ui_test_child (narrow, IDO_TYPE_WINDOW, "split_view");
  g_assert_true (ido_ui_test_wait (is_collapsed, split_view));
  /* Choosing a pane in the collapsed sidebar shows its content. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (narrow), "win.show-pane", "s", "network"));
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  ido_ui_test_close_window (narrow);
}

static void
test_remembers_last_pane (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  IdoWindow *window;

  ido_window_show_pane (fixture->window, IDO_ROLE_REFERRER);
  ido_ui_test_close_window (fixture->window);
  fixture->window = NULL;

  window = ido_ui_test_open_window (fixture, 1000, 700);
  assert_pane_shown (window, IDO_ROLE_REFERRER);
  ido_window_show_pane (window, IDO_ROLE_OVERVIEW);
  ido_ui_test_close_window (window);
}

static gboolean
search_mode_on (gpointer data)
{
  return gtk_search_bar_get_search_mode (data);
}

static void
test_search_needs_something_to_search (IdoUiFixture  *fixture,
                                       gconstpointer  user_data)
{
  GtkSearchBar *search_bar = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "search_bar");

  /* An empty pane has nothing to search: the bar does not stay open. */
  ido_window_show_pane (fixture->window, IDO_ROLE_PROMOTOR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  ido_ui_test_iterate (50);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
}

static void
test_search_filters_pane (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  GtkSearchBar *search_bar = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "search_bar");
  GtkEditable *entry = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "search_entry");
  IdoPane *pane;

  ido_window_show_pane (fixture->window, IDO_ROLE_NETWORK);
  pane = ido_window_get_visible_pane (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (ido_ui_test_wait (search_mode_on, search_bar));
  gtk_editable_set_text (entry, "geldloket");
  /* GtkSearchEntry reports the change after a short delay. */
  ido_ui_test_iterate (400);
  g_assert_cmpstr (ido_pane_get_search_text (pane), ==, "geldloket");

  /* Leaving search shows everything again. */
  gtk_search_bar_set_search_mode (search_bar, FALSE);
  g_assert_null (ido_pane_get_search_text (pane));
}

static gboolean
dialog_shown (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) != NULL;
}

static void
test_menu_dialogs_open (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  GActionGroup *application = G_ACTION_GROUP (ido_ui_test_application ());
  const struct {
    const char *action;
    GType       type;
  } dialogs[] = {
    { "about", ADW_TYPE_ABOUT_DIALOG },
    { "preferences", ADW_TYPE_PREFERENCES_DIALOG },
    { "shortcuts", ADW_TYPE_DIALOG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      AdwDialog *dialog;

      g_action_group_activate_action (application, dialogs[i].action, NULL);
      g_assert_true (ido_ui_test_wait (dialog_shown, fixture->window));
      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (dialog, dialogs[i].type));
      g_assert_nonnull (adw_dialog_get_title (dialog));
      if (ADW_IS_ABOUT_DIALOG (dialog))
        {
          /* Read from the metainfo embedded in the resources. */
          g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "IDO Regie");
          g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
        }
      g_assert_true (adw_dialog_close (dialog));
      ido_ui_test_iterate (50);
    }
}

/* Whether @model or one of its sections or submenus has an item for @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *linked = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          gboolean found = menu_has_action (linked, action);

          g_object_unref (linked);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* The primary menu is built when first opened, in both header bars. */
static void
test_primary_menu_opens (IdoUiFixture  *fixture,
                         gconstpointer  user_data)
{
  const char *buttons[] = { "sidebar_menu_button", "content_menu_button" };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkMenuButton *button = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, buttons[i]);
      GMenuModel *model;

      g_assert_true (gtk_menu_button_get_primary (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Main Menu");
      if (!gtk_widget_get_mapped (GTK_WIDGET (button)))
        continue;
      gtk_menu_button_popup (button);
      g_assert_true (ido_ui_test_wait (popover_shown, button));
      model = gtk_menu_button_get_menu_model (button);
      g_assert_nonnull (model);
      g_assert_true (menu_has_action (model, "app.load-sample"));
      g_assert_true (menu_has_action (model, "app.preferences"));
      g_assert_false (menu_has_action (model, "app.no-such-action"));
      gtk_menu_button_popdown (button);
      ido_ui_test_iterate (50);
    }
}

static void
test_database_error (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoDatabase) database = NULL;
  AdwStatusPage *error_page;
  IdoWindow *window;

  g_file_set_contents (path, "This is not an SQLite database, but it is someone's file.", -1, &error);
  g_assert_no_error (error);
  before = ido_test_file_checksum (path);
  database = ido_database_open (path, &error);
  g_assert_null (database);
  g_assert_nonnull (error);

  window = ido_window_new (ido_ui_test_application (), NULL);
  ido_window_show_database_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ido_ui_test_wait (ido_ui_test_is_mapped, window));
  error_page = ido_ui_test_child (window, IDO_TYPE_WINDOW, "error_page");
  g_assert_cmpstr (ido_ui_test_main_page (window), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), error->message));
  ido_ui_test_close_window (window);

  after = ido_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  ido_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, \
              ido_ui_fixture_tear_down)
  ADD ("/ui/window/opens", IDO_UI_TEST_MUNICIPALITY, test_window_opens);
  ADD ("/ui/window/sidebar-reaches-panes", IDO_UI_TEST_MUNICIPALITY, test_sidebar_reaches_panes);
  ADD ("/ui/window/actions-reach-panes", IDO_UI_TEST_MUNICIPALITY, test_actions_reach_panes);
  ADD ("/ui/window/accessible-names", IDO_UI_TEST_MUNICIPALITY, test_panes_have_accessible_names);
  ADD ("/ui/window/narrow-collapses", IDO_UI_TEST_MUNICIPALITY, test_narrow_collapses);
  ADD ("/ui/window/remembers-last-pane", IDO_UI_TEST_MUNICIPALITY, test_remembers_last_pane);
  ADD ("/ui/window/search-needs-records", IDO_UI_TEST_MUNICIPALITY, test_search_needs_something_to_search);
  ADD ("/ui/window/search-filters-pane", IDO_UI_TEST_SAMPLE, test_search_filters_pane);
  ADD ("/ui/window/menu-dialogs-open", IDO_UI_TEST_MUNICIPALITY, test_menu_dialogs_open);
  ADD ("/ui/window/primary-menu-opens", IDO_UI_TEST_MUNICIPALITY, test_primary_menu_opens);
#undef ADD
  g_test_add_func ("/ui/window/database-error", test_database_error);

  return g_test_run ();
}

/* test-i18n.c: with a Dutch locale the window speaks Dutch.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Uses the catalogue built into <build>/po/nl/LC_MESSAGES; skips when the
 * build has none (no po/nl.po yet) or the system lacks the nl_NL locale.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "ido-pane.h"
#include "ido-ui-test-utils.h"

static gboolean dutch_available;

static GtkWidget *
row_title_label (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *labels = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

  return gtk_widget_get_first_child (labels);
}

static void
test_window_speaks_dutch (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  GtkListBox *sidebar;
  AdwNavigationPage *content;

  if (!dutch_available)
    {
      g_test_skip ("no Dutch catalogue in the build or no nl_NL.UTF-8 locale");
      return;
    }
  sidebar = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "sidebar_list");
  content = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "content_page");

  /* From C (the role table) ... */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row_title_label (gtk_list_box_get_row_at_index (sidebar, 0)))),
                   ==, "Overzicht");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row_title_label (gtk_list_box_get_row_at_index (sidebar, 3)))),
                   ==, "Regievoerder netwerk");
  g_assert_cmpstr (adw_navigation_page_get_title (content), ==, "Overzicht");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (ido_window_get_pane (fixture->window, IDO_ROLE_NETWORK)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Regievoerder netwerk");
  /* ... and from the templates. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW,
                                                                   "search_button")),
                   !=, "Search");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *catalogue = g_build_filename (TEST_LOCALEDIR, "nl", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() chose en_US; this test is about Dutch. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  dutch_available = setlocale (LC_ALL, "nl_NL.UTF-8") != NULL &&
                    g_file_test (catalogue, G_FILE_TEST_EXISTS);
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

  g_test_add ("/ui/i18n/window-speaks-dutch", IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_MUNICIPALITY),
              ido_ui_fixture_set_up, test_window_speaks_dutch, ido_ui_fixture_tear_down);

  return g_test_run ();
}

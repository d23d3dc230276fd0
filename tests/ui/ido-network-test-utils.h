/* ido-network-test-utils.h: helpers of the network and referrer pane tests
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-ui-test-utils.h"

/* The dialog on top of the window, or NULL. */
static inline AdwDialog *
network_test_dialog (IdoUiFixture *fixture)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
}

static inline gboolean
network_test_dialog_closed (gpointer data)
{
  IdoUiFixture *fixture = data;

  return network_test_dialog (fixture) == NULL;
}

static inline void
network_test_set_text (gpointer    editable,
                       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static inline gint64
network_test_query_int (IdoDatabase *db,
                        const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline char *
network_test_query_text (IdoDatabase *db,
                         const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ido_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The button with @label (as set, e.g. "_Delete") under @root, or NULL. */
static inline GtkWidget *
network_test_find_button (GtkWidget  *root,
                          const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = network_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label under @root shows exactly @text. */
static inline gboolean
network_test_has_label (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (network_test_has_label (child, text))
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
network_test_has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    return TRUE;
  if (ADW_IS_BUTTON_CONTENT (widget) && adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)) != NULL &&
      *adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (network_test_has_text (child))
        return TRUE;
    }
  return FALSE;
}

/* A name for assistive technologies: its label or content, a tooltip, or an
 * accessible label or labelled-by relation. */
static inline gboolean
network_test_has_name (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return (tooltip != NULL && *tooltip != '\0') ||
         gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
         network_test_has_text (widget);
}

/* Every visible button, toggle, drop-down and search entry under @root has
 * an accessible name; buttons inside a drop-down or menu button go by it. */
static inline void
network_test_assert_named (GtkWidget *root)
{
  if (!gtk_widget_get_visible (root) || !gtk_widget_get_child_visible (root))
    return;
  /* A spin button's steppers belong to it; AdwSpinRow names it with its title. */
  if (GTK_IS_SPIN_BUTTON (root))
    return;
  if (GTK_IS_DROP_DOWN (root) || GTK_IS_MENU_BUTTON (root))
    {
      if (!network_test_has_name (root))
        g_error ("%s has no accessible name", G_OBJECT_TYPE_NAME (root));
      return;
    }
  if ((GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root) || GTK_IS_SEARCH_ENTRY (root)) &&
      !network_test_has_name (root))
    {
      g_autoptr(GString) path = g_string_new (NULL);

      for (GtkWidget *w = root; w != NULL; w = gtk_widget_get_parent (w))
        g_string_append_printf (path, " < %s", G_OBJECT_TYPE_NAME (w));
      g_error ("no accessible name:%s", path->str);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    network_test_assert_named (child);
}

static inline gboolean
network_test_has_error (gpointer row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "error");
}

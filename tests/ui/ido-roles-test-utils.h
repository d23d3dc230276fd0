/* ido-roles-test-utils.h: helpers of the ui tests of the role panes
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-ui-test-utils.h"

/* The application icon is a foundation matter; its loading must not fail
 * the tests of the role panes. Every other warning still fails the test. */
static inline GLogWriterOutput
ido_roles_test_log_writer (GLogLevelFlags   log_level,
                           const GLogField *fields,
                           gsize            n_fields,
                           gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_str_equal (fields[i].key, "MESSAGE"))
            message = fields[i].value;
        }
      if (message == NULL || !g_str_has_prefix (message, "Failed to load icon"))
        g_test_fail_printf ("unexpected warning: %s", message ? message : "");
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static inline void
ido_roles_test_init (int    *argc,
                     char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_writer_func (ido_roles_test_log_writer, NULL, NULL);
}

static inline AdwDialog *
ido_roles_test_dialog (IdoUiFixture *fixture)
{
  ido_ui_test_iterate (50);
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
}

static inline void
ido_roles_test_close_dialog (IdoUiFixture *fixture)
{
  AdwDialog *dialog = ido_roles_test_dialog (fixture);

  if (dialog != NULL)
    adw_dialog_force_close (dialog);
  ido_ui_test_iterate (50);
}

static inline void
ido_roles_test_set_text (gpointer    dialog,
                         GType       type,
                         const char *row,
                         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ido_ui_test_child (dialog, type, row)), text);
}

static inline gboolean
ido_roles_test_has_error (gpointer    dialog,
                          GType       type,
                          const char *row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (ido_ui_test_child (dialog, type, row)), "error");
}

static inline gint64
ido_roles_test_query_int (IdoDatabase *database,
                          const char  *sql)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, NULL);
  gboolean has_row = FALSE;
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_true (ido_database_step (database, stmt, &has_row, NULL));
  g_assert_true (has_row);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static inline char *
ido_roles_test_query_text (IdoDatabase *database,
                           const char  *sql)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, NULL);
  gboolean has_row = FALSE;
  char *value;

  g_assert_nonnull (stmt);
  g_assert_true (ido_database_step (database, stmt, &has_row, NULL));
  g_assert_true (has_row);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

/* The first descendant of @widget of @type whose accessible label is
 * @label, or %NULL. */
static inline GtkWidget *
ido_roles_test_find_labelled (GtkWidget  *widget,
                              GType       type,
                              const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                        label);

      if (error == NULL)
        return widget;
      g_free (error);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ido_roles_test_find_labelled (child, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline void
ido_roles_test_collect_rows (GtkWidget *widget,
                             GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      g_ptr_array_add (rows, g_object_ref (widget));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ido_roles_test_collect_rows (child, rows);
}

/* The action rows of a preferences group, as a list model. */
static inline GListModel *
ido_roles_test_group_rows (gpointer group)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = g_list_store_new (GTK_TYPE_WIDGET);

  ido_roles_test_collect_rows (GTK_WIDGET (group), rows);
  for (guint i = 0; i < rows->len; i++)
    g_list_store_append (store, g_ptr_array_index (rows, i));
  return G_LIST_MODEL (store);
}

/* Every button, toggle, entry and combo under @widget has a name a screen
 * reader can say: a label, a tooltip or an accessible label. */
static inline void
ido_roles_test_assert_named (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) ||
       GTK_IS_CHECK_BUTTON (widget) || GTK_IS_TEXT_VIEW (widget)) &&
      !gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW))
    {
      gboolean named = gtk_widget_get_tooltip_text (widget) != NULL ||
                       gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
                       (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL) ||
                       (gtk_widget_get_first_child (widget) != NULL &&
                        GTK_IS_LABEL (gtk_widget_get_first_child (widget)));

      if (!named)
        g_error ("A %s has no accessible name", G_OBJECT_TYPE_NAME (widget));
    }
  /* A drop-down or menu button is named as a whole. */
  if (GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ido_roles_test_assert_named (child);
}

/* Writes a picture of @widget when IDO_SCREENSHOT_DIR is set. */
static inline void
ido_roles_test_screenshot (GtkWidget  *widget,
                           const char *name)
{
  const char *dir = g_getenv ("IDO_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  ido_ui_test_iterate (300);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 }, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("screenshot %s", path);
}

/* ido-ui-test-utils.h: helpers shared by the ui test programs
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "ido-application.h"
#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-sample.h"
#include "ido-test-utils.h"
#include "ido-window.h"

/* One application for the whole test program, registered so that windows
 * can be added to it; the main loop is run by the tests themselves. */
static inline IdoApplication *
ido_ui_test_application (void)
{
  static IdoApplication *application;

  if (application == NULL)
    {
      g_autoptr(GError) error = NULL;
      const char *path = g_getenv ("IDO_DATABASE");

      /* The application's own database is the test's: start it empty, so
       * a file left by an earlier run (perhaps of another schema) never
       * decides the outcome. */
      if (path != NULL)
        {
          g_autofree char *wal = g_strdup_printf ("%s-wal", path);
          g_autofree char *shm = g_strdup_printf ("%s-shm", path);

          g_unlink (path);
          g_unlink (wal);
          g_unlink (shm);
        }
      application = ido_application_new ();
      g_application_register (G_APPLICATION (application), NULL, &error);
      g_assert_no_error (error);
    }
  return application;
}

typedef gboolean (*IdoTestPredicate) (gpointer data);

/* Runs the main loop until @predicate holds; FALSE after five seconds. */
static inline gboolean
ido_ui_test_wait (IdoTestPredicate predicate,
                  gpointer         data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  return TRUE;
}

static inline void
ido_ui_test_iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static inline gboolean
ido_ui_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* What the databases of a test start with. */
typedef enum
{
  IDO_UI_TEST_EMPTY,
  IDO_UI_TEST_MUNICIPALITY,
  IDO_UI_TEST_SAMPLE,
} IdoUiTestData;

typedef struct
{
  char        *dir;
  char        *path;
  IdoDatabase *database;
  IdoWindow   *window;
} IdoUiFixture;

static inline IdoWindow *
ido_ui_test_open_window (IdoUiFixture *fixture,
                         int           width,
                         int           height)
{
  IdoWindow *window = ido_window_new (ido_ui_test_application (), fixture->database);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ido_ui_test_wait (ido_ui_test_is_mapped, window));
  return window;
}

static inline void
ido_ui_test_close_window (IdoWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ido_ui_test_iterate (20);
}

static inline void
ido_ui_fixture_set_up (IdoUiFixture  *fixture,
                       gconstpointer  user_data)
{
  IdoUiTestData data = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;

  fixture->dir = ido_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "ido-regie.db", NULL);
  fixture->database = ido_database_open (fixture->path, &error);
  g_assert_no_error (error);
  if (data == IDO_UI_TEST_MUNICIPALITY)
    ido_dossier_set_own_municipality (fixture->database, "GM0344", "Utrecht", &error);
  else if (data == IDO_UI_TEST_SAMPLE)
    ido_sample_load (fixture->database, &error);
  g_assert_no_error (error);
  /* Every test starts where a first run starts. */
  ido_settings_set_last_pane (ido_application_get_settings (ido_ui_test_application ()), "overview");
  fixture->window = ido_ui_test_open_window (fixture, 1000, 700);
}

static inline void
ido_ui_fixture_tear_down (IdoUiFixture  *fixture,
                          gconstpointer  user_data)
{
  if (fixture->window != NULL)
    ido_ui_test_close_window (fixture->window);
  g_clear_object (&fixture->database);
  ido_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static inline gpointer
ido_ui_test_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static inline const char *
ido_ui_test_main_page (IdoWindow *window)
{
  GtkStack *stack = ido_ui_test_child (window, IDO_TYPE_WINDOW, "main_stack");

  return gtk_stack_get_visible_child_name (stack);
}

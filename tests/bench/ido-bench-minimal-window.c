/* ido-bench-minimal-window.c: the baseline of the startup benchmark
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The smallest libadwaita application: an AdwApplicationWindow with a label.
 * With IDO_REGIE_EXIT_AFTER_FIRST_FRAME=1 it quits once its window's first
 * frame is painted (the frame clock's first "after-paint" after the window
 * is realized), as ido-regie does, and it has ido-regie's default window
 * size, so both start the same way.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

static gint64 start_time;

static void
on_after_paint_cb (GdkFrameClock  *clock,
                   GtkApplication *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  /* As ido-regie does: the milliseconds since start, which the benchmark
   * takes as the moment the window is shown. */
  g_print ("%.3f\n", (g_get_monotonic_time () - start_time) / 1000.0);
  fflush (stdout);
  g_application_quit (G_APPLICATION (app));
}

static void
on_realize_cb (GtkWidget      *window,
               GtkApplication *app)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint_cb), app, 0);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *label = gtk_label_new ("IDO Regie benchmark");

  gtk_window_set_title (GTK_WINDOW (window), "Minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), label);
  if (g_strcmp0 (g_getenv ("IDO_REGIE_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  start_time = g_get_monotonic_time ();
  app = adw_application_new ("io.github.idoregie.BenchMinimalWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}

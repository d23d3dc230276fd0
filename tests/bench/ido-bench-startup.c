/* ido-bench-startup.c: startup time of IDO Regie against a minimal window
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: ido-bench-startup --app IDO-REGIE --minimal MINIMAL-WINDOW
 *                          --database DB [--generator GENERATOR] [--runs 5]
 *                          [--sample-database SAMPLE-DB]
 *
 * Starts `IDO-REGIE --database DB` and the minimal libadwaita program the
 * same way, with IDO_REGIE_EXIT_AFTER_FIRST_FRAME=1 so each prints a line
 * once its window's first frame is painted and then quits, and measures
 * the wall time from spawn until that line arrives: the time until the
 * window is shown. The time until the process exited (closing its window
 * and database included) is reported too, for information. One warm-up
 * run of each is not counted; then the two alternate, so any drift of the
 * machine touches both. Reports the medians and their ratio; exits
 * non-zero when the ratio is above the target (1.5) or a run failed. Without a DISPLAY it starts Xvfb itself.
 * When DB is missing and --generator is given, it generates DB first.
 * With --sample-database it also times ido-regie on the sample data (made
 * with `ido-regie sample` when missing), to tell the cost of a large
 * database from that of the application itself; that row is information
 * only. ido-regie prints the milliseconds from ido_application_new () to its
 * first frame; the report shows their median too.
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <signal.h>
#include <sys/resource.h>

#define RUN_TIMEOUT_SECONDS 120

typedef struct
{
  gboolean          done;
  gint64            shown;   /* when the first line arrived, or 0 */
  gint64            end;
  char             *output;  /* that line */
  GError           *error;
  GDataInputStream *stream;
  GSubprocess      *process;
} Wait;

typedef struct
{
  const char *name;
  GArray     *wall;       /* microseconds from spawn until the window was shown */
  GArray     *exit;       /* microseconds from spawn to exit */
  GArray     *cpu;        /* microseconds of user and system time */
  GArray     *in_process; /* what the program printed: ms to its first frame */
} Series;

static char *app_path;
static char *minimal_path;
static char *database_path;
static char *generator_path;
static char *sample_database_path;
static int n_runs = 5;
static double target = 1.5;

static const GOptionEntry entries[] = {
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The ido-regie executable", "PATH" },
  { "minimal", 0, 0, G_OPTION_ARG_FILENAME, &minimal_path, "The minimal window executable", "PATH" },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, &database_path, "The large database", "DB" },
  { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator_path, "Generates DB when it is missing", "PATH" },
  { "sample-database", 0, 0, G_OPTION_ARG_FILENAME, &sample_database_path,
    "Also time ido-regie with the sample data in this database (for information)", "DB" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Counted runs of each program (5)", "N" },
  { "target", 0, 0, G_OPTION_ARG_DOUBLE, &target, "Highest acceptable ratio (1.5)", "RATIO" },
  { NULL }
};

static void
on_wait_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;
  GSubprocess *process = G_SUBPROCESS (source);

  wait->end = g_get_monotonic_time ();
  if (g_subprocess_wait_finish (process, result, &wait->error))
    g_spawn_check_wait_status (g_subprocess_get_status (process), &wait->error);
  wait->done = TRUE;
}

/* Lines until the end of the output: the first one marks the window shown. */
static void
on_line_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish_utf8 (wait->stream, result, NULL, NULL);

  if (line == NULL)
    {
      g_subprocess_wait_async (wait->process, NULL, on_wait_cb, wait);
      return;
    }
  if (wait->shown == 0)
    {
      wait->shown = g_get_monotonic_time ();
      wait->output = g_steal_pointer (&line);
    }
  g_data_input_stream_read_line_async (wait->stream, G_PRIORITY_DEFAULT, NULL, on_line_cb, wait);
}

static gint64
children_cpu_time (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static void
add_run (Series     *series,
         gint64      shown,
         gint64      wall,
         gint64      cpu,
         const char *output)
{
  double printed = output ? g_ascii_strtod (output, NULL) : 0.0;
  gint64 in_process = (gint64) (printed * 1000.0);

  g_array_append_val (series->wall, shown);
  g_array_append_val (series->exit, wall);
  g_array_append_val (series->cpu, cpu);
  if (in_process > 0)
    g_array_append_val (series->in_process, in_process);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  GSubprocess *process = user_data;

  g_object_set_data (G_OBJECT (process), "timed-out", GINT_TO_POINTER (TRUE));
  g_subprocess_force_exit (process);
  return G_SOURCE_REMOVE;
}

/* Runs the program once and adds its wall time, its CPU time and the time it
 * printed (if any) to @series. Returns FALSE when it failed. */
static gboolean
time_run (const char * const  *argv,
          char               **envp,
          Series              *series)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { 0 };
  gint64 start;
  gint64 cpu_start = children_cpu_time ();
  guint timeout_id;

  g_subprocess_launcher_set_environ (launcher, envp);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    {
      g_printerr ("could not start %s: %s\n", argv[0], error->message);
      return FALSE;
    }
  wait.process = process;
  wait.stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_data_input_stream_read_line_async (wait.stream, G_PRIORITY_DEFAULT, NULL, on_line_cb, &wait);
  timeout_id = g_timeout_add_seconds (RUN_TIMEOUT_SECONDS, on_timeout_cb, process);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (g_object_get_data (G_OBJECT (process), "timed-out"))
    {
      g_printerr ("%s did not quit within %d s: is IDO_REGIE_EXIT_AFTER_FIRST_FRAME implemented?\n",
                  argv[0], RUN_TIMEOUT_SECONDS);
      g_clear_error (&wait.error);
      g_free (wait.output);
      g_clear_object (&wait.stream);
      return FALSE;
    }
  g_source_remove (timeout_id);
  g_clear_object (&wait.stream);
  if (wait.error == NULL && wait.shown == 0)
    g_set_error (&wait.error, G_IO_ERROR, G_IO_ERROR_FAILED, "it printed nothing at its first frame");
  if (wait.error != NULL)
    {
      g_printerr ("%s failed: %s\n", argv[0], wait.error->message);
      g_clear_error (&wait.error);
      g_free (wait.output);
      return FALSE;
    }
  /* The child has been reaped by now, so its times are counted. */
  add_run (series, wait.shown - start, wait.end - start, children_cpu_time () - cpu_start, wait.output);
  g_free (wait.output);
  return TRUE;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (GArray *times)
{
  g_autoptr(GArray) sorted = g_array_copy (times);
  guint n = sorted->len;

  g_array_sort (sorted, compare_times);
  if (n % 2 == 1)
    return g_array_index (sorted, gint64, n / 2) / 1000.0;
  return (g_array_index (sorted, gint64, n / 2 - 1) + g_array_index (sorted, gint64, n / 2)) / 2000.0;
}

static char *
free_display (void)
{
  for (int n = 90; n < 200; n++)
    {
      g_autofree char *lock = g_strdup_printf ("/tmp/.X%d-lock", n);
      g_autofree char *socket = g_strdup_printf ("/tmp/.X11-unix/X%d", n);

      if (!g_file_test (lock, G_FILE_TEST_EXISTS) && !g_file_test (socket, G_FILE_TEST_EXISTS))
        return g_strdup_printf (":%d", n);
    }
  return NULL;
}

static GSubprocess *
start_xvfb (const char *display)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *socket = g_strdup_printf ("/tmp/.X11-unix/X%s", display + 1);
  GSubprocess *xvfb = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                        &error, "Xvfb", display, "-screen", "0", "1280x800x24",
                                        "-nolisten", "tcp", NULL);

  if (xvfb == NULL)
    {
      g_printerr ("could not start Xvfb: %s\n", error->message);
      return NULL;
    }
  for (int i = 0; i < 100 && !g_file_test (socket, G_FILE_TEST_EXISTS); i++)
    g_usleep (100 * 1000);
  return xvfb;
}

static gboolean
ensure_database (void)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { generator_path, database_path, NULL };

  if (g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  if (generator_path == NULL)
    {
      g_printerr ("%s does not exist; run ido-bench-generate first\n", database_path);
      return FALSE;
    }
  g_print ("Generating %s first...\n", database_path);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("generating the database failed: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
series_init (Series     *series,
             const char *name)
{
  series->name = name;
  series->wall = g_array_new (FALSE, FALSE, sizeof (gint64));
  series->exit = g_array_new (FALSE, FALSE, sizeof (gint64));
  series->cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  series->in_process = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
series_clear (Series *series)
{
  g_clear_pointer (&series->wall, g_array_unref);
  g_clear_pointer (&series->exit, g_array_unref);
  g_clear_pointer (&series->cpu, g_array_unref);
  g_clear_pointer (&series->in_process, g_array_unref);
}

static void
print_series (Series *series)
{
  g_print ("  %-26s", series->name);
  for (guint i = 0; i < series->wall->len; i++)
    g_print (" %6.0f", g_array_index (series->wall, gint64, i) / 1000.0);
  g_print ("   median %6.1f ms; exited after %5.1f ms; CPU %5.0f ms",
           median_ms (series->wall), median_ms (series->exit), median_ms (series->cpu));
  if (series->in_process->len > 0)
    g_print ("; first frame %.0f ms after start", median_ms (series->in_process));
  g_print ("\n");
}

/* One uncounted warm-up run of each program, then the counted runs in turn. */
static gboolean
run_all (char   **envp,
         Series  *series,
         guint    n_series)
{
  const char *app_argv[] = { app_path, "--database", database_path, NULL };
  const char *minimal_argv[] = { minimal_path, NULL };
  const char *sample_argv[] = { app_path, "--database", sample_database_path, NULL };
  const char * const *argvs[] = { app_argv, minimal_argv, sample_argv };
  Series warm[G_N_ELEMENTS (argvs)];
  gboolean ok = TRUE;

  g_assert (n_series <= G_N_ELEMENTS (argvs));
  for (guint s = 0; s < n_series; s++)
    {
      series_init (&warm[s], series[s].name);
      ok = ok && time_run (argvs[s], envp, &warm[s]);
    }
  if (ok)
    {
      g_print ("  warm-up (not counted):   ");
      for (guint s = 0; s < n_series; s++)
        g_print (" %s %.0f ms;", series[s].name, median_ms (warm[s].wall));
      g_print ("\n");
    }
  for (guint s = 0; s < n_series; s++)
    series_clear (&warm[s]);
  for (int i = 0; ok && i < n_runs; i++)
    for (guint s = 0; ok && s < n_series; s++)
      ok = time_run (argvs[s], envp, &series[s]);
  return ok;
}

static int
report (Series *series,
        guint   n_series)
{
  double ratio = median_ms (series[0].wall) / median_ms (series[1].wall);

  g_print ("  wall time per run (ms), from spawn until the window's first frame was painted:\n");
  for (guint s = 0; s < n_series; s++)
    print_series (&series[s]);
  g_print ("  ratio of the medians, ido-regie with DB / minimal window: %.2f (target at most %.2f): %s\n",
           ratio, target, ratio <= target ? "MET" : "NOT MET");
  /* CPU time hardly depends on what else the machine is doing. */
  g_print ("  for information, the same ratio until the process exited: %.2f; of CPU time until exit: %.2f\n",
           median_ms (series[0].exit) / median_ms (series[1].exit),
           median_ms (series[0].cpu) / median_ms (series[1].cpu));
  return ratio <= target ? 0 : 1;
}

static gboolean
ensure_sample_database (char **envp)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { app_path, "sample", "--database", sample_database_path, NULL };

  if (g_file_test (sample_database_path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("loading the sample data failed: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) xvfb = NULL;
  Series series[3];
  guint n_series = 2;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *display = NULL;
  GStatBuf st = { 0 };
  int status = 1;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      app_path == NULL || minimal_path == NULL || database_path == NULL || n_runs < 1)
    {
      g_printerr ("Usage: %s --app PATH --minimal PATH --database DB [--generator PATH] [--runs N]\n",
                  g_get_prgname ());
      return 2;
    }
  if (!ensure_database ())
    return 1;
  if (sample_database_path != NULL)
    {
      if (!ensure_sample_database (envp))
        return 1;
      n_series = 3;
    }
  series_init (&series[0], "ido-regie, large DB");
  series_init (&series[1], "minimal libadwaita window");
  series_init (&series[2], "ido-regie, sample data");

  display = g_strdup (g_environ_getenv (envp, "DISPLAY"));
  if (display == NULL || *display == '\0')
    {
      g_free (display);
      display = free_display ();
      if (display == NULL || (xvfb = start_xvfb (display)) == NULL)
        return 1;
    }
  envp = g_environ_setenv (envp, "DISPLAY", display, TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", FALSE);
  envp = g_environ_setenv (envp, "IDO_REGIE_EXIT_AFTER_FIRST_FRAME", "1", TRUE);

  g_stat (database_path, &st);
  g_print ("IDO Regie startup benchmark\n");
  g_print ("  database:                 %s (%.0f MB)\n", database_path, st.st_size / 1e6);
  g_print ("  display:                  %s%s, GSK_RENDERER=%s\n", display,
           xvfb ? " (Xvfb started by the benchmark)" : "", g_environ_getenv (envp, "GSK_RENDERER"));
  g_print ("  runs:                     %d of each, in turn\n", n_runs);
  if (run_all (envp, series, n_series))
    status = report (series, n_series);
  for (guint s = 0; s < G_N_ELEMENTS (series); s++)
    series_clear (&series[s]);

  if (xvfb != NULL)
    {
      g_subprocess_send_signal (xvfb, SIGTERM);
      g_subprocess_wait (xvfb, NULL, NULL);
    }
  return status;
}

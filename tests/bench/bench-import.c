/* bench-import.c: `ido-regie import` against sqlite3 .import and LibreOffice
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates long-format Dutch dashboard exports (semicolon, decimal comma,
 * quarters like 2024-Q3, municipality names, library locations, indicators
 * with categories), deterministic from a seed, of each size asked for, in a
 * temporary directory. For each size it runs, as child processes measured
 * with wait4 () (wall time, CPU time and peak RSS):
 *
 *  - `ido-regie import --database fresh.db FILE` into an empty database,
 *    whose schema was made beforehand and not timed (the app makes it on
 *    its first start, so an import never pays for it);
 *  - `sqlite3 plain.db` with `.mode csv`, `.separator ;` and
 *    `.import FILE t`: the same file into a plain table, no keys;
 *  - the same ido-regie import again (the file unchanged: nothing to write);
 *  - at the smallest size only, `soffice --headless --convert-to xlsx` of
 *    the file, with a private profile warmed up by one conversion first.
 *
 * With --runs N each timing is the best of N (the machine is shared).
 * Prints a table and the ratios against the targets of issue 5: at most 3x
 * the sqlite3 time, linear growth (10x rows: at most 11x time; 5x rows: at
 * most 5.5x), peak RSS under 100 MB, at least 10x faster than LibreOffice,
 * re-import at most 1x the first import. The import's own summary is
 * printed too, to check its counts. A benchmark reports: it exits 0 unless
 * a program failed.
 *
 * Usage: bench-import --ido IDO-REGIE [--sizes 100000,1000000,5000000]
 *                     [--runs N] [--no-libreoffice] [--keep]
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ido-municipality.h"
#include "ido-municipality-registry.h"

typedef struct
{
  const char *indicator;
  const char *category;
  int         kind;  /* 0 count, 1 percent, 2 score */
} Combo;

static const char * const topics[] = {
  "DigiD", "Toeslagen", "Belastingaangifte", "Zorgverzekering", "AOW en pensioen",
  "Aanvraag gemeentelijke regeling", "Huurtoeslag", "Kinderopvangtoeslag", "Paspoort en ID-kaart",
  "Rijbewijs", "Uitkering", "Studiefinanciering", "Mijn Overheid", "Berichtenbox",
  "Inburgering", "Schulden", "Energietoeslag", "Verhuizing doorgeven", "Parkeervergunning",
  "Afvalpas", "Digitale post", "Zorgtoeslag", "Bijzondere bijstand", "Overig",
};
static const char * const organisations[] = {
  "Belastingdienst", "DUO", "SVB", "UWV", "CAK", "Gemeente", "RDW", "CJIB", "IND",
  "Zorgverzekeraar", "Dienst Toeslagen", "Overig",
};
static const char * const governments[] = { "Rijk", "Gemeente", "Provincie", "Waterschap" };
static const char * const durations[] = {
  "0-10 minuten", "10-30 minuten", "30-60 minuten", "langer dan 60 minuten",
};
static const char * const referrals[] = {
  "Gemeente", "Belastingdienst", "Sociaal raadslieden", "Schuldhulpverlening",
  "Formulierenbrigade", "Digisterker",
};
static const char * const suffixes[] = { "Centrum", "Noord", "Zuid", "Oost", "West", "De Hoven" };

#define N_PERIODS 48  /* 2015-Q1 .. 2026-Q4 */

typedef struct
{
  guint64 rows;
  double  seconds;
  double  cpu_seconds;  /* user + system */
  glong   max_rss_kib;
  int     status;
} Measure;

typedef struct
{
  guint64  rows;
  char    *csv;
  Measure  ido;
  Measure  sqlite;
  Measure  reimport;
  Measure  office;
  gboolean has_office;
  char    *ido_output;
  char    *reimport_output;
} Size;

static GArray *
make_combos (void)
{
  GArray *combos = g_array_new (FALSE, FALSE, sizeof (Combo));
  Combo c;

#define ADD(ind, cat, k) G_STMT_START { c.indicator = (ind); c.category = (cat); c.kind = (k); \
    g_array_append_val (combos, c); } G_STMT_END
  ADD ("Aantal vragen", "", 0);
  ADD ("Bezoeken", "", 0);
  ADD ("Naar tevredenheid geholpen", "", 1);
  ADD ("Tevredenheid", "", 2);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    ADD ("Onderwerp", topics[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    ADD ("Organisatie", organisations[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (governments); i++)
    ADD ("Overheidslaag", governments[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    ADD ("Gespreksduur", durations[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (referrals); i++)
    ADD ("Doorverwijzing", referrals[i], 0);
#undef ADD
  return combos;
}

static guint64
next_random (guint64 *state)
{
  /* xorshift64* */
  *state ^= *state >> 12;
  *state ^= *state << 25;
  *state ^= *state >> 27;
  return *state * G_GUINT64_CONSTANT (2685821657736338717);
}

/* Rows ordered as an export is: by period, then place, then indicator. */
static gboolean
generate (const char  *path,
          guint64      rows,
          guint64      seed,
          GError     **error)
{
  g_autoptr(GArray) combos = make_combos ();
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();
  guint n_municipalities = g_list_model_get_n_items (G_LIST_MODEL (registry));
  guint64 per_period_place = combos->len;
  guint64 n_places = (rows + N_PERIODS * per_period_place - 1) / (N_PERIODS * per_period_place);
  g_autoptr(GPtrArray) municipality = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) location = g_ptr_array_new_with_free_func (g_free);
  guint64 state = seed * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + 1;
  FILE *out;

  if (n_places > (guint64) n_municipalities * G_N_ELEMENTS (suffixes))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "too many rows: %" G_GUINT64_FORMAT, rows);
      return FALSE;
    }
  /* Municipalities spread over the registry, so names vary in length. */
  for (guint64 p = 0; p < n_places; p++)
    {
      guint m = (guint) ((p * 7919) % n_municipalities);
      g_autoptr(IdoMunicipality) item = g_list_model_get_item (G_LIST_MODEL (registry), m);
      const char *name = ido_municipality_get_name (item);

      g_ptr_array_add (municipality, g_strdup (name));
      g_ptr_array_add (location, g_strdup_printf ("Bibliotheek %s %s", name,
                                                  suffixes[(p / n_municipalities) % G_N_ELEMENTS (suffixes)]));
    }
  out = fopen (path, "w");
  if (out == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  fputs ("Periode;Gemeente;Locatie;Indicator;Categorie;Waarde\r\n", out);
  for (guint64 i = 0; i < rows; i++)
    {
      const Combo *combo = &g_array_index (combos, Combo, i % per_period_place);
      guint64 place = (i / per_period_place) % n_places;
      guint64 period = i / (per_period_place * n_places);
      guint64 r = next_random (&state);

      fprintf (out, "%u-Q%u;%s;%s;%s;%s;", 2015 + (guint) (period / 4), 1 + (guint) (period % 4),
               (const char *) municipality->pdata[place], (const char *) location->pdata[place],
               combo->indicator, combo->category);
      if (combo->kind == 1)
        fprintf (out, "%u,%u\r\n", 60 + (guint) (r % 40), (guint) ((r >> 8) % 10));
      else if (combo->kind == 2)
        fprintf (out, "%u,%u\r\n", 6 + (guint) (r % 4), (guint) ((r >> 8) % 10));
      else
        fprintf (out, "%u\r\n", (guint) (r % 900));
    }
  if (fclose (out) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Runs argv with stdin from @in (or /dev/null) and stdout+stderr to @out. */
static gboolean
run (const char * const *argv,
     const char         *in,
     const char         *out,
     Measure            *measure)
{
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      int fd_in = open (in ? in : "/dev/null", O_RDONLY);
      int fd_out = open (out ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);

      if (fd_in < 0 || fd_out < 0)
        _exit (126);
      dup2 (fd_in, 0);
      dup2 (fd_out, 1);
      dup2 (fd_out, 2);
      execvp (argv[0], (char * const *) argv);
      _exit (127);
    }
  while (wait4 (pid, &status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        return FALSE;
    }
  measure->seconds = (g_get_monotonic_time () - start) / 1e6;
  measure->cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  measure->max_rss_kib = usage.ru_maxrss;
  measure->status = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
  return measure->status == 0;
}

static void
keep_best (Measure       *best,
           const Measure *m,
           guint          run_index)
{
  if (run_index == 0 || m->seconds < best->seconds)
    {
      glong rss = MAX (best->max_rss_kib, m->max_rss_kib);

      *best = *m;
      best->max_rss_kib = rss;
    }
  else
    best->max_rss_kib = MAX (best->max_rss_kib, m->max_rss_kib);
}

static char *
read_output (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

/* The first lines of a program's output, indented. */
static void
print_output (const char *label,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_print ("  %s:\n", label);
  for (guint i = 0; lines[i] != NULL && i < 12; i++)
    {
      if (*lines[i] != '\0')
        g_print ("    | %s\n", lines[i]);
    }
}

static void
remove_db (const char *path)
{
  const char *suffixes_db[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes_db); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes_db[i], NULL);

      g_unlink (p);
    }
}

static gboolean
bench_size (Size        *size,
            const char  *dir,
            const char  *ido,
            const char  *sqlite3,
            const char  *office,
            const char  *profile,
            guint        runs,
            gboolean     with_office)
{
  g_autofree char *fresh = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *commands = g_build_filename (dir, "sqlite-commands.txt", NULL);
  g_autofree char *log = g_build_filename (dir, "output.txt", NULL);
  g_autofree char *tiny = g_build_filename (dir, "schema.csv", NULL);
  g_autofree char *script = g_strdup_printf (".mode csv\n.separator ;\n.import %s t\n", size->csv);
  g_autofree char *outdir = g_build_filename (dir, "xlsx", NULL);
  g_autofree char *env = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
  gboolean ok = TRUE;

  if (!g_file_set_contents (commands, script, -1, NULL) ||
      !g_file_set_contents (tiny, "Kwartaal;Gemeente;Indicator;Waarde\n2024-Q1;Utrecht;Aantal vragen;1\n", -1, NULL))
    return FALSE;
  for (guint r = 0; r < runs; r++)
    {
      const char *ido_argv[] = { ido, "import", "--database", fresh, size->csv, NULL };
      const char *schema_argv[] = { ido, "import", "--database", fresh, "--dry-run", tiny, NULL };
      const char *sqlite_argv[] = { sqlite3, plain, NULL };
      Measure m = { size->rows, 0, 0, 0, 0 };
      Measure schema = { 1, 0, 0, 0, 0 };

      remove_db (fresh);
      remove_db (plain);
      if (!run (schema_argv, NULL, log, &schema))
        ok = FALSE;
      sync ();
      if (!run (ido_argv, NULL, log, &m))
        ok = FALSE;
      keep_best (&size->ido, &m, r);
      g_free (size->ido_output);
      size->ido_output = read_output (log);
      sync ();
      if (!run (sqlite_argv, commands, log, &m))
        {
          g_autofree char *text = read_output (log);

          print_output ("sqlite3 failed", text);
          ok = FALSE;
        }
      keep_best (&size->sqlite, &m, r);
      sync ();
      if (!run (ido_argv, NULL, log, &m))
        ok = FALSE;
      keep_best (&size->reimport, &m, r);
      g_free (size->reimport_output);
      size->reimport_output = read_output (log);
      if (with_office && office != NULL)
        {
          const char *office_argv[] = { office, env, "--headless", "--infilter=CSV:59,34,76,1",
                                        "--convert-to", "xlsx", "--outdir", outdir, size->csv, NULL };

          if (!run (office_argv, NULL, log, &m))
            {
              g_autofree char *text = read_output (log);

              print_output ("LibreOffice failed", text);
            }
          else
            size->has_office = TRUE;
          keep_best (&size->office, &m, r);
        }
    }
  remove_db (fresh);
  remove_db (plain);
  return ok;
}

/* Wall times on a shared machine depend on what else runs: the load
 * average is printed with them (CPU times depend on it much less). */
static void
print_load (const char *when)
{
  g_autofree char *text = NULL;

  if (g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    g_print ("Load average %s (1, 5, 15 min; runnable/all; last pid): %s", when, text);
  g_print ("Cores: %u\n", g_get_num_processors ());
}

static char *
format_time (const Measure *m)
{
  return g_strdup_printf ("%.2f (%.2f)", m->seconds, m->cpu_seconds);
}

static const char *
verdict (gboolean met)
{
  return met ? "target met" : "target NOT met";
}

static guint64
parse_size (const char *text)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end != NULL && (*end == 'k' || *end == 'K'))
    value *= 1e3;
  else if (end != NULL && (*end == 'm' || *end == 'M'))
    value *= 1e6;
  return (guint64) value;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *ido = NULL;
  g_autofree char *sizes_text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *sqlite3 = NULL;
  g_autofree char *office = NULL;
  g_autofree char *profile = NULL;
  gboolean no_office = FALSE, keep = FALSE;
  int runs = 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  GOptionEntry entries[] = {
    { "ido", 0, 0, G_OPTION_ARG_FILENAME, &ido, "The ido-regie program", "PATH" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Row counts (default 100k,1M,5M)", "N,N,..." },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Best of N runs (default 1)", "N" },
    { "no-libreoffice", 0, 0, G_OPTION_ARG_NONE, &no_office, "Skip LibreOffice", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated files", NULL },
    { NULL }
  };
  g_auto(GStrv) size_texts = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, TRUE, sizeof (Size));
  gboolean ok = TRUE;
  glong worst_rss = 0;

  context = g_option_context_new ("- time ido-regie import against sqlite3 and LibreOffice");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (ido == NULL)
    {
      g_printerr ("--ido is required\n");
      return 2;
    }
  runs = MAX (runs, 1);
  sqlite3 = g_find_program_in_path ("sqlite3");
  if (sqlite3 == NULL)
    {
      g_printerr ("sqlite3 is not installed\n");
      return 2;
    }
  if (!no_office)
    {
      office = g_find_program_in_path ("soffice");
      if (office == NULL)
        office = g_find_program_in_path ("libreoffice");
      if (office == NULL)
        g_print ("LibreOffice (soffice) not found: its comparison is left out.\n");
    }
  dir = g_dir_make_tmp ("bench-import-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  profile = g_build_filename (dir, "lo-profile", NULL);
  size_texts = g_strsplit (sizes_text ? sizes_text : "100000,1000000,5000000", ",", -1);
  for (guint i = 0; size_texts[i] != NULL; i++)
    {
      Size size = { 0 };

      size.rows = parse_size (size_texts[i]);
      if (size.rows == 0)
        continue;
      size.csv = g_strdup_printf ("%s/dashboard-%" G_GUINT64_FORMAT ".csv", dir, size.rows);
      g_array_append_val (sizes, size);
    }

  g_print ("Import benchmark in %s, best of %d run(s)\n", dir, runs);
  print_load ("before");
  g_print ("ido-regie: %s\nsqlite3:   %s\nLibreOffice: %s\n\n", ido, sqlite3, office ? office : "(none)");
  if (office != NULL)
    {
      /* A first start makes the profile; time a warm start only. */
      g_autofree char *tiny = g_build_filename (dir, "warmup.csv", NULL);
      g_autofree char *env = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
      g_autofree char *outdir = g_build_filename (dir, "xlsx", NULL);
      const char *argv_warm[] = { office, env, "--headless", "--infilter=CSV:59,34,76,1", "--convert-to",
                                  "xlsx", "--outdir", outdir, tiny, NULL };
      Measure m = { 0 };

      g_file_set_contents (tiny, "Periode;Waarde\r\n2024-Q1;1\r\n", -1, NULL);
      if (!run (argv_warm, NULL, NULL, &m))
        {
          g_print ("LibreOffice does not run (status %d): its comparison is left out.\n", m.status);
          g_clear_pointer (&office, g_free);
        }
    }

  for (guint i = 0; i < sizes->len; i++)
    {
      Size *size = &g_array_index (sizes, Size, i);
      gint64 start = g_get_monotonic_time ();
      GStatBuf st;

      if (!generate (size->csv, size->rows, 20261129, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      g_stat (size->csv, &st);
      g_print ("%" G_GUINT64_FORMAT " rows: %s generated (%.1f MB) in %.1f s\n", size->rows, size->csv,
               st.st_size / 1e6, (g_get_monotonic_time () - start) / 1e6);
      if (!bench_size (size, dir, ido, sqlite3, office, profile, (guint) runs, i == 0 && !no_office))
        ok = FALSE;
      print_output ("ido-regie import", size->ido_output);
      print_output ("ido-regie re-import", size->reimport_output);
          g_print ("  import %.2f s (CPU %.2f s, %ld MB), sqlite3 %.2f s (CPU %.2f s), re-import %.2f s "
               "(CPU %.2f s, %ld MB)", size->ido.seconds, size->ido.cpu_seconds, size->ido.max_rss_kib / 1024,
               size->sqlite.seconds, size->sqlite.cpu_seconds, size->reimport.seconds,
               size->reimport.cpu_seconds, size->reimport.max_rss_kib / 1024);
      if (size->has_office)
        g_print (", LibreOffice %.2f s (CPU %.2f s)", size->office.seconds, size->office.cpu_seconds);
      g_print ("\n\n");
      if (!keep)
        g_unlink (size->csv);
    }

  g_print ("Wall time in seconds (CPU time, user + system, in brackets) and peak RSS in MB:\n");
  g_print ("%9s %16s %6s %16s %6s %16s %6s %16s %6s\n", "rows", "import", "RSS", "sqlite3",
           "RSS", "re-import", "RSS", "LibreOffice", "RSS");
  for (guint i = 0; i < sizes->len; i++)
    {
      Size *size = &g_array_index (sizes, Size, i);
      g_autofree char *ido_text = format_time (&size->ido);
      g_autofree char *sqlite_text = format_time (&size->sqlite);
      g_autofree char *reimport_text = format_time (&size->reimport);
      g_autofree char *office_text = size->has_office ? format_time (&size->office) : g_strdup ("-");

      g_print ("%9" G_GUINT64_FORMAT " %16s %6ld %16s %6ld %16s %6ld %16s %6ld\n", size->rows,
               ido_text, size->ido.max_rss_kib / 1024, sqlite_text, size->sqlite.max_rss_kib / 1024,
               reimport_text, size->reimport.max_rss_kib / 1024, office_text,
               size->has_office ? size->office.max_rss_kib / 1024 : 0);
      worst_rss = MAX (worst_rss, MAX (size->ido.max_rss_kib, size->reimport.max_rss_kib));
    }
  g_print ("\nRatios:\n");
  for (guint i = 0; i < sizes->len; i++)
    {
      Size *size = &g_array_index (sizes, Size, i);
      double ratio = size->ido.seconds / size->sqlite.seconds;
      glong rss = MAX (size->ido.max_rss_kib, size->reimport.max_rss_kib);

      g_print ("  %" G_GUINT64_FORMAT " rows: ido-regie / sqlite3 = %.2fx (at most 3x: %s); CPU time %.2fx\n",
               size->rows, ratio, verdict (ratio <= 3.0), size->ido.cpu_seconds / size->sqlite.cpu_seconds);
      g_print ("  %" G_GUINT64_FORMAT " rows: peak RSS %.1f MB (under 100 MB: %s)\n", size->rows,
               rss / 1024.0, verdict (rss < 100 * 1024));
      g_print ("  %" G_GUINT64_FORMAT " rows: re-import / import = %.2fx (at most 1x: %s)\n", size->rows,
               size->reimport.seconds / size->ido.seconds,
               verdict (size->reimport.seconds <= size->ido.seconds));
      if (size->has_office)
        g_print ("  %" G_GUINT64_FORMAT " rows: LibreOffice / ido-regie = %.1fx (at least 10x: %s); "
                 "CPU time %.1fx\n", size->rows, size->office.seconds / size->ido.seconds,
                 verdict (size->office.seconds >= 10 * size->ido.seconds),
                 size->office.cpu_seconds / size->ido.cpu_seconds);
    }
  for (guint i = 1; i < sizes->len; i++)
    {
      Size *a = &g_array_index (sizes, Size, i - 1);
      Size *b = &g_array_index (sizes, Size, i);
      double rows = (double) b->rows / a->rows;
      double time = b->ido.seconds / a->ido.seconds;
      double limit = rows * 1.1;

      g_print ("  growth %" G_GUINT64_FORMAT " -> %" G_GUINT64_FORMAT " rows (%.0fx): time %.2fx "
               "(at most %.1fx: %s); CPU time %.2fx\n", a->rows, b->rows, rows, time, limit,
               verdict (time <= limit), b->ido.cpu_seconds / a->ido.cpu_seconds);
    }
  g_print ("  worst peak RSS of ido-regie: %.1f MB\n", worst_rss / 1024.0);
  print_load ("after");

  for (guint i = 0; i < sizes->len; i++)
    {
      Size *size = &g_array_index (sizes, Size, i);

      g_free (size->csv);
      g_free (size->ido_output);
      g_free (size->reimport_output);
    }
  if (!keep)
    {
      g_autofree char *cmd = NULL;
      g_autofree char *quoted = g_shell_quote (dir);

      cmd = g_strdup_printf ("rm -rf %s", quoted);
      if (system (cmd) != 0)
        g_printerr ("could not remove %s\n", dir);
    }
  else
    g_print ("Files kept in %s\n", dir);
  if (!ok)
    g_print ("A program failed; see the output above.\n");
  return ok ? 0 : 1;
}

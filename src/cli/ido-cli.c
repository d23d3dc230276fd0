/* ido-cli.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-cli.h"
#include "ido-database.h"
#include "ido-sample.h"

typedef int (*CommandFunc) (int argc, char **argv);

static int cmd_sample (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "sample", cmd_sample },
};

gboolean
ido_cli_is_subcommand (const char *arg)
{
  if (arg == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (arg, commands[i].name))
        return TRUE;
    }
  return FALSE;
}

static IdoDatabase *
open_database (const char  *path,
               GError     **error)
{
  g_autofree char *default_path = NULL;

  if (path == NULL)
    path = default_path = ido_database_get_default_path ();
  return ido_database_open (path, error);
}

static int
cmd_sample (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path, N_("Database file to use"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Load the sample data of the fictional “Gemeente Voorbeeld”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr (_("Unexpected argument: %s\n"), argv[1]);
      return 2;
    }
  database = open_database (path, &error);
  if (database == NULL || !ido_sample_load (database, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Sample data loaded into %s\n"), ido_database_get_path (database));
  return 0;
}

/**
 * ido_cli_run:
 *
 * Runs the subcommand in @argv[1] with the remaining arguments.
 *
 * Returns: the exit status
 */
int
ido_cli_run (int    argc,
             char **argv)
{
  g_autofree char *prgname = NULL;

  g_return_val_if_fail (argc >= 2, 2);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        {
          prgname = g_strdup_printf ("%s %s", g_get_prgname () ? g_get_prgname () : "ido-regie", argv[1]);
          g_set_prgname (prgname);
          return commands[i].func (argc - 1, argv + 1);
        }
    }
  g_printerr (_("Unknown command: %s\n"), argv[1]);
  return 2;
}

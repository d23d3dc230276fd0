/* ido-application.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-application-private.h"
#include "ido-cli.h"
#include "ido-database.h"
#include "ido-role-info.h"
#include "ido-window.h"

struct _IdoApplication
{
  AdwApplication  parent_instance;

  IdoSettings    *settings;
  char           *database_path;
  IdoDatabase    *database;
  GError         *database_error;
  char           *initial_pane;
  int             window_width;
  int             window_height;
};

G_DEFINE_FINAL_TYPE (IdoApplication, ido_application, ADW_TYPE_APPLICATION)

static gint64 start_time;

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("The database file to open"), N_("FILE") },
  { "pane", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
    N_("The pane to show first"), N_("NAME") },
  { "window-size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
    N_("The size of the window"), N_("WIDTHxHEIGHT") },
  { NULL }
};

static gboolean
parse_window_size (const char *text,
                   int        *width,
                   int        *height)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  guint64 w, h;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 100000, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 100000, &h, NULL))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static gboolean
ido_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  char **argv = *arguments;

  /* "ido-regie sample ..." and friends run without GTK or a window. Option
   * parsing takes arguments out of the array it gets without freeing them,
   * so it gets a copy of the array: GApplication frees the strings. */
  if (argv[0] != NULL && argv[1] != NULL && ido_cli_is_subcommand (argv[1]))
    {
      g_autofree char **copy = g_memdup2 (argv, (g_strv_length (argv) + 1) * sizeof (char *));

      *exit_status = ido_cli_run ((int) g_strv_length (copy), copy);
      return TRUE;
    }
  return G_APPLICATION_CLASS (ido_application_parent_class)->local_command_line (application,
                                                                                 arguments,
                                                                                 exit_status);
}

static int
ido_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  IdoApplication *self = IDO_APPLICATION (application);
  g_autofree char *database = NULL;
  const char *pane = NULL;
  const char *size = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    g_set_str (&self->database_path, database);
  if (g_variant_dict_lookup (options, "pane", "&s", &pane))
    {
      if (!ido_role_info_lookup_name (pane, NULL))
        {
          g_printerr (_("Unknown pane “%s”\n"), pane);
          return EXIT_FAILURE;
        }
      g_set_str (&self->initial_pane, pane);
    }
  if (g_variant_dict_lookup (options, "window-size", "&s", &size) &&
      !parse_window_size (size, &self->window_width, &self->window_height))
    {
      g_printerr (_("Give the window size as WIDTHxHEIGHT, such as 360x760\n"));
      return EXIT_FAILURE;
    }
  return -1;
}

static void
ido_application_startup (GApplication *application)
{
  IdoApplication *self = IDO_APPLICATION (application);

  G_APPLICATION_CLASS (ido_application_parent_class)->startup (application);

  ido_application_add_actions (self);
}

static void
ido_application_activate (GApplication *application)
{
  IdoApplication *self = IDO_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  IdoDatabase *database;

  if (window == NULL)
    {
      database = ido_application_get_database (self);
      window = GTK_WINDOW (ido_window_new_at_pane (self, database, self->initial_pane));
      if (database == NULL)
        ido_window_show_database_error (IDO_WINDOW (window), self->database_error);
      if (self->window_width > 0)
        gtk_window_set_default_size (window, self->window_width, self->window_height);
    }
  gtk_window_present (window);
}

static void
ido_application_dispose (GObject *object)
{
  IdoApplication *self = (IdoApplication *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ido_application_parent_class)->dispose (object);
}

static void
ido_application_finalize (GObject *object)
{
  IdoApplication *self = (IdoApplication *) object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->initial_pane, g_free);
  g_clear_error (&self->database_error);

  G_OBJECT_CLASS (ido_application_parent_class)->finalize (object);
}

static void
ido_application_class_init (IdoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ido_application_dispose;
  object_class->finalize = ido_application_finalize;
  application_class->local_command_line = ido_application_local_command_line;
  application_class->handle_local_options = ido_application_handle_local_options;
  application_class->startup = ido_application_startup;
  application_class->activate = ido_application_activate;
}

static void
ido_application_init (IdoApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[COMMAND]"));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Commands that run without a window:\n"
      "  sample   load the sample data of the fictional Gemeente Voorbeeld\n"
      "  import   import dashboard exports (CSV, XLSX, ODS, XLS)\n"
      "  export   export observations, partners, agreements, targets, spending or actions\n"
      "  report   write a year report, meeting handout or factsheet as PDF\n"
      "Run “ido-regie COMMAND --help” for the options of a command."));
}

/**
 * ido_application_new:
 *
 * Returns: (transfer full): the application
 */
IdoApplication *
ido_application_new (void)
{
  if (start_time == 0)
    start_time = g_get_monotonic_time ();
  /* Non-unique: each instance may open its own --database. */
  return g_object_new (IDO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/**
 * ido_application_get_settings:
 *
 * Returns: (transfer none): the settings
 */
IdoSettings *
ido_application_get_settings (IdoApplication *self)
{
  g_return_val_if_fail (IDO_IS_APPLICATION (self), NULL);

  /* Created on first use, so the command line never touches GSettings. */
  if (self->settings == NULL)
    self->settings = ido_settings_new ();
  return self->settings;
}

/**
 * ido_application_get_database_path:
 *
 * Returns: the database file: --database, else $IDO_DATABASE, else the
 *   default location
 */
const char *
ido_application_get_database_path (IdoApplication *self)
{
  g_return_val_if_fail (IDO_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = ido_database_get_default_path ();
  return self->database_path;
}

/**
 * ido_application_get_database:
 *
 * Opens the database on first use.
 *
 * Returns: (transfer none) (nullable): the database, or %NULL when it could
 *   not be opened; see ido_application_get_database_error()
 */
IdoDatabase *
ido_application_get_database (IdoApplication *self)
{
  g_return_val_if_fail (IDO_IS_APPLICATION (self), NULL);

  if (self->database == NULL && self->database_error == NULL)
    {
      const char *path = ido_application_get_database_path (self);
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0700);
      self->database = ido_database_open (path, &self->database_error);
    }
  return self->database;
}

/**
 * ido_application_get_database_error:
 *
 * Returns: (transfer none) (nullable): why the database could not be opened
 */
const GError *
ido_application_get_database_error (IdoApplication *self)
{
  g_return_val_if_fail (IDO_IS_APPLICATION (self), NULL);

  return self->database_error;
}

/* When ido_application_new() ran, in g_get_monotonic_time() microseconds. */
gint64
ido_application_get_start_time (void)
{
  return start_time;
}

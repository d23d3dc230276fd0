/* ido-cli.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-cli.h"
#include "ido-database.h"
#include "ido-export.h"
#include "ido-fetch.h"
#include "ido-import-source.h"
#include "ido-importer.h"
#include "ido-report.h"
#include "ido-sample.h"
#include "ido-spreadsheet.h"

typedef int (*CommandFunc) (int argc, char **argv);

static int cmd_sample (int argc, char **argv);
static int cmd_import (int argc, char **argv);
static int cmd_export (int argc, char **argv);
static int cmd_report (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "sample", cmd_sample },
  { "import", cmd_import },
  { "export", cmd_export },
  { "report", cmd_report },
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

/* import */

typedef struct
{
  char     *database;
  char     *preset;
  char     *mapping;
  char     *place;
  char     *encoding;
  char     *delimiter;
  int       sheet;
  char     *save_preset;
  char     *report;
  char     *fetch;
  char     *ca_file;
  gboolean  dry_run;
  gboolean  valid_only;
  GStrv     files;
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->mapping, g_free);
  g_clear_pointer (&options->place, g_free);
  g_clear_pointer (&options->encoding, g_free);
  g_clear_pointer (&options->delimiter, g_free);
  g_clear_pointer (&options->save_preset, g_free);
  g_clear_pointer (&options->report, g_free);
  g_clear_pointer (&options->fetch, g_free);
  g_clear_pointer (&options->ca_file, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportOptions, import_options_clear)

static gboolean
parse_delimiter (const char  *text,
                 char        *delimiter)
{
  if (text == NULL)
    {
      *delimiter = 0;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "tab") == 0 || g_str_equal (text, "\\t") || g_str_equal (text, "\t"))
    *delimiter = '\t';
  else if (g_str_equal (text, ";") || g_str_equal (text, ",") || g_str_equal (text, "|"))
    *delimiter = text[0];
  else
    return FALSE;
  return TRUE;
}

static IdoMapping *
load_mapping (IdoDatabase          *database,
              const ImportOptions  *options,
              GError              **error)
{
  g_autoptr(GFile) file = NULL;

  if (options->preset != NULL)
    return ido_mapping_load_preset (database, options->preset, error);
  if (options->mapping != NULL)
    {
      file = g_file_new_for_commandline_arg (options->mapping);
      return ido_mapping_new_from_file (file, error);
    }
  return NULL;
}

static void
print_rejections (IdoImportReport *report)
{
  guint n = ido_import_report_get_n_rejections (report);

  for (guint i = 0; i < n; i++)
    {
      const IdoRejection *rejection = ido_import_report_get_rejection (report, i);

      if (*rejection->column != '\0')
        g_printerr (_("Row %llu, column “%s”, value “%s”: %s\n"), (unsigned long long) rejection->row,
                    rejection->column, rejection->value, rejection->reason);
      else
        g_printerr (_("Row %llu: %s\n"), (unsigned long long) rejection->row, rejection->reason);
    }
  if (ido_import_report_get_n_rejected (report) > n)
    g_printerr (_("… and %llu more rejected rows\n"),
                (unsigned long long) (ido_import_report_get_n_rejected (report) - n));
}

static void
print_outcome (IdoImportReport *report,
               gboolean         valid_only)
{
  if (ido_import_report_get_dry_run (report))
    g_print ("  %s\n", _("Dry run: nothing was changed."));
  else if (ido_import_report_get_committed (report))
    g_print (_("  Imported as batch %lld.\n"), (long long) ido_import_report_get_batch_id (report));
  else if (ido_import_report_get_n_rejected (report) > 0 && !valid_only)
    g_print ("  %s\n", _("Rows were rejected, so nothing was imported. Correct the file, "
                           "or use --valid-only to import the other rows."));
  else
    g_print ("  %s\n", _("Nothing changed; no batch was recorded."));
}

/* Imports one file, named @path in messages; returns the exit status for it. */
static int
import_one (IdoImporter          *importer,
            GFile                *file,
            const char           *path,
            const ImportOptions  *options)
{
  g_autoptr(IdoImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  report = ido_importer_import_file (importer, file, NULL, &error);
  if (report == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  summary = ido_import_report_dup_summary (report);
  g_print ("%s: %s\n", path, summary);
  print_rejections (report);
  print_outcome (report, options->valid_only);
  if (options->report != NULL)
    {
      g_autoptr(GFile) report_file = g_file_new_for_commandline_arg (options->report);

      if (!ido_import_report_save_csv (report, report_file, &error))
        {
          g_printerr ("%s: %s\n", options->report, error->message);
          return 1;
        }
    }
  if (options->save_preset != NULL && ido_importer_get_mapping (importer) != NULL &&
      !ido_mapping_save_preset (ido_importer_get_mapping (importer), ido_importer_get_database (importer),
                                options->save_preset, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return ido_import_report_get_n_rejected (report) > 0 && !options->valid_only ? 1 : 0;
}

static gboolean
parse_import_options (int             argc,
                      char          **argv,
                      ImportOptions  *options)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options->database, N_("Database file to use"), N_("FILE") },
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &options->preset, N_("Use the saved mapping NAME"), N_("NAME") },
    { "mapping", 'm', 0, G_OPTION_ARG_FILENAME, &options->mapping, N_("Use the mapping in a JSON file"), N_("FILE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &options->dry_run, N_("Count what would change, change nothing"), NULL },
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &options->valid_only,
      N_("Import the valid rows even when other rows are rejected"), NULL },
    { "place", 0, 0, G_OPTION_ARG_STRING, &options->place,
      N_("The place of rows that name none: own, national, a CBS code or a municipality"), N_("PLACE") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &options->encoding, N_("Encoding of CSV files (default: detect)"),
      N_("ENCODING") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &options->delimiter, N_("Delimiter of CSV files: ; , or tab"),
      N_("CHAR") },
    { "sheet", 0, 0, G_OPTION_ARG_INT, &options->sheet, N_("Sheet of a spreadsheet, counted from 1"), N_("N") },
    { "save-preset", 0, 0, G_OPTION_ARG_STRING, &options->save_preset,
      N_("Save the mapping used as preset NAME"), N_("NAME") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &options->report, N_("Write the rejected rows to a CSV file"),
      N_("FILE") },
    { "fetch", 0, 0, G_OPTION_ARG_STRING, &options->fetch,
      N_("Download the file from the address saved with preset NAME and import it with that preset"), N_("NAME") },
    { "ca-file", 0, 0, G_OPTION_ARG_FILENAME, &options->ca_file,
      N_("With --fetch: trust the certificates in FILE instead of the system’s"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Import dashboard figures from CSV files (any delimiter and encoding), "
                                  "spreadsheets (XLSX, ODS, XLS) or an export of IDO Regie. Each file is one "
                                  "batch: when a row is rejected nothing is imported, unless --valid-only is "
                                  "given. Without --preset or --mapping the preset saved for the file’s "
                                  "columns is used, else the columns are recognised by their names."));
  g_option_context_set_description (context,
                                    _("With --fetch NAME no files are named: the file is downloaded over "
                                      "https from the address saved with preset NAME (in the app: Sources and "
                                      "Earlier Imports), then imported with that preset. When the download fails "
                                      "nothing is changed.\n\n"
                                      "Exit status: 0 when the files were imported (or nothing changed), "
                                      "1 when rows were rejected or a file could not be read or downloaded, "
                                      "2 on wrong usage."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  if (options->fetch != NULL)
    {
      if (options->files != NULL && options->files[0] != NULL)
        {
          g_printerr ("%s\n", _("With --fetch the file is downloaded: name no files."));
          return FALSE;
        }
      if (options->preset != NULL || options->mapping != NULL)
        {
          g_printerr ("%s\n", _("With --fetch the fetched preset is used: leave out --preset and --mapping."));
          return FALSE;
        }
      options->preset = g_strdup (options->fetch);
      return TRUE;
    }
  if (options->files == NULL || options->files[0] == NULL)
    {
      g_printerr ("%s\n", _("Name one or more files to import."));
      return FALSE;
    }
  if (options->preset != NULL && options->mapping != NULL)
    {
      g_printerr ("%s\n", _("Use either --preset or --mapping, not both."));
      return FALSE;
    }
  return TRUE;
}

static void
on_downloaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

/* --fetch: downloads the preset's saved address, then imports the file
 * with that preset like any other. */
static int
fetch_and_import (IdoImporter          *importer,
                  const ImportOptions  *options)
{
  IdoDatabase *database = ido_importer_get_database (importer);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(IdoFetch) fetch = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  int status;

  url = ido_import_source_dup_fetch_url (database, options->fetch, &error);
  if (url == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (*url == '\0')
    {
      g_printerr (_("Preset “%s” has no saved address to fetch from. Save one under Sources and Earlier Imports "
                    "in the app.\n"), options->fetch);
      return 1;
    }
  fetch = ido_fetch_new (url);
  if (options->ca_file != NULL)
    ido_fetch_set_ca_file (fetch, options->ca_file);
  g_print (_("Fetching %s …\n"), url);
  ido_fetch_download_async (fetch, NULL, on_downloaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  file = ido_fetch_download_finish (fetch, result, &error);
  if (file == NULL)
    {
      g_printerr ("%s: %s\n", url, error->message);
      return 1;
    }
  status = import_one (importer, file, url, options);
  ido_fetch_delete_download (file);
  return status;
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_auto(ImportOptions) options = { 0 };
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(IdoImporter) importer = NULL;
  g_autoptr(IdoMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  IdoReaderOptions reader_options = IDO_READER_OPTIONS_INIT;
  char delimiter = 0;
  int status = 0;

  if (!parse_import_options (argc, argv, &options))
    return 2;
  if (!parse_delimiter (options.delimiter, &delimiter))
    {
      g_printerr (_("Unknown delimiter “%s”; use ; , or tab.\n"), options.delimiter);
      return 2;
    }
  database = open_database (options.database, &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  mapping = load_mapping (database, &options, &error);
  if (mapping == NULL && error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  importer = ido_importer_new (database);
  ido_importer_set_mapping (importer, mapping);
  ido_importer_set_dry_run (importer, options.dry_run);
  ido_importer_set_valid_only (importer, options.valid_only);
  ido_importer_set_default_place (importer, options.place);
  reader_options.encoding = options.encoding;
  reader_options.delimiter = delimiter;
  reader_options.sheet = options.sheet > 0 ? options.sheet - 1 : -1;
  ido_importer_set_reader_options (importer, &reader_options);
  if (options.fetch != NULL)
    return fetch_and_import (importer, &options);
  for (guint i = 0; options.files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options.files[i]);
      int file_status = import_one (importer, file, options.files[i], &options);

      status = MAX (status, file_status);
    }
  return status;
}

/* export */

/* Lists for colleagues: CSV for Dutch Excel or XLSX (src/report). */
static int
export_spreadsheet (const char *path,
                    const char *what,
                    const char *format,
                    const char *output)
{
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  IdoSpreadsheetList list;
  IdoSpreadsheetFormat spreadsheet_format = IDO_SPREADSHEET_CSV;
  guint n_rows = 0;

  if (!ido_spreadsheet_list_from_string (what, &list))
    {
      g_printerr (_("Unknown list “%s”; use observations, partners, agreements, targets, spending or actions.\n"),
                  what);
      return 2;
    }
  if (format != NULL && !ido_spreadsheet_format_from_string (format, &spreadsheet_format))
    {
      g_printerr (_("“%s” can be exported as csv or xlsx.\n"), what);
      return 2;
    }
  database = open_database (path, &error);
  if (database == NULL ||
      !ido_spreadsheet_write (database, list, spreadsheet_format, output, &n_rows, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row written to %s\n", "%u rows written to %s\n", n_rows),
           n_rows, output);
  return 0;
}


static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *what = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  IdoExportFormat export_format;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path, N_("Database file to use"), N_("FILE") },
    { "what", 'w', 0, G_OPTION_ARG_STRING, &what, N_("What to export: observations, partners, agreements, targets, spending or actions"),
      N_("WHAT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("csv, xlsx or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Export data in a stable format that “ido-regie import” reads back. "
                                  "Observations: CSV (UTF-8, comma, header period, place_key, "
                                  "municipality_code, municipality, library, location, inside_library, "
                                  "indicator, indicator_label, category, value) or JSON "
                                  "(format “ido-regie-observations”, version 1)."));
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
  if (what == NULL || output == NULL)
    {
      g_printerr ("%s\n", _("Give --what and --output."));
      return 2;
    }
  if (!g_str_equal (what, "observations") || (format != NULL && g_ascii_strcasecmp (format, "xlsx") == 0))
    return export_spreadsheet (path, what, format, output);
  if (format == NULL || g_ascii_strcasecmp (format, "csv") == 0)
    export_format = IDO_EXPORT_CSV;
  else if (g_ascii_strcasecmp (format, "json") == 0)
    export_format = IDO_EXPORT_JSON;
  else
    {
      g_printerr (_("Unknown format “%s”; use csv or json.\n"), format);
      return 2;
    }
  database = open_database (path, &error);
  file = g_file_new_for_commandline_arg (output);
  if (database == NULL || !ido_export_observations (database, export_format, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Observations written to %s\n"), output);
  return 0;
}

/* report */

static int
cmd_report (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *output = NULL;
  int year = 0;
  IdoReportOptions options = { IDO_REPORT_KIND_YEAR, 0, NULL, 0 };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path, N_("Database file to use"), N_("FILE") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("year (for the alderman), meeting (handout for the meeting "
                                                    "with the library) or factsheet"), N_("KIND") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year the report is about"), N_("YYYY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Write a report as PDF: the year report for the alderman, the handout "
                                           "for the periodic meeting with the library, or a one-page factsheet."));
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
  if (kind == NULL || year == 0 || output == NULL)
    {
      g_printerr ("%s\n", _("Give --kind, --year and --output."));
      return 2;
    }
  if (!ido_report_kind_from_string (kind, &options.kind))
    {
      g_printerr (_("Unknown report “%s”; use year, meeting or factsheet.\n"), kind);
      return 2;
    }
  options.year = year;
  database = open_database (path, &error);
  if (database == NULL || !ido_report_write_pdf (database, &options, output, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("Report written to %s\n"), output);
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

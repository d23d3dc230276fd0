/* ido-table-reader.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ido-csv-reader.h"
#include "ido-import-error.h"
#include "ido-json-reader.h"
#include "ido-sheet-reader.h"
#include "ido-table-reader.h"

#define SNIFF_SIZE 4096

G_DEFINE_INTERFACE (IdoTableReader, ido_table_reader, G_TYPE_OBJECT)

static void
ido_table_reader_default_init (IdoTableReaderInterface *iface)
{
}

/**
 * ido_table_reader_next_row:
 * @cells: (out) (transfer none): the cells of the next non-empty row, valid
 *   until the next call
 * @n_cells: (out): the number of cells
 *
 * Returns: %FALSE at the end of the table (@error unset) or on an error
 */
gboolean
ido_table_reader_next_row (IdoTableReader  *self,
                           const IdoCell  **cells,
                           guint           *n_cells,
                           GError         **error)
{
  g_return_val_if_fail (IDO_IS_TABLE_READER (self), FALSE);
  g_return_val_if_fail (cells != NULL && n_cells != NULL, FALSE);

  return IDO_TABLE_READER_GET_IFACE (self)->next_row (self, cells, n_cells, error);
}

/**
 * ido_table_reader_get_row_number:
 *
 * Returns: where the last row returned starts in the file: the physical line
 *   of a CSV file, the row of a sheet (both counted from 1)
 */
guint64
ido_table_reader_get_row_number (IdoTableReader *self)
{
  g_return_val_if_fail (IDO_IS_TABLE_READER (self), 0);

  return IDO_TABLE_READER_GET_IFACE (self)->get_row_number (self);
}

/**
 * ido_table_reader_get_progress:
 *
 * Returns: the part of the file read so far, 0 to 1
 */
double
ido_table_reader_get_progress (IdoTableReader *self)
{
  g_return_val_if_fail (IDO_IS_TABLE_READER (self), 0.0);

  return IDO_TABLE_READER_GET_IFACE (self)->get_progress (self);
}

/**
 * ido_table_reader_get_sha256:
 *
 * Returns: (nullable): the SHA-256 of the file's bytes once all rows have been
 *   read, else %NULL
 */
const char *
ido_table_reader_get_sha256 (IdoTableReader *self)
{
  g_return_val_if_fail (IDO_IS_TABLE_READER (self), NULL);

  return IDO_TABLE_READER_GET_IFACE (self)->get_sha256 (self);
}

IdoFileFormat
ido_table_reader_get_format (IdoTableReader *self)
{
  g_return_val_if_fail (IDO_IS_TABLE_READER (self), IDO_FILE_FORMAT_UNKNOWN);

  return IDO_TABLE_READER_GET_IFACE (self)->get_format (self);
}

const char *
ido_file_format_to_string (IdoFileFormat format)
{
  switch (format)
    {
    case IDO_FILE_FORMAT_CSV:
      return "csv";
    case IDO_FILE_FORMAT_XLSX:
      return "xlsx";
    case IDO_FILE_FORMAT_ODS:
      return "ods";
    case IDO_FILE_FORMAT_XLS:
      return "xls";
    case IDO_FILE_FORMAT_JSON:
      return "json";
    case IDO_FILE_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static gboolean
memmem_found (const guint8 *data,
              gsize         size,
              const char   *needle)
{
  gsize n = strlen (needle);

  if (size < n)
    return FALSE;
  for (gsize i = 0; i + n <= size; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }
  return FALSE;
}

static IdoFileFormat
format_from_magic (const guint8 *data,
                   gsize         size)
{
  static const guint8 ole[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
  gsize i = 0;

  if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      /* An ODS file stores its type uncompressed as the first entry. */
      if (memmem_found (data, MIN (size, 200), "application/vnd.oasis.opendocument.spreadsheet"))
        return IDO_FILE_FORMAT_ODS;
      return IDO_FILE_FORMAT_XLSX;
    }
  if (size >= sizeof ole && memcmp (data, ole, sizeof ole) == 0)
    return IDO_FILE_FORMAT_XLS;
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  if (i < size && data[i] == '{' && memmem_found (data, size, "\"ido-regie-observations\""))
    return IDO_FILE_FORMAT_JSON;
  return IDO_FILE_FORMAT_CSV;
}

/**
 * ido_table_reader_detect_format:
 *
 * Tells the file type from its first bytes, not from its name.
 */
IdoFileFormat
ido_table_reader_detect_format (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  guint8 data[SNIFF_SIZE];
  gsize size = 0;

  g_return_val_if_fail (G_IS_FILE (file), IDO_FILE_FORMAT_UNKNOWN);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return IDO_FILE_FORMAT_UNKNOWN;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data, sizeof data, &size, cancellable, error))
    return IDO_FILE_FORMAT_UNKNOWN;
  return format_from_magic (data, size);
}

static IdoTableReader *
open_csv (GFile                   *file,
          const IdoReaderOptions  *options,
          GCancellable            *cancellable,
          GError                 **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  IdoCsvReader *reader;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  reader = ido_csv_reader_new (G_INPUT_STREAM (stream), options->encoding, options->delimiter,
                               cancellable, error);
  if (reader == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL)
    ido_csv_reader_set_total_size (reader, g_file_info_get_size (info));
  return IDO_TABLE_READER (reader);
}

/**
 * ido_table_reader_open:
 * @file: a CSV file, a spreadsheet (XLSX, ODS, XLS) or an observations export
 * @options: (nullable): encoding, delimiter or sheet; %NULL to detect all
 *
 * Opens a reader of the right kind for @file's contents.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
IdoTableReader *
ido_table_reader_open (GFile                   *file,
                       const IdoReaderOptions  *options,
                       GCancellable            *cancellable,
                       GError                 **error)
{
  static const IdoReaderOptions defaults = IDO_READER_OPTIONS_INIT;
  g_autofree char *path = NULL;
  IdoFileFormat format;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (options == NULL)
    options = &defaults;
  format = ido_table_reader_detect_format (file, cancellable, error);
  switch (format)
    {
    case IDO_FILE_FORMAT_CSV:
      return open_csv (file, options, cancellable, error);
    case IDO_FILE_FORMAT_JSON:
      return IDO_TABLE_READER (ido_json_reader_new_for_file (file, cancellable, error));
    case IDO_FILE_FORMAT_XLSX:
    case IDO_FILE_FORMAT_ODS:
    case IDO_FILE_FORMAT_XLS:
      path = g_file_get_path (file);
      if (path == NULL)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                       _("Spreadsheets can only be read from a local file."));
          return NULL;
        }
      return IDO_TABLE_READER (ido_sheet_reader_new (path, format, options->sheet, options->sheet_name,
                                                     error));
    case IDO_FILE_FORMAT_UNKNOWN:
    default:
      return NULL;
    }
}

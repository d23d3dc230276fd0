/* ido-export.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ido-export.h"
#include "ido-import-error.h"

/* The formats are described in README-formats.md. Both are written row by
 * row in the order of the observation key index, so an export of a million
 * observations needs no more memory than one of ten. */

#define FLUSH_SIZE (64 * 1024)

static const char * const columns[] = {
  "period", "place_key", "municipality_code", "municipality", "library", "location",
  "inside_library", "indicator", "indicator_label", "category", "value",
};

static const IdoField column_fields[] = {
  IDO_FIELD_PERIOD, IDO_FIELD_PLACE_KEY, IDO_FIELD_MUNICIPALITY_CODE, IDO_FIELD_MUNICIPALITY,
  IDO_FIELD_LIBRARY, IDO_FIELD_LOCATION, IDO_FIELD_INSIDE_LIBRARY, IDO_FIELD_INDICATOR,
  IDO_FIELD_INDICATOR_LABEL, IDO_FIELD_CATEGORY, IDO_FIELD_VALUE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (columns) == G_N_ELEMENTS (column_fields));

enum { COL_PERIOD, COL_PLACE_KEY, COL_CODE, COL_MUNICIPALITY, COL_LIBRARY, COL_LOCATION, COL_INSIDE,
       COL_INDICATOR, COL_LABEL, COL_CATEGORY, COL_VALUE };

/**
 * ido_export_get_columns:
 * @n_columns: (out) (optional): the number of columns
 *
 * Returns: (transfer none) (array length=n_columns): the column names of the export
 */
const char * const *
ido_export_get_columns (guint *n_columns)
{
  if (n_columns != NULL)
    *n_columns = G_N_ELEMENTS (columns);
  return columns;
}

/**
 * ido_export_create_mapping:
 *
 * Returns: (transfer full): the mapping that reads an export back
 */
IdoMapping *
ido_export_create_mapping (void)
{
  IdoMapping *mapping = ido_mapping_new ();

  ido_mapping_set_name (mapping, "IDO Regie export");
  ido_mapping_set_headers (mapping, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    ido_mapping_set_column (mapping, i, column_fields[i], NULL, NULL);
  ido_mapping_set_notation (mapping, IDO_NOTATION_ENGLISH);
  ido_mapping_set_date_order (mapping, IDO_DATE_ORDER_NONE);
  return mapping;
}

gboolean
ido_export_is_signature (const char *signature)
{
  g_autofree char *ours = ido_header_signature (columns, G_N_ELEMENTS (columns));

  return g_strcmp0 (signature, ours) == 0;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? (const char *) text : "";
}

static void
append_csv (GString    *out,
            const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
append_value (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static const char *
inside_text (sqlite3_stmt *stmt)
{
  if (sqlite3_column_type (stmt, COL_INSIDE) == SQLITE_NULL)
    return "";
  return sqlite3_column_int (stmt, COL_INSIDE) ? "inside" : "outside";
}

static void
append_csv_row (GString      *out,
                sqlite3_stmt *stmt)
{
  for (int i = 0; i < (int) G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      if (i == COL_INSIDE)
        g_string_append (out, inside_text (stmt));
      else if (i == COL_VALUE)
        append_value (out, sqlite3_column_double (stmt, i));
      else
        append_csv (out, column_text (stmt, i));
    }
  g_string_append_c (out, '\n');
}

static void
append_json_row (GString      *out,
                 sqlite3_stmt *stmt,
                 gboolean      first)
{
  g_string_append (out, first ? "\n    {" : ",\n    {");
  for (int i = 0; i < (int) G_N_ELEMENTS (columns); i++)
    {
      g_string_append_printf (out, "%s\"%s\": ", i > 0 ? ", " : "", columns[i]);
      if (i == COL_INSIDE)
        g_string_append (out, sqlite3_column_type (stmt, i) == SQLITE_NULL ? "null"
                              : sqlite3_column_int (stmt, i) ? "true" : "false");
      else if (i == COL_VALUE)
        append_value (out, sqlite3_column_double (stmt, i));
      else if (sqlite3_column_type (stmt, i) == SQLITE_NULL && i != COL_CATEGORY)
        g_string_append (out, "null");
      else
        append_json_string (out, column_text (stmt, i));
    }
  g_string_append_c (out, '}');
}

static gboolean
flush (GOutputStream  *stream,
       GString        *out,
       GCancellable   *cancellable,
       GError        **error)
{
  if (!g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}

static void
append_header (GString         *out,
               IdoExportFormat  format)
{
  if (format == IDO_EXPORT_CSV)
    {
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "," : "", columns[i]);
      g_string_append_c (out, '\n');
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format_iso8601 (now);

      g_string_append_printf (out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"exported_at\": \"%s\",\n"
                              "  \"observations\": [", IDO_EXPORT_FORMAT, IDO_EXPORT_VERSION, stamp);
    }
}

/**
 * ido_export_observations_to_stream:
 *
 * Writes all observations in @format to @stream (which is not closed).
 */
gboolean
ido_export_observations_to_stream (IdoDatabase     *database,
                                   IdoExportFormat  format,
                                   GOutputStream   *stream,
                                   GCancellable    *cancellable,
                                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) out = g_string_sized_new (FLUSH_SIZE + 4096);
  g_autoptr(GError) local_error = NULL;
  gboolean has_row = FALSE;
  gboolean first = TRUE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  stmt = ido_database_prepare (database,
                               "SELECT o.period, o.place_key, m.code, m.name, l.name, loc.name, "
                               "o.inside_library, i.code, i.label, o.category, o.value "
                               "FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                               "LEFT JOIN municipality m ON m.id = o.municipality_id "
                               "LEFT JOIN library l ON l.id = o.library_id "
                               "LEFT JOIN location loc ON loc.id = o.location_id "
                               "ORDER BY o.period, o.place_key, o.indicator_id, o.category",
                               error);
  if (stmt == NULL)
    return FALSE;
  append_header (out, format);
  while (ido_database_step (database, stmt, &has_row, &local_error) && has_row)
    {
      if (format == IDO_EXPORT_CSV)
        append_csv_row (out, stmt);
      else
        append_json_row (out, stmt, first);
      first = FALSE;
      if (out->len >= FLUSH_SIZE && !flush (stream, out, cancellable, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (format == IDO_EXPORT_JSON)
    g_string_append (out, first ? "]\n}\n" : "\n  ]\n}\n");
  return flush (stream, out, cancellable, error);
}

/**
 * ido_export_observations:
 * @file: the file to write; replaced only when the export succeeded
 *
 * Returns: %FALSE with @error set when the export failed
 */
gboolean
ido_export_observations (IdoDatabase      *database,
                         IdoExportFormat   format,
                         GFile            *file,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if (!ido_export_observations_to_stream (database, format, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing a cancelled replace stream leaves the old file in place. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

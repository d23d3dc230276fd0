/* ido-table-reader.h: rows of cells from a CSV file, a spreadsheet or an export
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  IDO_CELL_EMPTY,
  IDO_CELL_TEXT,
  IDO_CELL_NUMBER,  /* a typed spreadsheet number; no notation to guess */
  IDO_CELL_DATE,    /* a typed spreadsheet date; text is "yyyy-mm-dd" (or with a time) */
} IdoCellType;

/* One cell of the current row. text is never NULL: for a number it is the
 * value in C notation ("1234.5"), for a date the ISO date. */
typedef struct
{
  IdoCellType  type;
  const char  *text;
  double       number;
} IdoCell;

typedef enum
{
  IDO_FILE_FORMAT_UNKNOWN,
  IDO_FILE_FORMAT_CSV,
  IDO_FILE_FORMAT_XLSX,
  IDO_FILE_FORMAT_ODS,
  IDO_FILE_FORMAT_XLS,
  IDO_FILE_FORMAT_JSON,   /* the observations export of IDO Regie */
} IdoFileFormat;

/* How to read a file; zero/NULL members mean "detect". */
typedef struct
{
  const char *encoding;    /* CSV: "UTF-8", "WINDOWS-1252", any iconv name */
  char        delimiter;   /* CSV: ';', ',' or '\t' */
  int         sheet;       /* spreadsheets: sheet index, -1 for the first (or sheet_name) */
  const char *sheet_name;  /* spreadsheets: sheet by name */
} IdoReaderOptions;

#define IDO_READER_OPTIONS_INIT { NULL, 0, -1, NULL }

#define IDO_TYPE_TABLE_READER (ido_table_reader_get_type ())

G_DECLARE_INTERFACE (IdoTableReader, ido_table_reader, IDO, TABLE_READER, GObject)

struct _IdoTableReaderInterface
{
  GTypeInterface parent_iface;

  gboolean    (*next_row)         (IdoTableReader  *self,
                                   const IdoCell  **cells,
                                   guint           *n_cells,
                                   GError         **error);
  guint64     (*get_row_number)   (IdoTableReader  *self);
  double      (*get_progress)     (IdoTableReader  *self);
  const char *(*get_sha256)       (IdoTableReader  *self);
  IdoFileFormat (*get_format)     (IdoTableReader  *self);
};

gboolean        ido_table_reader_next_row       (IdoTableReader          *self,
                                                 const IdoCell          **cells,
                                                 guint                   *n_cells,
                                                 GError                 **error);
guint64         ido_table_reader_get_row_number (IdoTableReader          *self);
double          ido_table_reader_get_progress   (IdoTableReader          *self);
const char     *ido_table_reader_get_sha256     (IdoTableReader          *self);
IdoFileFormat   ido_table_reader_get_format     (IdoTableReader          *self);

IdoFileFormat   ido_table_reader_detect_format  (GFile                   *file,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);
IdoTableReader *ido_table_reader_open           (GFile                   *file,
                                                 const IdoReaderOptions  *options,
                                                 GCancellable            *cancellable,
                                                 GError                 **error);
const char     *ido_file_format_to_string       (IdoFileFormat            format);

G_END_DECLS

/* ido-spreadsheet.c: lists as CSV for Dutch Excel and as XLSX
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "ido-action-entry.h"
#include "ido-agreement.h"
#include "ido-atomic-file.h"
#include "ido-database.h"
#include "ido-spreadsheet.h"
#include "ido-partner.h"
#include "ido-spuk.h"
#include "ido-sql-util.h"
#include "ido-target-query.h"
#include "ido-target-store.h"

typedef enum
{
  CELL_TEXT,
  CELL_INTEGER,
  CELL_NUMBER,      /* a decimal number, e.g. a satisfaction score */
  CELL_MONEY,       /* integer cents */
  CELL_DATE,        /* ISO date */
} CellType;

typedef struct
{
  const char *header;   /* translatable */
  CellType    type;
  guint       decimals;
} Column;

typedef struct
{
  gboolean  empty;
  char     *text;       /* text and dates */
  gint64    integer;    /* integers and cents */
  double    number;
} Cell;

typedef struct _Writer Writer;

struct _Writer
{
  gboolean (*header) (Writer *writer, const Column *columns, guint n, GError **error);
  gboolean (*row)    (Writer *writer, const Column *columns, const Cell *cells, guint n, GError **error);
  gboolean (*finish) (Writer *writer, GError **error);
  void     (*free)   (Writer *writer);
  guint     n_rows;
};

static const struct {
  const char *id;
  const char *label;
  const char *file_stem;
} lists[] = {
  [IDO_SPREADSHEET_PARTNERS] = { "partners", N_("Chain partners"), N_("chain-partners") },
  [IDO_SPREADSHEET_AGREEMENTS] = { "agreements", N_("Agreements"), N_("agreements") },
  [IDO_SPREADSHEET_TARGETS] = { "targets", N_("Performance targets with actual values"), N_("targets") },
  [IDO_SPREADSHEET_SPENDING] = { "spending", N_("SPUK spending"), N_("spending") },
  [IDO_SPREADSHEET_OBSERVATIONS] = { "observations", N_("Dashboard figures"), N_("dashboard-figures") },
  [IDO_SPREADSHEET_ACTIONS] = { "actions", N_("Action items"), N_("actions") },
};

const char *
ido_spreadsheet_list_to_string (IdoSpreadsheetList list)
{
  g_return_val_if_fail (list < IDO_SPREADSHEET_N_LISTS, NULL);

  return lists[list].id;
}

gboolean
ido_spreadsheet_list_from_string (const char    *text,
                             IdoSpreadsheetList *list)
{
  for (guint i = 0; i < IDO_SPREADSHEET_N_LISTS; i++)
    {
      if (g_strcmp0 (text, lists[i].id) == 0)
        {
          *list = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ido_spreadsheet_list_get_label (IdoSpreadsheetList list)
{
  g_return_val_if_fail (list < IDO_SPREADSHEET_N_LISTS, NULL);

  return _(lists[list].label);
}

gboolean
ido_spreadsheet_format_from_string (const char      *text,
                               IdoSpreadsheetFormat *format)
{
  if (g_strcmp0 (text, "csv") == 0)
    *format = IDO_SPREADSHEET_CSV;
  else if (g_strcmp0 (text, "xlsx") == 0)
    *format = IDO_SPREADSHEET_XLSX;
  else
    return FALSE;
  return TRUE;
}

/**
 * ido_spreadsheet_suggest_file_name:
 *
 * Returns: (transfer full): e.g. "chain-partners.xlsx" (translated)
 */
char *
ido_spreadsheet_suggest_file_name (IdoSpreadsheetList   list,
                              IdoSpreadsheetFormat format)
{
  g_return_val_if_fail (list < IDO_SPREADSHEET_N_LISTS, NULL);

  return g_strdup_printf ("%s.%s", _(lists[list].file_stem), format == IDO_SPREADSHEET_XLSX ? "xlsx" : "csv");
}

/* CSV */

typedef struct
{
  Writer         parent;
  IdoAtomicFile *file;
  GString       *line;
} CsvWriter;

static void
csv_append_field (GString    *line,
                  const char *text)
{
  if (strpbrk (text, ";\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* A number as Dutch Excel reads it: decimal comma, no thousands dots. */
static char *
csv_number (double value,
            guint  decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%uf", decimals);

  g_ascii_formatd (buffer, sizeof buffer, format, value);
  for (char *p = buffer; *p; p++)
    if (*p == '.')
      *p = ',';
  return g_strdup (buffer);
}

static char *
csv_date (const char *iso)
{
  int y, m, d;

  if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup (iso);
  return g_strdup_printf ("%02d-%02d-%04d", d, m, y);
}

static char *
csv_cell (const Column *column,
          const Cell   *cell)
{
  if (cell->empty)
    return g_strdup ("");
  switch (column->type)
    {
    case CELL_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->integer);
    case CELL_NUMBER:
      return csv_number (cell->number, column->decimals);
    case CELL_MONEY:
      return g_strdup_printf ("%s%" G_GINT64_FORMAT ",%02d", cell->integer < 0 ? "-" : "",
                              ABS (cell->integer) / 100, (int) (ABS (cell->integer) % 100));
    case CELL_DATE:
      return csv_date (cell->text);
    case CELL_TEXT:
    default:
      /* Text that Excel would take for a formula is kept as text. */
      if (cell->text[0] == '=' || cell->text[0] == '+' || cell->text[0] == '-' || cell->text[0] == '@')
        return g_strconcat ("'", cell->text, NULL);
      return g_strdup (cell->text);
    }
}

static gboolean
csv_write_line (CsvWriter  *self,
                GError    **error)
{
  FILE *stream = ido_atomic_file_get_stream (self->file);

  g_string_append (self->line, "\r\n");
  if (fwrite (self->line->str, 1, self->line->len, stream) != self->line->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the file: %s"), g_strerror (errno));
      return FALSE;
    }
  g_string_truncate (self->line, 0);
  return TRUE;
}

static gboolean
csv_header (Writer        *writer,
            const Column  *columns,
            guint          n,
            GError       **error)
{
  CsvWriter *self = (CsvWriter *) writer;
  static const char bom[] = "\xEF\xBB\xBF";

  if (fwrite (bom, 1, 3, ido_atomic_file_get_stream (self->file)) != 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the file: %s"), g_strerror (errno));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (self->line, ';');
      csv_append_field (self->line, _(columns[i].header));
    }
  return csv_write_line (self, error);
}

static gboolean
csv_row (Writer        *writer,
         const Column  *columns,
         const Cell    *cells,
         guint          n,
         GError       **error)
{
  CsvWriter *self = (CsvWriter *) writer;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = csv_cell (&columns[i], &cells[i]);

      if (i > 0)
        g_string_append_c (self->line, ';');
      csv_append_field (self->line, text);
    }
  return csv_write_line (self, error);
}

static gboolean
csv_finish (Writer  *writer,
            GError **error)
{
  CsvWriter *self = (CsvWriter *) writer;

  return ido_atomic_file_commit (self->file, error);
}

static void
csv_free (Writer *writer)
{
  CsvWriter *self = (CsvWriter *) writer;

  ido_atomic_file_free (self->file);
  g_string_free (self->line, TRUE);
  g_free (self);
}

static Writer *
csv_writer_new (const char  *path,
                GError     **error)
{
  IdoAtomicFile *file = ido_atomic_file_new (path, error);
  CsvWriter *self;

  if (file == NULL)
    return NULL;
  self = g_new0 (CsvWriter, 1);
  self->parent.header = csv_header;
  self->parent.row = csv_row;
  self->parent.finish = csv_finish;
  self->parent.free = csv_free;
  self->file = file;
  self->line = g_string_new (NULL);
  return &self->parent;
}

/* XLSX */

typedef struct
{
  Writer          parent;
  IdoAtomicFile  *file;
  lxw_workbook   *workbook;
  lxw_worksheet  *sheet;
  lxw_format     *bold;
  lxw_format     *date;
  lxw_format     *money;
  lxw_format     *integer;
  lxw_format     *decimals[4];
  lxw_format     *wrap;
  double         *widths;
  guint           n_columns;
  lxw_row_t       row;
  gboolean        streaming;    /* constant memory: widths fixed up front */
} XlsxWriter;

static gboolean
xlsx_check (lxw_error   status,
            GError    **error)
{
  if (status == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the spreadsheet: %s"),
               lxw_strerror (status));
  return FALSE;
}

static void
xlsx_widen (XlsxWriter *self,
            guint       column,
            const char *text)
{
  double width = MIN (g_utf8_strlen (text, -1) * 1.1 + 2, 60);

  self->widths[column] = MAX (self->widths[column], width);
}

static gboolean
xlsx_header (Writer        *writer,
             const Column  *columns,
             guint          n,
             GError       **error)
{
  XlsxWriter *self = (XlsxWriter *) writer;

  static const double widths[] = {
    [CELL_TEXT] = 24, [CELL_INTEGER] = 10, [CELL_NUMBER] = 12, [CELL_MONEY] = 14, [CELL_DATE] = 12,
  };

  self->n_columns = n;
  self->widths = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      xlsx_widen (self, i, _(columns[i].header));
      if (self->streaming)
        worksheet_set_column (self->sheet, i, i, MAX (self->widths[i], widths[columns[i].type]), NULL);
    }
  worksheet_freeze_panes (self->sheet, 1, 0);
  for (guint i = 0; i < n; i++)
    if (!xlsx_check (worksheet_write_string (self->sheet, 0, i, _(columns[i].header), self->bold), error))
      return FALSE;
  self->row = 1;
  return TRUE;
}

static lxw_format *
xlsx_number_format (XlsxWriter   *self,
                    const Column *column)
{
  switch (column->type)
    {
    case CELL_MONEY:
      return self->money;
    case CELL_INTEGER:
      return self->integer;
    case CELL_NUMBER:
      return self->decimals[MIN (column->decimals, 3)];
    case CELL_DATE:
      return self->date;
    case CELL_TEXT:
    default:
      return NULL;
    }
}

static lxw_error
xlsx_write_cell (XlsxWriter   *self,
                 guint         index,
                 const Column *column,
                 const Cell   *cell)
{
  lxw_datetime datetime = { 0 };

  if (cell->empty)
    return LXW_NO_ERROR;
  switch (column->type)
    {
    case CELL_INTEGER:
      xlsx_widen (self, index, "0000000");
      return worksheet_write_number (self->sheet, self->row, index, (double) cell->integer, self->integer);
    case CELL_MONEY:
      xlsx_widen (self, index, "€ 000.000,00");
      return worksheet_write_number (self->sheet, self->row, index, (double) cell->integer / 100.0, self->money);
    case CELL_NUMBER:
      xlsx_widen (self, index, "000000,0");
      return worksheet_write_number (self->sheet, self->row, index, cell->number, xlsx_number_format (self, column));
    case CELL_DATE:
      xlsx_widen (self, index, "00-00-0000");
      if (sscanf (cell->text, "%4d-%2d-%2d", &datetime.year, &datetime.month, &datetime.day) == 3)
        return worksheet_write_datetime (self->sheet, self->row, index, &datetime, self->date);
      return worksheet_write_string (self->sheet, self->row, index, cell->text, NULL);
    case CELL_TEXT:
    default:
      xlsx_widen (self, index, cell->text);
      return worksheet_write_string (self->sheet, self->row, index, cell->text,
                                     strchr (cell->text, '\n') != NULL ? self->wrap : NULL);
    }
}

static gboolean
xlsx_row (Writer        *writer,
          const Column  *columns,
          const Cell    *cells,
          guint          n,
          GError       **error)
{
  XlsxWriter *self = (XlsxWriter *) writer;

  for (guint i = 0; i < n; i++)
    if (!xlsx_check (xlsx_write_cell (self, i, &columns[i], &cells[i]), error))
      return FALSE;
  self->row++;
  return TRUE;
}

static gboolean
xlsx_finish (Writer  *writer,
             GError **error)
{
  XlsxWriter *self = (XlsxWriter *) writer;
  lxw_error status;

  for (guint i = 0; !self->streaming && i < self->n_columns; i++)
    worksheet_set_column (self->sheet, i, i, self->widths[i], NULL);
  if (self->n_columns > 0)
    worksheet_autofilter (self->sheet, 0, 0, MAX (self->row - 1, 1), self->n_columns - 1);
  status = workbook_close (g_steal_pointer (&self->workbook));
  return xlsx_check (status, error) && ido_atomic_file_commit (self->file, error);
}

static void
xlsx_free (Writer *writer)
{
  XlsxWriter *self = (XlsxWriter *) writer;

  if (self->workbook != NULL)
    workbook_close (self->workbook);
  ido_atomic_file_free (self->file);
  g_free (self->widths);
  g_free (self);
}

/* A worksheet name: at most 31 characters, none of []:*?/\ */
static char *
sheet_name (const char *label)
{
  g_autofree char *clean = g_strdup (label);

  g_strdelimit (clean, "[]:*?/\\", ' ');
  if (g_utf8_strlen (clean, -1) > 31)
    return g_utf8_substring (clean, 0, 31);
  return g_steal_pointer (&clean);
}

/* @streaming for long lists: rows go to disk as they come. */
static Writer *
xlsx_writer_new (const char     *path,
                 const char     *title,
                 gboolean        streaming,
                 GError        **error)
{
  IdoAtomicFile *file = ido_atomic_file_new (path, error);
  g_autofree char *name = sheet_name (title);
  lxw_workbook_options options = { .constant_memory = streaming ? LXW_TRUE : LXW_FALSE };
  g_autofree char *tmpdir = g_path_get_dirname (path);
  XlsxWriter *self;

  if (file == NULL)
    return NULL;
  self = g_new0 (XlsxWriter, 1);
  self->parent.header = xlsx_header;
  self->parent.row = xlsx_row;
  self->parent.finish = xlsx_finish;
  self->parent.free = xlsx_free;
  self->file = file;
  self->streaming = streaming;
  options.tmpdir = tmpdir;
  /* libxlsxwriter writes the file itself, at close: into our temporary file. */
  self->workbook = workbook_new_opt (ido_atomic_file_get_temp_path (file), &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not start the spreadsheet."));
      xlsx_free (&self->parent);
      return NULL;
    }
  self->sheet = workbook_add_worksheet (self->workbook, name);
  self->bold = workbook_add_format (self->workbook);
  format_set_bold (self->bold);
  self->date = workbook_add_format (self->workbook);
  format_set_num_format (self->date, "dd-mm-yyyy");
  self->money = workbook_add_format (self->workbook);
  format_set_num_format (self->money, "\"€\" #,##0.00");
  self->integer = workbook_add_format (self->workbook);
  format_set_num_format (self->integer, "#,##0");
  for (guint i = 0; i < G_N_ELEMENTS (self->decimals); i++)
    {
      static const char * const formats[] = { "#,##0", "#,##0.0", "#,##0.00", "#,##0.000" };

      self->decimals[i] = workbook_add_format (self->workbook);
      format_set_num_format (self->decimals[i], formats[i]);
    }
  self->wrap = workbook_add_format (self->workbook);
  format_set_text_wrap (self->wrap);
  return &self->parent;
}

/* Lists */

typedef struct
{
  IdoDatabase *database;
  Writer      *writer;
  char        *today;
} Export;

static void
cell_text (Cell       *cell,
           const char *text)
{
  cell->empty = text == NULL;
  cell->text = g_strdup (text != NULL ? text : "");
}

static void
cell_column_text (Cell         *cell,
                  sqlite3_stmt *stmt,
                  int           column)
{
  cell_text (cell, sqlite3_column_type (stmt, column) == SQLITE_NULL ? NULL
                                                                     : (const char *) sqlite3_column_text (stmt, column));
}

static void
cell_column_integer (Cell         *cell,
                     sqlite3_stmt *stmt,
                     int           column)
{
  cell->empty = sqlite3_column_type (stmt, column) == SQLITE_NULL;
  cell->integer = sqlite3_column_int64 (stmt, column);
}

static void
cell_column_number (Cell         *cell,
                    sqlite3_stmt *stmt,
                    int           column)
{
  cell->empty = sqlite3_column_type (stmt, column) == SQLITE_NULL;
  cell->number = sqlite3_column_double (stmt, column);
}

static void
cells_clear (Cell  *cells,
             guint  n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&cells[i].text, g_free);
  memset (cells, 0, n * sizeof (Cell));
}

static gboolean
write_row (Export        *export,
           const Column  *columns,
           Cell          *cells,
           guint          n,
           GError       **error)
{
  gboolean ok = export->writer->row (export->writer, columns, cells, n, error);

  cells_clear (cells, n);
  export->writer->n_rows++;
  return ok;
}

/* "devices,help-courses" -> "Devices; Help and courses" */
static char *
block_labels (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes != NULL ? codes : "", ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, ido_building_block_get_label (parts[i]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const Column partner_columns[] = {
  { N_("Name"), CELL_TEXT, 0 },
  { N_("Kind"), CELL_TEXT, 0 },
  { N_("Sector"), CELL_TEXT, 0 },
  { N_("Scope"), CELL_TEXT, 0 },
  { N_("Address"), CELL_TEXT, 0 },
  { N_("Website"), CELL_TEXT, 0 },
  { N_("Active"), CELL_TEXT, 0 },
  { N_("Ended on"), CELL_DATE, 0 },
  { N_("Contact persons"), CELL_TEXT, 0 },
  { N_("Building blocks"), CELL_TEXT, 0 },
  { N_("Referral agreements"), CELL_INTEGER, 0 },
  { N_("Notes"), CELL_TEXT, 0 },
  { N_("UUID"), CELL_TEXT, 0 },
};

static gboolean
export_partners (Export  *export,
                 GError **error)
{
  Cell cells[G_N_ELEMENTS (partner_columns)] = { { 0 } };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT p.name, p.kind, p.sector, p.scope, p.address, p.website, p.active, p.ended_on,"
                               " (SELECT group_concat(c.name"
                               "   || CASE WHEN c.function <> '' THEN ' (' || c.function || ')' ELSE '' END"
                               "   || CASE WHEN c.email <> '' THEN ', ' || c.email ELSE '' END"
                               "   || CASE WHEN c.phone <> '' THEN ', ' || c.phone ELSE '' END, '; ')"
                               "  FROM partner_contact c WHERE c.partner_id = p.id),"
                               " (SELECT group_concat(block, ',') FROM partner_building_block WHERE partner_id = p.id),"
                               " (SELECT count(*) FROM referral_agreement r WHERE r.partner_id = p.id),"
                               " p.notes, p.uuid"
                               " FROM partner p ORDER BY p.name COLLATE NOCASE, p.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      g_autofree char *blocks = block_labels ((const char *) sqlite3_column_text (stmt, 9));

      cell_column_text (&cells[0], stmt, 0);
      cell_text (&cells[1], ido_partner_kind_get_label ((const char *) sqlite3_column_text (stmt, 1)));
      cell_column_text (&cells[2], stmt, 2);
      cell_text (&cells[3], ido_partner_scope_get_label ((const char *) sqlite3_column_text (stmt, 3)));
      cell_column_text (&cells[4], stmt, 4);
      cell_column_text (&cells[5], stmt, 5);
      cell_text (&cells[6], sqlite3_column_int (stmt, 6) ? _("Yes") : _("No"));
      cell_column_text (&cells[7], stmt, 7);
      cell_column_text (&cells[8], stmt, 8);
      cell_text (&cells[9], blocks);
      cell_column_integer (&cells[10], stmt, 10);
      cell_column_text (&cells[11], stmt, 11);
      cell_column_text (&cells[12], stmt, 12);
      if (!write_row (export, partner_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return !has_row;
}

static const Column agreement_columns[] = {
  { N_("Title"), CELL_TEXT, 0 },
  { N_("Kind"), CELL_TEXT, 0 },
  { N_("Reference"), CELL_TEXT, 0 },
  { N_("Library organisation"), CELL_TEXT, 0 },
  { N_("Starts on"), CELL_DATE, 0 },
  { N_("Ends on"), CELL_DATE, 0 },
  { N_("Amount"), CELL_MONEY, 0 },
  { N_("Status"), CELL_TEXT, 0 },
  { N_("Parties"), CELL_TEXT, 0 },
  { N_("Products and services"), CELL_TEXT, 0 },
  { N_("Document"), CELL_TEXT, 0 },
  { N_("Notes"), CELL_TEXT, 0 },
  { N_("UUID"), CELL_TEXT, 0 },
};

static gboolean
export_agreements (Export  *export,
                   GError **error)
{
  Cell cells[G_N_ELEMENTS (agreement_columns)] = { { 0 } };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT a.title, a.kind, a.reference, l.name, a.starts_on, a.ends_on, a.amount_cents,"
                               " a.status,"
                               " (SELECT group_concat(coalesce(m.name, lb.name, p.name, ap.name), '; ')"
                               "  FROM agreement_party ap LEFT JOIN municipality m ON m.id = ap.municipality_id"
                               "  LEFT JOIN library lb ON lb.id = ap.library_id"
                               "  LEFT JOIN partner p ON p.id = ap.partner_id WHERE ap.agreement_id = a.id),"
                               " (SELECT group_concat(description, '; ') FROM (SELECT description"
                               "  FROM agreement_deliverable WHERE agreement_id = a.id ORDER BY position, id)),"
                               " a.document_uri, a.notes, a.uuid"
                               " FROM agreement a LEFT JOIN library l ON l.id = a.library_id"
                               " ORDER BY a.starts_on DESC, a.title, a.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      cell_column_text (&cells[0], stmt, 0);
      cell_text (&cells[1], ido_agreement_kind_get_label ((const char *) sqlite3_column_text (stmt, 1)));
      cell_column_text (&cells[2], stmt, 2);
      cell_column_text (&cells[3], stmt, 3);
      cell_column_text (&cells[4], stmt, 4);
      cell_column_text (&cells[5], stmt, 5);
      cell_column_integer (&cells[6], stmt, 6);
      cell_text (&cells[7], ido_agreement_status_get_label ((const char *) sqlite3_column_text (stmt, 7)));
      for (guint c = 8; c < 13; c++)
        cell_column_text (&cells[c], stmt, (int) c);
      if (!write_row (export, agreement_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return !has_row;
}

static const Column target_columns[] = {
  { N_("Target"), CELL_TEXT, 0 },
  { N_("Indicator"), CELL_TEXT, 0 },
  { N_("Category"), CELL_TEXT, 0 },
  { N_("Scope"), CELL_TEXT, 0 },
  { N_("Place"), CELL_TEXT, 0 },
  { N_("Period"), CELL_TEXT, 0 },
  { N_("Direction"), CELL_TEXT, 0 },
  { N_("Target value"), CELL_NUMBER, 2 },
  { N_("Baseline"), CELL_NUMBER, 2 },
  { N_("Baseline period"), CELL_TEXT, 0 },
  { N_("Goal"), CELL_NUMBER, 2 },
  { N_("Actual value"), CELL_NUMBER, 2 },
  { N_("Status"), CELL_TEXT, 0 },
  { N_("Rule"), CELL_TEXT, 0 },
  { N_("Agreement"), CELL_TEXT, 0 },
  { N_("Source"), CELL_TEXT, 0 },
  { N_("UUID"), CELL_TEXT, 0 },
};

static gboolean
export_targets (Export  *export,
                GError **error)
{
  Cell cells[G_N_ELEMENTS (target_columns)] = { { 0 } };
  g_autoptr(GPtrArray) targets = ido_target_list (export->database, error);

  if (targets == NULL)
    return FALSE;
  for (guint i = 0; i < targets->len; i++)
    {
      IdoTarget *target = g_ptr_array_index (targets, i);
      g_autoptr(IdoTargetResult) result = ido_target_evaluate_stored (export->database, target->id, NULL);
      gboolean has_actual = result != NULL && result->status != IDO_TARGET_STATUS_NO_DATA;

      cell_text (&cells[0], target->description);
      cell_text (&cells[1], target->indicator_label);
      cell_text (&cells[2], target->category);
      cell_text (&cells[3], ido_target_scope_get_label (target->scope));
      cell_text (&cells[4], target->scope_name);
      cell_text (&cells[5], target->period);
      cell_text (&cells[6], ido_target_direction_get_label (target->direction));
      cells[7].number = target->target_value;
      cells[8].empty = !target->has_baseline;
      cells[8].number = target->baseline_value;
      cell_text (&cells[9], target->baseline_period);
      cells[10].empty = result == NULL;
      cells[10].number = result != NULL ? result->goal : 0;
      cells[11].empty = !has_actual;
      cells[11].number = has_actual ? result->actual : 0;
      cell_text (&cells[12], ido_target_status_get_label (result ? result->status : IDO_TARGET_STATUS_NO_DATA));
      cell_text (&cells[13], result ? result->explanation : NULL);
      cell_text (&cells[14], target->agreement_title);
      cell_text (&cells[15], g_strcmp0 (target->source, "manual") == 0 ? _("Manual entry") : _("Dashboard"));
      cell_text (&cells[16], target->uuid);
      if (!write_row (export, target_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return TRUE;
}

static const Column spending_columns[] = {
  { N_("Year"), CELL_INTEGER, 0 },
  { N_("Date"), CELL_DATE, 0 },
  { N_("Category"), CELL_TEXT, 0 },
  { N_("Description"), CELL_TEXT, 0 },
  { N_("Amount"), CELL_MONEY, 0 },
  { N_("Agreement"), CELL_TEXT, 0 },
  { N_("UUID"), CELL_TEXT, 0 },
};

static gboolean
export_spending (Export  *export,
                 GError **error)
{
  Cell cells[G_N_ELEMENTS (spending_columns)] = { { 0 } };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT b.year, s.spent_on, s.category, s.description, s.amount_cents, a.title, s.uuid"
                               " FROM spending s JOIN budget_year b ON b.id = s.budget_year_id"
                               " LEFT JOIN agreement a ON a.id = s.agreement_id ORDER BY s.spent_on, s.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      IdoSpukCategory category = IDO_SPUK_CATEGORY_LIBRARY;

      cell_column_integer (&cells[0], stmt, 0);
      cell_column_text (&cells[1], stmt, 1);
      if (ido_spuk_category_from_string ((const char *) sqlite3_column_text (stmt, 2), &category, NULL))
        cell_text (&cells[2], ido_spuk_category_get_label (category));
      else
        cell_column_text (&cells[2], stmt, 2);
      cell_column_text (&cells[3], stmt, 3);
      cell_column_integer (&cells[4], stmt, 4);
      cell_column_text (&cells[5], stmt, 5);
      cell_column_text (&cells[6], stmt, 6);
      if (!write_row (export, spending_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return !has_row;
}

static const Column observation_columns[] = {
  { N_("Period"), CELL_TEXT, 0 },
  { N_("Place"), CELL_TEXT, 0 },
  { N_("Indicator"), CELL_TEXT, 0 },
  { N_("Category"), CELL_TEXT, 0 },
  { N_("Value"), CELL_NUMBER, 1 },
  { N_("Unit"), CELL_TEXT, 0 },
  { N_("Place key"), CELL_TEXT, 0 },
};

static gboolean
export_observations (Export  *export,
                     GError **error)
{
  Cell cells[G_N_ELEMENTS (observation_columns)] = { { 0 } };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT o.period, CASE WHEN o.place_key = 'national' THEN ?1"
                               "  ELSE coalesce(lo.name, l.name, m.name, o.place_key) END,"
                               " i.code, i.label, o.category, o.value, i.unit, o.place_key"
                               " FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                               " LEFT JOIN municipality m ON m.id = o.municipality_id"
                               " LEFT JOIN library l ON l.id = o.library_id"
                               " LEFT JOIN location lo ON lo.id = o.location_id"
                               " ORDER BY o.period, o.place_key, i.id, o.category",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, _("The Netherlands"));
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      cell_column_text (&cells[0], stmt, 0);
      cell_column_text (&cells[1], stmt, 1);
      cell_text (&cells[2], ido_indicator_get_label_for_code ((const char *) sqlite3_column_text (stmt, 2),
                                                               (const char *) sqlite3_column_text (stmt, 3)));
      cell_column_text (&cells[3], stmt, 4);
      cell_column_number (&cells[4], stmt, 5);
      cell_column_text (&cells[5], stmt, 6);
      cell_column_text (&cells[6], stmt, 7);
      if (!write_row (export, observation_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return !has_row;
}

static const Column action_columns[] = {
  { N_("Action"), CELL_TEXT, 0 },
  { N_("Role"), CELL_TEXT, 0 },
  { N_("Owner"), CELL_TEXT, 0 },
  { N_("Due on"), CELL_DATE, 0 },
  { N_("Done on"), CELL_DATE, 0 },
  { N_("Status"), CELL_TEXT, 0 },
  { N_("From"), CELL_TEXT, 0 },
  { N_("UUID"), CELL_TEXT, 0 },
};

static gboolean
export_actions (Export  *export,
                GError **error)
{
  Cell cells[G_N_ELEMENTS (action_columns)] = { { 0 } };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (export->database,
                               "SELECT ai.description, ai.role, ai.owner, ai.due_on, ai.done_on,"
                               " coalesce(m.title, s.description), ai.uuid"
                               " FROM action_item ai LEFT JOIN meeting m ON m.id = ai.meeting_id"
                               " LEFT JOIN signal s ON s.id = ai.signal_id"
                               " ORDER BY ai.done_on IS NOT NULL, ai.due_on IS NULL, ai.due_on, ai.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (export->database, stmt, &has_row, error) && has_row)
    {
      const char *due = (const char *) sqlite3_column_text (stmt, 3);
      const char *done = (const char *) sqlite3_column_text (stmt, 4);

      cell_column_text (&cells[0], stmt, 0);
      cell_text (&cells[1], ido_action_role_get_label ((const char *) sqlite3_column_text (stmt, 1)));
      cell_column_text (&cells[2], stmt, 2);
      cell_column_text (&cells[3], stmt, 3);
      cell_column_text (&cells[4], stmt, 4);
      cell_text (&cells[5], ido_action_group_get_label (ido_action_group_for (due, done, export->today)));
      cell_column_text (&cells[6], stmt, 5);
      cell_column_text (&cells[7], stmt, 6);
      if (!write_row (export, action_columns, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }
  return !has_row;
}

static const struct {
  const Column *columns;
  guint         n_columns;
  gboolean    (*fill) (Export *export, GError **error);
} fillers[] = {
  [IDO_SPREADSHEET_PARTNERS] = { partner_columns, G_N_ELEMENTS (partner_columns), export_partners },
  [IDO_SPREADSHEET_AGREEMENTS] = { agreement_columns, G_N_ELEMENTS (agreement_columns), export_agreements },
  [IDO_SPREADSHEET_TARGETS] = { target_columns, G_N_ELEMENTS (target_columns), export_targets },
  [IDO_SPREADSHEET_SPENDING] = { spending_columns, G_N_ELEMENTS (spending_columns), export_spending },
  [IDO_SPREADSHEET_OBSERVATIONS] = { observation_columns, G_N_ELEMENTS (observation_columns),
                                     export_observations },
  [IDO_SPREADSHEET_ACTIONS] = { action_columns, G_N_ELEMENTS (action_columns), export_actions },
};

/**
 * ido_spreadsheet_write:
 * @n_rows: (out) (optional): how many rows were written
 *
 * Writes the list to @path as CSV or XLSX; the file appears only when it is
 * complete (a temporary file renamed over it).
 */
gboolean
ido_spreadsheet_write (IdoDatabase      *database,
                  IdoSpreadsheetList     list,
                  IdoSpreadsheetFormat   format,
                  const char       *path,
                  guint            *n_rows,
                  GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  Export export = { database, NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (list < IDO_SPREADSHEET_N_LISTS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  export.writer = format == IDO_SPREADSHEET_XLSX ? xlsx_writer_new (path, ido_spreadsheet_list_get_label (list),
                                                                     list == IDO_SPREADSHEET_OBSERVATIONS, error)
                                                  : csv_writer_new (path, error);
  if (export.writer == NULL)
    return FALSE;
  export.today = g_date_time_format (now, "%Y-%m-%d");
  ok = export.writer->header (export.writer, fillers[list].columns, fillers[list].n_columns, error) &&
       fillers[list].fill (&export, error) &&
       export.writer->finish (export.writer, error);
  if (ok && n_rows != NULL)
    *n_rows = export.writer->n_rows;
  export.writer->free (export.writer);
  g_free (export.today);
  return ok;
}

typedef struct
{
  char            *database_path;
  IdoSpreadsheetList    list;
  IdoSpreadsheetFormat  format;
  char            *path;
} WriteData;

static void
write_data_free (gpointer user_data)
{
  WriteData *data = user_data;

  g_free (data->database_path);
  g_free (data->path);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  GError *error = NULL;
  guint n_rows = 0;

  database = ido_database_open (data->database_path, &error);
  if (database == NULL || !ido_spreadsheet_write (database, data->list, data->format, data->path, &n_rows, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n_rows);
}

/* In a thread with its own connection to the database at @database_path. */
void
ido_spreadsheet_write_async (const char          *database_path,
                        IdoSpreadsheetList        list,
                        IdoSpreadsheetFormat      format,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *data = g_new0 (WriteData, 1);

  data->database_path = g_strdup (database_path);
  data->list = list;
  data->format = format;
  data->path = g_strdup (path);
  g_task_set_source_tag (task, ido_spreadsheet_write_async);
  g_task_set_task_data (task, data, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
ido_spreadsheet_write_finish (GAsyncResult  *result,
                         guint         *n_rows,
                         GError       **error)
{
  GError *local = NULL;
  gssize n = g_task_propagate_int (G_TASK (result), &local);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (n_rows != NULL)
    *n_rows = (guint) n;
  return TRUE;
}

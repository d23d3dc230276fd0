/* ido-sheet-reader.c: XLSX, ODS and XLS through FreeXL
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <freexl.h>
#include <string.h>

#include "ido-import-error.h"
#include "ido-sheet-reader.h"

/* FreeXL parses the whole sheet when it is selected; spreadsheets from the
 * dashboard are small, and a CSV export is the way for very large files.
 * FreeXL allocates the cells of an XLS workbook by the dimensions the file
 * claims, so a damaged 2 KB file could ask for gigabytes (found by
 * fuzz-sheet), and it trusts the sector counts in the header of the
 * compound file the same way: both are checked first, the header here, the
 * dimensions with FreeXL's metadata-only open. For XLSX and ODS it
 * allocates each zip entry by the size the zip directory claims, so those
 * sizes are checked too. */

#define MAX_CELLS (4 * 1024 * 1024)
#define MAX_ZIP_ENTRY (200 * 1024 * 1024)

/* Sheets may claim far more rows and columns than they fill (LibreOffice
 * repeats empty rows and columns to the edge of the sheet). Cells are read
 * up to this many empty ones past the widest row so far, and reading stops
 * after this many empty rows in a row, so such a sheet costs no more than
 * its data (a damaged ODS took minutes without this; found by fuzz-sheet). */
#define EMPTY_COLUMNS_AHEAD 256
#define MAX_EMPTY_ROWS      10000

struct _IdoSheetReader
{
  GObject        parent_instance;
  const void    *handle;
  IdoFileFormat  format;
  guint          sheet;
  unsigned int   rows;
  unsigned short columns;
  unsigned int   next;      /* the next row to read, from 0 */
  unsigned int   width;     /* one past the last non-empty column seen */
  unsigned int   empty_rows;
  guint64        row_number;
  GArray        *cells;
  GPtrArray     *texts;     /* the texts of the current row's cells */
  char          *sha256;
};

static void ido_sheet_reader_table_reader_init (IdoTableReaderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoSheetReader, ido_sheet_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (IDO_TYPE_TABLE_READER,
                                                      ido_sheet_reader_table_reader_init))

static gboolean
set_freexl_error (GError     **error,
                  int          rc,
                  const char  *what)
{
  /* The file exists (it was hashed): FreeXL's "not found" means unreadable. */
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
               _("%s (FreeXL error %d). Save the file again in Excel or LibreOffice, or export it as CSV."),
               what, rc);
  return FALSE;
}

static const char *
store_text (IdoSheetReader *self,
            char           *text)
{
  g_ptr_array_add (self->texts, text);
  return text;
}

static void
fill_cell (IdoSheetReader         *self,
           IdoCell                *cell,
           const FreeXL_CellValue *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  cell->number = 0.0;
  switch (value->type)
    {
    case FREEXL_CELL_INT:
      cell->type = IDO_CELL_NUMBER;
      cell->number = value->value.int_value;
      cell->text = store_text (self, g_strdup_printf ("%d", value->value.int_value));
      break;
    case FREEXL_CELL_DOUBLE:
      cell->type = IDO_CELL_NUMBER;
      cell->number = value->value.double_value;
      cell->text = store_text (self, g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g",
                                                                value->value.double_value)));
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
      cell->type = value->value.text_value && *value->value.text_value ? IDO_CELL_TEXT : IDO_CELL_EMPTY;
      cell->text = store_text (self, g_utf8_make_valid (value->value.text_value ? value->value.text_value : "", -1));
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      cell->type = IDO_CELL_DATE;
      cell->text = store_text (self, g_strdup (value->value.text_value ? value->value.text_value : ""));
      break;
    case FREEXL_CELL_NULL:
    default:
      cell->type = IDO_CELL_EMPTY;
      cell->text = "";
      break;
    }
}

static gboolean
read_row (IdoSheetReader  *self,
          unsigned int     row,
          gboolean        *empty,
          GError         **error)
{
  unsigned int limit = MIN ((unsigned int) self->columns, self->width + EMPTY_COLUMNS_AHEAD);
  unsigned int used = 0;

  *empty = TRUE;
  g_ptr_array_set_size (self->texts, 0);
  g_array_set_size (self->cells, limit);
  for (unsigned int c = 0; c < limit; c++)
    {
      IdoCell *cell = &g_array_index (self->cells, IdoCell, c);
      FreeXL_CellValue value = { 0 };
      int rc = freexl_get_cell_value (self->handle, row, (unsigned short) c, &value);

      if (rc != FREEXL_OK)
        {
          self->row_number = row + 1;
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
                       _("Row %u: a cell cannot be read (FreeXL error %d)."), row + 1, rc);
          return FALSE;
        }
      fill_cell (self, cell, &value);
      if (cell->type != IDO_CELL_EMPTY)
        {
          *empty = FALSE;
          used = c + 1;
          limit = MIN ((unsigned int) self->columns, MAX (limit, used + EMPTY_COLUMNS_AHEAD));
          g_array_set_size (self->cells, limit);
        }
    }
  g_array_set_size (self->cells, used);
  self->width = MAX (self->width, used);
  return TRUE;
}

static gboolean
ido_sheet_reader_next_row (IdoTableReader  *reader,
                           const IdoCell  **cells,
                           guint           *n_cells,
                           GError         **error)
{
  IdoSheetReader *self = IDO_SHEET_READER (reader);

  *cells = NULL;
  *n_cells = 0;
  while (self->next < self->rows)
    {
      unsigned int row = self->next++;
      gboolean empty = TRUE;

      if (!read_row (self, row, &empty, error))
        return FALSE;
      if (empty && ++self->empty_rows >= MAX_EMPTY_ROWS)
        self->next = self->rows;
      if (empty)
        continue;
      self->empty_rows = 0;
      self->row_number = row + 1;
      *cells = (const IdoCell *) (gpointer) self->cells->data;
      *n_cells = self->cells->len;
      return TRUE;
    }
  return FALSE;
}

static guint64
ido_sheet_reader_get_row_number (IdoTableReader *reader)
{
  return IDO_SHEET_READER (reader)->row_number;
}

static double
ido_sheet_reader_get_progress (IdoTableReader *reader)
{
  IdoSheetReader *self = IDO_SHEET_READER (reader);

  return self->rows == 0 ? 1.0 : (double) self->next / (double) self->rows;
}

static const char *
ido_sheet_reader_get_sha256 (IdoTableReader *reader)
{
  IdoSheetReader *self = IDO_SHEET_READER (reader);

  return self->next >= self->rows ? self->sha256 : NULL;
}

static IdoFileFormat
ido_sheet_reader_get_format (IdoTableReader *reader)
{
  return IDO_SHEET_READER (reader)->format;
}

static void
ido_sheet_reader_table_reader_init (IdoTableReaderInterface *iface)
{
  iface->next_row = ido_sheet_reader_next_row;
  iface->get_row_number = ido_sheet_reader_get_row_number;
  iface->get_progress = ido_sheet_reader_get_progress;
  iface->get_sha256 = ido_sheet_reader_get_sha256;
  iface->get_format = ido_sheet_reader_get_format;
}

static void
ido_sheet_reader_finalize (GObject *object)
{
  IdoSheetReader *self = (IdoSheetReader *) object;

  if (self->handle != NULL)
    freexl_close (self->handle);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (ido_sheet_reader_parent_class)->finalize (object);
}

static void
ido_sheet_reader_class_init (IdoSheetReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_sheet_reader_finalize;
}

static void
ido_sheet_reader_init (IdoSheetReader *self)
{
  self->cells = g_array_new (FALSE, TRUE, sizeof (IdoCell));
  self->texts = g_ptr_array_new_with_free_func (g_free);
}

static char *
file_sha256 (const char  *path,
             GError     **error)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);

  if (mapped == NULL)
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                      (const guchar *) g_mapped_file_get_contents (mapped),
                                      g_mapped_file_get_length (mapped));
}

static guint32
read_le32 (const guint8 *data)
{
  return (guint32) data[0] | (guint32) data[1] << 8 | (guint32) data[2] << 16 | (guint32) data[3] << 24;
}

/* The sector that follows @sector in the FAT of a compound file, or
 * G_MAXUINT32 when the FAT does not say. Only the FAT sectors listed in the
 * header (the first 109, enough for a 7 MB file) are looked at. */
static guint32
cfb_next_sector (const guint8 *data,
                 gsize         size,
                 guint         shift,
                 guint32       sector)
{
  gsize per_sector = ((gsize) 1 << shift) / 4;
  gsize index = sector / per_sector;
  guint32 fat;
  guint64 offset;

  if (index >= 109)
    return G_MAXUINT32;
  fat = read_le32 (data + 0x4c + 4 * index);
  offset = ((guint64) fat + 1) * ((guint64) 1 << shift) + 4 * (sector % per_sector);
  if (offset + 4 > size)
    return G_MAXUINT32;
  return read_le32 (data + offset);
}

/* The FAT, mini FAT and DIFAT sector counts of a compound file header
 * cannot describe more sectors than the file has. The names in its
 * directory are at most 64 bytes: FreeXL 2.0 converts as many bytes as an
 * entry claims from a one-sector buffer on its stack, so a longer one made
 * it read far past that buffer (found by fuzz-sheet; this is the iconv
 * stack overflow seen once before). Every directory sector is checked, by
 * following its chain; a chain that cannot be followed is refused. */
static gboolean
cfb_header_is_sane (const char *path)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data;
  gsize size;
  guint shift;
  guint64 sectors;
  guint32 sector;

  if (mapped == NULL || g_mapped_file_get_length (mapped) < 512)
    return FALSE;
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  size = g_mapped_file_get_length (mapped);
  shift = (guint) data[0x1e] | (guint) data[0x1f] << 8;
  if (shift != 9 && shift != 12)
    return FALSE;
  sectors = size >> shift;
  if (read_le32 (data + 0x2c) > sectors || read_le32 (data + 0x40) > sectors ||
      read_le32 (data + 0x48) > sectors)
    return FALSE;
  sector = read_le32 (data + 0x30);
  for (guint64 n = 0; sector != 0xfffffffe; n++)
    {
      guint64 start = ((guint64) sector + 1) << shift;

      if (n >= sectors || start + ((guint64) 1 << shift) > size)
        return FALSE;
      for (guint64 entry = start; entry < start + ((guint64) 1 << shift); entry += 128)
        {
          guint name_length = (guint) data[entry + 0x40] | (guint) data[entry + 0x41] << 8;

          if (name_length > 64)
            return FALSE;
        }
      sector = cfb_next_sector (data, size, shift, sector);
    }
  return TRUE;
}

static guint16
read_le16 (const guint8 *data)
{
  return (guint16) (data[0] | data[1] << 8);
}

/* Every r="..." attribute in the tags of a worksheet is a cell or row
 * reference: up to three capital letters, then one to seven digits. FreeXL
 * 2.0 loops forever on a reference without a row number or with another
 * character in it (found by fuzz-sheet: "?1", "E ", "Dt"). */
static gboolean
xlsx_references_are_sane (const guint8 *xml,
                          gsize         length)
{
  gboolean in_tag = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gsize j = i + 1;
      guint letters = 0, digits = 0;
      guint8 quote;

      if (xml[i] == '<' || xml[i] == '>')
        in_tag = xml[i] == '<';
      if (!in_tag || i == 0 || xml[i] != 'r' || !g_ascii_isspace (xml[i - 1]))
        continue;
      while (j < length && g_ascii_isspace (xml[j]))
        j++;
      if (j >= length || xml[j] != '=')
        continue;
      j++;
      while (j < length && g_ascii_isspace (xml[j]))
        j++;
      if (j >= length || (xml[j] != '"' && xml[j] != '\''))
        continue;
      quote = xml[j++];
      for (; j < length && g_ascii_isupper (xml[j]); j++)
        letters++;
      for (; j < length && g_ascii_isdigit (xml[j]); j++)
        digits++;
      if (j >= length || xml[j] != quote || letters > 3 || digits == 0 || digits > 7)
        return FALSE;
    }
  return TRUE;
}

/* The contents of the zip entry whose central directory record is at
 * @central, stored or deflated, at most MAX_ZIP_ENTRY bytes. */
static GByteArray *
zip_entry_contents (const guint8 *data,
                    gsize         size,
                    const guint8 *central)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GConverter) inflater = NULL;
  guint32 compressed = read_le32 (central + 20);
  guint32 local = read_le32 (central + 42);
  gsize start, done = 0;

  if ((guint64) local + 30 > size || read_le32 (data + local) != 0x04034b50)
    return NULL;
  start = (gsize) local + 30 + read_le16 (data + local + 26) + read_le16 (data + local + 28);
  if (start > size || compressed > size - start)
    return NULL;
  if (read_le16 (central + 10) == 0)
    {
      g_byte_array_append (out, data + start, compressed);
      return g_steal_pointer (&out);
    }
  if (read_le16 (central + 10) != 8)
    return NULL;
  inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  for (;;)
    {
      guint8 buffer[16384];
      gsize read = 0, written = 0;
      GConverterResult result = g_converter_convert (inflater, data + start + done, compressed - done,
                                                     buffer, sizeof buffer, G_CONVERTER_INPUT_AT_END,
                                                     &read, &written, NULL);

      if (result == G_CONVERTER_ERROR || out->len + written > MAX_ZIP_ENTRY)
        return NULL;
      done += read;
      g_byte_array_append (out, buffer, (guint) written);
      if (result == G_CONVERTER_FINISHED)
        return g_steal_pointer (&out);
    }
}

/* The uncompressed sizes in the central directory of a zip file. A file
 * without a readable directory passes: FreeXL then refuses it itself.
 * For XLSX (@worksheets) the cell references of every worksheet are
 * checked as well; a worksheet that cannot be inflated is refused. */
static gboolean
zip_sizes_are_sane (const char  *path,
                    gboolean     worksheets,
                    GError     **error)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data, *eocd = NULL;
  gsize size, pos, stop;
  guint entries;

  if (mapped == NULL || g_mapped_file_get_length (mapped) < 22)
    return TRUE;
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  size = g_mapped_file_get_length (mapped);
  /* The end record: 22 bytes and a comment of up to 64 KiB. */
  stop = size - 22 > 65535 ? size - 22 - 65535 : 0;
  for (pos = size - 22; eocd == NULL; pos--)
    {
      if (read_le32 (data + pos) == 0x06054b50)
        eocd = data + pos;
      if (pos == stop)
        break;
    }
  if (eocd == NULL || read_le32 (eocd + 12) > (gsize) (eocd - data))
    return TRUE;
  entries = read_le16 (eocd + 10);
  /* Where the directory is, as minizip finds it: right before the end
   * record, whatever offset the record states (it allows data in front). */
  pos = (gsize) (eocd - data) - read_le32 (eocd + 12);
  for (guint i = 0; i < entries && pos + 46 <= size && read_le32 (data + pos) == 0x02014b50; i++)
    {
      const guint8 *p = data + pos;

      if (read_le32 (p + 24) > MAX_ZIP_ENTRY)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
                       _("The spreadsheet claims to be larger than IDO Regie can read. Save the file again in "
                         "Excel or LibreOffice, or export it as CSV."));
          return FALSE;
        }
      if (worksheets && pos + 46 + read_le16 (p + 28) <= size && read_le16 (p + 28) > 14 &&
          memcmp (p + 46, "xl/worksheets/", 14) == 0)
        {
          g_autoptr(GByteArray) xml = zip_entry_contents (data, size, p);

          if (xml == NULL || !xlsx_references_are_sane (xml->data, xml->len))
            return set_freexl_error (error, FREEXL_INVALID_XLSX, _("The spreadsheet cannot be opened"));
        }
      pos += 46 + (gsize) read_le16 (p + 28) + read_le16 (p + 30) + read_le16 (p + 32);
    }
  return TRUE;
}

/* Appends the sectors of the chain from @sector to @out, up to @length
 * bytes (all of the chain when @length is 0). FALSE when the chain breaks
 * off before. */
static gboolean
cfb_chain_append (const guint8 *data,
                  gsize         size,
                  guint         shift,
                  guint32       sector,
                  guint64       length,
                  GByteArray   *out)
{
  guint64 unit = (guint64) 1 << shift;

  for (guint64 n = 0; length == 0 || out->len < length; n++)
    {
      guint64 start = ((guint64) sector + 1) << shift;

      if (length == 0 && sector == 0xfffffffe)
        return TRUE;
      if (n > (size >> shift) || sector >= 0xfffffffa || start + unit > size)
        return FALSE;
      g_byte_array_append (out, data + start, (guint) unit);
      sector = cfb_next_sector (data, size, shift, sector);
    }
  g_byte_array_set_size (out, (guint) length);
  return TRUE;
}

/* The same for a stream in the mini stream, in 64-byte sectors. */
static gboolean
cfb_mini_chain_append (const GByteArray *mini_stream,
                       const GByteArray *mini_fat,
                       guint32           sector,
                       guint64           length,
                       GByteArray       *out)
{
  for (guint64 n = 0; out->len < length; n++)
    {
      guint64 start = (guint64) sector * 64;

      if (n > mini_stream->len / 64 || start + 64 > mini_stream->len || (guint64) sector * 4 + 4 > mini_fat->len)
        return FALSE;
      g_byte_array_append (out, mini_stream->data + start, 64);
      sector = read_le32 (mini_fat->data + (gsize) sector * 4);
    }
  g_byte_array_set_size (out, (guint) length);
  return TRUE;
}

/* A sheet of an XLS workbook has one DIMENSIONS record, before its cells.
 * FreeXL 2.0 frees a cell text twice when a second one follows the cells
 * (a double free, found by fuzz-sheet), so the workbook stream is read here
 * first and such a file is refused. */
static gboolean
cfb_workbook_is_sane (const char *path)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GByteArray) directory = g_byte_array_new ();
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  const guint8 *data, *root = NULL, *book = NULL;
  gsize size;
  guint shift;
  guint64 length;
  gboolean in_sheet = FALSE;
  guint dimensions = 0;

  if (mapped == NULL)
    return FALSE;
  data = (const guint8 *) g_mapped_file_get_contents (mapped);
  size = g_mapped_file_get_length (mapped);
  shift = read_le16 (data + 0x1e);
  /* The mini stream cutoff is 4096 bytes by the format's definition. */
  if (read_le32 (data + 0x38) != 4096 ||
      !cfb_chain_append (data, size, shift, read_le32 (data + 0x30), 0, directory))
    return FALSE;
  for (gsize entry = 0; entry + 128 <= directory->len; entry += 128)
    {
      const guint8 *e = directory->data + entry;
      guint name_length = read_le16 (e + 0x40);

      if (e[0x42] == 5 && root == NULL)
        root = e;
      else if (e[0x42] == 2 && book == NULL &&
               ((name_length == 18 && memcmp (e, "W\0o\0r\0k\0b\0o\0o\0k\0", 16) == 0) ||
                (name_length == 10 && memcmp (e, "B\0o\0o\0k\0", 8) == 0)))
        book = e;
    }
  /* Without a workbook stream FreeXL refuses the file itself. */
  if (book == NULL)
    return TRUE;
  length = read_le32 (book + 0x78);
  if (length > size)
    return FALSE;
  if (length < 4096)
    {
      g_autoptr(GByteArray) mini_stream = g_byte_array_new ();
      g_autoptr(GByteArray) mini_fat = g_byte_array_new ();

      if (root == NULL || read_le32 (root + 0x78) > size ||
          !cfb_chain_append (data, size, shift, read_le32 (root + 0x74), read_le32 (root + 0x78), mini_stream) ||
          !cfb_chain_append (data, size, shift, read_le32 (data + 0x3c), 0, mini_fat) ||
          !cfb_mini_chain_append (mini_stream, mini_fat, read_le32 (book + 0x74), length, stream))
        return FALSE;
    }
  else if (!cfb_chain_append (data, size, shift, read_le32 (book + 0x74), length, stream))
    return FALSE;

  for (gsize pos = 0; pos + 4 <= stream->len; pos += 4 + (gsize) read_le16 (stream->data + pos + 2))
    {
      guint16 type = read_le16 (stream->data + pos);

      if (type == 0x0809 || type == 0x0409 || type == 0x0209 || type == 0x0009)
        {
          in_sheet = TRUE;
          dimensions = 0;
        }
      else if (type == 0x000a)
        in_sheet = FALSE;
      else if (in_sheet && (type == 0x0200 || type == 0x0000) && ++dimensions > 1)
        return FALSE;
    }
  return TRUE;
}

static gboolean
xls_size_is_sane (const char  *path,
                  GError     **error)
{
  const void *handle = NULL;
  unsigned int sheets = 0;
  gboolean sane = cfb_header_is_sane (path) && cfb_workbook_is_sane (path);
  int rc = sane ? freexl_open_info (path, &handle) : FREEXL_INVALID_CFBF_HEADER;

  if (rc == FREEXL_OK && freexl_get_worksheets_count (handle, &sheets) == FREEXL_OK)
    {
      for (unsigned int i = 0; i < sheets && i <= G_MAXUINT16 && sane; i++)
        {
          unsigned int rows = 0;
          unsigned short columns = 0;

          if (freexl_select_active_worksheet (handle, (unsigned short) i) == FREEXL_OK &&
              freexl_worksheet_dimensions (handle, &rows, &columns) == FREEXL_OK)
            sane = (guint64) rows * MAX (columns, 1) <= MAX_CELLS;
        }
    }
  if (handle != NULL)
    freexl_close (handle);
  if (!sane)
    g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
                 _("The spreadsheet claims to be larger than IDO Regie can read. Save the file again in "
                   "Excel or LibreOffice, or export it as CSV."));
  return sane;
}

static gboolean
open_workbook (IdoSheetReader  *self,
               const char      *path,
               GError         **error)
{
  int rc;

  switch (self->format)
    {
    case IDO_FILE_FORMAT_XLSX:
      if (!zip_sizes_are_sane (path, TRUE, error))
        return FALSE;
      rc = freexl_open_xlsx (path, &self->handle);
      break;
    case IDO_FILE_FORMAT_ODS:
      if (!zip_sizes_are_sane (path, FALSE, error))
        return FALSE;
      rc = freexl_open_ods (path, &self->handle);
      break;
    case IDO_FILE_FORMAT_XLS:
      if (!xls_size_is_sane (path, error))
        return FALSE;
      rc = freexl_open (path, &self->handle);
      break;
    case IDO_FILE_FORMAT_CSV:
    case IDO_FILE_FORMAT_JSON:
    case IDO_FILE_FORMAT_UNKNOWN:
    default:
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                   _("This is not a spreadsheet."));
      return FALSE;
    }
  if (rc != FREEXL_OK)
    return set_freexl_error (error, rc, _("The spreadsheet cannot be opened"));
  /* FreeXL 2.0 looks up the shared string of an XLSX text cell without
   * checking that the table exists (found by fuzz-sheet: a file whose
   * sharedStrings part is missing crashes it). Excel always writes the
   * table when a sheet holds text, so a file without one is refused. */
  if (self->format == IDO_FILE_FORMAT_XLSX)
    {
      unsigned int strings = 0;

      if (freexl_get_strings_count (self->handle, &strings) != FREEXL_OK || strings == 0)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                       _("The spreadsheet has no text that can be read. Save the file again in Excel or "
                         "LibreOffice, or export it as CSV."));
          return FALSE;
        }
    }
  if (self->format == IDO_FILE_FORMAT_XLS)
    {
      unsigned int password = 0;

      if (freexl_get_info (self->handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
          password == FREEXL_BIFF_OBFUSCATED)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                       _("The spreadsheet is protected with a password. Save it without one."));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
find_sheet (IdoSheetReader  *self,
            int              sheet,
            const char      *sheet_name,
            GError         **error)
{
  unsigned int count = 0;
  int rc = freexl_get_worksheets_count (self->handle, &count);

  if (rc != FREEXL_OK)
    return set_freexl_error (error, rc, _("The sheets cannot be read"));
  if (sheet_name != NULL && *sheet_name != '\0')
    {
      for (unsigned int i = 0; i < count && i <= G_MAXUINT16; i++)
        {
          const char *name = NULL;

          if (freexl_get_worksheet_name (self->handle, (unsigned short) i, &name) == FREEXL_OK &&
              g_strcmp0 (name, sheet_name) == 0)
            {
              self->sheet = i;
              return TRUE;
            }
        }
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND,
                   _("The spreadsheet has no sheet “%s”."), sheet_name);
      return FALSE;
    }
  if (sheet < 0)
    sheet = 0;
  if ((unsigned int) sheet >= count || sheet > G_MAXUINT16)
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND,
                   _("The spreadsheet has no sheet %d."), sheet + 1);
      return FALSE;
    }
  self->sheet = (guint) sheet;
  return TRUE;
}

static gboolean
select_sheet (IdoSheetReader  *self,
              GError         **error)
{
  int rc = freexl_select_active_worksheet (self->handle, (unsigned short) self->sheet);

  if (rc != FREEXL_OK)
    return set_freexl_error (error, rc, _("The sheet cannot be read"));
  rc = freexl_worksheet_dimensions (self->handle, &self->rows, &self->columns);
  if (rc != FREEXL_OK)
    return set_freexl_error (error, rc, _("The sheet cannot be read"));
  return TRUE;
}

/**
 * ido_sheet_reader_new:
 * @path: the spreadsheet file
 * @format: %IDO_FILE_FORMAT_XLSX, %IDO_FILE_FORMAT_ODS or %IDO_FILE_FORMAT_XLS
 * @sheet: the sheet index, or -1 for the first
 * @sheet_name: (nullable): the sheet by name (wins over @sheet)
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
IdoSheetReader *
ido_sheet_reader_new (const char     *path,
                      IdoFileFormat   format,
                      int             sheet,
                      const char     *sheet_name,
                      GError        **error)
{
  g_autoptr(IdoSheetReader) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (IDO_TYPE_SHEET_READER, NULL);
  self->format = format;
  self->sha256 = file_sha256 (path, error);
  if (self->sha256 == NULL)
    return NULL;
  if (!open_workbook (self, path, error) ||
      !find_sheet (self, sheet, sheet_name, error) ||
      !select_sheet (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ido_sheet_reader_get_sheet_names:
 *
 * Returns: (transfer full): the names of the sheets, in order
 */
GStrv
ido_sheet_reader_get_sheet_names (IdoSheetReader *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  unsigned int count = 0;

  g_return_val_if_fail (IDO_IS_SHEET_READER (self), NULL);

  if (freexl_get_worksheets_count (self->handle, &count) == FREEXL_OK)
    {
      for (unsigned int i = 0; i < count && i <= G_MAXUINT16; i++)
        {
          const char *name = NULL;

          if (freexl_get_worksheet_name (self->handle, (unsigned short) i, &name) != FREEXL_OK || name == NULL)
            name = "";
          g_strv_builder_add (builder, name);
        }
    }
  return g_strv_builder_end (builder);
}

guint
ido_sheet_reader_get_sheet (IdoSheetReader *self)
{
  g_return_val_if_fail (IDO_IS_SHEET_READER (self), 0);
  return self->sheet;
}

/* ido-csv-reader.c: a streaming RFC 4180 reader
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ido-csv-reader.h"
#include "ido-import-error.h"

/* The file is read in chunks, transcoded to UTF-8 chunk by chunk and parsed
 * byte by byte; only the current record is held in memory. Quoted fields
 * may hold delimiters, doubled quotes and line breaks; CRLF, LF and a lone
 * CR all end a line, the last line may lack one; empty lines are skipped.
 * The encoding is detected on the first chunk: a BOM, else valid UTF-8,
 * else Windows-1252 (what Dutch Excel writes). A detected UTF-8 whose text
 * was plain ASCII so far switches to Windows-1252 at the first byte that is
 * not UTF-8 (both read ASCII the same, so nothing read before changes);
 * after real UTF-8 text such a byte is an error. The delimiter is the one
 * of ';', TAB and ',' that splits the first lines most consistently. */

#define CHUNK_SIZE      (64 * 1024)
#define MAX_RECORD_SIZE (1024 * 1024)
#define MAX_FIELDS      4096
#define SNIFF_LINES     20

typedef enum
{
  DECODE_UTF8,
  DECODE_CP1252,
  DECODE_CONVERTER,
} DecodeKind;

typedef enum
{
  STATE_START_FIELD,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED,
} ParseState;

struct _IdoCsvReader
{
  GObject            parent_instance;

  GInputStream      *stream;
  GCancellable      *cancellable;
  DecodeKind         decode;
  GCharsetConverter *converter;
  char              *encoding;
  gboolean           encoding_detected;  /* not given by the caller */
  gboolean           seen_non_ascii;     /* UTF-8 beyond ASCII was read */
  char               delimiter;

  guint8            *raw;
  GByteArray        *carry;      /* undecoded bytes of an incomplete character */
  gboolean           raw_eof;
  GString           *buf;        /* decoded UTF-8 */
  gsize              pos;
  gboolean           skip_lf;    /* the last character was a CR */

  GString           *record;     /* the fields of the current record, each nul-terminated */
  GArray            *starts;     /* offsets of the fields in record */
  GArray            *cells;
  guint64            line;
  guint64            row_line;

  goffset            consumed;
  goffset            total;
  GChecksum         *checksum;
  char              *sha256;
};

static void ido_csv_reader_table_reader_init (IdoTableReaderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoCsvReader, ido_csv_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (IDO_TYPE_TABLE_READER,
                                                      ido_csv_reader_table_reader_init))

/* Windows-1252 0x80-0x9F; the five unassigned bytes map to C1 controls as
 * Windows itself does. 0xA0-0xFF equal Latin-1 (and Unicode). */
static const gunichar cp1252_high[32] = {
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
};

static void
decode_cp1252 (GString      *out,
               const guint8 *data,
               gsize         size)
{
  for (gsize i = 0; i < size; i++)
    {
      guint8 b = data[i];

      if (b < 0x80)
        g_string_append_c (out, (char) b);
      else if (b < 0xa0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        {
          g_string_append_c (out, (char) (0xc0 | (b >> 6)));
          g_string_append_c (out, (char) (0x80 | (b & 0x3f)));
        }
    }
}

static gboolean
decode_converter (IdoCsvReader  *self,
                  const guint8  *data,
                  gsize          size,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize done = 0, in_size;
  char out[CHUNK_SIZE];

  g_byte_array_append (self->carry, data, (guint) size);
  in_size = self->carry->len;
  while (in_size > 0 || self->raw_eof)
    {
      const guint8 *in = in_size > 0 ? self->carry->data + done : NULL;
      gsize bytes_read = 0, bytes_written = 0;
      GConverterResult result;

      result = g_converter_convert (G_CONVERTER (self->converter), in, in_size, out, sizeof out,
                                    self->raw_eof ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                    &bytes_read, &bytes_written, &local_error);
      if (result == G_CONVERTER_ERROR)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) && !self->raw_eof)
            break;
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_ENCODING,
                       _("The file is not in the encoding %s (%s). Choose another encoding."),
                       self->encoding, local_error->message);
          return FALSE;
        }
      g_string_append_len (self->buf, out, (gssize) bytes_written);
      done += bytes_read;
      in_size -= bytes_read;
      if (result == G_CONVERTER_FINISHED || (bytes_read == 0 && bytes_written == 0))
        break;
    }
  g_byte_array_remove_range (self->carry, 0, (guint) done);
  return TRUE;
}

static gboolean
decode_append (IdoCsvReader  *self,
               const guint8  *data,
               gsize          size,
               GError       **error)
{
  switch (self->decode)
    {
    case DECODE_UTF8:
      g_string_append_len (self->buf, (const char *) data, (gssize) size);
      return TRUE;
    case DECODE_CP1252:
      decode_cp1252 (self->buf, data, size);
      return TRUE;
    case DECODE_CONVERTER:
    default:
      return decode_converter (self, data, size, error);
    }
}

static void
account_raw (IdoCsvReader *self,
             const guint8 *data,
             gsize         size)
{
  g_checksum_update (self->checksum, data, (gssize) size);
  self->consumed += (goffset) size;
  if (self->raw_eof && self->sha256 == NULL)
    self->sha256 = g_strdup (g_checksum_get_string (self->checksum));
}

/* Reads the next chunk and appends it, decoded, to buf. Returns FALSE on
 * error; at the end of the stream raw_eof is set. */
static gboolean
read_chunk (IdoCsvReader  *self,
            GError       **error)
{
  gssize n;

  if (self->pos > 0)
    {
      g_string_erase (self->buf, 0, (gssize) self->pos);
      self->pos = 0;
    }
  n = g_input_stream_read (self->stream, self->raw, CHUNK_SIZE, self->cancellable, error);
  if (n < 0)
    return FALSE;
  self->raw_eof = n == 0;
  account_raw (self, self->raw, (gsize) n);
  return decode_append (self, self->raw, (gsize) n, error);
}

/* Returns the next decoded byte, -1 at the end, -2 on error. */
static inline int
next_byte (IdoCsvReader  *self,
           GError       **error)
{
  while (self->pos >= self->buf->len)
    {
      if (self->raw_eof)
        return -1;
      if (!read_chunk (self, error))
        return -2;
    }
  return (guchar) self->buf->str[self->pos++];
}

/* Encoding detection */

static gboolean
utf8_truncated_tail (const guint8 *p,
                     const guint8 *end)
{
  gsize need;

  if (end - p >= 4)
    return FALSE;
  if (*p >= 0xc2 && *p <= 0xdf)
    need = 2;
  else if (*p >= 0xe0 && *p <= 0xef)
    need = 3;
  else if (*p >= 0xf0 && *p <= 0xf4)
    need = 4;
  else
    return FALSE;
  if ((gsize) (end - p) >= need)
    return FALSE;
  for (const guint8 *q = p + 1; q < end; q++)
    {
      if ((*q & 0xc0) != 0x80)
        return FALSE;
    }
  return TRUE;
}

static gboolean
prefix_is_utf8 (const guint8 *data,
                gsize         size)
{
  const char *end = NULL;

  if (g_utf8_validate_len ((const char *) data, size, &end))
    return TRUE;
  return *end != '\0' && utf8_truncated_tail ((const guint8 *) end, data + size);
}

static gboolean
is_cp1252_name (const char *name)
{
  static const char * const names[] = {
    "windows-1252", "cp1252", "win1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
    "iso-8859-15", "latin9", "ansi", NULL
  };

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (name, names[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
setup_decoder (IdoCsvReader  *self,
               const char    *encoding,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0)
    {
      self->decode = DECODE_UTF8;
      self->encoding = g_strdup ("UTF-8");
      return TRUE;
    }
  if (is_cp1252_name (encoding))
    {
      self->decode = DECODE_CP1252;
      self->encoding = g_strdup ("WINDOWS-1252");
      return TRUE;
    }
  self->converter = g_charset_converter_new ("UTF-8", encoding, &local_error);
  if (self->converter == NULL)
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                   _("The encoding “%s” is not supported."), encoding);
      return FALSE;
    }
  self->decode = DECODE_CONVERTER;
  self->encoding = g_ascii_strup (encoding, -1);
  return TRUE;
}

/* Picks the encoding from the first chunk; returns the length of a BOM. */
static gsize
detect_encoding (const guint8  *data,
                 gsize          size,
                 const char   **encoding)
{
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      *encoding = "UTF-8";
      return 3;
    }
  if (size >= 2 && data[0] == 0xff && data[1] == 0xfe)
    {
      *encoding = "UTF-16LE";
      return 2;
    }
  if (size >= 2 && data[0] == 0xfe && data[1] == 0xff)
    {
      *encoding = "UTF-16BE";
      return 2;
    }
  *encoding = prefix_is_utf8 (data, size) ? "UTF-8" : "WINDOWS-1252";
  return 0;
}

/* Delimiter sniffing over the first lines, outside quotes. */
static char
sniff_delimiter (const char *text,
                 gsize       size)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint counts[SNIFF_LINES][G_N_ELEMENTS (candidates)] = { { 0 } };
  guint lines = 0;
  gboolean quoted = FALSE;
  char best = ';';
  guint best_score = 0;

  for (gsize i = 0; i < size && lines < SNIFF_LINES; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (c == '\r' && i + 1 < size && text[i + 1] == '\n')
            i++;
          lines++;
        }
      else if (!quoted)
        {
          for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
            counts[lines][k] += c == candidates[k];
        }
    }
  if (lines < SNIFF_LINES)
    lines++;  /* the last, possibly unterminated line */
  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      guint header = counts[0][k];
      guint score = 0;

      if (header == 0)
        continue;
      /* Lines that split like the header count most; others still count a bit. */
      for (guint l = 0; l < lines; l++)
        score += counts[l][k] == header ? 4 : counts[l][k] > 0 ? 1 : 0;
      if (score > best_score)
        {
          best_score = score;
          best = candidates[k];
        }
    }
  return best;
}

static gboolean
read_first_chunk (IdoCsvReader  *self,
                  gsize         *size,
                  GError       **error)
{
  if (!g_input_stream_read_all (self->stream, self->raw, CHUNK_SIZE, size, self->cancellable, error))
    return FALSE;
  self->raw_eof = *size < CHUNK_SIZE;
  account_raw (self, self->raw, *size);
  return TRUE;
}

static gboolean
start (IdoCsvReader  *self,
       const char    *encoding,
       char           delimiter,
       GError       **error)
{
  const char *detected = NULL;
  gsize size = 0, bom;

  if (!read_first_chunk (self, &size, error))
    return FALSE;
  bom = detect_encoding (self->raw, size, &detected);
  /* A BOM says UTF-8 for sure; only a guess from the bytes may change later. */
  self->encoding_detected = (encoding == NULL || *encoding == '\0') && bom == 0;
  if (encoding == NULL || *encoding == '\0')
    encoding = detected;
  else if (bom > 0 && g_ascii_strcasecmp (encoding, detected) != 0)
    bom = 0;  /* the caller knows better; keep the bytes */
  if (!setup_decoder (self, encoding, error))
    return FALSE;
  if (!decode_append (self, self->raw + bom, size - bom, error))
    return FALSE;
  self->delimiter = delimiter != 0 ? delimiter : sniff_delimiter (self->buf->str, self->buf->len);
  return TRUE;
}

/* Parsing */

static gboolean
set_malformed (IdoCsvReader  *self,
               GError       **error,
               const char    *reason)
{
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
               _("Line %llu: %s"), (unsigned long long) self->row_line, reason);
  return FALSE;
}

static void
end_field (IdoCsvReader *self)
{
  guint next;

  g_string_append_c (self->record, '\0');
  next = (guint) self->record->len;
  g_array_append_val (self->starts, next);
}

static gboolean
append_byte (IdoCsvReader  *self,
             int            c,
             GError       **error)
{
  if (G_UNLIKELY (c == 0))
    return set_malformed (self, error, _("the file holds a NUL character; it is not a text file."));
  if (G_UNLIKELY (self->record->len >= MAX_RECORD_SIZE))
    return set_malformed (self, error,
                          _("this record is longer than 1 MB; a quote is probably never closed."));
  g_string_append_c (self->record, (char) c);
  return TRUE;
}

static gboolean
is_ascii (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if ((guchar) data[i] >= 0x80)
        return FALSE;
    }
  return TRUE;
}

/* Re-reads the current record and the undecoded rest of the buffer as
 * Windows-1252; see the top of this file. */
static void
switch_to_cp1252 (IdoCsvReader *self)
{
  g_autoptr(GString) record = g_string_sized_new (self->record->len * 2);
  g_autoptr(GString) rest = g_string_sized_new ((self->buf->len - self->pos) * 2);
  guint n = self->starts->len - 1;

  for (guint i = 0; i < n; i++)
    {
      guint start = g_array_index (self->starts, guint, i);
      guint end = g_array_index (self->starts, guint, i + 1) - 1;

      g_array_index (self->starts, guint, i) = (guint) record->len;
      decode_cp1252 (record, (const guint8 *) self->record->str + start, end - start);
      g_string_append_c (record, '\0');
    }
  g_array_index (self->starts, guint, n) = (guint) record->len;
  decode_cp1252 (rest, (const guint8 *) self->buf->str + self->pos, self->buf->len - self->pos);
  g_string_truncate (self->record, 0);
  g_string_append_len (self->record, record->str, (gssize) record->len);
  g_string_truncate (self->buf, 0);
  g_string_append_len (self->buf, rest->str, (gssize) rest->len);
  self->pos = 0;
  self->decode = DECODE_CP1252;
  g_free (self->encoding);
  self->encoding = g_strdup ("WINDOWS-1252");
}

static gboolean
validate_record (IdoCsvReader  *self,
                 GError       **error)
{
  guint n = self->starts->len - 1;

  if (n > MAX_FIELDS)
    return set_malformed (self, error, _("this record has too many fields."));
  if (self->decode != DECODE_UTF8 || is_ascii (self->record->str, self->record->len))
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      const char *text = self->record->str + g_array_index (self->starts, guint, i);

      if (!g_utf8_validate (text, -1, NULL) && self->encoding_detected && !self->seen_non_ascii)
        {
          switch_to_cp1252 (self);
          return TRUE;
        }
      if (!g_utf8_validate (text, -1, NULL))
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_ENCODING,
                       _("Line %llu is not valid UTF-8 text. The file is probably "
                         "in the Windows-1252 encoding: choose that encoding."),
                       (unsigned long long) self->row_line);
          return FALSE;
        }
    }
  self->seen_non_ascii = TRUE;
  return TRUE;
}

static void
build_cells (IdoCsvReader *self)
{
  guint n = self->starts->len - 1;

  g_array_set_size (self->cells, n);
  for (guint i = 0; i < n; i++)
    {
      IdoCell *cell = &g_array_index (self->cells, IdoCell, i);

      cell->text = self->record->str + g_array_index (self->starts, guint, i);
      cell->type = cell->text[0] == '\0' ? IDO_CELL_EMPTY : IDO_CELL_TEXT;
      cell->number = 0.0;
    }
}

static void
reset_record (IdoCsvReader *self)
{
  guint zero = 0;

  g_string_truncate (self->record, 0);
  g_array_set_size (self->starts, 0);
  g_array_append_val (self->starts, zero);
  self->row_line = self->line;
}

typedef enum
{
  RECORD_DONE,
  RECORD_EMPTY_LINE,
  RECORD_END_OF_FILE,
  RECORD_ERROR,
} RecordResult;

/* A line break: counts the line and tells whether the byte was one. */
static inline gboolean
is_line_break (IdoCsvReader *self,
               int           c)
{
  if (c == '\n')
    {
      self->line++;
      return TRUE;
    }
  if (c == '\r')
    {
      self->line++;
      self->skip_lf = TRUE;
      return TRUE;
    }
  return FALSE;
}

static RecordResult
finish_record (IdoCsvReader *self,
               gboolean      quoted)
{
  end_field (self);
  if (self->starts->len == 2 && self->record->len == 1 && !quoted)
    return RECORD_EMPTY_LINE;
  return RECORD_DONE;
}

/* Copies the run of ordinary bytes at the read position into the record
 * at once; the state machine below then only sees the bytes that matter. */
static gboolean
append_run (IdoCsvReader  *self,
            gboolean       quoted,
            GError       **error)
{
  const char *start = self->buf->str + self->pos;
  const char *end = self->buf->str + self->buf->len;
  const char *p = start;
  char delimiter = quoted ? '"' : self->delimiter;

  if (self->skip_lf)
    return TRUE;
  while (p < end && *p != delimiter && *p != '\n' && *p != '\r' && *p != '\0' && *p != '"')
    p++;
  if (p == start)
    return TRUE;
  if (G_UNLIKELY (self->record->len + (gsize) (p - start) >= MAX_RECORD_SIZE))
    return set_malformed (self, error,
                          _("this record is longer than 1 MB; a quote is probably never closed."));
  g_string_append_len (self->record, start, p - start);
  self->pos += (gsize) (p - start);
  return TRUE;
}

static RecordResult
parse_record (IdoCsvReader  *self,
              GError       **error)
{
  ParseState state = STATE_START_FIELD;
  gboolean quoted = FALSE;

  reset_record (self);
  for (;;)
    {
      int c;

      if ((state == STATE_UNQUOTED || state == STATE_QUOTED) &&
          !append_run (self, state == STATE_QUOTED, error))
        return RECORD_ERROR;
      c = next_byte (self, error);

      if (c == -2)
        return RECORD_ERROR;
      if (self->skip_lf)
        {
          self->skip_lf = FALSE;
          if (c == '\n')
            continue;
        }
      switch (state)
        {
        case STATE_START_FIELD:
          if (c == -1)
            {
              if (self->starts->len == 1)
                return RECORD_END_OF_FILE;
              return finish_record (self, quoted);
            }
          if (c == '"')
            {
              state = STATE_QUOTED;
              quoted = TRUE;
            }
          else if (c == self->delimiter)
            end_field (self);
          else if (is_line_break (self, c))
            return finish_record (self, quoted);
          else
            {
              if (!append_byte (self, c, error))
                return RECORD_ERROR;
              state = STATE_UNQUOTED;
            }
          break;

        case STATE_UNQUOTED:
          if (c == -1 || is_line_break (self, c))
            return finish_record (self, quoted);
          if (c == self->delimiter)
            {
              end_field (self);
              state = STATE_START_FIELD;
            }
          else if (!append_byte (self, c, error))
            return RECORD_ERROR;
          break;

        case STATE_QUOTED:
          if (c == -1)
            {
              set_malformed (self, error, _("a quoted field is never closed."));
              return RECORD_ERROR;
            }
          if (c == '"')
            state = STATE_QUOTE_IN_QUOTED;
          else if (is_line_break (self, c))
            {
              if (!append_byte (self, '\n', error))
                return RECORD_ERROR;
            }
          else if (!append_byte (self, c, error))
            return RECORD_ERROR;
          break;

        case STATE_QUOTE_IN_QUOTED:
        default:
          if (c == '"')
            {
              if (!append_byte (self, '"', error))
                return RECORD_ERROR;
              state = STATE_QUOTED;
            }
          else if (c == -1 || is_line_break (self, c))
            return finish_record (self, quoted);
          else if (c == self->delimiter)
            {
              end_field (self);
              state = STATE_START_FIELD;
            }
          else
            {
              /* Text after the closing quote: kept, as spreadsheets do. */
              if (!append_byte (self, c, error))
                return RECORD_ERROR;
              state = STATE_UNQUOTED;
            }
          break;
        }
    }
}

static gboolean
ido_csv_reader_next_row (IdoTableReader  *reader,
                         const IdoCell  **cells,
                         guint           *n_cells,
                         GError         **error)
{
  IdoCsvReader *self = IDO_CSV_READER (reader);
  RecordResult result;

  *cells = NULL;
  *n_cells = 0;
  do
    result = parse_record (self, error);
  while (result == RECORD_EMPTY_LINE);
  if (result == RECORD_ERROR || result == RECORD_END_OF_FILE)
    return FALSE;
  if (!validate_record (self, error))
    return FALSE;
  build_cells (self);
  *cells = (const IdoCell *) (gpointer) self->cells->data;
  *n_cells = self->cells->len;
  return TRUE;
}

static guint64
ido_csv_reader_get_row_number (IdoTableReader *reader)
{
  return IDO_CSV_READER (reader)->row_line;
}

static double
ido_csv_reader_get_progress (IdoTableReader *reader)
{
  IdoCsvReader *self = IDO_CSV_READER (reader);

  if (self->raw_eof)
    return 1.0;
  if (self->total <= 0)
    return 0.0;
  return CLAMP ((double) self->consumed / (double) self->total, 0.0, 1.0);
}

static const char *
ido_csv_reader_get_sha256 (IdoTableReader *reader)
{
  return IDO_CSV_READER (reader)->sha256;
}

static IdoFileFormat
ido_csv_reader_get_format (IdoTableReader *reader)
{
  return IDO_FILE_FORMAT_CSV;
}

static void
ido_csv_reader_table_reader_init (IdoTableReaderInterface *iface)
{
  iface->next_row = ido_csv_reader_next_row;
  iface->get_row_number = ido_csv_reader_get_row_number;
  iface->get_progress = ido_csv_reader_get_progress;
  iface->get_sha256 = ido_csv_reader_get_sha256;
  iface->get_format = ido_csv_reader_get_format;
}

static void
ido_csv_reader_finalize (GObject *object)
{
  IdoCsvReader *self = (IdoCsvReader *) object;

  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->converter);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->raw, g_free);
  g_clear_pointer (&self->carry, g_byte_array_unref);
  if (self->buf != NULL)
    g_string_free (self->buf, TRUE);
  if (self->record != NULL)
    g_string_free (self->record, TRUE);
  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->checksum, g_checksum_free);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (ido_csv_reader_parent_class)->finalize (object);
}

static void
ido_csv_reader_class_init (IdoCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_csv_reader_finalize;
}

static void
ido_csv_reader_init (IdoCsvReader *self)
{
  self->raw = g_malloc (CHUNK_SIZE);
  self->carry = g_byte_array_new ();
  self->buf = g_string_sized_new (CHUNK_SIZE * 2);
  self->record = g_string_sized_new (1024);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_array_new (FALSE, TRUE, sizeof (IdoCell));
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->line = 1;
}

/**
 * ido_csv_reader_new:
 * @stream: the file's contents
 * @encoding: (nullable): the encoding, or %NULL to detect it
 * @delimiter: ';', ',' or '\t', or 0 to detect it
 * @cancellable: (nullable): cancels reading
 *
 * Reads the first chunk of @stream to detect what was not given.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
IdoCsvReader *
ido_csv_reader_new (GInputStream  *stream,
                    const char    *encoding,
                    char           delimiter,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(IdoCsvReader) self = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\n' && delimiter != '\r', NULL);

  self = g_object_new (IDO_TYPE_CSV_READER, NULL);
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  if (!start (self, encoding, delimiter, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ido_csv_reader_get_encoding:
 *
 * Returns: the encoding in use ("UTF-8", "WINDOWS-1252", ...)
 */
const char *
ido_csv_reader_get_encoding (IdoCsvReader *self)
{
  g_return_val_if_fail (IDO_IS_CSV_READER (self), NULL);
  return self->encoding;
}

char
ido_csv_reader_get_delimiter (IdoCsvReader *self)
{
  g_return_val_if_fail (IDO_IS_CSV_READER (self), 0);
  return self->delimiter;
}

/**
 * ido_csv_reader_set_total_size:
 * @size: the size of the file in bytes, for progress
 */
void
ido_csv_reader_set_total_size (IdoCsvReader *self,
                               goffset       size)
{
  g_return_if_fail (IDO_IS_CSV_READER (self));
  self->total = size;
}

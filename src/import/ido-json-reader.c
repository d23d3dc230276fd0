/* ido-json-reader.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ido-export.h"
#include "ido-import-error.h"
#include "ido-json-reader.h"

/* Presents the JSON export as a table: first a header row with the export's
 * column names, then one row per observation. The file is parsed as a
 * whole (JSON is meant for exchanging dossiers, CSV for large files). */

struct _IdoJsonReader
{
  GObject     parent_instance;
  JsonParser *parser;
  JsonArray  *observations;
  guint       next;        /* 0 is the header row */
  GArray     *cells;
  GPtrArray  *texts;
  char       *sha256;
};

static void ido_json_reader_table_reader_init (IdoTableReaderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoJsonReader, ido_json_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (IDO_TYPE_TABLE_READER,
                                                      ido_json_reader_table_reader_init))

static void
set_cell (IdoJsonReader *self,
          IdoCell       *cell,
          JsonNode      *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  cell->type = IDO_CELL_EMPTY;
  cell->text = "";
  cell->number = 0.0;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      cell->text = json_node_get_string (node);
      cell->type = *cell->text ? IDO_CELL_TEXT : IDO_CELL_EMPTY;
      break;
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      cell->type = IDO_CELL_NUMBER;
      cell->number = json_node_get_double (node);
      cell->text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", cell->number));
      g_ptr_array_add (self->texts, (char *) cell->text);
      break;
    case G_TYPE_BOOLEAN:
      cell->type = IDO_CELL_TEXT;
      cell->text = json_node_get_boolean (node) ? "inside" : "outside";
      break;
    default:
      break;
    }
}

static gboolean
ido_json_reader_next_row (IdoTableReader  *reader,
                          const IdoCell  **cells,
                          guint           *n_cells,
                          GError         **error)
{
  IdoJsonReader *self = IDO_JSON_READER (reader);
  guint n = 0;
  const char * const *names = ido_export_get_columns (&n);
  JsonNode *element;

  *cells = NULL;
  *n_cells = 0;
  if (self->next > json_array_get_length (self->observations))
    return FALSE;
  g_ptr_array_set_size (self->texts, 0);
  g_array_set_size (self->cells, n);
  if (self->next == 0)
    {
      for (guint i = 0; i < n; i++)
        {
          IdoCell *cell = &g_array_index (self->cells, IdoCell, i);

          cell->type = IDO_CELL_TEXT;
          cell->text = names[i];
        }
    }
  else
    {
      element = json_array_get_element (self->observations, self->next - 1);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
                       _("Observation %u of the export is not an object."), self->next);
          return FALSE;
        }
      for (guint i = 0; i < n; i++)
        set_cell (self, &g_array_index (self->cells, IdoCell, i),
                  json_object_get_member (json_node_get_object (element), names[i]));
    }
  self->next++;
  *cells = (const IdoCell *) (gpointer) self->cells->data;
  *n_cells = n;
  return TRUE;
}

static guint64
ido_json_reader_get_row_number (IdoTableReader *reader)
{
  /* The header is row 1, the first observation row 2, as in the CSV export. */
  return IDO_JSON_READER (reader)->next;
}

static double
ido_json_reader_get_progress (IdoTableReader *reader)
{
  IdoJsonReader *self = IDO_JSON_READER (reader);
  guint n = json_array_get_length (self->observations);

  return n == 0 ? 1.0 : MIN (1.0, (double) self->next / (double) (n + 1));
}

static const char *
ido_json_reader_get_sha256 (IdoTableReader *reader)
{
  return IDO_JSON_READER (reader)->sha256;
}

static IdoFileFormat
ido_json_reader_get_format (IdoTableReader *reader)
{
  return IDO_FILE_FORMAT_JSON;
}

static void
ido_json_reader_table_reader_init (IdoTableReaderInterface *iface)
{
  iface->next_row = ido_json_reader_next_row;
  iface->get_row_number = ido_json_reader_get_row_number;
  iface->get_progress = ido_json_reader_get_progress;
  iface->get_sha256 = ido_json_reader_get_sha256;
  iface->get_format = ido_json_reader_get_format;
}

static void
ido_json_reader_finalize (GObject *object)
{
  IdoJsonReader *self = (IdoJsonReader *) object;

  g_clear_object (&self->parser);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (ido_json_reader_parent_class)->finalize (object);
}

static void
ido_json_reader_class_init (IdoJsonReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_json_reader_finalize;
}

static void
ido_json_reader_init (IdoJsonReader *self)
{
  /* Not immutable: json-glib aborts on some malformed input with it. */
  self->parser = json_parser_new ();
  self->cells = g_array_new (FALSE, TRUE, sizeof (IdoCell));
  self->texts = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
load (IdoJsonReader  *self,
      const char     *data,
      gssize          length,
      GError        **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root, *format, *observations;
  JsonObject *object;

  if (length < 0)
    length = (gssize) strlen (data);
  self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, (gsize) length);
  if (!json_parser_load_from_data (self->parser, data, length, &parse_error))
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MALFORMED,
                   _("The export cannot be read: %s"), parse_error->message);
      return FALSE;
    }
  root = json_parser_get_root (self->parser);
  object = root && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  format = object ? json_object_get_member (object, "format") : NULL;
  observations = object ? json_object_get_member (object, "observations") : NULL;
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), IDO_EXPORT_FORMAT) != 0 ||
      observations == NULL || !JSON_NODE_HOLDS_ARRAY (observations))
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_UNSUPPORTED,
                   _("This JSON file is not an observations export of IDO Regie."));
      return FALSE;
    }
  self->observations = json_node_get_array (observations);
  return TRUE;
}

/**
 * ido_json_reader_new_for_data:
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
IdoJsonReader *
ido_json_reader_new_for_data (const char  *data,
                              gssize       length,
                              GError     **error)
{
  g_autoptr(IdoJsonReader) self = g_object_new (IDO_TYPE_JSON_READER, NULL);

  g_return_val_if_fail (data != NULL, NULL);

  if (!load (self, data, length, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ido_json_reader_new_for_file:
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
IdoJsonReader *
ido_json_reader_new_for_file (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, error))
    return NULL;
  return ido_json_reader_new_for_data (data, (gssize) length, error);
}

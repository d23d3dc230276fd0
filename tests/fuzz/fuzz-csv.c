/* fuzz-csv.c: the streaming CSV reader on any bytes
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ido-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* The first byte picks how the reader is told to read the rest: detect
 * everything, or a given encoding or delimiter. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char * const encodings[] = { NULL, "WINDOWS-1252", "UTF-8", "UTF-16LE", NULL, NULL };
  static const char delimiters[] = { 0, 0, 0, 0, ';', '\t' };
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(IdoCsvReader) reader = NULL;
  const IdoCell *cells = NULL;
  guint n = 0, mode;

  if (size == 0)
    return 0;
  mode = data[0] % G_N_ELEMENTS (encodings);
  stream = g_memory_input_stream_new_from_data (data + 1, (gssize) size - 1, NULL);
  reader = ido_csv_reader_new (stream, encodings[mode], delimiters[mode], NULL, NULL);
  if (reader == NULL)
    return 0;
  while (ido_table_reader_next_row (IDO_TABLE_READER (reader), &cells, &n, NULL))
    {
      for (guint i = 0; i < n; i++)
        g_assert (g_utf8_validate (cells[i].text, -1, NULL));
    }
  return 0;
}

/* fuzz-sheet.c: XLSX (and ODS, XLS) through FreeXL
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ido-sheet-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* FreeXL reads files only: each input is written to one file per process. */
static const char *
input_path (void)
{
  static char *path;

  if (path == NULL)
    path = g_strdup_printf ("%s/ido-fuzz-sheet-%d", g_get_tmp_dir (), (int) getpid ());
  return path;
}

static void
read_all (IdoFileFormat format)
{
  g_autoptr(IdoSheetReader) reader = ido_sheet_reader_new (input_path (), format, -1, NULL, NULL);
  g_auto(GStrv) names = NULL;
  const IdoCell *cells = NULL;
  guint n = 0;

  if (reader == NULL)
    return;
  names = ido_sheet_reader_get_sheet_names (reader);
  while (ido_table_reader_next_row (IDO_TABLE_READER (reader), &cells, &n, NULL))
    {
      for (guint i = 0; i < n; i++)
        g_assert (g_utf8_validate (cells[i].text, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GFile) file = NULL;
  IdoFileFormat format;

  if (!g_file_set_contents (input_path (), (const char *) data, (gssize) size, NULL))
    return 0;
  file = g_file_new_for_path (input_path ());
  format = ido_table_reader_detect_format (file, NULL, NULL);
  /* Most inputs are zip files: XLSX is what this target is about. */
  read_all (format == IDO_FILE_FORMAT_ODS || format == IDO_FILE_FORMAT_XLS ? format : IDO_FILE_FORMAT_XLSX);
  return 0;
}

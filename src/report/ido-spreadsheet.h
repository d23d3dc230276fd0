/* ido-spreadsheet.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Lists the contact person hands to colleagues as a spreadsheet. */
typedef enum
{
  IDO_SPREADSHEET_PARTNERS,
  IDO_SPREADSHEET_AGREEMENTS,
  IDO_SPREADSHEET_TARGETS,        /* with their actual values and status */
  IDO_SPREADSHEET_SPENDING,
  IDO_SPREADSHEET_OBSERVATIONS,
  IDO_SPREADSHEET_ACTIONS,
  IDO_SPREADSHEET_N_LISTS
} IdoSpreadsheetList;

typedef enum
{
  IDO_SPREADSHEET_CSV,    /* Dutch Excel: ";", UTF-8 with BOM, decimal comma, CRLF */
  IDO_SPREADSHEET_XLSX,
} IdoSpreadsheetFormat;

const char *ido_spreadsheet_list_to_string     (IdoSpreadsheetList     list);
gboolean    ido_spreadsheet_list_from_string   (const char       *text,
                                           IdoSpreadsheetList    *list);
const char *ido_spreadsheet_list_get_label     (IdoSpreadsheetList     list);
gboolean    ido_spreadsheet_format_from_string (const char       *text,
                                           IdoSpreadsheetFormat  *format);
char       *ido_spreadsheet_suggest_file_name  (IdoSpreadsheetList     list,
                                           IdoSpreadsheetFormat   format);
gboolean    ido_spreadsheet_write              (IdoDatabase      *database,
                                           IdoSpreadsheetList     list,
                                           IdoSpreadsheetFormat   format,
                                           const char       *path,
                                           guint            *n_rows,
                                           GError          **error);
void        ido_spreadsheet_write_async        (const char       *database_path,
                                           IdoSpreadsheetList     list,
                                           IdoSpreadsheetFormat   format,
                                           const char       *path,
                                           GCancellable     *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer          user_data);
gboolean    ido_spreadsheet_write_finish       (GAsyncResult     *result,
                                           guint            *n_rows,
                                           GError          **error);

G_END_DECLS

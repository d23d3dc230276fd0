/* ido-import-error.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define IDO_IMPORT_ERROR (ido_import_error_quark ())

typedef enum
{
  IDO_IMPORT_ERROR_INVALID_VALUE,  /* a cell does not hold what its column needs */
  IDO_IMPORT_ERROR_AMBIGUOUS,      /* a value can be read in two ways; declare the notation */
  IDO_IMPORT_ERROR_ENCODING,       /* the text is not in the declared encoding */
  IDO_IMPORT_ERROR_MALFORMED,      /* the file breaks its format (unclosed quote, ...) */
  IDO_IMPORT_ERROR_UNSUPPORTED,    /* a file type or sheet that cannot be read */
  IDO_IMPORT_ERROR_MAPPING,        /* the mapping is incomplete or contradicts itself */
  IDO_IMPORT_ERROR_REJECTED,       /* rows were rejected, so nothing was imported */
  IDO_IMPORT_ERROR_NOT_FOUND,      /* a preset or batch that does not exist */
  IDO_IMPORT_ERROR_REVERT,         /* a batch cannot be reverted */
  IDO_IMPORT_ERROR_FILE_CHANGED,   /* the file is not the one that was checked */
} IdoImportError;

GQuark ido_import_error_quark (void);

G_END_DECLS

/* ido-sisa.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-spuk.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* The lines of the SPUK year summary as the SiSa accountability (single
 * information, single audit) in the annual accounts asks for them. The
 * regulation's SiSa code and indicator labels are not known to us, so the
 * user sets them in the preferences; they are kept in the dossier. */
typedef enum
{
  IDO_SISA_LINE_ALLOCATION,
  IDO_SISA_LINE_RESERVED_FROM_PREVIOUS,
  IDO_SISA_LINE_SPENT_LIBRARY,
  IDO_SISA_LINE_SPENT_PROMOTION,
  IDO_SISA_LINE_SPENT_NETWORK,
  IDO_SISA_LINE_SPENT_TOTAL,
  IDO_SISA_LINE_UNSPENT,
  IDO_SISA_LINE_RESERVED_FOR_NEXT,
  IDO_SISA_LINE_TO_REPAY,
  IDO_SISA_LINE_OVERSPENT,
  IDO_SISA_N_LINES
} IdoSisaLine;

typedef struct
{
  IdoSisaLine  line;
  char        *code;       /* the indicator code the user set, or "" */
  char        *label;      /* the user's label, or the default */
  gint64       amount;     /* cents */
} IdoSisaRow;

typedef struct
{
  int        year;
  char      *regulation_code;   /* "" when not set */
  gboolean   no_spuk;           /* financed through the gemeentefonds */
  gboolean   allocation_is_estimate;
  GPtrArray *rows;              /* IdoSisaRow, in IdoSisaLine order */
} IdoSisaTable;

const char   *ido_sisa_line_get_key            (IdoSisaLine      line);
const char   *ido_sisa_line_get_default_label  (IdoSisaLine      line);
char         *ido_sisa_dup_code                (IdoDatabase     *database,
                                                IdoSisaLine      line);
char         *ido_sisa_dup_label               (IdoDatabase     *database,
                                                IdoSisaLine      line);
gboolean      ido_sisa_set_line                (IdoDatabase     *database,
                                                IdoSisaLine      line,
                                                const char      *code,
                                                const char      *label,
                                                GError         **error);
char         *ido_sisa_dup_regulation_code     (IdoDatabase     *database);
gboolean      ido_sisa_set_regulation_code     (IdoDatabase     *database,
                                                const char      *code,
                                                GError         **error);

IdoSisaTable *ido_sisa_table_new               (IdoDatabase     *database,
                                                const IdoSpukSummary *summary);
IdoSisaTable *ido_sisa_table_load              (IdoDatabase     *database,
                                                int              year,
                                                GError         **error);
void          ido_sisa_table_free              (IdoSisaTable    *table);
char         *ido_sisa_table_to_text           (const IdoSisaTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoSisaTable, ido_sisa_table_free)

G_END_DECLS

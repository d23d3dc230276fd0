/* ido-report-document-private.h: the blocks, for the layout
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  IDO_REPORT_BLOCK_TITLE,
  IDO_REPORT_BLOCK_HEADING,
  IDO_REPORT_BLOCK_SUBHEADING,
  IDO_REPORT_BLOCK_PARAGRAPH,
  IDO_REPORT_BLOCK_BULLET,
  IDO_REPORT_BLOCK_NOTE,
  IDO_REPORT_BLOCK_CALLOUT,
  IDO_REPORT_BLOCK_FIGURES,     /* big numbers with a label, in a grid */
  IDO_REPORT_BLOCK_KEY_VALUES,
  IDO_REPORT_BLOCK_TABLE,
  IDO_REPORT_BLOCK_CHART,
  IDO_REPORT_BLOCK_PAGE_BREAK,
} IdoReportBlockKind;

typedef struct
{
  char           *header;
  IdoReportAlign  align;
  double          weight;       /* share of the width; 0 = fit the content */
} IdoReportColumn;

typedef struct
{
  IdoReportRowStyle   style;
  char              **cells;
} IdoReportRow;

struct _IdoReportTable
{
  guint            n_columns;
  IdoReportColumn *columns;
  GPtrArray       *rows;        /* IdoReportRow */
  gboolean         has_header;
};

typedef struct
{
  IdoReportBlockKind  kind;
  char               *text;
  char               *text2;       /* subtitle of a title; label of a figure */
  gboolean            attention;
  IdoReportTable     *table;       /* key values, figures and tables */
  double              height;      /* charts */
  IdoReportDrawFunc   draw_func;
  gpointer            user_data;
  GDestroyNotify      destroy;
} IdoReportBlock;

const IdoReportBlock *ido_report_document_get_block (IdoReportDocument *self,
                                                     guint              index);

G_END_DECLS

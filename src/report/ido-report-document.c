/* ido-report-document.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-report-document-private.h"

struct _IdoReportDocument
{
  GObject    parent_instance;

  char      *title;
  char      *running_head;
  char      *date_text;
  gboolean   single_page;
  GPtrArray *blocks;            /* IdoReportBlock */
};

G_DEFINE_FINAL_TYPE (IdoReportDocument, ido_report_document, G_TYPE_OBJECT)

static void
row_free (gpointer data)
{
  IdoReportRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static IdoReportTable *
table_new (guint n_columns)
{
  IdoReportTable *table = g_new0 (IdoReportTable, 1);

  table->n_columns = n_columns;
  table->columns = g_new0 (IdoReportColumn, n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < n_columns; i++)
    table->columns[i].align = IDO_REPORT_ALIGN_START;
  return table;
}

static void
table_free (IdoReportTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->columns[i].header);
  g_free (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (gpointer data)
{
  IdoReportBlock *block = data;

  g_free (block->text);
  g_free (block->text2);
  table_free (block->table);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_free (block);
}

static IdoReportBlock *
append_block (IdoReportDocument  *self,
              IdoReportBlockKind  kind,
              const char         *text)
{
  IdoReportBlock *block = g_new0 (IdoReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (self->blocks, block);
  return block;
}

static IdoReportBlock *
last_block_of_kind (IdoReportDocument  *self,
                    IdoReportBlockKind  kind)
{
  IdoReportBlock *last;

  if (self->blocks->len == 0)
    return NULL;
  last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  return last->kind == kind ? last : NULL;
}

static void
ido_report_document_finalize (GObject *object)
{
  IdoReportDocument *self = (IdoReportDocument *) object;

  g_free (self->title);
  g_free (self->running_head);
  g_free (self->date_text);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (ido_report_document_parent_class)->finalize (object);
}

static void
ido_report_document_class_init (IdoReportDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_report_document_finalize;
}

static void
ido_report_document_init (IdoReportDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/**
 * ido_report_document_new:
 * @title: the document title (PDF metadata, print job name)
 *
 * Returns: (transfer full): an empty document
 */
IdoReportDocument *
ido_report_document_new (const char *title)
{
  IdoReportDocument *self = g_object_new (IDO_TYPE_REPORT_DOCUMENT, NULL);

  self->title = g_strdup (title != NULL ? title : "");
  self->running_head = g_strdup (self->title);
  self->date_text = g_strdup ("");
  return self;
}

const char *
ido_report_document_get_title (IdoReportDocument *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), NULL);

  return self->title;
}

/* The text at the top of every page but the first, e.g. "Voorbeeld · IDO
 * year report 2025". */
void
ido_report_document_set_running_head (IdoReportDocument *self,
                                      const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));

  g_free (self->running_head);
  self->running_head = g_strdup (text != NULL ? text : "");
}

const char *
ido_report_document_get_running_head (IdoReportDocument *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), NULL);

  return self->running_head;
}

/* The date the report was made, printed in the footer of every page. */
void
ido_report_document_set_date_text (IdoReportDocument *self,
                                   const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));

  g_free (self->date_text);
  self->date_text = g_strdup (text != NULL ? text : "");
}

const char *
ido_report_document_get_date_text (IdoReportDocument *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), NULL);

  return self->date_text;
}

/* A single-page document (the factsheet) has no page numbers. */
void
ido_report_document_set_single_page (IdoReportDocument *self,
                                     gboolean           single_page)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));

  self->single_page = !!single_page;
}

gboolean
ido_report_document_get_single_page (IdoReportDocument *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), FALSE);

  return self->single_page;
}

void
ido_report_document_add_title (IdoReportDocument *self,
                               const char        *title,
                               const char        *subtitle)
{
  IdoReportBlock *block;

  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (title != NULL);

  block = append_block (self, IDO_REPORT_BLOCK_TITLE, title);
  block->text2 = g_strdup (subtitle);
}

void
ido_report_document_add_heading (IdoReportDocument *self,
                                 const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  append_block (self, IDO_REPORT_BLOCK_HEADING, text);
}

void
ido_report_document_add_subheading (IdoReportDocument *self,
                                    const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  append_block (self, IDO_REPORT_BLOCK_SUBHEADING, text);
}

/* Plain text: it is escaped, never read as markup. */
void
ido_report_document_add_paragraph (IdoReportDocument *self,
                                   const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  append_block (self, IDO_REPORT_BLOCK_PARAGRAPH, text);
}

void
ido_report_document_add_bullet (IdoReportDocument *self,
                                const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  append_block (self, IDO_REPORT_BLOCK_BULLET, text);
}

/* Small print: sources, explanations of rules. */
void
ido_report_document_add_note (IdoReportDocument *self,
                              const char        *text)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  append_block (self, IDO_REPORT_BLOCK_NOTE, text);
}

/* A framed remark; @attention draws it in the warning colour. */
void
ido_report_document_add_callout (IdoReportDocument *self,
                                 const char        *text,
                                 gboolean           attention)
{
  IdoReportBlock *block;

  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = append_block (self, IDO_REPORT_BLOCK_CALLOUT, text);
  block->attention = !!attention;
}

/* A key figure ("1.234" / "questions"); consecutive figures share a row. */
void
ido_report_document_add_figure (IdoReportDocument *self,
                                const char        *value,
                                const char        *label)
{
  IdoReportBlock *block;

  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (value != NULL && label != NULL);

  block = last_block_of_kind (self, IDO_REPORT_BLOCK_FIGURES);
  if (block == NULL)
    {
      block = append_block (self, IDO_REPORT_BLOCK_FIGURES, NULL);
      block->table = table_new (2);
    }
  ido_report_table_add_row (block->table, IDO_REPORT_ROW_NORMAL, value, label, NULL);
}

/* Consecutive key-value pairs form one two-column table without header. */
void
ido_report_document_add_key_value (IdoReportDocument *self,
                                   const char        *key,
                                   const char        *value)
{
  IdoReportBlock *block;

  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (key != NULL);

  block = last_block_of_kind (self, IDO_REPORT_BLOCK_KEY_VALUES);
  if (block == NULL)
    {
      block = append_block (self, IDO_REPORT_BLOCK_KEY_VALUES, NULL);
      block->table = table_new (2);
      block->table->columns[0].weight = 0.4;
      block->table->columns[1].weight = 0.6;
    }
  ido_report_table_add_row (block->table, IDO_REPORT_ROW_NORMAL, key, value != NULL ? value : "", NULL);
}

/**
 * ido_report_document_add_table:
 *
 * A data table; its header row repeats on every page it spans.
 *
 * Returns: (transfer none): the table, to fill
 */
IdoReportTable *
ido_report_document_add_table (IdoReportDocument *self,
                               guint              n_columns)
{
  IdoReportBlock *block;

  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = append_block (self, IDO_REPORT_BLOCK_TABLE, NULL);
  block->table = table_new (n_columns);
  return block->table;
}

/* @description is the text equivalent, used where a chart cannot be drawn
 * and by tests. */
void
ido_report_document_add_chart (IdoReportDocument *self,
                               double             height,
                               IdoReportDrawFunc  draw_func,
                               gpointer           user_data,
                               GDestroyNotify     destroy,
                               const char        *description)
{
  IdoReportBlock *block;

  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (draw_func != NULL);
  g_return_if_fail (height > 0);

  block = append_block (self, IDO_REPORT_BLOCK_CHART, description);
  block->height = height;
  block->draw_func = draw_func;
  block->user_data = user_data;
  block->destroy = destroy;
}

void
ido_report_document_add_page_break (IdoReportDocument *self)
{
  g_return_if_fail (IDO_IS_REPORT_DOCUMENT (self));

  append_block (self, IDO_REPORT_BLOCK_PAGE_BREAK, NULL);
}

guint
ido_report_document_get_n_blocks (IdoReportDocument *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), 0);

  return self->blocks->len;
}

const IdoReportBlock *
ido_report_document_get_block (IdoReportDocument *self,
                               guint              index)
{
  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

/* @weight is the share of the page width; 0 sizes the column to its widest
 * cell. */
void
ido_report_table_set_column (IdoReportTable *table,
                             guint           column,
                             const char     *header,
                             IdoReportAlign  align,
                             double          weight)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  g_free (table->columns[column].header);
  table->columns[column].header = g_strdup (header);
  table->columns[column].align = align;
  table->columns[column].weight = MAX (weight, 0);
  if (header != NULL)
    table->has_header = TRUE;
}

void
ido_report_table_add_rowv (IdoReportTable     *table,
                           IdoReportRowStyle   style,
                           const char * const *cells)
{
  IdoReportRow *row;
  guint i;

  g_return_if_fail (table != NULL);

  row = g_new0 (IdoReportRow, 1);
  row->style = style;
  row->cells = g_new0 (char *, table->n_columns + 1);
  for (i = 0; i < table->n_columns && cells != NULL && cells[i] != NULL; i++)
    row->cells[i] = g_strdup (cells[i]);
  for (; i < table->n_columns; i++)
    row->cells[i] = g_strdup ("");
  g_ptr_array_add (table->rows, row);
}

/* The cells as a NULL-terminated list of strings; missing cells are empty. */
void
ido_report_table_add_row (IdoReportTable    *table,
                          IdoReportRowStyle  style,
                          ...)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  const char *cell;
  va_list args;

  g_return_if_fail (table != NULL);

  va_start (args, style);
  while ((cell = va_arg (args, const char *)) != NULL && cells->len < table->n_columns)
    g_ptr_array_add (cells, (gpointer) cell);
  va_end (args);
  g_ptr_array_add (cells, NULL);
  ido_report_table_add_rowv (table, style, (const char * const *) cells->pdata);
}

guint
ido_report_table_get_n_rows (IdoReportTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

/* ido-report-layout.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "ido-atomic-file.h"
#include "ido-report-document-private.h"
#include "ido-report-layout.h"

/* Pagination happens once, in ido_report_layout_new(), with a font map of
 * our own at 72 dpi and without hinting: text is measured in points whatever
 * the target, so the PDF and the printout break pages at the same places. */

#define MARGIN_X        56.7
#define CONTENT_TOP     62.0
#define CONTENT_BOTTOM  62.0
#define CELL_PAD_X      4.0
#define CELL_PAD_Y      3.0
#define FIGURE_GAP      8.0
#define FIGURES_PER_ROW 4
#define CELL_MAX_LINES  8

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0.14, 0.14, 0.16 };
static const Rgb grey = { 0.37, 0.36, 0.40 };
static const Rgb accent = { 0.10, 0.31, 0.56 };
static const Rgb attention_ink = { 0.70, 0.11, 0.16 };
static const Rgb rule = { 0.80, 0.80, 0.83 };
static const Rgb header_fill = { 0.91, 0.92, 0.94 };
static const Rgb tile_fill = { 0.92, 0.95, 0.98 };
static const Rgb callout_fill = { 0.93, 0.96, 0.99 };
static const Rgb attention_fill = { 0.99, 0.93, 0.91 };

typedef enum
{
  ITEM_TEXT,
  ITEM_RECT,
  ITEM_LINE,
  ITEM_CHART,
} ItemKind;

typedef struct
{
  ItemKind              kind;
  double                x, y, w, h;   /* lines: from (x, y) to (x + w, y + h) */
  Rgb                   color;
  PangoLayout          *layout;
  int                   first_line;
  int                   n_lines;
  const IdoReportBlock *block;
} Item;

struct _IdoReportLayout
{
  GObject            parent_instance;

  IdoReportDocument *document;
  PangoFontMap      *font_map;
  PangoContext      *context;
  double             page_width;
  double             page_height;
  GPtrArray         *pages;       /* GPtrArray of Item */

  /* while paginating */
  GPtrArray         *page;
  double             y;
};

G_DEFINE_FINAL_TYPE (IdoReportLayout, ido_report_layout, G_TYPE_OBJECT)

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_HEADING,
  FONT_SUBHEADING,
  FONT_BODY,
  FONT_TABLE,
  FONT_TABLE_BOLD,
  FONT_NOTE,
  FONT_FIGURE,
  FONT_FIGURE_LABEL,
  FONT_MARGIN,
} FontStyle;

static const char * const fonts[] = {
  [FONT_TITLE] = "Cantarell, DejaVu Sans, sans-serif Bold 22",
  [FONT_SUBTITLE] = "Cantarell, DejaVu Sans, sans-serif 12",
  [FONT_HEADING] = "Cantarell, DejaVu Sans, sans-serif Bold 14",
  [FONT_SUBHEADING] = "Cantarell, DejaVu Sans, sans-serif Bold 11",
  [FONT_BODY] = "Cantarell, DejaVu Sans, sans-serif 10",
  [FONT_TABLE] = "Cantarell, DejaVu Sans, sans-serif 9",
  [FONT_TABLE_BOLD] = "Cantarell, DejaVu Sans, sans-serif Bold 9",
  [FONT_NOTE] = "Cantarell, DejaVu Sans, sans-serif 8",
  [FONT_FIGURE] = "Cantarell, DejaVu Sans, sans-serif Bold 17",
  [FONT_FIGURE_LABEL] = "Cantarell, DejaVu Sans, sans-serif 8.5",
  [FONT_MARGIN] = "Cantarell, DejaVu Sans, sans-serif 7.5",
};

static void
item_free (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_free (item);
}

static double
content_width (IdoReportLayout *self)
{
  return self->page_width - 2 * MARGIN_X;
}

static double
content_bottom (IdoReportLayout *self)
{
  return self->page_height - CONTENT_BOTTOM;
}

static PangoLayout *
make_layout (IdoReportLayout *self,
             FontStyle        style,
             const char      *text,
             double           width,
             IdoReportAlign   align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (fonts[style]);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_layout_set_font_description (layout, desc);
  /* Tabular figures line numbers up in columns. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (text != NULL && strstr (text, "€ ") != NULL)
    {
      g_autoptr(GString) unbroken = g_string_new (text);

      /* An amount never breaks between "€" and its figure. */
      g_string_replace (unbroken, "€ ", "€\u00a0", 0);
      pango_layout_set_text (layout, unbroken->str, -1);
    }
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  switch (align)
    {
    case IDO_REPORT_ALIGN_END:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case IDO_REPORT_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case IDO_REPORT_ALIGN_START:
    default:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h = 0;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
layout_natural_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Height of lines [first, first + n) of @layout. */
static double
lines_height (PangoLayout *layout,
              int          first,
              int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0, bottom = 0;
  int index = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (index == first)
        top = (double) logical.y / PANGO_SCALE;
      if (index == first + n - 1)
        bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottom - top;
}

static void
start_page (IdoReportLayout *self)
{
  self->page = g_ptr_array_new_with_free_func (item_free);
  g_ptr_array_add (self->pages, self->page);
  self->y = CONTENT_TOP;
}

static gboolean
at_page_top (IdoReportLayout *self)
{
  return self->y <= CONTENT_TOP + 0.01;
}

/* Starts a new page unless @height still fits (or nothing is on this page
 * yet: a block taller than a page is then cut rather than looping). */
static void
ensure_space (IdoReportLayout *self,
              double           height)
{
  if (self->y + height > content_bottom (self) && !at_page_top (self))
    start_page (self);
}

static Item *
add_item (IdoReportLayout *self,
          ItemKind         kind,
          double           x,
          double           y,
          double           w,
          double           h,
          Rgb              color)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  item->color = color;
  g_ptr_array_add (self->page, item);
  return item;
}

static void
add_text (IdoReportLayout *self,
          PangoLayout     *layout,
          double           x,
          double           y,
          int              first_line,
          int              n_lines,
          Rgb              color)
{
  Item *item = add_item (self, ITEM_TEXT, x, y, 0, 0, color);

  item->layout = g_object_ref (layout);
  item->first_line = first_line;
  item->n_lines = n_lines;
}

/* Text that may run over several pages, split between lines. */
static void
place_flowing_text (IdoReportLayout *self,
                    PangoLayout     *layout,
                    double           x,
                    Rgb              color,
                    double           space_after)
{
  int n_lines = pango_layout_get_line_count (layout);
  int first = 0;

  while (first < n_lines)
    {
      double room = content_bottom (self) - self->y;
      int n = 0;

      while (first + n < n_lines && lines_height (layout, first, n + 1) <= room)
        n++;
      /* No orphan: never leave a single first line at the bottom. */
      if ((n == 0 || (n == 1 && n_lines - first > 1)) && !at_page_top (self))
        {
          start_page (self);
          continue;
        }
      n = MAX (n, 1);
      add_text (self, layout, x, self->y, first, n, color);
      self->y += lines_height (layout, first, n);
      first += n;
      if (first < n_lines)
        start_page (self);
    }
  self->y += space_after;
}

/* Table geometry */

typedef struct
{
  const IdoReportTable *table;
  double               *widths;
  gboolean              key_values;
} TableGeometry;

static FontStyle
cell_font (const TableGeometry *geo,
           const IdoReportRow  *row,
           guint                column)
{
  if (row == NULL || row->style == IDO_REPORT_ROW_TOTAL)
    return FONT_TABLE_BOLD;
  if (geo->key_values && column == 0)
    return FONT_TABLE_BOLD;
  return FONT_TABLE;
}

static PangoLayout *
cell_layout (IdoReportLayout     *self,
             const TableGeometry *geo,
             const IdoReportRow  *row,
             guint                column)
{
  const IdoReportColumn *col = &geo->table->columns[column];
  const char *text = row != NULL ? row->cells[column] : col->header;
  PangoLayout *layout;

  layout = make_layout (self, cell_font (geo, row, column), text,
                        geo->widths[column] - 2 * CELL_PAD_X, col->align);
  pango_layout_set_height (layout, -CELL_MAX_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* Natural (unwrapped) width of the widest cell of each column, then shared
 * out by water-filling: narrow columns keep their width, wide ones share
 * what is left; columns with a weight get that share of the width. */
static void
compute_widths (IdoReportLayout *self,
                TableGeometry   *geo)
{
  const IdoReportTable *table = geo->table;
  guint n = table->n_columns;
  g_autofree double *natural = g_new0 (double, n);
  g_autofree gboolean *done = g_new0 (gboolean, n);
  double avail = content_width (self);
  double weight_sum = 0, remaining, extra;
  guint left = 0, first_start = G_MAXUINT;

  for (guint c = 0; c < n; c++)
    {
      for (guint r = 0; r <= table->rows->len; r++)
        {
          const IdoReportRow *row = r < table->rows->len ? g_ptr_array_index (table->rows, r) : NULL;
          const char *text = row != NULL ? row->cells[c] : table->columns[c].header;
          g_autoptr(PangoLayout) layout = NULL;

          if (row == NULL && !table->has_header)
            continue;
          layout = make_layout (self, cell_font (geo, row, c), text, -1, IDO_REPORT_ALIGN_START);
          natural[c] = MAX (natural[c], layout_natural_width (layout) + 2 * CELL_PAD_X + 1);
        }
      weight_sum += table->columns[c].weight;
      if (first_start == G_MAXUINT && table->columns[c].align == IDO_REPORT_ALIGN_START)
        first_start = c;
    }

  remaining = avail;
  if (weight_sum > 0)
    {
      for (guint c = 0; c < n; c++)
        {
          geo->widths[c] = avail * table->columns[c].weight / MAX (weight_sum, 1.0);
          if (table->columns[c].weight > 0)
            {
              done[c] = TRUE;
              remaining -= geo->widths[c];
            }
          else
            left++;
        }
    }
  else
    left = n;

  /* Water-filling over the columns without a weight, narrowest first. */
  while (left > 0)
    {
      guint narrowest = G_MAXUINT;
      double share = MAX (remaining, 0) / left;

      for (guint c = 0; c < n; c++)
        if (!done[c] && (narrowest == G_MAXUINT || natural[c] < natural[narrowest]))
          narrowest = c;
      geo->widths[narrowest] = MIN (natural[narrowest], share);
      done[narrowest] = TRUE;
      remaining -= geo->widths[narrowest];
      left--;
    }

  /* A table runs the full width: the first text column takes what is left. */
  extra = MAX (remaining, 0);
  if (extra > 0 && weight_sum == 0)
    geo->widths[first_start != G_MAXUINT ? first_start : 0] += extra;
}

static double
row_height (IdoReportLayout     *self,
            const TableGeometry *geo,
            const IdoReportRow  *row,
            PangoLayout        **layouts)
{
  double height = 0;

  for (guint c = 0; c < geo->table->n_columns; c++)
    {
      layouts[c] = cell_layout (self, geo, row, c);
      height = MAX (height, layout_height (layouts[c]));
    }
  return height + 2 * CELL_PAD_Y;
}

static void
place_row (IdoReportLayout     *self,
           const TableGeometry *geo,
           const IdoReportRow  *row,
           PangoLayout        **layouts,
           double               height,
           guint                index)
{
  double x = MARGIN_X;
  Rgb color = ink;

  if (row == NULL)
    add_item (self, ITEM_RECT, MARGIN_X, self->y, content_width (self), height, header_fill);
  else if (row->style == IDO_REPORT_ROW_TOTAL)
    add_item (self, ITEM_LINE, MARGIN_X, self->y, content_width (self), 0, grey);
  else if (index > 0 || geo->table->has_header)
    add_item (self, ITEM_LINE, MARGIN_X, self->y, content_width (self), 0, rule);
  if (row != NULL && row->style == IDO_REPORT_ROW_ATTENTION)
    color = attention_ink;

  for (guint c = 0; c < geo->table->n_columns; c++)
    {
      Rgb cell_color = color;

      if (geo->key_values && c == 0)
        cell_color = grey;
      add_text (self, layouts[c], x + CELL_PAD_X, self->y + CELL_PAD_Y, 0, -1, cell_color);
      x += geo->widths[c];
    }
  self->y += height;
}

static double
place_header (IdoReportLayout     *self,
              const TableGeometry *geo)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, geo->table->n_columns);
  double height;

  if (!geo->table->has_header)
    return 0;
  height = row_height (self, geo, NULL, layouts);
  place_row (self, geo, NULL, layouts, height, 0);
  for (guint c = 0; c < geo->table->n_columns; c++)
    g_object_unref (layouts[c]);
  return height;
}

static void
place_table (IdoReportLayout      *self,
             const IdoReportTable *table,
             gboolean              key_values)
{
  g_autofree double *widths = g_new0 (double, table->n_columns);
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, table->n_columns);
  TableGeometry geo = { table, widths, key_values };
  double header_height = 0;

  compute_widths (self, &geo);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const IdoReportRow *row = g_ptr_array_index (table->rows, r);
      double height = row_height (self, &geo, row, layouts);

      if (r == 0)
        {
          g_autofree PangoLayout **probe = g_new0 (PangoLayout *, table->n_columns);

          if (table->has_header)
            {
              header_height = row_height (self, &geo, NULL, probe);
              for (guint c = 0; c < table->n_columns; c++)
                g_object_unref (probe[c]);
            }
          ensure_space (self, header_height + height);
          place_header (self, &geo);
        }
      else if (self->y + height > content_bottom (self))
        {
          /* Continue on the next page under a repeated header. */
          start_page (self);
          place_header (self, &geo);
        }
      place_row (self, &geo, row, layouts, height, r);
      for (guint c = 0; c < table->n_columns; c++)
        g_clear_object (&layouts[c]);
    }
  if (table->rows->len > 0)
    add_item (self, ITEM_LINE, MARGIN_X, self->y, content_width (self), 0, rule);
  self->y += 10;
}

static double
figure_tile_height (IdoReportLayout *self,
                    const char      *value,
                    const char      *label,
                    double           width,
                    PangoLayout    **value_layout,
                    PangoLayout    **label_layout)
{
  g_autoptr(GString) unbroken = g_string_new (value);

  /* "€ 53.484,50" stays on one line. */
  g_string_replace (unbroken, " ", "\u00a0", 0);
  *value_layout = make_layout (self, FONT_FIGURE, unbroken->str, width - 16, IDO_REPORT_ALIGN_START);
  *label_layout = make_layout (self, FONT_FIGURE_LABEL, label, width - 16, IDO_REPORT_ALIGN_START);
  return layout_height (*value_layout) + layout_height (*label_layout) + 18;
}

static void
place_figures (IdoReportLayout      *self,
               const IdoReportTable *table)
{
  guint n = table->rows->len;
  guint n_rows = (n + FIGURES_PER_ROW - 1) / FIGURES_PER_ROW;
  /* Rows of equal length: 5 as 3 + 2, 9 as 3 + 3 + 3. */
  guint per_row = n_rows > 0 ? (n + n_rows - 1) / n_rows : 1;
  double width = (content_width (self) - (per_row - 1) * FIGURE_GAP) / MAX (per_row, 1);

  for (guint start = 0; start < n; start += per_row)
    {
      guint count = MIN (per_row, n - start);
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      double height = 0;

      for (guint i = 0; i < count; i++)
        {
          const IdoReportRow *row = g_ptr_array_index (table->rows, start + i);
          PangoLayout *value, *label;
          /* Not inside MAX (): that would make the layouts twice and leak one pair. */
          double tile = figure_tile_height (self, row->cells[0], row->cells[1], width, &value, &label);

          height = MAX (height, tile);
          g_ptr_array_add (layouts, value);
          g_ptr_array_add (layouts, label);
        }
      ensure_space (self, height);
      for (guint i = 0; i < count; i++)
        {
          double x = MARGIN_X + i * (width + FIGURE_GAP);
          PangoLayout *value = g_ptr_array_index (layouts, 2 * i);
          PangoLayout *label = g_ptr_array_index (layouts, 2 * i + 1);

          add_item (self, ITEM_RECT, x, self->y, width, height, tile_fill);
          add_text (self, value, x + 8, self->y + 7, 0, -1, accent);
          add_text (self, label, x + 8, self->y + 9 + layout_height (value), 0, -1, grey);
        }
      self->y += height + FIGURE_GAP;
    }
  self->y += 4;
}

static void
place_title (IdoReportLayout      *self,
             const IdoReportBlock *block)
{
  g_autoptr(PangoLayout) title = make_layout (self, FONT_TITLE, block->text, content_width (self), IDO_REPORT_ALIGN_START);

  ensure_space (self, 80);
  add_text (self, title, MARGIN_X, self->y, 0, -1, accent);
  self->y += layout_height (title) + 2;
  if (block->text2 != NULL && *block->text2 != '\0')
    {
      g_autoptr(PangoLayout) subtitle = make_layout (self, FONT_SUBTITLE, block->text2,
                                                     content_width (self), IDO_REPORT_ALIGN_START);

      add_text (self, subtitle, MARGIN_X, self->y, 0, -1, grey);
      self->y += layout_height (subtitle);
    }
  self->y += 6;
  add_item (self, ITEM_LINE, MARGIN_X, self->y, content_width (self), 0, accent);
  self->y += 14;
}

static double
block_min_height (IdoReportLayout      *self,
                  const IdoReportBlock *block)
{
  switch (block->kind)
    {
    case IDO_REPORT_BLOCK_CHART:
      return block->height + 8;
    case IDO_REPORT_BLOCK_TABLE:
      return block->table->has_header ? 44 : 24;
    case IDO_REPORT_BLOCK_FIGURES:
      return 60;
    case IDO_REPORT_BLOCK_KEY_VALUES:
      return 36;
    case IDO_REPORT_BLOCK_TITLE:
    case IDO_REPORT_BLOCK_HEADING:
    case IDO_REPORT_BLOCK_SUBHEADING:
    case IDO_REPORT_BLOCK_PARAGRAPH:
    case IDO_REPORT_BLOCK_BULLET:
    case IDO_REPORT_BLOCK_NOTE:
    case IDO_REPORT_BLOCK_CALLOUT:
    case IDO_REPORT_BLOCK_PAGE_BREAK:
    default:
      return 30;
    }
}

/* Headings stay with the start of what follows them. */
static void
place_heading (IdoReportLayout      *self,
               const IdoReportBlock *block,
               const IdoReportBlock *next,
               FontStyle             style)
{
  g_autoptr(PangoLayout) layout = make_layout (self, style, block->text, content_width (self), IDO_REPORT_ALIGN_START);
  double before = style == FONT_HEADING ? 12 : 6;
  double after = style == FONT_HEADING ? 6 : 3;
  double height = layout_height (layout);

  ensure_space (self, before + height + after + (next != NULL ? block_min_height (self, next) : 0));
  if (!at_page_top (self))
    self->y += before;
  add_text (self, layout, MARGIN_X, self->y, 0, -1, style == FONT_HEADING ? accent : ink);
  self->y += height + after;
}

static void
place_paragraph (IdoReportLayout *self,
                 const char      *text,
                 FontStyle        style,
                 Rgb              color,
                 double           indent,
                 double           space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (self, style, text, content_width (self) - indent,
                                               IDO_REPORT_ALIGN_START);

  place_flowing_text (self, layout, MARGIN_X + indent, color, space_after);
}

static void
place_bullet (IdoReportLayout *self,
              const char      *text)
{
  g_autoptr(PangoLayout) bullet = make_layout (self, FONT_BODY, "•", -1, IDO_REPORT_ALIGN_START);
  g_autoptr(PangoLayout) layout = make_layout (self, FONT_BODY, text, content_width (self) - 16,
                                               IDO_REPORT_ALIGN_START);
  int n_lines = pango_layout_get_line_count (layout);

  /* The bullet goes where the first lines go, so they must fit together. */
  ensure_space (self, lines_height (layout, 0, MIN (n_lines, 2)));
  add_text (self, bullet, MARGIN_X + 4, self->y, 0, -1, accent);
  place_flowing_text (self, layout, MARGIN_X + 16, ink, 2);
}

static void
place_callout (IdoReportLayout      *self,
               const IdoReportBlock *block)
{
  double width = content_width (self);
  g_autoptr(PangoLayout) layout = make_layout (self, FONT_BODY, block->text, width - 24, IDO_REPORT_ALIGN_START);
  double height = layout_height (layout) + 14;

  ensure_space (self, height);
  add_item (self, ITEM_RECT, MARGIN_X, self->y, width, height,
            block->attention ? attention_fill : callout_fill);
  add_item (self, ITEM_RECT, MARGIN_X, self->y, 3, height, block->attention ? attention_ink : accent);
  add_text (self, layout, MARGIN_X + 14, self->y + 7, 0, -1, ink);
  self->y += height + 10;
}

static void
place_chart (IdoReportLayout      *self,
             const IdoReportBlock *block)
{
  Item *item;

  ensure_space (self, block->height);
  item = add_item (self, ITEM_CHART, MARGIN_X, self->y, content_width (self), block->height, ink);
  item->block = block;
  self->y += block->height + 10;
}

static void
place_block (IdoReportLayout      *self,
             const IdoReportBlock *block,
             const IdoReportBlock *next)
{
  switch (block->kind)
    {
    case IDO_REPORT_BLOCK_TITLE:
      place_title (self, block);
      break;
    case IDO_REPORT_BLOCK_HEADING:
      place_heading (self, block, next, FONT_HEADING);
      break;
    case IDO_REPORT_BLOCK_SUBHEADING:
      place_heading (self, block, next, FONT_SUBHEADING);
      break;
    case IDO_REPORT_BLOCK_PARAGRAPH:
      place_paragraph (self, block->text, FONT_BODY, ink, 0, 7);
      break;
    case IDO_REPORT_BLOCK_BULLET:
      place_bullet (self, block->text);
      if (next == NULL || next->kind != IDO_REPORT_BLOCK_BULLET)
        self->y += 6;
      break;
    case IDO_REPORT_BLOCK_NOTE:
      place_paragraph (self, block->text, FONT_NOTE, grey, 0, 4);
      break;
    case IDO_REPORT_BLOCK_CALLOUT:
      place_callout (self, block);
      break;
    case IDO_REPORT_BLOCK_FIGURES:
      place_figures (self, block->table);
      break;
    case IDO_REPORT_BLOCK_KEY_VALUES:
      place_table (self, block->table, TRUE);
      break;
    case IDO_REPORT_BLOCK_TABLE:
      place_table (self, block->table, FALSE);
      break;
    case IDO_REPORT_BLOCK_CHART:
      place_chart (self, block);
      break;
    case IDO_REPORT_BLOCK_PAGE_BREAK:
      if (!at_page_top (self))
        start_page (self);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
paginate (IdoReportLayout *self)
{
  guint n = ido_report_document_get_n_blocks (self->document);

  start_page (self);
  for (guint i = 0; i < n; i++)
    {
      const IdoReportBlock *block = ido_report_document_get_block (self->document, i);
      const IdoReportBlock *next = i + 1 < n ? ido_report_document_get_block (self->document, i + 1) : NULL;

      place_block (self, block, next);
    }
  self->page = NULL;
}

/* Drawing */

static void
set_color (cairo_t *cr,
           Rgb      color)
{
  cairo_set_source_rgb (cr, color.r, color.g, color.b);
}

static void
draw_text (cairo_t    *cr,
           const Item *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int last = item->n_lines < 0 ? G_MAXINT : item->first_line + item->n_lines;
  double top = 0;
  int index = 0;

  set_color (cr, item->color);
  do
    {
      PangoRectangle logical;

      if (index >= last)
        break;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (index == item->first_line)
        top = (double) logical.y / PANGO_SCALE;
      if (index >= item->first_line)
        {
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE, item->y + baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_item (cairo_t    *cr,
           const Item *item)
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      draw_text (cr, item);
      break;
    case ITEM_RECT:
      set_color (cr, item->color);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_fill (cr);
      break;
    case ITEM_LINE:
      set_color (cr, item->color);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->w, item->y + item->h);
      cairo_stroke (cr);
      break;
    case ITEM_CHART:
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      cairo_rectangle (cr, 0, 0, item->w, item->h);
      cairo_clip (cr);
      item->block->draw_func (cr, item->w, item->h, item->block->user_data);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_margin_text (IdoReportLayout *self,
                  cairo_t         *cr,
                  const char      *text,
                  double           y,
                  IdoReportAlign   align)
{
  g_autoptr(PangoLayout) layout = make_layout (self, FONT_MARGIN, text, content_width (self), align);
  Item item = { ITEM_TEXT, MARGIN_X, y, 0, 0, grey, layout, 0, -1, NULL };

  draw_text (cr, &item);
}

static void
draw_page_margins (IdoReportLayout *self,
                   cairo_t         *cr,
                   guint            page)
{
  IdoReportDocument *doc = self->document;
  double footer_y = self->page_height - 40;

  if (page > 0)
    {
      draw_margin_text (self, cr, ido_report_document_get_running_head (doc), 34, IDO_REPORT_ALIGN_START);
      set_color (cr, rule);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, MARGIN_X, 48);
      cairo_line_to (cr, self->page_width - MARGIN_X, 48);
      cairo_stroke (cr);
    }
  draw_margin_text (self, cr, ido_report_document_get_date_text (doc), footer_y, IDO_REPORT_ALIGN_START);
  if (!ido_report_document_get_single_page (doc) || self->pages->len > 1)
    {
      /* Translators: page number in the footer of a report */
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);

      draw_margin_text (self, cr, number, footer_y, IDO_REPORT_ALIGN_END);
    }
}

static void
ido_report_layout_finalize (GObject *object)
{
  IdoReportLayout *self = (IdoReportLayout *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (ido_report_layout_parent_class)->finalize (object);
}

static void
ido_report_layout_class_init (IdoReportLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_report_layout_finalize;
}

static void
ido_report_layout_init (IdoReportLayout *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->page_width = IDO_REPORT_A4_WIDTH;
  self->page_height = IDO_REPORT_A4_HEIGHT;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  /* A private font map: safe to use from the thread that builds the report,
   * and measuring at 72 dpi makes a Pango point a cairo unit. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->context = pango_font_map_create_context (self->font_map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_destroy (options);
}

/**
 * ido_report_layout_new:
 * @document: the blocks to lay out
 *
 * Lays @document out on A4 pages.
 *
 * Returns: (transfer full): the layout
 */
IdoReportLayout *
ido_report_layout_new (IdoReportDocument *document)
{
  IdoReportLayout *self;

  g_return_val_if_fail (IDO_IS_REPORT_DOCUMENT (document), NULL);

  self = g_object_new (IDO_TYPE_REPORT_LAYOUT, NULL);
  self->document = g_object_ref (document);
  paginate (self);
  return self;
}

/**
 * ido_report_layout_get_document:
 *
 * Returns: (transfer none): the document
 */
IdoReportDocument *
ido_report_layout_get_document (IdoReportLayout *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (self), NULL);

  return self->document;
}

guint
ido_report_layout_get_n_pages (IdoReportLayout *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (self), 0);

  return self->pages->len;
}

double
ido_report_layout_get_page_width (IdoReportLayout *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (self), 0);

  return self->page_width;
}

double
ido_report_layout_get_page_height (IdoReportLayout *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (self), 0);

  return self->page_height;
}

/**
 * ido_report_layout_draw_page:
 * @cr: a context whose unit is the point, origin at the top left of the paper
 *
 * Draws one page. The PDF writer and the print operation both call this.
 */
void
ido_report_layout_draw_page (IdoReportLayout *self,
                             cairo_t         *cr,
                             guint            page)
{
  GPtrArray *items;

  g_return_if_fail (IDO_IS_REPORT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < items->len; i++)
    draw_item (cr, g_ptr_array_index (items, i));
  draw_page_margins (self, cr, page);
  cairo_restore (cr);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  FILE *stream = closure;

  return fwrite (data, 1, length, stream) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_pdf_metadata (IdoReportLayout  *self,
                  cairo_surface_t  *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format_iso8601 (now);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ido_report_document_get_title (self->document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "IDO Regie " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/**
 * ido_report_layout_write_pdf:
 * @path: the file to write; replaced only when the whole PDF is written
 *
 * Returns: %TRUE on success; %FALSE with @error (also when cancelled)
 */
gboolean
ido_report_layout_write_pdf (IdoReportLayout        *self,
                             const char             *path,
                             IdoReportProgressFunc   progress,
                             gpointer                progress_data,
                             GCancellable           *cancellable,
                             GError                **error)
{
  g_autoptr(IdoAtomicFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean cancelled = FALSE;
  cairo_t *cr;

  g_return_val_if_fail (IDO_IS_REPORT_LAYOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ido_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, ido_atomic_file_get_stream (file),
                                                 self->page_width, self->page_height);
  set_pdf_metadata (self, surface);
  cr = cairo_create (surface);
  for (guint page = 0; page < self->pages->len; page++)
    {
      if ((cancelled = g_cancellable_set_error_if_cancelled (cancellable, error)))
        break;
      ido_report_layout_draw_page (self, cr, page);
      cairo_show_page (cr);
      if (progress != NULL)
        progress ((double) (page + 1) / self->pages->len, progress_data);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (cancelled)
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   display, cairo_status_to_string (status));
      return FALSE;
    }
  return ido_atomic_file_commit (file, error);
}

/* ido-import-preview.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-import-preview.h"
#include "ido-indicator-choices.h"

struct _IdoImportPreview
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scrolled_window;
  GtkColumnView     *column_view;

  GtkStringList     *items;     /* the index of each row in rows */
  GPtrArray         *rows;      /* GStrv, the rows below the header */
  GStrv              headers;
  guint              n_columns;
  IdoMapping        *mapping;
  GPtrArray         *titles;    /* char *, per column */
  GPtrArray         *indicators; /* IdoIndicatorChoice, for their labels */
};

G_DEFINE_FINAL_TYPE (IdoImportPreview, ido_import_preview, GTK_TYPE_WIDGET)

#define COLUMN_KEY "ido-import-preview-column"

static gboolean
column_is_ignored (IdoImportPreview *self,
                   guint             column)
{
  if (self->mapping == NULL || column >= ido_mapping_get_n_columns (self->mapping))
    return TRUE;
  return ido_mapping_get_field (self->mapping, column) == IDO_FIELD_NONE;
}

static const char *
indicator_label (IdoImportPreview *self,
                 const char       *code)
{
  for (guint i = 0; self->indicators != NULL && i < self->indicators->len; i++)
    {
      IdoIndicatorChoice *indicator = g_ptr_array_index (self->indicators, i);

      if (g_strcmp0 (indicator->code, code) == 0)
        return indicator->label;
    }
  if (g_str_has_prefix (code, "custom:"))
    return _("Own indicator");
  return code;
}

static char *
column_title (IdoImportPreview *self,
              guint             column)
{
  const char *header = self->headers && column < g_strv_length (self->headers) ? self->headers[column] : "";

  if (*header == '\0')
    header = "–";
  if (self->mapping == NULL)
    return g_strdup (header);
  if (column_is_ignored (self, column))
    /* Translators: a column of the preview that is not imported; %s is its header */
    return g_strdup_printf (_("%s (ignored)"), header);
  if (ido_mapping_get_field (self->mapping, column) == IDO_FIELD_VALUE &&
      ido_mapping_find_field (self->mapping, IDO_FIELD_INDICATOR) < 0 &&
      ido_mapping_get_effective_indicator (self->mapping, column) != NULL)
    {
      const char *category = ido_mapping_get_category (self->mapping, column);
      const char *label = indicator_label (self, ido_mapping_get_effective_indicator (self->mapping, column));

      if (category != NULL)
        /* Translators: the title of a preview column of values: the header, the indicator and the category */
        return g_strdup_printf (_("%s → %s · %s"), header, label, category);
      /* Translators: the title of a preview column of values: the file's header, then the indicator */
      return g_strdup_printf (_("%s → %s"), header, label);
    }
  /* Translators: the title of a preview column: the file's header, then the field it is mapped to */
  return g_strdup_printf (_("%s → %s"), header, ido_field_get_label (ido_mapping_get_field (self->mapping, column)));
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             IdoImportPreview         *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            IdoImportPreview         *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_KEY));
  GtkStringObject *object = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint64 index = g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  const char *text = ido_import_preview_get_cell (self, (guint) index, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, *text != '\0' ? text : NULL);
  if (column_is_ignored (self, column))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
remove_columns (IdoImportPreview *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
add_columns (IdoImportPreview *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), COLUMN_KEY, GUINT_TO_POINTER (i));
      g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
      column = gtk_column_view_column_new (NULL, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* Titles and dimming follow the mapping; the few rows are bound again. */
static void
refresh (IdoImportPreview *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->titles, 0);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      char *title = column_title (self, i);

      gtk_column_view_column_set_title (column, title);
      g_ptr_array_add (self->titles, title);
    }
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (strings, g_strdup_printf ("%u", i));
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (self->items, 0, n_items, (const char * const *) strings->pdata);
}

static void
ido_import_preview_dispose (GObject *object)
{
  IdoImportPreview *self = (IdoImportPreview *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_IMPORT_PREVIEW);
  g_clear_object (&self->mapping);
  G_OBJECT_CLASS (ido_import_preview_parent_class)->dispose (object);
}

static void
ido_import_preview_finalize (GObject *object)
{
  IdoImportPreview *self = (IdoImportPreview *) object;

  g_clear_object (&self->items);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_strfreev);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  G_OBJECT_CLASS (ido_import_preview_parent_class)->finalize (object);
}

static void
ido_import_preview_class_init (IdoImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_import_preview_dispose;
  object_class->finalize = ido_import_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoImportPreview, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, IdoImportPreview, column_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ido_import_preview_init (IdoImportPreview *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = gtk_string_list_new (NULL);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->titles = g_ptr_array_new_with_free_func (g_free);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

GtkWidget *
ido_import_preview_new (void)
{
  return g_object_new (IDO_TYPE_IMPORT_PREVIEW, NULL);
}

/**
 * ido_import_preview_set_rows:
 * @rows: (element-type GStrv) (nullable): the first rows of the file as
 *   read (ido_importer_preview()), title rows included
 * @header_row: the index of the header row in @rows
 * @max_rows: how many rows below the header to show
 */
void
ido_import_preview_set_rows (IdoImportPreview *self,
                             GPtrArray        *rows,
                             guint             header_row,
                             guint             max_rows)
{
  guint n_items;

  g_return_if_fail (IDO_IS_IMPORT_PREVIEW (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gtk_string_list_splice (self->items, 0, n_items, NULL);
  remove_columns (self);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->headers, g_strfreev);
  self->n_columns = 0;
  if (rows == NULL || header_row >= rows->len)
    return;
  self->headers = g_strdupv (g_ptr_array_index (rows, header_row));
  self->n_columns = g_strv_length (self->headers);
  for (guint i = header_row + 1; i < rows->len && self->rows->len < max_rows; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      self->n_columns = MAX (self->n_columns, g_strv_length (row));
      g_ptr_array_add (self->rows, g_strdupv (row));
    }
  add_columns (self);
  refresh (self);
}

/**
 * ido_import_preview_set_mapping:
 * @mapping: (nullable): the mapping whose fields title the columns
 */
void
ido_import_preview_set_mapping (IdoImportPreview *self,
                                IdoMapping       *mapping)
{
  g_return_if_fail (IDO_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (mapping == NULL || IDO_IS_MAPPING (mapping));

  g_set_object (&self->mapping, mapping);
  refresh (self);
}

/**
 * ido_import_preview_set_indicators:
 * @indicators: (element-type IdoIndicatorChoice) (nullable): the vocabulary, for
 *   the labels of the indicators value columns are mapped to
 */
void
ido_import_preview_set_indicators (IdoImportPreview *self,
                                   GPtrArray        *indicators)
{
  g_return_if_fail (IDO_IS_IMPORT_PREVIEW (self));

  if (indicators != NULL)
    g_ptr_array_ref (indicators);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  self->indicators = indicators;
  refresh (self);
}

guint
ido_import_preview_get_n_rows (IdoImportPreview *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_PREVIEW (self), 0);
  return self->rows->len;
}

guint
ido_import_preview_get_n_columns (IdoImportPreview *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_PREVIEW (self), 0);
  return g_list_model_get_n_items (gtk_column_view_get_columns (self->column_view));
}

/**
 * ido_import_preview_get_header:
 *
 * Returns: the header of @column as read, "" past the header row's end
 */
const char *
ido_import_preview_get_header (IdoImportPreview *self,
                               guint             column)
{
  g_return_val_if_fail (IDO_IS_IMPORT_PREVIEW (self), "");

  if (self->headers == NULL || column >= g_strv_length (self->headers))
    return "";
  return self->headers[column];
}

/**
 * ido_import_preview_get_cell:
 * @row: counted from 0, the first row below the header
 *
 * Returns: the text shown in the cell, "" for a missing cell
 */
const char *
ido_import_preview_get_cell (IdoImportPreview *self,
                             guint             row,
                             guint             column)
{
  GStrv cells;

  g_return_val_if_fail (IDO_IS_IMPORT_PREVIEW (self), "");

  if (row >= self->rows->len)
    return "";
  cells = g_ptr_array_index (self->rows, row);
  if (column >= g_strv_length (cells))
    return "";
  return cells[column];
}

/**
 * ido_import_preview_get_title:
 *
 * Returns: the title shown above @column
 */
const char *
ido_import_preview_get_title (IdoImportPreview *self,
                              guint             column)
{
  g_return_val_if_fail (IDO_IS_IMPORT_PREVIEW (self), "");

  if (column >= self->titles->len)
    return "";
  return g_ptr_array_index (self->titles, column);
}

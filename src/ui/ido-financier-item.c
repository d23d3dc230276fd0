/* ido-financier-item.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ido-chart-widget.h"
#include "ido-financier-item.h"
#include "ido-municipality.h"
#include "ido-target.h"

struct _IdoFinancierItem
{
  GObject          parent_instance;

  gint64           id;
  char            *title;
  char            *subtitle;
  char            *detail;
  char            *section;
  guint            section_index;
  char            *tag;
  IdoFinancierTag  tag_style;
  char            *amount;
  gboolean         has_chart;
  IdoBulletChart   chart;
  GStringChunk    *strings;
};

G_DEFINE_FINAL_TYPE (IdoFinancierItem, ido_financier_item, G_TYPE_OBJECT)

static void
ido_financier_item_finalize (GObject *object)
{
  IdoFinancierItem *self = (IdoFinancierItem *) object;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->detail);
  g_free (self->section);
  g_free (self->tag);
  g_free (self->amount);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (ido_financier_item_parent_class)->finalize (object);
}

static void
ido_financier_item_class_init (IdoFinancierItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ido_financier_item_finalize;
}

static void
ido_financier_item_init (IdoFinancierItem *self)
{
}

/**
 * ido_financier_item_new:
 * @id: the id of the row it shows
 * @subtitle: (nullable): a second line
 *
 * Returns: (transfer full): the item
 */
IdoFinancierItem *
ido_financier_item_new (gint64      id,
                        const char *title,
                        const char *subtitle)
{
  IdoFinancierItem *self = g_object_new (IDO_TYPE_FINANCIER_ITEM, NULL);

  self->id = id;
  self->title = g_strdup (title ? title : "");
  self->subtitle = g_strdup (subtitle ? subtitle : "");
  return self;
}

gint64
ido_financier_item_get_id (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), 0);
  return self->id;
}

const char *
ido_financier_item_get_title (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->title;
}

const char *
ido_financier_item_get_subtitle (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->subtitle;
}

const char *
ido_financier_item_get_detail (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->detail;
}

/**
 * ido_financier_item_set_detail:
 * @detail: (nullable): a third line, e.g. the rule a target is judged by
 */
void
ido_financier_item_set_detail (IdoFinancierItem *self,
                               const char       *detail)
{
  g_return_if_fail (IDO_IS_FINANCIER_ITEM (self));
  g_set_str (&self->detail, detail);
}

const char *
ido_financier_item_get_section (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->section;
}

/**
 * ido_financier_item_set_section:
 * @index: the section's place in the list; sections are shown in this order
 * @section: the section header, e.g. a municipality
 */
void
ido_financier_item_set_section (IdoFinancierItem *self,
                                guint             index,
                                const char       *section)
{
  g_return_if_fail (IDO_IS_FINANCIER_ITEM (self));
  self->section_index = index;
  g_set_str (&self->section, section);
}

/**
 * ido_financier_item_get_tag:
 * @style: (out) (optional): how the tag looks
 *
 * Returns: (nullable): the tag text
 */
const char *
ido_financier_item_get_tag (IdoFinancierItem *self,
                            IdoFinancierTag  *style)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  if (style != NULL)
    *style = self->tag_style;
  return self->tag;
}

void
ido_financier_item_set_tag (IdoFinancierItem *self,
                            const char       *tag,
                            IdoFinancierTag   style)
{
  g_return_if_fail (IDO_IS_FINANCIER_ITEM (self));
  g_set_str (&self->tag, tag);
  self->tag_style = style;
}

const char *
ido_financier_item_get_amount (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->amount;
}

/**
 * ido_financier_item_set_amount:
 * @amount: (nullable): a formatted amount shown at the end of the row
 */
void
ido_financier_item_set_amount (IdoFinancierItem *self,
                               const char       *amount)
{
  g_return_if_fail (IDO_IS_FINANCIER_ITEM (self));
  g_set_str (&self->amount, amount);
}

/**
 * ido_financier_item_get_chart:
 *
 * Returns: (nullable): the bullet chart shown in the row
 */
const IdoBulletChart *
ido_financier_item_get_chart (IdoFinancierItem *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), NULL);
  return self->has_chart ? &self->chart : NULL;
}

static const char *
keep (IdoFinancierItem *self,
      const char       *text)
{
  return text != NULL ? g_string_chunk_insert (self->strings, text) : NULL;
}

/**
 * ido_financier_item_set_chart:
 * @chart: a chart of actual versus target; copied
 */
void
ido_financier_item_set_chart (IdoFinancierItem     *self,
                              const IdoBulletChart *chart)
{
  g_return_if_fail (IDO_IS_FINANCIER_ITEM (self));
  g_return_if_fail (chart != NULL);

  if (self->strings == NULL)
    self->strings = g_string_chunk_new (128);
  self->chart = *chart;
  self->chart.label = keep (self, chart->label);
  self->chart.unit = keep (self, chart->unit);
  self->chart.status = keep (self, chart->status);
  self->has_chart = TRUE;
}

/**
 * ido_financier_item_matches:
 * @folded_words: (nullable) (array zero-terminated=1): search words folded
 *   with ido_text_fold()
 *
 * Returns: whether every word occurs in the item's texts
 */
gboolean
ido_financier_item_matches (IdoFinancierItem *self,
                            char * const     *folded_words)
{
  g_autofree char *joined = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (IDO_IS_FINANCIER_ITEM (self), FALSE);

  if (folded_words == NULL)
    return TRUE;
  joined = g_strjoin (" ", self->title, self->subtitle, self->detail ? self->detail : "",
                      self->section ? self->section : "", self->tag ? self->tag : "", NULL);
  folded = ido_text_fold (joined);
  for (guint i = 0; folded_words[i] != NULL; i++)
    {
      if (strstr (folded, folded_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_financier_item_new_for_target:
 * @unit: the indicator's unit ("count", "percent", "score", ...)
 * @at_most: whether the target is a ceiling
 * @result: the #IdoTargetResult of the target
 *
 * Returns: (transfer full): an item with the target's bullet chart, the
 *   rule it was judged by and its status
 */
IdoFinancierItem *
ido_financier_item_new_for_target (gint64         id,
                                   const char    *title,
                                   const char    *subtitle,
                                   const char    *unit,
                                   gboolean       at_most,
                                   gboolean       has_baseline,
                                   double         baseline,
                                   gconstpointer  result)
{
  static const IdoFinancierTag styles[] = {
    [IDO_TARGET_STATUS_NO_DATA] = IDO_FINANCIER_TAG_PLAIN,
    [IDO_TARGET_STATUS_BEHIND] = IDO_FINANCIER_TAG_ERROR,
    [IDO_TARGET_STATUS_ON_TRACK] = IDO_FINANCIER_TAG_ACCENT,
    [IDO_TARGET_STATUS_ACHIEVED] = IDO_FINANCIER_TAG_SUCCESS,
  };
  const IdoTargetResult *r = result;
  IdoFinancierItem *item = ido_financier_item_new (id, title, subtitle);
  gboolean decimals = g_strcmp0 (unit, "percent") == 0 || g_strcmp0 (unit, "score") == 0;
  IdoBulletChart chart = {
    .label = title,
    .actual = r->actual,
    .has_actual = r->status != IDO_TARGET_STATUS_NO_DATA && r->periods_with_data > 0,
    .target = r->goal,
    .at_most = at_most,
    .forecast = r->forecast,
    .has_forecast = r->periods_with_data > 0 && r->periods_with_data < r->periods_total,
    .baseline = baseline,
    .has_baseline = has_baseline,
    .decimals = decimals ? 1 : 0,
    .unit = g_strcmp0 (unit, "percent") == 0 ? "%" : NULL,
    .status = ido_target_status_get_label (r->status),
  };

  ido_financier_item_set_detail (item, r->explanation);
  ido_financier_item_set_tag (item, ido_target_status_get_label (r->status), styles[r->status]);
  ido_financier_item_set_chart (item, &chart);
  return item;
}

/* The row: title, subtitle, detail and chart on the left, the amount and
 * tag on the right. */
typedef struct
{
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkLabel  *detail;
  GtkWidget *chart;
  GtkLabel  *amount;
  GtkLabel  *tag;
} Row;

static GtkLabel *
add_label (GtkWidget  *box,
           const char *style,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style != NULL)
    {
      gtk_widget_add_css_class (label, style);
      gtk_widget_add_css_class (label, "dim-label");
    }
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* The row's widgets; @wrap lets texts take more lines (a height that
 * depends on the width), otherwise they are cut off with "…". */
static GtkWidget *
create_row (gboolean wrap)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  Row *r = g_new0 (Row, 1);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (ends, GTK_ALIGN_CENTER);
  r->title = add_label (texts, NULL, wrap);
  r->subtitle = add_label (texts, "caption", wrap);
  r->detail = add_label (texts, "caption", wrap);
  r->amount = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (r->amount), "numeric");
  gtk_label_set_xalign (r->amount, 1);
  gtk_box_append (GTK_BOX (ends), GTK_WIDGET (r->amount));
  r->tag = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (r->tag), "tag");
  gtk_widget_set_halign (GTK_WIDGET (r->tag), GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (ends), GTK_WIDGET (r->tag));
  gtk_box_append (GTK_BOX (top), texts);
  gtk_box_append (GTK_BOX (top), ends);
  gtk_box_append (GTK_BOX (top), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_box_append (GTK_BOX (row), top);
  /* The chart spans the row, so all charts of a list are equally long. */
  r->chart = ido_chart_widget_new ();
  gtk_widget_set_margin_end (r->chart, 28);
  gtk_box_append (GTK_BOX (row), r->chart);
  g_object_set_data_full (G_OBJECT (row), "ido-row", r, g_free);
  return row;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  gtk_list_item_set_child (item, create_row (GPOINTER_TO_INT (user_data)));
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
bind_tag (GtkLabel         *label,
          IdoFinancierItem *item)
{
  static const char * const classes[] = { NULL, "warning", "error", "success", "accent" };
  IdoFinancierTag style;
  const char *tag = ido_financier_item_get_tag (item, &style);

  for (guint i = 1; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  if (classes[style] != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), classes[style]);
  set_label (label, tag);
}

/* Shows @item in a row of create_row(); returns its accessible label. */
static char *
bind_row (GtkWidget        *row,
          IdoFinancierItem *item)
{
  Row *r = g_object_get_data (G_OBJECT (row), "ido-row");

  set_label (r->title, item->title);
  set_label (r->subtitle, item->subtitle);
  set_label (r->detail, item->detail);
  set_label (r->amount, item->amount);
  bind_tag (r->tag, item);
  gtk_widget_set_visible (r->chart, item->has_chart);
  if (item->has_chart)
    {
      /* The row's title names the chart already. */
      IdoBulletChart chart = item->chart;

      chart.label = NULL;
      ido_chart_widget_set_bullet (IDO_CHART_WIDGET (r->chart), &chart);
      gtk_accessible_update_property (GTK_ACCESSIBLE (r->chart), GTK_ACCESSIBLE_PROPERTY_LABEL, item->title, -1);
    }
  /* One sentence for screen readers: what the row shows. */
  return g_strjoin (", ", item->title, item->subtitle,
                    item->amount ? item->amount : "", item->tag ? item->tag : "", NULL);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  g_autofree char *label = bind_row (gtk_list_item_get_child (list_item), gtk_list_item_get_item (list_item));

  gtk_list_item_set_accessible_label (list_item, label);
}

/**
 * ido_financier_item_create_widget:
 *
 * For a #GtkListBox bound to a short model (gtk_list_box_bind_model()):
 * the same row as the list factories make, with texts that wrap.
 *
 * Returns: (transfer floating): a #GtkListBoxRow showing @item
 */
GtkWidget *
ido_financier_item_create_widget (IdoFinancierItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = create_row (TRUE);
  g_autofree char *label = bind_row (content, item);

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 8);
  gtk_widget_set_margin_bottom (content, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return row;
}

/**
 * ido_financier_item_factory_new:
 * @wrap: whether texts may take several lines; only in a #GtkListView that
 *   scrolls itself, since a list view sized by its parent cannot measure
 *   rows whose height depends on their width
 *
 * Returns: (transfer full): a factory for rows of #IdoFinancierItem
 */
GtkListItemFactory *
ido_financier_item_factory_new (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  return factory;
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_header_set_child (header, label);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  IdoFinancierItem *item = gtk_list_header_get_item (header);

  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)), item->section ? item->section : "");
}

/**
 * ido_financier_item_header_factory_new:
 *
 * Returns: (transfer full): a factory for section headers
 */
GtkListItemFactory *
ido_financier_item_header_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_header_cb), NULL);
  return factory;
}

static int
compare_sections_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const IdoFinancierItem *first = a;
  const IdoFinancierItem *second = b;

  return (first->section_index > second->section_index) - (first->section_index < second->section_index);
}

/**
 * ido_financier_item_section_sorter_new:
 *
 * Returns: (transfer full): a sorter that keeps sections in the order
 *   they were given
 */
GtkSorter *
ido_financier_item_section_sorter_new (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_sections_cb, NULL, NULL));
}

/* ido-financier-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-financier-page.h"
#include "ido-municipality.h"

typedef struct
{
  IdoDatabase     *database;
  GtkCustomFilter *filter;
  char           **words;
  guint            reload_id;
  gboolean         has_content;
} IdoFinancierPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (IdoFinancierPage, ido_financier_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
reload_idle_cb (gpointer data)
{
  IdoFinancierPage *self = data;
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  priv->reload_id = 0;
  ido_financier_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (IdoFinancierPage *self,
                        const char       *table)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);
  const char * const *tables = IDO_FINANCIER_PAGE_GET_CLASS (self)->tables;

  if (table != NULL && (tables == NULL || !g_strv_contains (tables, table)))
    return;
  /* One reload for a burst of changes (a save writes several tables). */
  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, self, NULL);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  IdoFinancierPage *self = user_data;
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  return ido_financier_item_matches (item, priv->words);
}

/* A list view that is new or refilled starts at its top, section header
 * included (it would keep the first item in view otherwise). */
static gboolean
scroll_to_top_cb (gpointer data)
{
  GtkScrollable *list_view = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (list_view);

  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (GtkListView *list_view)
{
  g_idle_add_full (G_PRIORITY_LOW, scroll_to_top_cb, g_object_ref (list_view), g_object_unref);
}

static void
on_activate_cb (GtkListView      *list_view,
                guint             position,
                IdoFinancierPage *self)
{
  g_autoptr(IdoFinancierItem) item = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list_view)),
                                                            position);

  if (item != NULL && IDO_FINANCIER_PAGE_GET_CLASS (self)->activate_item != NULL)
    IDO_FINANCIER_PAGE_GET_CLASS (self)->activate_item (self, list_view, item);
}

static void
ido_financier_page_constructed (GObject *object)
{
  IdoFinancierPage *self = (IdoFinancierPage *) object;
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  G_OBJECT_CLASS (ido_financier_page_parent_class)->constructed (object);

  if (priv->database != NULL)
    g_signal_connect_object (priv->database, "changed", G_CALLBACK (on_database_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
ido_financier_page_dispose (GObject *object)
{
  IdoFinancierPage *self = (IdoFinancierPage *) object;
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->filter != NULL)
    gtk_custom_filter_set_filter_func (priv->filter, NULL, NULL, NULL);
  g_clear_object (&priv->filter);
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (ido_financier_page_parent_class)->dispose (object);
}

static void
ido_financier_page_finalize (GObject *object)
{
  IdoFinancierPage *self = (IdoFinancierPage *) object;
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_clear_pointer (&priv->words, g_strfreev);

  G_OBJECT_CLASS (ido_financier_page_parent_class)->finalize (object);
}

static void
ido_financier_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  IdoFinancierPage *self = IDO_FINANCIER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, ido_financier_page_get_database (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_financier_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  IdoFinancierPage *self = IDO_FINANCIER_PAGE (object);
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_financier_page_class_init (IdoFinancierPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ido_financier_page_constructed;
  object_class->dispose = ido_financier_page_dispose;
  object_class->finalize = ido_financier_page_finalize;
  object_class->get_property = ido_financier_page_get_property;
  object_class->set_property = ido_financier_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_financier_page_init (IdoFinancierPage *self)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  priv->filter = gtk_custom_filter_new (filter_cb, self, NULL);
}

/**
 * ido_financier_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database shown
 */
IdoDatabase *
ido_financier_page_get_database (IdoFinancierPage *self)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_FINANCIER_PAGE (self), NULL);

  return priv->database;
}

void
ido_financier_page_reload (IdoFinancierPage *self)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_return_if_fail (IDO_IS_FINANCIER_PAGE (self));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->database != NULL && IDO_FINANCIER_PAGE_GET_CLASS (self)->reload != NULL)
    IDO_FINANCIER_PAGE_GET_CLASS (self)->reload (self);
}

/**
 * ido_financier_page_set_search:
 * @text: (nullable): what to search for; every word must occur
 */
void
ido_financier_page_set_search (IdoFinancierPage *self,
                               const char       *text)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);
  g_autofree char *folded = NULL;

  g_return_if_fail (IDO_IS_FINANCIER_PAGE (self));

  g_clear_pointer (&priv->words, g_strfreev);
  folded = text != NULL ? ido_text_fold (text) : NULL;
  if (folded != NULL && *g_strstrip (folded) != '\0')
    priv->words = g_strsplit (folded, " ", -1);
  gtk_filter_changed (GTK_FILTER (priv->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * ido_financier_page_bind_list:
 * @store: a #GListStore of #IdoFinancierItem
 * @sections: whether to show the items' sections as headers
 * @wrap: whether texts may take several lines: only when @list_view is
 *   the child of its own scrolled window
 *
 * Shows @store in @list_view with the financier's rows, filtered on the
 * search; activating a row calls the activate_item vfunc.
 */
void
ido_financier_page_bind_list (IdoFinancierPage *self,
                              GtkListView      *list_view,
                              GListStore       *store,
                              gboolean          sections,
                              gboolean          wrap)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);
  g_autoptr(GtkListItemFactory) factory = ido_financier_item_factory_new (wrap);
  GListModel *model;
  GtkNoSelection *selection;

  g_return_if_fail (IDO_IS_FINANCIER_PAGE (self));

  model = G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (store)),
                                                   GTK_FILTER (g_object_ref (priv->filter))));
  if (sections)
    {
      g_autoptr(GtkListItemFactory) headers = ido_financier_item_header_factory_new ();
      GtkSortListModel *sorted = gtk_sort_list_model_new (model, NULL);

      gtk_sort_list_model_set_section_sorter (sorted, ido_financier_item_section_sorter_new ());
      model = G_LIST_MODEL (sorted);
      gtk_list_view_set_header_factory (list_view, headers);
    }
  selection = gtk_no_selection_new (model);
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_list_view_set_factory (list_view, factory);
  gtk_list_view_set_single_click_activate (list_view, TRUE);
  g_signal_connect_object (list_view, "activate", G_CALLBACK (on_activate_cb), self, 0);
  if (sections)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (on_items_changed_cb), list_view,
                             G_CONNECT_SWAPPED);
}

/**
 * ido_financier_page_count_visible:
 *
 * Returns: how many rows @list_view shows after the search
 */
guint
ido_financier_page_count_visible (IdoFinancierPage *self,
                                  GtkListView      *list_view)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list_view);

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

/**
 * ido_financier_page_present:
 * @dialog: (transfer floating): an editor
 */
void
ido_financier_page_present (IdoFinancierPage *self,
                            AdwDialog        *dialog)
{
  g_return_if_fail (IDO_IS_FINANCIER_PAGE (self));

  adw_dialog_present (dialog, GTK_WIDGET (self));
}

gboolean
ido_financier_page_get_has_content (IdoFinancierPage *self)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_FINANCIER_PAGE (self), FALSE);

  return priv->has_content;
}

/**
 * ido_financier_page_show_content:
 * @stack: the page's stack with an "empty" and a "content" page
 * @has_content: whether there is anything to show
 *
 * Shows the content, or the empty state that says what to do.
 */
void
ido_financier_page_show_content (IdoFinancierPage *self,
                                 GtkStack         *stack,
                                 gboolean          has_content)
{
  IdoFinancierPagePrivate *priv = ido_financier_page_get_instance_private (self);

  g_return_if_fail (IDO_IS_FINANCIER_PAGE (self));

  priv->has_content = has_content;
  gtk_stack_set_visible_child_name (stack, has_content ? "content" : "empty");
}

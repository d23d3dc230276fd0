/* ido-partner-picker.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ticks partners in the (searchable) partner list, e.g. to invite them to
 * a meeting.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-partner-filter.h"
#include "ido-partner-picker.h"

struct _IdoPartnerPicker
{
  AdwDialog           parent_instance;

  IdoPartnerStore    *store;
  IdoPartnerFilter   *filter;
  GtkFilterListModel *filtered;
  GHashTable         *picked;    /* gint64 id -> TRUE */

  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (IdoPartnerPicker, ido_partner_picker, ADW_TYPE_DIALOG)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_toggled_cb (GtkCheckButton   *check,
               IdoPartnerPicker *self)
{
  IdoPartner *partner = g_object_get_data (G_OBJECT (check), "ido-partner");

  if (partner != NULL)
    ido_partner_picker_set_picked (self, ido_partner_get_id (partner), gtk_check_button_get_active (check));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          IdoPartnerPicker         *self)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *sector = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sector), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sector), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sector, "dim-label");
  gtk_widget_add_css_class (sector, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), sector);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  g_signal_connect (check, "toggled", G_CALLBACK (on_toggled_cb), self);
  gtk_list_item_set_child (item, check);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         IdoPartnerPicker         *self)
{
  IdoPartner *partner = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *sector = gtk_widget_get_next_sibling (name);
  gint64 id = ido_partner_get_id (partner);

  g_object_set_data (G_OBJECT (check), "ido-partner", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->picked, &id));
  g_object_set_data (G_OBJECT (check), "ido-partner", partner);
  gtk_label_set_label (GTK_LABEL (name), ido_partner_get_name (partner));
  gtk_label_set_label (GTK_LABEL (sector), ido_partner_get_sector (partner));
  gtk_widget_set_visible (sector, *ido_partner_get_sector (partner) != '\0');
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           IdoPartnerPicker         *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "ido-partner", NULL);
}

static void
on_search_changed_cb (IdoPartnerPicker *self)
{
  ido_partner_filter_set_search_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPartnerPicker *self = IDO_PARTNER_PICKER (widget);
  g_autoptr(GArray) picked = ido_partner_picker_dup_picked (self);

  g_signal_emit (self, signals[PICKED], 0, picked);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
ido_partner_picker_dispose (GObject *object)
{
  IdoPartnerPicker *self = (IdoPartnerPicker *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_PARTNER_PICKER);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->picked, g_hash_table_unref);

  G_OBJECT_CLASS (ido_partner_picker_parent_class)->dispose (object);
}

static void
ido_partner_picker_class_init (IdoPartnerPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_partner_picker_dispose;

  /**
   * IdoPartnerPicker::picked:
   * @ids: (element-type gint64): the partners ticked
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-partner-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerPicker, list_view);
  gtk_widget_class_install_action (widget_class, "picker.done", NULL, done_action);
}

static void
ido_partner_picker_init (IdoPartnerPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->picked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter = ido_partner_filter_new ();
  /* Ended partners are not invited any more. */
  ido_partner_filter_set_status (self->filter, IDO_PARTNER_STATUS_ACTIVE);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * ido_partner_picker_new:
 * @picked: (element-type gint64) (nullable): the partners ticked at first
 *
 * Returns: (transfer floating): the picker, to present
 */
AdwDialog *
ido_partner_picker_new (IdoPartnerStore *store,
                        GArray          *picked)
{
  IdoPartnerPicker *self;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (IDO_IS_PARTNER_STORE (store), NULL);

  self = g_object_new (IDO_TYPE_PARTNER_PICKER, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; picked != NULL && i < picked->len; i++)
    ido_partner_picker_set_picked (self, g_array_index (picked, gint64, i), TRUE);
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (IDO_TYPE_PARTNER, NULL, "name")));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (store)), g_object_ref (sorter));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (sorted)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  return ADW_DIALOG (self);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/**
 * ido_partner_picker_dup_picked:
 *
 * Returns: (transfer full) (element-type gint64): the partners ticked, by id
 */
GArray *
ido_partner_picker_dup_picked (IdoPartnerPicker *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (IDO_IS_PARTNER_PICKER (self), ids);

  g_hash_table_iter_init (&iter, self->picked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_ids);
  return ids;
}

void
ido_partner_picker_set_picked (IdoPartnerPicker *self,
                               gint64            partner_id,
                               gboolean          picked)
{
  g_return_if_fail (IDO_IS_PARTNER_PICKER (self));

  if (picked)
    g_hash_table_add (self->picked, g_memdup2 (&partner_id, sizeof partner_id));
  else
    g_hash_table_remove (self->picked, &partner_id);
}

void
ido_partner_picker_set_search_text (IdoPartnerPicker *self,
                                    const char       *text)
{
  g_return_if_fail (IDO_IS_PARTNER_PICKER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  ido_partner_filter_set_search_text (self->filter, text);
}

/**
 * ido_partner_picker_get_model:
 *
 * Returns: (transfer none): the partners shown
 */
GListModel *
ido_partner_picker_get_model (IdoPartnerPicker *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_PICKER (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

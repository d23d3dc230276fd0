/* ido-partner-list.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every partner in a GtkColumnView: the store, sorted by the column the
 * user clicked, filtered by the search words and the kind, sector and
 * status drop-downs. Virtualised, so it stays quick with 10,000 partners.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-partner-list.h"

struct _IdoPartnerList
{
  AdwBin              parent_instance;

  IdoPartnerStore    *store;
  IdoPartnerFilter   *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkStringList      *sectors;
  guint               sector_update_id;

  GtkDropDown        *kind_dropdown;
  GtkDropDown        *sector_dropdown;
  GtkDropDown        *status_dropdown;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *sector_column;
  GtkColumnViewColumn *contact_column;
  GtkColumnViewColumn *agreement_column;
};

G_DEFINE_FINAL_TYPE (IdoPartnerList, ido_partner_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  PARTNER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The kind drop-down's entries, in order. */
static const char * const kind_filters[] = { NULL, "referrer", "support", "both" };

typedef enum
{
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_SECTOR,
  COLUMN_CONTACT,
  COLUMN_AGREEMENT,
} Column;

/* Cells */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (item, label);
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *tag = gtk_label_new (_("Ended"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_widget_add_css_class (tag, "tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), tag);
  gtk_list_item_set_child (item, box);
}

static void
setup_agreement_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "tag");
  gtk_list_item_set_child (item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  IdoPartner *partner = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *tag = gtk_widget_get_next_sibling (label);

  gtk_label_set_label (GTK_LABEL (label), ido_partner_get_name (partner));
  gtk_widget_set_visible (tag, !ido_partner_get_active (partner));
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  IdoPartner *partner = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  const char *text = "";

  switch (GPOINTER_TO_INT (user_data))
    {
    case COLUMN_KIND:
      text = ido_partner_kind_get_label (ido_partner_get_kind (partner));
      break;
    case COLUMN_SECTOR:
      text = ido_partner_get_sector (partner);
      break;
    case COLUMN_CONTACT:
      text = ido_partner_get_contact_names (partner);
      break;
    default:
      break;
    }
  gtk_label_set_label (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), *text ? text : NULL);
}

static void
bind_agreement_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  IdoPartner *partner = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  IdoAgreementState state = ido_partner_get_agreement_state (partner);
  gboolean active = ido_partner_get_active (partner);

  gtk_label_set_label (GTK_LABEL (label), ido_agreement_state_get_label (state));
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "success");
  if (!active)
    return;
  if (state == IDO_AGREEMENT_STATE_REVIEW_OVERDUE)
    gtk_widget_add_css_class (label, "error");
  else if (state == IDO_AGREEMENT_STATE_NONE || state == IDO_AGREEMENT_STATE_REVIEW_SOON)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_add_css_class (label, "success");
}

static GtkListItemFactory *
column_factory (Column column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  switch (column)
    {
    case COLUMN_NAME:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), NULL);
      break;
    case COLUMN_AGREEMENT:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_agreement_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_agreement_cb), NULL);
      break;
    case COLUMN_KIND:
    case COLUMN_SECTOR:
    case COLUMN_CONTACT:
    default:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cb), GINT_TO_POINTER (column));
      break;
    }
  return factory;
}

/* Sorting */

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (IDO_TYPE_PARTNER, NULL, property)));
}

/* Most urgent first: review overdue, review soon, no agreement, agreed;
 * ended partners after all active ones. */
static int
urgency (IdoPartner *partner)
{
  static const int order[] = {
    [IDO_AGREEMENT_STATE_REVIEW_OVERDUE] = 0,
    [IDO_AGREEMENT_STATE_REVIEW_SOON] = 1,
    [IDO_AGREEMENT_STATE_NONE] = 2,
    [IDO_AGREEMENT_STATE_CURRENT] = 3,
  };

  return order[ido_partner_get_agreement_state (partner)] + (ido_partner_get_active (partner) ? 0 : 10);
}

static int
compare_agreement_cb (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  int x = urgency ((IdoPartner *) a), y = urgency ((IdoPartner *) b);

  return (x > y) - (x < y);
}

static void
setup_columns (IdoPartnerList *self)
{
  struct { GtkColumnViewColumn *column; Column kind; const char *property; } columns[] = {
    { self->name_column, COLUMN_NAME, "name" },
    { self->kind_column, COLUMN_KIND, "kind-label" },
    { self->sector_column, COLUMN_SECTOR, "sector" },
    { self->contact_column, COLUMN_CONTACT, "contact-names" },
    { self->agreement_column, COLUMN_AGREEMENT, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = column_factory (columns[i].kind);
      g_autoptr(GtkSorter) sorter = NULL;

      if (columns[i].property != NULL)
        sorter = string_sorter (columns[i].property);
      else
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_agreement_cb, NULL, NULL));
      gtk_column_view_column_set_factory (columns[i].column, factory);
      gtk_column_view_column_set_sorter (columns[i].column, sorter);
    }
}

/* Counts and empty state */

static void
update_count (IdoPartnerList *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  g_assert (IDO_IS_PARTNER_LIST (self));

  if (self->count_label == NULL)
    return;
  if (shown == total)
    text = g_strdup_printf (ngettext ("%u partner", "%u partners", total), total);
  else
    /* Translators: "3 of 15 partners" */
    text = g_strdup_printf (ngettext ("%u of %u partner", "%u of %u partners", total), shown, total);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "none");
}

/* Sector drop-down */

static char *
selected_sector (IdoPartnerList *self)
{
  guint position = gtk_drop_down_get_selected (self->sector_dropdown);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_strdup (gtk_string_list_get_string (self->sectors, position));
}

static gboolean
update_sectors_cb (gpointer data)
{
  IdoPartnerList *self = data;
  g_auto(GStrv) sectors = ido_partner_store_dup_sectors (self->store);
  g_autofree char *selected = selected_sector (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sectors));
  guint position = 0;

  self->sector_update_id = 0;
  /* Unchanged list: keep it, and the drop-down's state, as it is. */
  if (n == g_strv_length (sectors) + 1)
    {
      gboolean same = TRUE;

      for (guint i = 0; sectors[i] != NULL && same; i++)
        same = g_str_equal (sectors[i], gtk_string_list_get_string (self->sectors, i + 1));
      if (same)
        return G_SOURCE_REMOVE;
    }
  gtk_string_list_splice (self->sectors, 1, n - 1, (const char * const *) sectors);
  for (guint i = 0; selected != NULL && sectors[i] != NULL; i++)
    {
      if (g_str_equal (sectors[i], selected))
        position = i + 1;
    }
  gtk_drop_down_set_selected (self->sector_dropdown, position);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (IdoPartnerList *self)
{
  g_assert (IDO_IS_PARTNER_LIST (self));

  if (self->sector_update_id == 0)
    self->sector_update_id = g_idle_add (update_sectors_cb, self);
}

/* Callbacks */

static void
on_kind_selected_cb (IdoPartnerList *self)
{
  guint position = gtk_drop_down_get_selected (self->kind_dropdown);

  if (position < G_N_ELEMENTS (kind_filters))
    ido_partner_filter_set_kind (self->filter, kind_filters[position]);
}

static void
on_sector_selected_cb (IdoPartnerList *self)
{
  g_autofree char *sector = selected_sector (self);

  ido_partner_filter_set_sector (self->filter, sector);
}

static void
on_status_selected_cb (IdoPartnerList *self)
{
  guint position = gtk_drop_down_get_selected (self->status_dropdown);

  if (position <= IDO_PARTNER_STATUS_REVIEW_DUE)
    ido_partner_filter_set_status (self->filter, position);
}

static void
on_activate_cb (IdoPartnerList *self,
                guint           position)
{
  g_autoptr(IdoPartner) partner = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (partner != NULL)
    g_signal_emit (self, signals[PARTNER_ACTIVATED], 0, partner);
}

static void
setup_dropdowns (IdoPartnerList *self)
{
  const char * const kinds[] = {
    _("All kinds"), _("Warm referrers"), _("Support, help or courses"), _("Refers and supports"), NULL
  };
  const char * const statuses[] = {
    _("All statuses"), _("Active"), _("Ended"), _("Without agreement"), _("Review due"), NULL
  };
  const char * const all_sectors[] = { _("All sectors"), NULL };
  g_autoptr(GtkStringList) kind_model = gtk_string_list_new (kinds);
  g_autoptr(GtkStringList) status_model = gtk_string_list_new (statuses);
  g_autoptr(GtkExpression) sector_name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->sectors = gtk_string_list_new (all_sectors);
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kind_model));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status_model));
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (self->sectors));
  gtk_drop_down_set_expression (self->sector_dropdown, sector_name);
  gtk_drop_down_set_search_match_mode (self->sector_dropdown, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sector_dropdown, "notify::selected", G_CALLBACK (on_sector_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Overrides */

static void
ido_partner_list_constructed (GObject *object)
{
  IdoPartnerList *self = (IdoPartnerList *) object;
  g_autoptr(GtkNoSelection) selection = NULL;

  G_OBJECT_CLASS (ido_partner_list_parent_class)->constructed (object);

  /* Without a store (as a tool instantiating the template makes it) there
   * is nothing to list. */
  if (self->store == NULL)
    return;
  /* Sorted first, then filtered: a keystroke only hides and shows rows of
   * an order that is already known, instead of sorting them again. */
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_sectors_cb (self);
  update_count (self);
}

static void
ido_partner_list_dispose (GObject *object)
{
  IdoPartnerList *self = (IdoPartnerList *) object;

  g_clear_handle_id (&self->sector_update_id, g_source_remove);
  /* Taking the view apart re-sorts the model: nothing to show any more. */
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* The bin lets go of its child first, so that the template does not
   * leave it holding a disposed one. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_PARTNER_LIST);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sectors);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ido_partner_list_parent_class)->dispose (object);
}

static void
ido_partner_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoPartnerList *self = IDO_PARTNER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IdoPartnerList *self = IDO_PARTNER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_list_class_init (IdoPartnerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_partner_list_constructed;
  object_class->dispose = ido_partner_list_dispose;
  object_class->get_property = ido_partner_list_get_property;
  object_class->set_property = ido_partner_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, IDO_TYPE_PARTNER_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * IdoPartnerList::partner-activated:
   * @partner: the partner clicked or chosen with Enter
   */
  signals[PARTNER_ACTIVATED] = g_signal_new ("partner-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, IDO_TYPE_PARTNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-partner-list.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, count_label);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, column_view);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, name_column);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, kind_column);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, sector_column);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, contact_column);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerList, agreement_column);
}

static void
ido_partner_list_init (IdoPartnerList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = ido_partner_filter_new ();
  setup_columns (self);
  setup_dropdowns (self);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_activate_cb), self, G_CONNECT_SWAPPED);
}

/**
 * ido_partner_list_new:
 *
 * Returns: (transfer floating): the list of the partners in @store
 */
GtkWidget *
ido_partner_list_new (IdoPartnerStore *store)
{
  g_return_val_if_fail (IDO_IS_PARTNER_STORE (store), NULL);

  return g_object_new (IDO_TYPE_PARTNER_LIST, "store", store, NULL);
}

/**
 * ido_partner_list_get_store:
 *
 * Returns: (transfer none): the store listed
 */
IdoPartnerStore *
ido_partner_list_get_store (IdoPartnerList *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_LIST (self), NULL);
  return self->store;
}

/**
 * ido_partner_list_get_filter:
 *
 * Returns: (transfer none): the filter in front of the list
 */
IdoPartnerFilter *
ido_partner_list_get_filter (IdoPartnerList *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_LIST (self), NULL);
  return self->filter;
}

/**
 * ido_partner_list_get_model:
 *
 * Returns: (transfer none): the partners shown, in the order shown
 */
GListModel *
ido_partner_list_get_model (IdoPartnerList *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_LIST (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/**
 * ido_partner_list_get_column_view:
 *
 * Returns: (transfer none): the column view
 */
GtkColumnView *
ido_partner_list_get_column_view (IdoPartnerList *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_LIST (self), NULL);
  return self->column_view;
}

guint
ido_partner_list_get_n_visible (IdoPartnerList *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
ido_partner_list_set_search_text (IdoPartnerList *self,
                                  const char     *text)
{
  g_return_if_fail (IDO_IS_PARTNER_LIST (self));
  ido_partner_filter_set_search_text (self->filter, text);
}

/**
 * ido_partner_list_set_kind:
 * @kind: (nullable): "referrer", "support", "both", or %NULL for all
 */
void
ido_partner_list_set_kind (IdoPartnerList *self,
                           const char     *kind)
{
  g_return_if_fail (IDO_IS_PARTNER_LIST (self));

  for (guint i = 0; i < G_N_ELEMENTS (kind_filters); i++)
    {
      if (g_strcmp0 (kind_filters[i], kind) == 0)
        gtk_drop_down_set_selected (self->kind_dropdown, i);
    }
}

/**
 * ido_partner_list_set_sector:
 * @sector: (nullable): a sector in use, or %NULL for all
 */
void
ido_partner_list_set_sector (IdoPartnerList *self,
                             const char     *sector)
{
  guint n;

  g_return_if_fail (IDO_IS_PARTNER_LIST (self));

  ido_partner_store_flush (self->store);
  update_sectors_cb (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sectors));
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  for (guint i = 1; sector != NULL && i < n; i++)
    {
      if (g_str_equal (gtk_string_list_get_string (self->sectors, i), sector))
        gtk_drop_down_set_selected (self->sector_dropdown, i);
    }
}

void
ido_partner_list_set_status (IdoPartnerList   *self,
                             IdoPartnerStatus  status)
{
  g_return_if_fail (IDO_IS_PARTNER_LIST (self));
  gtk_drop_down_set_selected (self->status_dropdown, status);
}

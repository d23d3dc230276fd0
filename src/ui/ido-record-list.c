/* ido-record-list.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records a role owns, one section per record kind, in one virtualised
 * GtkListView: a flattened list of per-kind filter models, so that a search
 * filters every kind and the flattened model's sections become the list's
 * section headers. Chips above the list count each kind and jump to it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-municipality.h"
#include "ido-record.h"
#include "ido-record-list.h"
#include "ido-record-row.h"
#include "ido-record-store.h"

typedef struct
{
  IdoRecordKind       kind;
  IdoRecordStore     *store;
  GtkFilterListModel *filtered;
  GtkWidget          *chip;
  GtkLabel           *chip_count;
} Section;

struct _IdoRecordList
{
  AdwBin           parent_instance;

  IdoDatabase     *database;
  IdoRole          role;
  char            *search_text;
  char           **query_words;     /* folded; NULL when not searching */
  GtkCustomFilter *filter;
  GListStore      *section_models;
  GArray          *sections;
  guint            n_records;
  guint            n_visible;
  guint            header_check_id;
  guint            header_check_frames;

  AdwWrapBox      *kind_box;
  GtkStack        *list_stack;
  GtkListView     *list_view;
};

static void queue_show_first_header (IdoRecordList *self);

G_DEFINE_FINAL_TYPE (IdoRecordList, ido_record_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ROLE,
  PROP_SEARCH_TEXT,
  PROP_N_RECORDS,
  PROP_N_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_record_cb (gpointer item,
                  gpointer user_data)
{
  IdoRecordList *self = user_data;
  g_autofree char *text = NULL;

  if (self->query_words == NULL)
    return TRUE;
  text = ido_record_dup_search_text (item);
  for (guint i = 0; self->query_words[i] != NULL; i++)
    {
      if (strstr (text, self->query_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
update_chip (IdoRecordList *self,
             Section       *section)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (section->filtered));
  g_autofree char *count = g_strdup_printf ("%u", n_items);
  g_autofree char *label = NULL;

  g_assert (IDO_IS_RECORD_LIST (self));

  gtk_label_set_label (section->chip_count, count);
  gtk_widget_set_sensitive (section->chip, n_items > 0);
  /* Translators: a button that jumps to a kind of records: "Partners: 15" */
  label = g_strdup_printf (_("%s: %u"), ido_record_kind_get_label (section->kind), n_items);
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update_counts (IdoRecordList *self)
{
  guint n_records = 0;
  guint n_visible = 0;

  g_assert (IDO_IS_RECORD_LIST (self));

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      n_records += g_list_model_get_n_items (G_LIST_MODEL (section->store));
      n_visible += g_list_model_get_n_items (G_LIST_MODEL (section->filtered));
      update_chip (self, section);
    }
  gtk_stack_set_visible_child_name (self->list_stack,
                                    n_visible == 0 && n_records > 0 ? "no-results" : "list");
  if (n_records != self->n_records)
    {
      self->n_records = n_records;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDS]);
    }
  if (n_visible != self->n_visible)
    {
      self->n_visible = n_visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_VISIBLE]);
    }
}

static guint
section_start (IdoRecordList *self,
               guint          index)
{
  guint position = 0;

  for (guint i = 0; i < index; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      position += g_list_model_get_n_items (G_LIST_MODEL (section->filtered));
    }
  return position;
}

static void
on_chip_clicked_cb (GtkButton     *button,
                    IdoRecordList *self)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      if (section->chip == GTK_WIDGET (button))
        {
          gtk_list_view_scroll_to (self->list_view, section_start (self, i),
                                   GTK_LIST_SCROLL_FOCUS, NULL);
          return;
        }
    }
}

static void
on_filtered_items_changed_cb (IdoRecordList *self)
{
  update_counts (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    queue_show_first_header (self);
}

static GtkWidget *
create_chip (IdoRecordList *self,
             Section       *section)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (ido_record_kind_get_label (section->kind));
  GtkWidget *count = gtk_label_new ("0");

  gtk_widget_add_css_class (button, "kind-chip");
  gtk_widget_add_css_class (count, "chip-count");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count);
  gtk_button_set_child (GTK_BUTTON (button), box);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self, 0);
  section->chip_count = GTK_LABEL (count);
  return button;
}

static void
add_section (IdoRecordList *self,
             IdoRecordKind  kind)
{
  Section section = { .kind = kind };

  g_assert (IDO_IS_RECORD_LIST (self));

  section.store = ido_record_store_new (self->database, kind);
  /* Without a search there is no filter: every record passes untested. */
  section.filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (section.store)),
                                                self->query_words ? GTK_FILTER (g_object_ref (self->filter))
                                                                  : NULL);
  section.chip = create_chip (self, &section);
  adw_wrap_box_append (self->kind_box, section.chip);
  g_list_store_append (self->section_models, section.filtered);
  g_signal_connect_object (section.filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_array_append_val (self->sections, section);
}




static void
update_header (GtkListHeader *header)
{
  IdoRecord *record = gtk_list_header_get_item (header);
  GtkWidget *label = gtk_list_header_get_child (header);

  if (label != NULL)
    gtk_label_set_label (GTK_LABEL (label),
                         record ? ido_record_kind_get_label (ido_record_get_kind (record)) : "");
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_header_set_child (header, label);
  /* The first section's item may arrive after binding. */
  g_signal_connect (header, "notify::item", G_CALLBACK (update_header), NULL);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  update_header (header);
}

/* GtkListView anchors its first item to the top, which leaves the header of
 * the first section just above the view. When the list sits there, right
 * after it was shown, filled or refiltered, scroll up to show that header. */
#define FIRST_HEADER_MAX_HEIGHT 64.0
#define HEADER_CHECK_FRAMES 3

static void
show_first_header (IdoRecordList *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  double value;
  double lower;

  if (adjustment == NULL)
    return;
  value = gtk_adjustment_get_value (adjustment);
  lower = gtk_adjustment_get_lower (adjustment);
  if (value > lower && value - lower < FIRST_HEADER_MAX_HEIGHT)
    gtk_adjustment_set_value (adjustment, lower);
}

/* Layout settles over a frame or two: look after each of the next few. */
static gboolean
show_first_header_tick_cb (GtkWidget     *widget,
                           GdkFrameClock *frame_clock,
                           gpointer       user_data)
{
  IdoRecordList *self = user_data;

  show_first_header (self);
  if (++self->header_check_frames < HEADER_CHECK_FRAMES)
    return G_SOURCE_CONTINUE;
  self->header_check_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_show_first_header (IdoRecordList *self)
{
  self->header_check_frames = 0;
  if (self->header_check_id == 0)
    self->header_check_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                          show_first_header_tick_cb,
                                                          self, NULL);
}

static void
on_adjustment_changed_cb (IdoRecordList *self)
{
  show_first_header (self);
}

static void
on_list_map_cb (IdoRecordList *self)
{
  queue_show_first_header (self);
}

static void
setup_list_view (IdoRecordList *self)
{
  g_autoptr(GtkListItemFactory) factory = ido_record_row_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) header_factory = gtk_signal_list_item_factory_new ();
  GtkFlattenListModel *flattened;

  g_signal_connect (header_factory, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (header_factory, "bind", G_CALLBACK (bind_header_cb), NULL);

  flattened = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (self->section_models)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_header_factory (self->list_view, header_factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (flattened))));
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)),
                           "changed", G_CALLBACK (on_adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "map", G_CALLBACK (on_list_map_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
ido_record_list_constructed (GObject *object)
{
  IdoRecordList *self = (IdoRecordList *) object;

  G_OBJECT_CLASS (ido_record_list_parent_class)->constructed (object);

  if (self->database != NULL)
    {
      for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
        {
          if (ido_record_kind_get_role (kind) == self->role)
            add_section (self, kind);
        }
    }
  setup_list_view (self);
  update_counts (self);
}

static void
ido_record_list_dispose (GObject *object)
{
  IdoRecordList *self = (IdoRecordList *) object;

  /* Nothing may call back into the list while its widgets go away. */
  for (guint i = 0; self->sections != NULL && i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      g_signal_handlers_disconnect_by_data (section->filtered, self);
    }
  if (self->header_check_id != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->header_check_id);
  self->header_check_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_RECORD_LIST);
  for (guint i = 0; self->sections != NULL && i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      g_clear_object (&section->filtered);
      g_clear_object (&section->store);
    }
  if (self->sections != NULL)
    g_array_set_size (self->sections, 0);
  g_clear_object (&self->section_models);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_record_list_parent_class)->dispose (object);
}

static void
ido_record_list_finalize (GObject *object)
{
  IdoRecordList *self = (IdoRecordList *) object;

  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (ido_record_list_parent_class)->finalize (object);
}

static void
ido_record_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IdoRecordList *self = IDO_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_N_RECORDS:
      g_value_set_uint (value, self->n_records);
      break;
    case PROP_N_VISIBLE:
      g_value_set_uint (value, self->n_visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  IdoRecordList *self = IDO_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_int (value);
      break;
    case PROP_SEARCH_TEXT:
      ido_record_list_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_list_class_init (IdoRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_record_list_constructed;
  object_class->dispose = ido_record_list_dispose;
  object_class->finalize = ido_record_list_finalize;
  object_class->get_property = ido_record_list_get_property;
  object_class->set_property = ido_record_list_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, 0, IDO_N_ROLES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_RECORDS] =
    g_param_spec_uint ("n-records", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_VISIBLE] =
    g_param_spec_uint ("n-visible", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoRecordList, kind_box);
  gtk_widget_class_bind_template_child (widget_class, IdoRecordList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoRecordList, list_view);
}

static void
ido_record_list_init (IdoRecordList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  self->section_models = g_list_store_new (G_TYPE_LIST_MODEL);
  self->filter = gtk_custom_filter_new (filter_record_cb, self, NULL);
}

/**
 * ido_record_list_new:
 * @database: (nullable): the database, or %NULL for an empty list
 *
 * Returns: (transfer floating): the records of @role's kinds
 */
GtkWidget *
ido_record_list_new (IdoDatabase *database,
                     IdoRole      role)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (role < IDO_N_ROLES, NULL);

  return g_object_new (IDO_TYPE_RECORD_LIST, "database", database, "role", role, NULL);
}

/* All records of the list's kinds, before searching. */
guint
ido_record_list_get_n_records (IdoRecordList *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_LIST (self), 0);

  return self->n_records;
}

/* The records that match the search. */
guint
ido_record_list_get_n_visible (IdoRecordList *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_LIST (self), 0);

  return self->n_visible;
}

const char *
ido_record_list_get_search_text (IdoRecordList *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_LIST (self), NULL);

  return self->search_text;
}

static void
set_filtering (IdoRecordList *self,
               gboolean       filtering)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      gtk_filter_list_model_set_filter (section->filtered,
                                        filtering ? GTK_FILTER (self->filter) : NULL);
    }
}

static GtkFilterChange
compare_queries (const char *old_query,
                 const char *new_query)
{
  if (old_query == NULL || *old_query == '\0')
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_query == NULL || *new_query == '\0')
    return GTK_FILTER_CHANGE_LESS_STRICT;
  if (strstr (new_query, old_query) != NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (strstr (old_query, new_query) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/**
 * ido_record_list_set_search_text:
 * @text: (nullable): words that every shown record must contain, in any
 *   case and with or without accents
 */
void
ido_record_list_set_search_text (IdoRecordList *self,
                                 const char    *text)
{
  g_autofree char *old_folded = NULL;
  g_autofree char *new_folded = NULL;

  g_return_if_fail (IDO_IS_RECORD_LIST (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;
  old_folded = self->query_words ? g_strjoinv (" ", self->query_words) : NULL;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  g_clear_pointer (&self->query_words, g_strfreev);
  if (text != NULL)
    {
      g_autofree char *folded = ido_text_fold (text);

      /* Folded text is words separated by single spaces. */
      if (*folded != '\0')
        self->query_words = g_strsplit (folded, " ", -1);
    }
  new_folded = self->query_words ? g_strjoinv (" ", self->query_words) : NULL;
  if (g_strcmp0 (old_folded, new_folded) != 0)
    {
      if (old_folded == NULL || new_folded == NULL)
        set_filtering (self, new_folded != NULL);
      else
        gtk_filter_changed (GTK_FILTER (self->filter), compare_queries (old_folded, new_folded));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

/**
 * ido_record_list_get_store:
 *
 * Returns: (transfer none) (nullable): the store of @kind, if the list
 *   shows that kind
 */
IdoRecordStore *
ido_record_list_get_store (IdoRecordList *self,
                           IdoRecordKind  kind)
{
  g_return_val_if_fail (IDO_IS_RECORD_LIST (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      if (section->kind == kind)
        return section->store;
    }
  return NULL;
}

/**
 * ido_record_list_get_model:
 *
 * Returns: (transfer none): the records shown, after searching
 */
GListModel *
ido_record_list_get_model (IdoRecordList *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_LIST (self), NULL);

  return G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
}

void
ido_record_list_reload (IdoRecordList *self)
{
  g_return_if_fail (IDO_IS_RECORD_LIST (self));

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);
      g_autoptr(GError) error = NULL;

      if (!ido_record_store_reload (section->store, &error))
        g_warning ("Could not reload %s: %s",
                   ido_record_kind_get_table (section->kind), error->message);
    }
}

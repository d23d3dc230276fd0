/* ido-overview-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The municipality, one card per role with what it holds, and the records
 * of every role that need attention, most urgent first.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-overview.h"
#include "ido-attention.h"
#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-financier-overview.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-network-attention.h"
#include "ido-overview-pane.h"
#include "ido-record.h"
#include "ido-record-row.h"
#include "ido-record-store.h"
#include "ido-results-overview.h"
#include "ido-role-info.h"

/* Rows of the attention list; the rest are counted below it. */
#define MAX_ATTENTION_ROWS IDO_ATTENTION_ROWS

typedef struct
{
  GtkWidget *button;
  GtkLabel  *count_label;
} RoleCard;

struct _IdoOverviewPane
{
  IdoPane            parent_instance;

  IdoAttentionSummary *summary;        /* counts and most urgent records */
  GListStore        *attention_items;   /* the most urgent, at most MAX_ATTENTION_ROWS */
  guint              n_attention;       /* all that need attention and match the search */
  guint              update_id;
  gulong             after_paint_id;
  gboolean           lower_sections_added;
  char             **query_words;
  RoleCard           cards[IDO_N_ROLES];

  GtkLabel          *municipality_label;
  GtkLabel          *details_label;
  GtkWidget         *sample_tag;
  GtkFlowBox        *role_box;
  GtkStack          *attention_stack;
  GtkListBox        *attention_list;
  GtkLabel          *more_label;
};

G_DEFINE_FINAL_TYPE (IdoOverviewPane, ido_overview_pane, IDO_TYPE_PANE)

static void
update_municipality (IdoOverviewPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(IdoOwnMunicipality) own = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  IdoMunicipality *municipality = NULL;

  g_assert (IDO_IS_OVERVIEW_PANE (self));

  if (database != NULL)
    own = ido_dossier_get_own_municipality (database);
  gtk_label_set_label (self->municipality_label,
                       own != NULL ? own->name : _("No Municipality Chosen"));
  gtk_widget_set_visible (self->sample_tag, own != NULL && own->is_sample);
  if (own != NULL && own->code != NULL)
    {
      g_string_append (details, own->code);
      municipality = ido_municipality_registry_lookup_code (ido_municipality_registry_get_default (),
                                                            own->code);
    }
  if (municipality != NULL && ido_municipality_get_inhabitants (municipality) > 0)
    {
      guint inhabitants = ido_municipality_get_inhabitants (municipality);
      g_autofree char *number = g_strdup_printf ("%'u", inhabitants);

      g_string_append (details, " · ");
      /* Translators: "52,123 inhabitants on 1 January 2025" */
      g_string_append_printf (details,
                              ngettext ("%s inhabitant on 1 January %u",
                                        "%s inhabitants on 1 January %u",
                                        inhabitants),
                              number, ido_municipality_get_inhabitants_year (municipality));
    }
  gtk_label_set_label (self->details_label, details->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);
}

static char *
format_role_counts (guint n_records,
                    guint n_flagged)
{
  g_autofree char *records = NULL;

  records = g_strdup_printf (ngettext ("%u record", "%u records", n_records), n_records);
  if (n_flagged == 0)
    return g_steal_pointer (&records);
  /* Translators: "15 records · 3 need attention" */
  return g_strdup_printf (ngettext ("%s · %u needs attention", "%s · %u need attention", n_flagged),
                          records, n_flagged);
}

static void
update_cards (IdoOverviewPane *self)
{
  guint n_records[IDO_N_ROLES] = { 0 };
  guint n_flagged[IDO_N_ROLES] = { 0 };

  g_assert (IDO_IS_OVERVIEW_PANE (self));

  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    {
      IdoRole role = ido_record_kind_get_role (kind);

      if (self->summary == NULL)
        continue;
      n_records[role] += self->summary->totals[kind];
      n_flagged[role] += self->summary->flagged[kind];
    }
  for (IdoRole role = IDO_ROLE_FINANCIER; role < IDO_N_ROLES; role++)
    {
      g_autofree char *counts = format_role_counts (n_records[role], n_flagged[role]);
      g_autofree char *label = NULL;

      gtk_label_set_label (self->cards[role].count_label, counts);
      label = g_strdup_printf ("%s, %s", _(ido_role_info_get (role)->title), counts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cards[role].button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

static void
update_attention (IdoOverviewPane *self)
{
  g_autofree char *more = NULL;

  g_assert (IDO_IS_OVERVIEW_PANE (self));

  gtk_stack_set_visible_child_name (self->attention_stack, self->n_attention > 0 ? "list" : "none");
  if (self->n_attention > MAX_ATTENTION_ROWS)
    {
      guint n_more = self->n_attention - MAX_ATTENTION_ROWS;

      more = g_strdup_printf (ngettext ("And %u more item; the role panes show them all.",
                                        "And %u more items; the role panes show them all.",
                                        n_more),
                              n_more);
    }
  gtk_label_set_label (self->more_label, more ? more : "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), more != NULL);
}

static gboolean update_cb (gpointer user_data);

static void
on_database_changed_cb (IdoOverviewPane *self,
                        const char      *table)
{
  if (table == NULL || g_str_equal (table, "municipality") || g_str_equal (table, "meta") ||
      g_str_equal (table, "population"))
    update_municipality (self);
  /* Loading data changes many tables at once: count once they are done. */
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

/* Totals and flags per kind, counted in SQL, and the most urgent few
 * records of each: no record is built for the thousands of partners that
 * only add to a card's count. */
static void
count_records (IdoOverviewPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->summary, ido_attention_summary_free);
  if (database == NULL)
    return;
  self->summary = ido_attention_summary_load (database, NULL, MAX_ATTENTION_ROWS, &error);
  if (self->summary == NULL)
    g_warning ("Counting what needs attention failed: %s", error->message);
}

static gboolean
needs_attention (IdoOverviewPane *self,
                 IdoRecord       *record)
{
  g_autofree char *text = NULL;

  if (ido_record_get_flag (record) < IDO_RECORD_FLAG_ATTENTION)
    return FALSE;
  if (self->query_words == NULL)
    return TRUE;
  text = ido_record_dup_search_text (record);
  for (guint i = 0; self->query_words[i] != NULL; i++)
    {
      if (strstr (text, self->query_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Overdue before attention, then the earliest date first, undated last. */
static int
compare_urgency_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  IdoRecord *record_a = (IdoRecord *) a;
  IdoRecord *record_b = (IdoRecord *) b;
  const char *date_a = ido_record_get_date (record_a);
  const char *date_b = ido_record_get_date (record_b);
  int flag_a = ido_record_get_flag (record_a);
  int flag_b = ido_record_get_flag (record_b);

  if (flag_a != flag_b)
    return flag_b - flag_a;
  if (date_a == NULL || date_b == NULL)
    return (date_a == NULL) - (date_b == NULL);
  return g_strcmp0 (date_a, date_b);
}

/* Keeps @top sorted by urgency and no longer than MAX_ATTENTION_ROWS. */
static void
keep_most_urgent (GPtrArray *top,
                  IdoRecord *record)
{
  guint position = top->len;

  while (position > 0 && compare_urgency_cb (record, g_ptr_array_index (top, position - 1), NULL) < 0)
    position--;
  if (position >= MAX_ATTENTION_ROWS)
    return;
  g_ptr_array_insert (top, position, g_object_ref (record));
  if (top->len > MAX_ATTENTION_ROWS)
    g_ptr_array_remove_index (top, top->len - 1);
}

/* Without a search the summary has all it takes; a search reads every
 * flagged record and matches its text. */
static void
collect_attention (IdoOverviewPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_attention = 0;

  g_assert (IDO_IS_OVERVIEW_PANE (self));

  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS && self->summary != NULL; kind++)
    {
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GError) error = NULL;

      if (self->summary->flagged[kind] == 0)
        continue;
      if (self->query_words == NULL)
        records = g_ptr_array_ref (self->summary->urgent[kind]);
      else
        records = ido_record_kind_list_flagged (database, kind, NULL, 0, &error);
      if (records == NULL)
        {
          g_warning ("Reading %s failed: %s", ido_record_kind_get_table (kind), error->message);
          continue;
        }
      if (self->query_words == NULL)
        n_attention += self->summary->flagged[kind];
      for (guint i = 0; i < records->len; i++)
        {
          IdoRecord *record = g_ptr_array_index (records, i);

          if (!needs_attention (self, record))
            continue;
          if (self->query_words != NULL)
            n_attention++;
          keep_most_urgent (top, record);
        }
    }
  self->n_attention = n_attention;
  g_list_store_splice (self->attention_items, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->attention_items)),
                       top->pdata, top->len);
  update_attention (self);
}

/* Light rows rather than AdwActionRows: the overview is the first thing
 * shown at startup. */
static GtkWidget *
create_attention_row_cb (gpointer item,
                         gpointer user_data)
{
  IdoRecord *record = item;
  const IdoRoleInfo *role = ido_role_info_get (ido_record_kind_get_role (ido_record_get_kind (record)));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *record_row = ido_record_row_new ();
  g_autofree char *text = NULL;

  gtk_widget_add_css_class (box, "attention-row");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (role->icon_name));
  ido_record_row_set_show_kind (IDO_RECORD_ROW (record_row), TRUE);
  ido_record_row_set_record (IDO_RECORD_ROW (record_row), record);
  gtk_widget_set_hexpand (record_row, TRUE);
  gtk_box_append (GTK_BOX (box), record_row);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  text = ido_record_row_dup_accessible_text (IDO_RECORD_ROW (record_row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (role->role != IDO_ROLE_OVERVIEW)
    {
      gtk_widget_set_tooltip_text (row, _(role->title));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", role->name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-pane");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static GtkWidget *
create_card (IdoOverviewPane   *self,
             const IdoRoleInfo *info)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *title = gtk_label_new (_(info->title));
  GtkWidget *subtitle = gtk_label_new (_(info->subtitle));
  GtkWidget *counts = gtk_label_new (NULL);

  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "role-card");
  gtk_widget_set_size_request (button, 220, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", info->name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-pane");
  gtk_widget_add_css_class (icon, "role-icon");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_set_vexpand (subtitle, TRUE);
  gtk_widget_set_valign (subtitle, GTK_ALIGN_START);
  gtk_widget_add_css_class (counts, "numeric");
  gtk_label_set_xalign (GTK_LABEL (counts), 0);
  gtk_label_set_ellipsize (GTK_LABEL (counts), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (box), counts);
  gtk_button_set_child (GTK_BUTTON (button), box);
  self->cards[info->role].button = button;
  self->cards[info->role].count_label = GTK_LABEL (counts);
  return button;
}

static void
add_cards (IdoOverviewPane *self)
{
  for (IdoRole role = IDO_ROLE_FINANCIER; role < IDO_N_ROLES; role++)
    {
      GtkWidget *card = create_card (self, ido_role_info_get (role));

      gtk_flow_box_append (self->role_box, card);
      /* The button takes the focus, not the flow box child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
}

static gboolean
update_cb (gpointer user_data)
{
  IdoOverviewPane *self = user_data;

  self->update_id = 0;
  /* The pane's widgets may be gone already. */
  if (self->attention_stack == NULL)
    return G_SOURCE_REMOVE;
  count_records (self);
  update_cards (self);
  collect_attention (self);
  return G_SOURCE_REMOVE;
}

static void
setup_attention_list (IdoOverviewPane *self)
{
  self->attention_items = g_list_store_new (IDO_TYPE_RECORD);
  gtk_list_box_bind_model (self->attention_list, G_LIST_MODEL (self->attention_items),
                           create_attention_row_cb, NULL, NULL);
}

static void
on_search_text_changed_cb (IdoOverviewPane *self)
{
  const char *text = ido_pane_get_search_text (IDO_PANE (self));

  g_clear_pointer (&self->query_words, g_strfreev);
  if (text != NULL)
    {
      g_autofree char *folded = ido_text_fold (text);

      if (*folded != '\0')
        self->query_words = g_strsplit (folded, " ", -1);
    }
  collect_attention (self);
}

static void
ido_overview_pane_reload (IdoPane *pane)
{
  IdoOverviewPane *self = IDO_OVERVIEW_PANE (pane);

  g_clear_handle_id (&self->update_id, g_source_remove);
  update_municipality (self);
  update_cb (self);
}

static gboolean
ido_overview_pane_start_search (IdoPane *pane)
{
  IdoOverviewPane *self = IDO_OVERVIEW_PANE (pane);

  return self->n_attention > 0;
}

static gboolean
add_lower_sections_cb (gpointer user_data)
{
  IdoOverviewPane *self = user_data;
  IdoDatabase *database;
  GtkWidget *box;

  /* The pane may have been closed before the first frame. */
  if (self->attention_stack == NULL)
    return G_SOURCE_REMOVE;
  database = ido_pane_get_database (IDO_PANE (self));
  box = gtk_widget_get_parent (GTK_WIDGET (self->attention_stack));
  if (box == NULL)
    return G_SOURCE_REMOVE;
  /* The dashboard's latest quarter and trends (issue 5). */
  gtk_box_append (GTK_BOX (box), ido_results_overview_new (database));
  /* Partners, referral agreements, desks and network actions (issue 3). */
  gtk_box_append (GTK_BOX (box), ido_network_attention_new (database));
  /* The financier's targets, agreements and certifications (issue 4). */
  gtk_box_append (GTK_BOX (box), ido_financier_overview_new (database));
  /* Action items of every role, e-service changes to tell the IDO (issue 6). */
  gtk_box_append (GTK_BOX (box), ido_action_overview_new (database));
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock   *clock,
                   IdoOverviewPane *self)
{
  g_clear_signal_handler (&self->after_paint_id, clock);
  g_idle_add_full (G_PRIORITY_LOW, add_lower_sections_cb, g_object_ref (self), g_object_unref);
}

/* The sections below the attention list are out of sight when the window
 * opens: build them once the pane's first frame is painted. (An idle alone
 * is not enough: on X11 the main loop is idle while the window waits to be
 * mapped, before anything is painted.) */
static void
ido_overview_pane_map (GtkWidget *widget)
{
  IdoOverviewPane *self = IDO_OVERVIEW_PANE (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (ido_overview_pane_parent_class)->map (widget);

  if (self->lower_sections_added || self->after_paint_id != 0)
    return;
  self->lower_sections_added = TRUE;
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    g_idle_add_full (G_PRIORITY_LOW, add_lower_sections_cb, g_object_ref (self), g_object_unref);
  else
    self->after_paint_id = g_signal_connect (clock, "after-paint",
                                             G_CALLBACK (on_after_paint_cb), self);
}

static void
ido_overview_pane_unmap (GtkWidget *widget)
{
  IdoOverviewPane *self = IDO_OVERVIEW_PANE (widget);

  /* Not painted after all: build the sections right away instead. */
  if (self->after_paint_id != 0)
    {
      g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));
      g_idle_add_full (G_PRIORITY_LOW, add_lower_sections_cb, g_object_ref (self), g_object_unref);
    }
  GTK_WIDGET_CLASS (ido_overview_pane_parent_class)->unmap (widget);
}

static void
ido_overview_pane_constructed (GObject *object)
{
  IdoOverviewPane *self = (IdoOverviewPane *) object;
  IdoDatabase *database;

  G_OBJECT_CLASS (ido_overview_pane_parent_class)->constructed (object);

  database = ido_pane_get_database (IDO_PANE (self));
  add_cards (self);
  setup_attention_list (self);
  update_municipality (self);
  count_records (self);
  update_cards (self);
  collect_attention (self);
  if (database != NULL)
    g_signal_connect_object (database, "changed",
                             G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::search-text", G_CALLBACK (on_search_text_changed_cb), NULL);
}

static void
ido_overview_pane_dispose (GObject *object)
{
  IdoOverviewPane *self = (IdoOverviewPane *) object;

  /* Nothing may call back into the pane while its widgets go away. */
  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_OVERVIEW_PANE);
  g_clear_object (&self->attention_items);
  g_clear_pointer (&self->summary, ido_attention_summary_free);

  G_OBJECT_CLASS (ido_overview_pane_parent_class)->dispose (object);
}

static void
ido_overview_pane_finalize (GObject *object)
{
  IdoOverviewPane *self = (IdoOverviewPane *) object;

  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (ido_overview_pane_parent_class)->finalize (object);
}

static void
ido_overview_pane_class_init (IdoOverviewPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_overview_pane_constructed;
  object_class->dispose = ido_overview_pane_dispose;
  object_class->finalize = ido_overview_pane_finalize;
  widget_class->map = ido_overview_pane_map;
  widget_class->unmap = ido_overview_pane_unmap;


  pane_class->reload = ido_overview_pane_reload;
  pane_class->start_search = ido_overview_pane_start_search;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-overview-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, municipality_label);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, details_label);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, sample_tag);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, role_box);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, attention_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, attention_list);
  gtk_widget_class_bind_template_child (widget_class, IdoOverviewPane, more_label);
}

static void
ido_overview_pane_init (IdoOverviewPane *self)
{
  g_type_ensure (IDO_TYPE_NETWORK_ATTENTION);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_overview_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_overview_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_OVERVIEW_PANE,
                       "role", IDO_ROLE_OVERVIEW,
                       "database", database,
                       NULL);
}

/**
 * ido_overview_pane_get_attention_items:
 *
 * Returns: (transfer none): the most urgent records that need attention and
 *   match the search, most urgent first; the list shows these
 */
GListModel *
ido_overview_pane_get_attention_items (IdoOverviewPane *self)
{
  g_return_val_if_fail (IDO_IS_OVERVIEW_PANE (self), NULL);

  return G_LIST_MODEL (self->attention_items);
}

/* How many records need attention and match the search, shown or not. */
guint
ido_overview_pane_get_n_attention (IdoOverviewPane *self)
{
  g_return_val_if_fail (IDO_IS_OVERVIEW_PANE (self), 0);

  return self->n_attention;
}

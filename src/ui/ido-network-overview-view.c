/* ido-network-overview-view.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner network at a glance: partners per kind and sector, how many
 * were reached in the last twelve months, and who contributes to each
 * building block of the lokale ketenaanpak. Rows that count partners open
 * the partner list filtered to them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-network-overview.h"
#include "ido-network-overview-view.h"
#include "ido-partner.h"
#include "ido-partner-store.h"

struct _IdoNetworkOverviewView
{
  AdwBin               parent_instance;

  IdoDatabase         *database;
  char                *today;
  GPtrArray           *rows;          /* every row added, per group */
  GHashTable          *named_rows;    /* name -> row, for tests */
  guint                reload_id;

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *kinds_group;
  AdwPreferencesGroup *reach_group;
  GtkLevelBar         *reach_bar;
  AdwPreferencesGroup *blocks_group;
  AdwPreferencesGroup *sectors_group;
};

G_DEFINE_FINAL_TYPE (IdoNetworkOverviewView, ido_network_overview_view, ADW_TYPE_BIN)

enum {
  SHOW_PARTNERS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char            *kind;
  char            *sector;
  IdoPartnerStatus status;
} Filter;

static void
filter_free (gpointer data)
{
  Filter *filter = data;

  g_free (filter->kind);
  g_free (filter->sector);
  g_free (filter);
}

static void
on_row_activated_cb (IdoNetworkOverviewView *self,
                     AdwActionRow           *row)
{
  Filter *filter = g_object_get_data (G_OBJECT (row), "ido-filter");

  if (filter != NULL)
    g_signal_emit (self, signals[SHOW_PARTNERS], 0, filter->kind, filter->sector, filter->status);
}

/* A row with a count at its end; with a filter it opens those partners. */
static GtkWidget *
add_row (IdoNetworkOverviewView *self,
         AdwPreferencesGroup    *group,
         const char             *name,
         const char             *title,
         const char             *subtitle,
         guint                   count,
         Filter                 *filter)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *label = gtk_label_new (number);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "title-4");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  if (filter != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "ido-filter", filter, filter_free);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);
    }
  g_object_set_data (G_OBJECT (row), "ido-group", group);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  g_hash_table_replace (self->named_rows, g_strdup (name), row);
  return row;
}

static Filter *
filter_new (const char       *kind,
            const char       *sector,
            IdoPartnerStatus  status)
{
  Filter *filter = g_new0 (Filter, 1);

  filter->kind = g_strdup (kind);
  filter->sector = g_strdup (sector);
  filter->status = status;
  return filter;
}

static char *
join_names (GPtrArray *names,
            guint      total)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (names, i));
  if (total > names->len)
    /* Translators: after a list of names, "… and 4 more" */
    g_string_append_printf (text, ngettext (" and %u more", " and %u more", total - names->len),
                            total - names->len);
  return g_string_free (text, FALSE);
}

static void
clear_rows (IdoNetworkOverviewView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "ido-group"), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->named_rows);
}

static void
show_kinds (IdoNetworkOverviewView *self,
            IdoNetworkOverview     *overview)
{
  struct { const char *kind; guint count; } kinds[] = {
    { "referrer", overview->n_referrer }, { "support", overview->n_support }, { "both", overview->n_both },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    add_row (self, self->kinds_group, kinds[i].kind, ido_partner_kind_get_label (kinds[i].kind), NULL,
             kinds[i].count, filter_new (kinds[i].kind, NULL, IDO_PARTNER_STATUS_ACTIVE));
  add_row (self, self->kinds_group, "national", _("National partners (NPD)"), NULL, overview->n_national, NULL);
  add_row (self, self->kinds_group, "ended", _("Ended"), _("No longer active; their history is kept."),
           overview->n_ended, filter_new (NULL, NULL, IDO_PARTNER_STATUS_ENDED));
}

static void
show_reach (IdoNetworkOverviewView *self,
            IdoNetworkOverview     *overview)
{
  g_autofree char *names = join_names (overview->not_reached, overview->n_not_reached);
  g_autofree char *share = NULL;

  gtk_level_bar_set_max_value (self->reach_bar, MAX (overview->n_active, 1));
  gtk_level_bar_set_value (self->reach_bar, overview->n_reached);
  share = g_strdup_printf (_("%u of %u active partners reached"), overview->n_reached, overview->n_active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reach_bar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, share, -1);
  add_row (self, self->reach_group, "reached", _("Reached"), NULL, overview->n_reached, NULL);
  add_row (self, self->reach_group, "not-reached", _("Not reached"), names, overview->n_not_reached, NULL);
}

static void
show_blocks (IdoNetworkOverviewView *self,
             IdoNetworkOverview     *overview)
{
  for (guint i = 0; i < overview->blocks->len; i++)
    {
      IdoBlockPartners *entry = g_ptr_array_index (overview->blocks, i);
      g_autofree char *names = join_names (entry->partners, entry->partners->len);
      GtkWidget *row;

      row = add_row (self, self->blocks_group, entry->block, ido_building_block_get_label (entry->block),
                     entry->partners->len > 0 ? names : _("No partner contributes yet"), entry->partners->len,
                     NULL);
      if (entry->partners->len == 0)
        gtk_widget_add_css_class (row, "warning");
    }
}

static void
show_sectors (IdoNetworkOverviewView *self,
              IdoNetworkOverview     *overview)
{
  for (guint i = 0; i < overview->per_sector->len; i++)
    {
      IdoSectorCount *count = g_ptr_array_index (overview->per_sector, i);
      g_autofree char *name = g_strconcat ("sector:", count->sector, NULL);

      add_row (self, self->sectors_group, name, *count->sector ? count->sector : _("No sector"), NULL, count->count,
               *count->sector ? filter_new (NULL, count->sector, IDO_PARTNER_STATUS_ACTIVE) : NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sectors_group), overview->per_sector->len > 0);
}

static gboolean
reload_cb (gpointer data)
{
  IdoNetworkOverviewView *self = data;
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  clear_rows (self);
  overview = ido_network_overview_compute (self->database, self->today, &error);
  if (overview == NULL)
    {
      g_warning ("Could not compute the network overview: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  show_kinds (self, overview);
  show_reach (self, overview);
  show_blocks (self, overview);
  show_sectors (self, overview);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (IdoNetworkOverviewView *self,
                        const char             *table)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static void
ido_network_overview_view_dispose (GObject *object)
{
  IdoNetworkOverviewView *self = (IdoNetworkOverviewView *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* The bin lets go of its child first, so that the template does not
   * leave it holding a disposed one. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_NETWORK_OVERVIEW_VIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->named_rows, g_hash_table_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_network_overview_view_parent_class)->dispose (object);
}

static void
ido_network_overview_view_class_init (IdoNetworkOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_network_overview_view_dispose;

  /**
   * IdoNetworkOverviewView::show-partners:
   * @kind: (nullable): the kind to show
   * @sector: (nullable): the sector to show
   * @status: an #IdoPartnerStatus
   */
  signals[SHOW_PARTNERS] = g_signal_new ("show-partners", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                         NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-network-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, page);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, reach_group);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, reach_bar);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, blocks_group);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkOverviewView, sectors_group);
}

static void
ido_network_overview_view_init (IdoNetworkOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->named_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * ido_network_overview_view_new:
 *
 * Returns: (transfer floating): the overview of @database's network
 */
GtkWidget *
ido_network_overview_view_new (IdoDatabase *database)
{
  IdoNetworkOverviewView *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_NETWORK_OVERVIEW_VIEW, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  reload_cb (self);
  return GTK_WIDGET (self);
}

void
ido_network_overview_view_reload (IdoNetworkOverviewView *self)
{
  g_return_if_fail (IDO_IS_NETWORK_OVERVIEW_VIEW (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_cb (self);
}

/**
 * ido_network_overview_view_set_today:
 * @today: (nullable): the ISO date to count from, %NULL for today
 */
void
ido_network_overview_view_set_today (IdoNetworkOverviewView *self,
                                     const char             *today)
{
  g_return_if_fail (IDO_IS_NETWORK_OVERVIEW_VIEW (self));

  g_set_str (&self->today, today);
  ido_network_overview_view_reload (self);
}

/**
 * ido_network_overview_view_get_row:
 * @name: "referrer", "support", "both", "national", "ended", "reached",
 *   "not-reached", a building block, or "sector:" and a sector
 *
 * Returns: (transfer none) (nullable): the row
 */
GtkWidget *
ido_network_overview_view_get_row (IdoNetworkOverviewView *self,
                                   const char             *name)
{
  g_return_val_if_fail (IDO_IS_NETWORK_OVERVIEW_VIEW (self), NULL);
  return g_hash_table_lookup (self->named_rows, name);
}

/* ido-network-attention.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Overzicht section of the Regievoerder netwerk and Warme doorverwijzer
 * roles: partners without an agreement, agreements due for review, desks
 * without (recent) training, and open and overdue network actions. Each row
 * opens the pane where it can be dealt with.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-network-attention.h"
#include "ido-network-overview.h"
#include "ido-network-pane.h"
#include "ido-pane.h"
#include "ido-partner-list.h"
#include "ido-referrer-pane.h"
#include "ido-window.h"

struct _IdoNetworkAttention
{
  AdwBin        parent_instance;

  IdoDatabase  *database;
  char         *today;
  guint         reload_id;

  AdwActionRow *partners_row;
  GtkLabel     *partners_count;
  AdwActionRow *reviews_row;
  GtkLabel     *reviews_count;
  AdwActionRow *desks_row;
  GtkLabel     *desks_count;
  AdwActionRow *actions_row;
  GtkLabel     *actions_count;
};

G_DEFINE_FINAL_TYPE (IdoNetworkAttention, ido_network_attention, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
join_names (GPtrArray *names,
            guint      total)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (names, i));
  if (total > names->len)
    g_string_append_printf (text, ngettext (" and %u more", " and %u more", total - names->len),
                            total - names->len);
  return g_string_free (text, FALSE);
}

/* Shows @count at the row, in warning colours when there is anything. */
static void
set_row (AdwActionRow *row,
         GtkLabel     *count_label,
         guint         count,
         const char   *subtitle,
         gboolean      urgent)
{
  g_autofree char *number = g_strdup_printf ("%u", count);
  g_autofree char *label = g_strdup_printf ("%s: %u", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                            count);

  gtk_label_set_label (count_label, number);
  adw_action_row_set_subtitle (row, subtitle ? subtitle : "");
  gtk_widget_remove_css_class (GTK_WIDGET (count_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (count_label), "error");
  if (count > 0)
    gtk_widget_add_css_class (GTK_WIDGET (count_label), urgent ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
show_overview (IdoNetworkAttention *self,
               IdoNetworkOverview  *overview)
{
  g_autofree char *partners = join_names (overview->without_agreement, overview->n_without_agreement);
  g_autofree char *reviews = join_names (overview->review_due, overview->n_review_due);
  g_autofree char *desks = join_names (overview->desks_untrained, overview->n_desks_untrained);
  g_autofree char *overdue = join_names (overview->actions_overdue, overview->n_actions_overdue);
  g_autofree char *reviews_text = NULL;
  g_autofree char *actions_text = NULL;

  if (overview->n_review_overdue > 0)
    /* Translators: "2 overdue: Humanitas, GGD" */
    reviews_text = g_strdup_printf (_("%u overdue: %s"), overview->n_review_overdue, reviews);
  else
    reviews_text = g_strdup (reviews);
  if (overview->n_actions_overdue > 0)
    actions_text = g_strdup_printf (_("%u overdue: %s"), overview->n_actions_overdue, overdue);
  else
    actions_text = g_strdup (overview->n_actions_open > 0 ? _("None overdue") : "");
  set_row (self->partners_row, self->partners_count, overview->n_without_agreement, partners, FALSE);
  set_row (self->reviews_row, self->reviews_count, overview->n_review_due, reviews_text,
           overview->n_review_overdue > 0);
  set_row (self->desks_row, self->desks_count, overview->n_desks_untrained, desks, FALSE);
  set_row (self->actions_row, self->actions_count, overview->n_actions_open, actions_text,
           overview->n_actions_overdue > 0);
}

static gboolean
reload_cb (gpointer data)
{
  IdoNetworkAttention *self = data;
  g_autoptr(IdoNetworkOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  if (self->database == NULL)
    return G_SOURCE_REMOVE;
  overview = ido_network_overview_compute_attention (self->database, self->today, &error);
  if (overview == NULL)
    g_warning ("Could not count what needs attention in the network: %s", error->message);
  else
    show_overview (self, overview);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (IdoNetworkAttention *self,
                        const char          *table)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

/* Navigation */

static IdoPane *
show_pane (IdoNetworkAttention *self,
           IdoRole              role)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!IDO_IS_WINDOW (root))
    return NULL;
  ido_window_show_pane (IDO_WINDOW (root), role);
  return ido_window_get_pane (IDO_WINDOW (root), role);
}

static void
show_partners (IdoNetworkAttention *self,
               IdoPartnerStatus     status)
{
  IdoPane *pane = show_pane (self, IDO_ROLE_NETWORK);
  GtkWidget *list;

  if (!IDO_IS_NETWORK_PANE (pane))
    return;
  list = ido_network_pane_get_partner_list (IDO_NETWORK_PANE (pane));
  if (list != NULL)
    {
      ido_partner_list_set_kind (IDO_PARTNER_LIST (list), NULL);
      ido_partner_list_set_sector (IDO_PARTNER_LIST (list), NULL);
      ido_partner_list_set_status (IDO_PARTNER_LIST (list), status);
    }
  ido_network_pane_show_section (IDO_NETWORK_PANE (pane), "partners");
}

static void
on_partners_activated_cb (IdoNetworkAttention *self)
{
  show_partners (self, IDO_PARTNER_STATUS_NO_AGREEMENT);
}

static void
on_reviews_activated_cb (IdoNetworkAttention *self)
{
  show_partners (self, IDO_PARTNER_STATUS_REVIEW_DUE);
}

static void
on_desks_activated_cb (IdoNetworkAttention *self)
{
  IdoPane *pane = show_pane (self, IDO_ROLE_REFERRER);

  if (IDO_IS_REFERRER_PANE (pane))
    ido_referrer_pane_show_section (IDO_REFERRER_PANE (pane), "desks");
}

static void
on_actions_activated_cb (IdoNetworkAttention *self)
{
  IdoPane *pane = show_pane (self, IDO_ROLE_NETWORK);

  if (IDO_IS_NETWORK_PANE (pane))
    ido_network_pane_show_section (IDO_NETWORK_PANE (pane), "meetings");
}

/* Overrides */

/* Placed in a pane's template without a database: takes the pane's. */
static void
ido_network_attention_root (GtkWidget *widget)
{
  IdoNetworkAttention *self = IDO_NETWORK_ATTENTION (widget);
  GtkWidget *pane;

  GTK_WIDGET_CLASS (ido_network_attention_parent_class)->root (widget);

  pane = gtk_widget_get_ancestor (widget, IDO_TYPE_PANE);
  if (self->database == NULL && pane != NULL)
    ido_network_attention_set_database (self, ido_pane_get_database (IDO_PANE (pane)));
}

static void
ido_network_attention_dispose (GObject *object)
{
  IdoNetworkAttention *self = (IdoNetworkAttention *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* The bin lets go of its child first, so that the template does not
   * leave it holding a disposed one. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_NETWORK_ATTENTION);
  g_clear_object (&self->database);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ido_network_attention_parent_class)->dispose (object);
}

static void
ido_network_attention_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  IdoNetworkAttention *self = IDO_NETWORK_ATTENTION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_network_attention_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  IdoNetworkAttention *self = IDO_NETWORK_ATTENTION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      ido_network_attention_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_network_attention_class_init (IdoNetworkAttentionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_network_attention_dispose;
  object_class->get_property = ido_network_attention_get_property;
  object_class->set_property = ido_network_attention_set_property;
  widget_class->root = ido_network_attention_root;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-network-attention.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, partners_row);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, partners_count);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, reviews_row);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, reviews_count);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, desks_row);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, desks_count);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, actions_row);
  gtk_widget_class_bind_template_child (widget_class, IdoNetworkAttention, actions_count);
}

static void
ido_network_attention_init (IdoNetworkAttention *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->partners_row, "activated", G_CALLBACK (on_partners_activated_cb), self);
  g_signal_connect_swapped (self->reviews_row, "activated", G_CALLBACK (on_reviews_activated_cb), self);
  g_signal_connect_swapped (self->desks_row, "activated", G_CALLBACK (on_desks_activated_cb), self);
  g_signal_connect_swapped (self->actions_row, "activated", G_CALLBACK (on_actions_activated_cb), self);
}

/**
 * ido_network_attention_new:
 * @database: (nullable): the database to count in
 *
 * Returns: (transfer floating): the section
 */
GtkWidget *
ido_network_attention_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_NETWORK_ATTENTION, "database", database, NULL);
}

/**
 * ido_network_attention_get_database:
 *
 * Returns: (transfer none) (nullable): the database counted in
 */
IdoDatabase *
ido_network_attention_get_database (IdoNetworkAttention *self)
{
  g_return_val_if_fail (IDO_IS_NETWORK_ATTENTION (self), NULL);
  return self->database;
}

/**
 * ido_network_attention_set_database:
 * @database: (nullable): the database to count in
 */
void
ido_network_attention_set_database (IdoNetworkAttention *self,
                                    IdoDatabase         *database)
{
  g_return_if_fail (IDO_IS_NETWORK_ATTENTION (self));

  if (self->database == database)
    return;
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, on_database_changed_cb, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), database != NULL);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * ido_network_attention_set_today:
 * @today: (nullable): the ISO date to judge by, %NULL for today
 */
void
ido_network_attention_set_today (IdoNetworkAttention *self,
                                 const char          *today)
{
  g_return_if_fail (IDO_IS_NETWORK_ATTENTION (self));

  g_set_str (&self->today, today);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_cb (self);
}

/**
 * ido_network_attention_get_row:
 * @name: "partners", "reviews", "desks" or "actions"
 *
 * Returns: (transfer none) (nullable): the row
 */
GtkWidget *
ido_network_attention_get_row (IdoNetworkAttention *self,
                               const char          *name)
{
  g_return_val_if_fail (IDO_IS_NETWORK_ATTENTION (self), NULL);

  if (g_strcmp0 (name, "partners") == 0)
    return GTK_WIDGET (self->partners_row);
  if (g_strcmp0 (name, "reviews") == 0)
    return GTK_WIDGET (self->reviews_row);
  if (g_strcmp0 (name, "desks") == 0)
    return GTK_WIDGET (self->desks_row);
  if (g_strcmp0 (name, "actions") == 0)
    return GTK_WIDGET (self->actions_row);
  return NULL;
}

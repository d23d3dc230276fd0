/* ido-partner-filter.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-partner-filter.h"

struct _IdoPartnerFilter
{
  GtkFilter         parent_instance;

  char             *search_text;
  char             *kind;
  char             *sector;
  IdoPartnerStatus  status;
  IdoPartnerQuery  *query;
};

G_DEFINE_FINAL_TYPE (IdoPartnerFilter, ido_partner_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  PROP_KIND,
  PROP_SECTOR,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Builds the query anew and tells the filter model how far it changed. */
static void
update_query (IdoPartnerFilter *self)
{
  IdoPartnerQuery *query = ido_partner_query_new (self->search_text, self->kind, self->sector, self->status);
  IdoPartnerQueryChange change = ido_partner_query_compare (query, self->query);

  g_assert (IDO_IS_PARTNER_FILTER (self));

  g_clear_pointer (&self->query, ido_partner_query_free);
  self->query = query;
  switch (change)
    {
    case IDO_PARTNER_QUERY_SAME:
      break;
    case IDO_PARTNER_QUERY_STRICTER:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
      break;
    case IDO_PARTNER_QUERY_LOOSER:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
      break;
    case IDO_PARTNER_QUERY_DIFFERENT:
    default:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
      break;
    }
}

static gboolean
ido_partner_filter_match (GtkFilter *filter,
                          gpointer   item)
{
  IdoPartnerFilter *self = IDO_PARTNER_FILTER (filter);

  return ido_partner_query_matches (self->query, item);
}

static GtkFilterMatch
ido_partner_filter_get_strictness (GtkFilter *filter)
{
  IdoPartnerFilter *self = IDO_PARTNER_FILTER (filter);

  return ido_partner_query_is_empty (self->query) ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
ido_partner_filter_finalize (GObject *object)
{
  IdoPartnerFilter *self = (IdoPartnerFilter *) object;

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->query, ido_partner_query_free);

  G_OBJECT_CLASS (ido_partner_filter_parent_class)->finalize (object);
}

static void
ido_partner_filter_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  IdoPartnerFilter *self = IDO_PARTNER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_filter_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  IdoPartnerFilter *self = IDO_PARTNER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      ido_partner_filter_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ido_partner_filter_set_kind (self, g_value_get_string (value));
      break;
    case PROP_SECTOR:
      ido_partner_filter_set_sector (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ido_partner_filter_set_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_filter_class_init (IdoPartnerFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = ido_partner_filter_finalize;
  object_class->get_property = ido_partner_filter_get_property;
  object_class->set_property = ido_partner_filter_set_property;

  filter_class->match = ido_partner_filter_match;
  filter_class->get_strictness = ido_partner_filter_get_strictness;

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, IDO_PARTNER_STATUS_ANY, IDO_PARTNER_STATUS_REVIEW_DUE,
                      IDO_PARTNER_STATUS_ANY,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_partner_filter_init (IdoPartnerFilter *self)
{
  self->query = ido_partner_query_new (NULL, NULL, NULL, IDO_PARTNER_STATUS_ANY);
}

IdoPartnerFilter *
ido_partner_filter_new (void)
{
  return g_object_new (IDO_TYPE_PARTNER_FILTER, NULL);
}

const char *
ido_partner_filter_get_search_text (IdoPartnerFilter *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_FILTER (self), NULL);
  return self->search_text;
}

/**
 * ido_partner_filter_set_search_text:
 * @text: (nullable): what was typed
 */
void
ido_partner_filter_set_search_text (IdoPartnerFilter *self,
                                    const char       *text)
{
  g_return_if_fail (IDO_IS_PARTNER_FILTER (self));

  if (!g_set_str (&self->search_text, text))
    return;
  update_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

const char *
ido_partner_filter_get_kind (IdoPartnerFilter *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_FILTER (self), NULL);
  return self->kind;
}

/**
 * ido_partner_filter_set_kind:
 * @kind: (nullable): "referrer", "support", "both", or %NULL for any
 */
void
ido_partner_filter_set_kind (IdoPartnerFilter *self,
                             const char       *kind)
{
  g_return_if_fail (IDO_IS_PARTNER_FILTER (self));

  if (!g_set_str (&self->kind, kind))
    return;
  update_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ido_partner_filter_get_sector (IdoPartnerFilter *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_FILTER (self), NULL);
  return self->sector;
}

/**
 * ido_partner_filter_set_sector:
 * @sector: (nullable): the sector, or %NULL for any
 */
void
ido_partner_filter_set_sector (IdoPartnerFilter *self,
                               const char       *sector)
{
  g_return_if_fail (IDO_IS_PARTNER_FILTER (self));

  if (!g_set_str (&self->sector, sector))
    return;
  update_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

IdoPartnerStatus
ido_partner_filter_get_status (IdoPartnerFilter *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_FILTER (self), IDO_PARTNER_STATUS_ANY);
  return self->status;
}

void
ido_partner_filter_set_status (IdoPartnerFilter *self,
                               IdoPartnerStatus  status)
{
  g_return_if_fail (IDO_IS_PARTNER_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  update_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* ido-partner-store.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-municipality.h"
#include "ido-partner-private.h"
#include "ido-partner-store.h"
#include "ido-validate.h"

struct _IdoPartnerQuery
{
  GStrv             words;   /* folded, non-empty */
  char             *kind;    /* NULL for any */
  char             *sector;  /* NULL for any */
  IdoPartnerStatus  status;
};

struct _IdoPartnerStore
{
  GObject      parent_instance;
  IdoDatabase *database;
  GPtrArray   *items;       /* IdoPartner, by id */
  char        *today;
  guint        reload_id;
};

/* Beyond this many changed rows one replacement is cheaper for the views
 * than many small announcements. */
#define MAX_SMALL_CHANGES 64

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoPartnerStore, ido_partner_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables whose changes show in a partner's row. */
static const char * const watched_tables[] = {
  "partner", "partner_contact", "partner_building_block", "referral_agreement", "meeting",
  "meeting_partner", NULL
};

/* Query */

/**
 * ido_partner_query_new:
 * @text: (nullable): what was typed in the search entry
 * @kind: (nullable): "referrer", "support" or "both"; a referrer or support
 *   filter includes partners that are both
 * @sector: (nullable): the exact sector, or %NULL/"" for any
 *
 * Returns: (transfer full): the query
 */
IdoPartnerQuery *
ido_partner_query_new (const char       *text,
                       const char       *kind,
                       const char       *sector,
                       IdoPartnerStatus  status)
{
  IdoPartnerQuery *query = g_new0 (IdoPartnerQuery, 1);
  g_autofree char *folded = ido_text_fold (text);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] != '\0')
        g_strv_builder_add (builder, words[i]);
    }
  query->words = g_strv_builder_end (builder);
  query->kind = kind && *kind ? g_strdup (kind) : NULL;
  query->sector = sector && *sector ? g_strdup (sector) : NULL;
  query->status = status;
  return query;
}

void
ido_partner_query_free (IdoPartnerQuery *query)
{
  if (query == NULL)
    return;
  g_strfreev (query->words);
  g_free (query->kind);
  g_free (query->sector);
  g_free (query);
}

gboolean
ido_partner_query_is_empty (const IdoPartnerQuery *query)
{
  g_return_val_if_fail (query != NULL, TRUE);

  return query->words[0] == NULL && query->kind == NULL && query->sector == NULL &&
         query->status == IDO_PARTNER_STATUS_ANY;
}

static gboolean
kind_matches (const char *wanted,
              const char *kind)
{
  if (wanted == NULL || g_str_equal (wanted, kind))
    return TRUE;
  return g_str_equal (kind, "both") && (g_str_equal (wanted, "referrer") || g_str_equal (wanted, "support"));
}

static gboolean
status_matches (IdoPartnerStatus  status,
                IdoPartner       *partner)
{
  IdoAgreementState state;

  switch (status)
    {
    case IDO_PARTNER_STATUS_ACTIVE:
      return ido_partner_get_active (partner);
    case IDO_PARTNER_STATUS_ENDED:
      return !ido_partner_get_active (partner);
    case IDO_PARTNER_STATUS_NO_AGREEMENT:
      return ido_partner_get_active (partner) &&
             ido_partner_get_agreement_state (partner) == IDO_AGREEMENT_STATE_NONE;
    case IDO_PARTNER_STATUS_REVIEW_DUE:
      state = ido_partner_get_agreement_state (partner);
      return state == IDO_AGREEMENT_STATE_REVIEW_SOON || state == IDO_AGREEMENT_STATE_REVIEW_OVERDUE;
    case IDO_PARTNER_STATUS_ANY:
    default:
      return TRUE;
    }
}

/**
 * ido_partner_query_matches:
 *
 * Returns: whether @partner passes every filter and contains every word
 */
gboolean
ido_partner_query_matches (const IdoPartnerQuery *query,
                           IdoPartner            *partner)
{
  const char *text;

  if (!kind_matches (query->kind, ido_partner_get_kind (partner)) ||
      (query->sector != NULL && strcmp (query->sector, ido_partner_get_sector (partner)) != 0) ||
      !status_matches (query->status, partner))
    return FALSE;
  if (query->words[0] == NULL)
    return TRUE;
  text = ido_partner_get_search_text (partner);
  for (guint i = 0; query->words[i] != NULL; i++)
    {
      if (strstr (text, query->words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Whether every partner containing all of @narrow's words also contains all
 * of @wide's: each word of @wide is part of some word of @narrow. */
static gboolean
words_imply (GStrv narrow,
             GStrv wide)
{
  for (guint i = 0; wide[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; narrow[j] != NULL && !found; j++)
        found = strstr (narrow[j], wide[i]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_partner_query_compare:
 *
 * Tells a filter model how much of its previous result it can keep, e.g.
 * typing one more letter makes the query stricter.
 */
IdoPartnerQueryChange
ido_partner_query_compare (const IdoPartnerQuery *query,
                           const IdoPartnerQuery *previous)
{
  gboolean stricter, looser;

  g_return_val_if_fail (query != NULL, IDO_PARTNER_QUERY_DIFFERENT);

  if (previous == NULL || g_strcmp0 (query->kind, previous->kind) != 0 ||
      g_strcmp0 (query->sector, previous->sector) != 0 || query->status != previous->status)
    return IDO_PARTNER_QUERY_DIFFERENT;
  stricter = words_imply (query->words, previous->words);
  looser = words_imply (previous->words, query->words);
  if (stricter && looser)
    return IDO_PARTNER_QUERY_SAME;
  if (stricter)
    return IDO_PARTNER_QUERY_STRICTER;
  if (looser)
    return IDO_PARTNER_QUERY_LOOSER;
  return IDO_PARTNER_QUERY_DIFFERENT;
}

/* Store */

static GType
list_model_get_item_type (GListModel *model)
{
  return IDO_TYPE_PARTNER;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return IDO_PARTNER_STORE (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  IdoPartnerStore *self = IDO_PARTNER_STORE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static gboolean
reload_cb (gpointer data)
{
  IdoPartnerStore *self = data;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  if (!ido_partner_store_reload (self, &error))
    g_warning ("Reloading the partners failed: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (IdoPartnerStore *self,
                        const char      *table)
{
  g_assert (IDO_IS_PARTNER_STORE (self));

  if (table != NULL && !g_strv_contains (watched_tables, table))
    return;
  /* A delete or an undo announces several tables at once: read once. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

static void
ido_partner_store_constructed (GObject *object)
{
  IdoPartnerStore *self = (IdoPartnerStore *) object;

  G_OBJECT_CLASS (ido_partner_store_parent_class)->constructed (object);

  g_signal_connect_object (self->database, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
ido_partner_store_dispose (GObject *object)
{
  IdoPartnerStore *self = (IdoPartnerStore *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_partner_store_parent_class)->dispose (object);
}

static void
ido_partner_store_finalize (GObject *object)
{
  IdoPartnerStore *self = (IdoPartnerStore *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ido_partner_store_parent_class)->finalize (object);
}

static void
ido_partner_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  IdoPartnerStore *self = IDO_PARTNER_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  IdoPartnerStore *self = IDO_PARTNER_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_store_class_init (IdoPartnerStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ido_partner_store_constructed;
  object_class->dispose = ido_partner_store_dispose;
  object_class->finalize = ido_partner_store_finalize;
  object_class->get_property = ido_partner_store_get_property;
  object_class->set_property = ido_partner_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_partner_store_init (IdoPartnerStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ido_partner_store_new:
 *
 * Returns: (transfer full): a store, already loaded
 */
IdoPartnerStore *
ido_partner_store_new (IdoDatabase *database)
{
  IdoPartnerStore *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_PARTNER_STORE, "database", database, NULL);
  if (!ido_partner_store_reload (self, &error))
    g_warning ("Loading the partners failed: %s", error->message);
  return self;
}

/**
 * ido_partner_store_get_database:
 *
 * Returns: (transfer none): the database
 */
IdoDatabase *
ido_partner_store_get_database (IdoPartnerStore *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_STORE (self), NULL);
  return self->database;
}

static GPtrArray *
query_partners (IdoPartnerStore  *self,
                GError          **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = self->today ? g_strdup (self->today) : ido_today_iso ();
  g_autofree char *sql = g_strconcat ("SELECT ", ido_partner_columns_sql (), " FROM partner p ORDER BY p.id", NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = ido_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = ido_database_step (self->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (items, ido_partner_new_from_row (stmt, today));
  if (!ok)
    return NULL;
  return g_steal_pointer (&items);
}

/* Both lists are ordered by partner id: walks them side by side. */
static IdoPartner *
partner_at (GPtrArray *items,
            guint     *cursor,
            gint64     id)
{
  while (*cursor < items->len && ido_partner_get_id (g_ptr_array_index (items, *cursor)) < id)
    (*cursor)++;
  if (*cursor < items->len && ido_partner_get_id (g_ptr_array_index (items, *cursor)) == id)
    return g_ptr_array_index (items, *cursor);
  return NULL;
}

static gboolean
query_contacts (IdoPartnerStore  *self,
                GPtrArray        *items,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;
  guint cursor = 0;

  stmt = ido_database_prepare (self->database,
                               "SELECT partner_id, id, uuid, name, function, email, phone FROM partner_contact"
                               " ORDER BY partner_id, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ido_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      IdoPartner *partner = partner_at (items, &cursor, sqlite3_column_int64 (stmt, 0));

      if (partner != NULL)
        ido_partner_take_contact (partner, ido_partner_contact_new_from_row (stmt, 1));
    }
  return ok;
}

static gboolean
query_blocks (IdoPartnerStore  *self,
              GPtrArray        *items,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;
  guint cursor = 0;

  stmt = ido_database_prepare (self->database, "SELECT partner_id, block FROM partner_building_block ORDER BY partner_id", error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ido_database_step (self->database, stmt, &has_row, error)) && has_row)
    {
      IdoPartner *partner = partner_at (items, &cursor, sqlite3_column_int64 (stmt, 0));

      if (partner != NULL)
        ido_partner_take_block (partner, (const char *) sqlite3_column_text (stmt, 1));
    }
  return ok;
}

static guint
count_changes (GPtrArray *old,
               GPtrArray *new)
{
  guint i = 0, j = 0, changes = 0;

  while (i < old->len || j < new->len)
    {
      gint64 a = i < old->len ? ido_partner_get_id (g_ptr_array_index (old, i)) : G_MAXINT64;
      gint64 b = j < new->len ? ido_partner_get_id (g_ptr_array_index (new, j)) : G_MAXINT64;

      if (a == b)
        {
          if (!ido_partner_equal (g_ptr_array_index (old, i), g_ptr_array_index (new, j)))
            changes++;
          i++, j++;
        }
      else if (a < b)
        changes++, i++;
      else
        changes++, j++;
      if (changes > MAX_SMALL_CHANGES)
        break;
    }
  return changes;
}

/* Walks both id-ordered lists, replacing, removing and inserting only the
 * partners that differ, and announcing each of those. */
static void
apply_changes (IdoPartnerStore *self,
               GPtrArray       *new)
{
  guint pos = 0, j = 0;

  while (pos < self->items->len || j < new->len)
    {
      IdoPartner *current = pos < self->items->len ? g_ptr_array_index (self->items, pos) : NULL;
      IdoPartner *fresh = j < new->len ? g_ptr_array_index (new, j) : NULL;
      gint64 a = current ? ido_partner_get_id (current) : G_MAXINT64;
      gint64 b = fresh ? ido_partner_get_id (fresh) : G_MAXINT64;

      if (a == b)
        {
          if (!ido_partner_equal (current, fresh))
            {
              g_ptr_array_index (self->items, pos) = g_object_ref (fresh);
              g_object_unref (current);
              g_list_model_items_changed (G_LIST_MODEL (self), pos, 1, 1);
            }
          pos++, j++;
        }
      else if (a < b)
        {
          g_ptr_array_remove_index (self->items, pos);
          g_list_model_items_changed (G_LIST_MODEL (self), pos, 1, 0);
        }
      else
        {
          g_ptr_array_insert (self->items, (int) pos, g_object_ref (fresh));
          g_list_model_items_changed (G_LIST_MODEL (self), pos, 0, 1);
          pos++, j++;
        }
    }
}

/**
 * ido_partner_store_reload:
 *
 * Reads every partner again; only partners that differ are replaced.
 */
gboolean
ido_partner_store_reload (IdoPartnerStore  *self,
                          GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint old_len;

  g_return_val_if_fail (IDO_IS_PARTNER_STORE (self), FALSE);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  items = query_partners (self, error);
  if (items == NULL || !query_contacts (self, items, error) || !query_blocks (self, items, error))
    return FALSE;
  old_len = self->items->len;
  if (count_changes (self->items, items) > MAX_SMALL_CHANGES)
    {
      g_ptr_array_unref (self->items);
      self->items = g_steal_pointer (&items);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->items->len);
    }
  else
    apply_changes (self, items);
  /* Fold every search text now, so that no keystroke waits for it. */
  for (guint i = 0; i < self->items->len; i++)
    ido_partner_get_search_text (g_ptr_array_index (self->items, i));
  if (old_len != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  return TRUE;
}

/**
 * ido_partner_store_flush:
 *
 * Applies pending database changes now instead of in the idle callback,
 * e.g. to select a partner that was just saved.
 */
void
ido_partner_store_flush (IdoPartnerStore *self)
{
  g_return_if_fail (IDO_IS_PARTNER_STORE (self));

  if (self->reload_id != 0)
    reload_cb (self);
}

/**
 * ido_partner_store_set_today:
 * @today: (nullable): the ISO date review dates are judged by; %NULL for
 *   the real date
 */
void
ido_partner_store_set_today (IdoPartnerStore *self,
                             const char      *today)
{
  g_return_if_fail (IDO_IS_PARTNER_STORE (self));

  if (g_set_str (&self->today, today))
    ido_partner_store_reload (self, NULL);
}

/**
 * ido_partner_store_find_position:
 *
 * Returns: the position of the partner with @id, or %G_MAXUINT
 */
guint
ido_partner_store_find_position (IdoPartnerStore *self,
                                 gint64           id)
{
  guint low = 0, high;

  g_return_val_if_fail (IDO_IS_PARTNER_STORE (self), G_MAXUINT);

  high = self->items->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      gint64 mid_id = ido_partner_get_id (g_ptr_array_index (self->items, mid));

      if (mid_id == id)
        return mid;
      if (mid_id < id)
        low = mid + 1;
      else
        high = mid;
    }
  return G_MAXUINT;
}

/**
 * ido_partner_store_find:
 *
 * Returns: (transfer none) (nullable): the partner with @id
 */
IdoPartner *
ido_partner_store_find (IdoPartnerStore *self,
                        gint64           id)
{
  guint position = ido_partner_store_find_position (self, id);

  if (position == G_MAXUINT)
    return NULL;
  return g_ptr_array_index (self->items, position);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/**
 * ido_partner_store_dup_sectors:
 *
 * Returns: (transfer full): the sectors the partners are in, sorted,
 *   without the empty one
 */
GStrv
ido_partner_store_dup_sectors (IdoPartnerStore *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (IDO_IS_PARTNER_STORE (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const char *sector = ido_partner_get_sector (g_ptr_array_index (self->items, i));

      if (*sector != '\0' && g_hash_table_add (seen, (gpointer) sector))
        g_ptr_array_add (sectors, (gpointer) sector);
    }
  g_ptr_array_sort (sectors, compare_strings);
  for (guint i = 0; i < sectors->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (sectors, i));
  return g_strv_builder_end (builder);
}

/* ido-action-list.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-list.h"
#include "ido-database.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

struct _IdoActionList
{
  GObject      parent_instance;
  IdoDatabase *database;
  GPtrArray   *items;
  char        *role;
  char        *owner;
  char        *today;
  gboolean     include_done;
  gulong       changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoActionList, ido_action_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ROLE,
  PROP_OWNER,
  PROP_INCLUDE_DONE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
list_model_get_item_type (GListModel *model)
{
  return IDO_TYPE_ACTION_ENTRY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return IDO_ACTION_LIST (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  IdoActionList *self = IDO_ACTION_LIST (model);

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

static void
reload_quietly (IdoActionList *self)
{
  g_autoptr(GError) error = NULL;

  if (!ido_action_list_reload (self, &error))
    g_warning ("Reloading the action items failed: %s", error->message);
}

static void
on_database_changed_cb (IdoActionList *self,
                        const char    *table)
{
  g_assert (IDO_IS_ACTION_LIST (self));

  /* Meetings and signals give the items their origin text. */
  if (table == NULL || g_str_equal (table, "action_item") || g_str_equal (table, "meeting") ||
      g_str_equal (table, "signal"))
    reload_quietly (self);
}

static void
ido_action_list_constructed (GObject *object)
{
  IdoActionList *self = (IdoActionList *) object;

  G_OBJECT_CLASS (ido_action_list_parent_class)->constructed (object);

  self->changed_id = g_signal_connect_object (self->database, "changed",
                                              G_CALLBACK (on_database_changed_cb), self,
                                              G_CONNECT_SWAPPED);
}

static void
ido_action_list_dispose (GObject *object)
{
  IdoActionList *self = (IdoActionList *) object;

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_action_list_parent_class)->dispose (object);
}

static void
ido_action_list_finalize (GObject *object)
{
  IdoActionList *self = (IdoActionList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->role);
  g_free (self->owner);
  g_free (self->today);

  G_OBJECT_CLASS (ido_action_list_parent_class)->finalize (object);
}

static void
ido_action_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IdoActionList *self = IDO_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_INCLUDE_DONE:
      g_value_set_boolean (value, self->include_done);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_action_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  IdoActionList *self = IDO_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_ROLE:
      ido_action_list_set_role (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      ido_action_list_set_owner (self, g_value_get_string (value));
      break;
    case PROP_INCLUDE_DONE:
      ido_action_list_set_include_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_action_list_class_init (IdoActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ido_action_list_constructed;
  object_class->dispose = ido_action_list_dispose;
  object_class->finalize = ido_action_list_finalize;
  object_class->get_property = ido_action_list_get_property;
  object_class->set_property = ido_action_list_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_DONE] =
    g_param_spec_boolean ("include-done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_action_list_init (IdoActionList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ido_action_list_new:
 *
 * Returns: (transfer full): the list, already loaded
 */
IdoActionList *
ido_action_list_new (IdoDatabase *database)
{
  IdoActionList *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_ACTION_LIST, "database", database, NULL);
  reload_quietly (self);
  return self;
}

const char *
ido_action_list_get_role (IdoActionList *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), NULL);
  return self->role;
}

/**
 * ido_action_list_set_role:
 * @role: (nullable): a role code such as "promotor", or %NULL for all
 */
void
ido_action_list_set_role (IdoActionList *self,
                          const char    *role)
{
  g_return_if_fail (IDO_IS_ACTION_LIST (self));

  if (role != NULL && *role == '\0')
    role = NULL;
  if (!g_set_str (&self->role, role))
    return;
  if (self->database != NULL)
    reload_quietly (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
ido_action_list_get_owner (IdoActionList *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), NULL);
  return self->owner;
}

/**
 * ido_action_list_set_owner:
 * @owner: (nullable): an owner (matched without regard to case), or %NULL
 *   for all
 */
void
ido_action_list_set_owner (IdoActionList *self,
                           const char    *owner)
{
  g_return_if_fail (IDO_IS_ACTION_LIST (self));

  if (owner != NULL && *owner == '\0')
    owner = NULL;
  if (!g_set_str (&self->owner, owner))
    return;
  if (self->database != NULL)
    reload_quietly (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

gboolean
ido_action_list_get_include_done (IdoActionList *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), FALSE);
  return self->include_done;
}

void
ido_action_list_set_include_done (IdoActionList *self,
                                  gboolean       include_done)
{
  g_return_if_fail (IDO_IS_ACTION_LIST (self));

  include_done = !!include_done;
  if (self->include_done == include_done)
    return;
  self->include_done = include_done;
  if (self->database != NULL)
    reload_quietly (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_DONE]);
}

/**
 * ido_action_list_set_today:
 * @today: (nullable): the ISO date to group against, or %NULL for the
 *   real date
 */
void
ido_action_list_set_today (IdoActionList *self,
                           const char    *today)
{
  g_return_if_fail (IDO_IS_ACTION_LIST (self));

  if (g_set_str (&self->today, today))
    reload_quietly (self);
}

static GPtrArray *
query_items (IdoActionList  *self,
             GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *today = self->today ? g_strdup (self->today) : ido_today_iso ();
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "SELECT a.id, a.role, a.description, a.owner, a.due_on, a.done_on,"
                               " CASE WHEN m.id IS NOT NULL THEN coalesce(nullif(trim(m.title), ''), m.held_on)"
                               "      WHEN s.id IS NOT NULL THEN coalesce(nullif(trim(s.service), ''), s.description)"
                               " END"
                               " FROM action_item a LEFT JOIN meeting m ON m.id = a.meeting_id"
                               " LEFT JOIN signal s ON s.id = a.signal_id"
                               " WHERE (?1 IS NULL OR a.role = ?1) AND (?2 IS NULL OR a.owner = ?2 COLLATE NOCASE)"
                               " AND (?3 OR a.done_on IS NULL)"
                               " ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.id",
                               error);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text_or_null (stmt, 1, self->role);
  ido_sql_bind_text_or_null (stmt, 2, self->owner);
  sqlite3_bind_int (stmt, 3, self->include_done ? 1 : 0);
  while (ido_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      const char *due_on = (const char *) sqlite3_column_text (stmt, 4);
      const char *done_on = (const char *) sqlite3_column_text (stmt, 5);

      g_ptr_array_add (items, ido_action_entry_new (sqlite3_column_int64 (stmt, 0),
                                                    (const char *) sqlite3_column_text (stmt, 1),
                                                    (const char *) sqlite3_column_text (stmt, 2),
                                                    (const char *) sqlite3_column_text (stmt, 3),
                                                    due_on, done_on,
                                                    (const char *) sqlite3_column_text (stmt, 6),
                                                    ido_action_group_for (due_on, done_on, today)));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&items);
}

/**
 * ido_action_list_reload:
 *
 * Reads the items again and announces the change as one replacement.
 */
gboolean
ido_action_list_reload (IdoActionList  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint removed;

  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), FALSE);

  items = query_items (self, error);
  if (items == NULL)
    return FALSE;
  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  if (removed != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  return TRUE;
}

guint
ido_action_list_count_group (IdoActionList  *self,
                             IdoActionGroup  group)
{
  guint n = 0;

  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    n += ido_action_entry_get_group (g_ptr_array_index (self->items, i)) == group ? 1 : 0;
  return n;
}

/**
 * ido_action_list_dup_owners:
 *
 * Returns: (transfer full): the owners of all action items, for the filter
 */
GStrv
ido_action_list_dup_owners (IdoActionList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_ACTION_LIST (self), NULL);

  stmt = ido_database_prepare (self->database,
                               "SELECT owner FROM action_item WHERE trim(owner) <> ''"
                               " GROUP BY owner COLLATE NOCASE ORDER BY owner COLLATE NOCASE",
                               NULL);
  while (stmt != NULL && ido_database_step (self->database, stmt, &has_row, NULL) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

/* ido-dossier-import.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier-export.h"
#include "ido-dossier-import.h"
#include "ido-dossier-schema.h"
#include "ido-sql-util.h"

/* How a row of the file relates to this dossier; see DOSSIER-FORMAT.md,
 * "Conflicts", for the rules. */
typedef struct
{
  IdoExchangeTable     *table;
  char                 *theirs_uuid;
  char                 *local_uuid;
  gint64                local_id;         /* 0: new */
  JsonObject           *row;              /* the file's row in local terms */
  char                 *mine_updated_at;  /* at preview time, to notice later edits */
  IdoDossierChangeKind  kind;
  gboolean              unchanged;
  gboolean              adopt;            /* take the file's UUID (a pristine seeded row) */
  gboolean              alias;            /* matched by natural key: remember the other UUID */
  GPtrArray            *dangling;         /* member, value, member, value ...: see exchange_dangling */
  gboolean              same_version;     /* same updated_at, different only by what the file lacks */
  IdoDossierChange     *change;
} Entry;

struct _IdoDossierImport
{
  GObject            parent_instance;

  IdoDatabase       *database;
  IdoExchangeSchema *schema;
  char              *file_name;
  char              *sha256;
  char              *source_name;
  char              *source_uuid;
  char              *exported_at;
  gboolean           same_municipality;
  gboolean           local_has_own;
  GPtrArray         *entries;       /* Entry */
  GPtrArray         *changes;       /* IdoDossierChange, the list */
  GHashTable        *map;           /* their UUID -> local UUID */
  GHashTable        *unresolved;    /* their UUIDs not found */
  GHashTable        *stubs;         /* their UUID -> JsonObject of "references" */
  GHashTable        *indicator_codes;
  GPtrArray         *new_indicators;  /* JsonObject */
  GPtrArray         *notes;         /* char *, NULL-terminated */
  GHashTable        *noted;
  GPtrArray         *changed_tables;  /* char *, NULL-terminated */
  gboolean           applied;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoDossierImport, ido_dossier_import, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (ido-dossier-error-quark, ido_dossier_error)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->theirs_uuid);
  g_free (entry->local_uuid);
  g_clear_pointer (&entry->row, json_object_unref);
  g_free (entry->mine_updated_at);
  g_clear_pointer (&entry->dangling, g_ptr_array_unref);
  g_clear_object (&entry->change);
  g_free (entry);
}

static GType
get_item_type (GListModel *model)
{
  return IDO_TYPE_DOSSIER_CHANGE;
}

static guint
get_n_items (GListModel *model)
{
  return IDO_DOSSIER_IMPORT (model)->changes->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  IdoDossierImport *self = IDO_DOSSIER_IMPORT (model);

  if (position >= self->changes->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->changes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
ido_dossier_import_finalize (GObject *object)
{
  IdoDossierImport *self = (IdoDossierImport *) object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->schema, ido_exchange_schema_free);
  g_free (self->file_name);
  g_free (self->sha256);
  g_free (self->source_name);
  g_free (self->source_uuid);
  g_free (self->exported_at);
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->changes);
  g_hash_table_unref (self->map);
  g_hash_table_unref (self->unresolved);
  g_hash_table_unref (self->stubs);
  g_hash_table_unref (self->indicator_codes);
  g_ptr_array_unref (self->new_indicators);
  g_ptr_array_unref (self->notes);
  g_hash_table_unref (self->noted);
  g_ptr_array_unref (self->changed_tables);

  G_OBJECT_CLASS (ido_dossier_import_parent_class)->finalize (object);
}

static void
ido_dossier_import_class_init (IdoDossierImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_dossier_import_finalize;
}

static void
ido_dossier_import_init (IdoDossierImport *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->changes = g_ptr_array_new_with_free_func (g_object_unref);
  self->map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unresolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stubs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_object_unref);
  self->indicator_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->new_indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->notes, NULL);
  self->noted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->changed_tables = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->changed_tables, NULL);
}

/* A note for the user, once. */
static void
add_note (IdoDossierImport *self,
          char             *text)
{
  if (g_hash_table_contains (self->noted, text))
    {
      g_free (text);
      return;
    }
  g_hash_table_add (self->noted, g_strdup (text));
  g_ptr_array_insert (self->notes, self->notes->len - 1, text);
}

static gboolean
run_with_flag (IdoDatabase  *database,
               const char   *sql,
               const char   *text,
               gboolean      flag,
               GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, text);
  sqlite3_bind_int (stmt, 2, flag ? 1 : 0);
  return ido_database_step (database, stmt, &has_row, error);
}

/* Header */

static gboolean
read_header (IdoDossierImport  *self,
             JsonObject        *root,
             GError           **error)
{
  JsonNode *municipality = json_object_get_member (root, "municipality");
  gint64 version;

  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), IDO_DOSSIER_FORMAT) != 0)
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_FORMAT,
                   _("This is not a dossier file of IDO Regie."));
      return FALSE;
    }
  version = json_object_get_int_member_with_default (root, "version", 0);
  if (version > IDO_DOSSIER_VERSION)
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_VERSION,
                   _("This dossier was made by a newer version of IDO Regie (format version %d). Update IDO Regie "
                     "to import it."), (int) version);
      return FALSE;
    }
  if (version < 1 || !json_object_has_member (root, "tables") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "tables")))
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_FORMAT,
                   _("This dossier file is damaged: it has no version or no tables."));
      return FALSE;
    }
  self->exported_at = g_strdup (json_object_get_string_member_with_default (root, "exported_at", ""));
  if (municipality != NULL && JSON_NODE_HOLDS_OBJECT (municipality))
    {
      JsonObject *object = json_node_get_object (municipality);

      self->source_name = g_strdup (json_object_get_string_member_with_default (object, "name", ""));
      self->source_uuid = g_strdup (json_object_get_string_member_with_default (object, "uuid", NULL));
    }
  return TRUE;
}

/* Whether the file comes from this municipality (a predecessor, a
 * colleague) or from another one sharing the library. */
static void
check_municipality (IdoDossierImport *self,
                    JsonObject       *root)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonNode *node = json_object_get_member (root, "municipality");
  JsonObject *theirs = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autofree char *own_uuid = NULL;
  g_autofree char *own_code = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database, "SELECT uuid, code FROM municipality WHERE is_own = 1 LIMIT 1", NULL);
  if (stmt != NULL && ido_database_step (self->database, stmt, &has_row, NULL) && has_row)
    {
      own_uuid = ido_sql_column_dup (stmt, 0);
      own_code = ido_sql_column_dup_or_null (stmt, 1);
    }
  self->local_has_own = own_uuid != NULL;
  if (own_uuid == NULL || theirs == NULL)
    {
      self->same_municipality = TRUE;
      return;
    }
  self->same_municipality =
    g_strcmp0 (own_uuid, json_object_get_string_member_with_default (theirs, "uuid", NULL)) == 0 ||
    (own_code != NULL && g_strcmp0 (own_code, json_object_get_string_member_with_default (theirs, "code", NULL)) == 0);
  if (!self->same_municipality && self->source_uuid != NULL)
    {
      g_autoptr(sqlite3_stmt) alias = ido_database_prepare (self->database,
                                                            "SELECT 1 FROM exchange_alias WHERE foreign_uuid = ?"
                                                            " AND local_uuid = ?", NULL);

      ido_sql_bind_text (alias, 1, self->source_uuid);
      ido_sql_bind_text (alias, 2, own_uuid);
      self->same_municipality = ido_database_step (self->database, alias, &has_row, NULL) && has_row;
    }
}

static gboolean
indicator_exists (IdoDossierImport *self,
                  const char       *code)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (code == NULL)
    return FALSE;
  if (g_hash_table_contains (self->indicator_codes, code))
    return TRUE;
  stmt = ido_database_prepare (self->database, "SELECT 1 FROM indicator WHERE code = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, code);
  if (ido_database_step (self->database, stmt, &has_row, NULL) && has_row)
    {
      g_hash_table_add (self->indicator_codes, g_strdup (code));
      return TRUE;
    }
  return FALSE;
}

/* Custom indicators the file defines and this dossier lacks are created. */
static void
read_indicators (IdoDossierImport *self,
                 JsonObject       *root)
{
  JsonNode *node = json_object_get_member (root, "indicators");
  JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      const char *code;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      code = json_object_get_string_member_with_default (object, "code", NULL);
      if (code == NULL || indicator_exists (self, code))
        continue;
      g_ptr_array_add (self->new_indicators, json_object_ref (object));
      g_hash_table_add (self->indicator_codes, g_strdup (code));
    }
}

static void
read_references (IdoDossierImport *self,
                 JsonObject       *root)
{
  JsonNode *node = json_object_get_member (root, "references");
  g_autoptr(GList) tables = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  tables = json_object_get_members (json_node_get_object (node));
  for (GList *l = tables; l != NULL; l = l->next)
    {
      JsonNode *list = json_object_get_member (json_node_get_object (node), l->data);

      if (!JSON_NODE_HOLDS_ARRAY (list))
        continue;
      for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (list), i);
          const char *uuid;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          uuid = json_object_get_string_member_with_default (json_node_get_object (element), "uuid", NULL);
          if (uuid != NULL)
            g_hash_table_insert (self->stubs, g_strdup (uuid), json_object_ref (json_node_get_object (element)));
        }
    }
}

/* References: their UUID to ours */

static char *
alias_for (IdoDossierImport *self,
           const char       *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database, "SELECT local_uuid FROM exchange_alias WHERE foreign_uuid = ?", NULL);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, uuid);
  if (!ido_database_step (self->database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

static gboolean translate_row (IdoDossierImport  *self,
                               IdoExchangeTable  *table,
                               JsonObject        *in,
                               JsonObject        *out,
                               GString           *problems,
                               GPtrArray         *dangling);

/* The local UUID of a row the file refers to, or NULL when there is none:
 * rows of the file come first (dependency order), then this dossier by UUID,
 * by an earlier match, or by the natural key in the file's references. */
static const char *
resolve (IdoDossierImport *self,
         IdoExchangeTable *table,
         const char       *uuid)
{
  const char *local = g_hash_table_lookup (self->map, uuid);
  g_autofree char *alias = NULL;
  JsonObject *stub;

  if (local != NULL)
    return local;
  if (g_hash_table_contains (self->unresolved, uuid))
    return NULL;
  if (ido_exchange_id_for_uuid (self->database, table, uuid) > 0)
    {
      g_hash_table_insert (self->map, g_strdup (uuid), g_strdup (uuid));
      return g_hash_table_lookup (self->map, uuid);
    }
  alias = alias_for (self, uuid);
  if (alias != NULL && ido_exchange_id_for_uuid (self->database, table, alias) > 0)
    {
      g_hash_table_insert (self->map, g_strdup (uuid), g_steal_pointer (&alias));
      return g_hash_table_lookup (self->map, uuid);
    }
  stub = g_hash_table_lookup (self->stubs, uuid);
  if (stub != NULL)
    {
      g_autoptr(JsonObject) translated = json_object_new ();
      g_autoptr(GString) problems = g_string_new (NULL);
      gint64 id;

      g_hash_table_add (self->unresolved, g_strdup (uuid));   /* no loops */
      translate_row (self, table, stub, translated, problems, NULL);
      id = ido_exchange_find_natural (self->database, table, translated);
      g_hash_table_remove (self->unresolved, uuid);
      if (id > 0)
        {
          g_hash_table_insert (self->map, g_strdup (uuid), ido_exchange_uuid_for_id (self->database, table, id));
          return g_hash_table_lookup (self->map, uuid);
        }
    }
  g_hash_table_add (self->unresolved, g_strdup (uuid));
  return NULL;
}

static char *
stub_title (IdoDossierImport *self,
            const char       *uuid)
{
  JsonObject *stub = g_hash_table_lookup (self->stubs, uuid);

  if (stub != NULL && json_object_has_member (stub, "title"))
    return g_strdup (json_object_get_string_member_with_default (stub, "title", uuid));
  return g_strdup (uuid);
}

/* "library:<uuid>" and the like name places by UUID. */
static char *
translate_place_key (IdoDossierImport *self,
                     const char       *key)
{
  static const char * const prefixes[] = { "library", "location", "municipality" };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *prefix = g_strconcat (prefixes[i], ":", NULL);
      IdoExchangeTable *table;
      const char *local;

      if (!g_str_has_prefix (key, prefix) || (table = ido_exchange_schema_lookup (self->schema, prefixes[i])) == NULL)
        continue;
      local = resolve (self, table, key + strlen (prefix));
      return local != NULL ? g_strconcat (prefix, local, NULL) : g_strdup (key);
    }
  return g_strdup (key);
}

/* Copies the members @table knows from @in to @out with references turned
 * into local UUIDs; what cannot be resolved is described in @problems and
 * noted in @dangling. Returns FALSE when a required reference is missing. */
static gboolean
translate_row (IdoDossierImport *self,
               IdoExchangeTable *table,
               JsonObject       *in,
               JsonObject       *out,
               GString          *problems,
               GPtrArray        *dangling)
{
  gboolean complete = TRUE;

  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
      JsonNode *node = json_object_get_member (in, column->key);
      const char *value;
      const char *local;

      if (node == NULL)
        continue;
      if ((column->ref == NULL && !column->ref_indicator) || !JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_STRING)
        {
          if (g_str_equal (column->name, "place_key") && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_STRING)
            {
              g_autofree char *key = translate_place_key (self, json_node_get_string (node));

              json_object_set_string_member (out, column->key, key);
            }
          else
            json_object_set_member (out, column->key, json_node_copy (node));
          continue;
        }
      value = json_node_get_string (node);
      if (column->ref_indicator)
        {
          local = indicator_exists (self, value) ? value : NULL;
          if (local == NULL)
            g_string_append_printf (problems, _("The indicator “%s” is unknown here. "), value);
        }
      else
        {
          local = resolve (self, column->ref, value);
          if (local == NULL)
            {
              g_autofree char *title = stub_title (self, value);

              g_string_append_printf (problems, _("Refers to %s “%s”, which is neither in the file nor here. "),
                                      g_dgettext (GETTEXT_PACKAGE, column->ref->label), title);
            }
        }
      if (local != NULL)
        json_object_set_string_member (out, column->key, local);
      else
        {
          json_object_set_null_member (out, column->key);
          complete = complete && !column->notnull;
          if (dangling != NULL && column->ref != NULL)
            {
              g_ptr_array_add (dangling, g_strdup (column->key));
              g_ptr_array_add (dangling, g_strdup (value));
            }
        }
    }
  return complete;
}

static void
translate_links (IdoDossierImport *self,
                 IdoExchangeTable *table,
                 JsonObject       *in,
                 JsonObject       *out,
                 GString          *problems,
                 GPtrArray        *dangling)
{
  for (guint l = 0; l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);
      JsonNode *node = json_object_get_member (in, link->key);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_array_new ();
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (node), i);
          g_autoptr(JsonObject) translated = NULL;
          gboolean complete = TRUE;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          translated = json_object_new ();
          translate_row (self, link, json_node_get_object (element), translated, problems, NULL);
          /* A link without its other end means nothing: left out. */
          for (guint c = 0; c < link->columns->len; c++)
            {
              IdoExchangeColumn *column = g_ptr_array_index (link->columns, c);
              JsonNode *value = json_object_get_member (json_node_get_object (element), column->key);

              if ((column->ref != NULL || column->ref_indicator) && value != NULL && !JSON_NODE_HOLDS_NULL (value) &&
                  json_object_get_null_member (translated, column->key))
                complete = FALSE;
            }
          if (complete)
            json_array_add_object_element (array, g_steal_pointer (&translated));
          else if (dangling != NULL)
            {
              g_ptr_array_add (dangling, g_strdup (link->key));
              g_ptr_array_add (dangling, json_to_string (element, FALSE));
            }
        }
      json_object_set_array_member (out, link->key, array);
    }
}

static void
note_unknown_members (IdoDossierImport *self,
                      IdoExchangeTable *table,
                      JsonObject       *in)
{
  g_autoptr(GList) members = json_object_get_members (in);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      gboolean known = g_str_equal (name, "uuid") || g_str_equal (name, "created_at") ||
                       g_str_equal (name, "updated_at") || g_str_equal (name, "synced_at");

      for (guint c = 0; !known && c < table->columns->len; c++)
        known = g_str_equal (((IdoExchangeColumn *) g_ptr_array_index (table->columns, c))->key, name);
      for (guint c = 0; !known && c < table->links->len; c++)
        known = g_str_equal (((IdoExchangeTable *) g_ptr_array_index (table->links, c))->key, name);
      if (!known)
        add_note (self, g_strdup_printf (_("The file has “%s” for %s, which this version of IDO Regie does not "
                                           "know; it is left out."), name,
                                         g_dgettext (GETTEXT_PACKAGE, table->label)));
    }
}

/* Comparing with this dossier */

typedef struct
{
  char *updated_at;
  char *hash;
} SyncState;

static gboolean
load_state (IdoDossierImport *self,
            const char       *uuid,
            SyncState        *state)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "SELECT synced_updated_at, synced_hash FROM exchange_state WHERE row_uuid = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, uuid);
  if (!ido_database_step (self->database, stmt, &has_row, NULL) || !has_row)
    return FALSE;
  state->updated_at = ido_sql_column_dup (stmt, 0);
  state->hash = ido_sql_column_dup (stmt, 1);
  return TRUE;
}

static char *
value_text (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("–");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup_printf ("%u", json_array_get_length (json_node_get_array (node)));
  if (!JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("…");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);

        if (g_utf8_strlen (text, -1) > 60)
          {
            g_autofree char *cut = g_utf8_substring (text, 0, 59);

            return g_strdup_printf ("%s…", cut);
          }
        return g_strdup (text);
      }
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "1" : "0");
    default:
      return g_strdup ("…");
    }
}

/* "name: here “A”, in the file “B”" for each field that differs. */
static char *
describe_differences (IdoExchangeTable *table,
                      JsonObject       *mine,
                      JsonObject       *theirs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
      g_autofree char *a = value_text (json_object_get_member (mine, column->key));
      g_autofree char *b = value_text (json_object_get_member (theirs, column->key));

      if (g_str_equal (a, b))
        continue;
      if (n++ > 0)
        g_string_append (text, "\n");
      if (column->ref != NULL)
        g_string_append_printf (text, _("%s: refers to another row"), column->key);
      else
        /* Translators: a field that differs: its name, the value here and in the dossier file */
        g_string_append_printf (text, _("%s: here “%s”, in the file “%s”"), column->key, a, b);
    }
  for (guint l = 0; l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);
      g_autoptr(JsonObject) a = json_object_new ();
      g_autoptr(JsonObject) b = json_object_new ();
      g_autofree char *ta = NULL;
      g_autofree char *tb = NULL;

      if (!json_object_has_member (theirs, link->key))
        continue;
      json_object_set_member (a, link->key, json_node_copy (json_object_get_member (mine, link->key)));
      json_object_set_member (b, link->key, json_node_copy (json_object_get_member (theirs, link->key)));
      ta = ido_exchange_row_canonical (table, a);
      tb = ido_exchange_row_canonical (table, b);
      if (g_str_equal (ta, tb))
        continue;
      if (n++ > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("%s: changed"), link->key);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Their row over ours: members the file lacks keep our value. */
static JsonObject *
overlay (IdoExchangeTable *table,
         JsonObject       *mine,
         JsonObject       *theirs)
{
  JsonObject *full = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (mine);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (full, l->data, json_node_copy (json_object_get_member (mine, l->data)));
  g_list_free (g_steal_pointer (&members));
  members = json_object_get_members (theirs);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (full, l->data, json_node_copy (json_object_get_member (theirs, l->data)));
  return full;
}

static void
decide (IdoDossierImport *self,
        Entry            *entry,
        JsonObject       *mine,
        const char       *their_base)
{
  SyncState state = { 0 };
  gboolean has_state = load_state (self, entry->local_uuid, &state);
  g_autofree char *mine_hash = ido_exchange_row_hash (entry->table, mine);
  const char *mine_at = json_object_get_string_member (mine, "updated_at");
  const char *their_at = json_object_get_string_member (entry->row, "updated_at");
  gboolean edited_here;

  /* Edited here since @their_base: a newer updated_at, or (same updated_at)
   * content that no longer matches what was exchanged. */
  edited_here = g_strcmp0 (mine_at, their_base) != 0 ||
                (has_state && g_strcmp0 (state.updated_at, mine_at) == 0 && g_strcmp0 (state.hash, mine_hash) != 0);
  if (!edited_here)
    entry->kind = IDO_DOSSIER_CHANGE_CHANGED;
  else if (has_state && g_strcmp0 (their_at, state.updated_at) == 0)
    entry->kind = IDO_DOSSIER_CHANGE_KEPT;
  else if (entry->adopt)
    entry->kind = IDO_DOSSIER_CHANGE_CHANGED;
  else
    entry->kind = IDO_DOSSIER_CHANGE_CONFLICT;
  g_free (state.updated_at);
  g_free (state.hash);
}

static gboolean
pristine_seeded (IdoDossierImport *self,
                 IdoExchangeTable *table,
                 JsonObject       *mine,
                 const char       *local_uuid)
{
  SyncState state = { 0 };

  if (!table->seeded)
    return FALSE;
  if (load_state (self, local_uuid, &state))
    {
      g_free (state.updated_at);
      g_free (state.hash);
      return FALSE;
    }
  return g_strcmp0 (json_object_get_string_member (mine, "updated_at"),
                    json_object_get_string_member (mine, "created_at")) == 0;
}

static gint64
find_local (IdoDossierImport *self,
            IdoExchangeTable *table,
            const char       *uuid,
            JsonObject       *row)
{
  g_autofree char *alias = NULL;
  gint64 id = ido_exchange_id_for_uuid (self->database, table, uuid);

  if (id > 0)
    return id;
  alias = alias_for (self, uuid);
  if (alias != NULL && (id = ido_exchange_id_for_uuid (self->database, table, alias)) > 0)
    return id;
  return ido_exchange_find_natural (self->database, table, row);
}

static gboolean
valid_row (JsonNode *node)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  return g_uuid_string_is_valid (json_object_get_string_member_with_default (object, "uuid", "")) &&
         json_object_get_string_member_with_default (object, "created_at", NULL) != NULL &&
         json_object_get_string_member_with_default (object, "updated_at", NULL) != NULL;
}

static void
add_change (IdoDossierImport *self,
            Entry            *entry,
            const char       *details)
{
  g_autofree char *title = ido_exchange_row_title (entry->table, entry->row);

  entry->change = ido_dossier_change_new (entry->kind, g_dgettext (GETTEXT_PACKAGE, entry->table->label), title,
                                          details);
  g_ptr_array_add (self->changes, g_object_ref (entry->change));
}

static gboolean
read_row (IdoDossierImport  *self,
          IdoExchangeTable  *table,
          JsonNode          *node,
          GError           **error)
{
  JsonObject *in;
  Entry *entry;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(JsonObject) theirs = json_object_new ();
  g_autoptr(JsonObject) mine = NULL;
  g_autofree char *details = NULL;
  gboolean complete;

  if (!valid_row (node))
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_INVALID,
                   _("This dossier file is damaged: a row of “%s” has no valid UUID or timestamps."), table->name);
      return FALSE;
    }
  in = json_node_get_object (node);
  note_unknown_members (self, table, in);
  for (guint i = 0; i < 3; i++)
    {
      const char *member = (const char *[]) { "uuid", "created_at", "updated_at" }[i];

      json_object_set_string_member (theirs, member, json_object_get_string_member (in, member));
    }
  entry = g_new0 (Entry, 1);
  entry->table = table;
  entry->dangling = g_ptr_array_new_with_free_func (g_free);
  complete = translate_row (self, table, in, theirs, problems, entry->dangling);
  translate_links (self, table, in, theirs, problems, entry->dangling);
  entry->theirs_uuid = g_strdup (json_object_get_string_member (in, "uuid"));
  g_ptr_array_add (self->entries, entry);
  entry->row = json_object_ref (theirs);
  if (!complete)
    {
      entry->kind = IDO_DOSSIER_CHANGE_SKIPPED;
      g_hash_table_add (self->unresolved, g_strdup (entry->theirs_uuid));
      add_change (self, entry, g_strstrip (problems->str));
      return TRUE;
    }
  entry->local_id = find_local (self, table, entry->theirs_uuid, theirs);
  entry->local_uuid = entry->local_id > 0 ? ido_exchange_uuid_for_id (self->database, table, entry->local_id)
                                          : g_strdup (entry->theirs_uuid);
  g_hash_table_insert (self->map, g_strdup (entry->theirs_uuid), g_strdup (entry->local_uuid));
  if (entry->local_id == 0)
    {
      entry->kind = IDO_DOSSIER_CHANGE_NEW;
      add_change (self, entry, g_strstrip (problems->str));
      return TRUE;
    }

  mine = ido_exchange_read_row (self->schema, self->database, table, entry->local_id, error);
  if (mine == NULL)
    return FALSE;
  entry->mine_updated_at = g_strdup (json_object_get_string_member (mine, "updated_at"));
  g_clear_pointer (&entry->row, json_object_unref);
  entry->row = overlay (table, mine, theirs);
  if (!g_str_equal (entry->local_uuid, entry->theirs_uuid))
    {
      entry->adopt = pristine_seeded (self, table, mine, entry->local_uuid);
      entry->alias = !entry->adopt;
    }
  {
    g_autofree char *a = ido_exchange_row_canonical (table, mine);
    g_autofree char *b = ido_exchange_row_canonical (table, entry->row);

    if (g_str_equal (a, b))
      {
        entry->unchanged = TRUE;
        return TRUE;
      }
  }
  /* The same version on both sides, not edited there since (no synced_at):
   * what differs is what the file could not carry (references to rows it
   * did not include), not an edit. */
  if (!json_object_has_member (in, "synced_at") &&
      g_strcmp0 (json_object_get_string_member (in, "updated_at"), entry->mine_updated_at) == 0)
    {
      entry->unchanged = TRUE;
      entry->same_version = TRUE;
      return TRUE;
    }
  decide (self, entry, mine, json_object_get_string_member_with_default (in, "synced_at",
                                                                         json_object_get_string_member (in, "updated_at")));
  details = describe_differences (table, mine, entry->row);
  if (problems->len > 0)
    {
      g_autofree char *joined = g_strconcat (details, *details ? "\n" : "", g_strstrip (problems->str), NULL);

      g_set_str (&details, joined);
    }
  add_change (self, entry, details);
  return TRUE;
}

static gboolean
read_tables (IdoDossierImport  *self,
             JsonObject        *root,
             GError           **error)
{
  JsonObject *tables = json_object_get_object_member (root, "tables");
  g_autoptr(GList) names = json_object_get_members (tables);

  for (GList *l = names; l != NULL; l = l->next)
    if (ido_exchange_schema_lookup (self->schema, l->data) == NULL)
      add_note (self, g_strdup_printf (_("The file has a table “%s” that this version of IDO Regie does not know; "
                                         "it is left out."), (const char *) l->data));

  for (guint t = 0; t < ido_exchange_schema_get_n_tables (self->schema); t++)
    {
      IdoExchangeTable *table = ido_exchange_schema_get_table (self->schema, t);
      JsonNode *node = json_object_get_member (tables, table->name);
      JsonArray *rows;

      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_INVALID,
                       _("This dossier file is damaged: “%s” is not a list."), table->name);
          return FALSE;
        }
      rows = json_node_get_array (node);
      if (table->own_only && !self->same_municipality)
        {
          if (json_array_get_length (rows) > 0)
            add_note (self, g_strdup_printf (_("%s of %s are not imported: they belong to that municipality."),
                                             g_dgettext (GETTEXT_PACKAGE, table->label), self->source_name));
          continue;
        }
      for (guint i = 0; i < json_array_get_length (rows); i++)
        if (!read_row (self, table, json_array_get_element (rows, i), error))
          return FALSE;
    }
  return TRUE;
}

/**
 * ido_dossier_import_new_from_data:
 * @file_name: shown in the import history
 *
 * Reads a dossier and compares it with @database; nothing is written.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error
 */
IdoDossierImport *
ido_dossier_import_new_from_data (IdoDatabase  *database,
                                  const char   *data,
                                  gssize        length,
                                  const char   *file_name,
                                  GError      **error)
{
  g_autoptr(IdoDossierImport) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (!json_parser_load_from_data (parser, data, length, &parse_error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_FORMAT,
                   _("This is not a dossier file of IDO Regie: %s"),
                   parse_error != NULL ? parse_error->message : _("no JSON object"));
      return NULL;
    }
  self = g_object_new (IDO_TYPE_DOSSIER_IMPORT, NULL);
  self->database = g_object_ref (database);
  self->file_name = g_strdup (file_name != NULL ? file_name : "");
  self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if (!read_header (self, json_node_get_object (root), error))
    return NULL;
  self->schema = ido_exchange_schema_new (database, error);
  if (self->schema == NULL)
    return NULL;
  check_municipality (self, json_node_get_object (root));
  read_indicators (self, json_node_get_object (root));
  read_references (self, json_node_get_object (root));
  if (!read_tables (self, json_node_get_object (root), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ido_dossier_import_new_from_file:
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error
 */
IdoDossierImport *
ido_dossier_import_new_from_file (IdoDatabase  *database,
                                  const char   *path,
                                  GError      **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  name = g_path_get_basename (path);
  return ido_dossier_import_new_from_data (database, data, length, name, error);
}

/* Where the file comes from: the municipality that made it. */
const char *
ido_dossier_import_get_source_name (IdoDossierImport *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), NULL);

  return self->source_name != NULL ? self->source_name : "";
}

const char *
ido_dossier_import_get_exported_at (IdoDossierImport *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), NULL);

  return self->exported_at;
}

/* What the preview could not take over and why, for the user. */
const char * const *
ido_dossier_import_get_notes (IdoDossierImport *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), NULL);

  return (const char * const *) self->notes->pdata;
}

guint
ido_dossier_import_count (IdoDossierImport     *self,
                          IdoDossierChangeKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    if (ido_dossier_change_get_kind (g_ptr_array_index (self->changes, i)) == kind)
      n++;
  return n;
}

guint
ido_dossier_import_get_n_unchanged (IdoDossierImport *self)
{
  guint n = 0;

  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    if (((Entry *) g_ptr_array_index (self->entries, i))->unchanged)
      n++;
  return n;
}

/* Conflicts without a choice; importing waits for them. */
guint
ido_dossier_import_get_n_unresolved (IdoDossierImport *self)
{
  guint n = 0;

  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    {
      IdoDossierChange *change = g_ptr_array_index (self->changes, i);

      if (ido_dossier_change_get_kind (change) == IDO_DOSSIER_CHANGE_CONFLICT &&
          ido_dossier_change_get_resolution (change) == IDO_DOSSIER_RESOLUTION_NONE)
        n++;
    }
  return n;
}

void
ido_dossier_import_resolve_all (IdoDossierImport     *self,
                                IdoDossierResolution  resolution)
{
  g_return_if_fail (IDO_IS_DOSSIER_IMPORT (self));

  for (guint i = 0; i < self->changes->len; i++)
    {
      IdoDossierChange *change = g_ptr_array_index (self->changes, i);

      if (ido_dossier_change_get_kind (change) == IDO_DOSSIER_CHANGE_CONFLICT)
        ido_dossier_change_set_resolution (change, resolution);
    }
}

/* Applying */

static gboolean
log_change (IdoDossierImport  *self,
            gint64             batch_id,
            guint             *seq,
            const char        *table,
            const char        *uuid,
            const char        *action,
            const char        *old_row,
            const char        *old_state,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "INSERT INTO exchange_change (batch_id, seq, table_name, row_uuid, action, old_row,"
                               " old_state) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_int (stmt, 2, (int) (*seq)++);
  ido_sql_bind_text (stmt, 3, table);
  ido_sql_bind_text (stmt, 4, uuid);
  ido_sql_bind_text (stmt, 5, action);
  ido_sql_bind_text_or_null (stmt, 6, old_row);
  ido_sql_bind_text_or_null (stmt, 7, old_state);
  return ido_database_step (self->database, stmt, &has_row, error);
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static void
note_changed_table (IdoDossierImport *self,
                    const char       *name)
{
  for (guint i = 0; i + 1 < self->changed_tables->len; i++)
    if (g_str_equal (g_ptr_array_index (self->changed_tables, i), name))
      return;
  g_ptr_array_insert (self->changed_tables, self->changed_tables->len - 1, g_strdup (name));
}

/* Records the version both sides now know (see "Conflicts"). */
static gboolean
save_state (IdoDossierImport  *self,
            gint64             batch_id,
            guint             *seq,
            Entry             *entry,
            const char        *uuid,
            const char        *hash,
            GError           **error)
{
  SyncState old = { 0 };
  g_autofree char *old_text = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  if (load_state (self, uuid, &old))
    {
      g_autoptr(JsonObject) object = json_object_new ();

      json_object_set_string_member (object, "updated_at", old.updated_at);
      json_object_set_string_member (object, "hash", old.hash);
      old_text = object_to_string (object);
      g_free (old.updated_at);
      g_free (old.hash);
    }
  stmt = ido_database_prepare (self->database,
                               "INSERT OR REPLACE INTO exchange_state (row_uuid, table_name, synced_updated_at,"
                               " synced_hash) VALUES (?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, uuid);
  ido_sql_bind_text (stmt, 2, entry->table->name);
  ido_sql_bind_text (stmt, 3, json_object_get_string_member (entry->row, "updated_at"));
  ido_sql_bind_text (stmt, 4, hash);
  ok = ido_database_step (self->database, stmt, &has_row, error);
  return ok && log_change (self, batch_id, seq, entry->table->name, uuid, "state", NULL,
                           old_text != NULL ? old_text : "", error);
}

static gboolean
save_alias (IdoDossierImport  *self,
            gint64             batch_id,
            guint             *seq,
            Entry             *entry,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "INSERT OR REPLACE INTO exchange_alias (foreign_uuid, local_uuid, table_name)"
                               " VALUES (?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, entry->theirs_uuid);
  ido_sql_bind_text (stmt, 2, entry->local_uuid);
  ido_sql_bind_text (stmt, 3, entry->table->name);
  return ido_database_step (self->database, stmt, &has_row, error) &&
         log_change (self, batch_id, seq, entry->table->name, entry->theirs_uuid, "alias", NULL, NULL, error);
}

static char *
dangling_set (IdoDatabase *database,
              const char  *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database,
                                                       "SELECT member, value FROM exchange_dangling"
                                                       " WHERE row_uuid = ? ORDER BY member, value", NULL);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, uuid);
  while (ido_database_step (database, stmt, &has_row, NULL) && has_row)
    {
      json_array_add_string_element (array, (const char *) sqlite3_column_text (stmt, 0));
      json_array_add_string_element (array, (const char *) sqlite3_column_text (stmt, 1));
    }
  json_node_set_array (node, array);
  return json_to_string (node, FALSE);
}

/* Replaces the row's dangling references by @pairs (member, value, ...). */
static gboolean
write_dangling (IdoDatabase  *database,
                const char   *uuid,
                GPtrArray    *pairs,
                GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, "DELETE FROM exchange_dangling WHERE row_uuid = ?", error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, uuid);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      stmt = ido_database_prepare (database,
                                   "INSERT OR IGNORE INTO exchange_dangling (row_uuid, member, value) VALUES (?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ido_sql_bind_text (stmt, 1, uuid);
      ido_sql_bind_text (stmt, 2, g_ptr_array_index (pairs, i));
      ido_sql_bind_text (stmt, 3, g_ptr_array_index (pairs, i + 1));
      if (!ido_database_step (database, stmt, &has_row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_dangling (IdoDossierImport  *self,
               gint64             batch_id,
               guint             *seq,
               Entry             *entry,
               const char        *uuid,
               GError           **error)
{
  g_autofree char *old = dangling_set (self->database, uuid);

  if (entry->dangling->len == 0 && g_strcmp0 (old, "[]") == 0)
    return TRUE;
  return write_dangling (self->database, uuid, entry->dangling, error) &&
         log_change (self, batch_id, seq, entry->table->name, uuid, "dangling", old, NULL, error);
}

static gboolean
create_indicators (IdoDossierImport  *self,
                   gint64             batch_id,
                   guint             *seq,
                   GError           **error)
{
  for (guint i = 0; i < self->new_indicators->len; i++)
    {
      JsonObject *object = g_ptr_array_index (self->new_indicators, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;
      const char *code = json_object_get_string_member (object, "code");

      stmt = ido_database_prepare (self->database,
                                   "INSERT INTO indicator (code, label, aggregation, unit, has_category, is_custom)"
                                   " VALUES (?, ?, ?, ?, ?, 1)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ido_sql_bind_text (stmt, 1, code);
      ido_sql_bind_text (stmt, 2, json_object_get_string_member_with_default (object, "label", code));
      ido_sql_bind_text (stmt, 3, json_object_get_string_member_with_default (object, "aggregation", "sum"));
      ido_sql_bind_text (stmt, 4, json_object_get_string_member_with_default (object, "unit", "count"));
      sqlite3_bind_int (stmt, 5, json_object_get_boolean_member_with_default (object, "has_category", FALSE));
      if (!ido_database_step (self->database, stmt, &has_row, error) ||
          !log_change (self, batch_id, seq, "indicator", code, "insert", NULL, NULL, error))
        return FALSE;
      note_changed_table (self, "indicator");
    }
  return TRUE;
}

static gboolean
apply_entry (IdoDossierImport  *self,
             gint64             batch_id,
             guint             *seq,
             Entry             *entry,
             guint             *counts,
             GError           **error)
{
  IdoDossierResolution resolution = entry->change ? ido_dossier_change_get_resolution (entry->change)
                                                  : IDO_DOSSIER_RESOLUTION_NONE;
  const char *uuid = entry->adopt ? entry->theirs_uuid : entry->local_uuid;
  g_autofree char *hash = NULL;
  g_autoptr(JsonObject) now = NULL;
  gboolean take;

  if (entry->kind == IDO_DOSSIER_CHANGE_SKIPPED)
    return TRUE;
  if (entry->unchanged)
    /* Same content: only align the identity and the version. */
    take = entry->adopt || g_strcmp0 (entry->mine_updated_at,
                                      json_object_get_string_member (entry->row, "updated_at")) != 0;
  else if (entry->kind == IDO_DOSSIER_CHANGE_KEPT)
    return TRUE;
  else
    take = entry->kind == IDO_DOSSIER_CHANGE_NEW || entry->kind == IDO_DOSSIER_CHANGE_CHANGED ||
           (entry->kind == IDO_DOSSIER_CHANGE_CONFLICT && resolution == IDO_DOSSIER_RESOLUTION_TAKE_THEIRS);

  if (take && entry->local_id == 0)
    {
      if (!ido_exchange_write_row (self->database, entry->table, entry->row, 0, FALSE, error) ||
          !log_change (self, batch_id, seq, entry->table->name, uuid, "insert", NULL, NULL, error))
        return FALSE;
      counts[0]++;
    }
  else if (take)
    {
      g_autoptr(JsonObject) old = ido_exchange_read_row (self->schema, self->database, entry->table,
                                                         entry->local_id, error);
      g_autofree char *old_text = NULL;

      if (old == NULL)
        return FALSE;
      old_text = object_to_string (old);
      if (!ido_exchange_write_row (self->database, entry->table, entry->row, entry->local_id, entry->adopt, error) ||
          !log_change (self, batch_id, seq, entry->table->name, uuid, "update", old_text, NULL, error))
        return FALSE;
      if (!entry->unchanged)
        counts[1]++;
    }
  else if (!entry->unchanged)
    counts[2]++;
  if (take)
    note_changed_table (self, entry->table->name);
  if (take && !save_dangling (self, batch_id, seq, entry, uuid, error))
    return FALSE;
  if (entry->alias && !save_alias (self, batch_id, seq, entry, error))
    return FALSE;

  /* What both sides have now: ours after writing (or unchanged), or theirs
   * when we kept ours. */
  if (take || entry->unchanged)
    {
      gint64 id = entry->local_id > 0 ? entry->local_id : ido_exchange_id_for_uuid (self->database, entry->table, uuid);

      now = ido_exchange_read_row (self->schema, self->database, entry->table, id, error);
      if (now == NULL)
        return FALSE;
      hash = ido_exchange_row_hash (entry->table, now);
    }
  else
    hash = ido_exchange_row_hash (entry->table, entry->row);
  return save_state (self, batch_id, seq, entry, uuid, hash, error);
}

/* The rows must still be as the preview saw them. */
static gboolean
verify_unchanged (IdoDossierImport  *self,
                  GError           **error)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      g_autofree char *sql = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean has_row = FALSE;
      gboolean same;

      if (entry->kind == IDO_DOSSIER_CHANGE_SKIPPED)
        continue;
      if (entry->local_id == 0)
        {
          same = ido_exchange_id_for_uuid (self->database, entry->table, entry->local_uuid) == 0;
        }
      else
        {
          sql = g_strdup_printf ("SELECT updated_at FROM \"%s\" WHERE id = ?", entry->table->name);
          stmt = ido_database_prepare (self->database, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, entry->local_id);
          same = ido_database_step (self->database, stmt, &has_row, NULL) && has_row &&
                 g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), entry->mine_updated_at) == 0;
        }
      if (!same)
        {
          g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_CHANGED,
                       _("The data changed since the preview. Open the dossier file again to see what importing "
                         "it does now."));
          return FALSE;
        }
    }
  return TRUE;
}

static gint64
create_batch (IdoDossierImport  *self,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "INSERT INTO exchange_batch (file_name, sha256, source_municipality, exported_at)"
                               " VALUES (?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, self->file_name);
  ido_sql_bind_text (stmt, 2, self->sha256);
  ido_sql_bind_text (stmt, 3, self->source_name);
  ido_sql_bind_text_or_null (stmt, 4, self->exported_at);
  if (!ido_database_step (self->database, stmt, &has_row, error))
    return 0;
  return ido_database_last_insert_id (self->database);
}

static gboolean
finish_batch (IdoDossierImport  *self,
              gint64             batch_id,
              const guint       *counts,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "UPDATE exchange_batch SET rows_new = ?, rows_changed = ?, rows_kept = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) counts[0]);
  sqlite3_bind_int (stmt, 2, (int) counts[1]);
  sqlite3_bind_int (stmt, 3, (int) counts[2]);
  sqlite3_bind_int64 (stmt, 4, batch_id);
  return ido_database_step (self->database, stmt, &has_row, error);
}

/* is_own is not part of the data: setting it must not touch updated_at, and
 * the touch trigger only stays quiet when updated_at changes. */
static gboolean
set_is_own (IdoDatabase  *database,
            const char   *uuid,
            gboolean      own,
            GError      **error)
{
  return run_with_flag (database,
                        "UPDATE municipality SET is_own = ?2, updated_at = updated_at || '~' WHERE uuid = ?1",
                        uuid, own, error) &&
         run_with_flag (database,
                        "UPDATE municipality SET updated_at = rtrim(updated_at, '~') WHERE uuid = ?1 AND ?2 = ?2",
                        uuid, own, error);
}

/* A dossier handed over to an empty one makes its municipality the own one. */
static gboolean
set_own_municipality (IdoDossierImport  *self,
                      gint64             batch_id,
                      guint             *seq,
                      GError           **error)
{
  const char *local;

  if (self->local_has_own || self->source_uuid == NULL ||
      (local = g_hash_table_lookup (self->map, self->source_uuid)) == NULL)
    return TRUE;
  note_changed_table (self, "municipality");
  return set_is_own (self->database, local, TRUE, error) &&
         log_change (self, batch_id, seq, "municipality", local, "own", NULL, NULL, error);
}

/**
 * ido_dossier_import_apply:
 * @batch_id: (out) (optional): the batch, for ido_dossier_import_undo()
 *
 * Imports everything the preview shows, in one transaction: all or nothing.
 * Every conflict needs a resolution first.
 */
gboolean
ido_dossier_import_apply (IdoDossierImport  *self,
                          gint64            *batch_id,
                          GError           **error)
{
  guint counts[3] = { 0 };
  guint seq = 0;
  gint64 batch;

  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), FALSE);

  if (self->applied)
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_CHANGED, _("This dossier was imported already."));
      return FALSE;
    }
  if (ido_dossier_import_get_n_unresolved (self) > 0)
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_UNRESOLVED,
                   g_dngettext (GETTEXT_PACKAGE, "Choose which version to keep for the conflict first.",
                                "Choose which version to keep for each of the %u conflicts first.",
                                ido_dossier_import_get_n_unresolved (self)),
                   ido_dossier_import_get_n_unresolved (self));
      return FALSE;
    }
  if (!ido_database_begin (self->database, error))
    return FALSE;
  if (!verify_unchanged (self, error) || (batch = create_batch (self, error)) == 0 ||
      !create_indicators (self, batch, &seq, error))
    goto failed;
  for (guint i = 0; i < self->entries->len; i++)
    if (!apply_entry (self, batch, &seq, g_ptr_array_index (self->entries, i), counts, error))
      goto failed;
  if (!set_own_municipality (self, batch, &seq, error) || !finish_batch (self, batch, counts, error) ||
      !ido_database_commit (self->database, error))
    goto failed;
  self->applied = TRUE;
  for (guint i = 0; i + 1 < self->changed_tables->len; i++)
    ido_database_emit_changed (self->database, g_ptr_array_index (self->changed_tables, i));
  if (batch_id != NULL)
    *batch_id = batch;
  return TRUE;

failed:
  ido_database_rollback (self->database);
  /* The list of changed tables describes nothing now. */
  g_ptr_array_set_size (self->changed_tables, 0);
  g_ptr_array_add (self->changed_tables, NULL);
  return FALSE;
}

/**
 * ido_dossier_import_get_changed_tables:
 *
 * Returns: (transfer none): the tables the import wrote to, for "changed"
 *   signals on other connections
 */
const char * const *
ido_dossier_import_get_changed_tables (IdoDossierImport *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_IMPORT (self), NULL);

  return (const char * const *) self->changed_tables->pdata;
}

/* Async */

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  char **paths = task_data;
  g_autoptr(IdoDatabase) database = NULL;
  IdoDossierImport *self;
  GError *error = NULL;

  database = ido_database_open (paths[0], &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  self = ido_dossier_import_new_from_file (database, paths[1], &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/* Reads and compares in a thread, with its own connection to the database
 * at @database_path; the import applies through that connection too. */
void
ido_dossier_import_new_async (const char          *database_path,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **paths = g_new0 (char *, 3);

  paths[0] = g_strdup (database_path);
  paths[1] = g_strdup (path);
  g_task_set_source_tag (task, ido_dossier_import_new_async);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, preview_thread);
}

IdoDossierImport *
ido_dossier_import_new_finish (GAsyncResult  *result,
                               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  IdoDossierImport *self = source_object;
  gint64 batch = 0;
  GError *error = NULL;

  if (ido_dossier_import_apply (self, &batch, &error))
    g_task_return_int (task, batch);
  else
    g_task_return_error (task, error);
}

void
ido_dossier_import_apply_async (IdoDossierImport    *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (IDO_IS_DOSSIER_IMPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_dossier_import_apply_async);
  g_task_run_in_thread (task, apply_thread);
}

gboolean
ido_dossier_import_apply_finish (IdoDossierImport  *self,
                                 GAsyncResult      *result,
                                 gint64            *batch_id,
                                 GError           **error)
{
  gssize batch = g_task_propagate_int (G_TASK (result), error);

  if (batch_id != NULL)
    *batch_id = batch > 0 ? batch : 0;
  return batch > 0;
}

/* Undo */

/**
 * ido_dossier_import_last_batch:
 *
 * Returns: the latest import that was not undone, or 0
 */
gint64
ido_dossier_import_last_batch (IdoDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), 0);

  stmt = ido_database_prepare (database, "SELECT id FROM exchange_batch WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1",
                               NULL);
  if (stmt == NULL || !ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

typedef struct
{
  char *table;
  char *uuid;
  char *action;
  char *old_row;
  char *old_state;
} LoggedChange;

static void
logged_change_free (gpointer data)
{
  LoggedChange *change = data;

  g_free (change->table);
  g_free (change->uuid);
  g_free (change->action);
  g_free (change->old_row);
  g_free (change->old_state);
  g_free (change);
}

static GPtrArray *
load_changes (IdoDatabase  *database,
              gint64        batch_id,
              GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (logged_change_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT table_name, row_uuid, action, old_row, old_state FROM exchange_change"
                               " WHERE batch_id = ? ORDER BY seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      LoggedChange *change = g_new0 (LoggedChange, 1);

      change->table = ido_sql_column_dup (stmt, 0);
      change->uuid = ido_sql_column_dup (stmt, 1);
      change->action = ido_sql_column_dup (stmt, 2);
      change->old_row = ido_sql_column_dup_or_null (stmt, 3);
      change->old_state = ido_sql_column_dup_or_null (stmt, 4);
      g_ptr_array_add (changes, change);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&changes);
}

static gboolean
run (IdoDatabase  *database,
     const char   *sql,
     const char   *text,
     GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, text);
  return ido_database_step (database, stmt, &has_row, error);
}

static gboolean
restore_state (IdoDatabase   *database,
               LoggedChange  *change,
               GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  if (change->old_state == NULL || *change->old_state == '\0')
    return run (database, "DELETE FROM exchange_state WHERE row_uuid = ?", change->uuid, error);
  if (!json_parser_load_from_data (parser, change->old_state, -1, error))
    return FALSE;
  object = json_node_get_object (json_parser_get_root (parser));
  stmt = ido_database_prepare (database,
                               "INSERT OR REPLACE INTO exchange_state (row_uuid, table_name, synced_updated_at,"
                               " synced_hash) VALUES (?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, change->uuid);
  ido_sql_bind_text (stmt, 2, change->table);
  ido_sql_bind_text (stmt, 3, json_object_get_string_member (object, "updated_at"));
  ido_sql_bind_text (stmt, 4, json_object_get_string_member (object, "hash"));
  return ido_database_step (database, stmt, &has_row, error);
}

static gboolean
restore_row (IdoDatabase        *database,
             IdoExchangeSchema  *schema,
             LoggedChange       *change,
             GError            **error)
{
  IdoExchangeTable *table = ido_exchange_schema_lookup (schema, change->table);
  g_autoptr(JsonParser) parser = json_parser_new ();
  gint64 id;

  if (table == NULL)
    return TRUE;
  id = ido_exchange_id_for_uuid (database, table, change->uuid);
  if (id == 0)
    return TRUE;   /* deleted since: nothing to put back into */
  if (!json_parser_load_from_data (parser, change->old_row, -1, error))
    return FALSE;
  return ido_exchange_write_row (database, table, json_node_get_object (json_parser_get_root (parser)), id, TRUE,
                                 error);
}

static gboolean
restore_dangling (IdoDatabase   *database,
                  LoggedChange  *change,
                  GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  JsonNode *root;

  if (change->old_row != NULL && json_parser_load_from_data (parser, change->old_row, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (pairs, g_strdup (json_array_get_string_element (array, i)));
    }
  return write_dangling (database, change->uuid, pairs, error);
}

static gboolean
undo_change (IdoDatabase        *database,
             IdoExchangeSchema  *schema,
             LoggedChange       *change,
             GError            **error)
{
  IdoExchangeTable *table = ido_exchange_schema_lookup (schema, change->table);

  if (g_str_equal (change->action, "state"))
    return restore_state (database, change, error);
  if (g_str_equal (change->action, "alias"))
    return run (database, "DELETE FROM exchange_alias WHERE foreign_uuid = ?", change->uuid, error);
  if (g_str_equal (change->action, "own"))
    return set_is_own (database, change->uuid, FALSE, error);
  if (g_str_equal (change->action, "dangling"))
    return restore_dangling (database, change, error);
  if (g_str_equal (change->action, "update"))
    return restore_row (database, schema, change, error);
  if (g_str_equal (change->action, "insert") && g_str_equal (change->table, "indicator"))
    return run (database,
                "DELETE FROM indicator WHERE code = ?1 AND is_custom = 1"
                " AND NOT EXISTS (SELECT 1 FROM target WHERE indicator_id = indicator.id)"
                " AND NOT EXISTS (SELECT 1 FROM observation WHERE indicator_id = indicator.id)",
                change->uuid, error);
  if (g_str_equal (change->action, "insert") && table != NULL)
    return ido_exchange_delete_row (database, table, change->uuid, error);
  return TRUE;
}

/**
 * ido_dossier_import_undo:
 * @changed_tables: (out) (optional) (transfer full): the tables written to
 *
 * Takes back a whole import: rows it added are removed, rows it changed get
 * their earlier content back. Changes made to those rows since are lost.
 */
gboolean
ido_dossier_import_undo (IdoDatabase  *database,
                         gint64        batch_id,
                         GStrv        *changed_tables,
                         GError      **error)
{
  g_autoptr(IdoExchangeSchema) schema = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database, "SELECT undone_at IS NULL FROM exchange_batch WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row || sqlite3_column_int (stmt, 0) == 0)
    {
      g_set_error (error, IDO_DOSSIER_ERROR, IDO_DOSSIER_ERROR_UNDO,
                   has_row ? _("This import was undone already.") : _("This import no longer exists."));
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_reset);
  schema = ido_exchange_schema_new (database, error);
  if (schema == NULL || (changes = load_changes (database, batch_id, error)) == NULL)
    return FALSE;
  if (!ido_database_begin (database, error))
    return FALSE;
  for (guint i = 0; i < changes->len; i++)
    {
      LoggedChange *change = g_ptr_array_index (changes, i);

      if (!undo_change (database, schema, change, error))
        goto failed;
      if (!g_str_equal (change->action, "state") && !g_str_equal (change->action, "alias"))
        g_hash_table_add (tables, change->table);
    }
  stmt = ido_database_prepare (database,
                               "UPDATE exchange_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                               " WHERE id = ?",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!ido_database_step (database, stmt, &has_row, error) || !ido_database_commit (database, error))
    goto failed;
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, tables);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        ido_database_emit_changed (database, key);
        g_strv_builder_add (builder, key);
      }
    if (changed_tables != NULL)
      *changed_tables = g_strv_builder_end (builder);
  }
  return TRUE;

failed:
  ido_database_rollback (database);
  return FALSE;
}

/* ido-place-resolver.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-parse.h"
#include "ido-place-resolver.h"

/* The place key of an observation (see 001-initial.sql) is, from the most
 * specific: 'location:<uuid>' when the row names a location, the CBS code
 * ('GM0363') or 'municipality:<uuid>' (a municipality without code) when it
 * names a municipality, 'library:<uuid>' when it names only a library
 * organisation, 'national' for the whole country. Figures split by
 * inside/outside the library for a place other than a location get the
 * suffix '#inside' or '#outside'. Municipalities resolve through the CBS
 * list (merged ones to their successor); unknown municipalities are
 * rejected, unknown libraries and locations are added, as the dashboard is
 * where the user first sees them. Results are cached per combination of
 * place cells, so a million rows about forty places resolve forty times. */

#define MAX_CACHED_PLACES 50000

typedef struct
{
  gint64    id;
  char     *uuid;
  char     *code;
  char     *name;
  gint64    library_id;
  gint64    municipality_id;
  gboolean  in_library;
} Entity;

typedef struct
{
  GHashTable *by_uuid;
  GHashTable *by_name;   /* folded name */
  GHashTable *by_code;   /* municipalities only */
} Index;

struct _IdoPlaceResolver
{
  IdoDatabase             *database;
  IdoMunicipalityRegistry *registry;
  GPtrArray               *entities;
  Index                    municipalities;
  Index                    libraries;
  Index                    locations;
  GHashTable              *cache;
  GString                 *cache_key;
  char                    *default_place;
  IdoPlaceCreated          created;
};

typedef enum
{
  FOUND,
  FOUND_NATIONAL,
  NOT_FOUND,
  DB_ERROR,
} Lookup;

static void
entity_free (gpointer data)
{
  Entity *entity = data;

  g_free (entity->uuid);
  g_free (entity->code);
  g_free (entity->name);
  g_free (entity);
}

static void
place_free (gpointer data)
{
  IdoPlace *place = data;

  if (place == NULL)
    return;
  g_free (place->key);
  g_free (place->merged_note);
  g_free (place->error);
  g_free (place);
}

static void
index_init (Index *index)
{
  index->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_uuid, g_hash_table_unref);
  g_clear_pointer (&index->by_name, g_hash_table_unref);
  g_clear_pointer (&index->by_code, g_hash_table_unref);
}

static void
index_add (IdoPlaceResolver *self,
           Index            *index,
           Entity           *entity)
{
  g_ptr_array_add (self->entities, entity);
  g_hash_table_replace (index->by_uuid, g_strdup (entity->uuid), entity);
  char *folded = ido_text_fold (entity->name);

  if (!g_hash_table_contains (index->by_name, folded))
    g_hash_table_insert (index->by_name, folded, entity);
  else
    g_free (folded);
  if (entity->code != NULL)
    g_hash_table_replace (index->by_code, g_strdup (entity->code), entity);
}

static Entity *
index_find_name (Index      *index,
                 const char *name)
{
  g_autofree char *folded = ido_text_fold (name);

  return g_hash_table_lookup (index->by_name, folded);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_strdup ((const char *) text) : NULL;
}

/* Loads municipalities, libraries and locations: (id, uuid, code, name,
 * library_id, municipality_id, in_library). */
static gboolean
load_index (IdoPlaceResolver  *self,
            Index             *index,
            const char        *sql,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (self->database, sql, error);
  g_autoptr(GError) local_error = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (self->database, stmt, &has_row, &local_error) && has_row)
    {
      Entity *entity = g_new0 (Entity, 1);

      entity->id = sqlite3_column_int64 (stmt, 0);
      entity->uuid = dup_column (stmt, 1);
      entity->code = dup_column (stmt, 2);
      entity->name = dup_column (stmt, 3);
      entity->library_id = sqlite3_column_int64 (stmt, 4);
      entity->municipality_id = sqlite3_column_int64 (stmt, 5);
      entity->in_library = sqlite3_column_int (stmt, 6);
      index_add (self, index, entity);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static Entity *
insert_entity (IdoPlaceResolver  *self,
               Index             *index,
               sqlite3_stmt      *stmt,
               const char        *name,
               const char        *code,
               GError           **error)
{
  gboolean has_row = FALSE;
  Entity *entity;

  if (!ido_database_step (self->database, stmt, &has_row, error))
    return NULL;
  g_assert (has_row);
  entity = g_new0 (Entity, 1);
  entity->id = sqlite3_column_int64 (stmt, 0);
  entity->uuid = dup_column (stmt, 1);
  entity->library_id = sqlite3_column_int64 (stmt, 2);
  entity->municipality_id = sqlite3_column_int64 (stmt, 3);
  entity->in_library = sqlite3_column_int (stmt, 4);
  entity->name = g_strdup (name);
  entity->code = g_strdup (code);
  sqlite3_reset (stmt);
  index_add (self, index, entity);
  return entity;
}

static void
bind_optional_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static Entity *
create_municipality (IdoPlaceResolver  *self,
                     const char        *uuid,
                     const char        *code,
                     const char        *name,
                     const char        *province,
                     GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (self->database,
                               uuid ? "INSERT INTO municipality (uuid, code, name, province) "
                                      "VALUES (?1, ?2, ?3, ?4) RETURNING id, uuid, 0, 0, 0"
                                    : "INSERT INTO municipality (code, name, province) "
                                      "VALUES (?2, ?3, ?4) RETURNING id, uuid, 0, 0, 0",
                               error);
  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_optional_text (stmt, 2, code);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  bind_optional_text (stmt, 4, province);
  self->created |= IDO_PLACE_CREATED_MUNICIPALITY;
  return insert_entity (self, &self->municipalities, stmt, name, code, error);
}

/* A new row without a given uuid gets the schema's default: the insert
 * leaves the column out. */
static Entity *
create_library (IdoPlaceResolver  *self,
                const char        *uuid,
                const char        *name,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (self->database,
                               uuid ? "INSERT INTO library (uuid, name) VALUES (?1, ?2) RETURNING id, uuid, 0, 0, 0"
                                    : "INSERT INTO library (name) VALUES (?2) RETURNING id, uuid, 0, 0, 0",
                               error);
  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  self->created |= IDO_PLACE_CREATED_LIBRARY;
  return insert_entity (self, &self->libraries, stmt, name, NULL, error);
}

static Entity *
create_location (IdoPlaceResolver  *self,
                 const char        *uuid,
                 const char        *name,
                 Entity            *library,
                 Entity            *municipality,
                 int                inside,
                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (self->database,
                               uuid ? "INSERT INTO location (uuid, name, library_id, municipality_id, placement) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5) "
                                      "RETURNING id, uuid, library_id, municipality_id, placement = 'library'"
                                    : "INSERT INTO location (name, library_id, municipality_id, placement) "
                                      "VALUES (?2, ?3, ?4, ?5) "
                                      "RETURNING id, uuid, library_id, municipality_id, placement = 'library'",
                               error);
  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  bind_optional_id (stmt, 3, library ? library->id : 0);
  bind_optional_id (stmt, 4, municipality ? municipality->id : 0);
  sqlite3_bind_text (stmt, 5, inside == 0 ? "other" : "library", -1, SQLITE_STATIC);
  self->created |= IDO_PLACE_CREATED_LOCATION;
  return insert_entity (self, &self->locations, stmt, name, NULL, error);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && !ido_parse_is_missing (text);
}

static void
reject (IdoPlace    *place,
        IdoField     field,
        const char  *reason)
{
  g_free (place->error);
  place->error = g_strdup (reason);
  place->error_field = field;
}

/* Municipalities */

static Lookup
find_municipality (IdoPlaceResolver  *self,
                   const char        *text,
                   Entity           **found,
                   char             **merged_note,
                   GError           **error)
{
  g_autofree char *merged_from = NULL;
  g_autofree char *trimmed = ido_parse_trim (text);
  IdoMunicipality *municipality;
  const char *code;

  *found = NULL;
  if (ido_parse_is_national (trimmed))
    return FOUND_NATIONAL;
  municipality = ido_municipality_registry_resolve (self->registry, trimmed, &merged_from);
  if (municipality == NULL)
    {
      *found = index_find_name (&self->municipalities, trimmed);
      if (*found == NULL && ido_municipality_code_is_valid (trimmed))
        *found = g_hash_table_lookup (self->municipalities.by_code, trimmed);
      return *found ? FOUND : NOT_FOUND;
    }
  code = ido_municipality_get_code (municipality);
  if (merged_from != NULL && merged_note != NULL)
    *merged_note = g_strdup_printf (_("“%s” is now part of “%s”"), merged_from,
                                    ido_municipality_get_name (municipality));
  *found = g_hash_table_lookup (self->municipalities.by_code, code);
  if (*found == NULL)
    *found = create_municipality (self, NULL, code, ido_municipality_get_name (municipality),
                                  ido_municipality_get_province (municipality), error);
  return *found ? FOUND : DB_ERROR;
}

static void
set_municipality_key (IdoPlace *place,
                      Entity   *municipality)
{
  g_free (place->key);
  place->key = municipality->code ? g_strdup (municipality->code)
                                  : g_strconcat ("municipality:", municipality->uuid, NULL);
  place->municipality_id = municipality->id;
}

static gboolean
resolve_municipality_cells (IdoPlaceResolver     *self,
                            const IdoPlaceCells  *cells,
                            IdoPlace             *place,
                            Entity              **municipality,
                            gboolean             *national,
                            GError              **error)
{
  IdoField field = is_set (cells->municipality_code) ? IDO_FIELD_MUNICIPALITY_CODE : IDO_FIELD_MUNICIPALITY;
  const char *text = field == IDO_FIELD_MUNICIPALITY_CODE ? cells->municipality_code : cells->municipality;
  g_autofree char *reason = NULL;
  Lookup lookup;

  lookup = find_municipality (self, text, municipality, &place->merged_note, error);
  if (lookup == DB_ERROR)
    return FALSE;
  if (lookup == NOT_FOUND && field == IDO_FIELD_MUNICIPALITY_CODE && is_set (cells->municipality))
    {
      field = IDO_FIELD_MUNICIPALITY;
      text = cells->municipality;
      lookup = find_municipality (self, text, municipality, &place->merged_note, error);
      if (lookup == DB_ERROR)
        return FALSE;
    }
  *national = lookup == FOUND_NATIONAL;
  if (lookup == NOT_FOUND)
    {
      reason = g_strdup_printf (_("Unknown municipality “%s”. Check the spelling or the CBS code, "
                                  "or add the municipality to IDO Regie first."), text);
      reject (place, field, reason);
    }
  return TRUE;
}

/* Libraries and locations */

static Entity *
find_or_create_library (IdoPlaceResolver  *self,
                        const char        *text,
                        GError           **error)
{
  g_autofree char *name = ido_parse_trim (text);
  Entity *library = index_find_name (&self->libraries, name);

  return library ? library : create_library (self, NULL, name, error);
}

static Entity *
find_or_create_location (IdoPlaceResolver  *self,
                         const char        *text,
                         Entity            *library,
                         Entity            *municipality,
                         int                inside,
                         GError           **error)
{
  g_autofree char *name = ido_parse_trim (text);
  Entity *location = index_find_name (&self->locations, name);

  return location ? location : create_location (self, NULL, name, library, municipality, inside, error);
}

static void
finish_place (IdoPlace *place,
              Entity   *location,
              Entity   *municipality,
              Entity   *library,
              gboolean  national)
{
  if (location != NULL)
    {
      place->key = g_strconcat ("location:", location->uuid, NULL);
      place->location_id = location->id;
      place->library_id = library ? library->id : location->library_id;
      place->municipality_id = municipality ? municipality->id : location->municipality_id;
      if (place->inside < 0)
        place->inside = location->in_library;
      return;
    }
  if (municipality != NULL)
    set_municipality_key (place, municipality);
  else if (library != NULL)
    place->key = g_strconcat ("library:", library->uuid, NULL);
  else if (national)
    place->key = g_strdup ("national");
  if (library != NULL)
    place->library_id = library->id;
  if (place->key != NULL && place->inside >= 0)
    {
      char *key = g_strconcat (place->key, place->inside ? "#inside" : "#outside", NULL);

      g_free (place->key);
      place->key = key;
    }
}

/* The place key column of an IDO Regie export. A uuid not in this database
 * (an export from a colleague) is looked up by name, else created with that
 * uuid, so the place keeps its key across databases. */

static gboolean
strip_inside_suffix (char     *key,
                     IdoPlace *place)
{
  char *hash = strrchr (key, '#');

  if (hash == NULL)
    return TRUE;
  if (g_str_equal (hash, "#inside"))
    place->inside = place->inside < 0 ? 1 : place->inside;
  else if (g_str_equal (hash, "#outside"))
    place->inside = place->inside < 0 ? 0 : place->inside;
  else
    return FALSE;
  *hash = '\0';
  return TRUE;
}

/* The municipality and library a row names beside a location's key, for a
 * location that has to be created; unknown ones are left out. */
static gboolean
key_companions (IdoPlaceResolver     *self,
                const IdoPlaceCells  *cells,
                Entity              **municipality,
                Entity              **library,
                GError              **error)
{
  const char *text = is_set (cells->municipality_code) ? cells->municipality_code : cells->municipality;

  *municipality = NULL;
  *library = NULL;
  if (is_set (text) && find_municipality (self, text, municipality, NULL, error) == DB_ERROR)
    return FALSE;
  if (is_set (cells->library) && !(*library = find_or_create_library (self, cells->library, error)))
    return FALSE;
  return TRUE;
}

static Entity *
entity_for_key (IdoPlaceResolver     *self,
                Index                *index,
                const char           *uuid,
                const char           *name,
                const IdoPlaceCells  *cells,
                IdoPlace             *place,
                GError              **error)
{
  Entity *entity = g_hash_table_lookup (index->by_uuid, uuid);
  Entity *municipality = NULL, *library = NULL;
  g_autofree char *trimmed = NULL;

  if (entity != NULL)
    return entity;
  if (!is_set (name))
    {
      reject (place, IDO_FIELD_PLACE_KEY, _("This place is not in the database and the file does not name it."));
      return NULL;
    }
  trimmed = ido_parse_trim (name);
  entity = index_find_name (index, trimmed);
  if (entity != NULL)
    return entity;
  if (index == &self->libraries)
    return create_library (self, uuid, trimmed, error);
  if (index == &self->municipalities)
    return create_municipality (self, uuid, NULL, trimmed, NULL, error);
  if (!key_companions (self, cells, &municipality, &library, error))
    return NULL;
  return create_location (self, uuid, trimmed, library, municipality, place->inside, error);
}

static gboolean
resolve_place_key (IdoPlaceResolver     *self,
                   const IdoPlaceCells  *cells,
                   IdoPlace             *place,
                   GError              **error)
{
  g_autofree char *key = ido_parse_trim (cells->place_key);
  Entity *entity = NULL;
  Lookup lookup;

  if (!strip_inside_suffix (key, place))
    {
      reject (place, IDO_FIELD_PLACE_KEY, _("This is not a place key of IDO Regie."));
      return TRUE;
    }
  if (g_str_equal (key, "national"))
    {
      finish_place (place, NULL, NULL, NULL, TRUE);
      return TRUE;
    }
  if (ido_municipality_code_is_valid (key))
    {
      lookup = find_municipality (self, key, &entity, &place->merged_note, error);
      if (lookup == DB_ERROR)
        return FALSE;
      /* A code the shipped list does not know yet, named by the export. */
      if (lookup == NOT_FOUND && is_set (cells->municipality))
        {
          g_autofree char *name = ido_parse_trim (cells->municipality);

          entity = create_municipality (self, NULL, key, name, NULL, error);
          if (entity == NULL)
            return FALSE;
        }
      if (entity == NULL)
        {
          reject (place, IDO_FIELD_PLACE_KEY, _("Unknown municipality code."));
          return TRUE;
        }
      finish_place (place, NULL, entity, NULL, FALSE);
      return TRUE;
    }
#define KEY_WITH_UUID(prefix) (g_str_has_prefix (key, prefix) && g_uuid_string_is_valid (key + strlen (prefix)))
  if (KEY_WITH_UUID ("municipality:"))
    entity = entity_for_key (self, &self->municipalities, key + 13, cells->municipality, cells, place, error);
  else if (KEY_WITH_UUID ("library:"))
    entity = entity_for_key (self, &self->libraries, key + 8, cells->library, cells, place, error);
  else if (KEY_WITH_UUID ("location:"))
    entity = entity_for_key (self, &self->locations, key + 9, cells->location, cells, place, error);
  else
    {
      reject (place, IDO_FIELD_PLACE_KEY, _("This is not a place key of IDO Regie."));
      return TRUE;
    }
#undef KEY_WITH_UUID
  if (entity == NULL)
    return place->error != NULL;
  if (g_str_has_prefix (key, "municipality:"))
    finish_place (place, NULL, entity, NULL, FALSE);
  else if (g_str_has_prefix (key, "library:"))
    finish_place (place, NULL, NULL, entity, FALSE);
  else
    finish_place (place, entity, NULL, NULL, FALSE);
  return TRUE;
}

/* The place of rows that name none */

static gboolean
resolve_default (IdoPlaceResolver  *self,
                 IdoPlace          *place,
                 GError           **error)
{
  g_autoptr(IdoOwnMunicipality) own = NULL;
  const char *text = self->default_place;
  Entity *entity = NULL;
  Lookup lookup;

  if (text == NULL)
    {
      reject (place, IDO_FIELD_NONE, _("The row does not say which place it is about."));
      return TRUE;
    }
  if (g_str_equal (text, "own"))
    {
      own = ido_dossier_get_own_municipality (self->database);
      if (own == NULL)
        {
          reject (place, IDO_FIELD_NONE, _("The municipality you work for has not been chosen yet."));
          return TRUE;
        }
      text = own->code ? own->code : own->name;
    }
  lookup = find_municipality (self, text, &entity, &place->merged_note, error);
  if (lookup == DB_ERROR)
    return FALSE;
  if (lookup == NOT_FOUND)
    reject (place, IDO_FIELD_NONE, _("The default place of the mapping is not a known municipality."));
  else
    finish_place (place, NULL, entity, NULL, lookup == FOUND_NATIONAL);
  return TRUE;
}

static gboolean
compute_place (IdoPlaceResolver     *self,
               const IdoPlaceCells  *cells,
               IdoPlace             *place,
               GError              **error)
{
  Entity *municipality = NULL, *library = NULL, *location = NULL;
  gboolean national = FALSE;

  if (is_set (cells->inside))
    {
      g_autoptr(GError) parse_error = NULL;
      gboolean inside = FALSE;

      if (!ido_parse_inside_library (cells->inside, &inside, &parse_error))
        {
          reject (place, IDO_FIELD_INSIDE_LIBRARY, parse_error->message);
          return TRUE;
        }
      place->inside = inside;
    }
  if (is_set (cells->place_key))
    return resolve_place_key (self, cells, place, error);
  if ((is_set (cells->municipality_code) || is_set (cells->municipality)) &&
      (!resolve_municipality_cells (self, cells, place, &municipality, &national, error) || place->error))
    return place->error != NULL;
  if (is_set (cells->library))
    {
      national = national || ido_parse_is_national (cells->library);
      if (!ido_parse_is_national (cells->library) && !(library = find_or_create_library (self, cells->library, error)))
        return FALSE;
    }
  if (is_set (cells->location) && !ido_parse_is_national (cells->location))
    {
      location = find_or_create_location (self, cells->location, library, municipality, place->inside, error);
      if (location == NULL)
        return FALSE;
    }
  if (location == NULL && municipality == NULL && library == NULL && !national)
    return resolve_default (self, place, error);
  finish_place (place, location, municipality, library, national);
  return TRUE;
}

static void
build_cache_key (GString             *key,
                 const IdoPlaceCells *cells)
{
  const char *parts[] = {
    cells->place_key, cells->location, cells->library, cells->municipality_code, cells->municipality,
    cells->inside,
  };

  g_string_truncate (key, 0);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append (key, parts[i] ? parts[i] : "\x02");
      g_string_append_c (key, '\x1f');
    }
}

/**
 * ido_place_resolver_resolve:
 *
 * Returns: (transfer none): the place, with error set when the row must be
 *   rejected; valid until the next call. %NULL with @error set when the
 *   database failed.
 */
const IdoPlace *
ido_place_resolver_resolve (IdoPlaceResolver     *self,
                            const IdoPlaceCells  *cells,
                            GError              **error)
{
  IdoPlace *place;

  build_cache_key (self->cache_key, cells);
  place = g_hash_table_lookup (self->cache, self->cache_key->str);
  if (place != NULL)
    return place;
  place = g_new0 (IdoPlace, 1);
  place->inside = -1;
  if (!compute_place (self, cells, place, error))
    {
      place_free (place);
      return NULL;
    }
  if (place->key == NULL && place->error == NULL)
    reject (place, IDO_FIELD_NONE, _("The row does not say which place it is about."));
  if (g_hash_table_size (self->cache) >= MAX_CACHED_PLACES)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_strdup (self->cache_key->str), place);
  return place;
}

IdoPlaceCreated
ido_place_resolver_get_created (IdoPlaceResolver *self)
{
  return self->created;
}

/**
 * ido_place_resolver_new:
 * @default_place: (nullable): "own", "national", a CBS code or a name
 *
 * Returns: (transfer full): a resolver working in @database (whose
 *   transaction it writes new libraries and locations in)
 */
IdoPlaceResolver *
ido_place_resolver_new (IdoDatabase  *database,
                        const char   *default_place,
                        GError      **error)
{
  g_autoptr(IdoPlaceResolver) self = g_new0 (IdoPlaceResolver, 1);

  self->database = g_object_ref (database);
  self->registry = g_object_ref (ido_municipality_registry_get_default ());
  self->entities = g_ptr_array_new_with_free_func (entity_free);
  index_init (&self->municipalities);
  index_init (&self->libraries);
  index_init (&self->locations);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, place_free);
  self->cache_key = g_string_new (NULL);
  self->default_place = g_strdup (default_place);
  if (!load_index (self, &self->municipalities,
                   "SELECT id, uuid, code, name, 0, 0, 0 FROM municipality ORDER BY is_own DESC, id", error) ||
      !load_index (self, &self->libraries, "SELECT id, uuid, NULL, name, 0, 0, 0 FROM library ORDER BY id", error) ||
      !load_index (self, &self->locations,
                   "SELECT id, uuid, NULL, name, library_id, municipality_id, placement = 'library' "
                   "FROM location ORDER BY id",
                   error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ido_place_resolver_free (IdoPlaceResolver *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->database);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  index_clear (&self->municipalities);
  index_clear (&self->libraries);
  index_clear (&self->locations);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  if (self->cache_key != NULL)
    g_string_free (self->cache_key, TRUE);
  g_free (self->default_place);
  g_free (self);
}

/* ido-municipality-registry.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"

struct _IdoMunicipalityRegistry
{
  GObject     parent_instance;
  GPtrArray  *items;       /* IdoMunicipality, sorted by name */
  GHashTable *by_code;     /* code -> IdoMunicipality */
  GHashTable *by_name;     /* folded name or alias -> IdoMunicipality, NULL value when ambiguous */
  GHashTable *successors;  /* old code or folded old name -> MergedFrom */
};

typedef struct
{
  char *old_name;
  char *new_code;
} MergedFrom;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoMunicipalityRegistry, ido_municipality_registry, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Names people use that differ from the CBS spelling. */
static const struct { const char *alias; const char *code; } aliases[] = {
  { "Den Haag", "GM0518" },
  { "The Hague", "GM0518" },
  { "Den Bosch", "GM0796" },
  { "Bergen NH", "GM0373" },
  { "Bergen Noord-Holland", "GM0373" },
  { "Bergen L", "GM0893" },
  { "Bergen Limburg", "GM0893" },
  { "Nuenen", "GM0820" },
};

static void
merged_from_free (gpointer data)
{
  MergedFrom *m = data;

  g_free (m->old_name);
  g_free (m->new_code);
  g_free (m);
}

static GType
list_model_get_item_type (GListModel *model)
{
  return IDO_TYPE_MUNICIPALITY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return IDO_MUNICIPALITY_REGISTRY (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  IdoMunicipalityRegistry *self = IDO_MUNICIPALITY_REGISTRY (model);

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
ido_municipality_registry_finalize (GObject *object)
{
  IdoMunicipalityRegistry *self = (IdoMunicipalityRegistry *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->successors, g_hash_table_unref);

  G_OBJECT_CLASS (ido_municipality_registry_parent_class)->finalize (object);
}

static void
ido_municipality_registry_class_init (IdoMunicipalityRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ido_municipality_registry_finalize;
}

static void
ido_municipality_registry_init (IdoMunicipalityRegistry *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->successors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, merged_from_free);
}

/* Splits one line of the shipped RFC 4180 files (quotes only where needed,
 * no embedded newlines). */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        {
          g_string_append_c (field, '"');
          p++;
        }
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0' || *p == '\r')
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
          if (*p != ',')
            break;
        }
      else
        g_string_append_c (field, *p);
    }
  return g_strv_builder_end (fields);
}

typedef void (*RowFunc) (IdoMunicipalityRegistry *self,
                         GStrv                    fields);

static gboolean
parse_csv (IdoMunicipalityRegistry  *self,
           const char               *data,
           guint                     min_fields,
           RowFunc                   func,
           GError                  **error)
{
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '\r')
        continue;
      fields = split_csv_line (lines[i]);
      if (g_strv_length (fields) < min_fields)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Line %u of the municipality data has %u fields, expected %u",
                       i + 1, g_strv_length (fields), min_fields);
          return FALSE;
        }
      func (self, fields);
    }
  return TRUE;
}

static void
add_name (IdoMunicipalityRegistry *self,
          const char              *name,
          IdoMunicipality         *municipality)
{
  g_autofree char *key = ido_text_fold (name);

  if (g_hash_table_contains (self->by_name, key) &&
      g_hash_table_lookup (self->by_name, key) != municipality)
    g_hash_table_replace (self->by_name, g_steal_pointer (&key), NULL);
  else
    g_hash_table_replace (self->by_name, g_steal_pointer (&key), municipality);
}

static void
add_municipality_row (IdoMunicipalityRegistry *self,
                      GStrv                    fields)
{
  IdoMunicipality *municipality = ido_municipality_new (fields[0], fields[1], fields[2]);
  g_autofree char *without_suffix = NULL;
  const char *paren = strstr (fields[1], " (");

  g_ptr_array_add (self->items, municipality);
  g_hash_table_insert (self->by_code, (gpointer) ido_municipality_get_code (municipality), municipality);
  add_name (self, fields[1], municipality);
  /* "Bergen (NH.)" is also found as "Bergen", unless that is ambiguous. */
  if (paren != NULL)
    {
      without_suffix = g_strndup (fields[1], paren - fields[1]);
      add_name (self, without_suffix, municipality);
    }
}

static void
add_change_row (IdoMunicipalityRegistry *self,
                GStrv                    fields)
{
  const char *old_code = fields[0];
  const char *old_name = fields[1];
  const char *new_code = fields[2];
  gboolean legal_successor = strstr (fields[5], "rechtsopvolger") != NULL;
  MergedFrom *existing = g_hash_table_lookup (self->successors, old_code);

  /* A municipality split over several others maps to its legal successor. */
  if (existing != NULL && !legal_successor)
    return;
  for (guint i = 0; i < 2; i++)
    {
      MergedFrom *m = g_new0 (MergedFrom, 1);

      m->old_name = g_strdup (old_name);
      m->new_code = g_strdup (new_code);
      g_hash_table_replace (self->successors, i == 0 ? g_strdup (old_code) : ido_text_fold (old_name), m);
    }
}

static void
add_inhabitants_row (IdoMunicipalityRegistry *self,
                     GStrv                    fields)
{
  IdoMunicipality *municipality = g_hash_table_lookup (self->by_code, fields[0]);

  if (municipality != NULL)
    ido_municipality_set_inhabitants (municipality,
                                      (guint) g_ascii_strtoull (fields[2], NULL, 10),
                                      (guint) g_ascii_strtoull (fields[1], NULL, 10));
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  IdoMunicipality *ma = *(IdoMunicipality **) a;
  IdoMunicipality *mb = *(IdoMunicipality **) b;

  return g_strcmp0 (ido_municipality_get_search_key (ma), ido_municipality_get_search_key (mb));
}

/**
 * ido_municipality_registry_new_from_data:
 *
 * Returns: (transfer full): a registry of the given CSV texts (formats as in
 *   data/README-data.md)
 */
IdoMunicipalityRegistry *
ido_municipality_registry_new_from_data (const char  *municipalities_csv,
                                         const char  *changes_csv,
                                         const char  *inhabitants_csv,
                                         GError     **error)
{
  g_autoptr(IdoMunicipalityRegistry) self = g_object_new (IDO_TYPE_MUNICIPALITY_REGISTRY, NULL);

  if (!parse_csv (self, municipalities_csv, 3, add_municipality_row, error) ||
      (changes_csv && !parse_csv (self, changes_csv, 6, add_change_row, error)) ||
      (inhabitants_csv && !parse_csv (self, inhabitants_csv, 3, add_inhabitants_row, error)))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      IdoMunicipality *m = aliases[i].code ? g_hash_table_lookup (self->by_code, aliases[i].code) : NULL;

      if (m != NULL)
        add_name (self, aliases[i].alias, m);
    }
  g_ptr_array_sort (self->items, compare_by_name);
  return g_steal_pointer (&self);
}

static char *
load_resource_text (const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/core/data/%s", RESOURCE_BASE, name);
  g_autoptr(GBytes) bytes = NULL;

  ido_core_ensure_resources ();
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/**
 * ido_municipality_registry_get_default:
 *
 * Returns: (transfer none): the registry of the municipalities shipped with
 *   the app, loaded on first use
 */
IdoMunicipalityRegistry *
ido_municipality_registry_get_default (void)
{
  static IdoMunicipalityRegistry *registry;

  if (g_once_init_enter_pointer (&registry))
    {
      g_autofree char *municipalities = load_resource_text ("gemeenten.csv");
      g_autofree char *changes = load_resource_text ("gemeenten-changes.csv");
      g_autofree char *inhabitants = load_resource_text ("inwoners.csv");
      g_autoptr(GError) error = NULL;
      IdoMunicipalityRegistry *loaded;

      loaded = ido_municipality_registry_new_from_data (municipalities ? municipalities : "",
                                                        changes, inhabitants, &error);
      if (loaded == NULL)
        g_error ("The shipped municipality data is broken: %s", error->message);
      g_once_init_leave_pointer (&registry, loaded);
    }
  return registry;
}

/**
 * ido_municipality_registry_lookup_code:
 *
 * Returns: (transfer none) (nullable): the current municipality with @code
 */
IdoMunicipality *
ido_municipality_registry_lookup_code (IdoMunicipalityRegistry *self,
                                       const char              *code)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY_REGISTRY (self), NULL);

  if (code == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_code, code);
}

/* "GM0363", "gm 363", "0363" and "363" all give "GM0363". */
static char *
normalize_code (const char *text)
{
  g_autofree char *folded = ido_text_fold (text);
  const char *digits = folded;
  guint64 number;
  char *end = NULL;

  if (g_str_has_prefix (digits, "gm"))
    digits += 2;
  while (*digits == ' ')
    digits++;
  if (*digits == '\0' || strlen (digits) > 4)
    return NULL;
  number = g_ascii_strtoull (digits, &end, 10);
  if (end == NULL || *end != '\0')
    return NULL;
  return g_strdup_printf ("GM%04u", (guint) number);
}

/**
 * ido_municipality_registry_resolve:
 * @code_or_name: a CBS code or a name
 * @merged_from: (out) (optional) (transfer full): the old name when the
 *   municipality was merged into the returned one
 *
 * Returns: (transfer none) (nullable): the current municipality
 */
IdoMunicipality *
ido_municipality_registry_resolve (IdoMunicipalityRegistry  *self,
                                   const char               *code_or_name,
                                   char                    **merged_from)
{
  g_autofree char *code = NULL;
  g_autofree char *folded = NULL;
  IdoMunicipality *found = NULL;
  MergedFrom *merged = NULL;

  g_return_val_if_fail (IDO_IS_MUNICIPALITY_REGISTRY (self), NULL);

  if (merged_from != NULL)
    *merged_from = NULL;
  if (code_or_name == NULL)
    return NULL;

  code = normalize_code (code_or_name);
  folded = ido_text_fold (code_or_name);
  if (code != NULL)
    {
      found = g_hash_table_lookup (self->by_code, code);
      if (found == NULL)
        merged = g_hash_table_lookup (self->successors, code);
    }
  else
    {
      found = g_hash_table_lookup (self->by_name, folded);
      if (found == NULL)
        merged = g_hash_table_lookup (self->successors, folded);
    }
  if (found == NULL && merged != NULL)
    {
      found = g_hash_table_lookup (self->by_code, merged->new_code);
      if (found != NULL && merged_from != NULL)
        *merged_from = g_strdup (merged->old_name);
    }
  return found;
}

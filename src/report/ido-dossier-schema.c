/* ido-dossier-schema.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier-schema.h"
#include "ido-sql-util.h"

typedef struct
{
  const char         *name;
  IdoDossierPart      part;       /* 0: always exchanged */
  const char         *label;
  const char * const *natural_keys;
  const char * const *title_columns;
  gboolean            seeded;
  gboolean            own_only;
} TableDef;

typedef struct
{
  const char *name;
  const char *parent;
  const char *parent_column;
  const char *key;
} LinkDef;

static const char * const nk_code[] = { "code", NULL };
static const char * const nk_name[] = { "name", NULL };
static const char * const nk_year[] = { "year", NULL };
static const char * const nk_population[] = { "municipality_id,year", NULL };
static const char * const nk_partner[] = { "name,sector", NULL };
static const char * const nk_policy[] = { "code", "name", NULL };
static const char * const nk_observation[] = { "period,place_key,indicator_id,category", NULL };

static const char * const t_name[] = { "name", NULL };
static const char * const t_year[] = { "year", NULL };
static const char * const t_title[] = { "title", NULL };
static const char * const t_description[] = { "description", NULL };
static const char * const t_certification[] = { "certified_until", NULL };
static const char * const t_training[] = { "held_on", "provider", NULL };
static const char * const t_referral[] = { "services", "contact_name", NULL };
static const char * const t_spending[] = { "spent_on", "description", NULL };
static const char * const t_target[] = { "description", "period", NULL };
static const char * const t_period[] = { "period", NULL };
static const char * const t_service[] = { "service", "change", NULL };
static const char * const t_meeting[] = { "title", "held_on", NULL };
static const char * const t_observation[] = { "period", "indicator", "category", NULL };

/* In dependency order as far as it matters for reading; the real order is
 * computed from the foreign keys. */
static const TableDef table_defs[] = {
  { "municipality", 0, N_("Municipality"), nk_code, t_name, FALSE, FALSE },
  { "population", 0, N_("Inhabitants"), nk_population, t_year, FALSE, FALSE },
  { "library", IDO_DOSSIER_PART_LIBRARIES, N_("Library organisation"), nk_name, t_name, FALSE, FALSE },
  { "certification", IDO_DOSSIER_PART_LIBRARIES, N_("CBCT certification"), NULL, t_certification, FALSE, FALSE },
  { "location", IDO_DOSSIER_PART_LIBRARIES, N_("IDO location"), NULL, t_name, FALSE, FALSE },
  { "partner", IDO_DOSSIER_PART_PARTNERS, N_("Chain partner"), nk_partner, t_name, FALSE, FALSE },
  { "partner_contact", IDO_DOSSIER_PART_PARTNERS, N_("Contact person"), NULL, t_name, FALSE, FALSE },
  { "desk", IDO_DOSSIER_PART_DESKS, N_("Municipal desk"), nk_name, t_name, FALSE, TRUE },
  { "training", IDO_DOSSIER_PART_DESKS, N_("Training"), NULL, t_training, FALSE, TRUE },
  { "referral_agreement", IDO_DOSSIER_PART_PARTNERS, N_("Referral agreement"), NULL, t_referral, FALSE, FALSE },
  { "agreement", IDO_DOSSIER_PART_AGREEMENTS, N_("Agreement"), NULL, t_title, FALSE, FALSE },
  { "agreement_deliverable", IDO_DOSSIER_PART_AGREEMENTS, N_("Product or service"), NULL, t_description, FALSE, FALSE },
  { "budget_year", IDO_DOSSIER_PART_BUDGET, N_("Budget year"), nk_year, t_year, FALSE, TRUE },
  { "spending", IDO_DOSSIER_PART_BUDGET, N_("Spending"), NULL, t_spending, FALSE, TRUE },
  { "target", IDO_DOSSIER_PART_AGREEMENTS, N_("Performance target"), NULL, t_target, FALSE, FALSE },
  { "target_manual_value", IDO_DOSSIER_PART_AGREEMENTS, N_("Manually entered value"), NULL, t_period, FALSE, FALSE },
  { "signal", IDO_DOSSIER_PART_SERVICES, N_("Signal"), NULL, t_description, FALSE, TRUE },
  { "service_change", IDO_DOSSIER_PART_SERVICES, N_("Change in an e-service"), NULL, t_service, FALSE, TRUE },
  { "policy_domain", IDO_DOSSIER_PART_POLICY, N_("Policy domain"), nk_policy, t_name, TRUE, TRUE },
  { "meeting", IDO_DOSSIER_PART_MEETINGS, N_("Meeting"), NULL, t_meeting, FALSE, TRUE },
  { "meeting_agenda_item", IDO_DOSSIER_PART_MEETINGS, N_("Agenda item"), NULL, t_title, FALSE, TRUE },
  { "action_item", IDO_DOSSIER_PART_MEETINGS, N_("Action"), NULL, t_description, FALSE, TRUE },
  { "target_group", IDO_DOSSIER_PART_PROMOTION, N_("Target group"), nk_name, t_name, TRUE, TRUE },
  { "promotion", IDO_DOSSIER_PART_PROMOTION, N_("Promotion activity"), NULL, t_title, FALSE, TRUE },
  { "observation", IDO_DOSSIER_PART_OBSERVATIONS, N_("Dashboard figure"), nk_observation, t_observation, FALSE,
    FALSE },
};

static const LinkDef link_defs[] = {
  { "library_municipality", "library", "library_id", "municipalities" },
  { "location_staffing", "location", "location_id", "staffing" },
  { "partner_building_block", "partner", "partner_id", "building_blocks" },
  { "desk_referral_count", "desk", "desk_id", "referral_counts" },
  { "training_desk", "training", "training_id", "desks" },
  { "agreement_party", "agreement", "agreement_id", "parties" },
  { "meeting_partner", "meeting", "meeting_id", "partners" },
  { "promotion_partner", "promotion", "promotion_id", "partners" },
  { "promotion_department", "promotion", "promotion_id", "departments" },
  { "policy_domain_link", "policy_domain", "policy_domain_id", "links" },
};

/* Local to one database, never exchanged. */
static const char * const local_tables[] = {
  "meta", "indicator", "import_batch", "observation_change", "import_preset",
  "exchange_state", "exchange_alias", "exchange_dangling", "exchange_batch", "exchange_change", NULL
};

/* Columns that describe this database rather than the data. */
static const char * const local_columns[][2] = {
  { "municipality", "is_own" },
};

static const struct {
  IdoDossierPart part;
  const char    *name;
  const char    *label;
} parts[] = {
  { IDO_DOSSIER_PART_LIBRARIES, "libraries", N_("Library organisations and IDO locations") },
  { IDO_DOSSIER_PART_AGREEMENTS, "agreements", N_("Agreements and performance targets") },
  { IDO_DOSSIER_PART_BUDGET, "budget", N_("SPUK budget and spending") },
  { IDO_DOSSIER_PART_PARTNERS, "partners", N_("Chain partners and referral agreements") },
  { IDO_DOSSIER_PART_DESKS, "desks", N_("Municipal desks and trainings") },
  { IDO_DOSSIER_PART_MEETINGS, "meetings", N_("Meetings and actions") },
  { IDO_DOSSIER_PART_PROMOTION, "promotion", N_("Promotion") },
  { IDO_DOSSIER_PART_SERVICES, "services", N_("E-service changes and signals") },
  { IDO_DOSSIER_PART_POLICY, "policy", N_("Policy domains") },
  { IDO_DOSSIER_PART_OBSERVATIONS, "observations", N_("Dashboard figures") },
};

struct _IdoExchangeSchema
{
  GPtrArray  *tables;       /* IdoExchangeTable, exchanged ones in dependency order */
  GPtrArray  *all;          /* every IdoExchangeTable, links included, for freeing */
  GHashTable *by_name;
};

IdoDossierPart
ido_exchange_part_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_strcmp0 (parts[i].name, name) == 0)
      return parts[i].part;
  return 0;
}

const char *
ido_exchange_part_to_string (IdoDossierPart part)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].part == part)
      return parts[i].name;
  return NULL;
}

/**
 * ido_dossier_part_get_label:
 *
 * Returns: the translated name of one part
 */
const char *
ido_dossier_part_get_label (IdoDossierPart part)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].part == part)
      return _(parts[i].label);
  return NULL;
}

/* "partners,libraries" or "all". */
gboolean
ido_dossier_parts_parse (const char      *text,
                         IdoDossierPart  *out,
                         GError         **error)
{
  g_auto(GStrv) names = g_strsplit (text != NULL ? text : "", ",", -1);
  IdoDossierPart result = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      IdoDossierPart part;

      if (*name == '\0')
        continue;
      if (g_str_equal (name, "all"))
        part = IDO_DOSSIER_PART_ALL;
      else if ((part = ido_exchange_part_from_string (name)) == 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Unknown part “%s”. Choose from: all, libraries, agreements, budget, partners, desks, "
                         "meetings, promotion, services, policy, observations."), name);
          return FALSE;
        }
      result |= part;
    }
  if (result == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("Choose at least one part to export."));
      return FALSE;
    }
  *out = result;
  return TRUE;
}

static void
column_free (gpointer data)
{
  IdoExchangeColumn *column = data;

  g_free (column->name);
  g_free (column->key);
  g_free (column->type);
  g_free (column);
}

static void
table_free (gpointer data)
{
  IdoExchangeTable *table = data;

  g_free (table->name);
  g_free (table->parent_column);
  g_free (table->key);
  g_ptr_array_unref (table->columns);
  g_ptr_array_unref (table->links);
  g_free (table);
}

void
ido_exchange_schema_free (IdoExchangeSchema *schema)
{
  if (schema == NULL)
    return;
  g_ptr_array_unref (schema->tables);
  g_ptr_array_unref (schema->all);
  g_hash_table_unref (schema->by_name);
  g_free (schema);
}

static gboolean
table_exists (IdoDatabase *database,
              const char  *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, name);
  return ido_database_step (database, stmt, &has_row, NULL) && has_row;
}

static gboolean
is_local_column (const char *table,
                 const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (local_columns); i++)
    if (g_str_equal (local_columns[i][0], table) && g_str_equal (local_columns[i][1], column))
      return TRUE;
  return FALSE;
}

/* Foreign keys of @table: column name -> referenced table name. */
static GHashTable *
load_foreign_keys (IdoDatabase  *database,
                   const char   *table,
                   GError      **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *sql = g_strdup_printf ("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%s')", table);
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_hash_table_insert (keys, ido_sql_column_dup (stmt, 0), ido_sql_column_dup (stmt, 1));
  if (has_row)
    return NULL;
  return g_steal_pointer (&keys);
}

static IdoExchangeTable *
table_new (const char *name)
{
  IdoExchangeTable *table = g_new0 (IdoExchangeTable, 1);

  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func (column_free);
  table->links = g_ptr_array_new ();
  return table;
}

/* Columns after every table is known, so references can be resolved. */
static gboolean
load_columns (IdoExchangeSchema  *schema,
              IdoDatabase        *database,
              IdoExchangeTable   *table,
              GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name, type, \"notnull\" FROM pragma_table_info('%s') ORDER BY cid",
                                          table->name);
  g_autoptr(GHashTable) keys = load_foreign_keys (database, table->name, error);
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  if (keys == NULL)
    return FALSE;
  stmt = ido_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *ref = g_hash_table_lookup (keys, name);
      IdoExchangeColumn *column;

      if (g_str_equal (name, "id"))
        {
          table->has_id = TRUE;
          continue;
        }
      if (g_str_equal (name, "uuid") || g_str_equal (name, "created_at") || g_str_equal (name, "updated_at") ||
          g_strcmp0 (name, table->parent_column) == 0 || is_local_column (table->name, name))
        continue;
      if (ref != NULL && !g_str_equal (ref, "indicator") && g_hash_table_lookup (schema->by_name, ref) == NULL)
        continue;   /* refers to something local, such as an import batch */
      column = g_new0 (IdoExchangeColumn, 1);
      column->name = g_strdup (name);
      column->type = g_ascii_strup ((const char *) sqlite3_column_text (stmt, 1), -1);
      column->notnull = sqlite3_column_int (stmt, 2) != 0;
      if (ref != NULL && g_str_equal (ref, "indicator"))
        column->ref_indicator = TRUE;
      else if (ref != NULL)
        column->ref = g_hash_table_lookup (schema->by_name, ref);
      if (ref != NULL && g_str_has_suffix (name, "_id"))
        column->key = g_strndup (name, strlen (name) - 3);
      else
        column->key = g_strdup (name);
      g_ptr_array_add (table->columns, column);
    }
  return !has_row;
}

static void
add_dependencies (IdoExchangeTable *table,
                  IdoExchangeTable *of,
                  GPtrArray        *deps)
{
  for (guint c = 0; c < of->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (of->columns, c);

      if (column->ref != NULL && column->ref != table)
        g_ptr_array_add (deps, column->ref);
    }
}

/* Kahn's algorithm, keeping the definition order where the keys allow. */
static void
sort_tables (IdoExchangeSchema *schema,
             GPtrArray         *defined)
{
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);

  while (schema->tables->len < defined->len)
    {
      gboolean progress = FALSE;

      for (guint i = 0; i < defined->len; i++)
        {
          IdoExchangeTable *table = g_ptr_array_index (defined, i);
          g_autoptr(GPtrArray) deps = g_ptr_array_new ();
          gboolean ready = TRUE;

          if (g_hash_table_contains (placed, table))
            continue;
          add_dependencies (table, table, deps);
          for (guint l = 0; l < table->links->len; l++)
            add_dependencies (table, g_ptr_array_index (table->links, l), deps);
          for (guint d = 0; d < deps->len && ready; d++)
            ready = g_hash_table_contains (placed, g_ptr_array_index (deps, d));
          if (!ready)
            continue;
          g_ptr_array_add (schema->tables, table);
          g_hash_table_add (placed, table);
          progress = TRUE;
          break;
        }
      if (!progress)
        {
          /* A cycle: keep the definition order for the rest. */
          for (guint i = 0; i < defined->len; i++)
            if (!g_hash_table_contains (placed, g_ptr_array_index (defined, i)))
              {
                g_ptr_array_add (schema->tables, g_ptr_array_index (defined, i));
                g_hash_table_add (placed, g_ptr_array_index (defined, i));
              }
        }
    }
}

/**
 * ido_exchange_schema_new:
 *
 * Reads which of the exchanged tables exist and their columns.
 *
 * Returns: (transfer full) (nullable): the schema, or %NULL with @error
 */
IdoExchangeSchema *
ido_exchange_schema_new (IdoDatabase  *database,
                         GError      **error)
{
  g_autoptr(IdoExchangeSchema) schema = g_new0 (IdoExchangeSchema, 1);
  g_autoptr(GPtrArray) defined = g_ptr_array_new ();

  schema->tables = g_ptr_array_new ();
  schema->all = g_ptr_array_new_with_free_func (table_free);
  schema->by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (table_defs); i++)
    {
      const TableDef *def = &table_defs[i];
      IdoExchangeTable *table;

      if (!table_exists (database, def->name))
        continue;
      table = table_new (def->name);
      table->part = def->part != 0 ? ido_exchange_part_to_string (def->part) : NULL;
      table->part_flag = def->part;
      table->label = def->label;
      table->natural_keys = def->natural_keys;
      table->title_columns = def->title_columns;
      table->seeded = def->seeded;
      table->own_only = def->own_only;
      g_ptr_array_add (schema->all, table);
      g_ptr_array_add (defined, table);
      g_hash_table_insert (schema->by_name, table->name, table);
    }
  for (guint i = 0; i < G_N_ELEMENTS (link_defs); i++)
    {
      const LinkDef *def = &link_defs[i];
      IdoExchangeTable *parent = g_hash_table_lookup (schema->by_name, def->parent);
      IdoExchangeTable *link;

      if (parent == NULL || !table_exists (database, def->name))
        continue;
      link = table_new (def->name);
      link->parent = parent;
      link->parent_column = g_strdup (def->parent_column);
      link->key = g_strdup (def->key);
      g_ptr_array_add (schema->all, link);
      g_ptr_array_add (parent->links, link);
    }
  for (guint i = 0; i < schema->all->len; i++)
    {
      if (!load_columns (schema, database, g_ptr_array_index (schema->all, i), error))
        return NULL;
    }
  sort_tables (schema, defined);
  return g_steal_pointer (&schema);
}

guint
ido_exchange_schema_get_n_tables (IdoExchangeSchema *schema)
{
  return schema->tables->len;
}

IdoExchangeTable *
ido_exchange_schema_get_table (IdoExchangeSchema *schema,
                               guint              index)
{
  g_return_val_if_fail (index < schema->tables->len, NULL);

  return g_ptr_array_index (schema->tables, index);
}

IdoExchangeTable *
ido_exchange_schema_lookup (IdoExchangeSchema *schema,
                            const char        *name)
{
  return g_hash_table_lookup (schema->by_name, name);
}

/**
 * ido_exchange_schema_unclassified:
 *
 * Tables of the database that the dossier format neither exchanges nor
 * declares local: a new table someone forgot to place.
 *
 * Returns: (transfer full): their names
 */
GStrv
ido_exchange_schema_unclassified (IdoDatabase *database)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                               " ORDER BY name",
                               NULL);
  while (stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      gboolean known = g_strv_contains (local_tables, name);

      for (guint i = 0; !known && i < G_N_ELEMENTS (table_defs); i++)
        known = g_str_equal (table_defs[i].name, name);
      for (guint i = 0; !known && i < G_N_ELEMENTS (link_defs); i++)
        known = g_str_equal (link_defs[i].name, name);
      if (!known)
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

/* Reading rows */

gint64
ido_exchange_id_for_uuid (IdoDatabase      *database,
                          IdoExchangeTable *table,
                          const char       *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE uuid = ?", table->name);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (uuid == NULL)
    return 0;
  stmt = ido_database_prepare (database, sql, NULL);
  if (stmt == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, uuid);
  if (!ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

char *
ido_exchange_uuid_for_id (IdoDatabase      *database,
                          IdoExchangeTable *table,
                          gint64            id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM \"%s\" WHERE id = ?", table->name);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

static char *
indicator_code (IdoDatabase *database,
                gint64       id)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT code FROM indicator WHERE id = ?", NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return ido_sql_column_dup (stmt, 0);
}

static gint64
indicator_id (IdoDatabase *database,
              const char  *code)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT id FROM indicator WHERE code = ?", NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL || code == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, code);
  if (!ido_database_step (database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static char *
select_columns (IdoExchangeTable *table)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      g_string_append_printf (sql, "%s\"%s\"", c > 0 ? ", " : "", column->name);
    }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* One column value of the current row of @stmt into @object; references
 * become the UUID (or indicator code) of what they refer to. The values are
 * copied first: looking references up uses other statements. */
static void
read_values (IdoDatabase      *database,
             IdoExchangeTable *table,
             sqlite3_stmt     *stmt,
             int               first,
             JsonObject       *object)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  g_array_set_size (ids, table->columns->len);
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
      int i = first + (int) c;

      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_NULL:
          json_object_set_null_member (object, column->key);
          break;
        case SQLITE_INTEGER:
          if (column->ref != NULL || column->ref_indicator)
            {
              g_array_index (ids, gint64, c) = sqlite3_column_int64 (stmt, i);
              json_object_set_null_member (object, column->key);
            }
          else if (g_str_equal (column->type, "REAL"))
            json_object_set_double_member (object, column->key, sqlite3_column_double (stmt, i));
          else
            json_object_set_int_member (object, column->key, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          json_object_set_double_member (object, column->key, sqlite3_column_double (stmt, i));
          break;
        case SQLITE_TEXT:
        default:
          json_object_set_string_member (object, column->key, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }
  sqlite3_reset (stmt);
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);
      gint64 id = g_array_index (ids, gint64, c);
      g_autofree char *ref = NULL;

      if (id == 0)
        continue;
      ref = column->ref_indicator ? indicator_code (database, id) : ido_exchange_uuid_for_id (database, column->ref, id);
      if (ref != NULL)
        json_object_set_string_member (object, column->key, ref);
    }
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static JsonNode *
node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static char *
node_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

/* The rows of a link table that belong to @parent_id, in a stable order. */
static JsonArray *
read_links (IdoDatabase      *database,
            IdoExchangeTable *link,
            gint64            parent_id)
{
  g_autofree char *columns = select_columns (link);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = json_array_new ();
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  /* Collect the keys first: read_values() resets the statement. */
  {
    g_autofree char *rowid_sql = g_strdup_printf ("SELECT rowid FROM \"%s\" WHERE \"%s\" = ?", link->name,
                                                  link->parent_column);
    g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autofree char *by_rowid = g_strdup_printf ("SELECT %s FROM \"%s\" WHERE rowid = ?", columns, link->name);

    stmt = ido_database_prepare (database, rowid_sql, NULL);
    if (stmt != NULL)
      {
        sqlite3_bind_int64 (stmt, 1, parent_id);
        while (ido_database_step (database, stmt, &has_row, NULL) && has_row)
          {
            gint64 rowid = sqlite3_column_int64 (stmt, 0);

            g_array_append_val (rowids, rowid);
          }
      }
    for (guint r = 0; r < rowids->len; r++)
      {
        JsonObject *object = json_object_new ();

        stmt = ido_database_prepare (database, by_rowid, NULL);
        if (stmt == NULL)
          break;
        sqlite3_bind_int64 (stmt, 1, g_array_index (rowids, gint64, r));
        if (ido_database_step (database, stmt, &has_row, NULL) && has_row)
          read_values (database, link, stmt, 0, object);
        g_ptr_array_add (objects, object);
      }
  }
  for (guint i = 0; i < objects->len; i++)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), g_ptr_array_index (objects, i));
      char *text = node_to_string (node);

      g_ptr_array_add (sorted, text);
      g_hash_table_insert (by_text, text, g_ptr_array_index (objects, i));
    }
  g_ptr_array_sort (sorted, compare_nodes);
  for (guint i = 0; i < sorted->len; i++)
    json_array_add_object_element (array, json_object_ref (g_hash_table_lookup (by_text,
                                                                                 g_ptr_array_index (sorted, i))));
  return array;
}

/**
 * ido_exchange_read_row:
 *
 * Returns: (transfer full) (nullable): the row in the dossier format
 */
JsonObject *
ido_exchange_read_row (IdoExchangeSchema  *schema,
                       IdoDatabase        *database,
                       IdoExchangeTable   *table,
                       gint64              id,
                       GError            **error)
{
  g_autofree char *columns = select_columns (table);
  g_autofree char *sql = g_strdup_printf ("SELECT uuid, created_at, updated_at%s%s FROM \"%s\" WHERE id = ?",
                                          table->columns->len > 0 ? ", " : "", columns, table->name);
  g_autoptr(JsonObject) object = json_object_new ();
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, "%s %" G_GINT64_FORMAT, table->name, id);
      return NULL;
    }
  json_object_set_string_member (object, "uuid", (const char *) sqlite3_column_text (stmt, 0));
  json_object_set_string_member (object, "created_at", (const char *) sqlite3_column_text (stmt, 1));
  json_object_set_string_member (object, "updated_at", (const char *) sqlite3_column_text (stmt, 2));
  read_values (database, table, stmt, 3, object);
  for (guint l = 0; l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);

      json_object_set_array_member (object, link->key, read_links (database, link, id));
    }
  return g_steal_pointer (&object);
}

/* Canonical content */

static JsonNode *
normalized_value (IdoExchangeColumn *column,
                  JsonNode          *node)
{
  JsonNode *copy = json_node_alloc ();
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return json_node_init_null (copy);
  if (!JSON_NODE_HOLDS_VALUE (node))
    return json_node_init_string (copy, "?");
  type = json_node_get_value_type (node);
  if (g_str_equal (column->type, "REAL") && (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE))
    return json_node_init_double (copy, json_node_get_double (node));
  if (g_str_equal (column->type, "INTEGER") && type == G_TYPE_DOUBLE && column->ref == NULL)
    return json_node_init_int (copy, (gint64) json_node_get_double (node));
  if (type == G_TYPE_BOOLEAN)
    return json_node_init_int (copy, json_node_get_boolean (node) ? 1 : 0);
  json_node_free (copy);
  return json_node_copy (node);
}

static JsonObject *
canonical_object (IdoExchangeTable *table,
                  JsonObject       *row,
                  gboolean          with_links)
{
  JsonObject *object = json_object_new ();

  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      json_object_set_member (object, column->key,
                              normalized_value (column, json_object_get_member (row, column->key)));
    }
  for (guint l = 0; with_links && l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);
      JsonArray *in = json_object_has_member (row, link->key) ? json_object_get_array_member (row, link->key) : NULL;
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      JsonArray *out = json_array_new ();

      for (guint i = 0; in != NULL && i < json_array_get_length (in); i++)
        {
          JsonNode *element = json_array_get_element (in, i);
          g_autoptr(JsonNode) node = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          node = node_take_object (canonical_object (link, json_node_get_object (element), FALSE));
          g_ptr_array_add (texts, node_to_string (node));
        }
      g_ptr_array_sort (texts, compare_nodes);
      for (guint i = 0; i < texts->len; i++)
        json_array_add_string_element (out, g_ptr_array_index (texts, i));
      json_object_set_array_member (object, link->key, out);
    }
  return object;
}

/**
 * ido_exchange_row_canonical:
 *
 * The content of @row without its identity and timestamps, in a form that
 * compares equal exactly when the content is the same.
 *
 * Returns: (transfer full): the canonical text
 */
char *
ido_exchange_row_canonical (IdoExchangeTable *table,
                            JsonObject       *row)
{
  g_autoptr(JsonNode) node = node_take_object (canonical_object (table, row, TRUE));

  return node_to_string (node);
}

char *
ido_exchange_row_hash (IdoExchangeTable *table,
                       JsonObject       *row)
{
  g_autofree char *text = ido_exchange_row_canonical (table, row);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static char *
member_text (JsonObject *row,
             const char *key)
{
  JsonNode *node = json_object_get_member (row, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));
    default:
      return NULL;
    }
}

/* "Humanitas" or "2025-03-05 · Flyers": what the user recognises. */
char *
ido_exchange_row_title (IdoExchangeTable *table,
                        JsonObject       *row)
{
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0; table->title_columns != NULL && table->title_columns[i] != NULL; i++)
    {
      g_autofree char *text = member_text (row, table->title_columns[i]);

      if (text == NULL || ido_sql_is_blank (text))
        continue;
      if (title->len > 0)
        g_string_append (title, " · ");
      if (g_utf8_strlen (text, -1) > 80)
        {
          g_autofree char *cut = g_utf8_substring (text, 0, 79);

          g_string_append_printf (title, "%s…", cut);
        }
      else
        g_string_append (title, text);
    }
  if (title->len == 0)
    g_string_append (title, json_object_get_string_member_with_default (row, "uuid", ""));
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* Writing rows */

static IdoExchangeColumn *
find_column (IdoExchangeTable *table,
             const char       *name)
{
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      if (g_str_equal (column->name, name))
        return column;
    }
  return NULL;
}

/* Binds @node as the value of @column; references are looked up here. */
static void
bind_value (IdoDatabase       *database,
            sqlite3_stmt      *stmt,
            int                index,
            IdoExchangeColumn *column,
            JsonNode          *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  type = json_node_get_value_type (node);
  if (column->ref != NULL || column->ref_indicator)
    {
      const char *ref = type == G_TYPE_STRING ? json_node_get_string (node) : NULL;
      gint64 id = column->ref_indicator ? indicator_id (database, ref) : ido_exchange_id_for_uuid (database, column->ref, ref);

      ido_sql_bind_id_or_null (stmt, index, id);
    }
  else if (type == G_TYPE_STRING)
    sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
  else if (g_str_equal (column->type, "REAL"))
    sqlite3_bind_double (stmt, index, json_node_get_double (node));
  else if (type == G_TYPE_DOUBLE)
    sqlite3_bind_int64 (stmt, index, (gint64) json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (node) ? 1 : 0);
  else
    sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
}

/**
 * ido_exchange_find_natural:
 * @row: a row whose references are local UUIDs
 *
 * Finds the local row with the same natural key (a partner's name and
 * sector, a municipality's CBS code, ...).
 *
 * Returns: its id, or 0
 */
gint64
ido_exchange_find_natural (IdoDatabase      *database,
                           IdoExchangeTable *table,
                           JsonObject       *row)
{
  for (guint k = 0; table->natural_keys != NULL && table->natural_keys[k] != NULL; k++)
    {
      g_auto(GStrv) names = g_strsplit (table->natural_keys[k], ",", -1);
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gboolean complete = TRUE, has_row = FALSE;

      g_string_printf (sql, "SELECT id FROM \"%s\" WHERE ", table->name);
      for (guint i = 0; names[i] != NULL; i++)
        {
          IdoExchangeColumn *column = find_column (table, names[i]);
          JsonNode *node = column != NULL ? json_object_get_member (row, column->key) : NULL;

          if (node == NULL || JSON_NODE_HOLDS_NULL (node))
            complete = FALSE;
          g_string_append_printf (sql, "%s\"%s\" = ?", i > 0 ? " AND " : "", names[i]);
        }
      if (!complete)
        continue;
      stmt = ido_database_prepare (database, sql->str, NULL);
      if (stmt == NULL)
        continue;
      for (guint i = 0; names[i] != NULL; i++)
        {
          IdoExchangeColumn *column = find_column (table, names[i]);

          bind_value (database, stmt, (int) i + 1, column, json_object_get_member (row, column->key));
        }
      if (ido_database_step (database, stmt, &has_row, NULL) && has_row)
        return sqlite3_column_int64 (stmt, 0);
    }
  return 0;
}

static gboolean
write_links (IdoDatabase       *database,
             IdoExchangeTable  *link,
             gint64             parent_id,
             JsonArray         *array,
             GError           **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE \"%s\" = ?", link->name,
                                                 link->parent_column);
  sqlite3_stmt *stmt = ido_database_prepare (database, delete_sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(GString) values = g_string_new ("?");
      g_autoptr(GPtrArray) used = g_ptr_array_new ();

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      g_string_printf (sql, "INSERT OR IGNORE INTO \"%s\" (\"%s\"", link->name, link->parent_column);
      for (guint c = 0; c < link->columns->len; c++)
        {
          IdoExchangeColumn *column = g_ptr_array_index (link->columns, c);

          if (!json_object_has_member (object, column->key))
            continue;
          g_string_append_printf (sql, ", \"%s\"", column->name);
          g_string_append (values, ", ?");
          g_ptr_array_add (used, column);
        }
      g_string_append_printf (sql, ") VALUES (%s)", values->str);
      stmt = ido_database_prepare (database, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, parent_id);
      for (guint c = 0; c < used->len; c++)
        {
          IdoExchangeColumn *column = g_ptr_array_index (used, c);

          bind_value (database, stmt, (int) c + 2, column, json_object_get_member (object, column->key));
        }
      if (!ido_database_step (database, stmt, &has_row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_member (JsonObject *a,
             JsonObject *b,
             const char *key)
{
  return g_strcmp0 (json_object_get_string_member_with_default (a, key, NULL),
                    json_object_get_string_member_with_default (b, key, NULL)) == 0;
}

/* Whether the row itself (not its links) would change. */
static gboolean
row_differs (IdoExchangeTable *table,
             JsonObject       *current,
             JsonObject       *row,
             gboolean          with_identity)
{
  g_autoptr(JsonObject) a = canonical_object (table, current, FALSE);
  g_autoptr(JsonObject) b = canonical_object (table, row, FALSE);
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  /* Members the file lacks keep their value. */
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      if (!json_object_has_member (row, column->key))
        json_object_set_member (b, column->key, json_node_copy (json_object_get_member (a, column->key)));
    }
  ta = node_to_string (na);
  tb = node_to_string (nb);
  return g_strcmp0 (ta, tb) != 0 || !same_member (current, row, "updated_at") ||
         (with_identity && (!same_member (current, row, "uuid") || !same_member (current, row, "created_at")));
}

static gboolean
update_row (IdoDatabase       *database,
            IdoExchangeTable  *table,
            JsonObject        *row,
            gint64             id,
            gboolean           with_identity,
            GError           **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  int index = 1;

  g_string_printf (sql, "UPDATE \"%s\" SET updated_at = ?", table->name);
  if (with_identity)
    g_string_append (sql, ", uuid = ?, created_at = ?");
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      if (!json_object_has_member (row, column->key))
        continue;
      g_string_append_printf (sql, ", \"%s\" = ?", column->name);
      g_ptr_array_add (used, column);
    }
  g_string_append (sql, " WHERE id = ?");
  stmt = ido_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, index++, json_object_get_string_member_with_default (row, "updated_at", ""));
  if (with_identity)
    {
      ido_sql_bind_text (stmt, index++, json_object_get_string_member_with_default (row, "uuid", ""));
      ido_sql_bind_text (stmt, index++, json_object_get_string_member_with_default (row, "created_at", ""));
    }
  for (guint c = 0; c < used->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (used, c);

      bind_value (database, stmt, index++, column, json_object_get_member (row, column->key));
    }
  sqlite3_bind_int64 (stmt, index, id);
  return ido_database_step (database, stmt, &has_row, error);
}

static gint64
insert_row (IdoDatabase       *database,
            IdoExchangeTable  *table,
            JsonObject        *row,
            GError           **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new ("?, ?, ?");
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_string_printf (sql, "INSERT INTO \"%s\" (uuid, created_at, updated_at", table->name);
  for (guint c = 0; c < table->columns->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (table->columns, c);

      if (!json_object_has_member (row, column->key))
        continue;
      g_string_append_printf (sql, ", \"%s\"", column->name);
      g_string_append (values, ", ?");
      g_ptr_array_add (used, column);
    }
  g_string_append_printf (sql, ") VALUES (%s)", values->str);
  stmt = ido_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return 0;
  ido_sql_bind_text (stmt, 1, json_object_get_string_member_with_default (row, "uuid", ""));
  ido_sql_bind_text (stmt, 2, json_object_get_string_member_with_default (row, "created_at", ""));
  ido_sql_bind_text (stmt, 3, json_object_get_string_member_with_default (row, "updated_at", ""));
  for (guint c = 0; c < used->len; c++)
    {
      IdoExchangeColumn *column = g_ptr_array_index (used, c);

      bind_value (database, stmt, (int) c + 4, column, json_object_get_member (row, column->key));
    }
  if (!ido_database_step (database, stmt, &has_row, error))
    return 0;
  return ido_database_last_insert_id (database);
}

/**
 * ido_exchange_write_row:
 * @row: the row with local UUIDs in its references
 * @id: the local row to update, or 0 to insert @row
 * @with_identity: on update, take the UUID and created_at of @row too
 *
 * Writes the row and replaces its links. Members @row lacks keep their
 * value (update) or get the column's default (insert). The row itself is
 * only updated when something differs, so updated_at stays as it is.
 */
gboolean
ido_exchange_write_row (IdoDatabase       *database,
                        IdoExchangeTable  *table,
                        JsonObject        *row,
                        gint64             id,
                        gboolean           with_identity,
                        GError           **error)
{
  g_autoptr(JsonObject) current = NULL;

  if (id == 0)
    {
      id = insert_row (database, table, row, error);
      if (id == 0)
        return FALSE;
    }
  else
    {
      current = ido_exchange_read_row (NULL, database, table, id, error);
      if (current == NULL)
        return FALSE;
      if (row_differs (table, current, row, with_identity) &&
          !update_row (database, table, row, id, with_identity, error))
        return FALSE;
    }
  for (guint l = 0; l < table->links->len; l++)
    {
      IdoExchangeTable *link = g_ptr_array_index (table->links, l);
      JsonNode *node = json_object_get_member (row, link->key);

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      if (current != NULL)
        {
          g_autoptr(JsonObject) a = canonical_object (table, current, TRUE);
          g_autoptr(JsonObject) b = canonical_object (table, row, TRUE);
          g_autoptr(JsonNode) na = json_node_init_array (json_node_alloc (), json_object_get_array_member (a, link->key));
          g_autoptr(JsonNode) nb = json_node_init_array (json_node_alloc (), json_object_get_array_member (b, link->key));
          g_autofree char *ta = node_to_string (na);
          g_autofree char *tb = node_to_string (nb);

          if (g_str_equal (ta, tb))
            continue;
        }
      if (!write_links (database, link, id, json_node_get_array (node), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ido_exchange_delete_row (IdoDatabase       *database,
                         IdoExchangeTable  *table,
                         const char        *uuid,
                         GError           **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE uuid = ?", table->name);
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, uuid);
  return ido_database_step (database, stmt, &has_row, error);
}

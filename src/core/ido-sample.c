/* ido-sample.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ido-database.h"
#include "ido-sample.h"

/* The sample file is a JSON object whose members are arrays of rows; a row
 * may hold arrays of child rows (a partner's contacts, an agreement's
 * deliverables). Each array is described below by a Section: the statement
 * that inserts one row and, in order, the JSON member bound to each of its
 * parameters ?1..?n. Rows carry fixed UUIDs and every insert ignores a row
 * that is already there, so loading twice changes nothing. */

#define SAMPLE_RESOURCE RESOURCE_BASE "/core/sample/gemeente-voorbeeld.json"
#define SAMPLE_FORMAT   "ido-regie-sample"
#define SAMPLE_VERSION  1

typedef enum
{
  COL_END,        /* ends a list of columns */
  COL_KEY,        /* a non-empty string that identifies the row */
  COL_TEXT,       /* a string; missing or null is '' */
  COL_TEXT_NULL,  /* a string or null */
  COL_INT,        /* an integer or null */
  COL_REAL,       /* a number or null */
  COL_BOOL,       /* true, false or null */
  COL_REF,        /* the UUID (or code) of another row, bound as its id */
  COL_PARENT,     /* the id of the row that holds this array */
} ColumnKind;

typedef struct
{
  const char *member;  /* NULL: the array element itself (an array of strings) */
  ColumnKind  kind;
  const char *lookup;  /* COL_REF: maps the member's value to an id */
} Column;

typedef struct _Section Section;

struct _Section
{
  const char     *member;
  const char     *insert;
  const Column   *columns;
  const char     *key;       /* the member that names a row in messages and lookups */
  const char     *lookup;    /* the row's id by its key, for its children */
  const Section  *children;  /* terminated by a section without member */
};

typedef struct
{
  IdoDatabase  *database;
  GCancellable *cancellable;
} Loader;

#define LOOKUP_UUID(table) "SELECT id FROM " table " WHERE uuid = ?1"

#define MUNICIPALITY_REF   { "municipality", COL_REF, LOOKUP_UUID ("municipality") }
#define LIBRARY_REF        { "library", COL_REF, LOOKUP_UUID ("library") }
#define LOCATION_REF       { "location", COL_REF, LOOKUP_UUID ("location") }
#define PARTNER_REF        { "partner", COL_REF, LOOKUP_UUID ("partner") }
#define DESK_REF           { "desk", COL_REF, LOOKUP_UUID ("desk") }
#define SIGNAL_REF         { "signal", COL_REF, LOOKUP_UUID ("signal") }
#define AGREEMENT_REF      { "agreement", COL_REF, LOOKUP_UUID ("agreement") }
#define INDICATOR_REF      { "indicator", COL_REF, "SELECT id FROM indicator WHERE code = ?1" }
#define PARENT             { "", COL_PARENT, NULL }
#define UUID               { "uuid", COL_KEY, NULL }
#define TEXT(name)         { name, COL_TEXT, NULL }
#define TEXT_NULL(name)    { name, COL_TEXT_NULL, NULL }
#define INT(name)          { name, COL_INT, NULL }
#define REAL(name)         { name, COL_REAL, NULL }
#define BOOL(name)         { name, COL_BOOL, NULL }
#define END                { NULL, COL_END, NULL }
#define END_SECTION        { NULL, NULL, NULL, NULL, NULL, NULL }

/* Municipalities, their inhabitants, the library and its locations. */

static const Column municipality_columns[] = {
  UUID, TEXT_NULL ("code"), TEXT ("name"), TEXT_NULL ("province"), END
};

static const Column population_columns[] = {
  UUID, MUNICIPALITY_REF, INT ("year"), INT ("inhabitants"), INT ("low_educated_15_75"),
  TEXT ("source"), END
};

static const Column library_municipality_columns[] = {
  PARENT, { NULL, COL_REF, LOOKUP_UUID ("municipality") }, END
};

static const Section library_children[] = {
  { "municipalities",
    "INSERT INTO library_municipality (library_id, municipality_id) VALUES (?1, ?2) "
    "ON CONFLICT DO NOTHING",
    library_municipality_columns, NULL, NULL, NULL },
  END_SECTION
};

static const Column library_columns[] = {
  UUID, TEXT ("name"), TEXT ("website"), TEXT ("coordinator_name"), TEXT ("coordinator_email"),
  TEXT ("coordinator_phone"), TEXT ("notes"), END
};

static const Column certification_columns[] = {
  UUID, LIBRARY_REF, TEXT ("certified_until"), TEXT ("outcome"), TEXT ("report_notes"),
  TEXT ("improvement_points"), END
};

static const Column staffing_columns[] = { PARENT, { NULL, COL_TEXT, NULL }, END };

static const Section location_children[] = {
  { "staffing",
    "INSERT INTO location_staffing (location_id, staffing) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    staffing_columns, NULL, NULL, NULL },
  END_SECTION
};

static const Column location_columns[] = {
  UUID, LIBRARY_REF, MUNICIPALITY_REF, TEXT ("name"), TEXT_NULL ("placement"), TEXT ("address"),
  TEXT_NULL ("hours_class"), REAL ("hours_per_week"), TEXT ("consultation_hours"),
  TEXT_NULL ("active_from"), TEXT_NULL ("active_until"), TEXT ("notes"), END
};

/* Partners, desks, trainings and referral agreements. */

static const Column contact_columns[] = {
  UUID, PARENT, TEXT ("name"), TEXT ("function"), TEXT ("email"), TEXT ("phone"), END
};

static const Column building_block_columns[] = { PARENT, { NULL, COL_TEXT, NULL }, END };

static const Section partner_children[] = {
  { "contacts",
    "INSERT INTO partner_contact (uuid, partner_id, name, function, email, phone) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (uuid) DO NOTHING",
    contact_columns, "uuid", NULL, NULL },
  { "building_blocks",
    "INSERT INTO partner_building_block (partner_id, block) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    building_block_columns, NULL, NULL, NULL },
  END_SECTION
};

static const Column partner_columns[] = {
  UUID, TEXT ("name"), TEXT ("kind"), TEXT ("sector"), TEXT_NULL ("scope"), TEXT ("address"),
  TEXT ("website"), BOOL ("active"), TEXT_NULL ("ended_on"), TEXT ("notes"), END
};

static const Column referral_count_columns[] = { PARENT, TEXT ("period"), INT ("referrals"), END };

static const Section desk_children[] = {
  { "referral_counts",
    "INSERT INTO desk_referral_count (desk_id, period, referrals) VALUES (?1, ?2, ?3) "
    "ON CONFLICT DO NOTHING",
    referral_count_columns, "period", NULL, NULL },
  END_SECTION
};

static const Column desk_columns[] = {
  UUID, TEXT ("name"), TEXT ("department"), TEXT ("contact_name"), TEXT ("contact_email"),
  TEXT ("contact_phone"), TEXT ("referral_text"), TEXT ("notes"), END
};

static const Column training_desk_columns[] = {
  PARENT, { NULL, COL_REF, LOOKUP_UUID ("desk") }, END
};

static const Section training_children[] = {
  { "desks",
    "INSERT INTO training_desk (training_id, desk_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    training_desk_columns, NULL, NULL, NULL },
  END_SECTION
};

static const Column training_columns[] = {
  UUID, TEXT ("held_on"), TEXT ("provider"), INT ("participants"), TEXT ("notes"), END
};

static const Column referral_agreement_columns[] = {
  UUID, TEXT_NULL ("party"), PARTNER_REF, DESK_REF, TEXT ("direction"), TEXT ("services"),
  TEXT ("when_to_refer"), TEXT ("how_to_refer"), TEXT ("appointment_by"), TEXT_NULL ("channel"),
  { "contact", COL_REF, LOOKUP_UUID ("partner_contact") }, TEXT ("contact_name"),
  TEXT_NULL ("agreed_on"), TEXT_NULL ("review_on"), END
};

/* Agreements, the SPUK budget and performance targets. */

static const Column party_columns[] = {
  PARENT, MUNICIPALITY_REF, LIBRARY_REF, PARTNER_REF, TEXT ("name"), END
};

static const Column deliverable_columns[] = {
  UUID, PARENT, INT ("position"), TEXT ("description"), END
};

/* agreement_party has no natural key: a party is only added when the same
 * one is not there yet. */
static const Section agreement_children[] = {
  { "parties",
    "INSERT INTO agreement_party (agreement_id, municipality_id, library_id, partner_id, name) "
    "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM agreement_party "
    "WHERE agreement_id = ?1 AND municipality_id IS ?2 AND library_id IS ?3 "
    "AND partner_id IS ?4 AND name = ?5)",
    party_columns, NULL, NULL, NULL },
  { "deliverables",
    "INSERT INTO agreement_deliverable (uuid, agreement_id, position, description) "
    "VALUES (?1, ?2, ifnull (?3, 0), ?4) ON CONFLICT (uuid) DO NOTHING",
    deliverable_columns, "uuid", NULL, NULL },
  END_SECTION
};

static const Column agreement_columns[] = {
  UUID, TEXT ("kind"), TEXT ("title"), TEXT ("reference"), LIBRARY_REF, TEXT_NULL ("starts_on"),
  TEXT_NULL ("ends_on"), INT ("amount_cents"), TEXT_NULL ("status"), TEXT ("document_uri"),
  TEXT ("notes"), END
};

static const Column spending_columns[] = {
  UUID, PARENT, TEXT ("spent_on"), TEXT ("category"), TEXT ("description"), INT ("amount_cents"),
  AGREEMENT_REF, END
};

static const Section budget_year_children[] = {
  { "spending",
    "INSERT INTO spending (uuid, budget_year_id, spent_on, category, description, amount_cents, "
    "agreement_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uuid) DO NOTHING",
    spending_columns, "uuid", NULL, NULL },
  END_SECTION
};

static const Column budget_year_columns[] = {
  UUID, INT ("year"), INT ("allocation_cents"), TEXT_NULL ("allocation_source"),
  INT ("estimate_inhabitants"), INT ("estimate_low_educated"), INT ("estimate_population_year"),
  INT ("reserved_from_previous_cents"), INT ("reserved_for_next_cents"), BOOL ("no_spuk"),
  TEXT ("notes"), END
};

static const Column target_columns[] = {
  UUID, AGREEMENT_REF, INDICATOR_REF, TEXT ("category"), TEXT_NULL ("scope"), MUNICIPALITY_REF,
  LIBRARY_REF, LOCATION_REF, TEXT ("period"), REAL ("baseline_value"), TEXT_NULL ("baseline_period"),
  REAL ("target_value"), TEXT ("direction"), TEXT_NULL ("source"), TEXT ("description"), END
};

/* Dashboard figures. place_key follows the schema's convention; a
 * municipality without CBS code is 'municipality:<uuid>'. */
static const Column observation_columns[] = {
  UUID, TEXT ("period"), TEXT ("place_key"), MUNICIPALITY_REF, LIBRARY_REF, LOCATION_REF,
  BOOL ("inside_library"), INDICATOR_REF, TEXT ("category"), REAL ("value"), END
};

/* Activities of the roles. */

static const Column signal_columns[] = {
  UUID, TEXT ("received_on"), TEXT ("service"), TEXT ("description"), TEXT_NULL ("source"),
  TEXT_NULL ("status"), END
};

static const Column meeting_partner_columns[] = { PARENT, PARTNER_REF, BOOL ("attended"), END };

static const Column agenda_item_columns[] = {
  UUID, PARENT, INT ("position"), TEXT ("template"), TEXT ("title"), TEXT ("notes"), END
};

static const Column meeting_action_columns[] = {
  UUID, PARENT, TEXT ("role"), SIGNAL_REF, TEXT ("description"), TEXT ("owner"),
  TEXT_NULL ("due_on"), TEXT_NULL ("done_on"), END
};

#define INSERT_ACTION_ITEM \
  "INSERT INTO action_item (uuid, meeting_id, role, signal_id, description, owner, due_on, done_on) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (uuid) DO NOTHING"

static const Section meeting_children[] = {
  { "partners",
    "INSERT INTO meeting_partner (meeting_id, partner_id, attended) VALUES (?1, ?2, ifnull (?3, 0)) "
    "ON CONFLICT DO NOTHING",
    meeting_partner_columns, "partner", NULL, NULL },
  { "agenda",
    "INSERT INTO meeting_agenda_item (uuid, meeting_id, position, template, title, notes) "
    "VALUES (?1, ?2, ifnull (?3, 0), ?4, ?5, ?6) ON CONFLICT (uuid) DO NOTHING",
    agenda_item_columns, "uuid", NULL, NULL },
  { "actions", INSERT_ACTION_ITEM, meeting_action_columns, "uuid", NULL, NULL },
  END_SECTION
};

static const Column meeting_columns[] = {
  UUID, TEXT ("kind"), TEXT ("held_on"), TEXT ("title"), TEXT ("place"), LIBRARY_REF,
  TEXT ("attendees"), TEXT ("notes"), TEXT ("decisions"), END
};

static const Column promotion_partner_columns[] = {
  PARENT, { NULL, COL_REF, LOOKUP_UUID ("partner") }, END
};

static const Section promotion_children[] = {
  { "partners",
    "INSERT INTO promotion_partner (promotion_id, partner_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    promotion_partner_columns, NULL, NULL, NULL },
  END_SECTION
};

static const Column promotion_columns[] = {
  UUID, TEXT ("held_on"), TEXT ("kind"), TEXT ("title"), TEXT ("channel"), TEXT ("target_group"),
  TEXT ("department"), INT ("reach"), BOOL ("reach_estimated"), INT ("cost_cents"),
  { "spending", COL_REF, LOOKUP_UUID ("spending") }, TEXT ("notes"), END
};

static const Column service_change_columns[] = {
  UUID, TEXT ("service"), TEXT ("change"), TEXT_NULL ("changes_on"), TEXT ("impact"),
  TEXT_NULL ("ido_informed_on"), TEXT ("informed_how"), TEXT ("follow_up"), END
};

static const Column policy_link_columns[] = { PARENT, PARTNER_REF, DESK_REF, SIGNAL_REF, END };

static const Section policy_domain_children[] = {
  { "links",
    "INSERT INTO policy_domain_link (policy_domain_id, partner_id, desk_id, signal_id) "
    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
    policy_link_columns, NULL, NULL, NULL },
  END_SECTION
};

/* The policy domains are preset by the schema: the sample fills in the
 * details of a preset row the user has not touched, and adds the row only
 * when the user deleted it. */
static const Column policy_domain_columns[] = {
  { "code", COL_KEY, NULL }, TEXT ("name"), INT ("position"), TEXT ("officer_name"),
  TEXT ("officer_email"), TEXT ("relation"), TEXT ("agreements"),
  TEXT_NULL ("last_conversation_on"), TEXT_NULL ("next_conversation_on"), END
};

static const Column action_item_columns[] = {
  UUID, { "meeting", COL_REF, LOOKUP_UUID ("meeting") }, TEXT ("role"), SIGNAL_REF,
  TEXT ("description"), TEXT ("owner"), TEXT_NULL ("due_on"), TEXT_NULL ("done_on"), END
};

/* In dependency order: a row only refers to rows of earlier sections. */
static const Section sections[] = {
  { "municipalities",
    "INSERT INTO municipality (uuid, code, name, province, is_own, is_sample) "
    "VALUES (?1, ?2, ?3, ?4, 0, 1) ON CONFLICT (uuid) DO NOTHING",
    municipality_columns, "uuid", NULL, NULL },
  { "populations",
    "INSERT INTO population (uuid, municipality_id, year, inhabitants, low_educated_15_75, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (uuid) DO NOTHING",
    population_columns, "uuid", NULL, NULL },
  { "libraries",
    "INSERT INTO library (uuid, name, website, coordinator_name, coordinator_email, "
    "coordinator_phone, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uuid) DO NOTHING",
    library_columns, "uuid", LOOKUP_UUID ("library"), library_children },
  { "certifications",
    "INSERT INTO certification (uuid, library_id, certified_until, outcome, report_notes, "
    "improvement_points) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (uuid) DO NOTHING",
    certification_columns, "uuid", NULL, NULL },
  { "locations",
    "INSERT INTO location (uuid, library_id, municipality_id, name, placement, address, "
    "hours_class, hours_per_week, consultation_hours, active_from, active_until, notes) "
    "VALUES (?1, ?2, ?3, ?4, ifnull (?5, 'library'), ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT (uuid) DO NOTHING",
    location_columns, "uuid", LOOKUP_UUID ("location"), location_children },
  { "partners",
    "INSERT INTO partner (uuid, name, kind, sector, scope, address, website, active, ended_on, "
    "notes) VALUES (?1, ?2, ?3, ?4, ifnull (?5, 'local'), ?6, ?7, ifnull (?8, 1), ?9, ?10) "
    "ON CONFLICT (uuid) DO NOTHING",
    partner_columns, "uuid", LOOKUP_UUID ("partner"), partner_children },
  { "desks",
    "INSERT INTO desk (uuid, name, department, contact_name, contact_email, contact_phone, "
    "referral_text, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (uuid) DO NOTHING",
    desk_columns, "uuid", LOOKUP_UUID ("desk"), desk_children },
  { "trainings",
    "INSERT INTO training (uuid, held_on, provider, participants, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uuid) DO NOTHING",
    training_columns, "uuid", LOOKUP_UUID ("training"), training_children },
  { "referral_agreements",
    "INSERT INTO referral_agreement (uuid, party, partner_id, desk_id, direction, services, "
    "when_to_refer, how_to_refer, appointment_by, channel, contact_id, contact_name, agreed_on, "
    "review_on) VALUES (?1, ifnull (?2, 'partner'), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
    "ON CONFLICT (uuid) DO NOTHING",
    referral_agreement_columns, "uuid", NULL, NULL },
  { "agreements",
    "INSERT INTO agreement (uuid, kind, title, reference, library_id, starts_on, ends_on, "
    "amount_cents, status, document_uri, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ifnull (?9, 'draft'), ?10, ?11) "
    "ON CONFLICT (uuid) DO NOTHING",
    agreement_columns, "uuid", LOOKUP_UUID ("agreement"), agreement_children },
  { "budget_years",
    "INSERT INTO budget_year (uuid, year, allocation_cents, allocation_source, "
    "estimate_inhabitants, estimate_low_educated, estimate_population_year, "
    "reserved_from_previous_cents, reserved_for_next_cents, no_spuk, notes) "
    "VALUES (?1, ?2, ?3, ifnull (?4, 'annex'), ?5, ?6, ?7, ifnull (?8, 0), ifnull (?9, 0), ifnull (?10, 0), ?11) "
    "ON CONFLICT (uuid) DO NOTHING",
    budget_year_columns, "uuid", LOOKUP_UUID ("budget_year"), budget_year_children },
  { "targets",
    "INSERT INTO target (uuid, agreement_id, indicator_id, category, scope, municipality_id, "
    "library_id, location_id, period, baseline_value, baseline_period, target_value, direction, "
    "source, description) "
    "VALUES (?1, ?2, ?3, ?4, ifnull (?5, 'municipality'), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "ifnull (?14, 'dashboard'), ?15) "
    "ON CONFLICT (uuid) DO NOTHING",
    target_columns, "uuid", NULL, NULL },
  /* An observation the user imported for the same period, place, indicator
   * and category is kept. */
  { "observations",
    "INSERT INTO observation (uuid, period, place_key, municipality_id, library_id, location_id, "
    "inside_library, indicator_id, category, value) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING",
    observation_columns, "uuid", NULL, NULL },
  { "signals",
    "INSERT INTO signal (uuid, received_on, service, description, source, status) "
    "VALUES (?1, ?2, ?3, ?4, ifnull (?5, 'ido-coordinator'), ifnull (?6, 'open')) "
    "ON CONFLICT (uuid) DO NOTHING",
    signal_columns, "uuid", NULL, NULL },
  { "meetings",
    "INSERT INTO meeting (uuid, kind, held_on, title, place, library_id, attendees, notes, "
    "decisions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (uuid) DO NOTHING",
    meeting_columns, "uuid", LOOKUP_UUID ("meeting"), meeting_children },
  { "promotions",
    "INSERT INTO promotion (uuid, held_on, kind, title, channel, target_group, department, reach, "
    "reach_estimated, cost_cents, spending_id, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ifnull (?9, 1), ?10, ?11, ?12) "
    "ON CONFLICT (uuid) DO NOTHING",
    promotion_columns, "uuid", LOOKUP_UUID ("promotion"), promotion_children },
  { "service_changes",
    "INSERT INTO service_change (uuid, service, change, changes_on, impact, ido_informed_on, "
    "informed_how, follow_up) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (uuid) DO NOTHING",
    service_change_columns, "uuid", NULL, NULL },
  { "policy_domains",
    "INSERT INTO policy_domain (code, name, position, officer_name, officer_email, relation, "
    "agreements, last_conversation_on, next_conversation_on) "
    "VALUES (?1, ?2, ifnull (?3, 0), ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (code) DO UPDATE SET officer_name = excluded.officer_name, "
    "officer_email = excluded.officer_email, relation = excluded.relation, "
    "agreements = excluded.agreements, last_conversation_on = excluded.last_conversation_on, "
    "next_conversation_on = excluded.next_conversation_on "
    "WHERE officer_name = '' AND officer_email = '' AND relation = '' AND agreements = '' "
    "AND last_conversation_on IS NULL AND next_conversation_on IS NULL",
    policy_domain_columns, "code", "SELECT id FROM policy_domain WHERE code = ?1",
    policy_domain_children },
  { "action_items", INSERT_ACTION_ITEM, action_item_columns, "uuid", NULL, NULL },
  END_SECTION
};

static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
holds_value_type (JsonNode *node,
                  GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
get_string_member (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && holds_value_type (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

static const char *
row_name (const Section *section,
          JsonNode      *element,
          guint          index,
          char         **buffer)
{
  JsonNode *key = NULL;

  if (section->key != NULL && JSON_NODE_HOLDS_OBJECT (element))
    key = json_object_get_member (json_node_get_object (element), section->key);
  else if (holds_value_type (element, G_TYPE_STRING))
    key = element;
  if (key != NULL && holds_value_type (key, G_TYPE_STRING))
    return json_node_get_string (key);
  *buffer = g_strdup_printf ("%u", index + 1);
  return *buffer;
}

static void
set_damaged_error (GError        **error,
                   const Section  *section,
                   const char     *row,
                   const char     *member)
{
  g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
               _("The sample data is damaged: “%s” of row %s in “%s” is missing or has the wrong type."),
               member, row, section->member);
}

static gboolean
lookup_id (Loader      *loader,
           const char  *sql,
           const char  *key,
           gint64      *id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (loader->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (loader->database, stmt, &has_row, error))
    return FALSE;
  *id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
bind_reference (Loader         *loader,
                sqlite3_stmt   *stmt,
                int             index,
                const Column   *column,
                const char     *value,
                const Section  *section,
                const char     *row,
                GError        **error)
{
  gint64 id = 0;

  if (!lookup_id (loader, column->lookup, value, &id, error))
    return FALSE;
  if (id == 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
                   _("The sample data is damaged: row %s in “%s” refers to “%s”, which does not exist."),
                   row, section->member, value);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, index, id);
  return TRUE;
}

/* Binds one parameter. Returns FALSE when the JSON value does not fit. */
static gboolean
bind_value (sqlite3_stmt *stmt,
            int           index,
            ColumnKind    kind,
            JsonNode     *node)
{
  if (kind == COL_TEXT && is_null (node))
    return sqlite3_bind_text (stmt, index, "", 0, SQLITE_STATIC) == SQLITE_OK;
  if (is_null (node))
    return kind != COL_KEY && sqlite3_bind_null (stmt, index) == SQLITE_OK;

  switch (kind)
    {
    case COL_KEY:
    case COL_TEXT:
    case COL_TEXT_NULL:
      return holds_value_type (node, G_TYPE_STRING) &&
             (kind != COL_KEY || *json_node_get_string (node) != '\0') &&
             sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT) == SQLITE_OK;
    case COL_INT:
      return holds_value_type (node, G_TYPE_INT64) &&
             sqlite3_bind_int64 (stmt, index, json_node_get_int (node)) == SQLITE_OK;
    case COL_REAL:
      return (holds_value_type (node, G_TYPE_INT64) || holds_value_type (node, G_TYPE_DOUBLE)) &&
             sqlite3_bind_double (stmt, index, json_node_get_double (node)) == SQLITE_OK;
    case COL_BOOL:
      return holds_value_type (node, G_TYPE_BOOLEAN) &&
             sqlite3_bind_int (stmt, index, json_node_get_boolean (node) ? 1 : 0) == SQLITE_OK;
    case COL_END:
    case COL_REF:
    case COL_PARENT:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static JsonNode *
column_node (const Column *column,
             JsonNode     *element)
{
  if (column->member == NULL)
    return element;
  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  return json_object_get_member (json_node_get_object (element), column->member);
}

static int
count_columns (const Column *columns)
{
  int n = 0;

  while (columns[n].kind != COL_END)
    n++;
  return n;
}

static gboolean
bind_row (Loader         *loader,
          const Section  *section,
          sqlite3_stmt   *stmt,
          JsonNode       *element,
          const char     *row,
          gint64          parent_id,
          GError        **error)
{
  for (int i = 0; section->columns[i].kind != COL_END; i++)
    {
      const Column *column = &section->columns[i];
      JsonNode *node = column_node (column, element);

      if (column->kind == COL_PARENT)
        sqlite3_bind_int64 (stmt, i + 1, parent_id);
      else if (column->kind == COL_REF && !is_null (node))
        {
          if (!holds_value_type (node, G_TYPE_STRING))
            {
              set_damaged_error (error, section, row, column->member ? column->member : section->member);
              return FALSE;
            }
          if (!bind_reference (loader, stmt, i + 1, column, json_node_get_string (node), section, row, error))
            return FALSE;
        }
      else if (column->kind == COL_REF)
        sqlite3_bind_null (stmt, i + 1);
      else if (!bind_value (stmt, i + 1, column->kind, node))
        {
          set_damaged_error (error, section, row, column->member ? column->member : section->member);
          return FALSE;
        }
    }
  return TRUE;
}

static void
set_refused_error (GError        **error,
                   Loader         *loader,
                   const Section  *section,
                   const char     *row,
                   int             code)
{
  const char *detail = sqlite3_errmsg (ido_database_get_handle (loader->database));

  if (code == IDO_DB_ERROR_CONSTRAINT)
    g_set_error (error, IDO_DB_ERROR, code,
                 _("Row %s in “%s” clashes with the data in this database or breaks one of its rules (%s). "
                   "Load the sample data into a new, empty database."),
                 row, section->member, detail);
  else
    g_set_error (error, IDO_DB_ERROR, code, _("Row %s in “%s” could not be stored (%s)."),
                 row, section->member, detail);
}

static gboolean load_section (Loader         *loader,
                              const Section  *section,
                              JsonObject     *object,
                              gint64          parent_id,
                              GError        **error);

static gboolean
load_children (Loader         *loader,
               const Section  *section,
               JsonNode       *element,
               const char     *row,
               GError        **error)
{
  gint64 id = 0;

  if (!lookup_id (loader, section->lookup, row, &id, error))
    return FALSE;
  g_assert (id != 0);
  for (const Section *child = section->children; child->member != NULL; child++)
    {
      if (!load_section (loader, child, json_node_get_object (element), id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_row (Loader         *loader,
          const Section  *section,
          JsonNode       *element,
          guint           index,
          gint64          parent_id,
          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) step_error = NULL;
  g_autofree char *buffer = NULL;
  const char *row = row_name (section, element, index, &buffer);

  stmt = ido_database_prepare (loader->database, section->insert, error);
  if (stmt == NULL)
    return FALSE;
  g_assert (sqlite3_bind_parameter_count (stmt) == count_columns (section->columns));
  if (!bind_row (loader, section, stmt, element, row, parent_id, error))
    return FALSE;
  if (!ido_database_step (loader->database, stmt, NULL, &step_error))
    {
      set_refused_error (error, loader, section, row, step_error->code);
      return FALSE;
    }
  if (section->children != NULL)
    return load_children (loader, section, element, row, error);
  return TRUE;
}

static gboolean
load_section (Loader         *loader,
              const Section  *section,
              JsonObject     *object,
              gint64          parent_id,
              GError        **error)
{
  JsonNode *node = json_object_get_member (object, section->member);
  JsonArray *array;

  if (is_null (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                   _("The sample data is damaged: “%s” is not a list."), section->member);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (loader->cancellable, error))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (section->children != NULL && !JSON_NODE_HOLDS_OBJECT (element))
        {
          set_damaged_error (error, section, "?", section->member);
          return FALSE;
        }
      if (!load_row (loader, section, element, i, parent_id, error))
        return FALSE;
    }
  return TRUE;
}

/* The sample municipality becomes the one the user works for. Only rows
 * whose flag changes are written, so a second load changes nothing. */
static gboolean
set_own_municipality (Loader      *loader,
                      JsonObject  *root,
                      GError     **error)
{
  const char *uuid = get_string_member (root, "own_municipality");
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (uuid == NULL)
    return TRUE;
  if (!lookup_id (loader, LOOKUP_UUID ("municipality"), uuid, &id, error))
    return FALSE;
  if (id == 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
                   _("The sample data is damaged: its own municipality “%s” does not exist."), uuid);
      return FALSE;
    }
  stmt = ido_database_prepare (loader->database,
                               "UPDATE municipality SET is_own = (id = ?1) "
                               "WHERE (is_own = 1 AND id <> ?1) OR (id = ?1 AND is_own = 0)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return ido_database_step (loader->database, stmt, NULL, error);
}

static JsonObject *
parse_sample (JsonParser  *parser,
              const char  *data,
              gssize       length,
              GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *version;

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                   _("The sample data is damaged and cannot be read (%s)."), parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL || g_strcmp0 (get_string_member (object, "format"), SAMPLE_FORMAT) != 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CORRUPT,
                   _("This is not IDO Regie sample data."));
      return NULL;
    }
  version = json_object_get_member (object, "version");
  if (version == NULL || !holds_value_type (version, G_TYPE_INT64) ||
      json_node_get_int (version) > SAMPLE_VERSION)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NEWER_SCHEMA,
                   _("This sample data was made for a newer version of IDO Regie. Update IDO Regie to load it."));
      return NULL;
    }
  return object;
}

static gboolean
load_all (Loader      *loader,
          JsonObject  *root,
          GError     **error)
{
  for (const Section *section = sections; section->member != NULL; section++)
    {
      if (!load_section (loader, section, root, 0, error))
        return FALSE;
    }
  return set_own_municipality (loader, root, error);
}

/* Everything in one transaction (a savepoint when the caller has one open):
 * on any failure the database is left as it was. Does not emit "changed". */
static gboolean
load_data (IdoDatabase   *database,
           const char    *data,
           gssize         length,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  Loader loader = { database, cancellable };
  JsonObject *root;

  root = parse_sample (parser, data, length, error);
  if (root == NULL)
    return FALSE;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!load_all (&loader, root, error))
    {
      ido_database_rollback (database);
      g_prefix_error (error, "%s ", _("The sample data could not be loaded; nothing was changed."));
      return FALSE;
    }
  return ido_database_commit (database, error);
}

static GBytes *
lookup_resource (GError **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = g_resources_lookup_data (SAMPLE_RESOURCE, 0, &local_error);

  if (bytes == NULL)
    g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND,
                 _("The sample data is missing from this installation of IDO Regie (%s)."),
                 local_error->message);
  return bytes;
}

static gboolean
load_resource (IdoDatabase   *database,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GBytes) bytes = lookup_resource (error);
  gsize size = 0;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return load_data (database, data, (gssize) size, cancellable, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(IdoDatabase) connection = NULL;
  GError *error = NULL;

  /* A connection of this thread's own: one is never shared between threads. */
  connection = ido_database_open (path, &error);
  if (connection != NULL && load_resource (connection, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ido_sample_load:
 * @database: the database to load the sample data into
 *
 * Loads the fictional "Gemeente Voorbeeld" in one transaction and makes it
 * the municipality the user works for. Loading it again changes nothing.
 *
 * Returns: %FALSE with @error set when nothing was loaded
 */
gboolean
ido_sample_load (IdoDatabase  *database,
                 GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_resource (database, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, NULL);
  return TRUE;
}

/**
 * ido_sample_load_from_data:
 * @database: the database to load into
 * @data: sample data in the format of gemeente-voorbeeld.json
 * @length: the length of @data, or -1 when it is nul-terminated
 *
 * Like ido_sample_load(), from other data (tests feed broken variants).
 *
 * Returns: %FALSE with @error set when nothing was loaded
 */
gboolean
ido_sample_load_from_data (IdoDatabase  *database,
                           const char   *data,
                           gssize        length,
                           GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_data (database, data, length, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, NULL);
  return TRUE;
}

/**
 * ido_sample_load_async:
 * @database: the database to load into
 *
 * Loads the sample data in a worker thread through a connection of its own.
 * @database emits "changed" when ido_sample_load_finish() reports success.
 */
void
ido_sample_load_async (IdoDatabase         *database,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (IDO_IS_DATABASE (database));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_sample_load_async);
  g_task_set_task_data (task, g_strdup (ido_database_get_path (database)), g_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ido_sample_load_finish:
 *
 * Returns: %FALSE with @error set when nothing was loaded
 */
gboolean
ido_sample_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  IdoDatabase *database;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ido_sample_load_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  database = g_task_get_source_object (G_TASK (result));
  ido_database_emit_changed (database, NULL);
  return TRUE;
}

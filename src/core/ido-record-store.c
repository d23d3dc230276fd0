/* ido-record-store.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-record.h"
#include "ido-record-store.h"
#include "ido-validate.h"

struct _IdoRecordStore
{
  GObject        parent_instance;
  IdoDatabase   *database;
  GPtrArray     *items;
  IdoRecordKind  kind;
  guint          total;
  char          *today;
  gulong         changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IdoRecordStore, ido_record_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Each query returns id, uuid, title, subtitle, date, flag; ?1 is today's
 * date. The flag rules are the ones the overview shows:
 * 2 = overdue / expired, 1 = needs attention soon. */
typedef struct
{
  const char *table;
  IdoRole     role;
  const char *label;
  const char *sql;    /* without its ORDER BY, so counts need not sort */
  const char *order;  /* the list's order */
} KindInfo;

static const KindInfo kinds[IDO_N_RECORD_KINDS] = {
  [IDO_RECORD_LIBRARY] = {
    "library", IDO_ROLE_FINANCIER, N_("Library organisations"),
    "SELECT id, uuid, name, coordinator_name, NULL, 0 FROM library",
    "name COLLATE NOCASE" },
  [IDO_RECORD_LOCATION] = {
    "location", IDO_ROLE_FINANCIER, N_("IDO locations"),
    "SELECT id, uuid, name, address, active_from,"
    " CASE WHEN active_until IS NOT NULL AND active_until < ?1 THEN 1 ELSE 0 END"
    " FROM location",
    "name COLLATE NOCASE" },
  [IDO_RECORD_AGREEMENT] = {
    "agreement", IDO_ROLE_FINANCIER, N_("Agreements"),
    "SELECT id, uuid, title, reference, ends_on,"
    " CASE WHEN status IN ('terminated', 'draft') OR ends_on IS NULL THEN 0"
    "      WHEN ends_on < ?1 AND status = 'expired' AND ends_on < date(?1, '-12 months') THEN 0"
    "      WHEN ends_on < ?1 THEN 2"
    "      WHEN ends_on <= date(?1, '+3 months') THEN 1 ELSE 0 END"
    " FROM agreement",
    "starts_on DESC, title COLLATE NOCASE" },
  [IDO_RECORD_BUDGET_YEAR] = {
    "budget_year", IDO_ROLE_FINANCIER, N_("SPUK budget years"),
    "SELECT id, uuid, 'SPUK ' || year, CASE WHEN no_spuk THEN 'gemeentefonds' ELSE '' END, NULL, 0"
    " FROM budget_year",
    "year DESC" },
  [IDO_RECORD_SPENDING] = {
    "spending", IDO_ROLE_FINANCIER, N_("Spending"),
    "SELECT id, uuid, description, category, spent_on, 0 FROM spending",
    "spent_on DESC" },
  [IDO_RECORD_TARGET] = {
    "target", IDO_ROLE_FINANCIER, N_("Performance targets"),
    "SELECT t.id, t.uuid, i.label || ' ' || t.period, t.description, NULL, 0"
    " FROM target t JOIN indicator i ON i.id = t.indicator_id",
    "t.period DESC, i.label" },
  [IDO_RECORD_CERTIFICATION] = {
    "certification", IDO_ROLE_FINANCIER, N_("CBCT certifications"),
    "SELECT c.id, c.uuid, l.name, c.outcome, c.certified_until,"
    " CASE WHEN c.certified_until < ?1 THEN 2"
    "      WHEN c.certified_until <= date(?1, '+6 months', '+6 weeks') THEN 1 ELSE 0 END"
    " FROM certification c JOIN library l ON l.id = c.library_id",
    "c.certified_until DESC" },
  [IDO_RECORD_PROMOTION] = {
    "promotion", IDO_ROLE_PROMOTOR, N_("Promotion activities"),
    "SELECT id, uuid, title, channel, held_on,"
    " CASE WHEN held_on <= ?1 AND cost_cents > 0 AND spending_id IS NULL THEN 1 ELSE 0 END"
    " FROM promotion",
    "held_on DESC" },
  [IDO_RECORD_PARTNER] = {
    "partner", IDO_ROLE_NETWORK, N_("Partners"),
    "SELECT p.id, p.uuid, p.name, p.sector, NULL,"
    " CASE WHEN p.active AND NOT EXISTS (SELECT 1 FROM referral_agreement r WHERE r.partner_id = p.id)"
    "      THEN 1 ELSE 0 END"
    " FROM partner p",
    "p.name COLLATE NOCASE" },
  [IDO_RECORD_REFERRAL_AGREEMENT] = {
    "referral_agreement", IDO_ROLE_NETWORK, N_("Referral agreements"),
    "SELECT r.id, r.uuid, coalesce(p.name, d.name, 'IDO'), r.services, r.review_on,"
    " CASE WHEN r.review_on IS NULL OR p.active = 0 THEN 0 WHEN r.review_on < ?1 THEN 2"
    "      WHEN r.review_on <= date(?1, '+1 month') THEN 1 ELSE 0 END"
    " FROM referral_agreement r LEFT JOIN partner p ON p.id = r.partner_id"
    " LEFT JOIN desk d ON d.id = r.desk_id",
    "r.review_on" },
  [IDO_RECORD_MEETING] = {
    "meeting", IDO_ROLE_NETWORK, N_("Network meetings"),
    "SELECT id, uuid, title, place, held_on, 0 FROM meeting"
    " WHERE kind IN ('network', 'meet-and-greet', 'presentation')",
    "held_on DESC" },
  [IDO_RECORD_DESK] = {
    "desk", IDO_ROLE_REFERRER, N_("Municipal desks"),
    "SELECT d.id, d.uuid, d.name, d.department, max(t.held_on),"
    " CASE WHEN max(t.held_on) IS NULL OR max(t.held_on) < date(?1, '-2 years') THEN 1 ELSE 0 END"
    " FROM desk d LEFT JOIN training_desk td ON td.desk_id = d.id"
    " LEFT JOIN training t ON t.id = td.training_id"
    " GROUP BY d.id",
    "d.name COLLATE NOCASE" },
  [IDO_RECORD_TRAINING] = {
    "training", IDO_ROLE_REFERRER, N_("Trainings"),
    "SELECT id, uuid, provider, notes, held_on, 0 FROM training",
    "held_on DESC" },
  [IDO_RECORD_SERVICE_CHANGE] = {
    "service_change", IDO_ROLE_SERVICE, N_("Changes in e-services"),
    "SELECT id, uuid, service, change, changes_on,"
    " CASE WHEN ido_informed_on IS NOT NULL OR changes_on IS NULL THEN 0"
    "      WHEN changes_on BETWEEN ?1 AND date(?1, '+42 days') THEN 2 ELSE 0 END"
    " FROM service_change",
    "changes_on DESC" },
  [IDO_RECORD_SIGNAL] = {
    "signal", IDO_ROLE_SERVICE, N_("Signals"),
    "SELECT id, uuid, description, service, received_on,"
    " CASE WHEN status = 'open' THEN 1 ELSE 0 END FROM signal",
    "received_on DESC" },
  [IDO_RECORD_POLICY_DOMAIN] = {
    "policy_domain", IDO_ROLE_POLICY, N_("Policy domains"),
    "SELECT id, uuid, name, officer_name, last_conversation_on,"
    " CASE WHEN next_conversation_on IS NOT NULL AND next_conversation_on < ?1 THEN 1 ELSE 0 END"
    " FROM policy_domain",
    "position, name COLLATE NOCASE" },
  [IDO_RECORD_ACTION_ITEM] = {
    "action_item", IDO_ROLE_OVERVIEW, N_("Action items"),
    "SELECT id, uuid, description, owner, due_on,"
    " CASE WHEN done_on IS NOT NULL OR due_on IS NULL THEN 0 WHEN due_on < ?1 THEN 2"
    "      WHEN due_on <= date(?1, '+7 days') THEN 1 ELSE 0 END"
    " FROM action_item WHERE done_on IS NULL",
    "due_on IS NULL, due_on" },
  [IDO_RECORD_IMPORT_BATCH] = {
    "import_batch", IDO_ROLE_OVERVIEW, N_("Dashboard imports"),
    "SELECT id, uuid, file_name, '', imported_at, 0 FROM import_batch"
    " WHERE reverted_at IS NULL",
    "imported_at DESC" },
};

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_KIND,
  PROP_N_ITEMS,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
list_model_get_item_type (GListModel *model)
{
  return IDO_TYPE_RECORD;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return IDO_RECORD_STORE (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  IdoRecordStore *self = IDO_RECORD_STORE (model);

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
on_database_changed_cb (IdoRecordStore *self,
                        const char     *table)
{
  g_autoptr(GError) error = NULL;

  g_assert (IDO_IS_RECORD_STORE (self));

  /* Flags of some kinds depend on other tables (a partner's agreements, a
   * desk's trainings), so reload on any change touching the kind's role. */
  if (table != NULL && g_strcmp0 (table, kinds[self->kind].table) != 0 &&
      !(self->kind == IDO_RECORD_PARTNER && g_str_equal (table, "referral_agreement")) &&
      !(self->kind == IDO_RECORD_DESK && g_str_equal (table, "training")) &&
      !(self->kind == IDO_RECORD_CERTIFICATION && g_str_equal (table, "library")) &&
      !(self->kind == IDO_RECORD_REFERRAL_AGREEMENT && g_str_equal (table, "partner")) &&
      !(self->kind == IDO_RECORD_PROMOTION && g_str_equal (table, "spending")))
    return;
  if (!ido_record_store_reload (self, &error))
    g_warning ("Reloading %s failed: %s", kinds[self->kind].table, error->message);
}

static void
ido_record_store_constructed (GObject *object)
{
  IdoRecordStore *self = (IdoRecordStore *) object;

  G_OBJECT_CLASS (ido_record_store_parent_class)->constructed (object);

  self->changed_id = g_signal_connect_object (self->database, "changed",
                                              G_CALLBACK (on_database_changed_cb), self,
                                              G_CONNECT_SWAPPED);
}

static void
ido_record_store_dispose (GObject *object)
{
  IdoRecordStore *self = (IdoRecordStore *) object;

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_record_store_parent_class)->dispose (object);
}

static void
ido_record_store_finalize (GObject *object)
{
  IdoRecordStore *self = (IdoRecordStore *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ido_record_store_parent_class)->finalize (object);
}

static void
ido_record_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoRecordStore *self = IDO_RECORD_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IdoRecordStore *self = IDO_RECORD_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_store_class_init (IdoRecordStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ido_record_store_constructed;
  object_class->dispose = ido_record_store_dispose;
  object_class->finalize = ido_record_store_finalize;
  object_class->get_property = ido_record_store_get_property;
  object_class->set_property = ido_record_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, IDO_N_RECORD_KINDS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_record_store_init (IdoRecordStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ido_record_store_new:
 *
 * Returns: (transfer full): a store, already loaded
 */
IdoRecordStore *
ido_record_store_new (IdoDatabase   *database,
                      IdoRecordKind  kind)
{
  IdoRecordStore *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, NULL);

  self = g_object_new (IDO_TYPE_RECORD_STORE, "database", database, "kind", kind, NULL);
  if (!ido_record_store_reload (self, &error))
    g_warning ("Loading %s failed: %s", kinds[kind].table, error->message);
  return self;
}

/**
 * ido_record_store_get_total:
 *
 * Returns: the number of records of the store's kind, listed or not
 */
guint
ido_record_store_get_total (IdoRecordStore *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_STORE (self), 0);
  return self->total;
}

IdoRecordKind
ido_record_store_get_kind (IdoRecordStore *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_STORE (self), 0);
  return self->kind;
}

/**
 * ido_record_store_set_today:
 * @today: (nullable): an ISO date the flags are computed against, or %NULL
 *   for the real date
 */
void
ido_record_store_set_today (IdoRecordStore *self,
                            const char     *today)
{
  g_return_if_fail (IDO_IS_RECORD_STORE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  ido_record_store_reload (self, NULL);
}

static IdoRecord *record_from_row (IdoRecordKind  kind,
                                   sqlite3_stmt  *stmt);

/* A kind's query may use ?1 for today's date (%NULL for the real date). */
static sqlite3_stmt *
prepare_kind_query (IdoDatabase  *database,
                    const char   *sql,
                    const char   *today,
                    GError      **error)
{
  g_autofree char *now = today ? NULL : ido_today_iso ();
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);

  if (stmt != NULL && sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_text (stmt, 1, today ? today : now, -1, SQLITE_TRANSIENT);
  return stmt;
}

static GPtrArray *
query_records (IdoRecordStore  *self,
               GError         **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row = FALSE;

  sql = g_strconcat (kinds[self->kind].sql, " ORDER BY ", kinds[self->kind].order, NULL);
  stmt = prepare_kind_query (self->database, sql, self->today, error);
  if (stmt == NULL)
    return NULL;
  self->total = 0;
  while (ido_database_step (self->database, stmt, &has_row, error) && has_row)
    {
      self->total++;
      g_ptr_array_add (items, record_from_row (self->kind, stmt));
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&items);
}

/**
 * ido_record_store_reload:
 *
 * Reads the records again and announces the change as one replacement.
 */
gboolean
ido_record_store_reload (IdoRecordStore  *self,
                         GError         **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint old_total;
  guint removed;

  g_return_val_if_fail (IDO_IS_RECORD_STORE (self), FALSE);

  old_total = self->total;
  items = query_records (self, error);
  if (items == NULL)
    return FALSE;
  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  if (removed != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (old_total != self->total)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  return TRUE;
}

/**
 * ido_record_store_count_flagged:
 * @min_flag: an #IdoRecordFlag; records flagged at least this are counted
 */
guint
ido_record_store_count_flagged (IdoRecordStore *self,
                                int             min_flag)
{
  guint count = 0;

  g_return_val_if_fail (IDO_IS_RECORD_STORE (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      if ((int) ido_record_get_flag (g_ptr_array_index (self->items, i)) >= min_flag)
        count++;
    }
  return count;
}

const char *
ido_record_kind_get_table (IdoRecordKind kind)
{
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, NULL);
  return kinds[kind].table;
}

IdoRole
ido_record_kind_get_role (IdoRecordKind kind)
{
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, IDO_ROLE_OVERVIEW);
  return kinds[kind].role;
}

/**
 * ido_record_kind_get_label:
 *
 * Returns: the translated plural label of @kind ("Partners")
 */
const char *
ido_record_kind_get_label (IdoRecordKind kind)
{
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, NULL);
  return _(kinds[kind].label);
}

static IdoRecord *
record_from_row (IdoRecordKind  kind,
                 sqlite3_stmt  *stmt)
{
  IdoRecord *record = ido_record_new (kind,
                                      sqlite3_column_int64 (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2),
                                      (const char *) sqlite3_column_text (stmt, 3),
                                      (const char *) sqlite3_column_text (stmt, 4));

  ido_record_set_flag (record, sqlite3_column_int (stmt, 5));
  return record;
}

/**
 * ido_record_kind_count:
 * @today: (nullable): the ISO date flags are computed against, %NULL for
 *   the real date
 * @total: (out): how many records of @kind exist
 * @flagged: (out): how many of them need attention (or are overdue)
 *
 * Counts in SQL without building a record per row, so an overview of ten
 * thousand partners costs one query.
 */
gboolean
ido_record_kind_count (IdoDatabase    *database,
                       IdoRecordKind   kind,
                       const char     *today,
                       guint          *total,
                       guint          *flagged,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, FALSE);

  *total = 0;
  *flagged = 0;
  sql = g_strdup_printf ("WITH r (id, uuid, title, subtitle, date, flag) AS (%s)"
                         " SELECT count(*), coalesce(sum(flag >= %d), 0) FROM r",
                         kinds[kind].sql, IDO_RECORD_FLAG_ATTENTION);
  stmt = prepare_kind_query (database, sql, today, error);
  if (stmt == NULL)
    return FALSE;
  if (!ido_database_step (database, stmt, &has_row, error) || !has_row)
    return FALSE;
  *total = (guint) sqlite3_column_int64 (stmt, 0);
  *flagged = (guint) sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/**
 * ido_record_kind_list_flagged:
 * @today: (nullable): as for ido_record_kind_count()
 * @limit: the most records to return, 0 for all
 *
 * The records of @kind that need attention, most urgent first: overdue
 * before attention, then the earliest date, undated last.
 *
 * Returns: (transfer container) (element-type IdoRecord): the records, or
 *   %NULL with @error set
 */
GPtrArray *
ido_record_kind_list_flagged (IdoDatabase    *database,
                              IdoRecordKind   kind,
                              const char     *today,
                              guint           limit,
                              GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (kind < IDO_N_RECORD_KINDS, NULL);

  sql = g_strdup_printf ("WITH r (id, uuid, title, subtitle, date, flag) AS (%s)"
                         " SELECT id, uuid, title, subtitle, date, flag FROM r WHERE flag >= %d"
                         " ORDER BY flag DESC, date IS NULL, date, title COLLATE NOCASE LIMIT ?2",
                         kinds[kind].sql, IDO_RECORD_FLAG_ATTENTION);
  stmt = prepare_kind_query (database, sql, today, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (sqlite3_int64) limit : -1);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (items, record_from_row (kind, stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&items);
}

/* ido-promotion.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-promotion.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const kinds[] = {
  "own-promotion", "presentation", "network-meeting",
  "municipal-communication", "departments-informed", "national-campaign", NULL
};

static const char * const kind_labels[] = {
  N_("IDO’s own promotion supported"),
  N_("Presentation at an organisation"),
  N_("Network meeting or meet & greet"),
  N_("Mention in municipal communication"),
  N_("Municipal departments informed"),
  N_("National campaign used locally"),
};

/* Ideas of §3.2 of the Handreiking, in our own words. Target groups are left
 * open: the user picks them from the list the coverage view counts. */
static const IdoPromotionTemplate templates[] = {
  { "letter", "municipal-communication",
    N_("IDO information in a letter the municipality sends anyway"),
    N_("Letter"), NULL,
    N_("Add a short paragraph about the IDO to a letter that goes out anyway, such as the yearly "
       "thank-you letter to informal carers or the municipal tax assessment. It costs next to nothing "
       "and reaches people who seldom go online.") },
  { "flyers", "own-promotion",
    N_("Flyers and posters at GP practices, community centres and supermarkets"),
    N_("GP practices, community centres, supermarkets"), NULL,
    N_("Help the library spread its own flyers and posters where residents who need help come anyway; "
       "ask the practices and centres to hand them out.") },
  { "newsletter", "own-promotion",
    N_("IDO in the municipal newsletter or the local paper"),
    N_("Newsletter, municipal page in the local paper"), NULL,
    N_("Give the IDO a regular place in the municipality’s own channels, with the addresses and "
       "opening hours of the local IDO locations.") },
  { "meet-and-greet", "network-meeting",
    N_("Network meeting or meet & greet for social organisations"),
    N_("Library or community centre"), NULL,
    N_("Invite social organisations to meet the IDO staff, see what the IDO offers and agree how they "
       "refer residents to it.") },
  { "presentation", "presentation",
    N_("Presentation about the IDO at an organisation"),
    N_("Team meeting of the organisation"), NULL,
    N_("Explain in a team meeting of, for example, a housing corporation, the district team or a "
       "welfare organisation what the IDO does and how to refer residents warmly.") },
  { "departments", "departments-informed",
    N_("Inform every municipal department about the IDO"),
    N_("Intranet, team meetings"), NULL,
    N_("Make sure every department that meets residents knows the IDO and refers to it. The yearly "
       "coverage shows which departments have not been reached yet.") },
  { "national-campaign", "national-campaign",
    N_("Use the national IDO campaign locally"),
    N_("Posters, social media, local paper"), NULL,
    N_("Take the material of the national campaign and add the local IDO locations and opening "
       "hours, so residents know where to go in their own municipality.") },
};

/**
 * ido_promotion_get_kinds:
 *
 * Returns: (transfer none): the kinds of promotion activity, %NULL-terminated
 */
const char * const *
ido_promotion_get_kinds (void)
{
  return kinds;
}

/**
 * ido_promotion_kind_get_label:
 *
 * Returns: the translated label of @kind, or @kind itself when unknown
 */
const char *
ido_promotion_kind_get_label (const char *kind)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      if (g_strcmp0 (kinds[i], kind) == 0)
        return _(kind_labels[i]);
    }
  return kind;
}

/**
 * ido_promotion_new:
 * @kind: (nullable): the kind, e.g. "own-promotion"
 *
 * Returns: (transfer full): an unsaved activity
 */
IdoPromotion *
ido_promotion_new (const char *kind)
{
  IdoPromotion *promotion = g_new0 (IdoPromotion, 1);

  promotion->kind = g_strdup (kind ? kind : "own-promotion");
  promotion->title = g_strdup ("");
  promotion->channel = g_strdup ("");
  promotion->target_group = g_strdup ("");
  promotion->notes = g_strdup ("");
  promotion->departments = g_ptr_array_new_with_free_func (g_free);
  promotion->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  promotion->reach_estimated = TRUE;
  return promotion;
}

void
ido_promotion_free (IdoPromotion *promotion)
{
  if (promotion == NULL)
    return;
  g_free (promotion->uuid);
  g_free (promotion->held_on);
  g_free (promotion->kind);
  g_free (promotion->title);
  g_free (promotion->channel);
  g_free (promotion->target_group);
  g_ptr_array_unref (promotion->departments);
  g_array_unref (promotion->partner_ids);
  g_free (promotion->notes);
  g_free (promotion);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/**
 * ido_promotion_add_department:
 *
 * Adds a department reached; blank names and repeats are ignored.
 */
void
ido_promotion_add_department (IdoPromotion *promotion,
                              const char   *department)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (promotion != NULL);

  if (ido_sql_is_blank (department))
    return;
  clean = g_strstrip (g_strdup (department));
  for (guint i = 0; i < promotion->departments->len; i++)
    {
      if (same_name (g_ptr_array_index (promotion->departments, i), clean))
        return;
    }
  g_ptr_array_add (promotion->departments, g_steal_pointer (&clean));
}

void
ido_promotion_add_partner (IdoPromotion *promotion,
                           gint64        partner_id)
{
  g_return_if_fail (promotion != NULL);

  for (guint i = 0; i < promotion->partner_ids->len; i++)
    {
      if (g_array_index (promotion->partner_ids, gint64, i) == partner_id)
        return;
    }
  g_array_append_val (promotion->partner_ids, partner_id);
}

static gboolean
load_links (IdoDatabase   *database,
            IdoPromotion  *promotion,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT department FROM promotion_department WHERE promotion_id = ?"
                               " ORDER BY rowid",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, promotion->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    ido_promotion_add_department (promotion, (const char *) sqlite3_column_text (stmt, 0));
  if (has_row)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_reset);

  stmt = ido_database_prepare (database,
                               "SELECT partner_id FROM promotion_partner WHERE promotion_id = ?"
                               " ORDER BY partner_id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, promotion->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    ido_promotion_add_partner (promotion, sqlite3_column_int64 (stmt, 0));
  return !has_row;
}

/**
 * ido_promotion_load:
 *
 * Returns: (transfer full) (nullable): the activity with its departments and
 *   partners
 */
IdoPromotion *
ido_promotion_load (IdoDatabase  *database,
                    gint64        promotion_id,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoPromotion) promotion = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database,
                                    "SELECT uuid, held_on, kind, title, channel, target_group, reach,"
                                    " reach_estimated, cost_cents, spending_id, notes FROM promotion WHERE id = ?",
                                    promotion_id,
                                    _("This promotion activity no longer exists."),
                                    error);
  if (stmt == NULL)
    return NULL;
  promotion = ido_promotion_new ((const char *) sqlite3_column_text (stmt, 2));
  promotion->id = promotion_id;
  promotion->uuid = ido_sql_column_dup (stmt, 0);
  promotion->held_on = ido_sql_column_dup (stmt, 1);
  g_set_str (&promotion->title, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&promotion->channel, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&promotion->target_group, (const char *) sqlite3_column_text (stmt, 5));
  promotion->has_reach = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  promotion->reach = sqlite3_column_int64 (stmt, 6);
  promotion->reach_estimated = sqlite3_column_int (stmt, 7) != 0;
  promotion->has_cost = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  promotion->cost = sqlite3_column_int64 (stmt, 8);
  promotion->spending_id = sqlite3_column_int64 (stmt, 9);
  g_set_str (&promotion->notes, (const char *) sqlite3_column_text (stmt, 10));
  g_clear_pointer (&stmt, sqlite3_reset);
  if (!load_links (database, promotion, error))
    return NULL;
  return g_steal_pointer (&promotion);
}

static gboolean
booked_amount (IdoDatabase  *database,
               gint64        spending_id,
               gint64       *amount,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, "SELECT amount_cents FROM spending WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, spending_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  *amount = has_row ? sqlite3_column_int64 (stmt, 0) : -1;
  return TRUE;
}

static gboolean
validate_promotion (IdoDatabase         *database,
                    const IdoPromotion  *promotion,
                    GError             **error)
{
  gint64 booked = -1;

  if (promotion->kind == NULL || !g_strv_contains (kinds, promotion->kind))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the kind of activity."));
      return FALSE;
    }
  if (!ido_validate_required (promotion->title, IDO_FIELD_NAME, error) ||
      !ido_validate_required (promotion->held_on, IDO_FIELD_DATE, error) ||
      !ido_validate_date (promotion->held_on, IDO_FIELD_DATE, error))
    return FALSE;
  if (promotion->has_reach && promotion->reach < 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER, _("The reach cannot be negative."));
      return FALSE;
    }
  if (promotion->has_cost && (promotion->cost < 0 || promotion->cost > IDO_MONEY_MAX_CENTS))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT, _("An amount cannot be negative."));
      return FALSE;
    }
  if (promotion->spending_id > 0)
    {
      if (!booked_amount (database, promotion->spending_id, &booked, error))
        return FALSE;
      if (booked >= 0 && (!promotion->has_cost || promotion->cost != booked))
        {
          g_autofree char *text = ido_money_format (booked);

          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT,
                       _("The cost is booked on the SPUK as %s; change that spending line in the Financier "
                         "pane first."), text);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
save_row (IdoDatabase   *database,
          IdoPromotion  *promotion,
          GError       **error)
{
  sqlite3_stmt *stmt;

  if (promotion->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO promotion (held_on, kind, title, channel, target_group, department,"
                                 " reach, reach_estimated, cost_cents, spending_id, notes, uuid)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE promotion SET held_on = ?1, kind = ?2, title = ?3, channel = ?4,"
                                 " target_group = ?5, department = ?6, reach = ?7, reach_estimated = ?8,"
                                 " cost_cents = ?9, spending_id = ?10, notes = ?11 WHERE id = ?13"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, promotion->held_on);
  ido_sql_bind_text (stmt, 2, promotion->kind);
  ido_sql_bind_trimmed (stmt, 3, promotion->title);
  ido_sql_bind_trimmed (stmt, 4, promotion->channel);
  ido_sql_bind_trimmed (stmt, 5, promotion->target_group);
  /* The single column keeps the first department for older readers. */
  ido_sql_bind_text (stmt, 6, promotion->departments->len > 0 ? g_ptr_array_index (promotion->departments, 0) : "");
  if (promotion->has_reach)
    sqlite3_bind_int64 (stmt, 7, promotion->reach);
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_int (stmt, 8, promotion->reach_estimated ? 1 : 0);
  if (promotion->has_cost)
    sqlite3_bind_int64 (stmt, 9, promotion->cost);
  else
    sqlite3_bind_null (stmt, 9);
  ido_sql_bind_id_or_null (stmt, 10, promotion->spending_id);
  ido_sql_bind_text (stmt, 11, promotion->notes);
  if (promotion->id == 0)
    ido_sql_bind_uuid (stmt, 12, promotion->uuid);
  else
    sqlite3_bind_int64 (stmt, 13, promotion->id);
  if (!ido_database_step_returning_or (database, stmt, &promotion->id, &promotion->uuid,
                                       _("This promotion activity no longer exists."), error))
    return FALSE;
  return TRUE;
}

static gboolean
save_links (IdoDatabase   *database,
            IdoPromotion  *promotion,
            GError       **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM promotion_department WHERE promotion_id = ?", promotion->id,
                                 error) ||
      !ido_database_run_with_id (database, "DELETE FROM promotion_partner WHERE promotion_id = ?", promotion->id,
                                 error))
    return FALSE;
  for (guint i = 0; i < promotion->departments->len; i++)
    {
      sqlite3_stmt *stmt = ido_database_prepare (database,
                                                 "INSERT OR IGNORE INTO promotion_department (promotion_id, department)"
                                                 " VALUES (?, ?)",
                                                 error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, promotion->id);
      ido_sql_bind_trimmed (stmt, 2, g_ptr_array_index (promotion->departments, i));
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  for (guint i = 0; i < promotion->partner_ids->len; i++)
    {
      sqlite3_stmt *stmt = ido_database_prepare (database,
                                                 "INSERT OR IGNORE INTO promotion_partner (promotion_id, partner_id)"
                                                 " VALUES (?, ?)",
                                                 error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, promotion->id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (promotion->partner_ids, gint64, i));
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_promotion_save:
 *
 * Validates and writes the activity with its departments and partners in one
 * transaction; a new activity gets its id and uuid filled in.
 */
gboolean
ido_promotion_save (IdoDatabase   *database,
                    IdoPromotion  *promotion,
                    GError       **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (promotion != NULL, FALSE);

  if (!validate_promotion (database, promotion, error))
    return FALSE;
  old_id = promotion->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_row (database, promotion, error) || !save_links (database, promotion, error))
    {
      ido_database_rollback (database);
      promotion->id = old_id;
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      promotion->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "promotion");
  return TRUE;
}

/**
 * ido_promotion_delete:
 *
 * Removes the activity; a SPUK spending line it was booked on stays, since
 * the money was spent.
 */
gboolean
ido_promotion_delete (IdoDatabase  *database,
                      gint64        promotion_id,
                      GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM promotion WHERE id = ?", promotion_id, error))
    return FALSE;
  ido_database_emit_changed (database, "promotion");
  return TRUE;
}

static gboolean
link_spending (IdoDatabase  *database,
               gint64        promotion_id,
               gint64        spending_id,
               GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, "UPDATE promotion SET spending_id = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, promotion_id);
  sqlite3_bind_int64 (stmt, 2, spending_id);
  return ido_database_step (database, stmt, NULL, error);
}

/**
 * ido_promotion_book_cost:
 * @spending_id: (out) (optional): the new spending line
 *
 * Books the cost of a saved activity on the SPUK budget of the year it was
 * held in, as category "promotion" (promotie, art. 5 under b), and links the
 * spending line to the activity. Refused when there is no cost, when it is
 * already booked, or when that year has no budget yet.
 */
gboolean
ido_promotion_book_cost (IdoDatabase  *database,
                         gint64        promotion_id,
                         gint64       *spending_id,
                         GError      **error)
{
  g_autoptr(IdoPromotion) promotion = NULL;
  gint64 new_id = 0;
  int year;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  promotion = ido_promotion_load (database, promotion_id, error);
  if (promotion == NULL)
    return FALSE;
  if (!promotion->has_cost || promotion->cost <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT, _("Enter the cost of the activity first."));
      return FALSE;
    }
  if (promotion->spending_id > 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE, _("This cost is already booked on the SPUK."));
      return FALSE;
    }
  year = (int) g_ascii_strtoll (promotion->held_on, NULL, 10);
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!ido_budget_add_spending (database, year, promotion->held_on, "promotion", promotion->title,
                                promotion->cost, 0, &new_id, error) ||
      !link_spending (database, promotion_id, new_id, error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    return FALSE;
  if (spending_id != NULL)
    *spending_id = new_id;
  ido_database_emit_changed (database, "promotion");
  return TRUE;
}

/**
 * ido_promotion_get_templates:
 * @n_templates: (out): the number of templates
 *
 * Returns: (transfer none) (array length=n_templates): the ideas to start from
 */
const IdoPromotionTemplate *
ido_promotion_get_templates (guint *n_templates)
{
  g_return_val_if_fail (n_templates != NULL, NULL);

  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

/**
 * ido_promotion_new_from_template:
 * @held_on: (nullable): the planned ISO date
 *
 * Returns: (transfer full): an unsaved activity filled from @template, its
 *   description in the notes
 */
IdoPromotion *
ido_promotion_new_from_template (const IdoPromotionTemplate *template,
                                 const char                 *held_on)
{
  IdoPromotion *promotion;

  g_return_val_if_fail (template != NULL, NULL);

  promotion = ido_promotion_new (template->kind);
  promotion->held_on = g_strdup (held_on);
  g_set_str (&promotion->title, _(template->title));
  g_set_str (&promotion->channel, template->channel ? _(template->channel) : "");
  g_set_str (&promotion->target_group, template->target_group ? _(template->target_group) : "");
  g_set_str (&promotion->notes, _(template->description));
  return promotion;
}

static gboolean
collect_names (IdoDatabase  *database,
               const char   *sql,
               GPtrArray    *names,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      gboolean seen = FALSE;

      for (guint i = 0; i < names->len && !seen; i++)
        seen = same_name (g_ptr_array_index (names, i), name);
      if (!seen && !ido_sql_is_blank (name))
        g_ptr_array_add (names, g_strdup (name));
    }
  return !has_row;
}

static GStrv
names_to_strv (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (names, FALSE);
}

/**
 * ido_promotion_list_departments:
 *
 * Returns: (transfer full) (nullable): the municipal departments promotion
 *   should reach: the policy domains in their order, then the departments
 *   of the municipal desks
 */
GStrv
ido_promotion_list_departments (IdoDatabase  *database,
                                GError      **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (!collect_names (database, "SELECT name FROM policy_domain ORDER BY position, name COLLATE NOCASE",
                      names, error) ||
      !collect_names (database, "SELECT DISTINCT trim(department) FROM desk WHERE trim(department) <> ''"
                      " ORDER BY 1 COLLATE NOCASE", names, error))
    return NULL;
  return names_to_strv (g_steal_pointer (&names));
}

/**
 * ido_promotion_list_target_groups:
 *
 * Returns: (transfer full) (nullable): the target groups the user keeps
 */
GStrv
ido_promotion_list_target_groups (IdoDatabase  *database,
                                  GError      **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (!collect_names (database, "SELECT name FROM target_group ORDER BY position, name", names, error))
    return NULL;
  return names_to_strv (g_steal_pointer (&names));
}

gboolean
ido_promotion_add_target_group (IdoDatabase  *database,
                                const char   *name,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_validate_required (name, IDO_FIELD_NAME, error))
    return FALSE;
  stmt = ido_database_prepare (database,
                               "INSERT INTO target_group (name, position) VALUES (trim(?1),"
                               " (SELECT coalesce(max(position), 0) + 1 FROM target_group))"
                               " ON CONFLICT (name) DO NOTHING",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, name);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  if (sqlite3_changes (ido_database_get_handle (database)) == 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE, _("This target group is already in the list."));
      return FALSE;
    }
  ido_database_emit_changed (database, "target_group");
  return TRUE;
}

gboolean
ido_promotion_remove_target_group (IdoDatabase  *database,
                                   const char   *name,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database, "DELETE FROM target_group WHERE name = trim(?1)", error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, name);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "target_group");
  return TRUE;
}

static void
coverage_entry_free (gpointer data)
{
  IdoCoverageEntry *entry = data;

  g_free (entry->name);
  g_free (entry);
}

static IdoCoverageEntry *
find_entry (GPtrArray  *entries,
            const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      IdoCoverageEntry *entry = g_ptr_array_index (entries, i);

      if (same_name (entry->name, name))
        return entry;
    }
  return NULL;
}

static void
add_expected (GPtrArray *entries,
              GStrv      names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      IdoCoverageEntry *entry = g_new0 (IdoCoverageEntry, 1);

      entry->name = g_strdup (names[i]);
      entry->expected = TRUE;
      g_ptr_array_add (entries, entry);
    }
}

/* Adds the counts per name of @sql (?1, ?2: the year's bounds) to
 * @entries; names nobody expected are appended. */
static gboolean
count_reached (IdoDatabase  *database,
               const char   *sql,
               int           year,
               GPtrArray    *entries,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, sql, error);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *until = g_strdup_printf ("%04d-01-01", year + 1);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, until, -1, SQLITE_TRANSIENT);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      IdoCoverageEntry *entry = find_entry (entries, name);

      if (entry == NULL)
        {
          entry = g_new0 (IdoCoverageEntry, 1);
          entry->name = g_strdup (name);
          g_ptr_array_add (entries, entry);
        }
      entry->n_activities += sqlite3_column_int (stmt, 1);
      entry->reach += sqlite3_column_int64 (stmt, 2);
    }
  return !has_row;
}

/**
 * ido_promotion_coverage_load:
 * @year: the calendar year
 *
 * Which target groups and which municipal departments the promotion
 * activities of @year reached, and which of the expected ones they did not
 * (n_activities 0). Names match without regard to case.
 *
 * Returns: (transfer full) (nullable): the coverage
 */
IdoPromotionCoverage *
ido_promotion_coverage_load (IdoDatabase  *database,
                             int           year,
                             GError      **error)
{
  g_autoptr(IdoPromotionCoverage) coverage = g_new0 (IdoPromotionCoverage, 1);
  g_auto(GStrv) groups = NULL;
  g_auto(GStrv) departments = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  coverage->year = year;
  coverage->target_groups = g_ptr_array_new_with_free_func (coverage_entry_free);
  coverage->departments = g_ptr_array_new_with_free_func (coverage_entry_free);
  groups = ido_promotion_list_target_groups (database, error);
  if (groups == NULL)
    return NULL;
  departments = ido_promotion_list_departments (database, error);
  if (departments == NULL)
    return NULL;
  add_expected (coverage->target_groups, groups);
  add_expected (coverage->departments, departments);
  if (!count_reached (database,
                      "SELECT trim(target_group), count(*), coalesce(sum(reach), 0) FROM promotion"
                      " WHERE held_on >= ?1 AND held_on < ?2 AND trim(target_group) <> ''"
                      " GROUP BY trim(target_group) COLLATE NOCASE ORDER BY 1 COLLATE NOCASE",
                      year, coverage->target_groups, error) ||
      !count_reached (database,
                      "SELECT d.department, count(*), coalesce(sum(p.reach), 0) FROM promotion_department d"
                      " JOIN promotion p ON p.id = d.promotion_id WHERE p.held_on >= ?1 AND p.held_on < ?2"
                      " GROUP BY d.department COLLATE NOCASE ORDER BY 1 COLLATE NOCASE",
                      year, coverage->departments, error))
    return NULL;
  return g_steal_pointer (&coverage);
}

void
ido_promotion_coverage_free (IdoPromotionCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_clear_pointer (&coverage->target_groups, g_ptr_array_unref);
  g_clear_pointer (&coverage->departments, g_ptr_array_unref);
  g_free (coverage);
}

/**
 * ido_promotion_coverage_count_missing:
 * @entries: (element-type IdoCoverageEntry): target groups or departments
 *
 * Returns: how many expected entries were not reached
 */
guint
ido_promotion_coverage_count_missing (GPtrArray *entries)
{
  guint n = 0;

  g_return_val_if_fail (entries != NULL, 0);

  for (guint i = 0; i < entries->len; i++)
    {
      IdoCoverageEntry *entry = g_ptr_array_index (entries, i);

      if (entry->expected && entry->n_activities == 0)
        n++;
    }
  return n;
}

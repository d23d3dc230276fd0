/* ido-budget.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

void
ido_budget_year_clear (IdoBudgetYear *year)
{
  g_clear_pointer (&year->notes, g_free);
}

/**
 * ido_budget_load_year:
 * @out: (out caller-allocates): filled in; free with ido_budget_year_clear()
 *
 * Returns: %FALSE with %IDO_DB_ERROR_NOT_FOUND when the year has no budget
 */
gboolean
ido_budget_load_year (IdoDatabase    *database,
                      int             year,
                      IdoBudgetYear  *out,
                      GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  stmt = ido_database_prepare (database,
                               "SELECT allocation_cents, allocation_source = 'estimate', estimate_inhabitants,"
                               " estimate_low_educated, estimate_population_year, reserved_from_previous_cents,"
                               " reserved_for_next_cents, no_spuk, notes FROM budget_year WHERE year = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("There is no budget for %d yet."), year);
      return FALSE;
    }
  out->year = year;
  out->allocation = sqlite3_column_int64 (stmt, 0);
  out->allocation_is_estimate = sqlite3_column_int (stmt, 1);
  out->estimate_inhabitants = sqlite3_column_int64 (stmt, 2);
  out->estimate_low_educated = sqlite3_column_int64 (stmt, 3);
  out->estimate_population_year = sqlite3_column_int (stmt, 4);
  out->reserved_from_previous = sqlite3_column_int64 (stmt, 5);
  out->reserved_for_next = sqlite3_column_int64 (stmt, 6);
  out->no_spuk = sqlite3_column_int (stmt, 7);
  out->notes = ido_sql_column_dup (stmt, 8);
  return TRUE;
}

static gboolean
sum_spending (IdoDatabase     *database,
              int              year,
              IdoSpukSummary  *summary,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT s.category, sum(s.amount_cents) FROM spending s"
                               " JOIN budget_year b ON b.id = s.budget_year_id WHERE b.year = ?"
                               " GROUP BY s.category",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoSpukCategory category;

      if (ido_spuk_category_from_string ((const char *) sqlite3_column_text (stmt, 0), &category, NULL))
        summary->spent[category] = sqlite3_column_int64 (stmt, 1);
    }
  return !has_row;
}

static void
summary_from_year (const IdoBudgetYear *year,
                   IdoSpukSummary      *summary)
{
  summary->year = year->year;
  summary->no_spuk = year->no_spuk;
  summary->allocation_is_estimate = year->allocation_is_estimate;
  summary->allocation = year->allocation;
  summary->reserved_from_previous = year->reserved_from_previous;
  summary->reserved_for_next = year->reserved_for_next;
}

/**
 * ido_budget_load_summary:
 * @summary: (out caller-allocates): the computed year summary
 */
gboolean
ido_budget_load_summary (IdoDatabase     *database,
                         int              year,
                         IdoSpukSummary  *summary,
                         GError         **error)
{
  IdoBudgetYear stored;

  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);
  if (!ido_budget_load_year (database, year, &stored, error))
    return FALSE;
  summary_from_year (&stored, summary);
  ido_budget_year_clear (&stored);
  if (!sum_spending (database, year, summary, error))
    return FALSE;
  ido_spuk_summary_compute (summary);
  return TRUE;
}

/**
 * ido_budget_previous_reservation:
 *
 * Returns: what the year before @year reserved for it, in cents (0 if none)
 */
gint64
ido_budget_previous_reservation (IdoDatabase *database,
                                 int          year)
{
  IdoBudgetYear previous;
  gint64 reserved;

  if (!ido_budget_load_year (database, year - 1, &previous, NULL))
    return 0;
  reserved = previous.reserved_for_next;
  ido_budget_year_clear (&previous);
  return reserved;
}

static gboolean
validate_year (IdoDatabase          *database,
               const IdoBudgetYear  *year,
               GError              **error)
{
  IdoSpukSummary summary = { 0 };
  g_autoptr(GError) local_error = NULL;

  if (year->year < 2023 || year->year > 2200)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NUMBER,
                   _("The SPUK exists since 2023: choose 2023 or later."));
      return FALSE;
    }
  if (year->allocation < 0 || year->reserved_from_previous < 0 || year->reserved_for_next < 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT, _("An amount cannot be negative."));
      return FALSE;
    }
  summary_from_year (year, &summary);
  if (!sum_spending (database, year->year, &summary, error))
    return FALSE;
  ido_spuk_summary_compute (&summary);
  if (!ido_spuk_check_reservation (&summary, year->reserved_for_next, &local_error))
    {
      g_set_error_literal (error, IDO_FIELD_ERROR, IDO_FIELD_RESERVATION, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_budget_save_year:
 *
 * Creates or updates the budget of @year->year after checking it: amounts
 * not negative, the reservation for next year within 25% of the allocation
 * (unless financed through the gemeentefonds) and within what is unspent.
 */
gboolean
ido_budget_save_year (IdoDatabase          *database,
                      const IdoBudgetYear  *year,
                      GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (year != NULL, FALSE);

  if (!ido_database_begin (database, error))
    return FALSE;
  if (!validate_year (database, year, error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  stmt = ido_database_prepare (database,
                               "INSERT INTO budget_year (year, allocation_cents, allocation_source,"
                               " estimate_inhabitants, estimate_low_educated, estimate_population_year,"
                               " reserved_from_previous_cents, reserved_for_next_cents, no_spuk, notes)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                               " ON CONFLICT (year) DO UPDATE SET allocation_cents = ?2, allocation_source = ?3,"
                               " estimate_inhabitants = ?4, estimate_low_educated = ?5,"
                               " estimate_population_year = ?6, reserved_from_previous_cents = ?7,"
                               " reserved_for_next_cents = ?8, no_spuk = ?9, notes = ?10",
                               error);
  if (stmt == NULL)
    {
      ido_database_rollback (database);
      return FALSE;
    }
  sqlite3_bind_int (stmt, 1, year->year);
  sqlite3_bind_int64 (stmt, 2, year->allocation);
  sqlite3_bind_text (stmt, 3, year->allocation_is_estimate ? "estimate" : "annex", -1, SQLITE_STATIC);
  ido_sql_bind_id_or_null (stmt, 4, (gint64) year->estimate_inhabitants);
  ido_sql_bind_id_or_null (stmt, 5, (gint64) year->estimate_low_educated);
  ido_sql_bind_id_or_null (stmt, 6, year->estimate_population_year);
  sqlite3_bind_int64 (stmt, 7, year->reserved_from_previous);
  sqlite3_bind_int64 (stmt, 8, year->reserved_for_next);
  sqlite3_bind_int (stmt, 9, year->no_spuk ? 1 : 0);
  sqlite3_bind_text (stmt, 10, year->notes ? year->notes : "", -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    return FALSE;
  ido_database_emit_changed (database, "budget_year");
  return TRUE;
}

gboolean
ido_budget_delete_year (IdoDatabase  *database,
                        int           year,
                        GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, "DELETE FROM budget_year WHERE year = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "budget_year");
  ido_database_emit_changed (database, "spending");
  return TRUE;
}

static gint64
budget_year_id (IdoDatabase  *database,
                int           year,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT id FROM budget_year WHERE year = ?", error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  if (!ido_database_step (database, stmt, &has_row, error))
    return 0;
  if (!has_row)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE,
                   _("There is no budget for %d yet: add the budget year first."), year);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* The checks of art. 5: one of the three categories, a date within the
 * year, a description, an amount that is not negative. */
static gboolean
validate_spending (int          year,
                   const char  *spent_on,
                   const char  *category,
                   const char  *description,
                   gint64       amount,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *year_prefix = g_strdup_printf ("%04d-", year);
  IdoSpukCategory parsed;

  if (!ido_spuk_category_from_string (category, &parsed, &local_error))
    {
      g_set_error_literal (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, local_error->message);
      return FALSE;
    }
  if (!ido_validate_required (description, IDO_FIELD_NAME, error) ||
      !ido_validate_required (spent_on, IDO_FIELD_DATE, error) ||
      !ido_validate_date (spent_on, IDO_FIELD_DATE, error))
    return FALSE;
  if (!g_str_has_prefix (spent_on, year_prefix))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DATE, _("The date must fall in %d."), year);
      return FALSE;
    }
  if (amount < 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT, _("An amount cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_budget_add_spending:
 * @spent_on: an ISO date within @year
 * @category: "library", "promotion" or "network": nothing else can be
 *   booked on the SPUK
 * @agreement_id: the agreement it pays for, or 0
 * @spending_id: (out) (optional): the new row's id
 */
gboolean
ido_budget_add_spending (IdoDatabase  *database,
                         int           year,
                         const char   *spent_on,
                         const char   *category,
                         const char   *description,
                         gint64        amount,
                         gint64        agreement_id,
                         gint64       *spending_id,
                         GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id;

  if (!validate_spending (year, spent_on, category, description, amount, error))
    return FALSE;
  year_id = budget_year_id (database, year, error);
  if (year_id == 0)
    return FALSE;
  stmt = ido_database_prepare (database,
                               "INSERT INTO spending (budget_year_id, spent_on, category, description,"
                               " amount_cents, agreement_id) VALUES (?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  sqlite3_bind_text (stmt, 2, spent_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, category, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, g_strstrip (g_strdup (description)), -1, g_free);
  sqlite3_bind_int64 (stmt, 5, amount);
  ido_sql_bind_id_or_null (stmt, 6, agreement_id);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  if (spending_id != NULL)
    *spending_id = ido_database_last_insert_id (database);
  ido_database_emit_changed (database, "spending");
  return TRUE;
}

/**
 * ido_budget_update_spending:
 *
 * Changes a spending line after the same checks as
 * ido_budget_add_spending(); the date must stay within its budget year.
 */
gboolean
ido_budget_update_spending (IdoDatabase  *database,
                            gint64        spending_id,
                            const char   *spent_on,
                            const char   *category,
                            const char   *description,
                            gint64        amount,
                            gint64        agreement_id,
                            GError      **error)
{
  g_autoptr(IdoSpending) current = ido_budget_load_spending (database, spending_id, error);
  sqlite3_stmt *stmt;

  if (current == NULL ||
      !validate_spending (current->year, spent_on, category, description, amount, error))
    return FALSE;
  stmt = ido_database_prepare (database,
                               "UPDATE spending SET spent_on = ?, category = ?, description = ?,"
                               " amount_cents = ?, agreement_id = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, spent_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, category, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_strstrip (g_strdup (description)), -1, g_free);
  sqlite3_bind_int64 (stmt, 4, amount);
  ido_sql_bind_id_or_null (stmt, 5, agreement_id);
  sqlite3_bind_int64 (stmt, 6, spending_id);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "spending");
  return TRUE;
}

void
ido_spending_free (IdoSpending *spending)
{
  if (spending == NULL)
    return;
  g_free (spending->spent_on);
  g_free (spending->category);
  g_free (spending->description);
  g_free (spending->agreement_title);
  g_free (spending);
}

#define SPENDING_SELECT \
  "SELECT s.id, b.year, s.spent_on, s.category, s.description, s.amount_cents, s.agreement_id," \
  " coalesce(a.title, '') FROM spending s JOIN budget_year b ON b.id = s.budget_year_id" \
  " LEFT JOIN agreement a ON a.id = s.agreement_id"

static IdoSpending *
spending_from_row (sqlite3_stmt *stmt)
{
  IdoSpending *s = g_new0 (IdoSpending, 1);

  s->id = sqlite3_column_int64 (stmt, 0);
  s->year = sqlite3_column_int (stmt, 1);
  s->spent_on = ido_sql_column_dup (stmt, 2);
  s->category = ido_sql_column_dup (stmt, 3);
  s->description = ido_sql_column_dup (stmt, 4);
  s->amount = sqlite3_column_int64 (stmt, 5);
  s->agreement_id = sqlite3_column_int64 (stmt, 6);
  s->agreement_title = ido_sql_column_dup (stmt, 7);
  return s;
}

/**
 * ido_budget_load_spending:
 *
 * Returns: (transfer full) (nullable): the spending line, or %NULL with
 *   @error
 */
IdoSpending *
ido_budget_load_spending (IdoDatabase  *database,
                          gint64        spending_id,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_select_by_id (database, SPENDING_SELECT " WHERE s.id = ?", spending_id,
                                    _("This spending line no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return spending_from_row (stmt);
}

/**
 * ido_budget_list_spending:
 *
 * Returns: (transfer container) (element-type IdoSpending) (nullable): the
 *   spending of @year by date
 */
GPtrArray *
ido_budget_list_spending (IdoDatabase  *database,
                          int           year,
                          GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_spending_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, SPENDING_SELECT " WHERE b.year = ? ORDER BY s.spent_on, s.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, spending_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * ido_budget_list_years:
 *
 * Returns: (transfer full) (element-type int) (nullable): the years with a
 *   budget, the earliest first
 */
GArray *
ido_budget_list_years (IdoDatabase  *database,
                       GError      **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT year FROM budget_year ORDER BY year",
                                                       error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      int year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&years);
}

gboolean
ido_budget_delete_spending (IdoDatabase  *database,
                            gint64        spending_id,
                            GError      **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM spending WHERE id = ?", spending_id, error))
    return FALSE;
  ido_database_emit_changed (database, "spending");
  return TRUE;
}

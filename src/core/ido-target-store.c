/* ido-target-store.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-cbct.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-sql-util.h"
#include "ido-target.h"
#include "ido-target-store.h"
#include "ido-validate.h"

static const char * const directions[] = { "at-least", "at-most", "growth", NULL };
static const char * const scopes[] = { "municipality", "library", "location", NULL };
static const char * const sources[] = { "dashboard", "manual", NULL };
static const char * const aggregations[] = { "sum", "average", "latest", NULL };
static const char * const units[] = { "count", "percent", "score", "hours", "minutes", NULL };

/**
 * ido_indicator_get_label_for_code:
 * @fallback: (nullable): the stored label, used for custom indicators
 *
 * Returns: (transfer none): the translated label of a built-in indicator,
 *   or @fallback
 */
const char *
ido_indicator_get_label_for_code (const char *code,
                                  const char *fallback)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "questions", N_("Questions") },
    { "visits", N_("Visits") },
    { "referrals", N_("Referrals") },
    { "helped-share", N_("Helped satisfactorily") },
    { "satisfaction", N_("Satisfaction (0-10)") },
    { "duration", N_("Conversation duration") },
    { "topic", N_("Question topics") },
    { "organisation", N_("Organisation concerned") },
    { "government-type", N_("Type of government") },
    { "locations", N_("Number of locations") },
    { "opening-hours", N_("Opening hours per week") },
    { "staffing", N_("Staffing") },
    { "topic-share", N_("Topic share") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_strcmp0 (code, labels[i].code) == 0)
        return _(labels[i].label);
    }
  return fallback != NULL ? fallback : "";
}

void
ido_indicator_free (IdoIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->code);
  g_free (indicator->label);
  g_free (indicator->aggregation);
  g_free (indicator->unit);
  g_free (indicator);
}

/**
 * ido_indicator_list:
 *
 * Returns: (transfer container) (element-type IdoIndicator) (nullable): the
 *   vocabulary, built-in indicators first, then the user's own by label
 */
GPtrArray *
ido_indicator_list (IdoDatabase  *database,
                    GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_indicator_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT id, code, label, aggregation, unit, has_category, is_custom FROM indicator"
                               " ORDER BY is_custom, CASE WHEN is_custom THEN label END COLLATE NOCASE, id",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoIndicator *indicator = g_new0 (IdoIndicator, 1);
      const char *label = (const char *) sqlite3_column_text (stmt, 2);

      indicator->id = sqlite3_column_int64 (stmt, 0);
      indicator->code = ido_sql_column_dup (stmt, 1);
      indicator->label = g_strdup (ido_indicator_get_label_for_code (indicator->code, label));
      indicator->aggregation = ido_sql_column_dup (stmt, 3);
      indicator->unit = ido_sql_column_dup (stmt, 4);
      indicator->has_category = sqlite3_column_int (stmt, 5);
      indicator->is_custom = sqlite3_column_int (stmt, 6);
      g_ptr_array_add (list, indicator);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
check_unique_label (IdoDatabase  *database,
                    const char   *label,
                    GError      **error)
{
  g_autoptr(GPtrArray) list = ido_indicator_list (database, error);
  g_autofree char *wanted = NULL;

  if (list == NULL)
    return FALSE;
  wanted = g_utf8_casefold (label, -1);
  for (guint i = 0; i < list->len; i++)
    {
      IdoIndicator *indicator = g_ptr_array_index (list, i);
      g_autofree char *existing = g_utf8_casefold (indicator->label, -1);

      if (g_str_equal (existing, wanted))
        {
          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR,
                       _("The indicator “%s” already exists: choose it from the list."), indicator->label);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ido_indicator_add_custom:
 * @label: what the user calls it, e.g. "Deelnemers cursus Klik & Tik"
 * @aggregation: how periods combine: "sum", "average" or "latest"
 * @unit: "count", "percent", "score", "hours" or "minutes"
 *
 * Returns: the new indicator's id, or 0 with @error
 */
gint64
ido_indicator_add_custom (IdoDatabase  *database,
                          const char   *label,
                          const char   *aggregation,
                          const char   *unit,
                          GError      **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), 0);

  if (!ido_validate_required (label, IDO_FIELD_INDICATOR, error))
    return 0;
  if (aggregation == NULL || !g_strv_contains (aggregations, aggregation) ||
      unit == NULL || !g_strv_contains (units, unit))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR, _("Choose how the indicator is counted."));
      return 0;
    }
  clean = g_strstrip (g_strdup (label));
  if (!check_unique_label (database, clean, error))
    return 0;
  uuid = g_uuid_string_random ();
  code = g_strconcat ("custom-", uuid, NULL);
  stmt = ido_database_prepare (database,
                               "INSERT INTO indicator (code, label, aggregation, unit, has_category, is_custom)"
                               " VALUES (?, ?, ?, ?, 0, 1)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, aggregation, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, unit, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return 0;
  ido_database_emit_changed (database, "indicator");
  return ido_database_last_insert_id (database);
}

const char *
ido_target_direction_get_label (const char *direction)
{
  if (g_strcmp0 (direction, "at-least") == 0)
    return _("At least");
  if (g_strcmp0 (direction, "at-most") == 0)
    return _("At most");
  if (g_strcmp0 (direction, "growth") == 0)
    return _("Growth versus baseline (%)");
  return "";
}

const char *
ido_target_scope_get_label (const char *scope)
{
  if (g_strcmp0 (scope, "municipality") == 0)
    return _("Municipality");
  if (g_strcmp0 (scope, "library") == 0)
    return _("Library organisation");
  if (g_strcmp0 (scope, "location") == 0)
    return _("One location");
  return "";
}

static gboolean
only_digits (const char *s,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
    }
  return n > 0;
}

/* "7.000" and "1.234.567" are Dutch thousands; "7.5" is a decimal point. */
static gboolean
dots_group_thousands (const char *text)
{
  const char *dot = strchr (text, '.');

  if (dot == NULL)
    return FALSE;
  while (dot != NULL)
    {
      const char *next = strchr (dot + 1, '.');
      gsize group = next != NULL ? (gsize) (next - dot - 1) : strlen (dot + 1);
      const char *comma = strchr (dot + 1, ',');

      if (comma != NULL && (next == NULL || comma < next))
        group = (gsize) (comma - dot - 1);
      if (group != 3 || !only_digits (dot + 1, 3))
        return FALSE;
      dot = next;
    }
  return TRUE;
}

/**
 * ido_target_parse_number:
 * @text: a number as typed: "7.000", "7,5", "7.5", "-3", "20%"
 * @field: the field to name in @error
 * @value: (out): the number
 *
 * Reads Dutch notation (comma as decimal separator, dots between
 * thousands) and accepts a decimal point when that cannot be a thousands
 * separator.
 */
gboolean
ido_target_parse_number (const char  *text,
                         IdoField     field,
                         double      *value,
                         GError     **error)
{
  g_autoptr(GString) clean = NULL;
  g_autofree char *trimmed = NULL;
  gboolean thousands;
  char *end = NULL;

  if (ido_sql_is_blank (text))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("Enter a number."));
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (text));
  if (g_str_has_suffix (trimmed, "%"))
    {
      trimmed[strlen (trimmed) - 1] = '\0';
      g_strstrip (trimmed);
    }
  thousands = strchr (trimmed, ',') != NULL || dots_group_thousands (trimmed);
  clean = g_string_new (NULL);
  for (const char *p = trimmed; *p; p++)
    {
      if (*p == '.' && thousands)
        continue;
      g_string_append_c (clean, *p == ',' ? '.' : *p);
    }
  *value = g_ascii_strtod (clean->str, &end);
  if (clean->len == 0 || end == clean->str || *end != '\0' || !isfinite (*value) ||
      strpbrk (clean->str, "eEnNxX ") != NULL || strchr (trimmed, ',') != strrchr (trimmed, ','))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("“%s” is not a number; write it like 7.000 or 7,5."), text);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_target_new:
 *
 * Returns: (transfer full): an unsaved target: at least, for the own
 *   municipality, from dashboard data
 */
IdoTarget *
ido_target_new (void)
{
  IdoTarget *t = g_new0 (IdoTarget, 1);

  t->category = g_strdup ("");
  t->scope = g_strdup ("municipality");
  t->direction = g_strdup ("at-least");
  t->source = g_strdup ("dashboard");
  t->description = g_strdup ("");
  t->indicator_code = g_strdup ("");
  t->indicator_label = g_strdup ("");
  t->indicator_unit = g_strdup ("count");
  t->scope_name = g_strdup ("");
  t->agreement_title = g_strdup ("");
  return t;
}

void
ido_target_free (IdoTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->uuid);
  g_free (target->category);
  g_free (target->scope);
  g_free (target->period);
  g_free (target->baseline_period);
  g_free (target->direction);
  g_free (target->source);
  g_free (target->description);
  g_free (target->indicator_code);
  g_free (target->indicator_label);
  g_free (target->indicator_unit);
  g_free (target->scope_name);
  g_free (target->agreement_title);
  g_free (target);
}

static guint
unit_decimals (const char *unit)
{
  return g_strcmp0 (unit, "score") == 0 || g_strcmp0 (unit, "percent") == 0 ? 1 : 0;
}

static char *
format_value (double      value,
              const char *unit)
{
  guint decimals = unit_decimals (unit);
  g_autofree char *number = NULL;

  if (decimals == 0 && fabs (value - round (value)) > 1e-9)
    decimals = 1;
  number = ido_number_format (value, decimals);
  if (g_strcmp0 (unit, "percent") == 0)
    return g_strconcat (number, "%", NULL);
  return g_steal_pointer (&number);
}

/**
 * ido_target_dup_title:
 *
 * Returns: (transfer full): e.g. "Questions 2025" or "Topic share DigiD
 *   2025Q3 – Bibliotheek Centrum"
 */
char *
ido_target_dup_title (const IdoTarget *target)
{
  g_autoptr(GString) title = g_string_new (target->indicator_label);

  if (!ido_sql_is_blank (target->category))
    g_string_append_printf (title, " %s", target->category);
  g_string_append_printf (title, " %s", target->period ? target->period : "");
  if (g_strcmp0 (target->scope, "municipality") != 0 && !ido_sql_is_blank (target->scope_name))
    g_string_append_printf (title, " – %s", target->scope_name);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/**
 * ido_target_dup_goal_text:
 *
 * Returns: (transfer full): e.g. "at least 7.000", "at most 10" or "+20%
 *   versus 1.166 (2024)"
 */
char *
ido_target_dup_goal_text (const IdoTarget *target)
{
  g_autofree char *value = NULL;
  g_autofree char *baseline = NULL;

  if (g_strcmp0 (target->direction, "growth") == 0)
    {
      gboolean whole = fabs (target->target_value - round (target->target_value)) < 1e-9;

      value = ido_number_format (target->target_value, whole ? 0 : 1);
      baseline = format_value (target->baseline_value, target->indicator_unit);
      return g_strdup_printf (_("%s%s%% versus %s (%s)"), target->target_value >= 0 ? "+" : "", value, baseline,
                              target->baseline_period ? target->baseline_period : "");
    }
  value = format_value (target->target_value, target->indicator_unit);
  if (g_strcmp0 (target->direction, "at-most") == 0)
    return g_strdup_printf (_("at most %s"), value);
  return g_strdup_printf (_("at least %s"), value);
}

#define TARGET_SELECT \
  "SELECT t.id, t.uuid, t.agreement_id, t.indicator_id, t.category, t.scope, t.municipality_id," \
  " t.library_id, t.location_id, t.period, t.baseline_value, t.baseline_period, t.target_value," \
  " t.direction, t.source, t.description, i.code, i.label, i.unit," \
  " CASE t.scope WHEN 'library' THEN l.name WHEN 'location' THEN o.name" \
  "   ELSE coalesce(m.name, (SELECT name FROM municipality WHERE is_own = 1 ORDER BY id LIMIT 1)) END," \
  " coalesce(a.title, '')" \
  " FROM target t JOIN indicator i ON i.id = t.indicator_id" \
  " LEFT JOIN municipality m ON m.id = t.municipality_id" \
  " LEFT JOIN library l ON l.id = t.library_id" \
  " LEFT JOIN location o ON o.id = t.location_id" \
  " LEFT JOIN agreement a ON a.id = t.agreement_id"

static IdoTarget *
target_from_row (sqlite3_stmt *stmt)
{
  IdoTarget *t = ido_target_new ();

  t->id = sqlite3_column_int64 (stmt, 0);
  t->uuid = ido_sql_column_dup (stmt, 1);
  t->agreement_id = sqlite3_column_int64 (stmt, 2);
  t->indicator_id = sqlite3_column_int64 (stmt, 3);
  g_set_str (&t->category, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&t->scope, (const char *) sqlite3_column_text (stmt, 5));
  t->municipality_id = sqlite3_column_int64 (stmt, 6);
  t->library_id = sqlite3_column_int64 (stmt, 7);
  t->location_id = sqlite3_column_int64 (stmt, 8);
  t->period = ido_sql_column_dup (stmt, 9);
  t->has_baseline = sqlite3_column_type (stmt, 10) != SQLITE_NULL;
  t->baseline_value = sqlite3_column_double (stmt, 10);
  t->baseline_period = ido_sql_column_dup_or_null (stmt, 11);
  t->target_value = sqlite3_column_double (stmt, 12);
  g_set_str (&t->direction, (const char *) sqlite3_column_text (stmt, 13));
  g_set_str (&t->source, (const char *) sqlite3_column_text (stmt, 14));
  g_set_str (&t->description, (const char *) sqlite3_column_text (stmt, 15));
  g_set_str (&t->indicator_code, (const char *) sqlite3_column_text (stmt, 16));
  g_set_str (&t->indicator_label,
             ido_indicator_get_label_for_code (t->indicator_code, (const char *) sqlite3_column_text (stmt, 17)));
  g_set_str (&t->indicator_unit, (const char *) sqlite3_column_text (stmt, 18));
  g_set_str (&t->scope_name, sqlite3_column_text (stmt, 19) ? (const char *) sqlite3_column_text (stmt, 19) : "");
  g_set_str (&t->agreement_title, (const char *) sqlite3_column_text (stmt, 20));
  return t;
}

/**
 * ido_target_load:
 *
 * Returns: (transfer full) (nullable): the target, or %NULL with @error
 */
IdoTarget *
ido_target_load (IdoDatabase  *database,
                 gint64        target_id,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, TARGET_SELECT " WHERE t.id = ?", target_id,
                                    _("This target no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return target_from_row (stmt);
}

/**
 * ido_target_list:
 *
 * Returns: (transfer container) (element-type IdoTarget) (nullable): every
 *   target, the latest period first
 */
GPtrArray *
ido_target_list (IdoDatabase  *database,
                 GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_target_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database, TARGET_SELECT " ORDER BY substr(t.period, 1, 4) DESC, t.period, i.id, t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, target_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

/* Month numbers: the first and last month of a period. */
static void
period_months (const char *period,
               int        *first,
               int        *last)
{
  int year = (int) g_ascii_strtoll (period, NULL, 10);

  if (strlen (period) == 6)
    {
      int q = period[5] - '1';

      *first = year * 12 + q * 3;
      *last = *first + 2;
    }
  else
    {
      *first = year * 12;
      *last = *first + 11;
    }
}

typedef struct
{
  char     *unit;
  gboolean  has_category;
} IndicatorInfo;

static gboolean
load_indicator_info (IdoDatabase    *database,
                     gint64          indicator_id,
                     IndicatorInfo  *info,
                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, "SELECT unit, has_category FROM indicator WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR, _("Choose an indicator."));
      return FALSE;
    }
  info->unit = ido_sql_column_dup (stmt, 0);
  info->has_category = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/* Percentages lie in 0-100, scores (satisfaction) in 0-10, counts and
 * hours are not negative. */
static gboolean
check_value_for_unit (const char  *unit,
                      double       value,
                      IdoField     field,
                      GError     **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("Enter a number."));
      return FALSE;
    }
  if (g_strcmp0 (unit, "percent") == 0 && (value < 0 || value > 100))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("A percentage lies between 0 and 100."));
      return FALSE;
    }
  if (g_strcmp0 (unit, "score") == 0 && (value < 0 || value > 10))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("A score lies between 0 and 10."));
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("This value cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_scope (const IdoTarget  *t,
                GError          **error)
{
  if (t->scope == NULL || !g_strv_contains (scopes, t->scope))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_SCOPE, _("Choose what the target is about."));
      return FALSE;
    }
  if (g_str_equal (t->scope, "library") && t->library_id <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_SCOPE, _("Choose the library organisation."));
      return FALSE;
    }
  if (g_str_equal (t->scope, "location") && t->location_id <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_SCOPE, _("Choose the location."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_baseline (const IdoTarget      *t,
                   const IndicatorInfo  *info,
                   GError              **error)
{
  gboolean growth = g_strcmp0 (t->direction, "growth") == 0;
  int first, last, base_first, base_last;

  if (!t->has_baseline)
    {
      if (growth)
        {
          g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE,
                       _("A growth target needs a baseline: enter the value it grows from."));
          return FALSE;
        }
      return TRUE;
    }
  if (!check_value_for_unit (info->unit, t->baseline_value, IDO_FIELD_BASELINE, error))
    return FALSE;
  if (growth && fabs (t->baseline_value) < 1e-12)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE,
                   _("Growth from zero has no percentage: set an absolute target (at least) instead."));
      return FALSE;
    }
  if (ido_sql_is_blank (t->baseline_period))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE_PERIOD,
                   _("Enter the period of the baseline, e.g. 2024."));
      return FALSE;
    }
  if (!ido_period_is_valid (t->baseline_period))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE_PERIOD,
                   _("“%s” is not a period; write a year (2025) or a quarter (2025Q3)."), t->baseline_period);
      return FALSE;
    }
  period_months (t->period, &first, &last);
  period_months (t->baseline_period, &base_first, &base_last);
  if (base_last >= first)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_BASELINE_PERIOD,
                   _("The baseline must lie before the target's period."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_target_value (const IdoTarget      *t,
                       const IndicatorInfo  *info,
                       GError              **error)
{
  if (g_strcmp0 (t->direction, "growth") != 0)
    return check_value_for_unit (info->unit, t->target_value, IDO_FIELD_TARGET_VALUE, error);
  if (!isfinite (t->target_value) || t->target_value <= -100 || t->target_value > 10000)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_TARGET_VALUE,
                   _("Enter the growth as a percentage above -100, e.g. 20 for 20%% more."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_target (IdoDatabase      *database,
                 const IdoTarget  *t,
                 GError          **error)
{
  IndicatorInfo info = { 0 };
  gboolean ok;

  if (t->indicator_id <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_INDICATOR, _("Choose an indicator."));
      return FALSE;
    }
  if (!load_indicator_info (database, t->indicator_id, &info, error))
    return FALSE;
  ok = FALSE;
  if (!info.has_category && !ido_sql_is_blank (t->category))
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("This indicator has no categories."));
  else if (!validate_scope (t, error))
    ;
  else if (t->period == NULL || !ido_period_is_valid (t->period))
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
                 _("“%s” is not a period; write a year (2025) or a quarter (2025Q3)."), t->period ? t->period : "");
  else if (t->direction == NULL || !g_strv_contains (directions, t->direction))
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose the direction of the target."));
  else if (t->source == NULL || !g_strv_contains (sources, t->source))
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose the source of the values."));
  else
    ok = validate_target_value (t, &info, error) && validate_baseline (t, &info, error);
  g_free (info.unit);
  return ok;
}

static void
bind_target (sqlite3_stmt    *stmt,
             const IdoTarget *t)
{
  gboolean municipality = g_str_equal (t->scope, "municipality");

  ido_sql_bind_id_or_null (stmt, 1, t->agreement_id);
  sqlite3_bind_int64 (stmt, 2, t->indicator_id);
  ido_sql_bind_trimmed (stmt, 3, t->category);
  ido_sql_bind_text (stmt, 4, t->scope);
  /* Only the id that belongs to the scope is kept. */
  ido_sql_bind_id_or_null (stmt, 5, municipality ? t->municipality_id : 0);
  ido_sql_bind_id_or_null (stmt, 6, g_str_equal (t->scope, "library") ? t->library_id : 0);
  ido_sql_bind_id_or_null (stmt, 7, g_str_equal (t->scope, "location") ? t->location_id : 0);
  ido_sql_bind_text (stmt, 8, t->period);
  if (t->has_baseline)
    {
      sqlite3_bind_double (stmt, 9, t->baseline_value);
      ido_sql_bind_text_or_null (stmt, 10, t->baseline_period);
    }
  else
    {
      sqlite3_bind_null (stmt, 9);
      sqlite3_bind_null (stmt, 10);
    }
  sqlite3_bind_double (stmt, 11, t->target_value);
  ido_sql_bind_text (stmt, 12, t->direction);
  ido_sql_bind_text (stmt, 13, t->source);
  ido_sql_bind_text (stmt, 14, t->description);
}

/**
 * ido_target_save:
 *
 * Validates and writes the target: an existing indicator (categories only
 * where it has them), a scope with its organisation or location, a valid
 * period, values within the indicator's unit (percentages 0-100, scores
 * 0-10, counts not negative), a baseline before the period for growth
 * targets. A new target gets its id and uuid.
 */
gboolean
ido_target_save (IdoDatabase  *database,
                 IdoTarget    *target,
                 GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (target->period != NULL)
    g_strstrip (target->period);
  if (target->baseline_period != NULL)
    g_strstrip (target->baseline_period);
  if (!validate_target (database, target, error))
    return FALSE;
  if (target->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO target (agreement_id, indicator_id, category, scope, municipality_id,"
                                 " library_id, location_id, period, baseline_value, baseline_period, target_value,"
                                 " direction, source, description, uuid)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                                 " RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE target SET agreement_id = ?1, indicator_id = ?2, category = ?3, scope = ?4,"
                                 " municipality_id = ?5, library_id = ?6, location_id = ?7, period = ?8,"
                                 " baseline_value = ?9, baseline_period = ?10, target_value = ?11, direction = ?12,"
                                 " source = ?13, description = ?14 WHERE id = ?15 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  bind_target (stmt, target);
  if (target->id != 0)
    sqlite3_bind_int64 (stmt, 15, target->id);
  else
    ido_sql_bind_uuid (stmt, 15, target->uuid);
  if (!ido_database_step_returning_or (database, stmt, &target->id, &target->uuid,
                                       _("This target no longer exists."), error))
    return FALSE;
  ido_database_emit_changed (database, "target");
  return TRUE;
}

gboolean
ido_target_delete (IdoDatabase  *database,
                   gint64        target_id,
                   GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM target WHERE id = ?", target_id, error))
    return FALSE;
  ido_database_emit_changed (database, "target");
  return TRUE;
}

void
ido_manual_value_free (IdoManualValue *value)
{
  if (value == NULL)
    return;
  g_free (value->period);
  g_free (value->entered_on);
  g_free (value);
}

static gboolean
validate_manual_period (const IdoTarget  *t,
                        const char       *period,
                        GError          **error)
{
  int first, last, value_first, value_last;

  if (period == NULL || !ido_period_is_valid (period))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
                   _("“%s” is not a period; write a year (2025) or a quarter (2025Q3)."), period ? period : "");
      return FALSE;
    }
  period_months (t->period, &first, &last);
  period_months (period, &value_first, &value_last);
  if (value_first < first || value_last > last)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_PERIOD,
                   _("The value must be for %s or one of its quarters."), t->period);
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_target_set_manual_value:
 * @period: the target's period or one of its quarters
 * @entered_on: (nullable): the ISO date the value was entered or measured;
 *   %NULL for today
 *
 * Records (or replaces) the value of @period for a target whose values are
 * entered by hand.
 */
gboolean
ido_target_set_manual_value (IdoDatabase  *database,
                             gint64        target_id,
                             const char   *period,
                             double        value,
                             const char   *entered_on,
                             GError      **error)
{
  g_autoptr(IdoTarget) target = NULL;
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  target = ido_target_load (database, target_id, error);
  if (target == NULL)
    return FALSE;
  if (ido_sql_is_blank (entered_on))
    {
      today = ido_today_iso ();
      entered_on = today;
    }
  if (!validate_manual_period (target, period, error) ||
      !check_value_for_unit (target->indicator_unit, value, IDO_FIELD_NUMBER, error) ||
      !ido_validate_date (entered_on, IDO_FIELD_DATE, error))
    return FALSE;
  stmt = ido_database_prepare (database,
                               "INSERT INTO target_manual_value (target_id, period, value, entered_on)"
                               " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (target_id, period)"
                               " DO UPDATE SET value = ?3, entered_on = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target_id);
  sqlite3_bind_text (stmt, 2, period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 3, value);
  sqlite3_bind_text (stmt, 4, entered_on, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "target_manual_value");
  return TRUE;
}

gboolean
ido_target_delete_manual_value (IdoDatabase  *database,
                                gint64        target_id,
                                const char   *period,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database, "DELETE FROM target_manual_value WHERE target_id = ? AND period = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target_id);
  sqlite3_bind_text (stmt, 2, period, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "target_manual_value");
  return TRUE;
}

/**
 * ido_target_list_manual_values:
 *
 * Returns: (transfer container) (element-type IdoManualValue) (nullable):
 *   the values by period
 */
GPtrArray *
ido_target_list_manual_values (IdoDatabase  *database,
                               gint64        target_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_manual_value_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT period, value, entered_on FROM target_manual_value WHERE target_id = ?"
                               " ORDER BY period",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, target_id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoManualValue *v = g_new0 (IdoManualValue, 1);

      v->period = ido_sql_column_dup (stmt, 0);
      v->value = sqlite3_column_double (stmt, 1);
      v->entered_on = ido_sql_column_dup (stmt, 2);
      g_ptr_array_add (list, v);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

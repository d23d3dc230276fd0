/* ido-sisa.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-budget.h"
#include "ido-database.h"
#include "ido-money.h"
#include "ido-sisa.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

/* Meta keys: "sisa.regulation-code", "sisa.line.<key>.code" and
 * "sisa.line.<key>.label". A missing key means the default. */
#define META_REGULATION_CODE "sisa.regulation-code"

static const struct {
  const char *key;
  const char *label;
} lines[IDO_SISA_N_LINES] = {
  [IDO_SISA_LINE_ALLOCATION] = { "allocation", N_("Allocation for the year") },
  [IDO_SISA_LINE_RESERVED_FROM_PREVIOUS] = { "reserved-from-previous", N_("Reserved from the previous year") },
  [IDO_SISA_LINE_SPENT_LIBRARY] = { "spent-library", N_("Spent on financing the library") },
  [IDO_SISA_LINE_SPENT_PROMOTION] = { "spent-promotion", N_("Spent on promotion of the IDO") },
  [IDO_SISA_LINE_SPENT_NETWORK] = { "spent-network", N_("Spent on direction of the network") },
  [IDO_SISA_LINE_SPENT_TOTAL] = { "spent-total", N_("Total spent") },
  [IDO_SISA_LINE_UNSPENT] = { "unspent", N_("Unspent") },
  [IDO_SISA_LINE_RESERVED_FOR_NEXT] = { "reserved-for-next", N_("Reserved for the next year (at most 25%)") },
  [IDO_SISA_LINE_TO_REPAY] = { "to-repay", N_("To be repaid") },
  [IDO_SISA_LINE_OVERSPENT] = { "overspent", N_("Spent beyond the grant (own funds)") },
};

/**
 * ido_sisa_line_get_key:
 *
 * Returns: (transfer none): a stable key such as "spent-library"
 */
const char *
ido_sisa_line_get_key (IdoSisaLine line)
{
  g_return_val_if_fail (line < IDO_SISA_N_LINES, NULL);
  return lines[line].key;
}

/**
 * ido_sisa_line_get_default_label:
 *
 * Returns: (transfer none): what the line means, translated
 */
const char *
ido_sisa_line_get_default_label (IdoSisaLine line)
{
  g_return_val_if_fail (line < IDO_SISA_N_LINES, NULL);
  return _(lines[line].label);
}

static char *
meta_key (IdoSisaLine  line,
          const char  *what)
{
  return g_strdup_printf ("sisa.line.%s.%s", lines[line].key, what);
}

/**
 * ido_sisa_dup_code:
 *
 * Returns: (transfer full): the indicator code set for @line, or ""
 */
char *
ido_sisa_dup_code (IdoDatabase *database,
                   IdoSisaLine  line)
{
  g_autofree char *key = NULL;
  char *code;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (line < IDO_SISA_N_LINES, NULL);

  key = meta_key (line, "code");
  code = ido_database_get_meta (database, key);
  return code != NULL ? code : g_strdup ("");
}

/**
 * ido_sisa_dup_label:
 *
 * Returns: (transfer full): the label set for @line, or its default
 */
char *
ido_sisa_dup_label (IdoDatabase *database,
                    IdoSisaLine  line)
{
  g_autofree char *key = NULL;
  char *label;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (line < IDO_SISA_N_LINES, NULL);

  key = meta_key (line, "label");
  label = ido_database_get_meta (database, key);
  return label != NULL ? label : g_strdup (ido_sisa_line_get_default_label (line));
}

static gboolean
check_single_line (const char  *text,
                   IdoField     field,
                   GError     **error)
{
  if (text != NULL && (strchr (text, '\n') != NULL || strchr (text, '\t') != NULL))
    {
      g_set_error (error, IDO_FIELD_ERROR, field, _("Use one line without tabs."));
      return FALSE;
    }
  return TRUE;
}

/* Stores trimmed @value, or removes the key for empty text or the default. */
static gboolean
store (IdoDatabase  *database,
       const char   *key,
       const char   *value,
       const char   *default_value,
       GError      **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (value ? value : ""));
  gboolean is_default = *clean == '\0' || g_strcmp0 (clean, default_value) == 0;

  return ido_database_set_meta (database, key, is_default ? NULL : clean, error);
}

/**
 * ido_sisa_set_line:
 * @code: (nullable): the indicator code, empty for none
 * @label: (nullable): the label; empty restores the default
 */
gboolean
ido_sisa_set_line (IdoDatabase  *database,
                   IdoSisaLine   line,
                   const char   *code,
                   const char   *label,
                   GError      **error)
{
  g_autofree char *code_key = NULL;
  g_autofree char *label_key = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (line < IDO_SISA_N_LINES, FALSE);

  if (!check_single_line (code, IDO_FIELD_CODE, error) || !check_single_line (label, IDO_FIELD_NAME, error))
    return FALSE;
  code_key = meta_key (line, "code");
  label_key = meta_key (line, "label");
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!store (database, code_key, code, "", error) ||
      !store (database, label_key, label, ido_sisa_line_get_default_label (line), error))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    return FALSE;
  ido_database_emit_changed (database, "meta");
  return TRUE;
}

/**
 * ido_sisa_dup_regulation_code:
 *
 * Returns: (transfer full): the SiSa code of the regulation, or ""
 */
char *
ido_sisa_dup_regulation_code (IdoDatabase *database)
{
  char *code;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  code = ido_database_get_meta (database, META_REGULATION_CODE);
  return code != NULL ? code : g_strdup ("");
}

gboolean
ido_sisa_set_regulation_code (IdoDatabase  *database,
                              const char   *code,
                              GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!check_single_line (code, IDO_FIELD_CODE, error) ||
      !store (database, META_REGULATION_CODE, code, "", error))
    return FALSE;
  ido_database_emit_changed (database, "meta");
  return TRUE;
}

static gint64
line_amount (const IdoSpukSummary *s,
             IdoSisaLine           line)
{
  switch (line)
    {
    case IDO_SISA_LINE_ALLOCATION:
      return s->allocation;
    case IDO_SISA_LINE_RESERVED_FROM_PREVIOUS:
      return s->reserved_from_previous;
    case IDO_SISA_LINE_SPENT_LIBRARY:
      return s->spent[IDO_SPUK_CATEGORY_LIBRARY];
    case IDO_SISA_LINE_SPENT_PROMOTION:
      return s->spent[IDO_SPUK_CATEGORY_PROMOTION];
    case IDO_SISA_LINE_SPENT_NETWORK:
      return s->spent[IDO_SPUK_CATEGORY_NETWORK];
    case IDO_SISA_LINE_SPENT_TOTAL:
      return s->spent_total;
    case IDO_SISA_LINE_UNSPENT:
      return s->unspent;
    case IDO_SISA_LINE_RESERVED_FOR_NEXT:
      return MIN (s->reserved_for_next, s->max_reservable);
    case IDO_SISA_LINE_TO_REPAY:
      return s->to_repay;
    case IDO_SISA_LINE_OVERSPENT:
      return s->overspent;
    case IDO_SISA_N_LINES:
    default:
      g_return_val_if_reached (0);
    }
}

static void
row_free (gpointer data)
{
  IdoSisaRow *row = data;

  g_free (row->code);
  g_free (row->label);
  g_free (row);
}

/**
 * ido_sisa_table_new:
 * @summary: a computed year summary, see ido_budget_load_summary()
 *
 * Returns: (transfer full): the year summary with the user's codes and
 *   labels
 */
IdoSisaTable *
ido_sisa_table_new (IdoDatabase          *database,
                    const IdoSpukSummary *summary)
{
  IdoSisaTable *table;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  table = g_new0 (IdoSisaTable, 1);
  table->year = summary->year;
  table->no_spuk = summary->no_spuk;
  table->allocation_is_estimate = summary->allocation_is_estimate;
  table->regulation_code = ido_sisa_dup_regulation_code (database);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < IDO_SISA_N_LINES; i++)
    {
      IdoSisaRow *row = g_new0 (IdoSisaRow, 1);

      row->line = i;
      row->code = ido_sisa_dup_code (database, i);
      row->label = ido_sisa_dup_label (database, i);
      row->amount = line_amount (summary, i);
      g_ptr_array_add (table->rows, row);
    }
  return table;
}

/**
 * ido_sisa_table_load:
 *
 * Returns: (transfer full) (nullable): the table of @year, or %NULL with
 *   @error when the year has no budget
 */
IdoSisaTable *
ido_sisa_table_load (IdoDatabase  *database,
                     int           year,
                     GError      **error)
{
  IdoSpukSummary summary;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (!ido_budget_load_summary (database, year, &summary, error))
    return NULL;
  return ido_sisa_table_new (database, &summary);
}

void
ido_sisa_table_free (IdoSisaTable *table)
{
  if (table == NULL)
    return;
  g_free (table->regulation_code);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/**
 * ido_sisa_table_to_text:
 *
 * Returns: (transfer full): the table as tab-separated lines, to paste into
 *   a spreadsheet or the SiSa form: a title line, a header and one line per
 *   indicator with the amount in euros ("1.234,56")
 */
char *
ido_sisa_table_to_text (const IdoSisaTable *table)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (table != NULL, NULL);

  if (*table->regulation_code != '\0')
    g_string_append_printf (text, _("SPUK IDO %d, SiSa %s"), table->year, table->regulation_code);
  else
    g_string_append_printf (text, _("SPUK IDO %d"), table->year);
  if (table->no_spuk)
    g_string_append_printf (text, " (%s)", _("no SPUK: gemeentefonds"));
  if (table->allocation_is_estimate)
    g_string_append_printf (text, " (%s)", _("allocation is an estimate"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, "%s\t%s\t%s\n", _("Code"), _("Indicator"), _("Amount (EUR)"));
  for (guint i = 0; i < table->rows->len; i++)
    {
      IdoSisaRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *amount = ido_money_format_plain (row->amount);

      g_string_append_printf (text, "%s\t%s\t%s\n", row->code, row->label, amount);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ido-dossier.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-sql-util.h"

void
ido_own_municipality_free (IdoOwnMunicipality *own)
{
  if (own == NULL)
    return;
  g_free (own->code);
  g_free (own->name);
  g_free (own);
}

/**
 * ido_dossier_get_own_municipality:
 *
 * Returns: (transfer full) (nullable): the municipality the user works for,
 *   or %NULL before one was chosen
 */
IdoOwnMunicipality *
ido_dossier_get_own_municipality (IdoDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  IdoOwnMunicipality *own = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT code, name, is_sample FROM municipality WHERE is_own = 1 "
                               "ORDER BY id LIMIT 1",
                               NULL);
  if (stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row)
    {
      own = g_new0 (IdoOwnMunicipality, 1);
      own->code = ido_sql_column_dup (stmt, 0);
      own->name = ido_sql_column_dup (stmt, 1);
      own->is_sample = sqlite3_column_int (stmt, 2) != 0;
    }
  return own;
}

static gboolean
clear_own (IdoDatabase  *database,
           GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database,
                                             "UPDATE municipality SET is_own = 0 WHERE is_own = 1",
                                             error);

  return stmt != NULL && ido_database_step (database, stmt, NULL, error);
}

static gboolean
upsert_own (IdoDatabase  *database,
            const char   *code,
            const char   *name,
            const char   *province,
            GError      **error)
{
  sqlite3_stmt *stmt;

  if (code != NULL)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO municipality (code, name, province, is_own) VALUES (?, ?, ?, 1) "
                                 "ON CONFLICT (code) DO UPDATE SET is_own = 1, name = excluded.name",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "INSERT INTO municipality (code, name, province, is_own) VALUES (?, ?, ?, 1)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, province, -1, SQLITE_TRANSIENT);
  return ido_database_step (database, stmt, NULL, error);
}

/* A municipality outside the list keeps its row when chosen again by name. */
static gboolean
reuse_by_name (IdoDatabase  *database,
               const char   *name,
               gboolean     *reused,
               GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database,
                                             "UPDATE municipality SET is_own = 1 "
                                             "WHERE code IS NULL AND is_sample = 0 AND name = ?",
                                             error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  *reused = sqlite3_changes (ido_database_get_handle (database)) > 0;
  return TRUE;
}

/**
 * ido_dossier_set_own_municipality:
 * @code: (nullable): a CBS code "GMnnnn", or %NULL for a municipality that
 *   is not in the list
 * @name: the name; for a listed code, %NULL takes the CBS name
 *
 * Records the municipality the user works for, in one transaction.
 */
gboolean
ido_dossier_set_own_municipality (IdoDatabase  *database,
                                  const char   *code,
                                  const char   *name,
                                  GError      **error)
{
  IdoMunicipality *listed = NULL;
  g_autofree char *clean_name = g_strstrip (g_strdup (name ? name : ""));
  const char *province = NULL;
  gboolean reused = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (code != NULL && !ido_municipality_code_is_valid (code))
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT,
                   _("“%s” is not a municipality code: use GM followed by four digits, e.g. GM0363."),
                   code);
      return FALSE;
    }
  if (code != NULL)
    listed = ido_municipality_registry_lookup_code (ido_municipality_registry_get_default (), code);
  if (listed != NULL)
    {
      province = ido_municipality_get_province (listed);
      if (*clean_name == '\0')
        g_set_str (&clean_name, ido_municipality_get_name (listed));
    }
  if (*clean_name == '\0')
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_CONSTRAINT, _("Enter the name of the municipality."));
      return FALSE;
    }
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!clear_own (database, error) ||
      (code == NULL && !reuse_by_name (database, clean_name, &reused, error)) ||
      (!reused && !upsert_own (database, code, clean_name, province, error)))
    {
      ido_database_rollback (database);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    return FALSE;
  ido_database_emit_changed (database, "municipality");
  return TRUE;
}

gboolean
ido_dossier_needs_setup (IdoDatabase *database)
{
  g_autoptr(IdoOwnMunicipality) own = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), TRUE);

  own = ido_dossier_get_own_municipality (database);
  return own == NULL;
}

/* ido-library.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-library.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const outcomes[] = { "certified", "conditional", "not-certified", NULL };

/**
 * ido_served_municipality_new:
 * @id: the municipality row, or 0 when it may not exist yet
 * @code: (nullable): the CBS code
 *
 * Returns: (transfer full): a new entry
 */
IdoServedMunicipality *
ido_served_municipality_new (gint64      id,
                             const char *code,
                             const char *name)
{
  IdoServedMunicipality *m = g_new0 (IdoServedMunicipality, 1);

  m->id = id;
  m->code = ido_sql_is_blank (code) ? NULL : g_strdup (code);
  m->name = g_strdup (name ? name : "");
  return m;
}

void
ido_served_municipality_free (IdoServedMunicipality *municipality)
{
  if (municipality == NULL)
    return;
  g_free (municipality->code);
  g_free (municipality->name);
  g_free (municipality);
}

static gint64
find_municipality (IdoDatabase  *database,
                   const char   *code,
                   const char   *name,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (code != NULL)
    stmt = ido_database_prepare (database, "SELECT id FROM municipality WHERE code = ?", error);
  else
    stmt = ido_database_prepare (database,
                                 "SELECT id FROM municipality WHERE code IS NULL AND name = ? COLLATE NOCASE"
                                 " ORDER BY is_own DESC, id LIMIT 1",
                                 error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, code != NULL ? code : name, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, &has_row, error))
    return -1;
  return has_row ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * ido_library_ensure_municipality:
 * @code: (nullable): a CBS code; the name and province then come from the
 *   CBS list when @name is empty
 * @name: (nullable): the name, required without @code
 *
 * Finds the municipality row for @code (or, without a code, for @name) and
 * creates it when the dossier does not have it yet.
 *
 * Returns: the row id, or 0 with @error
 */
gint64
ido_library_ensure_municipality (IdoDatabase  *database,
                                 const char   *code,
                                 const char   *name,
                                 GError      **error)
{
  IdoMunicipality *listed = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), 0);

  if (ido_sql_is_blank (code))
    code = NULL;
  if (code != NULL && !ido_municipality_code_is_valid (code))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_MUNICIPALITY,
                   _("“%s” is not a municipality code: use GM followed by four digits, e.g. GM0363."), code);
      return 0;
    }
  if (code != NULL)
    listed = ido_municipality_registry_lookup_code (ido_municipality_registry_get_default (), code);
  if (ido_sql_is_blank (name))
    name = listed != NULL ? ido_municipality_get_name (listed) : NULL;
  if (ido_sql_is_blank (name))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_MUNICIPALITY, _("Choose a municipality."));
      return 0;
    }
  id = find_municipality (database, code, name, error);
  if (id != 0)
    return MAX (id, 0);
  stmt = ido_database_prepare (database, "INSERT INTO municipality (code, name, province) VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  ido_sql_bind_text_or_null (stmt, 1, code);
  ido_sql_bind_trimmed (stmt, 2, name);
  ido_sql_bind_text_or_null (stmt, 3, listed != NULL ? ido_municipality_get_province (listed) : NULL);
  if (!ido_database_step (database, stmt, NULL, error))
    return 0;
  return ido_database_last_insert_id (database);
}

/**
 * ido_library_list_municipalities:
 *
 * The municipalities the dossier knows, the own one first, then by name.
 *
 * Returns: (transfer container) (element-type IdoServedMunicipality)
 *   (nullable): the municipalities
 */
GPtrArray *
ido_library_list_municipalities (IdoDatabase  *database,
                                 GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_served_municipality_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT id, code, name FROM municipality ORDER BY is_own DESC, name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, ido_served_municipality_new (sqlite3_column_int64 (stmt, 0),
                                                        (const char *) sqlite3_column_text (stmt, 1),
                                                        (const char *) sqlite3_column_text (stmt, 2)));
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * ido_library_new:
 *
 * Returns: (transfer full): an unsaved library organisation
 */
IdoLibrary *
ido_library_new (void)
{
  IdoLibrary *library = g_new0 (IdoLibrary, 1);

  library->name = g_strdup ("");
  library->website = g_strdup ("");
  library->coordinator_name = g_strdup ("");
  library->coordinator_email = g_strdup ("");
  library->coordinator_phone = g_strdup ("");
  library->notes = g_strdup ("");
  library->municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_served_municipality_free);
  return library;
}

void
ido_library_free (IdoLibrary *library)
{
  if (library == NULL)
    return;
  g_free (library->uuid);
  g_free (library->name);
  g_free (library->website);
  g_free (library->coordinator_name);
  g_free (library->coordinator_email);
  g_free (library->coordinator_phone);
  g_free (library->notes);
  g_ptr_array_unref (library->municipalities);
  g_free (library);
}

static gboolean
same_municipality (const IdoServedMunicipality *m,
                   gint64                       id,
                   const char                  *code,
                   const char                  *name)
{
  if (id > 0 && m->id == id)
    return TRUE;
  if (code != NULL && g_strcmp0 (m->code, code) == 0)
    return TRUE;
  return code == NULL && m->code == NULL && name != NULL && g_utf8_collate (m->name, name) == 0;
}

/**
 * ido_library_add_municipality:
 * @id: the municipality row, or 0
 * @code: (nullable): its CBS code
 * @name: (nullable): its name
 *
 * Returns: %FALSE when the library already serves that municipality
 */
gboolean
ido_library_add_municipality (IdoLibrary *library,
                              gint64      id,
                              const char *code,
                              const char *name)
{
  g_return_val_if_fail (library != NULL, FALSE);

  if (ido_sql_is_blank (code))
    code = NULL;
  for (guint i = 0; i < library->municipalities->len; i++)
    {
      if (same_municipality (g_ptr_array_index (library->municipalities, i), id, code, name))
        return FALSE;
    }
  g_ptr_array_add (library->municipalities, ido_served_municipality_new (id, code, name));
  return TRUE;
}

/**
 * ido_library_dup_municipality_names:
 *
 * Returns: (transfer full): "Voorbeeld, Buurdorp en Naburg"-style list
 */
char *
ido_library_dup_municipality_names (const IdoLibrary *library)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = library->municipalities->len;

  for (guint i = 0; i < n; i++)
    {
      const IdoServedMunicipality *m = g_ptr_array_index (library->municipalities, i);

      if (i > 0)
        g_string_append (text, i + 1 == n ? _(" and ") : ", ");
      g_string_append (text, m->name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
load_served (IdoDatabase  *database,
             IdoLibrary   *library,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT m.id, m.code, m.name FROM library_municipality lm"
                               " JOIN municipality m ON m.id = lm.municipality_id"
                               " WHERE lm.library_id = ? ORDER BY m.is_own DESC, m.name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, library->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    ido_library_add_municipality (library, sqlite3_column_int64 (stmt, 0),
                                  (const char *) sqlite3_column_text (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2));
  return !has_row;
}

static IdoLibrary *
library_from_row (sqlite3_stmt *stmt)
{
  IdoLibrary *library = ido_library_new ();

  library->id = sqlite3_column_int64 (stmt, 0);
  library->uuid = ido_sql_column_dup (stmt, 1);
  g_set_str (&library->name, (const char *) sqlite3_column_text (stmt, 2));
  g_set_str (&library->website, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&library->coordinator_name, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&library->coordinator_email, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&library->coordinator_phone, (const char *) sqlite3_column_text (stmt, 6));
  g_set_str (&library->notes, (const char *) sqlite3_column_text (stmt, 7));
  return library;
}

#define LIBRARY_COLUMNS \
  "id, uuid, name, website, coordinator_name, coordinator_email, coordinator_phone, notes"

/**
 * ido_library_load:
 *
 * Returns: (transfer full) (nullable): the library with the municipalities
 *   it serves, or %NULL with @error
 */
IdoLibrary *
ido_library_load (IdoDatabase  *database,
                  gint64        library_id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoLibrary) library = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, "SELECT " LIBRARY_COLUMNS " FROM library WHERE id = ?", library_id,
                                    _("This library organisation no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  library = library_from_row (stmt);
  sqlite3_reset (stmt);
  if (!load_served (database, library, error))
    return NULL;
  return g_steal_pointer (&library);
}

/**
 * ido_library_list:
 *
 * Returns: (transfer container) (element-type IdoLibrary) (nullable): every
 *   library organisation by name, with the municipalities it serves
 */
GPtrArray *
ido_library_list (IdoDatabase  *database,
                  GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_library_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT " LIBRARY_COLUMNS " FROM library ORDER BY name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, library_from_row (stmt));
  if (has_row)
    return NULL;
  sqlite3_reset (stmt);
  for (guint i = 0; i < list->len; i++)
    {
      if (!load_served (database, g_ptr_array_index (list, i), error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

static gboolean
check_unique_name (IdoDatabase       *database,
                   const IdoLibrary  *library,
                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT 1 FROM library WHERE trim(name) = trim(?1) COLLATE NOCASE AND id <> ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, library->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, library->id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_autofree char *name = g_strstrip (g_strdup (library->name));

      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE,
                   _("There already is a library organisation called “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_library (IdoDatabase       *database,
                  const IdoLibrary  *library,
                  GError           **error)
{
  return ido_validate_required (library->name, IDO_FIELD_NAME, error) &&
         ido_validate_website (library->website, error) &&
         ido_validate_email (library->coordinator_email, error) &&
         ido_validate_phone (library->coordinator_phone, error) &&
         check_unique_name (database, library, error);
}

static gboolean
save_library_row (IdoDatabase  *database,
                  IdoLibrary   *library,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (library->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO library (name, website, coordinator_name, coordinator_email,"
                                 " coordinator_phone, notes, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                 " RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE library SET name = ?1, website = ?2, coordinator_name = ?3,"
                                 " coordinator_email = ?4, coordinator_phone = ?5, notes = ?6 WHERE id = ?7"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, library->name);
  ido_sql_bind_trimmed (stmt, 2, library->website);
  ido_sql_bind_trimmed (stmt, 3, library->coordinator_name);
  ido_sql_bind_trimmed (stmt, 4, library->coordinator_email);
  ido_sql_bind_trimmed (stmt, 5, library->coordinator_phone);
  ido_sql_bind_text (stmt, 6, library->notes);
  if (library->id != 0)
    sqlite3_bind_int64 (stmt, 7, library->id);
  else
    ido_sql_bind_uuid (stmt, 7, library->uuid);
  return ido_database_step_returning (database, stmt, &library->id, &library->uuid, error);
}

static gboolean
save_served (IdoDatabase  *database,
             IdoLibrary   *library,
             GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM library_municipality WHERE library_id = ?", library->id, error))
    return FALSE;
  for (guint i = 0; i < library->municipalities->len; i++)
    {
      IdoServedMunicipality *m = g_ptr_array_index (library->municipalities, i);
      gint64 id = m->id;

      if (id <= 0)
        id = ido_library_ensure_municipality (database, m->code, m->name, error);
      if (id <= 0)
        return FALSE;
      stmt = ido_database_prepare (database,
                                   "INSERT OR IGNORE INTO library_municipality (library_id, municipality_id)"
                                   " VALUES (?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, library->id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
      m->id = id;
    }
  return TRUE;
}

/**
 * ido_library_save:
 *
 * Validates (name required and unique, website, e-mail and phone of the
 * coordinator) and writes the library with the municipalities it serves in
 * one transaction; nothing is written when anything fails. A new library
 * gets its id and uuid filled in.
 */
gboolean
ido_library_save (IdoDatabase  *database,
                  IdoLibrary   *library,
                  GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (library != NULL, FALSE);

  if (!validate_library (database, library, error))
    return FALSE;
  old_id = library->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_library_row (database, library, error) ||
      !save_served (database, library, error))
    {
      ido_database_rollback (database);
      library->id = old_id;
      if (old_id == 0)
        g_clear_pointer (&library->uuid, g_free);
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    {
      library->id = old_id;
      if (old_id == 0)
        g_clear_pointer (&library->uuid, g_free);
      return FALSE;
    }
  ido_database_emit_changed (database, "library");
  ido_database_emit_changed (database, "municipality");
  return TRUE;
}

/**
 * ido_library_delete:
 *
 * Removes the library with its certifications; its locations and
 * agreements stay, without a library.
 */
gboolean
ido_library_delete (IdoDatabase  *database,
                    gint64        library_id,
                    GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM library WHERE id = ?", library_id, error))
    return FALSE;
  ido_database_emit_changed (database, "library");
  ido_database_emit_changed (database, "certification");
  ido_database_emit_changed (database, "location");
  ido_database_emit_changed (database, "agreement");
  return TRUE;
}

/* Certifications */

/**
 * ido_certification_outcomes:
 *
 * Returns: (transfer none): the outcome codes, %NULL-terminated
 */
const char * const *
ido_certification_outcomes (void)
{
  return outcomes;
}

/**
 * ido_certification_outcome_get_label:
 *
 * Returns: (transfer none): the translated outcome (gecertificeerd,
 *   voorwaardelijk, niet gecertificeerd)
 */
const char *
ido_certification_outcome_get_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "certified") == 0)
    return C_("cbct", "Certified");
  if (g_strcmp0 (outcome, "conditional") == 0)
    return C_("cbct", "Conditionally certified");
  if (g_strcmp0 (outcome, "not-certified") == 0)
    return C_("cbct", "Not certified");
  return "";
}

/**
 * ido_certification_new:
 * @library_id: the library organisation
 *
 * Returns: (transfer full): an unsaved certification
 */
IdoCertification *
ido_certification_new (gint64 library_id)
{
  IdoCertification *c = g_new0 (IdoCertification, 1);

  c->library_id = library_id;
  c->library_name = g_strdup ("");
  c->outcome = g_strdup ("certified");
  c->report_notes = g_strdup ("");
  c->improvement_points = g_strdup ("");
  return c;
}

void
ido_certification_free (IdoCertification *certification)
{
  if (certification == NULL)
    return;
  g_free (certification->uuid);
  g_free (certification->library_name);
  g_free (certification->certified_until);
  g_free (certification->outcome);
  g_free (certification->report_notes);
  g_free (certification->improvement_points);
  g_free (certification);
}

#define CERTIFICATION_SELECT \
  "SELECT c.id, c.uuid, c.library_id, l.name, c.certified_until, c.outcome, c.report_notes," \
  " c.improvement_points FROM certification c JOIN library l ON l.id = c.library_id"

static IdoCertification *
certification_from_row (sqlite3_stmt *stmt)
{
  IdoCertification *c = ido_certification_new (sqlite3_column_int64 (stmt, 2));

  c->id = sqlite3_column_int64 (stmt, 0);
  c->uuid = ido_sql_column_dup (stmt, 1);
  g_set_str (&c->library_name, (const char *) sqlite3_column_text (stmt, 3));
  c->certified_until = ido_sql_column_dup (stmt, 4);
  g_set_str (&c->outcome, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&c->report_notes, (const char *) sqlite3_column_text (stmt, 6));
  g_set_str (&c->improvement_points, (const char *) sqlite3_column_text (stmt, 7));
  return c;
}

/**
 * ido_certification_load:
 *
 * Returns: (transfer full) (nullable): the certification, or %NULL with @error
 */
IdoCertification *
ido_certification_load (IdoDatabase  *database,
                        gint64        certification_id,
                        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, CERTIFICATION_SELECT " WHERE c.id = ?", certification_id,
                                    _("This certification no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return certification_from_row (stmt);
}

static GPtrArray *
list_certifications (IdoDatabase   *database,
                     const char    *sql,
                     gint64         library_id,
                     GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_certification_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  if (library_id > 0)
    sqlite3_bind_int64 (stmt, 1, library_id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, certification_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * ido_certification_list:
 * @library_id: a library organisation, or 0 for all
 *
 * Returns: (transfer container) (element-type IdoCertification) (nullable):
 *   the certifications, the latest first
 */
GPtrArray *
ido_certification_list (IdoDatabase  *database,
                        gint64        library_id,
                        GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  if (library_id > 0)
    return list_certifications (database,
                                CERTIFICATION_SELECT " WHERE c.library_id = ?1 ORDER BY c.certified_until DESC",
                                library_id, error);
  return list_certifications (database,
                              CERTIFICATION_SELECT " ORDER BY c.certified_until DESC, l.name COLLATE NOCASE",
                              0, error);
}

/**
 * ido_certification_list_due:
 * @today: (nullable): today's ISO date, or %NULL for the real date
 *
 * The current certification of each library organisation (the one valid
 * the longest) when its self-evaluation or audit falls within six months,
 * or when it has expired. Older certifications were succeeded and are not
 * listed.
 *
 * Returns: (transfer container) (element-type IdoCertification) (nullable):
 *   the certifications needing attention, the most urgent first
 */
GPtrArray *
ido_certification_list_due (IdoDatabase  *database,
                            const char   *today,
                            GError      **error)
{
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_certification_free);

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  latest = list_certifications (database,
                                CERTIFICATION_SELECT
                                " WHERE c.certified_until = (SELECT max(c2.certified_until) FROM certification c2"
                                "   WHERE c2.library_id = c.library_id)"
                                " ORDER BY c.certified_until, l.name COLLATE NOCASE",
                                0, error);
  if (latest == NULL)
    return NULL;
  for (guint i = 0; i < latest->len; i++)
    {
      IdoCertification *c = g_ptr_array_index (latest, i);
      IdoCbctSchedule schedule;

      if (ido_cbct_schedule_compute (c->certified_until, today, &schedule) &&
          (schedule.due_soon || schedule.expired))
        g_ptr_array_add (due, g_steal_pointer (&latest->pdata[i]));
    }
  return g_steal_pointer (&due);
}

static char *
format_date (const GDate *date)
{
  g_autofree char *iso = ido_date_format_iso (date);

  return ido_date_to_user (iso);
}

/**
 * ido_certification_describe_schedule:
 * @today: (nullable): today's ISO date, or %NULL for the real date
 *
 * Returns: (transfer full): e.g. "Audit in Q1 2027; self-evaluation due
 *   18-11-2026", or that the certificate expired
 */
char *
ido_certification_describe_schedule (const IdoCertification *certification,
                                     const char             *today)
{
  IdoCbctSchedule schedule;
  g_autofree char *due = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (certification != NULL, NULL);

  if (!ido_cbct_schedule_compute (certification->certified_until, today, &schedule))
    return g_strdup ("");
  until = ido_date_to_user (certification->certified_until);
  if (schedule.expired)
    return g_strdup_printf (_("Certificate expired on %s"), until);
  due = format_date (&schedule.self_evaluation_due);
  if (ido_certification_self_evaluation_overdue (certification, today))
    /* Translators: "Audit in Q1 2027; self-evaluation was due 18-11-2026" */
    return g_strdup_printf (_("Audit in Q%d %d; self-evaluation was due %s"),
                            schedule.audit_quarter, schedule.audit_year, due);
  /* Translators: "Audit in Q1 2027; self-evaluation due 18-11-2026" */
  return g_strdup_printf (_("Audit in Q%d %d; self-evaluation due %s"),
                          schedule.audit_quarter, schedule.audit_year, due);
}

/**
 * ido_certification_self_evaluation_overdue:
 * @today: (nullable): today's ISO date, or %NULL for the real date
 *
 * Returns: whether the self-evaluation deadline has passed while the
 *   certificate still runs
 */
gboolean
ido_certification_self_evaluation_overdue (const IdoCertification *certification,
                                           const char             *today)
{
  IdoCbctSchedule schedule;
  g_autofree char *due = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (certification != NULL, FALSE);

  if (!ido_cbct_schedule_compute (certification->certified_until, today, &schedule) || schedule.expired)
    return FALSE;
  due = ido_date_format_iso (&schedule.self_evaluation_due);
  if (today == NULL)
    {
      now = ido_today_iso ();
      today = now;
    }
  return strcmp (today, due) > 0;
}

static gboolean
validate_certification (const IdoCertification  *c,
                        GError                 **error)
{
  if (c->library_id <= 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_LIBRARY, _("Choose the library organisation."));
      return FALSE;
    }
  if (!ido_validate_required (c->certified_until, IDO_FIELD_END_DATE, error) ||
      !ido_validate_date (c->certified_until, IDO_FIELD_END_DATE, error))
    return FALSE;
  if (c->outcome == NULL || !g_strv_contains (outcomes, c->outcome))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the outcome of the audit."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_certification_save:
 *
 * Validates and writes the certification; a new one gets its id and uuid.
 */
gboolean
ido_certification_save (IdoDatabase       *database,
                        IdoCertification  *certification,
                        GError           **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (certification != NULL, FALSE);

  if (!validate_certification (certification, error))
    return FALSE;
  if (certification->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO certification (library_id, certified_until, outcome, report_notes,"
                                 " improvement_points, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE certification SET library_id = ?1, certified_until = ?2, outcome = ?3,"
                                 " report_notes = ?4, improvement_points = ?5 WHERE id = ?6 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, certification->library_id);
  ido_sql_bind_text (stmt, 2, certification->certified_until);
  ido_sql_bind_text (stmt, 3, certification->outcome);
  ido_sql_bind_text (stmt, 4, certification->report_notes);
  ido_sql_bind_text (stmt, 5, certification->improvement_points);
  if (certification->id != 0)
    sqlite3_bind_int64 (stmt, 6, certification->id);
  else
    ido_sql_bind_uuid (stmt, 6, certification->uuid);
  if (!ido_database_step_returning (database, stmt, &certification->id, &certification->uuid, error))
    return FALSE;
  ido_database_emit_changed (database, "certification");
  return TRUE;
}

gboolean
ido_certification_delete (IdoDatabase  *database,
                          gint64        certification_id,
                          GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM certification WHERE id = ?", certification_id, error))
    return FALSE;
  ido_database_emit_changed (database, "certification");
  return TRUE;
}

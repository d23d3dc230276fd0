/* ido-sql-util.h: small helpers for binding and reading columns
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

static inline char *
ido_sql_column_dup (sqlite3_stmt *stmt,
                    int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* NULL for an SQL NULL, so optional dates stay optional. */
static inline char *
ido_sql_column_dup_or_null (sqlite3_stmt *stmt,
                            int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static inline void
ido_sql_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

/* Trimmed; empty text is stored as "". */
static inline void
ido_sql_bind_trimmed (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  sqlite3_bind_text (stmt, index, g_strstrip (g_strdup (text ? text : "")), -1, g_free);
}

static inline void
ido_sql_bind_text_or_null (sqlite3_stmt *stmt,
                           int           index,
                           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* A positive value (an id, or a count that is only known when above zero);
 * zero or less is stored as NULL. */
static inline void
ido_sql_bind_id_or_null (sqlite3_stmt *stmt,
                         int           index,
                         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Empty text counts as "not given". */
static inline gboolean
ido_sql_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }
  return TRUE;
}

/* A new row gets a fresh random uuid; a row restored by undo its old one. */
static inline void
ido_sql_bind_uuid (sqlite3_stmt *stmt,
                   int           index,
                   const char   *uuid)
{
  sqlite3_bind_text (stmt, index, uuid ? g_strdup (uuid) : g_uuid_string_random (), -1, g_free);
}

/* Like ido_sql_column_dup() but "" for NULL, for fields that are never NULL
 * in the structs. */
static inline char *
ido_sql_column_text (sqlite3_stmt *stmt,
                     int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text ? text : "");
}

G_END_DECLS

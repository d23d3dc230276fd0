/* ido-database.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_DB_ERROR (ido_db_error_quark ())

typedef enum
{
  IDO_DB_ERROR_OPEN,          /* the file cannot be opened or created */
  IDO_DB_ERROR_NEWER_SCHEMA,  /* made by a newer IDO Regie; left untouched */
  IDO_DB_ERROR_MIGRATION,     /* a migration failed; rolled back */
  IDO_DB_ERROR_CORRUPT,       /* not a database, or the integrity check failed */
  IDO_DB_ERROR_CONSTRAINT,    /* a write broke a rule of the schema */
  IDO_DB_ERROR_BUSY,          /* another program holds the database */
  IDO_DB_ERROR_SQL,           /* any other SQLite failure */
  IDO_DB_ERROR_NOT_FOUND,
} IdoDbError;

#define IDO_TYPE_DATABASE (ido_database_get_type ())

G_DECLARE_FINAL_TYPE (IdoDatabase, ido_database, IDO, DATABASE, GObject)

GQuark        ido_db_error_quark               (void);
void          ido_core_ensure_resources        (void);
char         *ido_database_get_default_path    (void);
int           ido_database_get_latest_version  (void);
IdoDatabase  *ido_database_open                (const char   *path,
                                                GError      **error);
IdoDatabase  *ido_database_open_at_version     (const char   *path,
                                                int           version,
                                                GError      **error);
const char   *ido_database_get_path            (IdoDatabase  *self);
int           ido_database_get_version         (IdoDatabase  *self);
sqlite3      *ido_database_get_handle          (IdoDatabase  *self);
sqlite3_stmt *ido_database_prepare             (IdoDatabase  *self,
                                                const char   *sql,
                                                GError      **error);
gboolean      ido_database_step                (IdoDatabase  *self,
                                                sqlite3_stmt *stmt,
                                                gboolean     *has_row,
                                                GError      **error);
gboolean      ido_database_step_row            (IdoDatabase  *self,
                                                sqlite3_stmt *stmt,
                                                const char   *not_found_message,
                                                GError      **error);
sqlite3_stmt *ido_database_select_by_id        (IdoDatabase  *self,
                                                const char   *sql,
                                                gint64        id,
                                                const char   *not_found_message,
                                                GError      **error);
gboolean      ido_database_run_with_id         (IdoDatabase  *self,
                                                const char   *sql,
                                                gint64        id,
                                                GError      **error);
gboolean      ido_database_collect_ids         (IdoDatabase  *self,
                                                const char   *sql,
                                                gint64        id,
                                                GArray       *ids,
                                                GError      **error);
gboolean      ido_database_delete_except       (IdoDatabase  *self,
                                                const char   *sql,
                                                gint64        parent_id,
                                                GArray       *keep,
                                                GError      **error);
gboolean      ido_database_step_returning      (IdoDatabase  *self,
                                                sqlite3_stmt *stmt,
                                                gint64       *id,
                                                char        **uuid,
                                                GError      **error);
gboolean      ido_database_step_returning_or   (IdoDatabase  *self,
                                                sqlite3_stmt *stmt,
                                                gint64       *id,
                                                char        **uuid,
                                                const char   *not_found_message,
                                                GError      **error);
gboolean      ido_database_exec                (IdoDatabase  *self,
                                                const char   *sql,
                                                GError      **error);
gboolean      ido_database_begin               (IdoDatabase  *self,
                                                GError      **error);
gboolean      ido_database_commit              (IdoDatabase  *self,
                                                GError      **error);
void          ido_database_rollback            (IdoDatabase  *self);
gint64        ido_database_last_insert_id      (IdoDatabase  *self);
gint64        ido_database_count               (IdoDatabase  *self,
                                                const char   *table);
char         *ido_database_get_meta            (IdoDatabase  *self,
                                                const char   *key);
gboolean      ido_database_set_meta            (IdoDatabase  *self,
                                                const char   *key,
                                                const char   *value,
                                                GError      **error);
void          ido_database_emit_changed        (IdoDatabase  *self,
                                                const char   *table);
gboolean      ido_database_backup              (IdoDatabase  *self,
                                                const char   *destination,
                                                GError      **error);
gboolean      ido_database_restore             (IdoDatabase  *self,
                                                const char   *source,
                                                GError      **error);
void          ido_database_backup_async        (IdoDatabase         *self,
                                                const char          *destination,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean      ido_database_backup_finish       (IdoDatabase         *self,
                                                GAsyncResult        *result,
                                                GError             **error);
void          ido_database_restore_async       (IdoDatabase         *self,
                                                const char          *source,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean      ido_database_restore_finish      (IdoDatabase         *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_reset)

G_END_DECLS

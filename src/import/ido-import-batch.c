/* ido-import-batch.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-import-batch.h"
#include "ido-sql-util.h"

struct _IdoImportBatch
{
  GObject  parent_instance;

  gint64   id;
  char    *file_name;
  char    *imported_at;
  char    *source;
  guint64  n_new;
  guint64  n_changed;
  guint64  n_unchanged;
  guint64  n_rejected;
  char    *reverted_at;
};

G_DEFINE_FINAL_TYPE (IdoImportBatch, ido_import_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_REVERTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ido_import_batch_finalize (GObject *object)
{
  IdoImportBatch *self = (IdoImportBatch *) object;

  g_free (self->file_name);
  g_free (self->imported_at);
  g_free (self->source);
  g_free (self->reverted_at);

  G_OBJECT_CLASS (ido_import_batch_parent_class)->finalize (object);
}

static void
ido_import_batch_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoImportBatch *self = IDO_IMPORT_BATCH (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_REVERTED:
      g_value_set_boolean (value, self->reverted_at != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_import_batch_class_init (IdoImportBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_import_batch_finalize;
  object_class->get_property = ido_import_batch_get_property;

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVERTED] =
    g_param_spec_boolean ("reverted", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_import_batch_init (IdoImportBatch *self)
{
}

gint64
ido_import_batch_get_id (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), 0);

  return self->id;
}

const char *
ido_import_batch_get_file_name (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), NULL);

  return self->file_name;
}

/**
 * ido_import_batch_get_imported_at:
 *
 * Returns: when the batch was imported, ISO 8601 in UTC
 */
const char *
ido_import_batch_get_imported_at (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), NULL);

  return self->imported_at;
}

/**
 * ido_import_batch_get_source:
 *
 * Returns: the name of the preset the mapping came from, or "" when the
 *   columns were mapped for this file only
 */
const char *
ido_import_batch_get_source (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), NULL);

  return self->source;
}

guint64
ido_import_batch_get_n_new (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), 0);

  return self->n_new;
}

guint64
ido_import_batch_get_n_changed (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), 0);

  return self->n_changed;
}

guint64
ido_import_batch_get_n_unchanged (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), 0);

  return self->n_unchanged;
}

guint64
ido_import_batch_get_n_rejected (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), 0);

  return self->n_rejected;
}

/**
 * ido_import_batch_get_reverted_at:
 *
 * Returns: (nullable): when the batch was reverted, or %NULL
 */
const char *
ido_import_batch_get_reverted_at (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), NULL);

  return self->reverted_at;
}

gboolean
ido_import_batch_get_reverted (IdoImportBatch *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH (self), FALSE);

  return self->reverted_at != NULL;
}

static guint64
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint64) MAX (sqlite3_column_int64 (stmt, column), 0);
}

/**
 * ido_import_batch_list:
 *
 * Returns: (transfer full): every import batch as #IdoImportBatch, newest
 *   first, reverted ones included; %NULL with @error
 */
GListModel *
ido_import_batch_list (IdoDatabase  *database,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (IDO_TYPE_IMPORT_BATCH);
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT id, file_name, imported_at, "
                               "  CASE WHEN json_valid (mapping) THEN coalesce (json_extract (mapping, '$.name'), '') "
                               "       ELSE '' END, "
                               "  rows_new, rows_changed, rows_unchanged, rows_rejected, reverted_at "
                               "FROM import_batch ORDER BY imported_at DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      IdoImportBatch *batch = g_object_new (IDO_TYPE_IMPORT_BATCH, NULL);

      batch->id = sqlite3_column_int64 (stmt, 0);
      batch->file_name = ido_sql_column_dup (stmt, 1);
      batch->imported_at = ido_sql_column_dup (stmt, 2);
      batch->source = ido_sql_column_dup (stmt, 3);
      batch->n_new = column_count (stmt, 4);
      batch->n_changed = column_count (stmt, 5);
      batch->n_unchanged = column_count (stmt, 6);
      batch->n_rejected = column_count (stmt, 7);
      batch->reverted_at = ido_sql_column_dup_or_null (stmt, 8);
      g_list_store_append (store, batch);
      g_object_unref (batch);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

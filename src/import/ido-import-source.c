/* ido-import-source.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-import-error.h"
#include "ido-import-source.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

struct _IdoImportSource
{
  GObject  parent_instance;

  char    *name;
  char    *headers;
  guint    n_columns;
  char    *fetch_url;
  char    *updated_at;
};

G_DEFINE_FINAL_TYPE (IdoImportSource, ido_import_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_HEADERS,
  PROP_FETCH_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ido_import_source_finalize (GObject *object)
{
  IdoImportSource *self = (IdoImportSource *) object;

  g_free (self->name);
  g_free (self->headers);
  g_free (self->fetch_url);
  g_free (self->updated_at);

  G_OBJECT_CLASS (ido_import_source_parent_class)->finalize (object);
}

static void
ido_import_source_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  IdoImportSource *self = IDO_IMPORT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_HEADERS:
      g_value_set_string (value, self->headers);
      break;
    case PROP_FETCH_URL:
      g_value_set_string (value, self->fetch_url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_import_source_class_init (IdoImportSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_import_source_finalize;
  object_class->get_property = ido_import_source_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADERS] =
    g_param_spec_string ("headers", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FETCH_URL] =
    g_param_spec_string ("fetch-url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_import_source_init (IdoImportSource *self)
{
}

const char *
ido_import_source_get_name (IdoImportSource *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE (self), NULL);

  return self->name;
}

/**
 * ido_import_source_get_headers:
 *
 * Returns: the column names the preset reads, joined with ", "
 */
const char *
ido_import_source_get_headers (IdoImportSource *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE (self), NULL);

  return self->headers;
}

guint
ido_import_source_get_n_columns (IdoImportSource *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE (self), 0);

  return self->n_columns;
}

/**
 * ido_import_source_get_fetch_url:
 *
 * Returns: the saved https:// address, or "" when there is none
 */
const char *
ido_import_source_get_fetch_url (IdoImportSource *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE (self), NULL);

  return self->fetch_url;
}

const char *
ido_import_source_get_updated_at (IdoImportSource *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_SOURCE (self), NULL);

  return self->updated_at;
}

/**
 * ido_import_source_list:
 *
 * Returns: (transfer full): the presets as #IdoImportSource, by name, or
 *   %NULL with @error
 */
GListModel *
ido_import_source_list (IdoDatabase  *database,
                        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (IDO_TYPE_IMPORT_SOURCE);
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  /* The columns the mapping uses (not the ignored ones), in file order. */
  stmt = ido_database_prepare (database,
                               "SELECT p.name, p.fetch_url, p.updated_at, "
                               "  (SELECT group_concat (json_extract (c.value, '$.header'), ', ') "
                               "     FROM json_each (p.mapping, '$.columns') c "
                               "    WHERE coalesce (json_extract (c.value, '$.field'), 'none') != 'none' "
                               "      AND coalesce (json_extract (c.value, '$.header'), '') != ''), "
                               "  coalesce (json_array_length (p.mapping, '$.columns'), 0) "
                               "FROM import_preset p ORDER BY p.name COLLATE NOCASE, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      IdoImportSource *source = g_object_new (IDO_TYPE_IMPORT_SOURCE, NULL);

      source->name = ido_sql_column_dup (stmt, 0);
      source->fetch_url = ido_sql_column_dup (stmt, 1);
      source->updated_at = ido_sql_column_dup (stmt, 2);
      source->headers = g_strdup (sqlite3_column_text (stmt, 3) != NULL ?
                                  (const char *) sqlite3_column_text (stmt, 3) : "");
      source->n_columns = (guint) sqlite3_column_int64 (stmt, 4);
      g_list_store_append (store, source);
      g_object_unref (source);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static gboolean
url_error (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, IDO_FIELD_ERROR, IDO_FIELD_WEBSITE, message);
  return FALSE;
}

/**
 * ido_import_source_validate_url:
 * @url: (nullable): what was typed
 *
 * An address to fetch must be https:// with a host, without spaces and
 * without a user name or password in it. Empty is fine: no address.
 *
 * Returns: %FALSE with an IDO_FIELD_ERROR (IDO_FIELD_WEBSITE) @error
 */
gboolean
ido_import_source_validate_url (const char  *url,
                                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (url != NULL ? url : ""));
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (*trimmed == '\0')
    return TRUE;
  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
        return url_error (error, _("A web address has no spaces. Copy the address of the download again."));
    }
  uri = g_uri_parse (trimmed, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "https") != 0)
    return url_error (error, _("Only secure addresses can be fetched: the address must start with https://."));
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return url_error (error, _("This is not a web address. Copy the address of the download, starting with "
                               "https://."));
  if (g_uri_get_userinfo (uri) != NULL)
    return url_error (error, _("Leave the user name and password out of the address."));
  return TRUE;
}

/**
 * ido_import_source_dup_fetch_url:
 *
 * Returns: (transfer full): the saved address of preset @preset_name ("" when
 *   none was saved), or %NULL with @error when there is no such preset
 */
char *
ido_import_source_dup_fetch_url (IdoDatabase  *database,
                                 const char   *preset_name,
                                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  char *url;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (preset_name != NULL, NULL);

  stmt = ido_database_prepare (database, "SELECT fetch_url FROM import_preset WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, preset_name);
  if (!ido_database_step (database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND, _("There is no preset “%s”."), preset_name);
      return NULL;
    }
  url = ido_sql_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return url;
}

/**
 * ido_import_source_set_fetch_url:
 * @url: (nullable): an https:// address, or empty/%NULL for none
 *
 * Saves the address preset @preset_name is fetched from, after
 * ido_import_source_validate_url(); nothing is saved when it fails.
 *
 * Returns: %FALSE with @error (IDO_FIELD_ERROR for the address,
 *   IDO_IMPORT_ERROR_NOT_FOUND without such a preset)
 */
gboolean
ido_import_source_set_fetch_url (IdoDatabase  *database,
                                 const char   *preset_name,
                                 const char   *url,
                                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (url != NULL ? url : ""));

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (preset_name != NULL, FALSE);

  if (!ido_import_source_validate_url (trimmed, error))
    return FALSE;
  stmt = ido_database_prepare (database,
                               "UPDATE import_preset SET fetch_url = ?2 WHERE name = ?1 AND fetch_url != ?2 "
                               "RETURNING id",
                               error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, preset_name);
  ido_sql_bind_text (stmt, 2, trimmed);
  {
    gboolean has_row = FALSE;

    if (!ido_database_step (database, stmt, &has_row, error))
      return FALSE;
    sqlite3_reset (stmt);
    if (has_row)
      {
        ido_database_emit_changed (database, "import_preset");
        return TRUE;
      }
  }
  /* Nothing changed: the same address, or no such preset. */
  {
    g_autofree char *current = ido_import_source_dup_fetch_url (database, preset_name, error);

    return current != NULL;
  }
}

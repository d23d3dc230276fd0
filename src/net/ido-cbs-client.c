/* ido-cbs-client.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ido-cbs-client.h"
#include "ido-http.h"

struct _IdoCbsClient
{
  GObject  parent_instance;

  char    *base_url;
  char    *ca_file;
  guint    timeout;
  gsize    max_size;
};

/* Everything the worker thread needs, copied so the client may change. */
typedef struct
{
  char     *url;
  char     *ca_file;
  guint     timeout;
  gsize     max_size;
  int       year;

  /* Filled by the transfer */
  GByteArray   *body;
} FetchData;

G_DEFINE_FINAL_TYPE (IdoCbsClient, ido_cbs_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (ido-cbs-error-quark, ido_cbs_error)

static void
fetch_data_free (gpointer data)
{
  FetchData *fetch = data;

  g_free (fetch->url);
  g_free (fetch->ca_file);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch);
}

static gboolean
on_write_cb (const guint8 *data,
             gsize         length,
             gpointer      user_data)
{
  FetchData *fetch = user_data;

  g_byte_array_append (fetch->body, data, length);
  return TRUE;
}

static void
set_transfer_error (GError          **error,
                    IdoHttpResponse  *response,
                    FetchData        *fetch)
{
  const char *keep = _("The number you entered is kept.");

  switch (response->outcome)
    {
    case IDO_HTTP_OFFLINE:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_OFFLINE,
                   _("CBS could not be reached: check the internet connection. %s"), keep);
      break;
    case IDO_HTTP_TIMEOUT:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_TIMEOUT,
                   g_dngettext (GETTEXT_PACKAGE, "CBS did not answer within %u second. %s",
                                "CBS did not answer within %u seconds. %s", fetch->timeout),
                   fetch->timeout, keep);
      break;
    case IDO_HTTP_TOO_LARGE:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_TOO_LARGE,
                   _("The answer from CBS was larger than expected and was not read. %s"), keep);
      break;
    case IDO_HTTP_CERTIFICATE:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_CERTIFICATE,
                   _("The secure connection to CBS could not be verified, so nothing was read. %s"), keep);
      break;
    case IDO_HTTP_STATUS:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_HTTP,
                   _("CBS answered with error %ld. %s"), response->status, keep);
      break;
    case IDO_HTTP_CANCELLED:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The fetch was cancelled."));
      break;
    case IDO_HTTP_OK:
    case IDO_HTTP_NOT_HTTPS:
    case IDO_HTTP_REFUSED:
    case IDO_HTTP_FAILED:
    default:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_FAILED,
                   _("Fetching from CBS failed (%s). %s"),
                   response->detail != NULL ? response->detail : "https", keep);
      break;
    }
}

/* Runs the transfer; on success fetch->body holds the answer. */
static gboolean
transfer (FetchData     *fetch,
          GCancellable  *cancellable,
          GError       **error)
{
  IdoHttpResponse response;
  IdoHttpRequest request = {
    .url = fetch->url,
    .ca_file = fetch->ca_file,
    .timeout = fetch->timeout,
    .max_size = fetch->max_size,
    .cancellable = cancellable,
    .write = on_write_cb,
    .user_data = fetch,
  };
  gboolean ok;

  fetch->body = g_byte_array_new ();
  ok = ido_http_get (&request, &response) == IDO_HTTP_OK;
  if (!ok)
    set_transfer_error (error, &response, fetch);
  ido_http_response_clear (&response);
  return ok;
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  FetchData *fetch = task_data;
  GHashTable *table;
  GError *error = NULL;

  if (!transfer (fetch, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  table = ido_cbs_parse_inhabitants ((const char *) fetch->body->data, fetch->body->len, fetch->year, &error);
  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, (GDestroyNotify) g_hash_table_unref);
}

static void
ido_cbs_client_finalize (GObject *object)
{
  IdoCbsClient *self = (IdoCbsClient *) object;

  g_free (self->base_url);
  g_free (self->ca_file);

  G_OBJECT_CLASS (ido_cbs_client_parent_class)->finalize (object);
}

static void
ido_cbs_client_class_init (IdoCbsClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_cbs_client_finalize;

  /* Once, before any transfer thread runs. */
  ido_http_global_init ();
}

static void
ido_cbs_client_init (IdoCbsClient *self)
{
  self->base_url = g_strdup (IDO_CBS_DEFAULT_BASE_URL);
  self->timeout = IDO_CBS_DEFAULT_TIMEOUT;
  self->max_size = IDO_CBS_DEFAULT_MAX_SIZE;
}

/**
 * ido_cbs_client_new:
 *
 * Returns: (transfer full): a client for CBS StatLine over HTTPS with
 *   certificate verification, a timeout and a size limit
 */
IdoCbsClient *
ido_cbs_client_new (void)
{
  return g_object_new (IDO_TYPE_CBS_CLIENT, NULL);
}

/**
 * ido_cbs_client_set_base_url:
 * @base_url: the table's OData URL, without a trailing slash; must be https
 */
void
ido_cbs_client_set_base_url (IdoCbsClient *self,
                             const char   *base_url)
{
  g_return_if_fail (IDO_IS_CBS_CLIENT (self));
  g_return_if_fail (base_url != NULL);

  g_set_str (&self->base_url, base_url);
}

/**
 * ido_cbs_client_set_ca_file:
 * @ca_file: (nullable): a PEM file with the certificates to trust instead
 *   of the system's, or %NULL for the system's (tests use a test CA)
 */
void
ido_cbs_client_set_ca_file (IdoCbsClient *self,
                            const char   *ca_file)
{
  g_return_if_fail (IDO_IS_CBS_CLIENT (self));

  g_set_str (&self->ca_file, ca_file);
}

void
ido_cbs_client_set_timeout (IdoCbsClient *self,
                            guint         seconds)
{
  g_return_if_fail (IDO_IS_CBS_CLIENT (self));
  g_return_if_fail (seconds > 0);

  self->timeout = seconds;
}

void
ido_cbs_client_set_max_size (IdoCbsClient *self,
                             gsize         bytes)
{
  g_return_if_fail (IDO_IS_CBS_CLIENT (self));
  g_return_if_fail (bytes > 0);

  self->max_size = bytes;
}

/**
 * ido_cbs_client_build_url:
 * @year: the year whose 1 January population is wanted
 *
 * The OData query of DOMAIN.md: all municipalities, both sexes, all ages,
 * every marital status, on 1 January of @year.
 *
 * Returns: (transfer full): the URL
 */
char *
ido_cbs_client_build_url (IdoCbsClient *self,
                          int           year)
{
  g_autofree char *filter = NULL;
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (IDO_IS_CBS_CLIENT (self), NULL);

  filter = g_strdup_printf ("Geslacht eq 'T001038' and Leeftijd eq '10000' and BurgerlijkeStaat eq 'T001019'"
                            " and Perioden eq '%04dJJ00' and startswith(RegioS,'GM')", year);
  escaped = g_uri_escape_string (filter, NULL, FALSE);
  return g_strdup_printf ("%s/TypedDataSet?$format=json&$filter=%s&$select=RegioS,BevolkingOp1Januari_1",
                          self->base_url, escaped);
}

/**
 * ido_cbs_client_fetch_inhabitants_async:
 * @year: the year whose 1 January population is wanted
 *
 * Fetches the inhabitants of every municipality on 1 January of @year in a
 * worker thread. Cancelling stops the transfer.
 */
void
ido_cbs_client_fetch_inhabitants_async (IdoCbsClient        *self,
                                        int                  year,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FetchData *fetch;

  g_return_if_fail (IDO_IS_CBS_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  fetch = g_new0 (FetchData, 1);
  fetch->url = ido_cbs_client_build_url (self, year);
  fetch->ca_file = g_strdup (self->ca_file);
  fetch->timeout = self->timeout;
  fetch->max_size = self->max_size;
  fetch->year = year;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_cbs_client_fetch_inhabitants_async);
  g_task_set_task_data (task, fetch, fetch_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, fetch_thread);
}

/**
 * ido_cbs_client_fetch_inhabitants_finish:
 *
 * Returns: (transfer full) (element-type utf8 guint) (nullable): CBS code
 *   ("GM0363") to inhabitants (GUINT_TO_POINTER), or %NULL with @error
 */
GHashTable *
ido_cbs_client_fetch_inhabitants_finish (IdoCbsClient  *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (IDO_IS_CBS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
set_malformed (GError **error)
{
  g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_MALFORMED,
               _("The answer from CBS could not be read. %s"), _("The number you entered is kept."));
}

/* A member of @object whose name, with spaces trimmed, is @name. */
static JsonNode *
get_trimmed_member (JsonObject *object,
                    const char *name)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (member));

      if (g_str_equal (trimmed, name))
        return node;
    }
  return NULL;
}

static gboolean
read_count (JsonNode *node,
            guint    *count)
{
  GType type;
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    value = json_node_get_double (node);
  else if (type == G_TYPE_STRING)
    {
      g_autofree char *text = g_strstrip (g_strdup (json_node_get_string (node)));
      char *end = NULL;

      value = g_ascii_strtod (text, &end);
      if (end == text || *end != '\0')
        return FALSE;
    }
  else
    return FALSE;
  if (value < 0 || value > G_MAXUINT || value != (double) (guint) value)
    return FALSE;
  *count = (guint) value;
  return TRUE;
}

static gboolean
add_row (GHashTable *table,
         JsonNode   *row)
{
  JsonObject *object;
  JsonNode *region;
  g_autofree char *code = NULL;
  guint count;

  if (!JSON_NODE_HOLDS_OBJECT (row))
    return FALSE;
  object = json_node_get_object (row);
  region = get_trimmed_member (object, "RegioS");
  if (region == NULL || json_node_get_value_type (region) != G_TYPE_STRING)
    return FALSE;
  code = g_strstrip (g_strdup (json_node_get_string (region)));
  /* A municipality without a figure (null) is left out, not an error. */
  if (!read_count (get_trimmed_member (object, "BevolkingOp1Januari_1"), &count))
    return JSON_NODE_HOLDS_NULL (get_trimmed_member (object, "BevolkingOp1Januari_1"));
  if (g_str_has_prefix (code, "GM"))
    g_hash_table_insert (table, g_steal_pointer (&code), GUINT_TO_POINTER (count));
  return TRUE;
}

/**
 * ido_cbs_parse_inhabitants:
 * @data: (array length=length): the JSON answer of the OData query
 * @year: the year asked for, for the message when there is no data
 *
 * Reads {"value": [{"RegioS": "GM0014    ", "BevolkingOp1Januari_1":
 * 233273}, ...]}; names and codes may be padded with spaces.
 *
 * Returns: (transfer full) (element-type utf8 guint) (nullable): CBS code to
 *   inhabitants, or %NULL with @error
 */
GHashTable *
ido_cbs_parse_inhabitants (const char  *data,
                           gsize        length,
                           int          year,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *root;
  JsonNode *value;
  JsonArray *rows;

  if (data == NULL || !json_parser_load_from_data (parser, data, (gssize) length, NULL))
    {
      set_malformed (error);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (value = get_trimmed_member (json_node_get_object (root), "value")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (value))
    {
      set_malformed (error);
      return NULL;
    }
  rows = json_node_get_array (value);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      if (!add_row (table, json_array_get_element (rows, i)))
        {
          set_malformed (error);
          return NULL;
        }
    }
  if (g_hash_table_size (table) == 0)
    {
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_NO_DATA,
                   _("CBS has no figures for 1 January %d (yet). %s"), year, _("The number you entered is kept."));
      return NULL;
    }
  return g_steal_pointer (&table);
}

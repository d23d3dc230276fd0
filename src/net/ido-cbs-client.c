/* ido-cbs-client.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <curl/curl.h>
#include <json-glib/json-glib.h>

#include "ido-cbs-client.h"

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
  gboolean      too_large;
  GCancellable *cancellable;
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

static size_t
on_write_cb (char   *ptr,
             size_t  size,
             size_t  nmemb,
             void   *user_data)
{
  FetchData *fetch = user_data;
  size_t bytes = size * nmemb;

  /* Returning less than given makes curl stop with CURLE_WRITE_ERROR. */
  if (fetch->body->len + bytes > fetch->max_size)
    {
      fetch->too_large = TRUE;
      return 0;
    }
  g_byte_array_append (fetch->body, (const guint8 *) ptr, bytes);
  return bytes;
}

static void
set_transfer_error (GError    **error,
                    CURLcode    code,
                    FetchData  *fetch)
{
  const char *keep = _("The number you entered is kept.");

  switch (code)
    {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_OFFLINE,
                   _("CBS could not be reached: check the internet connection. %s"), keep);
      break;
    case CURLE_OPERATION_TIMEDOUT:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_TIMEOUT,
                   g_dngettext (GETTEXT_PACKAGE, "CBS did not answer within %u second. %s",
                                "CBS did not answer within %u seconds. %s", fetch->timeout),
                   fetch->timeout, keep);
      break;
    case CURLE_FILESIZE_EXCEEDED:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_TOO_LARGE,
                   _("The answer from CBS was larger than expected and was not read. %s"), keep);
      break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_CERTIFICATE,
                   _("The secure connection to CBS could not be verified, so nothing was read. %s"), keep);
      break;
    case CURLE_ABORTED_BY_CALLBACK:
      if (g_cancellable_is_cancelled (fetch->cancellable))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The fetch was cancelled."));
          break;
        }
      G_GNUC_FALLTHROUGH;
    default:
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_FAILED,
                   _("Fetching from CBS failed (%s). %s"), curl_easy_strerror (code), keep);
      break;
    }
}

static void
configure_transfer (CURL      *curl,
                    FetchData *fetch)
{
  curl_easy_setopt (curl, CURLOPT_URL, fetch->url);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "https");
  curl_easy_setopt (curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
  curl_easy_setopt (curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt (curl, CURLOPT_MAXREDIRS, 3L);
  curl_easy_setopt (curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt (curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (fetch->ca_file != NULL)
    curl_easy_setopt (curl, CURLOPT_CAINFO, fetch->ca_file);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) fetch->timeout);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) MIN (fetch->timeout, 15));
  curl_easy_setopt (curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) fetch->max_size);
  curl_easy_setopt (curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt (curl, CURLOPT_USERAGENT, "IDO Regie/" PACKAGE_VERSION);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, on_write_cb);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, fetch);
}

static void
on_cancelled_cb (GCancellable *cancellable,
                 gpointer      user_data)
{
  /* Thread-safe: wakes curl_multi_poll() in the worker thread at once. */
  curl_multi_wakeup (user_data);
}

/* Runs @curl to the end, or until @cancellable is cancelled. */
static CURLcode
perform (CURL         *curl,
         GCancellable *cancellable)
{
  CURLM *multi = curl_multi_init ();
  CURLcode code = CURLE_OK;
  CURLMsg *message;
  gulong handler = 0;
  int running = 1;
  int queued;

  curl_multi_add_handle (multi, curl);
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled_cb), multi, NULL);
  while (running > 0)
    {
      if (curl_multi_perform (multi, &running) != CURLM_OK)
        {
          code = CURLE_FAILED_INIT;
          break;
        }
      if (g_cancellable_is_cancelled (cancellable))
        {
          code = CURLE_ABORTED_BY_CALLBACK;
          break;
        }
      if (running > 0)
        curl_multi_poll (multi, NULL, 0, 1000, NULL);
    }
  while (code == CURLE_OK && (message = curl_multi_info_read (multi, &queued)) != NULL)
    {
      if (message->msg == CURLMSG_DONE)
        code = message->data.result;
    }
  g_cancellable_disconnect (cancellable, handler);
  curl_multi_remove_handle (multi, curl);
  curl_multi_cleanup (multi);
  return code;
}

/* Runs the transfer; on success fetch->body holds the answer. */
static gboolean
transfer (FetchData  *fetch,
          GError    **error)
{
  CURL *curl = curl_easy_init ();
  CURLcode code;
  long status = 0;

  if (curl == NULL)
    {
      g_set_error_literal (error, IDO_CBS_ERROR, IDO_CBS_ERROR_FAILED, _("The download could not be started."));
      return FALSE;
    }
  fetch->body = g_byte_array_new ();
  configure_transfer (curl, fetch);
  code = perform (curl, fetch->cancellable);
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup (curl);
  if (fetch->too_large || (code == CURLE_WRITE_ERROR && fetch->body->len > 0))
    code = CURLE_FILESIZE_EXCEEDED;
  if (code != CURLE_OK)
    {
      set_transfer_error (error, code, fetch);
      return FALSE;
    }
  if (status != 200)
    {
      g_set_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_HTTP,
                   _("CBS answered with error %ld. %s"), status, _("The number you entered is kept."));
      return FALSE;
    }
  return TRUE;
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

  fetch->cancellable = cancellable;
  if (!transfer (fetch, &error))
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
  curl_global_init (CURL_GLOBAL_DEFAULT);
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

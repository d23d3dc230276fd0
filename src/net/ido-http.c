/* ido-http.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <curl/curl.h>

#include "ido-http.h"

typedef struct
{
  const IdoHttpRequest *request;
  CURL                 *curl;
  guint64               received;
  gboolean              accepted;
  gboolean              too_large;
  gboolean              refused;
} Transfer;

/**
 * ido_http_global_init:
 *
 * Initialises libcurl once; call before the first transfer thread starts
 * (class_init of a client does).
 */
void
ido_http_global_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      curl_global_init (CURL_GLOBAL_DEFAULT);
      g_once_init_leave (&initialised, 1);
    }
}

/**
 * ido_http_url_is_https:
 *
 * Returns: whether @url is a well-formed https:// address with a host
 */
gboolean
ido_http_url_is_https (const char *url)
{
  g_autoptr(GUri) uri = NULL;

  if (url == NULL)
    return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static gboolean
accept_once (Transfer *transfer)
{
  const IdoHttpRequest *request = transfer->request;
  const char *content_type = NULL;
  const char *effective_url = NULL;

  if (transfer->accepted)
    return TRUE;
  transfer->accepted = TRUE;
  if (request->accept == NULL)
    return TRUE;
  curl_easy_getinfo (transfer->curl, CURLINFO_CONTENT_TYPE, &content_type);
  curl_easy_getinfo (transfer->curl, CURLINFO_EFFECTIVE_URL, &effective_url);
  if (!request->accept (content_type, effective_url != NULL ? effective_url : request->url, request->user_data))
    {
      transfer->refused = TRUE;
      return FALSE;
    }
  return TRUE;
}

static size_t
on_write_cb (char   *ptr,
             size_t  size,
             size_t  nmemb,
             void   *user_data)
{
  Transfer *transfer = user_data;
  size_t bytes = size * nmemb;

  /* Returning less than given makes curl stop with CURLE_WRITE_ERROR. */
  if (!accept_once (transfer))
    return 0;
  if (transfer->received + bytes > transfer->request->max_size)
    {
      transfer->too_large = TRUE;
      return 0;
    }
  if (!transfer->request->write ((const guint8 *) ptr, bytes, transfer->request->user_data))
    {
      transfer->refused = TRUE;
      return 0;
    }
  transfer->received += bytes;
  return bytes;
}

static int
on_progress_cb (void       *user_data,
                curl_off_t  total,
                curl_off_t  now,
                curl_off_t  upload_total,
                curl_off_t  upload_now)
{
  Transfer *transfer = user_data;

  if (g_cancellable_is_cancelled (transfer->request->cancellable))
    return 1;
  if (transfer->request->progress != NULL && now > 0)
    transfer->request->progress ((guint64) now, total > 0 ? (guint64) total : 0, transfer->request->user_data);
  return 0;
}

static void
configure (Transfer *transfer)
{
  const IdoHttpRequest *request = transfer->request;
  CURL *curl = transfer->curl;

  curl_easy_setopt (curl, CURLOPT_URL, request->url);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "https");
  curl_easy_setopt (curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
  curl_easy_setopt (curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt (curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt (curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt (curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (request->ca_file != NULL)
    curl_easy_setopt (curl, CURLOPT_CAINFO, request->ca_file);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) request->timeout);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) MIN (request->timeout, 15));
  curl_easy_setopt (curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) request->max_size);
  /* Error statuses end the transfer before their body (an error page). */
  curl_easy_setopt (curl, CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt (curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt (curl, CURLOPT_USERAGENT, "IDO Regie/" PACKAGE_VERSION);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, on_write_cb);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, transfer);
  curl_easy_setopt (curl, CURLOPT_XFERINFOFUNCTION, on_progress_cb);
  curl_easy_setopt (curl, CURLOPT_XFERINFODATA, transfer);
  curl_easy_setopt (curl, CURLOPT_NOPROGRESS, 0L);
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

static IdoHttpOutcome
outcome_for_code (CURLcode  code,
                  Transfer *transfer)
{
  if (g_cancellable_is_cancelled (transfer->request->cancellable))
    return IDO_HTTP_CANCELLED;
  if (transfer->refused)
    return IDO_HTTP_REFUSED;
  if (transfer->too_large)
    return IDO_HTTP_TOO_LARGE;
  switch (code)
    {
    case CURLE_OK:
      return IDO_HTTP_OK;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
      return IDO_HTTP_OFFLINE;
    case CURLE_OPERATION_TIMEDOUT:
      return IDO_HTTP_TIMEOUT;
    case CURLE_FILESIZE_EXCEEDED:
      return IDO_HTTP_TOO_LARGE;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
      return IDO_HTTP_CERTIFICATE;
    case CURLE_HTTP_RETURNED_ERROR:
      return IDO_HTTP_STATUS;
    case CURLE_UNSUPPORTED_PROTOCOL:
      return IDO_HTTP_NOT_HTTPS;
    default:
      return IDO_HTTP_FAILED;
    }
}

/**
 * ido_http_get:
 * @request: what to fetch and where the body goes
 * @response: (out caller-allocates): the outcome; clear it with
 *   ido_http_response_clear()
 *
 * Runs one GET in the calling (worker) thread.
 *
 * Returns: the outcome, also in @response
 */
IdoHttpOutcome
ido_http_get (const IdoHttpRequest *request,
              IdoHttpResponse      *response)
{
  Transfer transfer = { .request = request };
  CURLcode code;

  g_return_val_if_fail (request != NULL && request->url != NULL && request->write != NULL, IDO_HTTP_FAILED);
  g_return_val_if_fail (response != NULL, IDO_HTTP_FAILED);

  *response = (IdoHttpResponse) { 0 };
  if (!ido_http_url_is_https (request->url))
    return response->outcome = IDO_HTTP_NOT_HTTPS;
  transfer.curl = curl_easy_init ();
  if (transfer.curl == NULL)
    {
      response->detail = g_strdup (curl_easy_strerror (CURLE_FAILED_INIT));
      return response->outcome = IDO_HTTP_FAILED;
    }
  configure (&transfer);
  code = perform (transfer.curl, request->cancellable);
  curl_easy_getinfo (transfer.curl, CURLINFO_RESPONSE_CODE, &response->status);
  if (code == CURLE_OK && response->status == 200 && !accept_once (&transfer))
    code = CURLE_WRITE_ERROR;
  curl_easy_cleanup (transfer.curl);
  response->outcome = outcome_for_code (code, &transfer);
  if (response->outcome == IDO_HTTP_OK && response->status != 200)
    response->outcome = IDO_HTTP_STATUS;
  if (response->outcome != IDO_HTTP_OK && code != CURLE_OK)
    response->detail = g_strdup (curl_easy_strerror (code));
  return response->outcome;
}

void
ido_http_response_clear (IdoHttpResponse *response)
{
  g_clear_pointer (&response->detail, g_free);
}

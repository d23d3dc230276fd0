/* ido-fetch.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ido-fetch.h"
#include "ido-http.h"

struct _IdoFetch
{
  GObject  parent_instance;

  char    *url;
  char    *ca_file;
  guint    timeout;
  gsize    max_size;

  double   progress;
  guint64  received;
};

G_DEFINE_FINAL_TYPE (IdoFetch, ido_fetch, G_TYPE_OBJECT)

G_DEFINE_QUARK (ido-fetch-error-quark, ido_fetch_error)

enum {
  PROP_0,
  PROP_URL,
  PROP_PROGRESS,
  PROP_RECEIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the worker thread needs, copied so the object may change. */
typedef struct
{
  IdoFetch      *self;          /* only touched on the main loop */
  GTask         *task;          /* unowned: alive while the thread runs */
  GMainContext  *context;
  char          *url;
  char          *ca_file;
  guint          timeout;
  gsize          max_size;

  /* Worker thread */
  char          *directory;
  GFile         *file;
  GOutputStream *stream;
  GError        *error;         /* why accept or write refused */

  /* Progress, handed to the main loop */
  GMutex         lock;
  guint64        received;
  guint64        total;
  gboolean       pending;
} Download;

static void
download_free (gpointer data)
{
  Download *download = data;

  g_clear_object (&download->self);
  g_clear_pointer (&download->context, g_main_context_unref);
  g_free (download->url);
  g_free (download->ca_file);
  g_free (download->directory);
  g_clear_object (&download->file);
  g_clear_object (&download->stream);
  g_clear_error (&download->error);
  g_mutex_clear (&download->lock);
  g_free (download);
}

static void
set_progress (IdoFetch *self,
              guint64   received,
              double    progress)
{
  if (self->received != received)
    {
      self->received = received;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED]);
    }
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
}

/* Main loop */
static gboolean
progress_idle_cb (gpointer user_data)
{
  Download *download = g_task_get_task_data (user_data);
  guint64 received;
  guint64 total;

  g_mutex_lock (&download->lock);
  received = download->received;
  total = download->total;
  download->pending = FALSE;
  g_mutex_unlock (&download->lock);
  set_progress (download->self, received, total > 0 ? CLAMP ((double) received / (double) total, 0.0, 1.0) : -1.0);
  return G_SOURCE_REMOVE;
}

/* Worker thread */
static void
on_progress_cb (guint64  received,
                guint64  total,
                gpointer user_data)
{
  Download *download = user_data;
  gboolean schedule;

  g_mutex_lock (&download->lock);
  download->received = received;
  download->total = total;
  schedule = !download->pending;
  download->pending = TRUE;
  g_mutex_unlock (&download->lock);
  /* The source holds the task, and so the download. */
  if (schedule)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, progress_idle_cb, g_object_ref (download->task), g_object_unref);
      g_source_set_static_name (source, "[ido-fetch] progress");
      g_source_attach (source, download->context);
    }
}

static char *
url_extension (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *path;
  const char *dot;
  const char *slash;

  if (uri == NULL)
    return NULL;
  path = g_uri_get_path (uri);
  slash = strrchr (path, '/');
  dot = strrchr (slash != NULL ? slash : path, '.');
  if (dot == NULL)
    return NULL;
  if (g_ascii_strcasecmp (dot, ".csv") == 0 || g_ascii_strcasecmp (dot, ".txt") == 0)
    return g_strdup ("csv");
  if (g_ascii_strcasecmp (dot, ".xlsx") == 0)
    return g_strdup ("xlsx");
  if (g_ascii_strcasecmp (dot, ".ods") == 0)
    return g_strdup ("ods");
  if (g_ascii_strcasecmp (dot, ".xls") == 0)
    return g_strdup ("xls");
  return NULL;
}

/* The last part of the address without its extension, safe as a file name. */
static char *
url_stem (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *unescaped = NULL;
  const char *base;
  char *dot;
  GString *stem;

  if (uri == NULL)
    return g_strdup ("download");
  unescaped = g_uri_unescape_string (g_uri_get_path (uri), NULL);
  if (unescaped == NULL)
    return g_strdup ("download");
  base = strrchr (unescaped, '/');
  base = base != NULL ? base + 1 : unescaped;
  dot = strrchr (base, '.');
  if (dot != NULL)
    *dot = '\0';
  stem = g_string_new (NULL);
  for (const char *p = base; *p != '\0' && stem->len < 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isalnum (c) || c == '-' || c == '_' || c == ' ' || c == '.')
        g_string_append_unichar (stem, c);
      else
        g_string_append_c (stem, '_');
    }
  if (stem->len == 0 || stem->str[0] == '.')
    g_string_prepend (stem, "download");
  return g_string_free (stem, FALSE);
}

/* The media type without parameters, folded, or NULL. */
static char *
media_type (const char *content_type)
{
  g_autofree char *type = NULL;
  char *semicolon;

  if (content_type == NULL)
    return NULL;
  type = g_ascii_strdown (content_type, -1);
  semicolon = strchr (type, ';');
  if (semicolon != NULL)
    *semicolon = '\0';
  g_strstrip (type);
  return *type != '\0' ? g_steal_pointer (&type) : NULL;
}

/* Which extension to store a file of @content_type from @url under, or
 * NULL with @error when it is no file of ours. */
static char *
choose_extension (const char  *content_type,
                  const char  *url,
                  const char  *original_url,
                  GError     **error)
{
  g_autofree char *type = media_type (content_type);
  g_autofree char *extension = url_extension (url);

  if (extension == NULL)
    extension = url_extension (original_url);
  if (type != NULL && (g_str_equal (type, "text/html") || g_str_equal (type, "application/xhtml+xml")))
    {
      g_set_error_literal (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CONTENT_TYPE,
                           _("The address gives a web page instead of a file, for example a login page. "
                             "Use the address of the download itself. Nothing was changed."));
      return NULL;
    }
  if (type != NULL && (g_str_equal (type, "text/csv") || g_str_equal (type, "text/plain") ||
                       g_str_equal (type, "application/csv") || g_str_equal (type, "text/comma-separated-values")))
    return g_strdup ("csv");
  if (g_strcmp0 (type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == 0)
    return g_strdup ("xlsx");
  if (g_strcmp0 (type, "application/vnd.oasis.opendocument.spreadsheet") == 0)
    return g_strdup ("ods");
  /* Web servers often send Excel's CSV files as Excel files. */
  if (g_strcmp0 (type, "application/vnd.ms-excel") == 0)
    return g_strdup (g_strcmp0 (extension, "csv") == 0 ? "csv" : "xls");
  if ((type == NULL || g_str_equal (type, "application/octet-stream") ||
       g_str_equal (type, "binary/octet-stream")) && extension != NULL)
    return g_steal_pointer (&extension);
  g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CONTENT_TYPE,
               _("The address gives a file of type “%s”, not a CSV file or spreadsheet. Nothing was changed."),
               type != NULL ? type : _("unknown"));
  return NULL;
}

/* Worker thread: the first answer byte is coming; create the file. */
static gboolean
on_accept_cb (const char *content_type,
              const char *effective_url,
              gpointer    user_data)
{
  Download *download = user_data;
  g_autofree char *extension = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  extension = choose_extension (content_type, effective_url, download->url, &download->error);
  if (extension == NULL)
    return FALSE;
  download->directory = g_dir_make_tmp ("ido-regie-fetch-XXXXXX", &error);
  if (download->directory == NULL)
    {
      g_set_error (&download->error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_FAILED,
                   _("The downloaded file could not be stored: %s"), error->message);
      return FALSE;
    }
  stem = url_stem (download->url);
  name = g_strdup_printf ("%s.%s", stem, extension);
  download->file = g_file_new_build_filename (download->directory, name, NULL);
  stream = g_file_create (download->file, G_FILE_CREATE_PRIVATE, NULL, &error);
  if (stream == NULL)
    {
      g_set_error (&download->error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_FAILED,
                   _("The downloaded file could not be stored: %s"), error->message);
      return FALSE;
    }
  download->stream = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);
  return TRUE;
}

/* Worker thread */
static gboolean
on_write_cb (const guint8 *data,
             gsize         length,
             gpointer      user_data)
{
  Download *download = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all (download->stream, data, length, NULL, NULL, &error))
    {
      g_set_error (&download->error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_FAILED,
                   _("The downloaded file could not be stored: %s"), error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
dup_host (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : url);
}

static void
set_http_error (GError          **error,
                IdoHttpResponse  *response,
                Download         *download)
{
  const char *nothing = _("Nothing was changed.");
  g_autofree char *host = dup_host (download->url);
  g_autofree char *size = NULL;

  switch (response->outcome)
    {
    case IDO_HTTP_OFFLINE:
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_OFFLINE,
                   _("%s could not be reached: check the internet connection and the address. %s"), host, nothing);
      break;
    case IDO_HTTP_TIMEOUT:
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_TIMEOUT,
                   g_dngettext (GETTEXT_PACKAGE, "%s did not answer within %u second. %s",
                                "%s did not answer within %u seconds. %s", download->timeout),
                   host, download->timeout, nothing);
      break;
    case IDO_HTTP_TOO_LARGE:
      size = g_format_size (download->max_size);
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_TOO_LARGE,
                   _("The file is larger than %s and was not downloaded. %s"), size, nothing);
      break;
    case IDO_HTTP_CERTIFICATE:
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CERTIFICATE,
                   _("The secure connection to %s could not be verified (the certificate is not trusted), "
                     "so nothing was downloaded. %s"), host, nothing);
      break;
    case IDO_HTTP_STATUS:
      if (response->status == 404 || response->status == 410)
        g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_HTTP,
                     _("There is no file at this address (error %ld): check the address. %s"),
                     response->status, nothing);
      else if (response->status == 401 || response->status == 403)
        g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_HTTP,
                     _("The server refused access (error %ld): the file may need a login. Download it in the "
                       "browser and import the file instead. %s"), response->status, nothing);
      else
        g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_HTTP,
                     _("The server answered with error %ld. %s"), response->status, nothing);
      break;
    case IDO_HTTP_NOT_HTTPS:
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_NOT_HTTPS,
                   _("The address forwards to an address that is not secure (not https://), so nothing was "
                     "downloaded. %s"), nothing);
      break;
    case IDO_HTTP_REFUSED:
      if (download->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&download->error));
          break;
        }
      G_GNUC_FALLTHROUGH;
    case IDO_HTTP_CANCELLED:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The download was cancelled."));
      break;
    case IDO_HTTP_OK:
    case IDO_HTTP_FAILED:
    default:
      g_set_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_FAILED,
                   _("The download failed (%s). %s"), response->detail != NULL ? response->detail : "?", nothing);
      break;
    }
}

static void
remove_download (Download *download)
{
  g_clear_object (&download->stream);
  if (download->file != NULL)
    g_file_delete (download->file, NULL, NULL);
  g_clear_object (&download->file);
  if (download->directory != NULL)
    g_rmdir (download->directory);
  g_clear_pointer (&download->directory, g_free);
}

static void
download_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Download *download = task_data;
  IdoHttpResponse response;
  IdoHttpRequest request = {
    .url = download->url,
    .ca_file = download->ca_file,
    .timeout = download->timeout,
    .max_size = download->max_size,
    .cancellable = cancellable,
    .accept = on_accept_cb,
    .write = on_write_cb,
    .progress = on_progress_cb,
    .user_data = download,
  };
  GError *error = NULL;

  if (ido_http_get (&request, &response) != IDO_HTTP_OK)
    set_http_error (&error, &response, download);
  else if (!g_output_stream_close (download->stream, NULL, &error))
    {
      GError *stored = g_error_new (IDO_FETCH_ERROR, IDO_FETCH_ERROR_FAILED,
                                    _("The downloaded file could not be stored: %s"), error->message);

      g_clear_error (&error);
      error = stored;
    }
  ido_http_response_clear (&response);
  if (error != NULL)
    {
      remove_download (download);
      g_task_return_error (task, error);
      return;
    }
  g_clear_object (&download->stream);
  g_task_return_pointer (task, g_steal_pointer (&download->file), g_object_unref);
}

static void
ido_fetch_finalize (GObject *object)
{
  IdoFetch *self = (IdoFetch *) object;

  g_free (self->url);
  g_free (self->ca_file);

  G_OBJECT_CLASS (ido_fetch_parent_class)->finalize (object);
}

static void
ido_fetch_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  IdoFetch *self = IDO_FETCH (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_RECEIVED:
      g_value_set_uint64 (value, self->received);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_fetch_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  IdoFetch *self = IDO_FETCH (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_set_str (&self->url, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_fetch_class_init (IdoFetchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_fetch_finalize;
  object_class->get_property = ido_fetch_get_property;
  object_class->set_property = ido_fetch_set_property;

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, -1.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIVED] =
    g_param_spec_uint64 ("received", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once, before any transfer thread runs. */
  ido_http_global_init ();
}

static void
ido_fetch_init (IdoFetch *self)
{
  self->timeout = IDO_FETCH_DEFAULT_TIMEOUT;
  self->max_size = IDO_FETCH_DEFAULT_MAX_SIZE;
}

/**
 * ido_fetch_new:
 * @url: the https:// address of a CSV file or spreadsheet
 *
 * Returns: (transfer full): a download with certificate verification, a
 *   timeout and a size limit
 */
IdoFetch *
ido_fetch_new (const char *url)
{
  g_return_val_if_fail (url != NULL, NULL);

  return g_object_new (IDO_TYPE_FETCH, "url", url, NULL);
}

const char *
ido_fetch_get_url (IdoFetch *self)
{
  g_return_val_if_fail (IDO_IS_FETCH (self), NULL);

  return self->url;
}

/**
 * ido_fetch_set_ca_file:
 * @ca_file: (nullable): a PEM file with the certificates to trust instead
 *   of the system's, or %NULL for the system's
 */
void
ido_fetch_set_ca_file (IdoFetch   *self,
                       const char *ca_file)
{
  g_return_if_fail (IDO_IS_FETCH (self));

  g_set_str (&self->ca_file, ca_file);
}

void
ido_fetch_set_timeout (IdoFetch *self,
                       guint     seconds)
{
  g_return_if_fail (IDO_IS_FETCH (self));
  g_return_if_fail (seconds > 0);

  self->timeout = seconds;
}

void
ido_fetch_set_max_size (IdoFetch *self,
                        gsize     bytes)
{
  g_return_if_fail (IDO_IS_FETCH (self));
  g_return_if_fail (bytes > 0);

  self->max_size = bytes;
}

double
ido_fetch_get_progress (IdoFetch *self)
{
  g_return_val_if_fail (IDO_IS_FETCH (self), 0.0);

  return self->progress;
}

guint64
ido_fetch_get_received (IdoFetch *self)
{
  g_return_val_if_fail (IDO_IS_FETCH (self), 0);

  return self->received;
}

/**
 * ido_fetch_check_url:
 * @url: an address
 *
 * Returns: %TRUE when @url is an https:// address that can be fetched,
 *   else %FALSE with an IDO_FETCH_ERROR_NOT_HTTPS @error
 */
gboolean
ido_fetch_check_url (const char  *url,
                     GError     **error)
{
  if (ido_http_url_is_https (url))
    return TRUE;
  g_set_error_literal (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_NOT_HTTPS,
                       _("Only secure addresses that start with https:// can be fetched. Nothing was changed."));
  return FALSE;
}

/**
 * ido_fetch_download_async:
 *
 * Downloads the file in a worker thread; "progress" and "received" change
 * on the calling thread's main context meanwhile. Cancelling stops the
 * transfer at once and removes what was downloaded.
 */
void
ido_fetch_download_async (IdoFetch            *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Download *download;

  g_return_if_fail (IDO_IS_FETCH (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_fetch_download_async);
  set_progress (self, 0, -1.0);
  if (!ido_fetch_check_url (self->url, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  download = g_new0 (Download, 1);
  g_mutex_init (&download->lock);
  download->self = g_object_ref (self);
  download->task = task;
  download->context = g_main_context_ref_thread_default ();
  download->url = g_strdup (self->url);
  download->ca_file = g_strdup (self->ca_file);
  download->timeout = self->timeout;
  download->max_size = self->max_size;
  g_task_set_task_data (task, download, download_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, download_thread);
}

/**
 * ido_fetch_download_finish:
 *
 * Returns: (transfer full): the downloaded file, or %NULL with @error
 *   (IDO_FETCH_ERROR, or G_IO_ERROR_CANCELLED)
 */
GFile *
ido_fetch_download_finish (IdoFetch      *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  GFile *file;

  g_return_val_if_fail (IDO_IS_FETCH (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  file = g_task_propagate_pointer (G_TASK (result), error);
  if (file != NULL)
    set_progress (self, self->received, 1.0);
  return file;
}

/**
 * ido_fetch_delete_download:
 * @file: (nullable): a file from ido_fetch_download_finish()
 *
 * Removes the file and its private directory.
 */
void
ido_fetch_delete_download (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (file == NULL)
    return;
  g_file_delete (file, NULL, NULL);
  parent = g_file_get_parent (file);
  name = parent != NULL ? g_file_get_basename (parent) : NULL;
  if (name != NULL && g_str_has_prefix (name, "ido-regie-fetch-"))
    g_file_delete (parent, NULL, NULL);
}

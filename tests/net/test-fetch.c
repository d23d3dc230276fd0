/* test-fetch.c: downloading a dashboard export from a saved HTTPS address,
 * and "ido-regie import --fetch", against a local HTTPS server with a test
 * CA (tests/net/cbs-test-server.py), never the internet.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ido-cli.h"
#include "ido-database.h"
#include "ido-fetch.h"
#include "ido-import-source.h"
#include "ido-test-server.h"

static IdoTestServer server;
static GThread *main_thread;

static char *
server_url (const char *path)
{
  return ido_test_server_url (&server, path);
}

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("IDO_TEST_NET_DATA"), "..", "import", "fixtures", name, NULL);
}

static IdoFetch *
make_fetch (const char *path)
{
  g_autofree char *url = server_url (path);
  IdoFetch *fetch = ido_fetch_new (url);

  ido_fetch_set_ca_file (fetch, server.ca_file);
  ido_fetch_set_timeout (fetch, 10);
  return fetch;
}

static void
on_downloaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

typedef struct
{
  guint  notifications;
  double last;
} Progress;

static void
on_progress_cb (IdoFetch   *fetch,
                GParamSpec *pspec,
                Progress   *progress)
{
  /* Delivered on the main loop, the thread that started the download. */
  g_assert_true (g_thread_self () == main_thread);
  progress->notifications++;
  progress->last = ido_fetch_get_progress (fetch);
}

/* Runs a download to the end; the main context keeps turning meanwhile. */
static GFile *
download (IdoFetch      *fetch,
          GCancellable  *cancellable,
          Progress      *progress,
          GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gulong handler = 0;
  GFile *file;

  if (progress != NULL)
    handler = g_signal_connect (fetch, "notify::progress", G_CALLBACK (on_progress_cb), progress);
  ido_fetch_download_async (fetch, cancellable, on_downloaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  file = ido_fetch_download_finish (fetch, result, error);
  g_clear_signal_handler (&handler, fetch);
  return file;
}

static void
assert_same_contents (GFile      *file,
                      const char *fixture)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *expected_path = fixture_path (fixture);
  g_autofree char *got = ido_test_file_checksum (path);
  g_autofree char *expected = ido_test_file_checksum (expected_path);

  g_assert_nonnull (got);
  g_assert_cmpstr (got, ==, expected);
}

static void
assert_private (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFileInfo) parent_info = g_file_query_info (parent, G_FILE_ATTRIBUTE_UNIX_MODE,
                                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);

  g_assert_nonnull (info);
  g_assert_cmpuint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 077, ==, 0);
  g_assert_cmpuint (g_file_info_get_attribute_uint32 (parent_info, G_FILE_ATTRIBUTE_UNIX_MODE) & 077, ==, 0);
}

static void
test_success_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoFetch) fetch = make_fetch ("file/utf8-bom-long.csv");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;
  Progress progress = { 0 };

  file = download (fetch, NULL, &progress, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  name = g_file_get_basename (file);
  g_assert_cmpstr (name, ==, "utf8-bom-long.csv");
  assert_same_contents (file, "utf8-bom-long.csv");
  assert_private (file);
  g_assert_cmpfloat (ido_fetch_get_progress (fetch), ==, 1.0);
  g_assert_cmpuint (progress.notifications, >, 0);
  g_assert_cmpuint (ido_fetch_get_received (fetch), >, 0);

  parent = g_file_get_parent (file);
  ido_fetch_delete_download (file);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_false (g_file_query_exists (parent, NULL));
}

static void
test_success_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  /* An address without extension: the content type names the format. */
  g_autoptr(IdoFetch) fetch = make_fetch ("to-file/dashboard.xlsx/download");

  file = download (fetch, NULL, NULL, &error);
  g_assert_no_error (error);
  name = g_file_get_basename (file);
  g_assert_cmpstr (name, ==, "download.xlsx");
  assert_same_contents (file, "dashboard.xlsx");
  ido_fetch_delete_download (file);
  g_clear_object (&file);
  g_clear_object (&fetch);
  g_clear_pointer (&name, g_free);

  /* Chunked, and with the generic type but our extension. */
  fetch = make_fetch ("file/dashboard.ods?type=application/octet-stream&chunked=1");
  file = download (fetch, NULL, NULL, &error);
  g_assert_no_error (error);
  name = g_file_get_basename (file);
  g_assert_cmpstr (name, ==, "dashboard.ods");
  assert_same_contents (file, "dashboard.ods");
  ido_fetch_delete_download (file);
}

static void
expect_error (IdoFetch   *fetch,
              GQuark      domain,
              int         code,
              const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  file = download (fetch, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, domain, code);
  if (domain == IDO_FETCH_ERROR)
    g_assert_nonnull (strstr (error->message, "Nothing was changed."));
  if (part != NULL)
    g_assert_nonnull (strstr (error->message, part));
  g_test_message ("%s: %s", ido_fetch_get_url (fetch), error->message);
}

/* No download directory of ours is left behind after failures. */
static guint
count_download_dirs (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "ido-regie-fetch-"))
        n++;
    }
  return n;
}

static void
test_html_refused (void)
{
  g_autoptr(IdoFetch) page = make_fetch ("page/dashboard.csv");
  g_autoptr(IdoFetch) other = make_fetch ("file/utf8-bom-long.csv?type=image/png");
  g_autoptr(IdoFetch) generic = make_fetch ("file/utf8-bom-long.csv?type=application/octet-stream");
  g_autoptr(IdoFetch) untyped = make_fetch ("to-file/utf8-bom-long.csv?type=");
  guint before = count_download_dirs ();

  /* A login page instead of the file, even at an address ending in .csv. */
  expect_error (page, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CONTENT_TYPE, "web page");
  expect_error (other, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CONTENT_TYPE, "image/png");
  g_assert_cmpuint (count_download_dirs (), ==, before);
  g_clear_object (&generic);

  /* The generic type is only trusted with our extension in the address. */
  generic = make_fetch ("to-file/utf8-bom-long.csv?type=application/octet-stream");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) file = download (generic, NULL, NULL, &error);

    g_assert_no_error (error);
    ido_fetch_delete_download (file);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) file = download (untyped, NULL, NULL, &error);

    g_assert_no_error (error);
    ido_fetch_delete_download (file);
  }
  g_clear_object (&generic);
  generic = make_fetch ("file/utf8-bom-long.csv/download?type=application/octet-stream");
  expect_error (generic, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CONTENT_TYPE, "application/octet-stream");
  g_assert_cmpuint (count_download_dirs (), ==, before);
}

static void
test_too_large (void)
{
  g_autoptr(IdoFetch) known = make_fetch ("file/utf8-bom-long.csv?repeat=200");
  g_autoptr(IdoFetch) chunked = make_fetch ("file/utf8-bom-long.csv?repeat=200&chunked=1");
  guint before = count_download_dirs ();

  /* With and without a Content-Length up front. */
  ido_fetch_set_max_size (known, 4096);
  ido_fetch_set_max_size (chunked, 4096);
  expect_error (known, IDO_FETCH_ERROR, IDO_FETCH_ERROR_TOO_LARGE, NULL);
  expect_error (chunked, IDO_FETCH_ERROR, IDO_FETCH_ERROR_TOO_LARGE, NULL);
  /* The part already written was removed. */
  g_assert_cmpuint (count_download_dirs (), ==, before);
}

static void
test_timeout (void)
{
  g_autoptr(IdoFetch) fetch = make_fetch ("slow");
  gint64 start = g_get_monotonic_time ();

  ido_fetch_set_timeout (fetch, 1);
  expect_error (fetch, IDO_FETCH_ERROR, IDO_FETCH_ERROR_TIMEOUT, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
}

static void
test_untrusted (void)
{
  g_autoptr(IdoFetch) fetch = make_fetch ("file/utf8-bom-long.csv");

  /* The test CA is not among the system's: verification must fail. */
  ido_fetch_set_ca_file (fetch, NULL);
  expect_error (fetch, IDO_FETCH_ERROR, IDO_FETCH_ERROR_CERTIFICATE, "127.0.0.1");
}

static void
test_not_https (void)
{
  g_autoptr(IdoFetch) redirect = make_fetch ("to-http/utf8-bom-long.csv");
  g_autoptr(IdoFetch) plain = ido_fetch_new ("http://127.0.0.1:9/utf8-bom-long.csv");
  g_autoptr(GError) error = NULL;

  expect_error (redirect, IDO_FETCH_ERROR, IDO_FETCH_ERROR_NOT_HTTPS, NULL);
  expect_error (plain, IDO_FETCH_ERROR, IDO_FETCH_ERROR_NOT_HTTPS, NULL);
  g_assert_false (ido_fetch_check_url ("ftp://example.org/a.csv", &error));
  g_assert_error (error, IDO_FETCH_ERROR, IDO_FETCH_ERROR_NOT_HTTPS);
  g_assert_true (ido_fetch_check_url ("https://example.org/a.csv", NULL));
}

static void
test_http_404 (void)
{
  g_autoptr(IdoFetch) fetch = make_fetch ("file/no-such-file.csv");

  expect_error (fetch, IDO_FETCH_ERROR, IDO_FETCH_ERROR_HTTP, "404");
}

static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  /* Closed when the socket goes: nothing listens there afterwards. */
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static void
test_offline (void)
{
  g_autofree char *refused_url = g_strdup_printf ("https://127.0.0.1:%u/dashboard.csv", free_port ());
  g_autoptr(IdoFetch) refused = ido_fetch_new (refused_url);
  /* .invalid never resolves (RFC 2606). */
  g_autoptr(IdoFetch) unknown = ido_fetch_new ("https://dashboard.ido-regie.invalid/dashboard.csv");

  ido_fetch_set_timeout (refused, 5);
  ido_fetch_set_timeout (unknown, 5);

  expect_error (refused, IDO_FETCH_ERROR, IDO_FETCH_ERROR_OFFLINE, "internet");
  expect_error (unknown, IDO_FETCH_ERROR, IDO_FETCH_ERROR_OFFLINE, "dashboard.ido-regie.invalid");
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoFetch) fetch = make_fetch ("slow");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = NULL;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (200, cancel_cb, cancellable);
  file = download (fetch, cancellable, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The transfer stopped right away, well before the server's four
   * seconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
}

/* ido-regie import --fetch */

static GString *cli_errors;

static void
discard_print (const char *text)
{
}

static void
collect_printerr (const char *text)
{
  g_string_append (cli_errors, text);
}

static int
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  GPrintFunc old_print;
  GPrintFunc old_printerr;
  va_list ap;
  int status;

  g_ptr_array_add (args, (gpointer) "ido-regie");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_string_truncate (cli_errors, 0);
  old_print = g_set_print_handler (discard_print);
  old_printerr = g_set_printerr_handler (collect_printerr);
  status = ido_cli_run ((int) args->len - 1, (char **) args->pdata);
  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);
  return status;
}

static void
set_url (const char *db_path,
         const char *url)
{
  g_autoptr(IdoDatabase) database = ido_database_open (db_path, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_import_source_set_fetch_url (database, "KB-dashboard", url, &error));
  g_assert_no_error (error);
}

static gint64
count_rows (const char *db_path,
            const char *table)
{
  g_autoptr(IdoDatabase) database = ido_database_open (db_path, NULL);

  return ido_database_count (database, table);
}

static void
test_cli_fetch (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autofree char *db = g_build_filename (dir, "fetch.db", NULL);
  g_autofree char *csv = fixture_path ("utf8-bom-long.csv");
  g_autofree char *good = server_url ("file/utf8-bom-long.csv");
  g_autofree char *page = server_url ("page/utf8-bom-long.csv");
  g_autofree char *missing = server_url ("file/kwartaal-9.csv");
  g_autofree char *checksum = NULL;
  guint before = count_download_dirs ();

  cli_errors = g_string_new (NULL);
  /* A preset from an earlier import of the same columns, nothing imported. */
  g_assert_cmpint (run_cli ("import", "--database", db, "--dry-run", "--save-preset", "KB-dashboard", csv, NULL),
                   ==, 0);
  g_assert_cmpint (count_rows (db, "observation"), ==, 0);

  /* No address saved yet. */
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", NULL), ==, 1);
  g_assert_nonnull (strstr (cli_errors->str, "no saved address"));
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "Geen", NULL), ==, 1);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", csv, NULL), ==, 2);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", "--preset", "KB-dashboard",
                            NULL), ==, 2);

  /* Failures change nothing: not the data, not the batches. */
  set_url (db, page);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", "--ca-file", server.ca_file, NULL), ==, 1);
  g_assert_nonnull (strstr (cli_errors->str, "web page"));
  set_url (db, missing);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", "--ca-file", server.ca_file, NULL), ==, 1);
  g_assert_nonnull (strstr (cli_errors->str, "404"));
  set_url (db, good);
  /* Without the test CA the certificate is not trusted; the database file
   * stays byte for byte the same. */
  checksum = ido_test_file_checksum (db);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", NULL), ==, 1);
  g_assert_nonnull (strstr (cli_errors->str, "could not be verified"));
  {
    g_autofree char *after = ido_test_file_checksum (db);

    g_assert_cmpstr (after, ==, checksum);
  }
  g_assert_cmpint (count_rows (db, "observation"), ==, 0);
  g_assert_cmpint (count_rows (db, "import_batch"), ==, 0);

  /* Fetched and imported with the preset, as one batch; again: no change. */
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", "--ca-file", server.ca_file, NULL), ==, 0);
  g_assert_cmpint (count_rows (db, "observation"), ==, 4);
  g_assert_cmpint (count_rows (db, "import_batch"), ==, 1);
  g_assert_cmpint (run_cli ("import", "--database", db, "--fetch", "KB-dashboard", "--ca-file", server.ca_file, NULL), ==, 0);
  g_assert_cmpint (count_rows (db, "observation"), ==, 4);
  g_assert_cmpint (count_rows (db, "import_batch"), ==, 1);
  {
    g_autoptr(IdoDatabase) database = ido_database_open (db, NULL);
    g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, "SELECT file_name, json_extract (mapping, "
                                                         "'$.name') FROM import_batch", NULL);
    gboolean has_row = FALSE;

    g_assert_true (ido_database_step (database, stmt, &has_row, NULL));
    g_assert_true (has_row);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "utf8-bom-long.csv");
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "KB-dashboard");
  }
  /* The downloads were removed. */
  g_assert_cmpuint (count_download_dirs (), ==, before);
  g_string_free (cli_errors, TRUE);
  ido_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();

  g_test_add_func ("/fetch/success-csv", test_success_csv);
  g_test_add_func ("/fetch/success-xlsx", test_success_xlsx);
  g_test_add_func ("/fetch/html-refused", test_html_refused);
  g_test_add_func ("/fetch/too-large", test_too_large);
  g_test_add_func ("/fetch/timeout", test_timeout);
  g_test_add_func ("/fetch/untrusted-certificate", test_untrusted);
  g_test_add_func ("/fetch/not-https", test_not_https);
  g_test_add_func ("/fetch/http-404", test_http_404);
  g_test_add_func ("/fetch/offline", test_offline);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/cli", test_cli_fetch);

  g_assert_true (ido_test_server_start (&server));
  status = g_test_run ();
  ido_test_server_stop (&server);
  return status;
}

/* test-cbs-client.c: the CBS client against a local HTTPS server with a
 * test CA (tests/net/cbs-test-server.py), never the internet.
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ido-cbs-client.h"
#include "ido-test-server.h"

static IdoTestServer server;

static IdoCbsClient *
make_client (const char *mode)
{
  IdoCbsClient *client = ido_cbs_client_new ();
  g_autofree char *base = g_strdup_printf ("https://127.0.0.1:%u/%s/ODataApi/odata/03759ned", server.port, mode);

  ido_cbs_client_set_base_url (client, base);
  ido_cbs_client_set_ca_file (client, server.ca_file);
  ido_cbs_client_set_timeout (client, 10);
  return client;
}

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs a fetch to the end; the main context keeps turning meanwhile. */
static GHashTable *
fetch (IdoCbsClient  *client,
       int            year,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ido_cbs_client_fetch_inhabitants_async (client, year, cancellable, on_fetched_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return ido_cbs_client_fetch_inhabitants_finish (client, result, error);
}

static void
test_url (void)
{
  g_autoptr(IdoCbsClient) client = ido_cbs_client_new ();
  g_autofree char *url = ido_cbs_client_build_url (client, 2022);
  g_autofree char *unescaped = g_uri_unescape_string (url, NULL);

  g_assert_true (g_str_has_prefix (url, "https://opendata.cbs.nl/ODataApi/odata/03759ned/TypedDataSet"
                                        "?$format=json&$filter="));
  g_assert_null (strchr (url, ' '));
  g_assert_nonnull (strstr (unescaped, "Geslacht eq 'T001038' and Leeftijd eq '10000' and "
                                       "BurgerlijkeStaat eq 'T001019' and Perioden eq '2022JJ00' and "
                                       "startswith(RegioS,'GM')&$select=RegioS,BevolkingOp1Januari_1"));
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) table = NULL;
  const char *padded = "{ \"value\" : [ {\" RegioS \":\" GM0363 \",\"BevolkingOp1Januari_1\":\"882633\"},"
                       " {\"RegioS\":\"NL01  \",\"BevolkingOp1Januari_1\":17590672} ] }";

  table = ido_cbs_parse_inhabitants (padded, strlen (padded), 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (table), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, "GM0363")), ==, 882633);
  g_clear_pointer (&table, g_hash_table_unref);

  table = ido_cbs_parse_inhabitants ("[1,2]", 5, 2022, &error);
  g_assert_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_MALFORMED);
  g_clear_error (&error);
  table = ido_cbs_parse_inhabitants ("{\"value\":[{\"RegioS\":\"GM0014\",\"BevolkingOp1Januari_1\":-4}]}", 60,
                                     2022, &error);
  g_assert_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_MALFORMED);
}

static void
test_success (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoCbsClient) client = make_client ("ok");
  g_autoptr(GHashTable) table = fetch (client, 2022, NULL, &error);

  g_assert_no_error (error);
  /* Six rows, one without a figure; codes and names were padded. */
  g_assert_cmpuint (g_hash_table_size (table), ==, 5);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, "GM0014")), ==, 233273);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, "GM0363")), ==, 882633);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, "GM0599")), ==, 655468);
  g_assert_false (g_hash_table_contains (table, "GM1992"));
  g_assert_false (g_hash_table_contains (table, "GM0014    "));
}

static void
expect_error (const char *mode,
              int         year,
              guint       timeout,
              gsize       max_size,
              gboolean    trust_test_ca,
              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoCbsClient) client = make_client (mode);
  g_autoptr(GHashTable) table = NULL;

  if (timeout > 0)
    ido_cbs_client_set_timeout (client, timeout);
  if (max_size > 0)
    ido_cbs_client_set_max_size (client, max_size);
  if (!trust_test_ca)
    ido_cbs_client_set_ca_file (client, NULL);
  table = fetch (client, year, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, IDO_CBS_ERROR, code);
  /* Every message says the manual value stays. */
  g_assert_nonnull (strstr (error->message, "The number you entered is kept."));
  g_test_message ("%s: %s", mode, error->message);
}

static void
test_malformed (void)
{
  expect_error ("malformed", 2022, 0, 0, TRUE, IDO_CBS_ERROR_MALFORMED);
}

static void
test_no_data (void)
{
  expect_error ("ok", 2031, 0, 0, TRUE, IDO_CBS_ERROR_NO_DATA);
}

static void
test_timeout (void)
{
  gint64 start = g_get_monotonic_time ();

  expect_error ("slow", 2022, 1, 0, TRUE, IDO_CBS_ERROR_TIMEOUT);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
}

static void
test_too_large (void)
{
  /* With and without a Content-Length up front. */
  expect_error ("large", 2022, 0, 64 * 1024, TRUE, IDO_CBS_ERROR_TOO_LARGE);
  expect_error ("chunked", 2022, 0, 64 * 1024, TRUE, IDO_CBS_ERROR_TOO_LARGE);
}

static void
test_untrusted (void)
{
  /* The test CA is not among the system's: verification must fail. */
  expect_error ("ok", 2022, 0, 0, FALSE, IDO_CBS_ERROR_CERTIFICATE);
}

static void
test_http_error (void)
{
  expect_error ("error", 2022, 0, 0, TRUE, IDO_CBS_ERROR_HTTP);
}

static void
test_no_plain_http_redirect (void)
{
  expect_error ("redirect", 2022, 0, 0, TRUE, IDO_CBS_ERROR_FAILED);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoCbsClient) client = ido_cbs_client_new ();
  g_autofree char *base = g_strdup_printf ("https://127.0.0.1:%u/ODataApi/odata/03759ned", free_port ());
  g_autoptr(GHashTable) table = NULL;

  ido_cbs_client_set_base_url (client, base);
  table = fetch (client, 2022, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, IDO_CBS_ERROR, IDO_CBS_ERROR_OFFLINE);
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
  g_autoptr(IdoCbsClient) client = make_client ("slow");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GHashTable) table = NULL;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (200, cancel_cb, cancellable);
  table = fetch (client, 2022, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The transfer stopped right away, well before the server's four
   * seconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cbs-client/url", test_url);
  g_test_add_func ("/cbs-client/parse", test_parse);
  g_test_add_func ("/cbs-client/success", test_success);
  g_test_add_func ("/cbs-client/malformed", test_malformed);
  g_test_add_func ("/cbs-client/no-data", test_no_data);
  g_test_add_func ("/cbs-client/timeout", test_timeout);
  g_test_add_func ("/cbs-client/too-large", test_too_large);
  g_test_add_func ("/cbs-client/untrusted-certificate", test_untrusted);
  g_test_add_func ("/cbs-client/http-error", test_http_error);
  g_test_add_func ("/cbs-client/no-plain-http-redirect", test_no_plain_http_redirect);
  g_test_add_func ("/cbs-client/offline", test_offline);
  g_test_add_func ("/cbs-client/cancel", test_cancel);

  g_assert_true (ido_test_server_start (&server));
  status = g_test_run ();
  ido_test_server_stop (&server);
  return status;
}

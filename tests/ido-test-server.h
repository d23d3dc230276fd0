/* ido-test-server.h: the local HTTPS server of the network tests
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/net/cbs-test-server.py, started with a test CA it makes at test
 * time; it serves the recorded CBS answers and the import fixtures. No
 * test ever reaches the internet.
 */

#pragma once

#include <glib.h>
#include <gio/gio.h>

#include "ido-test-utils.h"

typedef struct
{
  GSubprocess *process;
  char        *dir;
  char        *ca_file;
  guint16      port;
} IdoTestServer;

/* Starts the server and waits until it listens. Returns FALSE, starting
 * nothing, when python3 or openssl is missing (the caller skips). */
static inline gboolean
ido_test_server_start (IdoTestServer *server)
{
  const char *srcdir = g_getenv ("IDO_TEST_SRCDIR");
  g_autofree char *python = g_strdup (g_getenv ("IDO_TEST_PYTHON"));
  g_autofree char *openssl = g_find_program_in_path ("openssl");
  g_autofree char *script = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *fixtures = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_nonnull (srcdir);
  if (python == NULL)
    python = g_find_program_in_path ("python3");
  if (openssl == NULL && g_getenv ("IDO_TEST_OPENSSL") != NULL)
    openssl = g_strdup (g_getenv ("IDO_TEST_OPENSSL"));
  if (python == NULL || openssl == NULL)
    return FALSE;
  script = g_build_filename (srcdir, "tests", "net", "cbs-test-server.py", NULL);
  recorded = g_build_filename (srcdir, "tests", "net", "data", NULL);
  fixtures = g_build_filename (srcdir, "tests", "import", "fixtures", NULL);
  server->dir = ido_test_make_dir ();
  server->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                      python, script, server->dir, recorded, fixtures, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server->process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  words = g_strsplit (line, " ", 4);
  g_assert_cmpstr (words[0], ==, "PORT");
  g_assert_cmpstr (words[2], ==, "CA");
  server->port = (guint16) g_ascii_strtoull (words[1], NULL, 10);
  server->ca_file = g_strdup (words[3]);
  g_assert_cmpuint (server->port, >, 0);
  return TRUE;
}

static inline void
ido_test_server_stop (IdoTestServer *server)
{
  g_subprocess_force_exit (server->process);
  g_subprocess_wait (server->process, NULL, NULL);
  g_clear_object (&server->process);
  ido_test_remove_dir (server->dir);
  g_clear_pointer (&server->dir, g_free);
  g_clear_pointer (&server->ca_file, g_free);
}

/* "https://127.0.0.1:PORT/PATH" */
static inline char *
ido_test_server_url (IdoTestServer *server,
                     const char    *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u/%s", server->port, path);
}

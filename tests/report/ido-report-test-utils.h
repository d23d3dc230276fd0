/* ido-report-test-utils.h: helpers for the report tests
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* The text of a PDF as pdftotext extracts it, pages separated by form feeds;
 * NULL (and the test skipped) when pdftotext is missing. */
static inline char *
ido_report_test_pdf_text (const char *pdf_path,
                          gboolean    layout)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw", pdf_path, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed: %s", err);
  return g_steal_pointer (&out);
}

/* The number of pages pdfinfo reports, or -1 without pdfinfo. */
static inline int
ido_report_test_pdf_pages (const char *pdf_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *prog = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { "pdfinfo", pdf_path, NULL };
  const char *line;
  int status = 0;

  if (prog == NULL)
    return -1;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

static inline guint
ido_report_test_count (const char *haystack,
                       const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    count++;
  return count;
}

/* pdftotext may break a line anywhere; compare with all white space folded. */
static inline char *
ido_report_test_squeeze (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        {
          space = TRUE;
          continue;
        }
      if (space && s->len > 0)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* With IDO_REPORT_KEEP=DIR set, a copy of @path is kept there to look at. */
static inline void
ido_report_test_keep (const char *path)
{
  const char *keep = g_getenv ("IDO_REPORT_KEEP");
  g_autofree char *contents = NULL;
  g_autofree char *base = NULL;
  g_autofree char *dest = NULL;
  gsize length = 0;

  if (keep == NULL || !g_file_get_contents (path, &contents, &length, NULL))
    return;
  base = g_path_get_basename (path);
  dest = g_build_filename (keep, base, NULL);
  g_file_set_contents (dest, contents, length, NULL);
}

/* main.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(IdoApplication) application = NULL;

#if DEVELOPMENT_BUILD
  /* ido-dev run points this at the build's own catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("IDO_LOCALEDIR") ? g_getenv ("IDO_LOCALEDIR") : LOCALEDIR);
#else
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
#endif
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = ido_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}

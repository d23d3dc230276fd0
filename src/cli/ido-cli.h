/* ido-cli.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when argv[1] names a command-line subcommand that runs without a
 * window ("sample", ...). */
gboolean ido_cli_is_subcommand (const char  *arg);
/* Runs the subcommand in argv[1]; returns the process exit status. */
int      ido_cli_run           (int          argc,
                                char       **argv);

G_END_DECLS

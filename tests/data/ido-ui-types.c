/* ido-ui-types.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A module preloaded into gtk4-builder-tool by validate-ui.sh. It carries
 * the whole ido-ui library, so GtkBuilder resolves "IdoWindow" and
 * "AdwToolbarView" through ido_window_get_type() and
 * adw_toolbar_view_get_type() like it does for GTK's own types.
 */

#include "config.h"

#include <adwaita.h>

/* Our widgets are libadwaita widgets: initialise libadwaita (and with it
 * GTK, on the display the tool will use) before the tool builds anything,
 * as IdoApplication does in the real program. */
__attribute__((constructor)) static void
ido_ui_types_init (void)
{
  adw_init ();
}

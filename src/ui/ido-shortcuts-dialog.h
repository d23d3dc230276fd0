/* ido-shortcuts-dialog.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A keyboard shortcut of the application, as registered and as listed. */
typedef struct
{
  const char *action;   /* detailed action name: "win.show-pane::overview" */
  const char *accel;    /* "<Alt>1" */
  const char *title;    /* untranslated; pass through _() */
  gboolean    pane;     /* listed under "Panes" rather than "General" */
} IdoShortcut;

#define IDO_TYPE_SHORTCUTS_DIALOG (ido_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IdoShortcutsDialog, ido_shortcuts_dialog, IDO, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog         *ido_shortcuts_dialog_new           (void);
const IdoShortcut *ido_shortcuts_dialog_get_shortcuts (guint *n_shortcuts);

G_END_DECLS

/* ido-role-info.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* What the sidebar, the overview cards and the panes say about a role. */
typedef struct
{
  IdoRole     role;
  const char *name;        /* stable id for actions and settings: "financier" */
  const char *title;       /* untranslated; pass through _() */
  const char *subtitle;    /* untranslated one-liner of what the role is about */
  const char *icon_name;
} IdoRoleInfo;

const IdoRoleInfo *ido_role_info_get         (IdoRole     role);
gboolean           ido_role_info_lookup_name (const char *name,
                                              IdoRole    *role);

G_END_DECLS

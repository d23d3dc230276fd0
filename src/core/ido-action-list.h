/* ido-action-list.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-action-entry.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_ACTION_LIST (ido_action_list_get_type ())

G_DECLARE_FINAL_TYPE (IdoActionList, ido_action_list, IDO, ACTION_LIST, GObject)

/* A GListModel of IdoActionEntry: the action items of every role, overdue
 * first, then this week, later and (when asked) done, each by due date.
 * Filters by role and owner run in SQL, so the list stays fast with
 * thousands of items. It reloads itself when action items, meetings or
 * signals change. */
IdoActionList *ido_action_list_new              (IdoDatabase    *database);
const char    *ido_action_list_get_role         (IdoActionList  *self);
void           ido_action_list_set_role         (IdoActionList  *self,
                                                 const char     *role);
const char    *ido_action_list_get_owner        (IdoActionList  *self);
void           ido_action_list_set_owner        (IdoActionList  *self,
                                                 const char     *owner);
gboolean       ido_action_list_get_include_done (IdoActionList  *self);
void           ido_action_list_set_include_done (IdoActionList  *self,
                                                 gboolean        include_done);
void           ido_action_list_set_today        (IdoActionList  *self,
                                                 const char     *today);
gboolean       ido_action_list_reload           (IdoActionList  *self,
                                                 GError        **error);
guint          ido_action_list_count_group      (IdoActionList  *self,
                                                 IdoActionGroup  group);
GStrv          ido_action_list_dup_owners       (IdoActionList  *self);

G_END_DECLS

/* ido-action-entry.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Where an action item falls in the overview's list. */
typedef enum
{
  IDO_ACTION_GROUP_OVERDUE,    /* due before today, not done */
  IDO_ACTION_GROUP_THIS_WEEK,  /* due from today up to and including Sunday of this ISO week */
  IDO_ACTION_GROUP_LATER,      /* due after this week, or without a due date */
  IDO_ACTION_GROUP_DONE,
} IdoActionGroup;

#define IDO_TYPE_ACTION_ENTRY (ido_action_entry_get_type ())

G_DECLARE_FINAL_TYPE (IdoActionEntry, ido_action_entry, IDO, ACTION_ENTRY, GObject)

/* One action item as the overview lists it; immutable. */
IdoActionEntry *ido_action_entry_new             (gint64          id,
                                                  const char     *role,
                                                  const char     *description,
                                                  const char     *owner,
                                                  const char     *due_on,
                                                  const char     *done_on,
                                                  const char     *origin,
                                                  IdoActionGroup  group);
gint64          ido_action_entry_get_id          (IdoActionEntry *self);
const char     *ido_action_entry_get_role        (IdoActionEntry *self);
const char     *ido_action_entry_get_description (IdoActionEntry *self);
const char     *ido_action_entry_get_owner       (IdoActionEntry *self);
const char     *ido_action_entry_get_due_on      (IdoActionEntry *self);
const char     *ido_action_entry_get_done_on     (IdoActionEntry *self);
const char     *ido_action_entry_get_origin      (IdoActionEntry *self);
IdoActionGroup  ido_action_entry_get_group       (IdoActionEntry *self);

IdoActionGroup  ido_action_group_for             (const char     *due_on,
                                                  const char     *done_on,
                                                  const char     *today);
const char     *ido_action_group_get_label       (IdoActionGroup  group);
const char     *ido_action_role_get_label        (const char     *role);
const char * const *ido_action_get_roles         (void);

G_END_DECLS

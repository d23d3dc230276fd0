/* ido-meeting.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* A meeting: a network meeting (ketenpartneroverleg), meet & greet,
 * presentation, the periodic meeting with the library's IDO-coordinator, or
 * a driehoeksgesprek with a policy department. */
typedef struct
{
  gint64  partner_id;
  gboolean attended;    /* FALSE: invited only */
} IdoMeetingPartner;

typedef struct
{
  gint64  id;           /* 0 for a new item */
  char   *uuid;
  char   *title;
  char   *template;     /* the agenda template it came from, or "" */
  char   *notes;
} IdoAgendaItem;

typedef struct
{
  gint64  id;           /* 0 for a new meeting */
  char   *uuid;
  char   *kind;         /* "network", "meet-and-greet", "presentation", "library", "policy-triangle" */
  char   *held_on;      /* ISO date */
  char   *title;
  char   *place;
  gint64  library_id;   /* 0 when none */
  char   *attendees;
  char   *notes;
  char   *decisions;
  GArray *partners;     /* IdoMeetingPartner */
  GPtrArray *agenda;    /* IdoAgendaItem */
  gint64  policy_domain_id; /* a driehoeksgesprek's policy domain, or 0 */
} IdoMeeting;

/* A standard agenda item of the periodic meeting with the library's
 * IDO-coordinator (§4.1.2, §4.2.1). */
typedef struct
{
  const char *id;       /* stored in meeting_agenda_item.template */
  const char *title;    /* translatable: use ido_meeting_agenda_template_get_title() */
  const char *hint;     /* translatable: what to discuss */
} IdoAgendaTemplate;

/* The text fields of a meeting that meeting mode saves as you type. */
typedef enum
{
  IDO_MEETING_TEXT_TITLE,
  IDO_MEETING_TEXT_PLACE,
  IDO_MEETING_TEXT_ATTENDEES,
  IDO_MEETING_TEXT_NOTES,
  IDO_MEETING_TEXT_DECISIONS,
} IdoMeetingText;

typedef struct
{
  gint64  id;           /* 0 for a new action */
  char   *uuid;
  char   *role;         /* "financier", "promotor", "network", "referrer", "service", "policy" */
  gint64  meeting_id;   /* 0 when not from a meeting */
  gint64  signal_id;    /* 0 when not about a signal */
  char   *description;
  char   *owner;
  char   *due_on;       /* ISO date or NULL */
  char   *done_on;      /* ISO date or NULL while open */
} IdoActionItem;

IdoMeeting    *ido_meeting_new            (const char     *kind);
void           ido_meeting_free           (IdoMeeting     *meeting);
IdoAgendaItem *ido_meeting_add_agenda_item (IdoMeeting    *meeting,
                                           const char     *title,
                                           const char     *template);
void           ido_meeting_set_partner    (IdoMeeting     *meeting,
                                           gint64          partner_id,
                                           gboolean        attended);
IdoMeeting    *ido_meeting_load           (IdoDatabase    *database,
                                           gint64          meeting_id,
                                           GError        **error);
gboolean       ido_meeting_save           (IdoDatabase    *database,
                                           IdoMeeting     *meeting,
                                           GError        **error);
gboolean       ido_meeting_delete         (IdoDatabase    *database,
                                           gint64          meeting_id,
                                           GError        **error);

IdoActionItem *ido_action_item_new        (const char     *role);
void           ido_action_item_free       (IdoActionItem  *item);
IdoActionItem *ido_action_item_load       (IdoDatabase    *database,
                                           gint64          action_id,
                                           GError        **error);
gboolean       ido_action_item_save       (IdoDatabase    *database,
                                           IdoActionItem  *item,
                                           GError        **error);
gboolean       ido_action_item_set_done   (IdoDatabase    *database,
                                           gint64          action_id,
                                           const char     *done_on,
                                           GError        **error);
gboolean       ido_action_item_delete     (IdoDatabase    *database,
                                           gint64          action_id,
                                           GError        **error);
GPtrArray     *ido_action_items_for_meeting (IdoDatabase  *database,
                                           gint64          meeting_id,
                                           GError        **error);

const IdoAgendaTemplate *ido_meeting_get_agenda_templates (guint  *n_templates);
const char    *ido_meeting_agenda_template_get_title (const char *template_id);
const char    *ido_meeting_agenda_template_get_hint  (const char *template_id);
IdoMeeting    *ido_meeting_new_library    (gint64          library_id,
                                           const char     *held_on);
gboolean       ido_meeting_update_text    (IdoDatabase    *database,
                                           gint64          meeting_id,
                                           IdoMeetingText  field,
                                           const char     *text,
                                           GError        **error);
gboolean       ido_agenda_item_update_notes (IdoDatabase  *database,
                                           gint64          item_id,
                                           const char     *notes,
                                           GError        **error);
gboolean       ido_agenda_item_add        (IdoDatabase    *database,
                                           gint64          meeting_id,
                                           const char     *title,
                                           const char     *template,
                                           gint64         *item_id,
                                           GError        **error);
gboolean       ido_agenda_item_delete     (IdoDatabase    *database,
                                           gint64          item_id,
                                           GError        **error);
GListModel    *ido_meeting_list_by_kind   (IdoDatabase    *database,
                                           const char     *kind,
                                           GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoMeeting, ido_meeting_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoActionItem, ido_action_item_free)

G_END_DECLS

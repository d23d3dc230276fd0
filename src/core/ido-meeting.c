/* ido-meeting.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-meeting.h"
#include "ido-record.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const meeting_kinds[] = {
  "network", "meet-and-greet", "presentation", "library", "policy-triangle", NULL
};

static const char * const action_roles[] = {
  "financier", "promotor", "network", "referrer", "service", "policy", NULL
};

static void
agenda_item_free (gpointer data)
{
  IdoAgendaItem *item = data;

  g_free (item->uuid);
  g_free (item->title);
  g_free (item->template);
  g_free (item->notes);
  g_free (item);
}

/**
 * ido_meeting_new:
 * @kind: the kind of meeting, e.g. "network"
 *
 * Returns: (transfer full): an unsaved meeting
 */
IdoMeeting *
ido_meeting_new (const char *kind)
{
  IdoMeeting *meeting = g_new0 (IdoMeeting, 1);

  meeting->kind = g_strdup (kind);
  meeting->title = g_strdup ("");
  meeting->place = g_strdup ("");
  meeting->attendees = g_strdup ("");
  meeting->notes = g_strdup ("");
  meeting->decisions = g_strdup ("");
  meeting->partners = g_array_new (FALSE, FALSE, sizeof (IdoMeetingPartner));
  meeting->agenda = g_ptr_array_new_with_free_func (agenda_item_free);
  return meeting;
}

void
ido_meeting_free (IdoMeeting *meeting)
{
  if (meeting == NULL)
    return;
  g_free (meeting->uuid);
  g_free (meeting->kind);
  g_free (meeting->held_on);
  g_free (meeting->title);
  g_free (meeting->place);
  g_free (meeting->attendees);
  g_free (meeting->notes);
  g_free (meeting->decisions);
  g_array_unref (meeting->partners);
  g_ptr_array_unref (meeting->agenda);
  g_free (meeting);
}

/**
 * ido_meeting_add_agenda_item:
 *
 * Returns: (transfer none): the new item, owned by @meeting
 */
IdoAgendaItem *
ido_meeting_add_agenda_item (IdoMeeting *meeting,
                             const char *title,
                             const char *template)
{
  IdoAgendaItem *item = g_new0 (IdoAgendaItem, 1);

  item->title = g_strdup (title);
  item->template = g_strdup (template ? template : "");
  item->notes = g_strdup ("");
  g_ptr_array_add (meeting->agenda, item);
  return item;
}

void
ido_meeting_set_partner (IdoMeeting *meeting,
                         gint64      partner_id,
                         gboolean    attended)
{
  IdoMeetingPartner entry = { partner_id, attended };

  for (guint i = 0; i < meeting->partners->len; i++)
    {
      IdoMeetingPartner *p = &g_array_index (meeting->partners, IdoMeetingPartner, i);

      if (p->partner_id == partner_id)
        {
          p->attended = attended;
          return;
        }
    }
  g_array_append_val (meeting->partners, entry);
}

static gboolean
load_meeting_partners (IdoDatabase  *database,
                       IdoMeeting   *meeting,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT partner_id, attended FROM meeting_partner WHERE meeting_id = ?"
                               " ORDER BY partner_id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    ido_meeting_set_partner (meeting, sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1));
  return !has_row;
}

static gboolean
load_agenda (IdoDatabase  *database,
             IdoMeeting   *meeting,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT id, uuid, title, template, notes FROM meeting_agenda_item"
                               " WHERE meeting_id = ? ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      IdoAgendaItem *item = ido_meeting_add_agenda_item (meeting, (const char *) sqlite3_column_text (stmt, 2),
                                                         (const char *) sqlite3_column_text (stmt, 3));

      item->id = sqlite3_column_int64 (stmt, 0);
      item->uuid = ido_sql_column_dup (stmt, 1);
      g_free (item->notes);
      item->notes = ido_sql_column_dup (stmt, 4);
    }
  return !has_row;
}

/**
 * ido_meeting_load:
 *
 * Returns: (transfer full) (nullable): the meeting with its partners and agenda
 */
IdoMeeting *
ido_meeting_load (IdoDatabase  *database,
                  gint64        meeting_id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoMeeting) meeting = NULL;

  stmt = ido_database_select_by_id (database,
                                    "SELECT uuid, kind, held_on, title, place, library_id, attendees, notes,"
                                    " decisions, policy_domain_id FROM meeting WHERE id = ?",
                                    meeting_id,
                                    _("This meeting no longer exists."),
                                    error);
  if (stmt == NULL)
    return NULL;
  meeting = ido_meeting_new ((const char *) sqlite3_column_text (stmt, 1));
  meeting->id = meeting_id;
  meeting->uuid = ido_sql_column_dup (stmt, 0);
  meeting->held_on = ido_sql_column_dup (stmt, 2);
  g_set_str (&meeting->title, (const char *) sqlite3_column_text (stmt, 3));
  g_set_str (&meeting->place, (const char *) sqlite3_column_text (stmt, 4));
  meeting->library_id = sqlite3_column_int64 (stmt, 5);
  g_set_str (&meeting->attendees, (const char *) sqlite3_column_text (stmt, 6));
  g_set_str (&meeting->notes, (const char *) sqlite3_column_text (stmt, 7));
  g_set_str (&meeting->decisions, (const char *) sqlite3_column_text (stmt, 8));
  meeting->policy_domain_id = sqlite3_column_int64 (stmt, 9);
  sqlite3_reset (stmt);
  if (!load_meeting_partners (database, meeting, error) || !load_agenda (database, meeting, error))
    return NULL;
  return g_steal_pointer (&meeting);
}

static gboolean
validate_meeting (const IdoMeeting  *meeting,
                  GError           **error)
{
  if (meeting->kind == NULL || !g_strv_contains (meeting_kinds, meeting->kind))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the kind of meeting."));
      return FALSE;
    }
  if (!ido_validate_required (meeting->held_on, IDO_FIELD_DATE, error) ||
      !ido_validate_date (meeting->held_on, IDO_FIELD_DATE, error))
    return FALSE;
  for (guint i = 0; i < meeting->agenda->len; i++)
    {
      IdoAgendaItem *item = g_ptr_array_index (meeting->agenda, i);

      if (!ido_validate_required (item->title, IDO_FIELD_NAME, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_meeting_row (IdoDatabase  *database,
                  IdoMeeting   *meeting,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (meeting->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO meeting (kind, held_on, title, place, library_id, attendees,"
                                 " notes, decisions, policy_domain_id, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                 " ?10, ?11) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE meeting SET kind = ?1, held_on = ?2, title = ?3, place = ?4,"
                                 " library_id = ?5, attendees = ?6, notes = ?7, decisions = ?8,"
                                 " policy_domain_id = ?10 WHERE id = ?9 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, meeting->kind);
  ido_sql_bind_text (stmt, 2, meeting->held_on);
  ido_sql_bind_text (stmt, 3, meeting->title);
  ido_sql_bind_text (stmt, 4, meeting->place);
  ido_sql_bind_id_or_null (stmt, 5, meeting->library_id);
  ido_sql_bind_text (stmt, 6, meeting->attendees);
  ido_sql_bind_text (stmt, 7, meeting->notes);
  ido_sql_bind_text (stmt, 8, meeting->decisions);
  if (meeting->id != 0)
    sqlite3_bind_int64 (stmt, 9, meeting->id);
  ido_sql_bind_id_or_null (stmt, 10, meeting->policy_domain_id);
  /* A deleted meeting restored by undo keeps its uuid. */
  if (meeting->id == 0)
    sqlite3_bind_text (stmt, 11, meeting->uuid ? g_strdup (meeting->uuid) : g_uuid_string_random (), -1, g_free);
  return ido_database_step_returning (database, stmt, &meeting->id, &meeting->uuid, error);
}

static gboolean
save_partners (IdoDatabase  *database,
               IdoMeeting   *meeting,
               GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM meeting_partner WHERE meeting_id = ?", meeting->id, error))
    return FALSE;
  for (guint i = 0; i < meeting->partners->len; i++)
    {
      IdoMeetingPartner *p = &g_array_index (meeting->partners, IdoMeetingPartner, i);

      stmt = ido_database_prepare (database,
                                   "INSERT INTO meeting_partner (meeting_id, partner_id, attended) VALUES (?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting->id);
      sqlite3_bind_int64 (stmt, 2, p->partner_id);
      sqlite3_bind_int (stmt, 3, p->attended ? 1 : 0);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Removes the agenda items of the meeting that are no longer in its list. */
static gboolean
prune_agenda (IdoDatabase  *database,
              IdoMeeting   *meeting,
              GError      **error)
{
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < meeting->agenda->len; i++)
    {
      IdoAgendaItem *item = g_ptr_array_index (meeting->agenda, i);

      if (item->id > 0)
        g_array_append_val (keep, item->id);
    }
  return ido_database_delete_except (database,
                                     "DELETE FROM meeting_agenda_item WHERE meeting_id = ?"
                                     " AND id NOT IN (SELECT value FROM json_each(?))",
                                     meeting->id, keep, error);
}

static gboolean
save_agenda (IdoDatabase  *database,
             IdoMeeting   *meeting,
             GError      **error)
{
  if (!prune_agenda (database, meeting, error))
    return FALSE;
  for (guint i = 0; i < meeting->agenda->len; i++)
    {
      IdoAgendaItem *item = g_ptr_array_index (meeting->agenda, i);
      sqlite3_stmt *stmt;

      if (item->id == 0)
        stmt = ido_database_prepare (database,
                                     "INSERT INTO meeting_agenda_item (meeting_id, position, title, template, notes)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id, uuid",
                                     error);
      else
        stmt = ido_database_prepare (database,
                                     "UPDATE meeting_agenda_item SET position = ?2, title = ?3, template = ?4,"
                                     " notes = ?5 WHERE meeting_id = ?1 AND id = ?6 RETURNING id, uuid",
                                     error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      ido_sql_bind_text (stmt, 3, item->title);
      ido_sql_bind_text (stmt, 4, item->template);
      ido_sql_bind_text (stmt, 5, item->notes);
      if (item->id != 0)
        sqlite3_bind_int64 (stmt, 6, item->id);
      if (!ido_database_step_returning (database, stmt, &item->id, &item->uuid, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_meeting_save:
 *
 * Validates and writes the meeting with its partners and agenda in one
 * transaction; a new meeting gets its id and uuid filled in.
 */
/* After a rolled-back save, items that were new must be new again: the ids
 * they got inside the transaction no longer exist. */
static void
forget_new_ids (IdoMeeting *meeting,
                gint64      old_id,
                GArray     *new_items)
{
  meeting->id = old_id;
  for (guint i = 0; i < new_items->len; i++)
    {
      IdoAgendaItem *item = g_ptr_array_index (meeting->agenda, g_array_index (new_items, guint, i));

      item->id = 0;
    }
}

gboolean
ido_meeting_save (IdoDatabase  *database,
                  IdoMeeting   *meeting,
                  GError      **error)
{
  g_autoptr(GArray) new_items = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 old_id;

  g_return_val_if_fail (meeting != NULL, FALSE);

  if (!validate_meeting (meeting, error))
    return FALSE;
  old_id = meeting->id;
  for (guint i = 0; i < meeting->agenda->len; i++)
    {
      if (((IdoAgendaItem *) g_ptr_array_index (meeting->agenda, i))->id == 0)
        g_array_append_val (new_items, i);
    }
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_meeting_row (database, meeting, error) ||
      !save_partners (database, meeting, error) ||
      !save_agenda (database, meeting, error))
    {
      ido_database_rollback (database);
      forget_new_ids (meeting, old_id, new_items);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      forget_new_ids (meeting, old_id, new_items);
      return FALSE;
    }
  ido_database_emit_changed (database, "meeting");
  return TRUE;
}

gboolean
ido_meeting_delete (IdoDatabase  *database,
                    gint64        meeting_id,
                    GError      **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM meeting WHERE id = ?", meeting_id, error))
    return FALSE;
  ido_database_emit_changed (database, "meeting");
  ido_database_emit_changed (database, "action_item");
  return TRUE;
}

/**
 * ido_action_item_new:
 *
 * Returns: (transfer full): an unsaved action item for @role
 */
IdoActionItem *
ido_action_item_new (const char *role)
{
  IdoActionItem *item = g_new0 (IdoActionItem, 1);

  item->role = g_strdup (role);
  item->description = g_strdup ("");
  item->owner = g_strdup ("");
  return item;
}

void
ido_action_item_free (IdoActionItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->role);
  g_free (item->description);
  g_free (item->owner);
  g_free (item->due_on);
  g_free (item->done_on);
  g_free (item);
}

static IdoActionItem *
action_from_row (sqlite3_stmt *stmt)
{
  IdoActionItem *item = ido_action_item_new ((const char *) sqlite3_column_text (stmt, 2));

  item->id = sqlite3_column_int64 (stmt, 0);
  item->uuid = ido_sql_column_dup (stmt, 1);
  item->meeting_id = sqlite3_column_int64 (stmt, 3);
  item->signal_id = sqlite3_column_int64 (stmt, 4);
  g_set_str (&item->description, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&item->owner, (const char *) sqlite3_column_text (stmt, 6));
  item->due_on = ido_sql_column_dup (stmt, 7);
  item->done_on = ido_sql_column_dup (stmt, 8);
  return item;
}

#define ACTION_COLUMNS "id, uuid, role, meeting_id, signal_id, description, owner, due_on, done_on"

/**
 * ido_action_item_load:
 *
 * Returns: (transfer full) (nullable): the action item
 */
IdoActionItem *
ido_action_item_load (IdoDatabase  *database,
                      gint64        action_id,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_select_by_id (database, "SELECT " ACTION_COLUMNS " FROM action_item WHERE id = ?", action_id,
                                    _("This action no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return action_from_row (stmt);
}

/**
 * ido_action_items_for_meeting:
 *
 * Returns: (transfer full) (element-type IdoActionItem) (nullable): the
 *   meeting's action items, by due date
 */
GPtrArray *
ido_action_items_for_meeting (IdoDatabase  *database,
                              gint64        meeting_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_action_item_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT " ACTION_COLUMNS " FROM action_item WHERE meeting_id = ?"
                               " ORDER BY due_on IS NULL, due_on, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (items, action_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&items);
}

static gboolean
validate_action (const IdoActionItem  *item,
                 GError              **error)
{
  if (item->role == NULL || !g_strv_contains (action_roles, item->role))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose the role this action belongs to."));
      return FALSE;
    }
  return ido_validate_required (item->description, IDO_FIELD_NAME, error) &&
         ido_validate_date (item->due_on, IDO_FIELD_END_DATE, error) &&
         ido_validate_date (item->done_on, IDO_FIELD_DATE, error);
}

/**
 * ido_action_item_save:
 *
 * Validates and writes @item; a new item gets its id and uuid filled in.
 */
gboolean
ido_action_item_save (IdoDatabase    *database,
                      IdoActionItem  *item,
                      GError        **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (item != NULL, FALSE);

  if (!validate_action (item, error))
    return FALSE;
  if (item->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO action_item (role, meeting_id, signal_id, description, owner,"
                                 " due_on, done_on) VALUES (?1, ?2, ?3, trim(?4), ?5, ?6, ?7) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE action_item SET role = ?1, meeting_id = ?2, signal_id = ?3,"
                                 " description = trim(?4), owner = ?5, due_on = ?6, done_on = ?7 WHERE id = ?8"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text (stmt, 1, item->role);
  ido_sql_bind_id_or_null (stmt, 2, item->meeting_id);
  ido_sql_bind_id_or_null (stmt, 3, item->signal_id);
  ido_sql_bind_text (stmt, 4, item->description);
  ido_sql_bind_text (stmt, 5, item->owner);
  ido_sql_bind_text_or_null (stmt, 6, item->due_on);
  ido_sql_bind_text_or_null (stmt, 7, item->done_on);
  if (item->id != 0)
    sqlite3_bind_int64 (stmt, 8, item->id);
  if (!ido_database_step_returning (database, stmt, &item->id, &item->uuid, error))
    return FALSE;
  ido_database_emit_changed (database, "action_item");
  return TRUE;
}

/**
 * ido_action_item_set_done:
 * @done_on: (nullable): the ISO date it was done, or %NULL to reopen
 */
gboolean
ido_action_item_set_done (IdoDatabase  *database,
                          gint64        action_id,
                          const char   *done_on,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_validate_date (done_on, IDO_FIELD_DATE, error))
    return FALSE;
  stmt = ido_database_prepare (database, "UPDATE action_item SET done_on = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_text_or_null (stmt, 1, done_on);
  sqlite3_bind_int64 (stmt, 2, action_id);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "action_item");
  return TRUE;
}

gboolean
ido_action_item_delete (IdoDatabase  *database,
                        gint64        action_id,
                        GError      **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM action_item WHERE id = ?", action_id, error))
    return FALSE;
  ido_database_emit_changed (database, "action_item");
  return TRUE;
}

static const IdoAgendaTemplate agenda_templates[] = {
  { "frequent-questions", N_("Frequent questions"),
    N_("What residents asked most at the IDO, and which questions were about our own municipal services.") },
  { "pilots-digitalisation", N_("Pilots and digitalisation"),
    N_("Municipal services that go digital or change, desks that close, pilots: tell the IDO early.") },
  { "joint-programming", N_("Joint programming"),
    N_("Activities to organise together, such as online safety sessions or visits to schools.") },
  { "communication-wasstraat", N_("Communication “wasstraat”"),
    N_("Letters and web texts of the municipality that the IDO reads first to check they are clear.") },
  { "output-outcome-impact", N_("Output, outcome and impact"),
    N_("Beyond the figures: were residents helped, can they manage themselves next time?") },
  { "targets-status", N_("Status of the targets"),
    N_("The performance agreements and how far the library is with each of them.") },
};

/**
 * ido_meeting_get_agenda_templates:
 * @n_templates: (out): the number of templates
 *
 * Returns: (transfer none) (array length=n_templates): the standard agenda
 *   of the meeting with the IDO-coordinator, in the usual order
 */
const IdoAgendaTemplate *
ido_meeting_get_agenda_templates (guint *n_templates)
{
  g_return_val_if_fail (n_templates != NULL, NULL);

  *n_templates = G_N_ELEMENTS (agenda_templates);
  return agenda_templates;
}

static const IdoAgendaTemplate *
find_template (const char *template_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (agenda_templates); i++)
    {
      if (g_strcmp0 (agenda_templates[i].id, template_id) == 0)
        return &agenda_templates[i];
    }
  return NULL;
}

/**
 * ido_meeting_agenda_template_get_title:
 *
 * Returns: (nullable): the translated title of a template, or %NULL for a
 *   free item or an unknown template
 */
const char *
ido_meeting_agenda_template_get_title (const char *template_id)
{
  const IdoAgendaTemplate *t = find_template (template_id);

  return t != NULL ? _(t->title) : NULL;
}

const char *
ido_meeting_agenda_template_get_hint (const char *template_id)
{
  const IdoAgendaTemplate *t = find_template (template_id);

  return t != NULL ? _(t->hint) : NULL;
}

/**
 * ido_meeting_new_library:
 * @library_id: the library organisation, or 0
 * @held_on: the ISO date of the meeting
 *
 * Returns: (transfer full): an unsaved meeting with the IDO-coordinator whose
 *   agenda holds every standard item
 */
IdoMeeting *
ido_meeting_new_library (gint64      library_id,
                         const char *held_on)
{
  IdoMeeting *meeting = ido_meeting_new ("library");

  meeting->library_id = library_id;
  meeting->held_on = g_strdup (held_on);
  for (guint i = 0; i < G_N_ELEMENTS (agenda_templates); i++)
    ido_meeting_add_agenda_item (meeting, _(agenda_templates[i].title), agenda_templates[i].id);
  return meeting;
}

static const char * const text_columns[] = {
  [IDO_MEETING_TEXT_TITLE] = "UPDATE meeting SET title = ?2 WHERE id = ?1",
  [IDO_MEETING_TEXT_PLACE] = "UPDATE meeting SET place = ?2 WHERE id = ?1",
  [IDO_MEETING_TEXT_ATTENDEES] = "UPDATE meeting SET attendees = ?2 WHERE id = ?1",
  [IDO_MEETING_TEXT_NOTES] = "UPDATE meeting SET notes = ?2 WHERE id = ?1",
  [IDO_MEETING_TEXT_DECISIONS] = "UPDATE meeting SET decisions = ?2 WHERE id = ?1",
};

/* One UPDATE of one row: SQLite runs it as its own transaction, so a crash
 * right after it keeps the text. */
static gboolean
update_one_row (IdoDatabase  *database,
                const char   *sql,
                gint64        id,
                const char   *text,
                GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ido_sql_bind_text (stmt, 2, text);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  if (sqlite3_changes (ido_database_get_handle (database)) == 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("The item was removed meanwhile."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_meeting_update_text:
 *
 * Writes one text field of a saved meeting, for saving as you type.
 */
gboolean
ido_meeting_update_text (IdoDatabase     *database,
                         gint64           meeting_id,
                         IdoMeetingText   field,
                         const char      *text,
                         GError         **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (field <= IDO_MEETING_TEXT_DECISIONS, FALSE);

  if (!update_one_row (database, text_columns[field], meeting_id, text, error))
    return FALSE;
  ido_database_emit_changed (database, "meeting");
  return TRUE;
}

/**
 * ido_agenda_item_update_notes:
 *
 * Writes the notes of one agenda item, for saving as you type.
 */
gboolean
ido_agenda_item_update_notes (IdoDatabase  *database,
                              gint64        item_id,
                              const char   *notes,
                              GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!update_one_row (database, "UPDATE meeting_agenda_item SET notes = ?2 WHERE id = ?1",
                       item_id, notes, error))
    return FALSE;
  ido_database_emit_changed (database, "meeting_agenda_item");
  return TRUE;
}

/**
 * ido_agenda_item_add:
 * @template: (nullable): the template id, or %NULL for a free item
 * @item_id: (out) (optional): the new item's id
 *
 * Appends an item to the agenda of a saved meeting.
 */
gboolean
ido_agenda_item_add (IdoDatabase  *database,
                     gint64        meeting_id,
                     const char   *title,
                     const char   *template,
                     gint64       *item_id,
                     GError      **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *uuid = NULL;
  gint64 id = 0;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_validate_required (title, IDO_FIELD_NAME, error))
    return FALSE;
  stmt = ido_database_prepare (database,
                               "INSERT INTO meeting_agenda_item (meeting_id, position, title, template)"
                               " VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM meeting_agenda_item"
                               " WHERE meeting_id = ?1), trim(?2), ?3) RETURNING id, uuid",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ido_sql_bind_text (stmt, 2, title);
  ido_sql_bind_text (stmt, 3, template);
  if (!ido_database_step_returning (database, stmt, &id, &uuid, error))
    return FALSE;
  if (item_id != NULL)
    *item_id = id;
  ido_database_emit_changed (database, "meeting_agenda_item");
  return TRUE;
}

gboolean
ido_agenda_item_delete (IdoDatabase  *database,
                        gint64        item_id,
                        GError      **error)
{
  if (!ido_database_run_with_id (database, "DELETE FROM meeting_agenda_item WHERE id = ?", item_id, error))
    return FALSE;
  ido_database_emit_changed (database, "meeting_agenda_item");
  return TRUE;
}

/**
 * ido_meeting_list_by_kind:
 * @kind: a meeting kind, e.g. "library"
 *
 * Returns: (transfer full) (nullable): a list of #IdoRecord (kind
 *   %IDO_RECORD_MEETING) for the meetings of @kind, newest first; the title
 *   falls back to the date when the meeting has none
 */
GListModel *
ido_meeting_list_by_kind (IdoDatabase  *database,
                          const char   *kind,
                          GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (IDO_TYPE_RECORD);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT m.id, m.uuid, m.title, coalesce(l.name, m.place), m.held_on"
                               " FROM meeting m LEFT JOIN library l ON l.id = m.library_id"
                               " WHERE m.kind = ? ORDER BY m.held_on DESC, m.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  ido_sql_bind_text (stmt, 1, kind);
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    {
      g_autoptr(IdoRecord) record = ido_record_new (IDO_RECORD_MEETING,
                                                    sqlite3_column_int64 (stmt, 0),
                                                    (const char *) sqlite3_column_text (stmt, 1),
                                                    (const char *) sqlite3_column_text (stmt, 2),
                                                    (const char *) sqlite3_column_text (stmt, 3),
                                                    (const char *) sqlite3_column_text (stmt, 4));

      g_list_store_append (store, record);
    }
  if (has_row)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* ido-meeting-mode.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Meeting mode: the periodic meeting of the contact person and the library's
 * IDO-coordinator (§4.1.2, §4.2.1) on one screen: the agenda with notes per
 * item, decisions, quick entry of actions, and beside it the latest
 * dashboard figures and the status of the targets. Everything typed is
 * written shortly after typing pauses, each write its own transaction in
 * the local database, so nothing is lost on a crash and no network is used.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-entry.h"
#include "ido-database.h"
#include "ido-form.h"
#include "ido-library-brief.h"
#include "ido-meeting-mode.h"
#include "ido-meeting.h"
#include "ido-money.h"
#include "ido-record-row.h"
#include "ido-record.h"
#include "ido-target.h"
#include "ido-validate.h"

/* A piece of text waiting to be written. */
typedef struct
{
  IdoMeetingMode *self;
  gboolean        is_agenda_item;
  gint64          id;         /* agenda item id, or the meeting field */
  char           *text;
  guint           source_id;
} PendingWrite;

struct _IdoMeetingMode
{
  AdwDialog            parent_instance;

  IdoDatabase         *database;
  GListModel          *meetings;     /* IdoRecord */
  IdoMeeting          *meeting;
  GHashTable          *pending;      /* key string -> PendingWrite */
  GPtrArray           *side_rows;    /* rows added to the side groups */
  GPtrArray           *action_rows;
  gboolean             filling;

  AdwWindowTitle      *window_title;
  GtkDropDown         *meeting_dropdown;
  GtkLabel            *save_label;
  GtkStack            *stack;
  GtkBox              *columns;
  AdwEntryRow         *date_row;
  AdwEntryRow         *attendees_row;
  GtkBox              *agenda_box;
  AdwEntryRow         *new_item_row;
  GtkTextView         *decisions_view;
  AdwPreferencesGroup *actions_group;
  AdwEntryRow         *action_row;
  AdwEntryRow         *owner_row;
  AdwEntryRow         *due_row;
  AdwComboRow         *role_row;
  GtkLabel            *action_error_label;
  AdwPreferencesGroup *figures_group;
  AdwPreferencesGroup *targets_group;
};

G_DEFINE_FINAL_TYPE (IdoMeetingMode, ido_meeting_mode, ADW_TYPE_DIALOG)

static void
pending_write_free (gpointer data)
{
  PendingWrite *write = data;

  g_clear_handle_id (&write->source_id, g_source_remove);
  g_free (write->text);
  g_free (write);
}

static void
update_save_label (IdoMeetingMode *self)
{
  gtk_label_set_label (self->save_label,
                       g_hash_table_size (self->pending) > 0 ? _("Saving…") : _("All changes saved"));
}

static gboolean
write_now (PendingWrite  *write,
           GError       **error)
{
  IdoMeetingMode *self = write->self;

  if (write->is_agenda_item)
    return ido_agenda_item_update_notes (self->database, write->id, write->text, error);
  return ido_meeting_update_text (self->database, self->meeting->id, (IdoMeetingText) write->id, write->text, error);
}

static gboolean
on_write_timeout_cb (gpointer user_data)
{
  PendingWrite *write = user_data;
  IdoMeetingMode *self = write->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = write->is_agenda_item ? g_strdup_printf ("item:%" G_GINT64_FORMAT, write->id)
                                               : g_strdup_printf ("meeting:%" G_GINT64_FORMAT, write->id);

  write->source_id = 0;
  if (!write_now (write, &error))
    gtk_label_set_label (self->save_label, error->message);
  g_hash_table_remove (self->pending, key);
  if (error == NULL)
    update_save_label (self);
  return G_SOURCE_REMOVE;
}

/* Schedules a write; typing again before the delay replaces the text. */
static void
schedule_write (IdoMeetingMode *self,
                gboolean        is_agenda_item,
                gint64          id,
                const char     *text)
{
  g_autofree char *key = is_agenda_item ? g_strdup_printf ("item:%" G_GINT64_FORMAT, id)
                                        : g_strdup_printf ("meeting:%" G_GINT64_FORMAT, id);
  PendingWrite *write = g_hash_table_lookup (self->pending, key);

  if (self->filling || self->meeting == NULL)
    return;
  if (write == NULL)
    {
      write = g_new0 (PendingWrite, 1);
      write->self = self;
      write->is_agenda_item = is_agenda_item;
      write->id = id;
      g_hash_table_insert (self->pending, g_steal_pointer (&key), write);
    }
  g_set_str (&write->text, text);
  g_clear_handle_id (&write->source_id, g_source_remove);
  write->source_id = g_timeout_add (IDO_MEETING_MODE_SAVE_DELAY_MS, on_write_timeout_cb, write);
  update_save_label (self);
}

/**
 * ido_meeting_mode_flush:
 *
 * Writes everything still waiting at once (on close, on switching meeting).
 *
 * Returns: %FALSE when a write failed
 */
gboolean
ido_meeting_mode_flush (IdoMeetingMode *self)
{
  GHashTableIter iter;
  PendingWrite *write;
  gboolean ok = TRUE;

  g_return_val_if_fail (IDO_IS_MEETING_MODE (self), FALSE);

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &write))
    {
      g_autoptr(GError) error = NULL;

      if (!write_now (write, &error))
        {
          g_warning ("Saving meeting notes failed: %s", error->message);
          ok = FALSE;
        }
      g_hash_table_iter_remove (&iter);
    }
  update_save_label (self);
  return ok;
}

static void
on_item_notes_changed_cb (GtkTextBuffer  *buffer,
                          IdoMeetingMode *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (buffer), "item-id");
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  schedule_write (self, TRUE, id, text);
}

static void
on_decisions_changed_cb (GtkTextBuffer  *buffer,
                         IdoMeetingMode *self)
{
  g_autofree char *text = ido_form_dup_view_text (self->decisions_view);

  schedule_write (self, FALSE, IDO_MEETING_TEXT_DECISIONS, text);
}

static void
on_attendees_changed_cb (IdoMeetingMode *self)
{
  schedule_write (self, FALSE, IDO_MEETING_TEXT_ATTENDEES,
                  gtk_editable_get_text (GTK_EDITABLE (self->attendees_row)));
}

/* The date is a required field: it is written once it reads as a date. */
static void
on_date_changed_cb (IdoMeetingMode *self)
{
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  if (self->filling || self->meeting == NULL)
    return;
  ido_form_clear_rows (NULL, GTK_WIDGET (self->date_row), NULL);
  iso = ido_date_from_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  if (iso == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_row), _("Write the date like 31-12-2025."));
      return;
    }
  if (g_strcmp0 (iso, self->meeting->held_on) == 0)
    return;
  g_set_str (&self->meeting->held_on, iso);
  if (!ido_meeting_save (self->database, self->meeting, &error))
    gtk_label_set_label (self->save_label, error->message);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
agenda_item_widget (IdoMeetingMode *self,
                    IdoAgendaItem  *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (item->title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *hint = ido_meeting_agenda_template_get_hint (item->template);
  g_autofree char *label = g_strdup_printf (_("Notes: %s"), item->title);
  gint64 *id = g_new (gint64, 1);

  *id = item->id;
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  if (hint != NULL)
    {
      GtkWidget *hint_label = gtk_label_new (hint);

      gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
      gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
      gtk_widget_add_css_class (hint_label, "dim-label");
      gtk_widget_add_css_class (hint_label, "caption");
      gtk_box_append (GTK_BOX (box), hint_label);
    }
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_text_buffer_set_text (buffer, item->notes, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (buffer), "item-id", id, g_free);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_item_notes_changed_cb), self, 0);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static void
clear_rows (IdoMeetingMode *self,
            GPtrArray      *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (rows, 0);
}

static void
add_side_row (IdoMeetingMode      *self,
              AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              GtkWidget           *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->side_rows, row);
}

static char *
format_figure (const IdoBriefFigure *figure,
               double                value)
{
  g_autofree char *number = ido_number_format (value, g_str_equal (figure->unit, "count") ? 0 : 1);

  if (g_str_equal (figure->unit, "percent"))
    return g_strdup_printf ("%s%%", number);
  return g_steal_pointer (&number);
}

static GtkWidget *
value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

static GtkWidget *
status_tag (IdoTargetStatus status)
{
  GtkWidget *label = gtk_label_new (ido_target_status_get_label (status));

  gtk_widget_add_css_class (label, "tag");
  gtk_widget_add_css_class (label, status == IDO_TARGET_STATUS_BEHIND ? "error"
                                   : status == IDO_TARGET_STATUS_NO_DATA ? "dim-label" : "success");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void
fill_side (IdoMeetingMode *self)
{
  g_autoptr(IdoLibraryBrief) brief = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self, self->side_rows);
  if (self->meeting->library_id == 0)
    {
      add_side_row (self, self->figures_group, _("No library chosen"),
                    _("Add the library organisation in the Financier pane to see its figures and targets."), NULL);
      return;
    }
  brief = ido_library_brief_load (self->database, self->meeting->library_id, &error);
  if (brief == NULL)
    {
      add_side_row (self, self->figures_group, error->message, NULL, NULL);
      return;
    }
  if (brief->period == NULL)
    add_side_row (self, self->figures_group, _("No dashboard figures yet"),
                  _("Import the quarterly dashboard file to see the figures here."), NULL);
  else
    {
      /* Translators: group description, e.g. "Bibliotheek Voorbeeldstreek · 2025Q4 (2024Q4 in brackets)" */
      g_autofree char *description = g_strdup_printf (_("%s · %s (the same quarter a year earlier below)"),
                                                      brief->library_name, brief->period);

      adw_preferences_group_set_description (self->figures_group, description);
    }
  for (guint i = 0; i < brief->figures->len; i++)
    {
      IdoBriefFigure *figure = g_ptr_array_index (brief->figures, i);
      g_autofree char *value = format_figure (figure, figure->value);
      g_autofree char *previous = figure->has_previous ? format_figure (figure, figure->previous) : NULL;
      g_autofree char *subtitle = previous != NULL ? g_strdup_printf (_("%s: %s"), brief->previous_period, previous)
                                                   : NULL;

      add_side_row (self, self->figures_group, figure->label, subtitle, value_label (value));
    }
  if (brief->top_topics->len > 0)
    {
      g_autoptr(GString) topics = g_string_new (NULL);

      for (guint i = 0; i < brief->top_topics->len; i++)
        g_string_append_printf (topics, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (brief->top_topics, i));
      add_side_row (self, self->figures_group, _("Most asked about"), topics->str, NULL);
    }
  if (brief->targets->len == 0)
    add_side_row (self, self->targets_group, _("No targets yet"),
                  _("Record the performance agreements in the Financier pane."), NULL);
  for (guint i = 0; i < brief->targets->len; i++)
    {
      IdoBriefTarget *target = g_ptr_array_index (brief->targets, i);

      add_side_row (self, self->targets_group, target->title,
                    *target->description != '\0' ? target->description : target->explanation,
                    status_tag (target->status));
    }
}

static void
on_action_done_toggled_cb (GtkCheckButton *check,
                           IdoMeetingMode *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "id");
  g_autofree char *today = ido_today_iso ();
  g_autoptr(GError) error = NULL;

  if (!ido_action_item_set_done (self->database, id, gtk_check_button_get_active (check) ? today : NULL, &error))
    ido_form_show_error_and_focus (NULL, self->action_error_label, error->message);
}

static void
fill_actions (IdoMeetingMode *self)
{
  g_autoptr(GPtrArray) items = ido_action_items_for_meeting (self->database, self->meeting->id, NULL);

  clear_rows (self, self->action_rows);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      IdoActionItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *check_label = g_strdup_printf (_("Done: %s"), item->description);
      g_autofree char *due = item->due_on ? ido_format_iso_date (item->due_on) : NULL;
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s · %s", item->owner, *item->owner && due ? " · " : "",
                                                   due ? due : "", ido_action_role_get_label (item->role));
      gint64 *id = g_new (gint64, 1);

      *id = item->id;
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->description);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->done_on != NULL);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
      g_object_set_data_full (G_OBJECT (check), "id", id, g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_action_done_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->actions_group, row);
      g_ptr_array_add (self->action_rows, row);
    }
}

static void
fill_meeting (IdoMeetingMode *self)
{
  g_autofree char *date = NULL;

  self->filling = TRUE;
  clear_box (self->agenda_box);
  ido_form_set_date (self->date_row, self->meeting->held_on);
  gtk_editable_set_text (GTK_EDITABLE (self->attendees_row), self->meeting->attendees);
  ido_form_set_view_text (self->decisions_view, self->meeting->decisions);
  for (guint i = 0; i < self->meeting->agenda->len; i++)
    gtk_box_append (self->agenda_box, agenda_item_widget (self, g_ptr_array_index (self->meeting->agenda, i)));
  date = ido_format_iso_date (self->meeting->held_on);
  adw_window_title_set_subtitle (self->window_title, date);
  fill_side (self);
  fill_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "meeting");
  self->filling = FALSE;
  update_save_label (self);
}

static void
reload_meeting_list (IdoMeetingMode *self,
                     gint64          select_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n, selected = 0;

  g_clear_object (&self->meetings);
  self->meetings = ido_meeting_list_by_kind (self->database, "library", NULL);
  n = self->meetings != NULL ? g_list_model_get_n_items (self->meetings) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (self->meetings, i);
      g_autofree char *date = ido_format_iso_date (ido_record_get_date (record));
      g_autofree char *label = g_strdup_printf ("%s · %s", date, ido_record_get_title (record));

      gtk_string_list_append (labels, label);
      if (ido_record_get_id (record) == select_id)
        selected = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->meeting_dropdown, n > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_dropdown), n > 0);
}

/**
 * ido_meeting_mode_show_meeting:
 *
 * Shows the meeting with @meeting_id, writing what is pending first.
 */
void
ido_meeting_mode_show_meeting (IdoMeetingMode *self,
                               gint64          meeting_id)
{
  g_autoptr(GError) error = NULL;
  IdoMeeting *meeting;

  g_return_if_fail (IDO_IS_MEETING_MODE (self));

  ido_meeting_mode_flush (self);
  meeting = ido_meeting_load (self->database, meeting_id, &error);
  if (meeting == NULL)
    {
      gtk_label_set_label (self->save_label, error->message);
      return;
    }
  g_clear_pointer (&self->meeting, ido_meeting_free);
  self->meeting = meeting;
  fill_meeting (self);
}

static void
on_meeting_selected_cb (IdoMeetingMode *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  g_autoptr(IdoRecord) record = NULL;

  if (self->filling || self->meetings == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  record = g_list_model_get_item (self->meetings, selected);
  if (record != NULL && (self->meeting == NULL || ido_record_get_id (record) != self->meeting->id))
    ido_meeting_mode_show_meeting (self, ido_record_get_id (record));
}

/* The library of the own municipality, else the first one. */
static gint64
default_library (IdoMeetingMode *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "SELECT l.id FROM library l LEFT JOIN library_municipality lm ON lm.library_id = l.id"
                               " LEFT JOIN municipality m ON m.id = lm.municipality_id"
                               " ORDER BY coalesce(m.is_own, 0) DESC, l.id LIMIT 1",
                               NULL);
  if (stmt == NULL || !ido_database_step (self->database, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  IdoMeetingMode *self = IDO_MEETING_MODE (widget);
  g_autofree char *today = ido_today_iso ();
  g_autoptr(IdoMeeting) meeting = ido_meeting_new_library (default_library (self), today);
  g_autoptr(GError) error = NULL;

  ido_meeting_mode_flush (self);
  g_set_str (&meeting->title, _("Meeting with the IDO-coordinator"));
  if (!ido_meeting_save (self->database, meeting, &error))
    {
      gtk_label_set_label (self->save_label, error->message);
      return;
    }
  reload_meeting_list (self, meeting->id);
  g_clear_pointer (&self->meeting, ido_meeting_free);
  self->meeting = g_steal_pointer (&meeting);
  fill_meeting (self);
}

static void
on_new_item_apply_cb (IdoMeetingMode *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 item_id = 0;
  IdoAgendaItem *item;

  if (self->meeting == NULL)
    return;
  ido_form_clear_rows (NULL, GTK_WIDGET (self->new_item_row), NULL);
  if (!ido_agenda_item_add (self->database, self->meeting->id,
                            gtk_editable_get_text (GTK_EDITABLE (self->new_item_row)), NULL, &item_id, &error))
    {
      ido_form_show_error_and_focus (GTK_WIDGET (self->new_item_row), NULL, error->message);
      return;
    }
  title = ido_form_dup_text (self->new_item_row);
  item = ido_meeting_add_agenda_item (self->meeting, title, NULL);
  item->id = item_id;
  gtk_box_append (self->agenda_box, agenda_item_widget (self, item));
  gtk_editable_set_text (GTK_EDITABLE (self->new_item_row), "");
}

static void
on_action_apply_cb (IdoMeetingMode *self)
{
  g_autoptr(IdoActionItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_on = NULL;

  if (self->meeting == NULL)
    return;
  ido_form_clear_rows (self->action_error_label, GTK_WIDGET (self->action_row), GTK_WIDGET (self->due_row), NULL);
  if (!ido_form_read_date (self->due_row, &due_on, self->action_error_label))
    return;
  item = ido_action_item_new (ido_form_get_combo (self->role_row, ido_action_get_roles ()));
  item->meeting_id = self->meeting->id;
  g_set_str (&item->description, gtk_editable_get_text (GTK_EDITABLE (self->action_row)));
  g_set_str (&item->owner, gtk_editable_get_text (GTK_EDITABLE (self->owner_row)));
  item->due_on = g_steal_pointer (&due_on);
  if (!ido_action_item_save (self->database, item, &error))
    {
      ido_form_show_error_and_focus (error->code == IDO_FIELD_NAME ? GTK_WIDGET (self->action_row) : GTK_WIDGET (self->due_row),
                                     self->action_error_label, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->action_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  fill_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->action_row));
}

static void
ido_meeting_mode_closed (AdwDialog *dialog)
{
  ido_meeting_mode_flush (IDO_MEETING_MODE (dialog));

  if (ADW_DIALOG_CLASS (ido_meeting_mode_parent_class)->closed)
    ADW_DIALOG_CLASS (ido_meeting_mode_parent_class)->closed (dialog);
}

static void
ido_meeting_mode_dispose (GObject *object)
{
  IdoMeetingMode *self = (IdoMeetingMode *) object;

  if (self->pending != NULL && self->database != NULL)
    ido_meeting_mode_flush (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_MEETING_MODE);
  g_clear_object (&self->meetings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_meeting_mode_parent_class)->dispose (object);
}

static void
ido_meeting_mode_finalize (GObject *object)
{
  IdoMeetingMode *self = (IdoMeetingMode *) object;

  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->meeting, ido_meeting_free);
  g_clear_pointer (&self->side_rows, g_ptr_array_unref);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_meeting_mode_parent_class)->finalize (object);
}

static void
ido_meeting_mode_class_init (IdoMeetingModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = ido_meeting_mode_dispose;
  object_class->finalize = ido_meeting_mode_finalize;
  dialog_class->closed = ido_meeting_mode_closed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-meeting-mode.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, window_title);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, save_label);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, columns);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, attendees_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, agenda_box);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, new_item_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, decisions_view);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, actions_group);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, action_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, owner_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, due_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, role_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, action_error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, figures_group);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingMode, targets_group);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendees_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_item_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_action_apply_cb);

  gtk_widget_class_install_action (widget_class, "meeting.new", NULL, new_action);
}

/* The chosen meeting's label ellipsizes, so a long title fits narrow screens. */
static void
setup_ellipsized_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_ellipsized_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static void
ido_meeting_mode_init (IdoMeetingMode *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GListModel) roles = ido_form_labels_model (ido_action_get_roles (), ido_action_role_get_label);

  self->filling = TRUE;
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pending_write_free);
  self->side_rows = g_ptr_array_new ();
  self->action_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_ellipsized_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_ellipsized_cb), NULL);
  gtk_drop_down_set_factory (self->meeting_dropdown, factory);
  g_signal_connect_object (gtk_text_view_get_buffer (self->decisions_view), "changed",
                           G_CALLBACK (on_decisions_changed_cb), self, 0);
  self->filling = FALSE;
}

/**
 * ido_meeting_mode_new:
 *
 * Returns: (transfer floating): meeting mode, showing the latest meeting
 *   with the library, or an invitation to start one
 */
AdwDialog *
ido_meeting_mode_new (IdoDatabase *database)
{
  IdoMeetingMode *self;
  g_autoptr(IdoRecord) latest = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_MEETING_MODE, NULL);
  self->database = g_object_ref (database);
  reload_meeting_list (self, 0);
  if (self->meetings != NULL && g_list_model_get_n_items (self->meetings) > 0)
    {
      latest = g_list_model_get_item (self->meetings, 0);
      ido_meeting_mode_show_meeting (self, ido_record_get_id (latest));
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  update_save_label (self);
  return ADW_DIALOG (self);
}

gint64
ido_meeting_mode_get_meeting_id (IdoMeetingMode *self)
{
  g_return_val_if_fail (IDO_IS_MEETING_MODE (self), 0);
  return self->meeting != NULL ? self->meeting->id : 0;
}

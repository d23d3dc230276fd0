/* ido-meeting-editor.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A network meeting (ketenpartneroverleg, meet & greet market,
 * presentation): when and where, which partners were invited and came,
 * notes, decisions and the action items that follow from it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-meeting.h"
#include "ido-meeting-editor.h"
#include "ido-partner-picker.h"
#include "ido-validate.h"

typedef struct
{
  gint64          partner_id;
  GtkWidget      *row;
  GtkCheckButton *attended;
} PartnerRow;

typedef struct
{
  IdoActionItem  *item;
  AdwExpanderRow *expander;
  AdwEntryRow    *description;
  AdwEntryRow    *owner;
  AdwEntryRow    *due;
  AdwSwitchRow   *done;
} ActionRows;

struct _IdoMeetingEditor
{
  AdwDialog            parent_instance;

  IdoPartnerStore     *store;
  IdoDatabase         *database;
  IdoMeeting          *meeting;
  gint64               initial_id;
  GPtrArray           *partner_rows;    /* PartnerRow */
  GPtrArray           *action_rows;     /* ActionRows */
  GArray              *removed_actions; /* gint64 */
  GPtrArray           *error_rows;

  AdwToastOverlay     *toast_overlay;
  AdwComboRow         *kind_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *place_row;
  GtkLabel            *meeting_error;
  AdwPreferencesGroup *partners_group;
  GtkTextView         *notes_view;
  GtkTextView         *decisions_view;
  AdwPreferencesGroup *actions_group;
  GtkLabel            *actions_error;
  AdwPreferencesGroup *danger_group;
};

G_DEFINE_FINAL_TYPE (IdoMeetingEditor, ido_meeting_editor, ADW_TYPE_DIALOG)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kinds[] = { "network", "meet-and-greet", "presentation", NULL };

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "meet-and-greet") == 0)
    return _("Meet and greet market");
  if (g_strcmp0 (kind, "presentation") == 0)
    return _("Presentation");
  return _("Partner network meeting");
}

static guint
kind_index (const char *kind)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      if (g_strcmp0 (kinds[i], kind) == 0)
        return i;
    }
  return 0;
}

/* Partners */

static void
partner_row_free (gpointer data)
{
  g_free (data);
}

static void
on_remove_partner_cb (IdoMeetingEditor *self,
                      GtkButton        *button)
{
  PartnerRow *row = g_object_get_data (G_OBJECT (button), "ido-partner-row");

  adw_preferences_group_remove (self->partners_group, row->row);
  g_ptr_array_remove (self->partner_rows, row);
}

static PartnerRow *
find_partner_row (IdoMeetingEditor *self,
                  gint64            partner_id)
{
  for (guint i = 0; i < self->partner_rows->len; i++)
    {
      PartnerRow *row = g_ptr_array_index (self->partner_rows, i);

      if (row->partner_id == partner_id)
        return row;
    }
  return NULL;
}

static void
add_partner_row (IdoMeetingEditor *self,
                 gint64            partner_id,
                 gboolean          attended)
{
  PartnerRow *row = g_new0 (PartnerRow, 1);
  IdoPartner *partner = ido_partner_store_find (self->store, partner_id);
  const char *name = partner ? ido_partner_get_name (partner) : _("Unknown partner");
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the meeting"), name);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  row->partner_id = partner_id;
  row->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), name);
  if (partner != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), ido_partner_get_sector (partner));
  row->attended = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Attended")));
  gtk_check_button_set_active (row->attended, attended);
  gtk_widget_set_valign (GTK_WIDGET (row->attended), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  g_object_set_data (G_OBJECT (remove), "ido-partner-row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_partner_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), GTK_WIDGET (row->attended));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), remove);
  adw_preferences_group_add (self->partners_group, row->row);
  g_ptr_array_add (self->partner_rows, row);
}

static GArray *
dup_partner_ids (IdoMeetingEditor *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->partner_rows->len; i++)
    g_array_append_val (ids, ((PartnerRow *) g_ptr_array_index (self->partner_rows, i))->partner_id);
  return ids;
}

/* Action items */

static void
action_rows_free (gpointer data)
{
  ActionRows *rows = data;

  ido_action_item_free (rows->item);
  g_free (rows);
}

static void
update_action_title (ActionRows *rows)
{
  g_autofree char *description = ido_form_dup_text (rows->description);
  g_autofree char *owner = ido_form_dup_text (rows->owner);
  g_autofree char *due = ido_form_dup_text (rows->due);
  g_autoptr(GString) subtitle = g_string_new (owner);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander),
                                 *description ? description : _("New Action Item"));
  if (*due != '\0')
    /* Translators: "Karin · due 31-03-2026" */
    g_string_append_printf (subtitle, _("%sdue %s"), subtitle->len ? " · " : "", due);
  if (adw_switch_row_get_active (rows->done))
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", _("done"));
  adw_expander_row_set_subtitle (rows->expander, subtitle->str);
}

static AdwEntryRow *
add_action_entry (AdwExpanderRow *expander,
                  const char     *title,
                  const char     *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_expander_row_add_row (expander, GTK_WIDGET (row));
  return row;
}

static void
on_remove_action_cb (IdoMeetingEditor *self,
                     AdwButtonRow     *button)
{
  ActionRows *rows = g_object_get_data (G_OBJECT (button), "ido-action-rows");

  if (rows->item->id > 0)
    g_array_append_val (self->removed_actions, rows->item->id);
  adw_preferences_group_remove (self->actions_group, GTK_WIDGET (rows->expander));
  g_ptr_array_remove (self->action_rows, rows);
}

static ActionRows *
add_action_rows (IdoMeetingEditor *self,
                 IdoActionItem    *item)
{
  ActionRows *rows = g_new0 (ActionRows, 1);
  g_autofree char *due = ido_date_to_user (item->due_on);
  GtkWidget *remove = adw_button_row_new ();

  rows->item = item;
  rows->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->expander), FALSE);
  rows->description = add_action_entry (rows->expander, _("Description"), item->description);
  rows->owner = add_action_entry (rows->expander, _("Owner"), item->owner);
  rows->due = add_action_entry (rows->expander, _("Due On (dd-mm-yyyy)"), due);
  rows->done = ADW_SWITCH_ROW (adw_switch_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->done), _("Done"));
  adw_switch_row_set_active (rows->done, item->done_on != NULL);
  adw_expander_row_add_row (rows->expander, GTK_WIDGET (rows->done));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove), _("Remove Action Item"));
  adw_button_row_set_start_icon_name (ADW_BUTTON_ROW (remove), "user-trash-symbolic");
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data (G_OBJECT (remove), "ido-action-rows", rows);
  g_signal_connect_object (remove, "activated", G_CALLBACK (on_remove_action_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (rows->expander, remove);
  g_signal_connect_swapped (rows->description, "changed", G_CALLBACK (update_action_title), rows);
  g_signal_connect_swapped (rows->owner, "changed", G_CALLBACK (update_action_title), rows);
  g_signal_connect_swapped (rows->due, "changed", G_CALLBACK (update_action_title), rows);
  g_signal_connect_swapped (rows->done, "notify::active", G_CALLBACK (update_action_title), rows);
  update_action_title (rows);
  adw_preferences_group_add (self->actions_group, GTK_WIDGET (rows->expander));
  adw_preferences_group_remove (self->actions_group, GTK_WIDGET (self->actions_error));
  adw_preferences_group_add (self->actions_group, GTK_WIDGET (self->actions_error));
  g_ptr_array_add (self->action_rows, rows);
  return rows;
}

/* Filling in and reading */

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static char *
get_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
fill_in (IdoMeetingEditor *self)
{
  g_autoptr(GPtrArray) actions = NULL;

  adw_combo_row_set_selected (self->kind_row, kind_index (self->meeting->kind));
  ido_form_set_date (self->date_row, self->meeting->held_on);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), self->meeting->title);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), self->meeting->place);
  set_buffer_text (self->notes_view, self->meeting->notes);
  set_buffer_text (self->decisions_view, self->meeting->decisions);
  for (guint i = 0; i < self->meeting->partners->len; i++)
    {
      IdoMeetingPartner *p = &g_array_index (self->meeting->partners, IdoMeetingPartner, i);

      add_partner_row (self, p->partner_id, p->attended);
    }
  if (self->meeting->id > 0)
    actions = ido_action_items_for_meeting (self->database, self->meeting->id, NULL);
  while (actions != NULL && actions->len > 0)
    add_action_rows (self, g_ptr_array_steal_index (actions, 0));
  gtk_widget_set_visible (GTK_WIDGET (self->danger_group), self->meeting->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), self->meeting->id > 0 ? _("Network Meeting") : _("New Network Meeting"));
}

static void
clear_errors (IdoMeetingEditor *self)
{
  for (guint i = 0; i < self->error_rows->len; i++)
    ido_form_clear_error (g_ptr_array_index (self->error_rows, i), NULL);
  g_ptr_array_set_size (self->error_rows, 0);
  ido_form_clear_error (NULL, self->meeting_error);
  ido_form_clear_error (NULL, self->actions_error);
}

static void
show_error (IdoMeetingEditor *self,
            GtkWidget        *row,
            GtkLabel         *label,
            const char       *message)
{
  g_ptr_array_add (self->error_rows, row);
  ido_form_show_error_and_focus (row, label, message);
}

static gboolean
read_meeting (IdoMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;

  if (!ido_form_get_date (self->date_row, IDO_FIELD_DATE, &held_on, &error))
    {
      show_error (self, GTK_WIDGET (self->date_row), self->meeting_error, error->message);
      return FALSE;
    }
  if (held_on == NULL)
    {
      show_error (self, GTK_WIDGET (self->date_row), self->meeting_error, _("Enter the date of the meeting."));
      return FALSE;
    }
  g_set_str (&self->meeting->kind, kinds[adw_combo_row_get_selected (self->kind_row)]);
  g_set_str (&self->meeting->held_on, held_on);
  g_free (self->meeting->title);
  self->meeting->title = ido_form_dup_text (self->title_row);
  g_free (self->meeting->place);
  self->meeting->place = ido_form_dup_text (self->place_row);
  g_free (self->meeting->notes);
  self->meeting->notes = get_buffer_text (self->notes_view);
  g_free (self->meeting->decisions);
  self->meeting->decisions = get_buffer_text (self->decisions_view);
  g_array_set_size (self->meeting->partners, 0);
  for (guint i = 0; i < self->partner_rows->len; i++)
    {
      PartnerRow *row = g_ptr_array_index (self->partner_rows, i);

      ido_meeting_set_partner (self->meeting, row->partner_id, gtk_check_button_get_active (row->attended));
    }
  return TRUE;
}

/* Reads and checks every action item before anything is written. */
static gboolean
read_actions (IdoMeetingEditor *self)
{
  g_autofree char *today = ido_today_iso ();

  for (guint i = 0; i < self->action_rows->len; i++)
    {
      ActionRows *rows = g_ptr_array_index (self->action_rows, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *due = NULL;
      gboolean done = adw_switch_row_get_active (rows->done);

      g_free (rows->item->description);
      rows->item->description = ido_form_dup_text (rows->description);
      g_free (rows->item->owner);
      rows->item->owner = ido_form_dup_text (rows->owner);
      if (*rows->item->description == '\0')
        {
          adw_expander_row_set_expanded (rows->expander, TRUE);
          show_error (self, GTK_WIDGET (rows->description), self->actions_error, _("Describe the action."));
          return FALSE;
        }
      if (!ido_form_get_date (rows->due, IDO_FIELD_END_DATE, &due, &error))
        {
          adw_expander_row_set_expanded (rows->expander, TRUE);
          show_error (self, GTK_WIDGET (rows->due), self->actions_error, error->message);
          return FALSE;
        }
      g_set_str (&rows->item->due_on, due);
      if (!done)
        g_clear_pointer (&rows->item->done_on, g_free);
      else if (rows->item->done_on == NULL)
        rows->item->done_on = g_strdup (today);
    }
  return TRUE;
}

static gboolean
save_actions (IdoMeetingEditor  *self,
              GError           **error)
{
  for (guint i = 0; i < self->removed_actions->len; i++)
    {
      if (!ido_action_item_delete (self->database, g_array_index (self->removed_actions, gint64, i), error))
        return FALSE;
    }
  g_array_set_size (self->removed_actions, 0);
  for (guint i = 0; i < self->action_rows->len; i++)
    {
      ActionRows *rows = g_ptr_array_index (self->action_rows, i);

      rows->item->meeting_id = self->meeting->id;
      if (!ido_action_item_save (self->database, rows->item, error))
        return FALSE;
    }
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoMeetingEditor *self = IDO_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  clear_errors (self);
  if (!read_meeting (self) || !read_actions (self))
    return;
  if (!ido_meeting_save (self->database, self->meeting, &error))
    {
      if (g_error_matches (error, IDO_FIELD_ERROR, IDO_FIELD_DATE))
        show_error (self, GTK_WIDGET (self->date_row), self->meeting_error, error->message);
      else if (error->domain == IDO_FIELD_ERROR)
        show_error (self, GTK_WIDGET (self->kind_row), self->meeting_error, error->message);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  if (!save_actions (self, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->meeting->id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
on_partners_picked_cb (IdoMeetingEditor *self,
                       GArray           *ids)
{
  ido_meeting_editor_set_partners (self, ids);
}

static void
pick_partners_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  IdoMeetingEditor *self = IDO_MEETING_EDITOR (widget);
  g_autoptr(GArray) ids = dup_partner_ids (self);
  AdwDialog *picker = ido_partner_picker_new (self->store, ids);

  g_signal_connect_object (picker, "picked", G_CALLBACK (on_partners_picked_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (picker, GTK_WIDGET (self));
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  IdoMeetingEditor *self = IDO_MEETING_EDITOR (widget);
  ActionRows *rows = add_action_rows (self, ido_action_item_new ("network"));

  adw_expander_row_set_expanded (rows->expander, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (rows->description));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoMeetingEditor *self = IDO_MEETING_EDITOR (widget);
  gint64 id = self->meeting->id;

  g_object_ref (self);
  adw_dialog_force_close (ADW_DIALOG (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, id);
  g_object_unref (self);
}

/* Overrides */

static void
ido_meeting_editor_dispose (GObject *object)
{
  IdoMeetingEditor *self = (IdoMeetingEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_MEETING_EDITOR);
  g_clear_pointer (&self->partner_rows, g_ptr_array_unref);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);
  g_clear_pointer (&self->removed_actions, g_array_unref);
  g_clear_pointer (&self->error_rows, g_ptr_array_unref);
  g_clear_pointer (&self->meeting, ido_meeting_free);
  g_clear_object (&self->store);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_meeting_editor_parent_class)->dispose (object);
}

static void
ido_meeting_editor_class_init (IdoMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_meeting_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, meeting_error);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, partners_group);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, decisions_view);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, actions_group);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, actions_error);
  gtk_widget_class_bind_template_child (widget_class, IdoMeetingEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "meeting.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "meeting.pick-partners", NULL, pick_partners_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "meeting.save", NULL);
}

static void
ido_meeting_editor_init (IdoMeetingEditor *self)
{
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->partner_rows = g_ptr_array_new_with_free_func (partner_row_free);
  self->action_rows = g_ptr_array_new_with_free_func (action_rows_free);
  self->removed_actions = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->error_rows = g_ptr_array_new ();
  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (kind_labels, kind_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_labels));
}

/**
 * ido_meeting_editor_new:
 * @store: the partners to pick from
 * @meeting_id: the meeting to edit, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, to present
 */
AdwDialog *
ido_meeting_editor_new (IdoPartnerStore *store,
                        gint64           meeting_id)
{
  IdoMeetingEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_PARTNER_STORE (store), NULL);

  self = g_object_new (IDO_TYPE_MEETING_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->database = g_object_ref (ido_partner_store_get_database (store));
  if (meeting_id > 0)
    self->meeting = ido_meeting_load (self->database, meeting_id, &error);
  if (self->meeting == NULL)
    {
      if (error != NULL)
        g_warning ("Could not load the meeting: %s", error->message);
      self->meeting = ido_meeting_new ("network");
    }
  fill_in (self);
  return ADW_DIALOG (self);
}

gint64
ido_meeting_editor_get_meeting_id (IdoMeetingEditor *self)
{
  g_return_val_if_fail (IDO_IS_MEETING_EDITOR (self), 0);
  return self->meeting->id;
}

/**
 * ido_meeting_editor_set_partners:
 * @partner_ids: (element-type gint64): the partners invited
 *
 * Keeps the partners already listed (with their attendance), adds the new
 * ones and removes the others.
 */
void
ido_meeting_editor_set_partners (IdoMeetingEditor *self,
                                 GArray           *partner_ids)
{
  g_return_if_fail (IDO_IS_MEETING_EDITOR (self));

  for (guint i = self->partner_rows->len; i > 0; i--)
    {
      PartnerRow *row = g_ptr_array_index (self->partner_rows, i - 1);
      gboolean keep = FALSE;

      for (guint j = 0; j < partner_ids->len && !keep; j++)
        keep = g_array_index (partner_ids, gint64, j) == row->partner_id;
      if (!keep)
        {
          adw_preferences_group_remove (self->partners_group, row->row);
          g_ptr_array_remove_index (self->partner_rows, i - 1);
        }
    }
  for (guint j = 0; j < partner_ids->len; j++)
    {
      gint64 id = g_array_index (partner_ids, gint64, j);

      if (find_partner_row (self, id) == NULL)
        add_partner_row (self, id, FALSE);
    }
}

/**
 * ido_meeting_editor_get_partner_row:
 *
 * Returns: (transfer none) (nullable): the "Attended" check of a partner
 */
GtkWidget *
ido_meeting_editor_get_partner_row (IdoMeetingEditor *self,
                                    gint64            partner_id)
{
  PartnerRow *row;

  g_return_val_if_fail (IDO_IS_MEETING_EDITOR (self), NULL);

  row = find_partner_row (self, partner_id);
  return row ? GTK_WIDGET (row->attended) : NULL;
}

guint
ido_meeting_editor_get_n_actions (IdoMeetingEditor *self)
{
  g_return_val_if_fail (IDO_IS_MEETING_EDITOR (self), 0);
  return self->action_rows->len;
}

/**
 * ido_meeting_editor_get_action_field:
 * @field: "description", "owner", "due" or "done"
 *
 * Returns: (transfer none) (nullable): the row of that field
 */
GtkWidget *
ido_meeting_editor_get_action_field (IdoMeetingEditor *self,
                                     guint             index,
                                     const char       *field)
{
  ActionRows *rows;

  g_return_val_if_fail (IDO_IS_MEETING_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->action_rows->len, NULL);

  rows = g_ptr_array_index (self->action_rows, index);
  if (g_str_equal (field, "description"))
    return GTK_WIDGET (rows->description);
  if (g_str_equal (field, "owner"))
    return GTK_WIDGET (rows->owner);
  if (g_str_equal (field, "due"))
    return GTK_WIDGET (rows->due);
  if (g_str_equal (field, "done"))
    return GTK_WIDGET (rows->done);
  return NULL;
}

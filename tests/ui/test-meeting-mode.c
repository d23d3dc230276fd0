/* test-meeting-mode.c: meeting mode and the overview's action items
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-list.h"
#include "ido-action-overview.h"
#include "ido-meeting.h"
#include "ido-meeting-mode.h"
#include "ido-overview-pane.h"
#include "ido-roles-test-utils.h"

static IdoMeetingMode *
open_meeting_mode (IdoUiFixture *fixture)
{
  AdwDialog *dialog = ido_meeting_mode_new (fixture->database);

  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  ido_ui_test_iterate (100);
  return IDO_MEETING_MODE (dialog);
}

static guint
group_rows (gpointer    widget,
            const char *name)
{
  g_autoptr(GListModel) rows = ido_roles_test_group_rows (ido_ui_test_child (widget, IDO_TYPE_MEETING_MODE, name));

  return g_list_model_get_n_items (rows);
}

typedef struct
{
  char       *path;
  gint64      meeting_id;
  const char *expected;
} NotesCheck;

/* Reads through a connection of its own, as a program started after a
 * crash would. */
static gboolean
notes_on_disk (gpointer data)
{
  NotesCheck *check = data;
  g_autoptr(IdoDatabase) other = ido_database_open (check->path, NULL);
  g_autoptr(IdoMeeting) meeting = ido_meeting_load (other, check->meeting_id, NULL);

  return meeting != NULL && meeting->agenda->len > 0 &&
         g_strcmp0 (((IdoAgendaItem *) g_ptr_array_index (meeting->agenda, 0))->notes, check->expected) == 0;
}

static void
test_latest_meeting_on_one_screen (IdoUiFixture  *fixture,
                                   gconstpointer  user_data)
{
  IdoMeetingMode *mode = open_meeting_mode (fixture);
  GtkBox *agenda = ido_ui_test_child (mode, IDO_TYPE_MEETING_MODE, "agenda_box");
  GtkTextView *notes;
  NotesCheck check = { fixture->path, 0, "Cursus veilig online in maart, samen met de scholen" };
  guint n_items = 0;

  /* The latest meeting with the library: agenda, figures, targets, actions. */
  check.meeting_id = ido_meeting_mode_get_meeting_id (mode);
  g_assert_cmpint (check.meeting_id, >, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (agenda)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_items++;
  {
    g_autoptr(IdoMeeting) meeting = ido_meeting_load (fixture->database, check.meeting_id, NULL);

    g_assert_cmpstr (meeting->kind, ==, "library");
    g_assert_cmpuint (n_items, ==, meeting->agenda->len);
    g_assert_cmpuint (n_items, >, 0);
  }
  g_assert_cmpuint (group_rows (mode, "figures_group"), >=, 5);
  g_assert_cmpuint (group_rows (mode, "targets_group"), ==, 6);
  ido_roles_test_assert_named (GTK_WIDGET (mode));
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "meeting-mode.png");

  /* Typing is written shortly after it pauses, without closing anything. */
  notes = GTK_TEXT_VIEW (ido_roles_test_find_labelled (GTK_WIDGET (agenda), GTK_TYPE_TEXT_VIEW,
                                                       "Notes: Output, outcome en impact"));
  g_assert_nonnull (notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), check.expected, -1);
  g_assert_false (notes_on_disk (&check));
  g_assert_true (ido_ui_test_wait (notes_on_disk, &check));
  adw_dialog_force_close (ADW_DIALOG (mode));
}

static void
test_new_meeting_and_quick_actions (IdoUiFixture  *fixture,
                                    gconstpointer  user_data)
{
  IdoMeetingMode *mode;
  GType type = IDO_TYPE_MEETING_MODE;
  GtkTextView *decisions;
  g_autoptr(IdoMeeting) meeting = NULL;
  gint64 id;
  guint n_actions;

  mode = open_meeting_mode (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mode), "meeting.new", NULL));
  id = ido_meeting_mode_get_meeting_id (mode);
  meeting = ido_meeting_load (fixture->database, id, NULL);
  /* The standard agenda of §4.1.2. */
  g_assert_cmpuint (meeting->agenda->len, ==, 6);
  g_assert_cmpstr (((IdoAgendaItem *) g_ptr_array_index (meeting->agenda, 3))->template, ==, "communication-wasstraat");
  g_assert_cmpint (meeting->library_id, >, 0);

  /* A free item, decisions, and an action in a few keystrokes. */
  ido_roles_test_set_text (mode, type, "new_item_row", "Rondvraag");
  g_signal_emit_by_name (ido_ui_test_child (mode, type, "new_item_row"), "apply");
  decisions = ido_ui_test_child (mode, type, "decisions_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (decisions), "Brief parkeervergunning door de wasstraat", -1);
  n_actions = group_rows (mode, "actions_group");
  ido_roles_test_set_text (mode, type, "due_row", "30-02-2027");
  ido_roles_test_set_text (mode, type, "action_row", "Conceptbrief naar de IDO-coördinator sturen");
  g_signal_emit_by_name (ido_ui_test_child (mode, type, "action_row"), "apply");
  g_assert_true (gtk_widget_has_css_class (ido_ui_test_child (mode, type, "due_row"), "error"));
  ido_roles_test_set_text (mode, type, "due_row", "15-01-2027");
  ido_roles_test_set_text (mode, type, "owner_row", "Team Communicatie");
  adw_combo_row_set_selected (ido_ui_test_child (mode, type, "role_row"), 4);   /* service */
  g_signal_emit_by_name (ido_ui_test_child (mode, type, "action_row"), "apply");
  g_assert_cmpuint (group_rows (mode, "actions_group"), ==, n_actions + 1);
  g_assert_true (ido_meeting_mode_flush (mode));
  g_clear_pointer (&meeting, ido_meeting_free);
  meeting = ido_meeting_load (fixture->database, id, NULL);
  g_assert_cmpuint (meeting->agenda->len, ==, 7);
  g_assert_cmpstr (meeting->decisions, ==, "Brief parkeervergunning door de wasstraat");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT role || ':' || owner || ':' || due_on FROM action_item"
                                            " WHERE meeting_id = %" G_GINT64_FORMAT, id);
    g_autofree char *action = ido_roles_test_query_text (fixture->database, sql);

    g_assert_cmpstr (action, ==, "service:Team Communicatie:2027-01-15");
  }
  adw_dialog_force_close (ADW_DIALOG (mode));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The overview lists the action items of every role by urgency, filters
 * them by role and owner, and leads into meeting mode. */
static gboolean
has_action_overview (gpointer data)
{
  return find_type (GTK_WIDGET (data), IDO_TYPE_ACTION_OVERVIEW) != NULL;
}

static void
test_overview_action_items (IdoUiFixture  *fixture,
                            gconstpointer  user_data)
{
  IdoPane *overview = ido_window_get_pane (fixture->window, IDO_ROLE_OVERVIEW);
  IdoActionOverview *section = NULL;
  GListModel *model;
  GtkDropDown *roles;
  GtkDropDown *owners;
  guint n_all;
  g_autoptr(IdoActionEntry) first = NULL;

  /* The overview builds its lower sections right after its first frame. */
  g_assert_true (ido_ui_test_wait (has_action_overview, overview));
  section = IDO_ACTION_OVERVIEW (find_type (GTK_WIDGET (overview), IDO_TYPE_ACTION_OVERVIEW));
  g_assert_nonnull (section);
  ido_action_overview_set_today (section, "2026-11-29");
  model = ido_action_overview_get_model (section);
  n_all = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_all, >=, 5);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (ido_action_entry_get_group (first), ==, IDO_ACTION_GROUP_OVERDUE);
  roles = ido_ui_test_child (section, IDO_TYPE_ACTION_OVERVIEW, "role_dropdown");
  owners = ido_ui_test_child (section, IDO_TYPE_ACTION_OVERVIEW, "owner_dropdown");
  gtk_drop_down_set_selected (roles, 5);   /* Digitale dienstverlener */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    ido_roles_test_query_int (fixture->database, "SELECT count(*) FROM action_item"
                                                                 " WHERE role = 'service' AND done_on IS NULL"));
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IdoActionEntry) entry = g_list_model_get_item (model, i);

      g_assert_cmpstr (ido_action_entry_get_role (entry), ==, "service");
    }
  gtk_drop_down_set_selected (roles, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (owners)), >=, 3);
  gtk_drop_down_set_selected (owners, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_all);
  gtk_drop_down_set_selected (owners, 0);
  ido_roles_test_assert_named (GTK_WIDGET (section));
  ido_ui_test_iterate (50);
  ido_roles_test_screenshot (GTK_WIDGET (section), "overview-actions.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "actions.meeting-mode", NULL));
  g_assert_true (IDO_IS_MEETING_MODE (ido_roles_test_dialog (fixture)));
  ido_roles_test_close_dialog (fixture);
}

static void
test_narrow (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoMeetingMode *mode;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  ido_ui_test_iterate (200);
  mode = open_meeting_mode (fixture);
  g_assert_cmpint (gtk_orientable_get_orientation (ido_ui_test_child (mode, IDO_TYPE_MEETING_MODE, "columns")),
                   ==, GTK_ORIENTATION_VERTICAL);
  ido_roles_test_screenshot (GTK_WIDGET (fixture->window), "meeting-mode-narrow.png");
  adw_dialog_force_close (ADW_DIALOG (mode));
}

int
main (int   argc,
      char *argv[])
{
  ido_roles_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, IdoUiFixture, GINT_TO_POINTER (IDO_UI_TEST_SAMPLE), \
                                    ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)
  ADD ("/meeting-mode/latest-meeting-on-one-screen", test_latest_meeting_on_one_screen);
  ADD ("/meeting-mode/new-meeting-and-quick-actions", test_new_meeting_and_quick_actions);
  ADD ("/meeting-mode/narrow", test_narrow);
  ADD ("/meeting-mode/overview-action-items", test_overview_action_items);
#undef ADD

  return g_test_run ();
}

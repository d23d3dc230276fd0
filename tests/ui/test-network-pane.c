/* test-network-pane.c: the Regievoerder netwerk pane through its widgets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-meeting-editor.h"
#include "ido-network-attention.h"
#include "ido-network-overview.h"
#include "ido-network-overview-view.h"
#include "ido-network-pane.h"
#include "ido-partner-editor.h"
#include "ido-partner-filter.h"
#include "ido-partner-list.h"
#include "ido-partner-picker.h"
#include "ido-referral-agreement-editor.h"
#include "ido-network-test-utils.h"

static IdoNetworkPane *
network_pane (IdoUiFixture *fixture)
{
  ido_window_show_pane (fixture->window, IDO_ROLE_NETWORK);
  ido_ui_test_iterate (30);
  return IDO_NETWORK_PANE (ido_window_get_pane (fixture->window, IDO_ROLE_NETWORK));
}

static const char *
pane_page (IdoNetworkPane *pane)
{
  return gtk_stack_get_visible_child_name (ido_ui_test_child (pane, IDO_TYPE_NETWORK_PANE, "stack"));
}

static IdoPartnerEditor *
open_new_partner (IdoUiFixture   *fixture,
                  IdoNetworkPane *pane)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "network.add-partner", NULL));
  ido_ui_test_iterate (30);
  dialog = network_test_dialog (fixture);
  g_assert_true (IDO_IS_PARTNER_EDITOR (dialog));
  return IDO_PARTNER_EDITOR (dialog);
}

static gpointer
editor_child (gpointer    editor,
              GType       type,
              const char *name)
{
  return ido_ui_test_child (editor, type, name);
}

static IdoNetworkAttention *
search_attention (IdoUiFixture *fixture)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, ido_window_get_pane (fixture->window, IDO_ROLE_OVERVIEW));
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (IDO_IS_NETWORK_ATTENTION (w))
        return IDO_NETWORK_ATTENTION (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

static gboolean
has_attention (gpointer data)
{
  return search_attention (data) != NULL;
}

/* The overview builds this section right after its first frame. */
static IdoNetworkAttention *
find_attention (IdoUiFixture *fixture)
{
  g_assert_true (ido_ui_test_wait (has_attention, fixture));
  return search_attention (fixture);
}

static gint64
partner_id_by_name (IdoUiFixture *fixture,
                    const char   *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM partner WHERE name = '%s'", name);

  return network_test_query_int (fixture->database, sql);
}

/* Empty: a status page saying what to do, with the way to do it. */
static void
test_empty (IdoUiFixture  *fixture,
            gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);

  g_assert_cmpstr (pane_page (pane), ==, "empty");
  g_assert_false (ido_pane_start_search (IDO_PANE (pane)));
  network_test_assert_named (GTK_WIDGET (pane));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pane), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       ido_pane_get_title (IDO_PANE (pane)));
}

/* A new partner with a contact and a building block, through the editor. */
static void
test_create_partner (IdoUiFixture  *fixture,
                     gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerEditor *editor = open_new_partner (fixture, pane);
  IdoPartnerList *list;
  g_autofree char *sector = NULL;
  gint64 id;

  network_test_assert_named (GTK_WIDGET (editor));
  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row"), "Formulierenbrigade Noord");
  /* The Handreiking's sector list fills in the sector and suggests the kind. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.sector", "s", "Vrijwilligersorganisaties"));
  g_assert_cmpuint (adw_combo_row_get_selected (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "kind_row")), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL));
  g_assert_cmpuint (ido_partner_editor_get_n_contacts (editor), ==, 1);
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "name"), "Anja de Boer");
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "email"), "anja@formulierenbrigade.example.nl");
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "phone"), "06 12345678");
  adw_switch_row_set_active (ADW_SWITCH_ROW (ido_partner_editor_get_block_row (editor, "help-courses")), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));

  id = partner_id_by_name (fixture, "Formulierenbrigade Noord");
  g_assert_cmpint (id, >, 0);
  sector = network_test_query_text (fixture->database, "SELECT sector || '/' || kind FROM partner");
  g_assert_cmpstr (sector, ==, "Vrijwilligersorganisaties/support");
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM partner_contact WHERE name = 'Anja de Boer'"
                                           " AND email = 'anja@formulierenbrigade.example.nl'"), ==, 1);
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM partner_building_block WHERE block = 'help-courses'"),
                   ==, 1);
  /* It shows in the list, flagged as having no agreement. */
  ido_ui_test_iterate (50);
  g_assert_cmpstr (pane_page (pane), ==, "records");
  list = IDO_PARTNER_LIST (ido_network_pane_get_partner_list (pane));
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, 1);
  {
    g_autoptr(IdoPartner) partner = g_list_model_get_item (ido_partner_list_get_model (list), 0);

    g_assert_cmpint (ido_partner_get_agreement_state (partner), ==, IDO_AGREEMENT_STATE_NONE);
    g_assert_cmpstr (ido_partner_get_contact_names (partner), ==, "Anja de Boer");
  }
}

static void
assert_refused_at (IdoUiFixture     *fixture,
                   IdoPartnerEditor *editor,
                   GtkWidget        *row,
                   const char       *label_name)
{
  GtkLabel *label = editor_child (editor, IDO_TYPE_PARTNER_EDITOR, label_name);
  gint64 partners = ido_database_count (fixture->database, "partner");
  gint64 contacts = ido_database_count (fixture->database, "partner_contact");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ido_ui_test_iterate (20);
  /* Still open, the field marked and the message right below it. */
  g_assert_true (network_test_dialog (fixture) == ADW_DIALOG (editor));
  g_assert_true (network_test_has_error (row));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpuint (strlen (gtk_label_get_label (label)), >, 10);
  g_assert_cmpint (ido_database_count (fixture->database, "partner"), ==, partners);
  g_assert_cmpint (ido_database_count (fixture->database, "partner_contact"), ==, contacts);
}

/* Empty name, malformed e-mail and phone, and a name already used in the
 * same sector are refused at the field; nothing is saved. */
static void
test_refused_input (IdoUiFixture  *fixture,
                    gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerEditor *editor;
  GtkWidget *name_row;
  g_autoptr(GError) error = NULL;

  g_assert_true (ido_database_exec (fixture->database,
                                    "INSERT INTO partner (name, kind, sector) VALUES ('GGD Regio', 'referrer', 'GGD')",
                                    &error));
  editor = open_new_partner (fixture, pane);
  name_row = editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row");

  assert_refused_at (fixture, editor, name_row, "organisation_error");

  network_test_set_text (name_row, "Wijkteam Zuid");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL);
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "name"), "Piet");
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "email"), "piet@wijkteam");
  assert_refused_at (fixture, editor, ido_partner_editor_get_contact_field (editor, 0, "email"), "contacts_error");
  /* A correction clears the mark at the next save attempt. */
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "email"), "piet@wijkteam.example.nl");
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "phone"), "12-34");
  assert_refused_at (fixture, editor, ido_partner_editor_get_contact_field (editor, 0, "phone"), "contacts_error");
  g_assert_false (network_test_has_error (ido_partner_editor_get_contact_field (editor, 0, "email")));
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "phone"), "");

  network_test_set_text (name_row, "ggd regio");
  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "sector_row"), "GGD");
  assert_refused_at (fixture, editor, name_row, "organisation_error");

  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "website_row"), "geen adres");
  network_test_set_text (name_row, "GGD Regio Noord");
  assert_refused_at (fixture, editor, editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "website_row"),
                     "organisation_error");
  g_assert_false (network_test_has_error (name_row));

  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "website_row"), "www.ggd.example.nl");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (ido_database_count (fixture->database, "partner"), ==, 2);
}

static gboolean
visible_count_is (IdoPartnerList *list,
                  guint           expected)
{
  ido_ui_test_iterate (10);
  return ido_partner_list_get_n_visible (list) == expected;
}

/* Ctrl+F searches name, sector, contacts and notes as you type; the kind,
 * sector and status drop-downs filter too. */
static void
test_filter (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerList *list = IDO_PARTNER_LIST (ido_network_pane_get_partner_list (pane));
  GListModel *model = ido_partner_list_get_model (list);
  IdoPartnerStore *store = ido_network_pane_get_partner_store (pane);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (store));
  GtkSearchEntry *entry = ido_ui_test_child (fixture->window, IDO_TYPE_WINDOW, "search_entry");
  GtkDropDown *kind = ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "kind_dropdown");
  GtkDropDown *status = ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "status_dropdown");
  GtkDropDown *sector = ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "sector_dropdown");
  guint n;

  g_assert_cmpuint (total, ==, 15);
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, total);
  network_test_assert_named (GTK_WIDGET (pane));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (ido_partner_list_get_column_view (list)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, _("Partners"));

  /* Ctrl+F: the window's search entry, typed into letter by letter. */
  ido_network_pane_show_section (pane, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  ido_ui_test_iterate (20);
  g_assert_cmpstr (ido_network_pane_get_section (pane), ==, "partners");
  network_test_set_text (entry, "w");
  network_test_set_text (entry, "wi");
  network_test_set_text (entry, "wijkteam");
  g_assert_true (ido_ui_test_wait ((IdoTestPredicate) ido_ui_test_is_mapped, list));
  ido_ui_test_iterate (400);   /* the search entry waits a little before it tells */
  n = ido_partner_list_get_n_visible (list);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPartner) partner = g_list_model_get_item (model, i);

      g_assert_nonnull (strstr (ido_partner_get_search_text (partner), "wijkteam"));
    }
  /* A contact person's name, in another case and without accents. */
  network_test_set_text (entry, "FATIMA");
  ido_ui_test_iterate (400);
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, 1);
  network_test_set_text (entry, "");
  ido_ui_test_iterate (400);
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, total);

  /* Kind: support includes the partners that do both. */
  gtk_drop_down_set_selected (kind, 2);
  ido_ui_test_iterate (20);
  n = ido_partner_list_get_n_visible (list);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPartner) partner = g_list_model_get_item (model, i);

      g_assert_cmpstr (ido_partner_get_kind (partner), !=, "referrer");
    }
  gtk_drop_down_set_selected (kind, 0);

  /* Sector: the drop-down lists the sectors in use. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sector)), >, 2);
  ido_partner_list_set_sector (list, "Geldloketten");
  ido_ui_test_iterate (20);
  g_assert_cmpuint (gtk_drop_down_get_selected (sector), >, 0);
  n = ido_partner_list_get_n_visible (list);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPartner) partner = g_list_model_get_item (model, i);

      g_assert_cmpstr (ido_partner_get_sector (partner), ==, "Geldloketten");
    }
  gtk_drop_down_set_selected (sector, 0);

  /* Status: the ones needing an agreement; an empty result says so. */
  gtk_drop_down_set_selected (status, IDO_PARTNER_STATUS_NO_AGREEMENT);
  ido_ui_test_iterate (20);
  n = ido_partner_list_get_n_visible (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoPartner) partner = g_list_model_get_item (model, i);

      g_assert_cmpint (ido_partner_get_agreement_state (partner), ==, IDO_AGREEMENT_STATE_NONE);
      g_assert_true (ido_partner_get_active (partner));
    }
  gtk_drop_down_set_selected (status, 0);
  network_test_set_text (entry, "geen partner heet zo");
  ido_ui_test_iterate (400);
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "list_stack")),
                   ==, "none");
  g_assert_true (visible_count_is (list, 0));
  network_test_set_text (entry, "");
  ido_ui_test_iterate (400);

  /* Sortable columns: the most urgent agreements first, or names Z to A. */
  gtk_column_view_sort_by_column (ido_partner_list_get_column_view (list),
                                  ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "agreement_column"),
                                  GTK_SORT_ASCENDING);
  {
    g_autoptr(IdoPartner) first = g_list_model_get_item (model, 0);
    g_autoptr(IdoPartner) last = g_list_model_get_item (model, total - 1);

    g_assert_cmpint (ido_partner_get_agreement_state (first), ==, IDO_AGREEMENT_STATE_REVIEW_OVERDUE);
    g_assert_cmpint (ido_partner_get_agreement_state (last), ==, IDO_AGREEMENT_STATE_CURRENT);
  }
  gtk_column_view_sort_by_column (ido_partner_list_get_column_view (list),
                                  ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST, "name_column"),
                                  GTK_SORT_DESCENDING);
  {
    g_autoptr(IdoPartner) first = g_list_model_get_item (model, 0);

    g_assert_cmpstr (ido_partner_get_name (first), ==, "Woningcorporatie Thuis in Voorbeeld");
  }
}

/* Clicking a row opens the partner; an edit shows in the list. */
static void
test_edit_partner (IdoUiFixture  *fixture,
                   gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerList *list = IDO_PARTNER_LIST (ido_network_pane_get_partner_list (pane));
  GtkColumnView *view = ido_partner_list_get_column_view (list);
  g_autoptr(IdoPartner) first = g_list_model_get_item (ido_partner_list_get_model (list), 0);
  IdoPartnerEditor *editor;
  gint64 id = ido_partner_get_id (first);

  g_signal_emit_by_name (view, "activate", 0);
  ido_ui_test_iterate (30);
  editor = IDO_PARTNER_EDITOR (network_test_dialog (fixture));
  g_assert_cmpint (ido_partner_editor_get_partner_id (editor), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row")), ==,
                   ido_partner_get_name (first));
  network_test_assert_named (GTK_WIDGET (editor));
  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row"), "Aaa Hernoemde Partner");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  ido_ui_test_iterate (50);
  {
    g_autoptr(IdoPartner) now_first = g_list_model_get_item (ido_partner_list_get_model (list), 0);

    g_assert_cmpint (ido_partner_get_id (now_first), ==, id);
    g_assert_cmpstr (ido_partner_get_name (now_first), ==, "Aaa Hernoemde Partner");
  }
}

/* An alert on top whose buttons can be pressed (they ignore presses while
 * the alert is not yet on screen). */
static gboolean
alert_shown (gpointer data)
{
  AdwDialog *alert = network_test_dialog (data);
  GtkWidget *button;

  if (!ADW_IS_ALERT_DIALOG (alert))
    return FALSE;
  button = network_test_find_button (GTK_WIDGET (alert), _("_Cancel"));
  return button != NULL && gtk_widget_get_mapped (button);
}

static GtkWidget *
alert_button (IdoUiFixture *fixture,
              const char   *label)
{
  AdwDialog *alert = network_test_dialog (fixture);

  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  return network_test_find_button (GTK_WIDGET (alert), label);
}

/* A partner with agreements and meeting attendance: asked what to do.
 * Deleting takes its agreements and attendance along, without leaving
 * anything that points at it; undo brings the same rows back. */
static void
test_delete_with_links (IdoUiFixture  *fixture,
                        gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  gint64 id = network_test_query_int (fixture->database,
                                      "SELECT p.id FROM partner p WHERE EXISTS (SELECT 1 FROM referral_agreement r"
                                      " WHERE r.partner_id = p.id) AND EXISTS (SELECT 1 FROM meeting_partner m"
                                      " WHERE m.partner_id = p.id) ORDER BY p.id LIMIT 1");
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *restored = NULL;
  gint64 agreements, attendance;
  IdoPartnerEditor *editor;
  AdwDialog *alert;
  GtkWidget *button;

  g_assert_cmpint (id, >, 0);
  sql = g_strdup_printf ("SELECT uuid FROM partner WHERE id = %" G_GINT64_FORMAT, id);
  uuid = network_test_query_text (fixture->database, sql);
  agreements = ido_database_count (fixture->database, "referral_agreement");
  attendance = ido_database_count (fixture->database, "meeting_partner");

  /* From the editor's delete button: the question replaces the editor. */
  editor = IDO_PARTNER_EDITOR (ido_network_pane_edit_partner (pane, id));
  ido_ui_test_iterate (30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  g_assert_true (ido_ui_test_wait (alert_shown, fixture));
  network_test_assert_named (GTK_WIDGET (network_test_dialog (fixture)));
  button = alert_button (fixture, _("_Delete with Agreements"));
  g_assert_nonnull (button);
  g_assert_nonnull (alert_button (fixture, _("_End Cooperation")));
  gtk_widget_activate (button);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));

  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM partner WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (network_test_query_int (fixture->database, sql), ==, 0);
  g_assert_cmpint (ido_database_count (fixture->database, "referral_agreement"), <, agreements);
  g_assert_cmpint (ido_database_count (fixture->database, "meeting_partner"), <, attendance);
  g_assert_cmpint (network_test_query_int (fixture->database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* Undo: the toast's action puts the very same rows back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "network.undo", NULL));
  ido_ui_test_iterate (30);
  g_free (sql);
  sql = g_strdup_printf ("SELECT uuid FROM partner WHERE id = %" G_GINT64_FORMAT, id);
  restored = network_test_query_text (fixture->database, sql);
  g_assert_cmpstr (restored, ==, uuid);
  g_assert_cmpint (ido_database_count (fixture->database, "referral_agreement"), ==, agreements);
  g_assert_cmpint (ido_database_count (fixture->database, "meeting_partner"), ==, attendance);

  /* End instead: kept, with its history, no longer active. */
  alert = ido_network_pane_delete_partner (pane, id);
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  g_assert_true (ido_ui_test_wait (alert_shown, fixture));
  g_assert_true (network_test_dialog (fixture) == alert);
  gtk_widget_activate (network_test_find_button (GTK_WIDGET (alert), _("_End Cooperation")));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_free (sql);
  sql = g_strdup_printf ("SELECT active || '/' || (ended_on IS NOT NULL) FROM partner WHERE id = %" G_GINT64_FORMAT,
                         id);
  g_free (restored);
  restored = network_test_query_text (fixture->database, sql);
  g_assert_cmpstr (restored, ==, "0/1");
  g_assert_cmpint (ido_database_count (fixture->database, "referral_agreement"), ==, agreements);

  /* Cancel changes nothing. */
  alert = ido_network_pane_delete_partner (pane, id);
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  g_assert_true (ido_ui_test_wait (alert_shown, fixture));
  g_assert_true (network_test_dialog (fixture) == alert);
  gtk_widget_activate (network_test_find_button (GTK_WIDGET (alert), _("_Cancel")));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (network_test_query_int (fixture->database, "SELECT count(*) FROM partner"), ==, 15);
}

/* Without agreements or meetings there is nothing to ask: an undo toast. */
static void
test_delete_without_links (IdoUiFixture  *fixture,
                           gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerEditor *editor = open_new_partner (fixture, pane);
  gint64 id;

  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row"), "Telecomwinkel");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  id = partner_id_by_name (fixture, "Telecomwinkel");
  editor = IDO_PARTNER_EDITOR (ido_network_pane_edit_partner (pane, id));
  ido_ui_test_iterate (30);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  g_assert_cmpint (partner_id_by_name (fixture, "Telecomwinkel"), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "network.undo", NULL));
  g_assert_cmpint (partner_id_by_name (fixture, "Telecomwinkel"), ==, id);
}

/* A referral agreement from the partner's editor: a review date before the
 * date agreed is refused at the field; then it is saved and listed. */
static void
test_agreement (IdoUiFixture  *fixture,
                gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoPartnerEditor *editor = open_new_partner (fixture, pane);
  AdwDialog *agreement;
  GtkWidget *review;
  gint64 id;

  /* A new partner has to be saved first. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-agreement", NULL) &&
                  IDO_IS_REFERRAL_AGREEMENT_EDITOR (network_test_dialog (fixture)));
  network_test_set_text (editor_child (editor, IDO_TYPE_PARTNER_EDITOR, "name_row"), "Geldloket Centrum");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-contact", NULL);
  network_test_set_text (ido_partner_editor_get_contact_field (editor, 0, "name"), "Karel");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
  id = partner_id_by_name (fixture, "Geldloket Centrum");

  editor = IDO_PARTNER_EDITOR (ido_network_pane_edit_partner (pane, id));
  ido_ui_test_iterate (30);
  g_assert_cmpuint (ido_partner_editor_get_n_agreements (editor), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-agreement", NULL));
  ido_ui_test_iterate (30);
  agreement = network_test_dialog (fixture);
  g_assert_true (IDO_IS_REFERRAL_AGREEMENT_EDITOR (agreement));
  network_test_assert_named (GTK_WIDGET (agreement));
  network_test_set_text (editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "services_row"),
                         "Schulden en geldzaken");
  network_test_set_text (editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "appointment_row"),
                         "IDO-medewerker");
  adw_combo_row_set_selected (editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "contact_row"), 1);
  network_test_set_text (editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "agreed_row"), "1-3-2025");
  review = editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR, "review_row");
  network_test_set_text (review, "28-02-2025");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (agreement), "agreement.save", NULL));
  ido_ui_test_iterate (20);
  g_assert_true (network_test_has_error (review));
  g_assert_true (gtk_widget_get_visible (editor_child (agreement, IDO_TYPE_REFERRAL_AGREEMENT_EDITOR,
                                                       "dates_error")));
  g_assert_cmpint (ido_database_count (fixture->database, "referral_agreement"), ==, 0);
  network_test_set_text (review, "31-13-2025");
  gtk_widget_activate_action (GTK_WIDGET (agreement), "agreement.save", NULL);
  g_assert_cmpint (ido_database_count (fixture->database, "referral_agreement"), ==, 0);
  network_test_set_text (review, "1-3-2026");
  gtk_widget_activate_action (GTK_WIDGET (agreement), "agreement.save", NULL);
  ido_ui_test_iterate (50);
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM referral_agreement WHERE agreed_on = '2025-03-01'"
                                           " AND review_on = '2026-03-01' AND contact_id IS NOT NULL"), ==, 1);
  g_assert_true (network_test_dialog (fixture) == ADW_DIALOG (editor));
  g_assert_cmpuint (ido_partner_editor_get_n_agreements (editor), ==, 1);
  adw_dialog_force_close (ADW_DIALOG (editor));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));
}

/* A meeting with partners picked from the partner list, attendance, notes,
 * decisions and an overdue action that shows in the Overzicht. */
static void
test_meeting (IdoUiFixture  *fixture,
              gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  GtkWidget *attention = NULL;
  IdoMeetingEditor *editor;
  AdwDialog *picker;
  gint64 a, b, meetings;
  guint listed;
  GtkTextView *notes;
  GtkWidget *check;

  a = partner_id_by_name (fixture, "Humanitas Voorbeeldstreek (Thuisadministratie)");
  b = network_test_query_int (fixture->database, "SELECT min(id) FROM partner");
  g_assert_cmpint (a, >, 0);
  meetings = ido_database_count (fixture->database, "meeting");
  listed = g_list_model_get_n_items (ido_network_pane_get_meetings (pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "network.add-meeting", NULL));
  ido_ui_test_iterate (30);
  editor = IDO_MEETING_EDITOR (network_test_dialog (fixture));
  network_test_assert_named (GTK_WIDGET (editor));
  network_test_set_text (editor_child (editor, IDO_TYPE_MEETING_EDITOR, "title_row"), "Ketenpartneroverleg voorjaar");
  network_test_set_text (editor_child (editor, IDO_TYPE_MEETING_EDITOR, "place_row"), "Bibliotheek");

  /* No date: refused at the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "meeting.save", NULL));
  ido_ui_test_iterate (20);
  g_assert_true (network_test_has_error (editor_child (editor, IDO_TYPE_MEETING_EDITOR, "date_row")));
  g_assert_cmpint (ido_database_count (fixture->database, "meeting"), ==, meetings);
  network_test_set_text (editor_child (editor, IDO_TYPE_MEETING_EDITOR, "date_row"), "12-03-2025");

  /* Pick two partners from the partner list, searching for one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "meeting.pick-partners", NULL));
  ido_ui_test_iterate (30);
  picker = network_test_dialog (fixture);
  g_assert_true (IDO_IS_PARTNER_PICKER (picker));
  network_test_assert_named (GTK_WIDGET (picker));
  ido_partner_picker_set_search_text (IDO_PARTNER_PICKER (picker), "humanitas");
  ido_ui_test_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (ido_partner_picker_get_model (IDO_PARTNER_PICKER (picker))), ==, 1);
  ido_partner_picker_set_picked (IDO_PARTNER_PICKER (picker), a, TRUE);
  ido_partner_picker_set_picked (IDO_PARTNER_PICKER (picker), b, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.done", NULL));
  ido_ui_test_iterate (30);
  g_assert_true (network_test_dialog (fixture) == ADW_DIALOG (editor));
  check = ido_meeting_editor_get_partner_row (editor, a);
  g_assert_nonnull (check);
  g_assert_nonnull (ido_meeting_editor_get_partner_row (editor, b));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  notes = editor_child (editor, IDO_TYPE_MEETING_EDITOR, "notes_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Kennismaking nieuwe partners.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (editor, IDO_TYPE_MEETING_EDITOR,
                                                                    "decisions_view")),
                            "Twee keer per jaar.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "meeting.add-action", NULL));
  network_test_set_text (ido_meeting_editor_get_action_field (editor, 0, "description"), "Verslag rondsturen");
  network_test_set_text (ido_meeting_editor_get_action_field (editor, 0, "owner"), "Contactpersoon");
  network_test_set_text (ido_meeting_editor_get_action_field (editor, 0, "due"), "1-4-2025");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "meeting.save", NULL));
  g_assert_true (ido_ui_test_wait (network_test_dialog_closed, fixture));

  g_assert_cmpint (ido_database_count (fixture->database, "meeting"), ==, meetings + 1);
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM meeting m JOIN meeting_partner mp"
                                           " ON mp.meeting_id = m.id WHERE m.title = 'Ketenpartneroverleg voorjaar'"
                                           " AND m.held_on = '2025-03-12' AND m.decisions = 'Twee keer per jaar.'"),
                   ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT attended FROM meeting_partner mp JOIN meeting m"
                                            " ON m.id = mp.meeting_id WHERE m.held_on = '2025-03-12'"
                                            " AND mp.partner_id = %" G_GINT64_FORMAT, a);

    g_assert_cmpint (network_test_query_int (fixture->database, sql), ==, 1);
  }
  g_assert_cmpint (network_test_query_int (fixture->database,
                                           "SELECT count(*) FROM action_item a JOIN meeting m ON m.id = a.meeting_id"
                                           " WHERE a.due_on = '2025-04-01' AND a.role = 'network'"
                                           " AND a.done_on IS NULL"), ==, 1);

  /* The Overzicht counts it among the overdue network actions. */
  attention = GTK_WIDGET (find_attention (fixture));
  g_assert_nonnull (attention);
  ido_ui_test_iterate (30);
  {
    g_autoptr(IdoNetworkOverview) counts = ido_network_overview_compute_attention (fixture->database, NULL, NULL);
    AdwActionRow *row = ADW_ACTION_ROW (ido_network_attention_get_row (IDO_NETWORK_ATTENTION (attention), "actions"));
    g_autofree char *label = g_strdup_printf ("%s: %u", _("Open network actions"), counts->n_actions_open);

    g_assert_cmpuint (counts->n_actions_overdue, >=, 1);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Verslag rondsturen"));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    /* ... and leads to the meetings. */
    g_signal_emit_by_name (row, "activated");
    g_assert_true (ido_window_get_visible_pane (fixture->window) == IDO_PANE (pane));
    g_assert_cmpstr (ido_network_pane_get_section (pane), ==, "meetings");
  }
  g_assert_cmpuint (g_list_model_get_n_items (ido_network_pane_get_meetings (pane)), ==, listed + 1);
}

/* The network overview: counts per kind, reach, building blocks; a kind row
 * opens the filtered partner list. The Overzicht's partners row too. */
static void
test_overview (IdoUiFixture  *fixture,
               gconstpointer  user_data)
{
  IdoNetworkPane *pane = network_pane (fixture);
  IdoNetworkOverviewView *view = IDO_NETWORK_OVERVIEW_VIEW (ido_network_pane_get_overview_view (pane));
  IdoPartnerList *list = IDO_PARTNER_LIST (ido_network_pane_get_partner_list (pane));
  g_autoptr(IdoNetworkOverview) counts = ido_network_overview_compute (fixture->database, NULL, NULL);
  g_autofree char *reached = g_strdup_printf ("%u", counts->n_reached);
  GtkWidget *row;

  ido_network_pane_show_section (pane, "overview");
  ido_ui_test_iterate (30);
  network_test_assert_named (GTK_WIDGET (view));
  row = ido_network_overview_view_get_row (view, "reached");
  g_assert_nonnull (row);
  g_assert_true (network_test_has_label (row, reached));
  for (guint i = 0; i < 5; i++)
    g_assert_nonnull (ido_network_overview_view_get_row (view, ido_building_blocks ()[i]));
  row = ido_network_overview_view_get_row (view, "support");
  g_signal_emit_by_name (row, "activated");
  ido_ui_test_iterate (20);
  g_assert_cmpstr (ido_network_pane_get_section (pane), ==, "partners");
  g_assert_cmpstr (ido_partner_filter_get_kind (ido_partner_list_get_filter (list)), ==, "support");
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, counts->n_support + counts->n_both);

  /* From the Overzicht: partners without an agreement. */
  ido_window_show_pane (fixture->window, IDO_ROLE_OVERVIEW);
  {
    IdoNetworkAttention *attention = find_attention (fixture);

    network_test_assert_named (GTK_WIDGET (attention));
    g_signal_emit_by_name (ido_network_attention_get_row (attention, "partners"), "activated");
  }
  ido_ui_test_iterate (20);
  g_assert_true (ido_window_get_visible_pane (fixture->window) == IDO_PANE (pane));
  g_assert_cmpuint (ido_partner_list_get_n_visible (list), ==, counts->n_without_agreement);
}

/* At 360 pixels the list keeps name, sector and agreement. */
static void
test_narrow (IdoUiFixture  *fixture,
             gconstpointer  user_data)
{
  IdoNetworkPane *pane;
  IdoPartnerList *list;

  ido_ui_test_close_window (fixture->window);
  fixture->window = ido_ui_test_open_window (fixture, 360, 720);
  pane = network_pane (fixture);
  list = IDO_PARTNER_LIST (ido_network_pane_get_partner_list (pane));
  ido_ui_test_iterate (100);
  g_assert_false (gtk_column_view_column_get_visible (ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST,
                                                                         "kind_column")));
  g_assert_true (gtk_column_view_column_get_visible (ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST,
                                                                        "name_column")));
  g_assert_true (gtk_column_view_column_get_visible (ido_ui_test_child (list, IDO_TYPE_PARTNER_LIST,
                                                                        "agreement_column")));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (pane)), <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  textdomain (GETTEXT_PACKAGE);
  ido_ui_test_application ();

#define ADD(path, data, func) \
  g_test_add (path, IdoUiFixture, GINT_TO_POINTER (data), ido_ui_fixture_set_up, func, ido_ui_fixture_tear_down)

  ADD ("/ui/network/empty", IDO_UI_TEST_MUNICIPALITY, test_empty);
  ADD ("/ui/network/create-partner", IDO_UI_TEST_MUNICIPALITY, test_create_partner);
  ADD ("/ui/network/refused-input", IDO_UI_TEST_MUNICIPALITY, test_refused_input);
  ADD ("/ui/network/filter", IDO_UI_TEST_SAMPLE, test_filter);
  ADD ("/ui/network/edit-partner", IDO_UI_TEST_SAMPLE, test_edit_partner);
  ADD ("/ui/network/delete-with-links", IDO_UI_TEST_SAMPLE, test_delete_with_links);
  ADD ("/ui/network/delete-without-links", IDO_UI_TEST_MUNICIPALITY, test_delete_without_links);
  ADD ("/ui/network/agreement", IDO_UI_TEST_MUNICIPALITY, test_agreement);
  ADD ("/ui/network/meeting", IDO_UI_TEST_SAMPLE, test_meeting);
  ADD ("/ui/network/overview", IDO_UI_TEST_SAMPLE, test_overview);
  ADD ("/ui/network/narrow", IDO_UI_TEST_SAMPLE, test_narrow);

  return g_test_run ();
}

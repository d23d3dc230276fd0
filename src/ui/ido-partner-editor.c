/* ido-partner-editor.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One partner: its organisation details, contact persons and building
 * blocks (saved together with Save), and its referral agreements and
 * meetings (agreements are saved one by one in their own editor).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-partner.h"
#include "ido-partner-editor.h"
#include "ido-referral-agreement.h"
#include "ido-referral-agreement-editor.h"
#include "ido-validate.h"

typedef struct
{
  IdoPartnerContact *contact;    /* owned by the partner */
  AdwExpanderRow    *expander;
  AdwEntryRow       *name;
  AdwEntryRow       *function;
  AdwEntryRow       *email;
  AdwEntryRow       *phone;
} ContactRows;

struct _IdoPartnerEditor
{
  AdwDialog            parent_instance;

  IdoDatabase         *database;
  IdoPartner          *partner;
  gint64               initial_id;
  GPtrArray           *contacts;        /* ContactRows */
  GPtrArray           *block_rows;      /* AdwSwitchRow, in ido_building_blocks() order */
  GPtrArray           *agreement_rows;
  GPtrArray           *meeting_rows;
  GPtrArray           *error_rows;
  IdoRowSnapshot      *undo;
  AdwToast            *undo_toast;
  gboolean             kind_chosen;

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesPage  *page;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *sector_row;
  GtkMenuButton       *sector_button;
  AdwComboRow         *scope_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *website_row;
  AdwSwitchRow        *active_row;
  AdwEntryRow         *ended_row;
  AdwEntryRow         *notes_row;
  GtkLabel            *organisation_error;
  AdwPreferencesGroup *contacts_group;
  GtkLabel            *contacts_error;
  AdwPreferencesGroup *blocks_group;
  AdwPreferencesGroup *agreements_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *danger_group;
};

G_DEFINE_FINAL_TYPE (IdoPartnerEditor, ido_partner_editor, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_PARTNER_ID,
  N_PROPS
};

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Contacts */

static void
contact_rows_free (gpointer data)
{
  g_free (data);
}

static void
update_contact_title (ContactRows *rows)
{
  g_autofree char *name = ido_form_dup_text (rows->name);
  g_autofree char *function = ido_form_dup_text (rows->function);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander),
                                 *name ? name : _("New Contact Person"));
  adw_expander_row_set_subtitle (rows->expander, function);
}

static AdwEntryRow *
add_entry (AdwExpanderRow *expander,
           const char     *title,
           const char     *text,
           GtkInputPurpose purpose)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_input_purpose (row, purpose);
  adw_expander_row_add_row (expander, GTK_WIDGET (row));
  return row;
}

static void
on_remove_contact_cb (IdoPartnerEditor *self,
                      AdwButtonRow     *button)
{
  ContactRows *rows = g_object_get_data (G_OBJECT (button), "ido-contact-rows");
  GPtrArray *contacts = ido_partner_get_contacts (self->partner);
  guint index;

  if (g_ptr_array_find (contacts, rows->contact, &index))
    ido_partner_remove_contact (self->partner, index);
  adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (rows->expander));
  g_ptr_array_remove (self->contacts, rows);
}

static ContactRows *
add_contact_rows (IdoPartnerEditor  *self,
                  IdoPartnerContact *contact)
{
  ContactRows *rows = g_new0 (ContactRows, 1);
  GtkWidget *remove = adw_button_row_new ();

  rows->contact = contact;
  rows->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->expander), FALSE);
  rows->name = add_entry (rows->expander, _("Name"), contact->name, GTK_INPUT_PURPOSE_NAME);
  rows->function = add_entry (rows->expander, _("Function"), contact->function, GTK_INPUT_PURPOSE_FREE_FORM);
  rows->email = add_entry (rows->expander, _("E-mail"), contact->email, GTK_INPUT_PURPOSE_EMAIL);
  rows->phone = add_entry (rows->expander, _("Phone"), contact->phone, GTK_INPUT_PURPOSE_PHONE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove), _("Remove Contact Person"));
  adw_button_row_set_start_icon_name (ADW_BUTTON_ROW (remove), "user-trash-symbolic");
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data (G_OBJECT (remove), "ido-contact-rows", rows);
  g_signal_connect_object (remove, "activated", G_CALLBACK (on_remove_contact_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (rows->expander, remove);
  g_signal_connect_swapped (rows->name, "changed", G_CALLBACK (update_contact_title), rows);
  g_signal_connect_swapped (rows->function, "changed", G_CALLBACK (update_contact_title), rows);
  update_contact_title (rows);
  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (rows->expander));
  /* The error label stays below the contacts. */
  adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (self->contacts_error));
  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (self->contacts_error));
  g_ptr_array_add (self->contacts, rows);
  return rows;
}

static void
read_contacts (IdoPartnerEditor *self)
{
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactRows *rows = g_ptr_array_index (self->contacts, i);

      g_free (rows->contact->name);
      rows->contact->name = ido_form_dup_text (rows->name);
      g_free (rows->contact->function);
      rows->contact->function = ido_form_dup_text (rows->function);
      g_free (rows->contact->email);
      rows->contact->email = ido_form_dup_text (rows->email);
      g_free (rows->contact->phone);
      rows->contact->phone = ido_form_dup_text (rows->phone);
    }
  ido_partner_contacts_changed (self->partner);
}

/* Agreements and meetings of a saved partner */

static void
on_agreement_activated_cb (IdoPartnerEditor *self,
                           AdwActionRow     *row);

static GtkWidget *
agreement_row_new (IdoPartnerEditor     *self,
                   IdoReferralAgreement *agreement)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tag = gtk_label_new (NULL);
  IdoAgreementState state = ido_referral_agreement_get_state (agreement, NULL);
  g_autoptr(GString) subtitle = g_string_new (ido_referral_direction_get_label (agreement->direction,
                                                                                agreement->party));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (agreement->review_on != NULL)
    {
      g_autofree char *date = ido_date_to_user (agreement->review_on);

      g_string_append (subtitle, " · ");
      /* Translators: the date of the next review of an agreement, "review 01-03-2026" */
      g_string_append_printf (subtitle, _("review %s"), date);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), agreement->services);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (state == IDO_AGREEMENT_STATE_REVIEW_OVERDUE || state == IDO_AGREEMENT_STATE_REVIEW_SOON)
    {
      gtk_label_set_label (GTK_LABEL (tag), ido_agreement_state_get_label (state));
      gtk_widget_add_css_class (tag, "tag");
      gtk_widget_add_css_class (tag, state == IDO_AGREEMENT_STATE_REVIEW_OVERDUE ? "error" : "warning");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "ido-agreement-id", GINT_TO_POINTER ((int) agreement->id));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_agreement_activated_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
update_agreements (IdoPartnerEditor *self)
{
  g_autoptr(GPtrArray) agreements = NULL;
  gint64 id = ido_partner_get_id (self->partner);

  g_assert (IDO_IS_PARTNER_EDITOR (self));

  ido_form_remove_rows (self->agreement_rows, self->agreements_group);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-agreement", id > 0);
  if (id == 0 || self->database == NULL)
    {
      adw_preferences_group_set_description (self->agreements_group,
                                             _("Save the partner first, then record the referral agreements "
                                               "you make with it."));
      return;
    }
  agreements = ido_referral_agreement_list (self->database, "partner", id, NULL);
  adw_preferences_group_set_description (self->agreements_group,
                                         agreements != NULL && agreements->len > 0 ? NULL :
                                         _("No referral agreement yet: agree with the partner when and how "
                                           "residents are referred warmly."));
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      GtkWidget *row = agreement_row_new (self, g_ptr_array_index (agreements, i));

      adw_preferences_group_add (self->agreements_group, row);
      g_ptr_array_add (self->agreement_rows, row);
    }
}

static void
update_meetings (IdoPartnerEditor *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  gint64 id = ido_partner_get_id (self->partner);

  g_assert (IDO_IS_PARTNER_EDITOR (self));

  ido_form_remove_rows (self->meeting_rows, self->meetings_group);
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_group), id > 0);
  if (id == 0 || self->database == NULL)
    return;
  meetings = ido_partner_list_meetings (self->database, id, NULL);
  adw_preferences_group_set_description (self->meetings_group,
                                         meetings != NULL && meetings->len > 0 ? NULL :
                                         _("Not invited to a network meeting yet."));
  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    {
      IdoPartnerMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = ido_date_to_user (meeting->held_on);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   meeting->attended ? _("Attended") : _("Invited"));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *meeting->title ? meeting->title : _("Meeting"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->meetings_group, row);
      g_ptr_array_add (self->meeting_rows, row);
    }
}

static void
on_database_changed_cb (IdoPartnerEditor *self,
                        const char       *table)
{
  if (table == NULL || g_str_equal (table, "referral_agreement") || g_str_equal (table, "partner_contact"))
    update_agreements (self);
  if (table == NULL || g_str_equal (table, "meeting") || g_str_equal (table, "meeting_partner"))
    update_meetings (self);
}

/* Filling in */

static void
fill_in (IdoPartnerEditor *self)
{
  GPtrArray *contacts = ido_partner_get_contacts (self->partner);
  const char *ended = ido_partner_get_ended_on (self->partner);
  g_autofree char *today = ido_today_iso ();

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ido_partner_get_name (self->partner));
  adw_combo_row_set_selected (self->kind_row,
                              ido_form_code_position (ido_partner_kinds (), ido_partner_get_kind (self->partner)));
  gtk_editable_set_text (GTK_EDITABLE (self->sector_row), ido_partner_get_sector (self->partner));
  adw_combo_row_set_selected (self->scope_row,
                              ido_form_code_position (ido_partner_scopes (), ido_partner_get_scope (self->partner)));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), ido_partner_get_address (self->partner));
  gtk_editable_set_text (GTK_EDITABLE (self->website_row), ido_partner_get_website (self->partner));
  adw_switch_row_set_active (self->active_row, ido_partner_get_active (self->partner));
  ido_form_set_date (self->ended_row, ended ? ended : today);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), ido_partner_get_notes (self->partner));
  for (guint i = 0; i < contacts->len; i++)
    add_contact_rows (self, g_ptr_array_index (contacts, i));
  for (guint i = 0; i < self->block_rows->len; i++)
    adw_switch_row_set_active (g_ptr_array_index (self->block_rows, i),
                               ido_partner_has_building_block (self->partner, ido_building_blocks ()[i]));
  adw_dialog_set_title (ADW_DIALOG (self),
                        ido_partner_get_id (self->partner) > 0 ? _("Partner") : _("New Partner"));
  gtk_widget_set_visible (GTK_WIDGET (self->danger_group), ido_partner_get_id (self->partner) > 0);
  self->kind_chosen = ido_partner_get_id (self->partner) > 0;
  update_agreements (self);
  update_meetings (self);
}

static void
clear_errors (IdoPartnerEditor *self)
{
  for (guint i = 0; i < self->error_rows->len; i++)
    ido_form_clear_error (g_ptr_array_index (self->error_rows, i), NULL);
  g_ptr_array_set_size (self->error_rows, 0);
  ido_form_clear_error (NULL, self->organisation_error);
  ido_form_clear_error (NULL, self->contacts_error);
}

static void
show_error (IdoPartnerEditor *self,
            GtkWidget        *row,
            GtkLabel         *label,
            const char       *message)
{
  g_ptr_array_add (self->error_rows, row);
  ido_form_show_error_and_focus (row, label, message);
}

static void
show_contact_error (IdoPartnerEditor *self,
                    int               index,
                    const GError     *error)
{
  ContactRows *rows = g_ptr_array_index (self->contacts, index);
  GtkWidget *row = GTK_WIDGET (rows->name);

  if (error->code == IDO_FIELD_EMAIL)
    row = GTK_WIDGET (rows->email);
  else if (error->code == IDO_FIELD_PHONE)
    row = GTK_WIDGET (rows->phone);
  adw_expander_row_set_expanded (rows->expander, TRUE);
  show_error (self, row, self->contacts_error, error->message);
}

static void
show_field_error (IdoPartnerEditor *self,
                  int               contact_index,
                  const GError     *error)
{
  GtkWidget *row = GTK_WIDGET (self->name_row);

  if (contact_index >= 0)
    {
      show_contact_error (self, contact_index, error);
      return;
    }
  if (error->code == IDO_FIELD_WEBSITE)
    row = GTK_WIDGET (self->website_row);
  else if (error->code == IDO_FIELD_END_DATE)
    row = GTK_WIDGET (self->ended_row);
  else if (error->code == IDO_FIELD_CATEGORY)
    row = GTK_WIDGET (self->kind_row);
  else if (error->code == IDO_FIELD_OTHER)
    row = GTK_WIDGET (self->scope_row);
  show_error (self, row, self->organisation_error, error->message);
}

/* Copies the form into the partner; FALSE (with the error shown) when a
 * date cannot be read. */
static gboolean
read_form (IdoPartnerEditor *self)
{
  g_autofree char *name = ido_form_dup_text (self->name_row);
  g_autofree char *sector = ido_form_dup_text (self->sector_row);
  g_autofree char *address = ido_form_dup_text (self->address_row);
  g_autofree char *website = ido_form_dup_text (self->website_row);
  g_autofree char *notes = ido_form_dup_text (self->notes_row);
  g_autofree char *ended = NULL;
  g_autoptr(GError) error = NULL;
  gboolean active = adw_switch_row_get_active (self->active_row);

  ido_partner_set_name (self->partner, name);
  ido_partner_set_kind (self->partner, ido_partner_kinds ()[adw_combo_row_get_selected (self->kind_row)]);
  ido_partner_set_sector (self->partner, sector);
  ido_partner_set_scope (self->partner, ido_partner_scopes ()[adw_combo_row_get_selected (self->scope_row)]);
  ido_partner_set_address (self->partner, address);
  ido_partner_set_website (self->partner, website);
  ido_partner_set_notes (self->partner, notes);
  ido_partner_set_active (self->partner, active);
  for (guint i = 0; i < self->block_rows->len; i++)
    ido_partner_set_building_block (self->partner, ido_building_blocks ()[i],
                                    adw_switch_row_get_active (g_ptr_array_index (self->block_rows, i)));
  read_contacts (self);
  if (!active && !ido_form_get_date (self->ended_row, IDO_FIELD_END_DATE, &ended, &error))
    {
      show_error (self, GTK_WIDGET (self->ended_row), self->organisation_error, error->message);
      return FALSE;
    }
  ido_partner_set_ended_on (self->partner, active ? NULL : ended);
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  int contact_index = -1;

  clear_errors (self);
  if (!read_form (self))
    return;
  if (!ido_partner_validate (self->partner, self->database, &contact_index, &error))
    {
      show_field_error (self, contact_index, error);
      return;
    }
  if (!ido_partner_save (self->database, self->partner, &error))
    {
      if (error->domain == IDO_FIELD_ERROR)
        show_field_error (self, -1, error);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, ido_partner_get_id (self->partner));
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (widget);
  IdoPartnerContact *contact = ido_partner_add_contact (self->partner, "", "", "", "");
  ContactRows *rows = add_contact_rows (self, contact);

  adw_expander_row_set_expanded (rows->expander, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (rows->name));
}

static void
on_agreement_saved_cb (IdoPartnerEditor *self)
{
  update_agreements (self);
}

static void
on_agreement_delete_requested_cb (IdoPartnerEditor *self,
                                  gint64            agreement_id)
{
  g_autoptr(GError) error = NULL;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  if (!ido_referral_agreement_delete (self->database, agreement_id, &self->undo, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  self->undo_toast = ido_form_undo_toast (_("Referral agreement deleted"), GTK_WIDGET (self), "editor.undo");
  g_object_add_weak_pointer (G_OBJECT (self->undo_toast), (gpointer *) &self->undo_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, self->undo_toast);
}

static void
present_agreement_editor (IdoPartnerEditor *self,
                          gint64            agreement_id)
{
  AdwDialog *editor = ido_referral_agreement_editor_new (self->database, "partner",
                                                         ido_partner_get_id (self->partner), agreement_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_agreement_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_agreement_delete_requested_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, GTK_WIDGET (self));
}

static void
on_agreement_activated_cb (IdoPartnerEditor *self,
                           AdwActionRow     *row)
{
  present_agreement_editor (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ido-agreement-id")));
}

static void
add_agreement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  present_agreement_editor (IDO_PARTNER_EDITOR (widget), 0);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  if (!ido_row_snapshot_restore (self->undo, self->database, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (widget);

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, ido_partner_get_id (self->partner));
}

static void
sector_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (widget);
  const char *sector = g_variant_get_string (parameter, NULL);
  const char *kind = ido_partner_sector_get_kind (sector);

  gtk_editable_set_text (GTK_EDITABLE (self->sector_row), sector);
  /* Suggest the usual kind, unless the user chose one already. */
  if (kind != NULL && !self->kind_chosen)
    adw_combo_row_set_selected (self->kind_row, ido_form_code_position (ido_partner_kinds (), kind));
}

static void
on_kind_selected_cb (IdoPartnerEditor *self)
{
  self->kind_chosen = TRUE;
}

/* Setup */

static void
setup_combos (IdoPartnerEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; ido_partner_kinds ()[i] != NULL; i++)
    gtk_string_list_append (kinds, ido_partner_kind_get_label (ido_partner_kinds ()[i]));
  for (guint i = 0; ido_partner_scopes ()[i] != NULL; i++)
    gtk_string_list_append (scopes, ido_partner_scope_get_label (ido_partner_scopes ()[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  for (guint i = 0; ido_partner_sectors ()[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ido_partner_sectors ()[i], NULL);

      g_menu_item_set_action_and_target_value (item, "editor.sector",
                                               g_variant_new_string (ido_partner_sectors ()[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->sector_button, G_MENU_MODEL (menu));
}

static void
setup_blocks (IdoPartnerEditor *self)
{
  for (guint i = 0; ido_building_blocks ()[i] != NULL; i++)
    {
      GtkWidget *row = adw_switch_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ido_building_block_get_label (ido_building_blocks ()[i]));
      adw_preferences_group_add (self->blocks_group, row);
      g_ptr_array_add (self->block_rows, row);
    }
}

static void
ido_partner_editor_constructed (GObject *object)
{
  IdoPartnerEditor *self = (IdoPartnerEditor *) object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (ido_partner_editor_parent_class)->constructed (object);

  if (self->initial_id > 0 && self->database != NULL)
    self->partner = ido_partner_load (self->database, self->initial_id, &error);
  if (self->partner == NULL)
    {
      if (error != NULL)
        g_warning ("Could not load partner %" G_GINT64_FORMAT ": %s", self->initial_id, error->message);
      self->partner = ido_partner_new ();
    }
  fill_in (self);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->database != NULL)
    g_signal_connect_object (self->database, "changed", G_CALLBACK (on_database_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
ido_partner_editor_dispose (GObject *object)
{
  IdoPartnerEditor *self = (IdoPartnerEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_PARTNER_EDITOR);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->block_rows, g_ptr_array_unref);
  g_clear_pointer (&self->agreement_rows, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_rows, g_ptr_array_unref);
  g_clear_pointer (&self->error_rows, g_ptr_array_unref);
  g_clear_pointer (&self->undo, ido_row_snapshot_free);
  g_clear_object (&self->partner);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_partner_editor_parent_class)->dispose (object);
}

static void
ido_partner_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, ido_partner_editor_get_partner_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  IdoPartnerEditor *self = IDO_PARTNER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_PARTNER_ID:
      self->initial_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_editor_class_init (IdoPartnerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_partner_editor_constructed;
  object_class->dispose = ido_partner_editor_dispose;
  object_class->get_property = ido_partner_editor_get_property;
  object_class->set_property = ido_partner_editor_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * IdoPartnerEditor::saved:
   * @id: the partner's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * IdoPartnerEditor::delete-requested:
   * @id: the partner's id
   *
   * The owner decides how (end it, or delete with undo).
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-partner-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, page);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, sector_button);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, scope_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, website_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, active_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, ended_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, contacts_error);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, blocks_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPartnerEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "editor.add-agreement", NULL, add_agreement_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.sector", "s", sector_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ido_partner_editor_init (IdoPartnerEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->contacts = g_ptr_array_new_with_free_func (contact_rows_free);
  self->block_rows = g_ptr_array_new ();
  self->agreement_rows = g_ptr_array_new ();
  self->meeting_rows = g_ptr_array_new ();
  self->error_rows = g_ptr_array_new ();
  setup_combos (self);
  setup_blocks (self);
}

/**
 * ido_partner_editor_new:
 * @partner_id: the partner to edit, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, to present
 */
AdwDialog *
ido_partner_editor_new (IdoDatabase *database,
                        gint64       partner_id)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_PARTNER_EDITOR, "database", database, "partner-id", partner_id, NULL);
}

gint64
ido_partner_editor_get_partner_id (IdoPartnerEditor *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), 0);
  return self->partner ? ido_partner_get_id (self->partner) : 0;
}

guint
ido_partner_editor_get_n_contacts (IdoPartnerEditor *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), 0);
  return self->contacts->len;
}

/**
 * ido_partner_editor_get_contact_field:
 * @field: "expander", "name", "function", "email" or "phone"
 *
 * Returns: (transfer none) (nullable): the row of that contact's field
 */
GtkWidget *
ido_partner_editor_get_contact_field (IdoPartnerEditor *self,
                                      guint             index,
                                      const char       *field)
{
  ContactRows *rows;

  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->contacts->len, NULL);

  rows = g_ptr_array_index (self->contacts, index);
  if (g_str_equal (field, "expander"))
    return GTK_WIDGET (rows->expander);
  if (g_str_equal (field, "name"))
    return GTK_WIDGET (rows->name);
  if (g_str_equal (field, "function"))
    return GTK_WIDGET (rows->function);
  if (g_str_equal (field, "email"))
    return GTK_WIDGET (rows->email);
  if (g_str_equal (field, "phone"))
    return GTK_WIDGET (rows->phone);
  return NULL;
}

/**
 * ido_partner_editor_get_block_row:
 *
 * Returns: (transfer none) (nullable): the switch of a building block
 */
GtkWidget *
ido_partner_editor_get_block_row (IdoPartnerEditor *self,
                                  const char       *block)
{
  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), NULL);

  for (guint i = 0; ido_building_blocks ()[i] != NULL; i++)
    {
      if (g_strcmp0 (ido_building_blocks ()[i], block) == 0)
        return g_ptr_array_index (self->block_rows, i);
    }
  return NULL;
}

guint
ido_partner_editor_get_n_agreements (IdoPartnerEditor *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), 0);
  return self->agreement_rows->len;
}

/**
 * ido_partner_editor_get_agreement_row:
 *
 * Returns: (transfer none): the row of the @index-th agreement
 */
GtkWidget *
ido_partner_editor_get_agreement_row (IdoPartnerEditor *self,
                                      guint             index)
{
  g_return_val_if_fail (IDO_IS_PARTNER_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->agreement_rows->len, NULL);
  return g_ptr_array_index (self->agreement_rows, index);
}

/* ido-referral-agreement-editor.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One doorverwijsafspraak: with a partner, or between a municipal desk (or
 * the municipality as a whole) and the IDO.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-desk.h"
#include "ido-form.h"
#include "ido-partner.h"
#include "ido-referral-agreement.h"
#include "ido-referral-agreement-editor.h"
#include "ido-validate.h"

struct _IdoReferralAgreementEditor
{
  AdwDialog             parent_instance;

  IdoDatabase          *database;
  char                 *party;
  gint64                partner_id;
  gint64                initial_id;
  IdoReferralAgreement *agreement;
  GArray               *contact_ids;   /* gint64, per contact_row entry; 0 = someone else */
  GArray               *desk_ids;      /* gint64, per desk_row entry; 0 = whole municipality */
  GPtrArray            *error_rows;

  AdwToastOverlay      *toast_overlay;
  AdwComboRow          *desk_row;
  AdwComboRow          *direction_row;
  AdwEntryRow          *services_row;
  GtkLabel             *what_error;
  AdwEntryRow          *when_row;
  AdwEntryRow          *how_row;
  AdwEntryRow          *appointment_row;
  AdwComboRow          *channel_row;
  AdwComboRow          *contact_row;
  AdwEntryRow          *contact_name_row;
  AdwEntryRow          *agreed_row;
  AdwEntryRow          *review_row;
  GtkLabel             *dates_error;
  AdwPreferencesGroup  *danger_group;
};

G_DEFINE_FINAL_TYPE (IdoReferralAgreementEditor, ido_referral_agreement_editor, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_PARTY,
  PROP_PARTNER_ID,
  PROP_AGREEMENT_ID,
  N_PROPS
};

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        return i;
    }
  return 0;
}

static void
update_contact_name_row (IdoReferralAgreementEditor *self)
{
  guint position = adw_combo_row_get_selected (self->contact_row);
  gboolean someone_else = position >= self->contact_ids->len ||
                          g_array_index (self->contact_ids, gint64, position) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->contact_name_row), someone_else);
}

static void
setup_contacts (IdoReferralAgreementEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(IdoPartner) partner = NULL;
  gint64 none = 0;

  gtk_string_list_append (names, _("Someone else"));
  g_array_append_val (self->contact_ids, none);
  if (self->partner_id > 0)
    partner = ido_partner_load (self->database, self->partner_id, NULL);
  for (guint i = 0; partner != NULL && i < ido_partner_get_contacts (partner)->len; i++)
    {
      IdoPartnerContact *contact = g_ptr_array_index (ido_partner_get_contacts (partner), i);

      gtk_string_list_append (names, contact->name);
      g_array_append_val (self->contact_ids, contact->id);
    }
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), self->contact_ids->len > 1);
  if (partner != NULL)
    adw_dialog_set_title (ADW_DIALOG (self), ido_partner_get_name (partner));
}

static void
setup_desks (IdoReferralAgreementEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) desks = ido_desk_list (self->database, NULL);
  gint64 none = 0;

  gtk_string_list_append (names, _("The municipality as a whole"));
  g_array_append_val (self->desk_ids, none);
  for (guint i = 0; desks != NULL && i < desks->len; i++)
    {
      IdoDesk *desk = g_ptr_array_index (desks, i);

      gtk_string_list_append (names, desk->name);
      g_array_append_val (self->desk_ids, desk->id);
    }
  adw_combo_row_set_model (self->desk_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->desk_row), TRUE);
  adw_dialog_set_title (ADW_DIALOG (self), _("Agreement with the Municipality"));
}

static void
setup_combos (IdoReferralAgreementEditor *self)
{
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);

  for (guint i = 0; ido_referral_directions ()[i] != NULL; i++)
    gtk_string_list_append (directions, ido_referral_direction_get_label (ido_referral_directions ()[i],
                                                                          self->party));
  gtk_string_list_append (channels, ido_referral_channel_get_label (NULL));
  for (guint i = 0; ido_referral_channels ()[i] != NULL; i++)
    gtk_string_list_append (channels, ido_referral_channel_get_label (ido_referral_channels ()[i]));
  adw_combo_row_set_model (self->direction_row, G_LIST_MODEL (directions));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  if (g_str_equal (self->party, "municipality"))
    setup_desks (self);
  setup_contacts (self);
}

static void
fill_in (IdoReferralAgreementEditor *self)
{
  IdoReferralAgreement *agreement = self->agreement;

  adw_combo_row_set_selected (self->direction_row,
                              ido_form_code_position (ido_referral_directions (), agreement->direction));
  gtk_editable_set_text (GTK_EDITABLE (self->services_row), agreement->services);
  gtk_editable_set_text (GTK_EDITABLE (self->when_row), agreement->when_to_refer);
  gtk_editable_set_text (GTK_EDITABLE (self->how_row), agreement->how_to_refer);
  gtk_editable_set_text (GTK_EDITABLE (self->appointment_row), agreement->appointment_by);
  adw_combo_row_set_selected (self->channel_row,
                              agreement->channel
                              ? ido_form_code_position (ido_referral_channels (), agreement->channel) + 1
                              : 0);
  adw_combo_row_set_selected (self->contact_row, index_of_id (self->contact_ids, agreement->contact_id));
  gtk_editable_set_text (GTK_EDITABLE (self->contact_name_row), agreement->contact_name);
  adw_combo_row_set_selected (self->desk_row, index_of_id (self->desk_ids, agreement->desk_id));
  ido_form_set_date (self->agreed_row, agreement->agreed_on);
  ido_form_set_date (self->review_row, agreement->review_on);
  gtk_widget_set_visible (GTK_WIDGET (self->danger_group), agreement->id > 0);
  update_contact_name_row (self);
}

static void
clear_errors (IdoReferralAgreementEditor *self)
{
  for (guint i = 0; i < self->error_rows->len; i++)
    ido_form_clear_error (g_ptr_array_index (self->error_rows, i), NULL);
  g_ptr_array_set_size (self->error_rows, 0);
  ido_form_clear_error (NULL, self->what_error);
  ido_form_clear_error (NULL, self->dates_error);
}

static void
show_error (IdoReferralAgreementEditor *self,
            const GError               *error)
{
  GtkWidget *row = GTK_WIDGET (self->services_row);
  GtkLabel *label = self->what_error;

  if (error->code == IDO_FIELD_START_DATE)
    row = GTK_WIDGET (self->agreed_row), label = self->dates_error;
  else if (error->code == IDO_FIELD_REVIEW_DATE)
    row = GTK_WIDGET (self->review_row), label = self->dates_error;
  else if (error->code == IDO_FIELD_CATEGORY)
    row = GTK_WIDGET (self->direction_row);
  else if (error->code == IDO_FIELD_OTHER)
    row = GTK_WIDGET (self->contact_row);
  g_ptr_array_add (self->error_rows, row);
  ido_form_show_error_and_focus (row, label, error->message);
}

static void
set_text (char       **field,
          AdwEntryRow *row)
{
  g_free (*field);
  *field = ido_form_dup_text (row);
}

/* Copies the form into the agreement; FALSE with an error for a date that
 * cannot be read. */
static gboolean
read_form (IdoReferralAgreementEditor  *self,
           GError                     **error)
{
  IdoReferralAgreement *agreement = self->agreement;
  guint channel = adw_combo_row_get_selected (self->channel_row);
  guint contact = adw_combo_row_get_selected (self->contact_row);
  guint desk = adw_combo_row_get_selected (self->desk_row);

  g_set_str (&agreement->direction, ido_referral_directions ()[adw_combo_row_get_selected (self->direction_row)]);
  set_text (&agreement->services, self->services_row);
  set_text (&agreement->when_to_refer, self->when_row);
  set_text (&agreement->how_to_refer, self->how_row);
  set_text (&agreement->appointment_by, self->appointment_row);
  g_set_str (&agreement->channel, channel > 0 ? ido_referral_channels ()[channel - 1] : NULL);
  agreement->contact_id = contact < self->contact_ids->len ? g_array_index (self->contact_ids, gint64, contact) : 0;
  set_text (&agreement->contact_name, self->contact_name_row);
  if (agreement->contact_id > 0)
    g_set_str (&agreement->contact_name, "");
  agreement->desk_id = desk < self->desk_ids->len ? g_array_index (self->desk_ids, gint64, desk) : 0;
  g_clear_pointer (&agreement->agreed_on, g_free);
  g_clear_pointer (&agreement->review_on, g_free);
  return ido_form_get_date (self->agreed_row, IDO_FIELD_START_DATE, &agreement->agreed_on, error) &&
         ido_form_get_date (self->review_row, IDO_FIELD_REVIEW_DATE, &agreement->review_on, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoReferralAgreementEditor *self = IDO_REFERRAL_AGREEMENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  clear_errors (self);
  if (!read_form (self, &error) || !ido_referral_agreement_save (self->database, self->agreement, &error))
    {
      if (error->domain == IDO_FIELD_ERROR)
        show_error (self, error);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->agreement->id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoReferralAgreementEditor *self = IDO_REFERRAL_AGREEMENT_EDITOR (widget);
  gint64 id = self->agreement->id;

  /* The owner deletes it and offers to undo; this dialog is done. */
  g_object_ref (self);
  adw_dialog_force_close (ADW_DIALOG (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, id);
  g_object_unref (self);
}

static void
ido_referral_agreement_editor_constructed (GObject *object)
{
  IdoReferralAgreementEditor *self = (IdoReferralAgreementEditor *) object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (ido_referral_agreement_editor_parent_class)->constructed (object);

  if (self->initial_id > 0)
    self->agreement = ido_referral_agreement_load (self->database, self->initial_id, &error);
  if (self->agreement != NULL)
    {
      g_set_str (&self->party, self->agreement->party);
      self->partner_id = self->agreement->partner_id;
    }
  else
    {
      if (error != NULL)
        g_warning ("Could not load the agreement: %s", error->message);
      self->agreement = ido_referral_agreement_new (self->party, self->partner_id);
    }
  setup_combos (self);
  fill_in (self);
  g_signal_connect_object (self->contact_row, "notify::selected", G_CALLBACK (update_contact_name_row), self,
                           G_CONNECT_SWAPPED);
}

static void
ido_referral_agreement_editor_dispose (GObject *object)
{
  IdoReferralAgreementEditor *self = (IdoReferralAgreementEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_REFERRAL_AGREEMENT_EDITOR);
  g_clear_pointer (&self->agreement, ido_referral_agreement_free);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->desk_ids, g_array_unref);
  g_clear_pointer (&self->error_rows, g_ptr_array_unref);
  g_clear_pointer (&self->party, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_referral_agreement_editor_parent_class)->dispose (object);
}

static void
ido_referral_agreement_editor_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  IdoReferralAgreementEditor *self = IDO_REFERRAL_AGREEMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, self->partner_id);
      break;
    case PROP_AGREEMENT_ID:
      g_value_set_int64 (value, ido_referral_agreement_editor_get_agreement_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_referral_agreement_editor_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  IdoReferralAgreementEditor *self = IDO_REFERRAL_AGREEMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_PARTY:
      self->party = g_value_dup_string (value);
      break;
    case PROP_PARTNER_ID:
      self->partner_id = g_value_get_int64 (value);
      break;
    case PROP_AGREEMENT_ID:
      self->initial_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_referral_agreement_editor_class_init (IdoReferralAgreementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_referral_agreement_editor_constructed;
  object_class->dispose = ido_referral_agreement_editor_dispose;
  object_class->get_property = ido_referral_agreement_editor_get_property;
  object_class->set_property = ido_referral_agreement_editor_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL, "partner",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREEMENT_ID] =
    g_param_spec_int64 ("agreement-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ido-referral-agreement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, desk_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, direction_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, services_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, what_error);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, when_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, how_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, appointment_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, agreed_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, dates_error);
  gtk_widget_class_bind_template_child (widget_class, IdoReferralAgreementEditor, danger_group);

  gtk_widget_class_install_action (widget_class, "agreement.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "agreement.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "agreement.save", NULL);
}

static void
ido_referral_agreement_editor_init (IdoReferralAgreementEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->desk_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->error_rows = g_ptr_array_new ();
}

/**
 * ido_referral_agreement_editor_new:
 * @party: "partner" or "municipality", for a new agreement
 * @partner_id: the partner of a new partner agreement
 * @agreement_id: the agreement to edit, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, to present
 */
AdwDialog *
ido_referral_agreement_editor_new (IdoDatabase *database,
                                   const char  *party,
                                   gint64       partner_id,
                                   gint64       agreement_id)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_REFERRAL_AGREEMENT_EDITOR,
                       "database", database,
                       "party", party ? party : "partner",
                       "partner-id", partner_id,
                       "agreement-id", agreement_id,
                       NULL);
}

gint64
ido_referral_agreement_editor_get_agreement_id (IdoReferralAgreementEditor *self)
{
  g_return_val_if_fail (IDO_IS_REFERRAL_AGREEMENT_EDITOR (self), 0);
  return self->agreement ? self->agreement->id : 0;
}

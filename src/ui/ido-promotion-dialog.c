/* ido-promotion-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor of one promotion activity, with the one-click booking of its
 * cost on the SPUK budget as promotion.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-promotion-dialog.h"
#include "ido-record-store.h"
#include "ido-record.h"
#include "ido-validate.h"

struct _IdoPromotionDialog
{
  AdwDialog         parent_instance;

  IdoDatabase      *database;
  IdoPromotion     *promotion;
  GPtrArray        *department_rows;   /* AdwSwitchRow, title = department */
  GPtrArray        *partner_rows;      /* AdwSwitchRow, data "partner-id" */

  GtkLabel         *error_label;
  AdwEntryRow      *title_row;
  AdwEntryRow      *date_row;
  AdwComboRow      *kind_row;
  AdwEntryRow      *channel_row;
  AdwEntryRow      *target_row;
  GtkMenuButton    *target_menu_button;
  AdwEntryRow      *reach_row;
  AdwSwitchRow     *estimated_row;
  AdwEntryRow      *cost_row;
  AdwActionRow     *book_row;
  GtkButton        *book_button;
  AdwExpanderRow   *departments_row;
  AdwExpanderRow   *partners_row;
  GtkTextView      *notes_view;
  GtkWidget        *delete_button;
};

G_DEFINE_FINAL_TYPE (IdoPromotionDialog, ido_promotion_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (IdoPromotionDialog *self)
{
  ido_form_clear_rows (self->error_label, GTK_WIDGET (self->title_row), GTK_WIDGET (self->date_row),
                       GTK_WIDGET (self->kind_row), GTK_WIDGET (self->reach_row), GTK_WIDGET (self->cost_row),
                       GTK_WIDGET (self->book_row), NULL);
}

static GtkWidget *
row_for_field (IdoPromotionDialog *self,
               int                 field)
{
  switch (field)
    {
    case IDO_FIELD_NAME:
      return GTK_WIDGET (self->title_row);
    case IDO_FIELD_DATE:
      return GTK_WIDGET (self->date_row);
    case IDO_FIELD_CATEGORY:
      return GTK_WIDGET (self->kind_row);
    case IDO_FIELD_NUMBER:
      return GTK_WIDGET (self->reach_row);
    case IDO_FIELD_AMOUNT:
      return GTK_WIDGET (self->cost_row);
    default:
      return GTK_WIDGET (self->book_row);
    }
}

static void
show_error (IdoPromotionDialog *self,
            const GError       *error)
{
  GtkWidget *row = error->domain == IDO_FIELD_ERROR ? row_for_field (self, error->code) : NULL;

  ido_form_show_error_and_focus (row, self->error_label, error->message);
}

static void
update_book_row (IdoPromotionDialog *self)
{
  gboolean booked = self->promotion->spending_id > 0;

  if (booked)
    {
      g_autofree char *amount = ido_money_format (self->promotion->cost);
      g_autofree char *text = g_strdup_printf (_("%s booked as promotion"), amount);

      adw_action_row_set_subtitle (self->book_row, text);
    }
  else
    adw_action_row_set_subtitle (self->book_row, _("Not booked"));
  gtk_widget_set_visible (GTK_WIDGET (self->book_button), !booked);
  gtk_editable_set_editable (GTK_EDITABLE (self->cost_row), !booked);
}

static gboolean
read_number (IdoPromotionDialog *self,
             gboolean           *has,
             gint64             *value)
{
  g_autofree char *text = ido_form_dup_text (self->reach_row);
  g_autofree char *digits = NULL;
  char *end = NULL;

  *has = *text != '\0';
  if (!*has)
    return TRUE;
  /* "1.500" and "1500" are the same reach. */
  digits = g_strdelimit (g_strdup (text), ".", ' ');
  {
    g_autoptr(GString) plain = g_string_new (NULL);

    for (const char *p = digits; *p; p++)
      if (*p != ' ')
        g_string_append_c (plain, *p);
    *value = g_ascii_strtoll (plain->str, &end, 10);
    if (plain->len > 0 && end != NULL && *end == '\0' && *value >= 0)
      return TRUE;
  }
  ido_form_show_error_and_focus (GTK_WIDGET (self->reach_row), self->error_label,
                                 _("Write the number of people reached as a whole number, like 1500."));
  return FALSE;
}

static gboolean
read_cost (IdoPromotionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = ido_form_dup_text (self->cost_row);

  if (self->promotion->spending_id > 0)
    return TRUE;
  self->promotion->has_cost = *clean != '\0';
  if (!self->promotion->has_cost)
    return TRUE;
  if (ido_money_parse (clean, &self->promotion->cost, &error))
    return TRUE;
  ido_form_show_error_and_focus (GTK_WIDGET (self->cost_row), self->error_label, error->message);
  return FALSE;
}

static void
read_links (IdoPromotionDialog *self)
{
  g_ptr_array_set_size (self->promotion->departments, 0);
  for (guint i = 0; i < self->department_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->department_rows, i);

      if (adw_switch_row_get_active (row))
        ido_promotion_add_department (self->promotion,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
  g_array_set_size (self->promotion->partner_ids, 0);
  for (guint i = 0; i < self->partner_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->partner_rows, i);

      if (adw_switch_row_get_active (row))
        ido_promotion_add_partner (self->promotion,
                                   *(gint64 *) g_object_get_data (G_OBJECT (row), "partner-id"));
    }
}

/* Copies the form into the promotion; FALSE with the error shown when a
 * field cannot be read. */
static gboolean
read_form (IdoPromotionDialog *self)
{
  IdoPromotion *p = self->promotion;
  g_autofree char *held_on = NULL;
  g_autofree char *notes = NULL;

  clear_errors (self);
  if (!ido_form_read_date (self->date_row, &held_on, self->error_label) ||
      !read_number (self, &p->has_reach, &p->reach) || !read_cost (self))
    return FALSE;
  g_set_str (&p->held_on, held_on);
  g_set_str (&p->title, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_set_str (&p->kind, ido_form_get_combo (self->kind_row, ido_promotion_get_kinds ()));
  g_set_str (&p->channel, gtk_editable_get_text (GTK_EDITABLE (self->channel_row)));
  g_set_str (&p->target_group, gtk_editable_get_text (GTK_EDITABLE (self->target_row)));
  p->reach_estimated = adw_switch_row_get_active (self->estimated_row);
  notes = ido_form_dup_view_text (self->notes_view);
  g_set_str (&p->notes, notes);
  read_links (self);
  return TRUE;
}

static gboolean
save (IdoPromotionDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!read_form (self))
    return FALSE;
  if (!ido_promotion_save (self->database, self->promotion, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  gtk_widget_set_visible (self->delete_button, TRUE);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPromotionDialog *self = IDO_PROMOTION_DIALOG (widget);

  if (save (self))
    adw_dialog_close (ADW_DIALOG (self));
}

static void
book_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPromotionDialog *self = IDO_PROMOTION_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 spending_id = 0;

  if (!save (self))
    return;
  if (!ido_promotion_book_cost (self->database, self->promotion->id, &spending_id, &error))
    {
      show_error (self, error);
      return;
    }
  self->promotion->spending_id = spending_id;
  update_book_row (self);
  {
    g_autofree char *amount = ido_money_format (self->promotion->cost);
    g_autofree char *text = g_strdup_printf (_("%s booked on the SPUK budget as promotion"), amount);

    ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (text));
  }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IdoPromotionDialog *self = IDO_PROMOTION_DIALOG (widget);

  if (self->promotion->id == 0)
    return;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->promotion->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
pick_target_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoPromotionDialog *self = IDO_PROMOTION_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->target_row), g_variant_get_string (parameter, NULL));
}

static AdwSwitchRow *
add_switch_row (AdwExpanderRow *expander,
                const char     *title,
                gboolean        active)
{
  GtkWidget *row = adw_switch_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), active);
  adw_expander_row_add_row (expander, row);
  return ADW_SWITCH_ROW (row);
}

static gboolean
has_department (IdoPromotion *p,
                const char   *name)
{
  for (guint i = 0; i < p->departments->len; i++)
    {
      if (g_utf8_collate (g_ptr_array_index (p->departments, i), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
fill_departments (IdoPromotionDialog *self)
{
  g_auto(GStrv) known = ido_promotion_list_departments (self->database, NULL);
  IdoPromotion *p = self->promotion;

  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    g_ptr_array_add (self->department_rows,
                     add_switch_row (self->departments_row, known[i], has_department (p, known[i])));
  /* Departments that are not in the list (typed elsewhere) stay selectable. */
  for (guint i = 0; i < p->departments->len; i++)
    {
      const char *name = g_ptr_array_index (p->departments, i);

      if (known == NULL || !g_strv_contains ((const char * const *) known, name))
        g_ptr_array_add (self->department_rows, add_switch_row (self->departments_row, name, TRUE));
    }
}

static gboolean
has_partner (IdoPromotion *p,
             gint64        id)
{
  for (guint i = 0; i < p->partner_ids->len; i++)
    {
      if (g_array_index (p->partner_ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

static void
fill_partners (IdoPromotionDialog *self)
{
  g_autoptr(IdoRecordStore) partners = ido_record_store_new (self->database, IDO_RECORD_PARTNER);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (partners));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoRecord) record = g_list_model_get_item (G_LIST_MODEL (partners), i);
      gint64 *id = g_new (gint64, 1);
      AdwSwitchRow *row;

      *id = ido_record_get_id (record);
      row = add_switch_row (self->partners_row, ido_record_get_title (record), has_partner (self->promotion, *id));
      g_object_set_data_full (G_OBJECT (row), "partner-id", id, g_free);
      g_ptr_array_add (self->partner_rows, row);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->partners_row), n > 0);
  if (n == 0)
    adw_expander_row_set_subtitle (self->partners_row, _("Add partners in the Network Director pane"));
}

static void
fill_target_menu (IdoPromotionDialog *self)
{
  g_auto(GStrv) groups = ido_promotion_list_target_groups (self->database, NULL);
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (groups[i], NULL);

      g_menu_item_set_action_and_target_value (item, "promotion.pick-target", g_variant_new_string (groups[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->target_menu_button, G_MENU_MODEL (menu));
}

static void
fill_form (IdoPromotionDialog *self)
{
  IdoPromotion *p = self->promotion;
  g_autoptr(GListModel) kinds = ido_form_labels_model (ido_promotion_get_kinds (), ido_promotion_kind_get_label);

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  ido_form_set_combo (self->kind_row, ido_promotion_get_kinds (), p->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), p->title);
  ido_form_set_date (self->date_row, p->held_on);
  gtk_editable_set_text (GTK_EDITABLE (self->channel_row), p->channel);
  gtk_editable_set_text (GTK_EDITABLE (self->target_row), p->target_group);
  if (p->has_reach)
    {
      g_autofree char *reach = g_strdup_printf ("%" G_GINT64_FORMAT, p->reach);

      gtk_editable_set_text (GTK_EDITABLE (self->reach_row), reach);
    }
  adw_switch_row_set_active (self->estimated_row, p->reach_estimated);
  if (p->has_cost)
    {
      g_autofree char *cost = ido_money_format_plain (p->cost);

      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost);
    }
  ido_form_set_view_text (self->notes_view, p->notes);
  fill_departments (self);
  fill_partners (self);
  fill_target_menu (self);
  update_book_row (self);
  gtk_widget_set_visible (self->delete_button, p->id > 0);
  adw_dialog_set_title (ADW_DIALOG (self), p->id > 0 ? _("Promotion Activity") : _("New Promotion Activity"));
}

static void
ido_promotion_dialog_dispose (GObject *object)
{
  IdoPromotionDialog *self = (IdoPromotionDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_PROMOTION_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_promotion_dialog_parent_class)->dispose (object);
}

static void
ido_promotion_dialog_finalize (GObject *object)
{
  IdoPromotionDialog *self = (IdoPromotionDialog *) object;

  g_clear_pointer (&self->promotion, ido_promotion_free);
  g_clear_pointer (&self->department_rows, g_ptr_array_unref);
  g_clear_pointer (&self->partner_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_promotion_dialog_parent_class)->finalize (object);
}

static void
ido_promotion_dialog_class_init (IdoPromotionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_promotion_dialog_dispose;
  object_class->finalize = ido_promotion_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-promotion-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, target_menu_button);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, reach_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, estimated_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, book_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, book_button);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, departments_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, partners_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, IdoPromotionDialog, delete_button);

  gtk_widget_class_install_action (widget_class, "promotion.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "promotion.book", NULL, book_action);
  gtk_widget_class_install_action (widget_class, "promotion.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "promotion.pick-target", "s", pick_target_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "promotion.save", NULL);
}

static void
ido_promotion_dialog_init (IdoPromotionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->department_rows = g_ptr_array_new ();
  self->partner_rows = g_ptr_array_new ();
}

/**
 * ido_promotion_dialog_new:
 * @promotion: (transfer full): the activity to edit, saved or new
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_promotion_dialog_new (IdoDatabase  *database,
                          IdoPromotion *promotion)
{
  IdoPromotionDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (promotion != NULL, NULL);

  self = g_object_new (IDO_TYPE_PROMOTION_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->promotion = promotion;
  fill_form (self);
  return ADW_DIALOG (self);
}

/**
 * ido_promotion_dialog_get_promotion:
 *
 * Returns: (transfer none): the activity as last read from the form
 */
IdoPromotion *
ido_promotion_dialog_get_promotion (IdoPromotionDialog *self)
{
  g_return_val_if_fail (IDO_IS_PROMOTION_DIALOG (self), NULL);
  return self->promotion;
}

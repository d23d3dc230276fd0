/* ido-amount-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row for an amount in euros. It accepts Dutch notation
 * ("1.234,56", "EUR 1.234", "1234,5", "€ 12,-"), says at once when the text
 * is not an amount, and shows a valid amount as "€ 1.234,56" once the
 * focus leaves it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-amount-row.h"
#include "ido-money.h"
#include "ido-validate.h"

struct _IdoAmountRow
{
  AdwEntryRow  parent_instance;

  gboolean     optional;
  gboolean     had_focus;
};

G_DEFINE_FINAL_TYPE (IdoAmountRow, ido_amount_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_OPTIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_validity (IdoAmountRow *self,
               const GError *error)
{
  if (error == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), error->message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error->message, -1);
}

static void
on_changed_cb (IdoAmountRow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean has_amount;
  gint64 cents;

  /* Judged as typed, but an empty required field only on saving. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self)) == '\0')
    {
      show_validity (self, NULL);
      return;
    }
  ido_amount_row_get_cents (self, &has_amount, &cents, &error);
  show_validity (self, error);
}

/* Shows "€ 1.234,56" when the focus leaves a valid amount. */
static void
on_focus_changed_cb (IdoAmountRow *self)
{
  gboolean has_focus = gtk_widget_has_focus (GTK_WIDGET (self)) ||
                       gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
  gboolean has_amount;
  gint64 cents;

  if (has_focus || !self->had_focus)
    {
      self->had_focus = has_focus;
      return;
    }
  self->had_focus = FALSE;
  if (ido_amount_row_get_cents (self, &has_amount, &cents, NULL) && has_amount)
    ido_amount_row_set_cents (self, TRUE, cents);
}

static void
ido_amount_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  IdoAmountRow *self = IDO_AMOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_amount_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  IdoAmountRow *self = IDO_AMOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_OPTIONAL:
      ido_amount_row_set_optional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_amount_row_class_init (IdoAmountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ido_amount_row_get_property;
  object_class->set_property = ido_amount_row_set_property;

  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_amount_row_init (IdoAmountRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self), GTK_INPUT_PURPOSE_NUMBER);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

/**
 * ido_amount_row_new:
 *
 * Returns: (transfer floating): a new amount row
 */
GtkWidget *
ido_amount_row_new (void)
{
  return g_object_new (IDO_TYPE_AMOUNT_ROW, NULL);
}

/**
 * ido_amount_row_get_cents:
 * @has_amount: (out): %FALSE when an optional row is empty
 * @cents: (out): the amount
 *
 * Returns: %FALSE with an %IDO_FIELD_AMOUNT error when the text is not an
 *   amount, negative, has more than two decimals, or is empty while
 *   required
 */
gboolean
ido_amount_row_get_cents (IdoAmountRow  *self,
                          gboolean      *has_amount,
                          gint64        *cents,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *trimmed = NULL;
  const char *text;

  g_return_val_if_fail (IDO_IS_AMOUNT_ROW (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  trimmed = g_strstrip (g_strdup (text));
  *has_amount = FALSE;
  *cents = 0;
  if (self->optional && *trimmed == '\0')
    return TRUE;
  if (!ido_money_parse (text, cents, &local_error))
    {
      g_set_error_literal (error, IDO_FIELD_ERROR, IDO_FIELD_AMOUNT, local_error->message);
      return FALSE;
    }
  *has_amount = TRUE;
  return TRUE;
}

/**
 * ido_amount_row_set_cents:
 * @has_amount: %FALSE to empty the row
 */
void
ido_amount_row_set_cents (IdoAmountRow *self,
                          gboolean      has_amount,
                          gint64        cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (IDO_IS_AMOUNT_ROW (self));

  text = has_amount ? ido_money_format (cents) : g_strdup ("");
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
}

gboolean
ido_amount_row_get_optional (IdoAmountRow *self)
{
  g_return_val_if_fail (IDO_IS_AMOUNT_ROW (self), FALSE);

  return self->optional;
}

/**
 * ido_amount_row_set_optional:
 * @optional: whether the row may stay empty
 */
void
ido_amount_row_set_optional (IdoAmountRow *self,
                             gboolean      optional)
{
  g_return_if_fail (IDO_IS_AMOUNT_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;
  self->optional = optional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}

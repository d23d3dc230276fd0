/* ido-dossier-change-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-dossier-change-row.h"

struct _IdoDossierChangeRow
{
  GtkBox            parent_instance;

  GtkLabel         *kind_label;
  GtkLabel         *table_label;
  GtkLabel         *title_label;
  GtkLabel         *details_label;
  GtkBox           *choice_box;
  GtkToggleButton  *keep_button;
  GtkToggleButton  *theirs_button;

  IdoDossierChange *change;
  gulong            notify_id;
};

G_DEFINE_FINAL_TYPE (IdoDossierChangeRow, ido_dossier_change_row, GTK_TYPE_BOX)

static const char * const kind_classes[] = { "accent", "accent", "error", "dim-label", "warning" };

static void
show_resolution (IdoDossierChangeRow *self)
{
  IdoDossierResolution resolution = ido_dossier_change_get_resolution (self->change);

  gtk_toggle_button_set_active (self->keep_button, resolution == IDO_DOSSIER_RESOLUTION_KEEP_MINE);
  gtk_toggle_button_set_active (self->theirs_button, resolution == IDO_DOSSIER_RESOLUTION_TAKE_THEIRS);
}

static void
on_keep_toggled_cb (IdoDossierChangeRow *self)
{
  if (self->change != NULL && gtk_toggle_button_get_active (self->keep_button))
    ido_dossier_change_set_resolution (self->change, IDO_DOSSIER_RESOLUTION_KEEP_MINE);
}

static void
on_theirs_toggled_cb (IdoDossierChangeRow *self)
{
  if (self->change != NULL && gtk_toggle_button_get_active (self->theirs_button))
    ido_dossier_change_set_resolution (self->change, IDO_DOSSIER_RESOLUTION_TAKE_THEIRS);
}

static void
ido_dossier_change_row_dispose (GObject *object)
{
  IdoDossierChangeRow *self = (IdoDossierChangeRow *) object;

  ido_dossier_change_row_set_change (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_DOSSIER_CHANGE_ROW);
  G_OBJECT_CLASS (ido_dossier_change_row_parent_class)->dispose (object);
}

static void
ido_dossier_change_row_class_init (IdoDossierChangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_dossier_change_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-dossier-change-row.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, table_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, choice_box);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, keep_button);
  gtk_widget_class_bind_template_child (widget_class, IdoDossierChangeRow, theirs_button);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theirs_toggled_cb);
}

static void
ido_dossier_change_row_init (IdoDossierChangeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ido_dossier_change_row_new (void)
{
  return g_object_new (IDO_TYPE_DOSSIER_CHANGE_ROW, NULL);
}

/**
 * ido_dossier_change_row_get_change:
 *
 * Returns: (transfer none) (nullable): the change shown
 */
IdoDossierChange *
ido_dossier_change_row_get_change (IdoDossierChangeRow *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE_ROW (self), NULL);

  return self->change;
}

void
ido_dossier_change_row_set_change (IdoDossierChangeRow *self,
                                   IdoDossierChange    *change)
{
  IdoDossierChangeKind kind;
  const char *details;
  g_autofree char *description = NULL;

  g_return_if_fail (IDO_IS_DOSSIER_CHANGE_ROW (self));

  if (self->change != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->change);
      gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label),
                                   kind_classes[ido_dossier_change_get_kind (self->change)]);
      g_clear_object (&self->change);
    }
  if (change == NULL)
    return;
  self->change = g_object_ref (change);
  kind = ido_dossier_change_get_kind (change);
  details = ido_dossier_change_get_details (change);
  gtk_label_set_text (self->kind_label, ido_dossier_change_kind_get_label (kind));
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), kind_classes[kind]);
  gtk_label_set_text (self->table_label, ido_dossier_change_get_table_label (change));
  gtk_label_set_text (self->title_label, ido_dossier_change_get_title (change));
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL && *details != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->choice_box), kind == IDO_DOSSIER_CHANGE_CONFLICT);
  show_resolution (self);
  self->notify_id = g_signal_connect_object (change, "notify::resolution", G_CALLBACK (show_resolution), self,
                                             G_CONNECT_SWAPPED);
  /* Screen readers hear the whole row at once. */
  description = g_strdup_printf ("%s: %s, %s", ido_dossier_change_kind_get_label (kind),
                                 ido_dossier_change_get_table_label (change), ido_dossier_change_get_title (change));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->keep_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  ido_dossier_change_get_title (change), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->theirs_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  ido_dossier_change_get_title (change), -1);
}

GtkToggleButton *
ido_dossier_change_row_get_button (IdoDossierChangeRow  *self,
                                   IdoDossierResolution  resolution)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE_ROW (self), NULL);

  return resolution == IDO_DOSSIER_RESOLUTION_KEEP_MINE ? self->keep_button : self->theirs_button;
}

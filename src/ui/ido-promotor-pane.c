/* ido-promotor-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-promotor-pane.h"

struct _IdoPromotorPane
{
  IdoPane   parent_instance;

  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (IdoPromotorPane, ido_promotor_pane, IDO_TYPE_PANE)

static void
ido_promotor_pane_constructed (GObject *object)
{
  IdoPromotorPane *self = (IdoPromotorPane *) object;

  G_OBJECT_CLASS (ido_promotor_pane_parent_class)->constructed (object);

  ido_pane_show_records_in (IDO_PANE (self), self->stack);
}

static void
ido_promotor_pane_dispose (GObject *object)
{
  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_PROMOTOR_PANE);

  G_OBJECT_CLASS (ido_promotor_pane_parent_class)->dispose (object);
}

static void
ido_promotor_pane_class_init (IdoPromotorPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_promotor_pane_constructed;
  object_class->dispose = ido_promotor_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-promotor-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPromotorPane, stack);
}

static void
ido_promotor_pane_init (IdoPromotorPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_promotor_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_promotor_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_PROMOTOR_PANE,
                       "role", IDO_ROLE_PROMOTOR,
                       "database", database,
                       NULL);
}

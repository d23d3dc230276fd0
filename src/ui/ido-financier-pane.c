/* ido-financier-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-financier-pane.h"

struct _IdoFinancierPane
{
  IdoPane   parent_instance;

  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (IdoFinancierPane, ido_financier_pane, IDO_TYPE_PANE)

static void
ido_financier_pane_constructed (GObject *object)
{
  IdoFinancierPane *self = (IdoFinancierPane *) object;

  G_OBJECT_CLASS (ido_financier_pane_parent_class)->constructed (object);

  ido_pane_show_records_in (IDO_PANE (self), self->stack);
}

static void
ido_financier_pane_dispose (GObject *object)
{
  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_FINANCIER_PANE);

  G_OBJECT_CLASS (ido_financier_pane_parent_class)->dispose (object);
}

static void
ido_financier_pane_class_init (IdoFinancierPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_financier_pane_constructed;
  object_class->dispose = ido_financier_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-financier-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierPane, stack);
}

static void
ido_financier_pane_init (IdoFinancierPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_financier_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_financier_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_FINANCIER_PANE,
                       "role", IDO_ROLE_FINANCIER,
                       "database", database,
                       NULL);
}

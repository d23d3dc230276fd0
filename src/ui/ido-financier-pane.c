/* ido-financier-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Role 1, the financier of the library: library organisations and IDO
 * locations, agreements, the SPUK budget, performance targets and the CBCT
 * certification, one section each.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement-page.h"
#include "ido-budget-page.h"
#include "ido-certification-page.h"
#include "ido-database.h"
#include "ido-financier-pane.h"
#include "ido-role-results.h"
#include "ido-library-page.h"
#include "ido-target-page.h"

struct _IdoFinancierPane
{
  IdoPane                parent_instance;

  AdwInlineViewSwitcher *switcher;
  AdwViewStack          *view_stack;
};

G_DEFINE_FINAL_TYPE (IdoFinancierPane, ido_financier_pane, IDO_TYPE_PANE)

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (IdoDatabase *database);
} Section;

static const Section sections[] = {
  { "library", N_("Library & Locations"), "accessories-dictionary-symbolic", ido_library_page_new },
  { "agreements", N_("Agreements"), "document-edit-symbolic", ido_agreement_page_new },
  { "budget", N_("SPUK Budget"), "accessories-calculator-symbolic", ido_budget_page_new },
  { "targets", N_("Performance Targets"), "object-select-symbolic", ido_target_page_new },
  { "certification", N_("Certification"), "channel-secure-symbolic", ido_certification_page_new },
};

static void
on_search_text_changed_cb (IdoFinancierPane *self)
{
  const char *text = ido_pane_get_search_text (IDO_PANE (self));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, sections[i].name);

      if (page != NULL)
        ido_financier_page_set_search (IDO_FINANCIER_PAGE (page), text);
    }
}

static void
ido_financier_pane_reload (IdoPane *pane)
{
  IdoFinancierPane *self = IDO_FINANCIER_PANE (pane);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, sections[i].name);

      if (page != NULL)
        ido_financier_page_reload (IDO_FINANCIER_PAGE (page));
    }
}

/* There is something to search once any section has content. */
static gboolean
ido_financier_pane_start_search (IdoPane *pane)
{
  IdoFinancierPane *self = IDO_FINANCIER_PANE (pane);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, sections[i].name);

      if (page != NULL && ido_financier_page_get_has_content (IDO_FINANCIER_PAGE (page)))
        return TRUE;
    }
  return FALSE;
}

static void
ido_financier_pane_constructed (GObject *object)
{
  IdoFinancierPane *self = (IdoFinancierPane *) object;
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));

  G_OBJECT_CLASS (ido_financier_pane_parent_class)->constructed (object);

  if (database == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    adw_view_stack_add_titled_with_icon (self->view_stack, sections[i].create (database), sections[i].name,
                                         _(sections[i].title), sections[i].icon_name);
  /* The dashboard trend of this role (issue 5). */
  adw_view_stack_add_titled_with_icon (self->view_stack, ido_role_results_new_page (database, "financier"), "results",
                                       _("Results"), "power-profile-performance-symbolic");
  g_signal_connect_object (self, "notify::search-text", G_CALLBACK (on_search_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
ido_financier_pane_dispose (GObject *object)
{
  /* The breakpoint bin is the bin's child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_FINANCIER_PANE);

  G_OBJECT_CLASS (ido_financier_pane_parent_class)->dispose (object);
}

static void
ido_financier_pane_class_init (IdoFinancierPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_financier_pane_constructed;
  object_class->dispose = ido_financier_pane_dispose;

  pane_class->reload = ido_financier_pane_reload;
  pane_class->start_search = ido_financier_pane_start_search;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-financier-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierPane, switcher);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierPane, view_stack);
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

/**
 * ido_financier_pane_get_section:
 * @name: "library", "agreements", "budget", "targets" or "certification"
 *
 * Returns: (transfer none) (nullable): the section's page
 */
GtkWidget *
ido_financier_pane_get_section (IdoFinancierPane *self,
                                const char       *name)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_PANE (self), NULL);

  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

void
ido_financier_pane_show_section (IdoFinancierPane *self,
                                 const char       *name)
{
  g_return_if_fail (IDO_IS_FINANCIER_PANE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

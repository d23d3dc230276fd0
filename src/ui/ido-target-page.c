/* ido-target-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The performance targets, each with its actual value against the target
 * as a chart and the rule it is judged by.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-target.h"
#include "ido-target-dialog.h"
#include "ido-target-page.h"
#include "ido-target-query.h"
#include "ido-target-store.h"

struct _IdoTargetPage
{
  IdoFinancierPage  parent_instance;

  GListStore       *targets;

  GtkStack         *stack;
  GtkListView      *targets_view;
};

G_DEFINE_FINAL_TYPE (IdoTargetPage, ido_target_page, IDO_TYPE_FINANCIER_PAGE)

static const char * const tables[] = {
  "target", "target_manual_value", "observation", "indicator", "agreement", "library", "location",
  "municipality", "import_batch", NULL
};

static IdoFinancierItem *
target_item (IdoDatabase *database,
             IdoTarget   *t)
{
  g_autoptr(IdoTargetResult) result = ido_target_evaluate_stored (database, t->id, NULL);
  g_autofree char *title = ido_target_dup_title (t);
  g_autofree char *goal = ido_target_dup_goal_text (t);
  g_autoptr(GString) subtitle = g_string_new (goal);

  if (g_strcmp0 (t->source, "manual") == 0)
    g_string_append_printf (subtitle, " · %s", _("values entered by hand"));
  if (*t->agreement_title != '\0')
    g_string_append_printf (subtitle, " · %s", t->agreement_title);
  if (result == NULL)
    return ido_financier_item_new (t->id, title, subtitle->str);
  return ido_financier_item_new_for_target (t->id, title, subtitle->str, t->indicator_unit,
                                            g_strcmp0 (t->direction, "at-most") == 0,
                                            t->has_baseline && g_strcmp0 (t->direction, "growth") != 0,
                                            t->baseline_value, result);
}

static void
ido_target_page_reload (IdoFinancierPage *page)
{
  IdoTargetPage *self = IDO_TARGET_PAGE (page);
  IdoDatabase *database = ido_financier_page_get_database (page);
  g_autoptr(GPtrArray) targets = ido_target_list (database, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *previous = NULL;
  guint section = 0;

  /* Grouped by year, the latest first, as the core lists them. */
  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      IdoTarget *t = g_ptr_array_index (targets, i);
      IdoFinancierItem *item = target_item (database, t);
      g_autofree char *year = g_strndup (t->period, 4);

      if (previous != NULL && g_strcmp0 (previous, year) != 0)
        section++;
      g_set_str (&previous, year);
      ido_financier_item_set_section (item, section, year);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->targets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->targets)),
                       items->pdata, items->len);
  ido_financier_page_show_content (IDO_FINANCIER_PAGE (self), self->stack, items->len > 0);
}

static void
ido_target_page_activate_item (IdoFinancierPage *page,
                               GtkListView      *list_view,
                               IdoFinancierItem *item)
{
  ido_financier_page_present (page, ido_target_dialog_new (ido_financier_page_get_database (page),
                                                           ido_financier_item_get_id (item)));
}

static void
add_target_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  IdoFinancierPage *page = IDO_FINANCIER_PAGE (widget);

  ido_financier_page_present (page, ido_target_dialog_new (ido_financier_page_get_database (page), 0));
}

static void
ido_target_page_constructed (GObject *object)
{
  IdoTargetPage *self = (IdoTargetPage *) object;

  G_OBJECT_CLASS (ido_target_page_parent_class)->constructed (object);

  ido_financier_page_bind_list (IDO_FINANCIER_PAGE (self), self->targets_view, self->targets, TRUE, TRUE);
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

static void
ido_target_page_dispose (GObject *object)
{
  IdoTargetPage *self = (IdoTargetPage *) object;

  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_TARGET_PAGE);
  g_clear_object (&self->targets);

  G_OBJECT_CLASS (ido_target_page_parent_class)->dispose (object);
}

static void
ido_target_page_class_init (IdoTargetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoFinancierPageClass *page_class = IDO_FINANCIER_PAGE_CLASS (klass);

  object_class->constructed = ido_target_page_constructed;
  object_class->dispose = ido_target_page_dispose;

  page_class->tables = tables;
  page_class->reload = ido_target_page_reload;
  page_class->activate_item = ido_target_page_activate_item;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-target-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoTargetPage, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoTargetPage, targets_view);

  gtk_widget_class_install_action (widget_class, "financier.add-target", NULL, add_target_action);
}

static void
ido_target_page_init (IdoTargetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->targets = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
}

/**
 * ido_target_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
ido_target_page_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_TARGET_PAGE, "database", database, NULL);
}

/* ido-certification-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CBCT certifications of the library organisations, with the audit
 * quarter and the self-evaluation deadline of each.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-certification-dialog.h"
#include "ido-certification-page.h"
#include "ido-form.h"
#include "ido-library.h"
#include "ido-validate.h"

struct _IdoCertificationPage
{
  IdoFinancierPage  parent_instance;

  GListStore       *certifications;

  GtkStack         *stack;
  GtkListView      *certifications_view;
};

G_DEFINE_FINAL_TYPE (IdoCertificationPage, ido_certification_page, IDO_TYPE_FINANCIER_PAGE)

static const char * const tables[] = { "certification", "library", NULL };

static IdoFinancierItem *
certification_item (IdoCertification *c,
                    GHashTable       *current,
                    const char       *today)
{
  g_autofree char *until = ido_date_to_user (c->certified_until);
  g_autofree char *subtitle = g_strdup_printf (_("%s until %s"), ido_certification_outcome_get_label (c->outcome),
                                               until);
  g_autofree char *schedule = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  gboolean is_current = g_hash_table_lookup (current, &c->library_id) == c;
  IdoFinancierItem *item = ido_financier_item_new (c->id, c->library_name, subtitle);
  IdoCbctSchedule s;

  /* Only the current certificate of a library has a coming audit. */
  if (is_current)
    {
      schedule = ido_certification_describe_schedule (c, today);
      g_string_append (detail, schedule);
    }
  if (*c->improvement_points != '\0')
    g_string_append_printf (detail, "%s%s %s", detail->len ? "\n" : "", _("Improvement points:"),
                            c->improvement_points);
  ido_financier_item_set_detail (item, detail->str);
  if (is_current && ido_cbct_schedule_compute (c->certified_until, today, &s))
    {
      if (s.expired)
        ido_financier_item_set_tag (item, _("Expired"), IDO_FINANCIER_TAG_ERROR);
      else if (ido_certification_self_evaluation_overdue (c, today))
        ido_financier_item_set_tag (item, _("Self-evaluation overdue"), IDO_FINANCIER_TAG_ERROR);
      else if (s.due_soon)
        ido_financier_item_set_tag (item, _("Audit coming"), IDO_FINANCIER_TAG_WARNING);
    }
  else if (!is_current)
    ido_financier_item_set_tag (item, _("Succeeded"), IDO_FINANCIER_TAG_PLAIN);
  return item;
}

static void
ido_certification_page_reload (IdoFinancierPage *page)
{
  IdoCertificationPage *self = IDO_CERTIFICATION_PAGE (page);
  g_autoptr(GPtrArray) list = ido_certification_list (ido_financier_page_get_database (page), 0, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) current = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *today = ido_today_iso ();

  /* The list comes latest first: the first of a library is its current. */
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      IdoCertification *c = g_ptr_array_index (list, i);

      if (!g_hash_table_contains (current, &c->library_id))
        g_hash_table_insert (current, &c->library_id, c);
    }
  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (items, certification_item (g_ptr_array_index (list, i), current, today));
  g_list_store_splice (self->certifications, 0, g_list_model_get_n_items (G_LIST_MODEL (self->certifications)),
                       items->pdata, items->len);
  ido_financier_page_show_content (IDO_FINANCIER_PAGE (self), self->stack, items->len > 0);
}

static void
ido_certification_page_activate_item (IdoFinancierPage *page,
                                      GtkListView      *list_view,
                                      IdoFinancierItem *item)
{
  ido_financier_page_present (page, ido_certification_dialog_new (ido_financier_page_get_database (page),
                                                                  ido_financier_item_get_id (item), 0));
}

static void
add_certification_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  IdoFinancierPage *page = IDO_FINANCIER_PAGE (widget);

  ido_financier_page_present (page, ido_certification_dialog_new (ido_financier_page_get_database (page), 0, 0));
}

static void
ido_certification_page_constructed (GObject *object)
{
  IdoCertificationPage *self = (IdoCertificationPage *) object;

  G_OBJECT_CLASS (ido_certification_page_parent_class)->constructed (object);

  ido_financier_page_bind_list (IDO_FINANCIER_PAGE (self), self->certifications_view, self->certifications,
                                FALSE, TRUE);
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

static void
ido_certification_page_dispose (GObject *object)
{
  IdoCertificationPage *self = (IdoCertificationPage *) object;

  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_CERTIFICATION_PAGE);
  g_clear_object (&self->certifications);

  G_OBJECT_CLASS (ido_certification_page_parent_class)->dispose (object);
}

static void
ido_certification_page_class_init (IdoCertificationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoFinancierPageClass *page_class = IDO_FINANCIER_PAGE_CLASS (klass);

  object_class->constructed = ido_certification_page_constructed;
  object_class->dispose = ido_certification_page_dispose;

  page_class->tables = tables;
  page_class->reload = ido_certification_page_reload;
  page_class->activate_item = ido_certification_page_activate_item;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-certification-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoCertificationPage, certifications_view);

  gtk_widget_class_install_action (widget_class, "financier.add-certification", NULL, add_certification_action);
}

static void
ido_certification_page_init (IdoCertificationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->certifications = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
}

/**
 * ido_certification_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
ido_certification_page_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_CERTIFICATION_PAGE, "database", database, NULL);
}

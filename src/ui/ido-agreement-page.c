/* ido-agreement-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agreements with the library and between municipalities; those that
 * end within three months or have ended are marked.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-agreement-dialog.h"
#include "ido-agreement-page.h"
#include "ido-form.h"
#include "ido-money.h"
#include "ido-validate.h"

struct _IdoAgreementPage
{
  IdoFinancierPage  parent_instance;

  GListStore       *agreements;

  GtkStack         *stack;
  GtkListView      *agreements_view;
};

G_DEFINE_FINAL_TYPE (IdoAgreementPage, ido_agreement_page, IDO_TYPE_FINANCIER_PAGE)

static const char * const tables[] = {
  "agreement", "agreement_party", "agreement_deliverable", "library", "municipality", NULL
};

static void
set_timing_tag (IdoFinancierItem   *item,
                const IdoAgreement *a,
                const char         *today)
{
  switch (ido_agreement_get_timing (a, today))
    {
    case IDO_AGREEMENT_TIMING_EXPIRED:
      ido_financier_item_set_tag (item, _("Ended"), IDO_FINANCIER_TAG_ERROR);
      break;
    case IDO_AGREEMENT_TIMING_EXPIRING:
      ido_financier_item_set_tag (item, _("Ends soon"), IDO_FINANCIER_TAG_WARNING);
      break;
    case IDO_AGREEMENT_TIMING_NONE:
    default:
      ido_financier_item_set_tag (item, ido_agreement_status_get_label (a->status), IDO_FINANCIER_TAG_PLAIN);
      break;
    }
}

static IdoFinancierItem *
agreement_item (const IdoAgreement *a,
                const char         *today)
{
  g_autofree char *period = ido_agreement_dup_period_text (a);
  g_autofree char *parties = ido_agreement_dup_party_names (a);
  g_autoptr(GString) subtitle = g_string_new (ido_agreement_kind_get_label (a->kind));
  g_autoptr(GString) detail = g_string_new (NULL);
  IdoFinancierItem *item;

  if (*period != '\0')
    g_string_append_printf (subtitle, " · %s", period);
  if (*a->reference != '\0')
    g_string_append_printf (subtitle, " · %s", a->reference);
  if (*parties != '\0')
    g_string_append_printf (detail, _("Parties: %s"), parties);
  if (a->deliverables->len > 0)
    {
      g_string_append (detail, detail->len ? "\n" : "");
      g_string_append_printf (detail, ngettext ("%u product or service", "%u products and services",
                                                a->deliverables->len),
                              a->deliverables->len);
    }
  if (*a->document_uri != '\0')
    {
      g_string_append (detail, detail->len ? " · " : "");
      g_string_append (detail, _("document linked"));
    }
  item = ido_financier_item_new (a->id, a->title, subtitle->str);
  ido_financier_item_set_detail (item, detail->str);
  if (a->has_amount)
    {
      g_autofree char *amount = ido_money_format (a->amount);

      ido_financier_item_set_amount (item, amount);
    }
  set_timing_tag (item, a, today);
  return item;
}

static void
ido_agreement_page_reload (IdoFinancierPage *page)
{
  IdoAgreementPage *self = IDO_AGREEMENT_PAGE (page);
  g_autoptr(GPtrArray) agreements = ido_agreement_list (ido_financier_page_get_database (page), NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ido_today_iso ();

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    g_ptr_array_add (items, agreement_item (g_ptr_array_index (agreements, i), today));
  g_list_store_splice (self->agreements, 0, g_list_model_get_n_items (G_LIST_MODEL (self->agreements)),
                       items->pdata, items->len);
  ido_financier_page_show_content (IDO_FINANCIER_PAGE (self), self->stack, items->len > 0);
}

static void
ido_agreement_page_activate_item (IdoFinancierPage *page,
                                  GtkListView      *list_view,
                                  IdoFinancierItem *item)
{
  ido_financier_page_present (page, ido_agreement_dialog_new (ido_financier_page_get_database (page),
                                                              ido_financier_item_get_id (item)));
}

static void
add_agreement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  IdoFinancierPage *page = IDO_FINANCIER_PAGE (widget);

  ido_financier_page_present (page, ido_agreement_dialog_new (ido_financier_page_get_database (page), 0));
}

static void
ido_agreement_page_constructed (GObject *object)
{
  IdoAgreementPage *self = (IdoAgreementPage *) object;

  G_OBJECT_CLASS (ido_agreement_page_parent_class)->constructed (object);

  ido_financier_page_bind_list (IDO_FINANCIER_PAGE (self), self->agreements_view, self->agreements, FALSE, TRUE);
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

static void
ido_agreement_page_dispose (GObject *object)
{
  IdoAgreementPage *self = (IdoAgreementPage *) object;

  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_AGREEMENT_PAGE);
  g_clear_object (&self->agreements);

  G_OBJECT_CLASS (ido_agreement_page_parent_class)->dispose (object);
}

static void
ido_agreement_page_class_init (IdoAgreementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoFinancierPageClass *page_class = IDO_FINANCIER_PAGE_CLASS (klass);

  object_class->constructed = ido_agreement_page_constructed;
  object_class->dispose = ido_agreement_page_dispose;

  page_class->tables = tables;
  page_class->reload = ido_agreement_page_reload;
  page_class->activate_item = ido_agreement_page_activate_item;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-agreement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementPage, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoAgreementPage, agreements_view);

  gtk_widget_class_install_action (widget_class, "financier.add-agreement", NULL, add_agreement_action);
}

static void
ido_agreement_page_init (IdoAgreementPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->agreements = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
}

/**
 * ido_agreement_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
ido_agreement_page_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_AGREEMENT_PAGE, "database", database, NULL);
}

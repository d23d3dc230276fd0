/* ido-financier-page.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-financier-item.h"
#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_FINANCIER_PAGE (ido_financier_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (IdoFinancierPage, ido_financier_page, IDO, FINANCIER_PAGE, AdwBin)

/* One section of the financier pane. The base class reloads the page (once,
 * when idle) after the database changed one of the tables the subclass
 * lists, and filters the lists bound with ido_financier_page_bind_list()
 * on the pane's search words. */
struct _IdoFinancierPageClass
{
  AdwBinClass parent_class;

  /* The tables whose changes make the page reload, %NULL-terminated. */
  const char * const *tables;

  void (*reload)        (IdoFinancierPage *self);
  /* A row of a bound list was activated. */
  void (*activate_item) (IdoFinancierPage *self,
                         GtkListView      *list_view,
                         IdoFinancierItem *item);
};

IdoDatabase *ido_financier_page_get_database  (IdoFinancierPage *self);
void         ido_financier_page_reload        (IdoFinancierPage *self);
void         ido_financier_page_set_search    (IdoFinancierPage *self,
                                               const char       *text);
void         ido_financier_page_bind_list     (IdoFinancierPage *self,
                                               GtkListView      *list_view,
                                               GListStore       *store,
                                               gboolean          sections,
                                               gboolean          wrap);
guint        ido_financier_page_count_visible (IdoFinancierPage *self,
                                               GtkListView      *list_view);
void         ido_financier_page_present       (IdoFinancierPage *self,
                                               AdwDialog        *dialog);
gboolean     ido_financier_page_get_has_content (IdoFinancierPage *self);
void         ido_financier_page_show_content  (IdoFinancierPage *self,
                                               GtkStack         *stack,
                                               gboolean          has_content);

G_END_DECLS

/* ido-financier-item.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ido-chart.h"

G_BEGIN_DECLS

/* How a row's tag looks: "Verloopt binnenkort" (warning), "Verlopen"
 * (error), "Behaald" (success), "Schatting" (accent). */
typedef enum
{
  IDO_FINANCIER_TAG_PLAIN,
  IDO_FINANCIER_TAG_WARNING,
  IDO_FINANCIER_TAG_ERROR,
  IDO_FINANCIER_TAG_SUCCESS,
  IDO_FINANCIER_TAG_ACCENT,
} IdoFinancierTag;

/* One row of the financier's lists (locations, agreements, spending,
 * targets, certifications), for a GtkListView over a GListStore. */
#define IDO_TYPE_FINANCIER_ITEM (ido_financier_item_get_type ())

G_DECLARE_FINAL_TYPE (IdoFinancierItem, ido_financier_item, IDO, FINANCIER_ITEM, GObject)

IdoFinancierItem  *ido_financier_item_new           (gint64            id,
                                                     const char       *title,
                                                     const char       *subtitle);
gint64             ido_financier_item_get_id        (IdoFinancierItem *self);
const char        *ido_financier_item_get_title     (IdoFinancierItem *self);
const char        *ido_financier_item_get_subtitle  (IdoFinancierItem *self);
const char        *ido_financier_item_get_detail    (IdoFinancierItem *self);
void               ido_financier_item_set_detail    (IdoFinancierItem *self,
                                                     const char       *detail);
const char        *ido_financier_item_get_section   (IdoFinancierItem *self);
void               ido_financier_item_set_section   (IdoFinancierItem *self,
                                                     guint             index,
                                                     const char       *section);
const char        *ido_financier_item_get_tag       (IdoFinancierItem *self,
                                                     IdoFinancierTag  *style);
void               ido_financier_item_set_tag       (IdoFinancierItem *self,
                                                     const char       *tag,
                                                     IdoFinancierTag   style);
const char        *ido_financier_item_get_amount    (IdoFinancierItem *self);
void               ido_financier_item_set_amount    (IdoFinancierItem *self,
                                                     const char       *amount);
const IdoBulletChart *ido_financier_item_get_chart  (IdoFinancierItem *self);
void               ido_financier_item_set_chart     (IdoFinancierItem *self,
                                                     const IdoBulletChart *chart);
gboolean           ido_financier_item_matches       (IdoFinancierItem *self,
                                                     char * const     *folded_words);

IdoFinancierItem  *ido_financier_item_new_for_target (gint64            id,
                                                     const char       *title,
                                                     const char       *subtitle,
                                                     const char       *unit,
                                                     gboolean          at_most,
                                                     gboolean          has_baseline,
                                                     double            baseline,
                                                     gconstpointer     result);

GtkListItemFactory *ido_financier_item_factory_new        (gboolean          wrap);
GtkWidget          *ido_financier_item_create_widget      (IdoFinancierItem *item);
GtkListItemFactory *ido_financier_item_header_factory_new (void);
GtkSorter          *ido_financier_item_section_sorter_new (void);

G_END_DECLS

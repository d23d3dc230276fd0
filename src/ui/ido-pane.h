/* ido-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ido-types.h"

G_BEGIN_DECLS

#define IDO_TYPE_PANE (ido_pane_get_type ())

G_DECLARE_DERIVABLE_TYPE (IdoPane, ido_pane, IDO, PANE, AdwBin)

/* One page of the main window: the overview or one of the municipality's
 * six roles. Subclasses give the page its content with their own
 * template; the base class carries what every pane has. */
struct _IdoPaneClass
{
  AdwBinClass parent_class;

  /* Reads everything shown again, e.g. after a restore. */
  void     (*reload)       (IdoPane *self);
  /* Gets ready to filter on IdoPane:search-text; FALSE when the pane has
   * nothing to search. */
  gboolean (*start_search) (IdoPane *self);
};

IdoRole      ido_pane_get_role        (IdoPane     *self);
const char  *ido_pane_get_name        (IdoPane     *self);
const char  *ido_pane_get_title       (IdoPane     *self);
const char  *ido_pane_get_subtitle    (IdoPane     *self);
const char  *ido_pane_get_icon_name   (IdoPane     *self);
IdoDatabase *ido_pane_get_database    (IdoPane     *self);
const char  *ido_pane_get_search_text (IdoPane     *self);
void         ido_pane_set_search_text (IdoPane     *self,
                                       const char  *text);
void         ido_pane_reload          (IdoPane     *self);
gboolean     ido_pane_start_search    (IdoPane     *self);

/* For subclasses: lists the records of the pane's role as the "records"
 * page of @stack, and shows its "empty" page while there are none. */
void         ido_pane_show_records_in (IdoPane     *self,
                                       GtkStack    *stack);
GtkWidget   *ido_pane_get_record_list (IdoPane     *self);

G_END_DECLS

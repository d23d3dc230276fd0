/* ido-financier-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_FINANCIER_PANE (ido_financier_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoFinancierPane, ido_financier_pane, IDO, FINANCIER_PANE, IdoPane)

GtkWidget *ido_financier_pane_new          (IdoDatabase      *database);
GtkWidget *ido_financier_pane_get_section  (IdoFinancierPane *self,
                                            const char       *name);
void       ido_financier_pane_show_section (IdoFinancierPane *self,
                                            const char       *name);

G_END_DECLS

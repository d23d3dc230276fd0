/* ido-amount-row.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define IDO_TYPE_AMOUNT_ROW (ido_amount_row_get_type ())

G_DECLARE_FINAL_TYPE (IdoAmountRow, ido_amount_row, IDO, AMOUNT_ROW, AdwEntryRow)

GtkWidget *ido_amount_row_new        (void);
gboolean   ido_amount_row_get_cents  (IdoAmountRow  *self,
                                      gboolean      *has_amount,
                                      gint64        *cents,
                                      GError       **error);
void       ido_amount_row_set_cents  (IdoAmountRow  *self,
                                      gboolean       has_amount,
                                      gint64         cents);
gboolean   ido_amount_row_get_optional (IdoAmountRow *self);
void       ido_amount_row_set_optional (IdoAmountRow *self,
                                      gboolean       optional);

G_END_DECLS

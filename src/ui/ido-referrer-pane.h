/* ido-referrer-pane.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-pane.h"

G_BEGIN_DECLS

#define IDO_TYPE_REFERRER_PANE (ido_referrer_pane_get_type ())

G_DECLARE_FINAL_TYPE (IdoReferrerPane, ido_referrer_pane, IDO, REFERRER_PANE, IdoPane)

GtkWidget  *ido_referrer_pane_new            (IdoDatabase     *database);
GListModel *ido_referrer_pane_get_desks      (IdoReferrerPane *self);
GListModel *ido_referrer_pane_get_trainings  (IdoReferrerPane *self);
GListModel *ido_referrer_pane_get_agreements (IdoReferrerPane *self);
void        ido_referrer_pane_set_today      (IdoReferrerPane *self,
                                              const char      *today);
void        ido_referrer_pane_show_section   (IdoReferrerPane *self,
                                              const char      *name);
AdwDialog  *ido_referrer_pane_edit_desk      (IdoReferrerPane *self,
                                              gint64           desk_id);
AdwDialog  *ido_referrer_pane_edit_training  (IdoReferrerPane *self,
                                              gint64           training_id);
AdwDialog  *ido_referrer_pane_edit_agreement (IdoReferrerPane *self,
                                              gint64           agreement_id);

G_END_DECLS

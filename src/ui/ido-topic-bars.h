/* ido-topic-bars.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define IDO_TYPE_TOPIC_BARS (ido_topic_bars_get_type ())

G_DECLARE_FINAL_TYPE (IdoTopicBars, ido_topic_bars, IDO, TOPIC_BARS, GtkWidget)

GtkWidget *ido_topic_bars_new        (void);
void       ido_topic_bars_set_values (IdoTopicBars  *self,
                                      const double  *shares,
                                      guint          n_shares,
                                      double         maximum,
                                      gboolean       highlight_last);

G_END_DECLS

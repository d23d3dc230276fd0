/* ido-topic-bars.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small bar per quarter: a topic's share over the last quarters, the
 * latest one in the accent colour when the topic rises. The numbers are in
 * the row's text, so this is decoration for screen readers.
 */

#include "config.h"

#include "ido-topic-bars.h"

#define BAR_WIDTH 10
#define BAR_GAP 4
#define HEIGHT 32

struct _IdoTopicBars
{
  GtkWidget  parent_instance;
  double    *shares;
  guint      n_shares;
  double     maximum;
  gboolean   highlight_last;
};

G_DEFINE_FINAL_TYPE (IdoTopicBars, ido_topic_bars, GTK_TYPE_WIDGET)

static void
ido_topic_bars_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  IdoTopicBars *self = IDO_TOPIC_BARS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->n_shares > 0 ? (int) self->n_shares * (BAR_WIDTH + BAR_GAP) - BAR_GAP : 0;
  else
    *minimum = *natural = HEIGHT;
}

static void
ido_topic_bars_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  IdoTopicBars *self = IDO_TOPIC_BARS (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1.0 };
  GdkRGBA track;

  gtk_widget_get_color (widget, &color);
  track = color;
  track.alpha = 0.12;
  color.alpha = 0.45;
  for (guint i = 0; i < self->n_shares; i++)
    {
      double fraction = self->maximum > 0 ? CLAMP (self->shares[i] / self->maximum, 0, 1) : 0;
      float bar = MAX (1.0f, (float) (fraction * height));
      float x = (float) i * (BAR_WIDTH + BAR_GAP);
      gboolean last = i + 1 == self->n_shares;

      gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (x, 0, BAR_WIDTH, height));
      gtk_snapshot_append_color (snapshot, last && self->highlight_last ? &accent : &color,
                                 &GRAPHENE_RECT_INIT (x, height - bar, BAR_WIDTH, bar));
    }
}

static void
ido_topic_bars_finalize (GObject *object)
{
  g_free (IDO_TOPIC_BARS (object)->shares);

  G_OBJECT_CLASS (ido_topic_bars_parent_class)->finalize (object);
}

static void
ido_topic_bars_class_init (IdoTopicBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ido_topic_bars_finalize;
  widget_class->measure = ido_topic_bars_measure;
  widget_class->snapshot = ido_topic_bars_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
ido_topic_bars_init (IdoTopicBars *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
ido_topic_bars_new (void)
{
  return g_object_new (IDO_TYPE_TOPIC_BARS, NULL);
}

/**
 * ido_topic_bars_set_values:
 * @shares: (array length=n_shares): percentages, oldest first
 * @maximum: the percentage of a full bar
 */
void
ido_topic_bars_set_values (IdoTopicBars *self,
                           const double *shares,
                           guint         n_shares,
                           double        maximum,
                           gboolean      highlight_last)
{
  g_return_if_fail (IDO_IS_TOPIC_BARS (self));

  g_free (self->shares);
  self->shares = g_memdup2 (shares, sizeof (double) * n_shares);
  self->n_shares = n_shares;
  self->maximum = maximum;
  self->highlight_last = highlight_last;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

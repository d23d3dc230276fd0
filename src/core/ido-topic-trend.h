/* ido-topic-trend.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* When a dashboard question topic counts as rising (stated in the UI):
 * its share in the latest quarter is at least min_ratio times the mean of
 * its shares in the n_previous quarters with data before it, AND at least
 * min_increase percentage points above that mean. Without n_previous earlier
 * quarters nothing is marked. A topic missing in a quarter that has data
 * counts as 0% there. The ratio alone would flag tiny topics (0,5% -> 1%);
 * the points alone would flag big, stable topics (DigiD 30% -> 32%). */
typedef struct
{
  double min_ratio;       /* default 1.25 */
  double min_increase;    /* default 1.5 percentage points */
  guint  n_previous;      /* default 3 */
} IdoRisingRule;

#define IDO_RISING_RULE_DEFAULT ((IdoRisingRule) { 1.25, 1.5, 3 })

typedef struct
{
  char     *topic;
  double   *shares;         /* percent per period of IdoTopicTrend.periods */
  gboolean  municipal;      /* about a municipal service (keyword match) */
  gboolean  rising;
  double    latest;         /* share in the latest quarter */
  double    previous_mean;  /* mean share in the n_previous quarters before */
} IdoTopicTrendRow;

typedef struct
{
  char          *place_key;
  GPtrArray     *periods;   /* (element-type utf8) quarters, oldest first */
  GPtrArray     *rows;      /* (element-type IdoTopicTrendRow) largest latest share first */
  IdoRisingRule  rule;
} IdoTopicTrend;

gboolean       ido_topic_is_rising                 (const IdoRisingRule  *rule,
                                                    const double         *previous,
                                                    guint                 n_previous,
                                                    double                latest,
                                                    double               *previous_mean);
gboolean       ido_topic_is_municipal              (const char           *topic,
                                                    const char * const   *keywords);
const char * const *ido_topic_trend_get_default_keywords (void);
GStrv          ido_topic_trend_get_keywords        (IdoDatabase          *database);
gboolean       ido_topic_trend_set_keywords        (IdoDatabase          *database,
                                                    const char * const   *keywords,
                                                    GError              **error);
char          *ido_topic_trend_own_place_key       (IdoDatabase          *database);
IdoTopicTrend *ido_topic_trend_load                (IdoDatabase          *database,
                                                    const char           *place_key,
                                                    guint                 n_quarters,
                                                    const IdoRisingRule  *rule,
                                                    GError              **error);
void           ido_topic_trend_free                (IdoTopicTrend        *trend);
guint          ido_topic_trend_count_rising        (IdoTopicTrend        *trend);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoTopicTrend, ido_topic_trend_free)

G_END_DECLS

/* ido-result-series.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Dashboard results per quarter, as the Overzicht and the role panes show
 * them: the own municipality in total, each of its locations, and the
 * national comparison. Values are NAN where a quarter has no figure: a
 * missing quarter is a gap, never a zero.
 *
 * The national comparison (rows with place_key 'national'):
 * - percent and score indicators (helped satisfactorily, satisfaction, topic
 *   shares): the national figure itself, for the total and each location;
 * - count indicators (questions, visits, referrals): a national total cannot
 *   be set against one municipality, so it is scaled to the own number of
 *   inhabitants: national × own inhabitants / inhabitants of the Netherlands
 *   (the CBS figures shipped with the app, or the options). This equals
 *   comparing both per 10.000 inhabitants. Without the own inhabitants the
 *   quarter has no national value; locations never get a scaled one. */

typedef enum
{
  IDO_RESULT_NATIONAL_NONE,    /* no national rows, or not comparable */
  IDO_RESULT_NATIONAL_VALUE,   /* the national figure itself */
  IDO_RESULT_NATIONAL_SCALED,  /* scaled to the own inhabitants */
} IdoResultNational;

/* The latest quarter with a figure and how it changed. */
typedef struct
{
  int       index;            /* in periods; -1 without any figure */
  double    value;
  gboolean  has_previous;     /* the quarter right before has a figure */
  double    previous;
  gboolean  has_year_ago;     /* the same quarter a year earlier has one */
  double    year_ago;
} IdoResultLatest;

typedef struct
{
  char            *place_key;  /* 'location:<uuid>', the municipality's key, 'national' */
  char            *label;      /* the location's name; NULL for the total */
  gint64           location_id;
  double          *values;     /* per period; NAN for a gap */
  IdoResultLatest  latest;     /* over all quarters read, before trimming */
} IdoResultLine;

typedef struct
{
  guint    n_quarters;             /* 0: every quarter with data */
  guint64  national_inhabitants;   /* 0: the CBS figures shipped with the app */
} IdoResultOptions;

typedef struct
{
  char              *indicator;   /* code, e.g. "questions" */
  char              *category;    /* NULL: all categories together */
  char              *unit;        /* "count", "percent", "score", ... */
  guint              decimals;    /* 1 for percent and score */
  GPtrArray         *periods;     /* (element-type utf8) consecutive quarters, oldest first */
  IdoResultLine     *total;       /* the own municipality */
  double            *national;    /* per period, NAN for a gap; see the rule above */
  IdoResultNational  national_kind;
  GPtrArray         *locations;   /* (element-type IdoResultLine) by name */
} IdoResultSeries;

gboolean         ido_result_period_parse        (const char            *period,
                                                 int                   *year,
                                                 int                   *quarter);
char            *ido_result_period_shift        (const char            *period,
                                                 int                    quarters);
IdoResultSeries *ido_result_series_load         (IdoDatabase           *database,
                                                 const char            *indicator,
                                                 const char            *category,
                                                 const IdoResultOptions *options,
                                                 GError               **error);
void             ido_result_series_free         (IdoResultSeries       *series);
gboolean         ido_result_series_is_empty     (IdoResultSeries       *series);
IdoResultLine   *ido_result_series_find_location (IdoResultSeries      *series,
                                                 gint64                 location_id);
const double    *ido_result_series_national_for (IdoResultSeries       *series,
                                                 IdoResultLine         *line);
GStrv            ido_result_series_list_categories (IdoDatabase        *database,
                                                 const char            *indicator,
                                                 GError               **error);
gboolean         ido_result_has_observations    (IdoDatabase           *database);
gboolean         ido_result_quarter_target      (IdoDatabase           *database,
                                                 const char            *indicator,
                                                 const char            *period,
                                                 double                *target,
                                                 GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoResultSeries, ido_result_series_free)

G_END_DECLS

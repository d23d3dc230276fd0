/* ido-library-brief.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-target.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* A dashboard figure of the latest quarter, with the same quarter a year
 * earlier when there is one. */
typedef struct
{
  char     *code;             /* indicator code: "questions", ... */
  char     *label;            /* translated */
  char     *unit;             /* "count", "percent", "score" */
  double    value;
  gboolean  has_previous;
  double    previous;         /* the same quarter one year earlier */
} IdoBriefFigure;

typedef struct
{
  gint64           target_id;
  char            *title;      /* indicator and period */
  char            *description;
  IdoTargetStatus  status;
  char            *explanation;
} IdoBriefTarget;

/* What meeting mode shows about one library: its latest dashboard figures
 * and the status of its targets. */
typedef struct
{
  gint64     library_id;
  char      *library_name;
  char      *coordinator_name;
  char      *place_key;       /* whose figures: "library:<uuid>" or the own municipality */
  char      *period;          /* the latest quarter with figures, or NULL */
  char      *previous_period; /* the same quarter a year earlier */
  GPtrArray *figures;         /* IdoBriefFigure */
  GPtrArray *top_topics;      /* (element-type utf8) "DigiD (29,1%)", largest first, at most 3 */
  GPtrArray *targets;         /* IdoBriefTarget, latest period first */
} IdoLibraryBrief;

IdoLibraryBrief *ido_library_brief_load (IdoDatabase      *database,
                                         gint64            library_id,
                                         GError          **error);
void             ido_library_brief_free (IdoLibraryBrief  *brief);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoLibraryBrief, ido_library_brief_free)

G_END_DECLS

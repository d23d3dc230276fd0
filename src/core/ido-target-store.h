/* ido-target-store.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"
#include "ido-validate.h"

G_BEGIN_DECLS

/* An indicator of the vocabulary shared with dashboard imports, or one the
 * user added. */
typedef struct
{
  gint64    id;
  char     *code;            /* "questions", ... or "custom-<uuid>" */
  char     *label;           /* translated for the built-in ones */
  char     *aggregation;     /* "sum", "average", "latest" */
  char     *unit;            /* "count", "percent", "score", "hours", "minutes" */
  gboolean  has_category;
  gboolean  is_custom;
} IdoIndicator;

/* A prestatieafspraak. */
typedef struct
{
  gint64    id;              /* 0 for a new target */
  char     *uuid;
  gint64    agreement_id;    /* 0 when not part of an agreement */
  gint64    indicator_id;
  char     *category;        /* e.g. a topic for "topic-share"; "" for none */
  char     *scope;           /* "municipality", "library", "location" */
  gint64    municipality_id; /* for scope municipality; 0 = the own one */
  gint64    library_id;      /* for scope library */
  gint64    location_id;     /* for scope location */
  char     *period;          /* "2025" or "2025Q3" */
  gboolean  has_baseline;
  double    baseline_value;
  char     *baseline_period;
  double    target_value;    /* for growth: the percentage versus the baseline */
  char     *direction;       /* "at-least", "at-most", "growth" */
  char     *source;          /* "dashboard" or "manual" */
  char     *description;

  /* Filled in when loaded */
  char     *indicator_code;
  char     *indicator_label;
  char     *indicator_unit;
  char     *scope_name;
  char     *agreement_title;
} IdoTarget;

/* A value entered by hand for a target whose source is manual entry. */
typedef struct
{
  char   *period;
  double  value;
  char   *entered_on;        /* ISO date */
} IdoManualValue;

const char   *ido_indicator_get_label_for_code (const char   *code,
                                                const char   *fallback);
void          ido_indicator_free               (IdoIndicator *indicator);
GPtrArray    *ido_indicator_list               (IdoDatabase  *database,
                                                GError      **error);
gint64        ido_indicator_add_custom         (IdoDatabase  *database,
                                                const char   *label,
                                                const char   *aggregation,
                                                const char   *unit,
                                                GError      **error);

const char   *ido_target_direction_get_label   (const char   *direction);
const char   *ido_target_scope_get_label       (const char   *scope);
gboolean      ido_target_parse_number          (const char   *text,
                                                IdoField      field,
                                                double       *value,
                                                GError      **error);

IdoTarget    *ido_target_new                   (void);
void          ido_target_free                  (IdoTarget    *target);
char         *ido_target_dup_title             (const IdoTarget *target);
char         *ido_target_dup_goal_text         (const IdoTarget *target);
IdoTarget    *ido_target_load                  (IdoDatabase  *database,
                                                gint64        target_id,
                                                GError      **error);
gboolean      ido_target_save                  (IdoDatabase  *database,
                                                IdoTarget    *target,
                                                GError      **error);
gboolean      ido_target_delete                (IdoDatabase  *database,
                                                gint64        target_id,
                                                GError      **error);
GPtrArray    *ido_target_list                  (IdoDatabase  *database,
                                                GError      **error);

void          ido_manual_value_free            (IdoManualValue *value);
gboolean      ido_target_set_manual_value      (IdoDatabase  *database,
                                                gint64        target_id,
                                                const char   *period,
                                                double        value,
                                                const char   *entered_on,
                                                GError      **error);
gboolean      ido_target_delete_manual_value   (IdoDatabase  *database,
                                                gint64        target_id,
                                                const char   *period,
                                                GError      **error);
GPtrArray    *ido_target_list_manual_values    (IdoDatabase  *database,
                                                gint64        target_id,
                                                GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoTarget, ido_target_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoIndicator, ido_indicator_free)

G_END_DECLS

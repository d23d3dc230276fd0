/* ido-signal.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-meeting.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* A signal about where residents get stuck with a municipal service (§3.5),
 * from the IDO-coordinator, the dashboard's topic trend or the KCC. Field
 * errors: the description is IDO_FIELD_NAME, the date IDO_FIELD_DATE, the
 * source or status IDO_FIELD_CATEGORY. */
typedef struct
{
  gint64  id;                /* 0 for a new signal */
  char   *uuid;
  char   *received_on;       /* ISO date */
  char   *service;
  char   *description;
  char   *source;            /* "ido-coordinator", "dashboard", "kcc", "other" */
  char   *status;            /* "open", "in-progress", "resolved", "declined" */
  GArray *action_ids;        /* (element-type gint64) improvement actions, loaded; relinked on restore */
  GArray *policy_domain_ids; /* (element-type gint64) linked policy domains */
} IdoSignal;

const char * const *ido_signal_get_sources        (void);
const char         *ido_signal_source_get_label   (const char     *source);
const char * const *ido_signal_get_statuses       (void);
const char         *ido_signal_status_get_label   (const char     *status);

IdoSignal     *ido_signal_new              (void);
IdoSignal     *ido_signal_new_from_trend   (const char     *topic,
                                            const char     *period,
                                            double          share,
                                            double          previous_mean,
                                            const char     *received_on);
void           ido_signal_free             (IdoSignal      *signal);
IdoSignal     *ido_signal_load             (IdoDatabase    *database,
                                            gint64          signal_id,
                                            GError        **error);
gboolean       ido_signal_save             (IdoDatabase    *database,
                                            IdoSignal      *signal,
                                            GError        **error);
gboolean       ido_signal_delete           (IdoDatabase    *database,
                                            gint64          signal_id,
                                            GError        **error);
gboolean       ido_signal_set_status       (IdoDatabase    *database,
                                            gint64          signal_id,
                                            const char     *status,
                                            GError        **error);
GPtrArray     *ido_signal_load_actions     (IdoDatabase    *database,
                                            gint64          signal_id,
                                            GError        **error);
IdoActionItem *ido_signal_add_action       (IdoDatabase    *database,
                                            gint64          signal_id,
                                            const char     *description,
                                            const char     *owner,
                                            const char     *due_on,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoSignal, ido_signal_free)

G_END_DECLS

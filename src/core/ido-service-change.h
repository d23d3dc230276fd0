/* ido-service-change.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* How many days before a change in a municipal e-service the IDO must have
 * been told about it (§3.5): six weeks. */
#define IDO_SERVICE_CHANGE_WARNING_DAYS 42

/* A change in a municipal e-service (§3.5). Field errors use
 * IDO_FIELD_ERROR: the service is IDO_FIELD_NAME, the date of the change
 * IDO_FIELD_DATE, the date the IDO was informed IDO_FIELD_REVIEW_DATE. */
typedef struct
{
  gint64  id;               /* 0 for a new change */
  char   *uuid;
  char   *service;
  char   *change;           /* what changes */
  char   *changes_on;       /* ISO date or NULL when not known yet */
  char   *impact;           /* expected impact on residents */
  char   *ido_informed_on;  /* ISO date or NULL: not informed (yet) */
  char   *informed_how;
  char   *follow_up;        /* extra spreekuur, instruction for IDO staff ... */
} IdoServiceChange;

IdoServiceChange *ido_service_change_new          (void);
void              ido_service_change_free         (IdoServiceChange  *change);
IdoServiceChange *ido_service_change_load         (IdoDatabase       *database,
                                                   gint64             change_id,
                                                   GError           **error);
gboolean          ido_service_change_save         (IdoDatabase       *database,
                                                   IdoServiceChange  *change,
                                                   GError           **error);
gboolean          ido_service_change_delete       (IdoDatabase       *database,
                                                   gint64             change_id,
                                                   GError           **error);
gboolean          ido_service_change_needs_warning (const IdoServiceChange *change,
                                                   const char        *today);
GPtrArray        *ido_service_changes_unannounced (IdoDatabase       *database,
                                                   const char        *today,
                                                   GError           **error);
const char * const *ido_service_change_get_follow_up_suggestions (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoServiceChange, ido_service_change_free)

G_END_DECLS

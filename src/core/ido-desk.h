/* ido-desk.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"
#include "ido-row-snapshot.h"

G_BEGIN_DECLS

/* Whether a desk's staff were trained "herkennen en warm doorverwijzen". */
typedef enum
{
  IDO_TRAINING_STATE_CURRENT,   /* within the last two years */
  IDO_TRAINING_STATE_NEVER,
  IDO_TRAINING_STATE_STALE,     /* last trained more than two years ago */
} IdoTrainingState;

typedef struct
{
  char period[8];               /* "2025Q3" */
  int  referrals;
} IdoDeskReferralCount;

/* A municipal desk (vindplaats) that meets residents who need help:
 * burgerzaken, vergunningen, wijkteam, schuldhulpverlening, KCC. */
typedef struct
{
  gint64  id;                   /* 0 for a new desk */
  char   *uuid;
  char   *name;
  char   *department;
  char   *contact_name;
  char   *contact_email;
  char   *contact_phone;
  char   *referral_text;        /* how the desk refers residents to the IDO */
  char   *notes;
  GArray *referral_counts;      /* IdoDeskReferralCount, by period */

  /* Filled in by load and list. */
  char   *last_trained_on;      /* ISO date or NULL */
} IdoDesk;

/* A training "herkennen en warm doorverwijzen" for front-office staff. */
typedef struct
{
  gint64  id;                   /* 0 for a new training */
  char   *uuid;
  char   *held_on;              /* ISO date */
  char   *provider;
  int     participants;         /* -1 when not known */
  char   *departments;          /* departments not registered as desks */
  char   *notes;
  GArray *desk_ids;             /* gint64 */

  /* Filled in by ido_training_list(). */
  char   *desk_names;           /* comma separated */
} IdoTraining;

IdoDesk          *ido_desk_new                  (void);
void              ido_desk_free                 (IdoDesk      *desk);
IdoDesk          *ido_desk_load                 (IdoDatabase  *database,
                                                 gint64        id,
                                                 GError      **error);
GPtrArray        *ido_desk_list                 (IdoDatabase  *database,
                                                 GError      **error);
gboolean          ido_desk_validate             (IdoDesk      *desk,
                                                 IdoDatabase  *database,
                                                 GError      **error);
gboolean          ido_desk_save                 (IdoDatabase  *database,
                                                 IdoDesk      *desk,
                                                 GError      **error);
gboolean          ido_desk_delete               (IdoDatabase  *database,
                                                 gint64        id,
                                                 IdoRowSnapshot **undo,
                                                 GError      **error);
void              ido_desk_set_referrals        (IdoDesk      *desk,
                                                 const char   *period,
                                                 int           referrals);
int               ido_desk_get_referrals        (IdoDesk      *desk,
                                                 const char   *period);
IdoTrainingState  ido_desk_get_training_state   (IdoDesk      *desk,
                                                 const char   *today);
IdoTrainingState  ido_training_state_for        (const char   *last_trained_on,
                                                 const char   *today);
const char       *ido_training_state_get_label  (IdoTrainingState state);
char             *ido_quarter_of                (const char   *iso_date);
char             *ido_quarter_add               (const char   *quarter,
                                                 int           quarters);

IdoTraining      *ido_training_new              (void);
void              ido_training_free             (IdoTraining  *training);
IdoTraining      *ido_training_load             (IdoDatabase  *database,
                                                 gint64        id,
                                                 GError      **error);
GPtrArray        *ido_training_list             (IdoDatabase  *database,
                                                 GError      **error);
gboolean          ido_training_validate         (IdoTraining  *training,
                                                 GError      **error);
gboolean          ido_training_save             (IdoDatabase  *database,
                                                 IdoTraining  *training,
                                                 GError      **error);
gboolean          ido_training_delete           (IdoDatabase  *database,
                                                 gint64        id,
                                                 IdoRowSnapshot **undo,
                                                 GError      **error);
gboolean          ido_training_has_desk         (IdoTraining  *training,
                                                 gint64        desk_id);
void              ido_training_set_desk         (IdoTraining  *training,
                                                 gint64        desk_id,
                                                 gboolean      trained);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoDesk, ido_desk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoTraining, ido_training_free)

G_END_DECLS

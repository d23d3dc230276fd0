/* ido-types.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _IdoDatabase             IdoDatabase;
typedef struct _IdoMunicipality         IdoMunicipality;
typedef struct _IdoMunicipalityRegistry IdoMunicipalityRegistry;
typedef struct _IdoRecord               IdoRecord;
typedef struct _IdoRecordStore          IdoRecordStore;

/* The pane a record kind belongs to; also the sidebar order. */
typedef enum
{
  IDO_ROLE_OVERVIEW,
  IDO_ROLE_FINANCIER,
  IDO_ROLE_PROMOTOR,
  IDO_ROLE_NETWORK,
  IDO_ROLE_REFERRER,
  IDO_ROLE_SERVICE,
  IDO_ROLE_POLICY,
  IDO_N_ROLES
} IdoRole;

/* What an IdoRecordStore lists. Each kind is one table (or a view on it). */
typedef enum
{
  IDO_RECORD_LIBRARY,
  IDO_RECORD_LOCATION,
  IDO_RECORD_AGREEMENT,
  IDO_RECORD_BUDGET_YEAR,
  IDO_RECORD_SPENDING,
  IDO_RECORD_TARGET,
  IDO_RECORD_CERTIFICATION,
  IDO_RECORD_PROMOTION,
  IDO_RECORD_PARTNER,
  IDO_RECORD_REFERRAL_AGREEMENT,
  IDO_RECORD_MEETING,
  IDO_RECORD_DESK,
  IDO_RECORD_TRAINING,
  IDO_RECORD_SERVICE_CHANGE,
  IDO_RECORD_SIGNAL,
  IDO_RECORD_POLICY_DOMAIN,
  IDO_RECORD_ACTION_ITEM,
  IDO_RECORD_IMPORT_BATCH,
  IDO_N_RECORD_KINDS
} IdoRecordKind;

G_END_DECLS

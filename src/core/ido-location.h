/* ido-location.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* Who staffs an IDO location (Handreiking §2.6.5.1); several may apply. */
typedef enum
{
  IDO_STAFFING_LIBRARY_STAFF      = 1 << 0,
  IDO_STAFFING_LIBRARY_VOLUNTEERS = 1 << 1,
  IDO_STAFFING_PARTNER_STAFF      = 1 << 2,
  IDO_STAFFING_PARTNER_VOLUNTEERS = 1 << 3,
  IDO_STAFFING_INTERNS            = 1 << 4,
} IdoStaffing;

#define IDO_N_STAFFING 5

/* An IDO location, inside a library branch or outside it (§2.6.4). */
typedef struct
{
  gint64    id;                   /* 0 for a new location */
  char     *uuid;
  gint64    library_id;           /* 0 when none */
  gint64    municipality_id;      /* 0 when none */
  char     *name;
  char     *placement;            /* "library" or an outside type, see ido_location_placements() */
  char     *address;
  char     *hours_class;          /* "up-to-8" ... "40-plus", or NULL when unknown */
  gboolean  has_hours;
  double    hours_per_week;       /* when has_hours */
  char     *consultation_hours;   /* spreekuren, free text */
  char     *active_from;          /* ISO date or NULL */
  char     *active_until;         /* ISO date or NULL */
  char     *notes;
  guint     staffing;             /* IdoStaffing flags */

  /* Filled in when loaded */
  char     *library_name;
  char     *municipality_name;
} IdoLocation;

/* The locations in one municipality, for a list grouped by municipality. */
typedef struct
{
  gint64     municipality_id;     /* 0 for locations without a municipality */
  char      *municipality_name;
  GPtrArray *locations;           /* IdoLocation, by name */
} IdoLocationGroup;

const char * const *ido_location_placements           (void);
const char         *ido_location_placement_get_label  (const char   *placement);
const char * const *ido_location_hours_classes        (void);
const char         *ido_location_hours_class_get_label (const char  *hours_class);
const char         *ido_location_hours_class_for_hours (double       hours);
gboolean            ido_location_check_hours          (const char   *hours_class,
                                                       gboolean      has_hours,
                                                       double        hours,
                                                       GError      **error);
gboolean            ido_location_parse_hours          (const char   *text,
                                                       gboolean     *has_hours,
                                                       double       *hours,
                                                       GError      **error);
const char         *ido_staffing_to_string            (IdoStaffing   staffing);
const char         *ido_staffing_get_label            (IdoStaffing   staffing);
gboolean            ido_staffing_from_string          (const char   *text,
                                                       IdoStaffing  *staffing);
char               *ido_staffing_dup_labels           (guint         staffing);

IdoLocation *ido_location_new                  (void);
void         ido_location_free                 (IdoLocation  *location);
gboolean     ido_location_is_active            (const IdoLocation *location,
                                                const char   *today);
char        *ido_location_dup_hours_text       (const IdoLocation *location);
IdoLocation *ido_location_load                 (IdoDatabase  *database,
                                                gint64        location_id,
                                                GError      **error);
gboolean     ido_location_save                 (IdoDatabase  *database,
                                                IdoLocation  *location,
                                                GError      **error);
gboolean     ido_location_delete               (IdoDatabase  *database,
                                                gint64        location_id,
                                                GError      **error);
GPtrArray   *ido_location_list                 (IdoDatabase  *database,
                                                GError      **error);
GPtrArray   *ido_location_list_by_municipality (IdoDatabase  *database,
                                                GError      **error);
void         ido_location_group_free           (IdoLocationGroup *group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoLocation, ido_location_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoLocationGroup, ido_location_group_free)

G_END_DECLS

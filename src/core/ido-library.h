/* ido-library.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-cbct.h"
#include "ido-types.h"

G_BEGIN_DECLS

/* A municipality a library organisation works for. Several municipalities
 * often finance one library (Handreiking §4.2.4). */
typedef struct
{
  gint64  id;                 /* the municipality row; 0 until saved */
  char   *code;               /* "GM0363", or NULL outside the CBS list */
  char   *name;
} IdoServedMunicipality;

/* A library organisation and its IDO-coördinator. */
typedef struct
{
  gint64     id;              /* 0 for a new library */
  char      *uuid;
  char      *name;
  char      *website;
  char      *coordinator_name;
  char      *coordinator_email;
  char      *coordinator_phone;
  char      *notes;
  GPtrArray *municipalities;  /* IdoServedMunicipality, by name */
} IdoLibrary;

/* A CBCT certification of a library organisation (every four years). */
typedef struct
{
  gint64  id;                 /* 0 for a new certification */
  char   *uuid;
  gint64  library_id;
  char   *library_name;       /* filled in when loaded */
  char   *certified_until;    /* ISO date: the last day of the certificate */
  char   *outcome;            /* "certified", "conditional", "not-certified" */
  char   *report_notes;
  char   *improvement_points;
} IdoCertification;

IdoServedMunicipality *ido_served_municipality_new  (gint64          id,
                                                     const char     *code,
                                                     const char     *name);
void                   ido_served_municipality_free (IdoServedMunicipality *municipality);
gint64                 ido_library_ensure_municipality (IdoDatabase *database,
                                                     const char     *code,
                                                     const char     *name,
                                                     GError        **error);
GPtrArray             *ido_library_list_municipalities (IdoDatabase *database,
                                                     GError        **error);

IdoLibrary *ido_library_new                  (void);
void        ido_library_free                 (IdoLibrary   *library);
gboolean    ido_library_add_municipality     (IdoLibrary   *library,
                                              gint64        id,
                                              const char   *code,
                                              const char   *name);
char       *ido_library_dup_municipality_names (const IdoLibrary *library);
IdoLibrary *ido_library_load                 (IdoDatabase  *database,
                                              gint64        library_id,
                                              GError      **error);
gboolean    ido_library_save                 (IdoDatabase  *database,
                                              IdoLibrary   *library,
                                              GError      **error);
gboolean    ido_library_delete               (IdoDatabase  *database,
                                              gint64        library_id,
                                              GError      **error);
GPtrArray  *ido_library_list                 (IdoDatabase  *database,
                                              GError      **error);

const char * const *ido_certification_outcomes         (void);
const char         *ido_certification_outcome_get_label (const char *outcome);
IdoCertification   *ido_certification_new      (gint64        library_id);
void                ido_certification_free     (IdoCertification *certification);
IdoCertification   *ido_certification_load     (IdoDatabase  *database,
                                                gint64        certification_id,
                                                GError      **error);
gboolean            ido_certification_save     (IdoDatabase  *database,
                                                IdoCertification *certification,
                                                GError      **error);
gboolean            ido_certification_delete   (IdoDatabase  *database,
                                                gint64        certification_id,
                                                GError      **error);
GPtrArray          *ido_certification_list     (IdoDatabase  *database,
                                                gint64        library_id,
                                                GError      **error);
GPtrArray          *ido_certification_list_due (IdoDatabase  *database,
                                                const char   *today,
                                                GError      **error);
char               *ido_certification_describe_schedule (const IdoCertification *certification,
                                                const char   *today);
gboolean            ido_certification_self_evaluation_overdue (const IdoCertification *certification,
                                                const char   *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoLibrary, ido_library_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoCertification, ido_certification_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoServedMunicipality, ido_served_municipality_free)

G_END_DECLS

/* ido-promotion.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ido-types.h"

G_BEGIN_DECLS

/* A promotion activity of the Promotor (§3.2). Field errors use
 * IDO_FIELD_ERROR: the title is IDO_FIELD_NAME, the date IDO_FIELD_DATE, the
 * kind IDO_FIELD_CATEGORY, the reach IDO_FIELD_NUMBER, the cost
 * IDO_FIELD_AMOUNT. */
typedef struct
{
  gint64      id;              /* 0 for a new activity */
  char       *uuid;            /* kept when an undo restores a deleted one */
  char       *held_on;         /* ISO date */
  char       *kind;            /* see ido_promotion_get_kinds() */
  char       *title;
  char       *channel;         /* channel or place: flyers at GP practices, newsletter, letter ... */
  char       *target_group;
  GPtrArray  *departments;     /* (element-type utf8) municipal departments reached */
  GArray     *partner_ids;     /* (element-type gint64) partners involved */
  gboolean    has_reach;
  gint64      reach;           /* people reached */
  gboolean    reach_estimated; /* FALSE: counted */
  gboolean    has_cost;
  gint64      cost;            /* cents */
  gint64      spending_id;     /* the SPUK spending line it is booked on, or 0 */
  char       *notes;
} IdoPromotion;

/* An idea from the Handreiking (§3.2) to start a new activity from. */
typedef struct
{
  const char *id;
  const char *kind;
  const char *title;           /* translatable */
  const char *channel;         /* translatable */
  const char *target_group;    /* translatable */
  const char *description;     /* translatable: why and how */
} IdoPromotionTemplate;

/* One target group or department in the yearly coverage view. */
typedef struct
{
  char     *name;
  gboolean  expected;          /* in the list the user keeps, not only used */
  guint     n_activities;      /* 0: not reached this year */
  gint64    reach;             /* summed over the activities with a reach */
} IdoCoverageEntry;

typedef struct
{
  int        year;
  GPtrArray *target_groups;    /* IdoCoverageEntry: expected first, then the others */
  GPtrArray *departments;      /* IdoCoverageEntry: policy domains, desk departments, others */
} IdoPromotionCoverage;

const char * const *ido_promotion_get_kinds         (void);
const char         *ido_promotion_kind_get_label    (const char             *kind);

IdoPromotion       *ido_promotion_new               (const char             *kind);
void                ido_promotion_free              (IdoPromotion           *promotion);
void                ido_promotion_add_department    (IdoPromotion           *promotion,
                                                     const char             *department);
void                ido_promotion_add_partner       (IdoPromotion           *promotion,
                                                     gint64                  partner_id);
IdoPromotion       *ido_promotion_load              (IdoDatabase            *database,
                                                     gint64                  promotion_id,
                                                     GError                **error);
gboolean            ido_promotion_save              (IdoDatabase            *database,
                                                     IdoPromotion           *promotion,
                                                     GError                **error);
gboolean            ido_promotion_delete            (IdoDatabase            *database,
                                                     gint64                  promotion_id,
                                                     GError                **error);
gboolean            ido_promotion_book_cost         (IdoDatabase            *database,
                                                     gint64                  promotion_id,
                                                     gint64                 *spending_id,
                                                     GError                **error);

const IdoPromotionTemplate *ido_promotion_get_templates (guint              *n_templates);
IdoPromotion       *ido_promotion_new_from_template (const IdoPromotionTemplate *template,
                                                     const char             *held_on);

GStrv               ido_promotion_list_departments  (IdoDatabase            *database,
                                                     GError                **error);
GStrv               ido_promotion_list_target_groups (IdoDatabase           *database,
                                                     GError                **error);
gboolean            ido_promotion_add_target_group  (IdoDatabase            *database,
                                                     const char             *name,
                                                     GError                **error);
gboolean            ido_promotion_remove_target_group (IdoDatabase          *database,
                                                     const char             *name,
                                                     GError                **error);
IdoPromotionCoverage *ido_promotion_coverage_load   (IdoDatabase            *database,
                                                     int                     year,
                                                     GError                **error);
void                ido_promotion_coverage_free     (IdoPromotionCoverage   *coverage);
guint               ido_promotion_coverage_count_missing (GPtrArray         *entries);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoPromotion, ido_promotion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoPromotionCoverage, ido_promotion_coverage_free)

G_END_DECLS

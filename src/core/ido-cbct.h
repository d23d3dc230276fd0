/* ido-cbct.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* CBCT certification of a library organisation: every four years; the audit
 * falls in the quarter the certificate expires, and the self-evaluation is
 * due six weeks before the audit. */
typedef struct
{
  int    audit_year;
  int    audit_quarter;          /* 1-4 */
  GDate  audit_quarter_start;
  GDate  self_evaluation_due;    /* six weeks before the audit quarter starts */
  gboolean due_soon;             /* the self-evaluation or audit within six months */
  gboolean expired;
} IdoCbctSchedule;

gboolean ido_cbct_schedule_compute (const char      *certified_until,
                                    const char      *today,
                                    IdoCbctSchedule *schedule);
gboolean ido_date_parse_iso        (const char      *text,
                                    GDate           *date);
char    *ido_date_format_iso       (const GDate     *date);

G_END_DECLS

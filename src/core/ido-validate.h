/* ido-validate.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Errors about one field of a form. The code names the field, so the UI
 * can show the (translated) message at the place it was typed. */
#define IDO_FIELD_ERROR (ido_field_error_quark ())

typedef enum
{
  IDO_FIELD_NAME,
  IDO_FIELD_EMAIL,
  IDO_FIELD_PHONE,
  IDO_FIELD_WEBSITE,
  IDO_FIELD_DATE,
  IDO_FIELD_START_DATE,
  IDO_FIELD_END_DATE,
  IDO_FIELD_REVIEW_DATE,
  IDO_FIELD_AMOUNT,
  IDO_FIELD_PERCENT,
  IDO_FIELD_NUMBER,
  IDO_FIELD_PERIOD,
  IDO_FIELD_CODE,
  IDO_FIELD_CATEGORY,
  IDO_FIELD_RESERVATION,
  IDO_FIELD_DUPLICATE,
  IDO_FIELD_OTHER,
  IDO_FIELD_LIBRARY,
  IDO_FIELD_MUNICIPALITY,
  IDO_FIELD_HOURS,
  IDO_FIELD_INDICATOR,
  IDO_FIELD_SCOPE,
  IDO_FIELD_BASELINE,
  IDO_FIELD_BASELINE_PERIOD,
  IDO_FIELD_TARGET_VALUE,
} IdoField;

GQuark   ido_field_error_quark    (void);
gboolean ido_validate_required    (const char  *text,
                                   IdoField     field,
                                   GError     **error);
gboolean ido_validate_email       (const char  *text,
                                   GError     **error);
gboolean ido_validate_phone       (const char  *text,
                                   GError     **error);
gboolean ido_validate_website     (const char  *text,
                                   GError     **error);
gboolean ido_validate_date        (const char  *text,
                                   IdoField     field,
                                   GError     **error);
gboolean ido_validate_date_order  (const char  *first,
                                   const char  *second,
                                   IdoField     field,
                                   GError     **error);
gboolean ido_validate_percent     (double       value,
                                   GError     **error);
gboolean ido_validate_period      (const char  *text,
                                   GError     **error);
char    *ido_date_from_user       (const char  *text);
char    *ido_date_to_user         (const char  *iso);
char    *ido_today_iso            (void);

G_END_DECLS

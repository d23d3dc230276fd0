/* ido-record.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-municipality.h"
#include "ido-record.h"

struct _IdoRecord
{
  GObject        parent_instance;
  IdoRecordKind  kind;
  IdoRecordFlag  flag;
  gint64         id;
  char          *uuid;
  char          *title;
  char          *subtitle;
  char          *date;
};

G_DEFINE_FINAL_TYPE (IdoRecord, ido_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DATE,
  PROP_FLAG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ido_record_finalize (GObject *object)
{
  IdoRecord *self = (IdoRecord *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (ido_record_parent_class)->finalize (object);
}

static void
ido_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  IdoRecord *self = IDO_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_FLAG:
      g_value_set_int (value, self->flag);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_class_init (IdoRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_record_finalize;
  object_class->get_property = ido_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAG] =
    g_param_spec_int ("flag", NULL, NULL, IDO_RECORD_FLAG_NONE, IDO_RECORD_FLAG_OVERDUE,
                      IDO_RECORD_FLAG_NONE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_record_init (IdoRecord *self)
{
}

/**
 * ido_record_new:
 *
 * Returns: (transfer full): a record summarising one row of @kind
 */
IdoRecord *
ido_record_new (IdoRecordKind  kind,
                gint64         id,
                const char    *uuid,
                const char    *title,
                const char    *subtitle,
                const char    *date)
{
  IdoRecord *self = g_object_new (IDO_TYPE_RECORD, NULL);

  self->kind = kind;
  self->id = id;
  self->uuid = g_strdup (uuid);
  self->title = g_strdup (title ? title : "");
  self->subtitle = g_strdup (subtitle ? subtitle : "");
  self->date = g_strdup (date);
  return self;
}

IdoRecordKind
ido_record_get_kind (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), 0);
  return self->kind;
}

gint64
ido_record_get_id (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), 0);
  return self->id;
}

const char *
ido_record_get_uuid (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), NULL);
  return self->uuid;
}

const char *
ido_record_get_title (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), NULL);
  return self->title;
}

const char *
ido_record_get_subtitle (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), NULL);
  return self->subtitle;
}

/**
 * ido_record_get_date:
 *
 * Returns: (nullable): the record's key date (ISO-8601), if it has one
 */
const char *
ido_record_get_date (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), NULL);
  return self->date;
}

IdoRecordFlag
ido_record_get_flag (IdoRecord *self)
{
  g_return_val_if_fail (IDO_IS_RECORD (self), IDO_RECORD_FLAG_NONE);
  return self->flag;
}

void
ido_record_set_flag (IdoRecord     *self,
                     IdoRecordFlag  flag)
{
  g_return_if_fail (IDO_IS_RECORD (self));

  if (self->flag == flag)
    return;
  self->flag = flag;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAG]);
}

/**
 * ido_record_dup_search_text:
 *
 * Returns: (transfer full): title and subtitle folded for matching with
 *   ido_text_fold() output
 */
char *
ido_record_dup_search_text (IdoRecord *self)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (IDO_IS_RECORD (self), NULL);

  joined = g_strconcat (self->title, " ", self->subtitle, NULL);
  return ido_text_fold (joined);
}

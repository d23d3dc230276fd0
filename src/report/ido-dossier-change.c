/* ido-dossier-change.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-dossier-change.h"

struct _IdoDossierChange
{
  GObject               parent_instance;

  IdoDossierChangeKind  kind;
  char                 *table_label;
  char                 *title;
  char                 *details;
  IdoDossierResolution  resolution;
};

G_DEFINE_FINAL_TYPE (IdoDossierChange, ido_dossier_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TABLE_LABEL,
  PROP_TITLE,
  PROP_DETAILS,
  PROP_RESOLUTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ido_dossier_change_finalize (GObject *object)
{
  IdoDossierChange *self = (IdoDossierChange *) object;

  g_free (self->table_label);
  g_free (self->title);
  g_free (self->details);

  G_OBJECT_CLASS (ido_dossier_change_parent_class)->finalize (object);
}

static void
ido_dossier_change_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  IdoDossierChange *self = IDO_DOSSIER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TABLE_LABEL:
      g_value_set_string (value, self->table_label);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;
    case PROP_RESOLUTION:
      g_value_set_int (value, self->resolution);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_dossier_change_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  IdoDossierChange *self = IDO_DOSSIER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_RESOLUTION:
      ido_dossier_change_set_resolution (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_dossier_change_class_init (IdoDossierChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_dossier_change_finalize;
  object_class->get_property = ido_dossier_change_get_property;
  object_class->set_property = ido_dossier_change_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, IDO_DOSSIER_CHANGE_NEW, IDO_DOSSIER_CHANGE_SKIPPED,
                      IDO_DOSSIER_CHANGE_NEW, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE_LABEL] =
    g_param_spec_string ("table-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_int ("resolution", NULL, NULL, IDO_DOSSIER_RESOLUTION_NONE, IDO_DOSSIER_RESOLUTION_TAKE_THEIRS,
                      IDO_DOSSIER_RESOLUTION_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_dossier_change_init (IdoDossierChange *self)
{
}

IdoDossierChange *
ido_dossier_change_new (IdoDossierChangeKind  kind,
                        const char           *table_label,
                        const char           *title,
                        const char           *details)
{
  IdoDossierChange *self = g_object_new (IDO_TYPE_DOSSIER_CHANGE, NULL);

  self->kind = kind;
  self->table_label = g_strdup (table_label);
  self->title = g_strdup (title);
  self->details = g_strdup (details != NULL ? details : "");
  return self;
}

IdoDossierChangeKind
ido_dossier_change_get_kind (IdoDossierChange *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE (self), IDO_DOSSIER_CHANGE_NEW);

  return self->kind;
}

const char *
ido_dossier_change_get_table_label (IdoDossierChange *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE (self), NULL);

  return self->table_label;
}

const char *
ido_dossier_change_get_title (IdoDossierChange *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE (self), NULL);

  return self->title;
}

/* For a change or conflict: which fields differ, "here → in the file". */
const char *
ido_dossier_change_get_details (IdoDossierChange *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE (self), NULL);

  return self->details;
}

IdoDossierResolution
ido_dossier_change_get_resolution (IdoDossierChange *self)
{
  g_return_val_if_fail (IDO_IS_DOSSIER_CHANGE (self), IDO_DOSSIER_RESOLUTION_NONE);

  return self->resolution;
}

/* Only conflicts take a resolution. */
void
ido_dossier_change_set_resolution (IdoDossierChange     *self,
                                   IdoDossierResolution  resolution)
{
  g_return_if_fail (IDO_IS_DOSSIER_CHANGE (self));
  g_return_if_fail (self->kind == IDO_DOSSIER_CHANGE_CONFLICT || resolution == IDO_DOSSIER_RESOLUTION_NONE);

  if (self->resolution == resolution)
    return;
  self->resolution = resolution;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}

const char *
ido_dossier_change_kind_get_label (IdoDossierChangeKind kind)
{
  switch (kind)
    {
    case IDO_DOSSIER_CHANGE_NEW:
      return _("New");
    case IDO_DOSSIER_CHANGE_CHANGED:
      return _("Changed");
    case IDO_DOSSIER_CHANGE_CONFLICT:
      return _("Conflict");
    case IDO_DOSSIER_CHANGE_KEPT:
      return _("Newer here, kept");
    case IDO_DOSSIER_CHANGE_SKIPPED:
      return _("Skipped");
    default:
      return "";
    }
}

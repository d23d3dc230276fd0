/* ido-settings.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-settings.h"

#define DEFAULT_WIDTH  1100
#define DEFAULT_HEIGHT 720

struct _IdoSettings
{
  GObject    parent_instance;
  GSettings *settings;   /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (IdoSettings, ido_settings, G_TYPE_OBJECT)

static void
ido_settings_finalize (GObject *object)
{
  IdoSettings *self = (IdoSettings *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ido_settings_parent_class)->finalize (object);
}

static void
ido_settings_class_init (IdoSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ido_settings_finalize;
}

static void
ido_settings_init (IdoSettings *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* g_settings_new() aborts on a missing schema; running from an
   * uninstalled tree without GSETTINGS_SCHEMA_DIR should still work. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, IDO_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("Settings schema %s is not installed; settings will not be kept",
                 IDO_SETTINGS_SCHEMA_ID);
      return;
    }
  self->settings = g_settings_new_full (schema, NULL, NULL);
}

/**
 * ido_settings_new:
 *
 * Returns: (transfer full): the application's settings
 */
IdoSettings *
ido_settings_new (void)
{
  return g_object_new (IDO_TYPE_SETTINGS, NULL);
}

int
ido_settings_get_window_width (IdoSettings *self)
{
  g_return_val_if_fail (IDO_IS_SETTINGS (self), DEFAULT_WIDTH);

  if (self->settings == NULL)
    return DEFAULT_WIDTH;
  return g_settings_get_int (self->settings, "window-width");
}

int
ido_settings_get_window_height (IdoSettings *self)
{
  g_return_val_if_fail (IDO_IS_SETTINGS (self), DEFAULT_HEIGHT);

  if (self->settings == NULL)
    return DEFAULT_HEIGHT;
  return g_settings_get_int (self->settings, "window-height");
}

gboolean
ido_settings_get_window_maximized (IdoSettings *self)
{
  g_return_val_if_fail (IDO_IS_SETTINGS (self), FALSE);

  if (self->settings == NULL)
    return FALSE;
  return g_settings_get_boolean (self->settings, "window-maximized");
}

void
ido_settings_set_window_state (IdoSettings *self,
                               int          width,
                               int          height,
                               gboolean     maximized)
{
  g_return_if_fail (IDO_IS_SETTINGS (self));

  if (self->settings == NULL)
    return;
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_apply (self->settings);
}

/**
 * ido_settings_dup_last_pane:
 *
 * Returns: (transfer full): the name of the pane shown last ("overview")
 */
char *
ido_settings_dup_last_pane (IdoSettings *self)
{
  g_return_val_if_fail (IDO_IS_SETTINGS (self), NULL);

  if (self->settings == NULL)
    return g_strdup ("overview");
  return g_settings_get_string (self->settings, "last-pane");
}

void
ido_settings_set_last_pane (IdoSettings *self,
                            const char  *pane)
{
  g_return_if_fail (IDO_IS_SETTINGS (self));
  g_return_if_fail (pane != NULL);

  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "last-pane", pane);
}

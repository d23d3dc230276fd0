/* ido-municipality.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ido-municipality.h"

struct _IdoMunicipality
{
  GObject  parent_instance;
  char    *code;
  char    *name;
  char    *province;
  char    *search_key;
  guint    inhabitants;
  guint    inhabitants_year;
};

G_DEFINE_FINAL_TYPE (IdoMunicipality, ido_municipality, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_PROVINCE,
  PROP_INHABITANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ido_municipality_finalize (GObject *object)
{
  IdoMunicipality *self = (IdoMunicipality *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->province, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (ido_municipality_parent_class)->finalize (object);
}

static void
ido_municipality_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoMunicipality *self = IDO_MUNICIPALITY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PROVINCE:
      g_value_set_string (value, self->province);
      break;
    case PROP_INHABITANTS:
      g_value_set_uint (value, self->inhabitants);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_municipality_class_init (IdoMunicipalityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_municipality_finalize;
  object_class->get_property = ido_municipality_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROVINCE] =
    g_param_spec_string ("province", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INHABITANTS] =
    g_param_spec_uint ("inhabitants", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_municipality_init (IdoMunicipality *self)
{
}

/**
 * ido_municipality_new:
 * @code: (nullable): the CBS code, "GM" and four digits
 *
 * Returns: (transfer full): a municipality
 */
IdoMunicipality *
ido_municipality_new (const char *code,
                      const char *name,
                      const char *province)
{
  IdoMunicipality *self = g_object_new (IDO_TYPE_MUNICIPALITY, NULL);
  g_autofree char *joined = NULL;

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->province = g_strdup (province ? province : "");
  joined = g_strjoin (" ", name, code ? code : "", self->province, NULL);
  self->search_key = ido_text_fold (joined);
  return self;
}

const char *
ido_municipality_get_code (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), NULL);
  return self->code;
}

const char *
ido_municipality_get_name (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), NULL);
  return self->name;
}

const char *
ido_municipality_get_province (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), NULL);
  return self->province;
}

guint
ido_municipality_get_inhabitants (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), 0);
  return self->inhabitants;
}

guint
ido_municipality_get_inhabitants_year (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), 0);
  return self->inhabitants_year;
}

void
ido_municipality_set_inhabitants (IdoMunicipality *self,
                                  guint            inhabitants,
                                  guint            year)
{
  g_return_if_fail (IDO_IS_MUNICIPALITY (self));

  self->inhabitants_year = year;
  if (self->inhabitants == inhabitants)
    return;
  self->inhabitants = inhabitants;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INHABITANTS]);
}

const char *
ido_municipality_get_search_key (IdoMunicipality *self)
{
  g_return_val_if_fail (IDO_IS_MUNICIPALITY (self), NULL);
  return self->search_key;
}

/**
 * ido_text_fold:
 * @text: (nullable): any UTF-8 text
 *
 * Folds text for matching: lower case, accents removed, every run of
 * punctuation and spaces turned into one space, trimmed. "’s-Gravenhage"
 * becomes "s gravenhage", "Súdwest-Fryslân" becomes "sudwest fryslan".
 *
 * Returns: (transfer full): the folded text
 */
char *
ido_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (!g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

gboolean
ido_municipality_code_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != 6 || code[0] != 'G' || code[1] != 'M')
    return FALSE;
  for (int i = 2; i < 6; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        return FALSE;
    }
  return TRUE;
}

/* ido-indicator-choices.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-indicator-choices.h"
#include "ido-target-store.h"

static void
ido_indicator_choice_free (IdoIndicatorChoice *choice)
{
  g_free (choice->code);
  g_free (choice->label);
  g_free (choice);
}

/**
 * ido_indicator_choices_load:
 *
 * Returns: (transfer container) (element-type IdoIndicatorChoice): the
 *   vocabulary as ido_indicator_list() orders it, built-in indicators
 *   first; empty when it cannot be read
 */
GPtrArray *
ido_indicator_choices_load (IdoDatabase *database)
{
  GPtrArray *choices = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_indicator_choice_free);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), choices);

  indicators = ido_indicator_list (database, &error);
  if (indicators == NULL)
    {
      g_warning ("Cannot list the indicators: %s", error ? error->message : "?");
      return choices;
    }
  for (guint i = 0; i < indicators->len; i++)
    {
      IdoIndicator *indicator = g_ptr_array_index (indicators, i);
      IdoIndicatorChoice *choice = g_new0 (IdoIndicatorChoice, 1);

      choice->code = g_strdup (indicator->code);
      choice->label = g_strdup (indicator->label);
      choice->has_category = indicator->has_category;
      g_ptr_array_add (choices, choice);
    }
  return choices;
}

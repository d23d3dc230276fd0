/* ido-action-entry.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-action-entry.h"

struct _IdoActionEntry
{
  GObject         parent_instance;
  gint64          id;
  char           *role;
  char           *description;
  char           *owner;
  char           *due_on;
  char           *done_on;
  char           *origin;
  IdoActionGroup  group;
};

G_DEFINE_FINAL_TYPE (IdoActionEntry, ido_action_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROLE,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_DUE_ON,
  PROP_DONE_ON,
  PROP_ORIGIN,
  PROP_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const roles[] = {
  "financier", "promotor", "network", "referrer", "service", "policy", NULL
};

static const char * const role_labels[] = {
  N_("Financier"), N_("Promoter"), N_("Network Director"), N_("Warm Referrer"),
  N_("Digital Service Provider"), N_("Policy Maker"),
};

static void
ido_action_entry_finalize (GObject *object)
{
  IdoActionEntry *self = (IdoActionEntry *) object;

  g_free (self->role);
  g_free (self->description);
  g_free (self->owner);
  g_free (self->due_on);
  g_free (self->done_on);
  g_free (self->origin);

  G_OBJECT_CLASS (ido_action_entry_parent_class)->finalize (object);
}

static void
ido_action_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoActionEntry *self = IDO_ACTION_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;
    case PROP_GROUP:
      g_value_set_int (value, self->group);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_action_entry_class_init (IdoActionEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_action_entry_finalize;
  object_class->get_property = ido_action_entry_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE_ON] = g_param_spec_string ("done-on", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGIN] = g_param_spec_string ("origin", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] = g_param_spec_int ("group", NULL, NULL, 0, IDO_ACTION_GROUP_DONE, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_action_entry_init (IdoActionEntry *self)
{
}

/**
 * ido_action_entry_new:
 * @origin: (nullable): the meeting or signal it came from, for display
 *
 * Returns: (transfer full): the entry
 */
IdoActionEntry *
ido_action_entry_new (gint64          id,
                      const char     *role,
                      const char     *description,
                      const char     *owner,
                      const char     *due_on,
                      const char     *done_on,
                      const char     *origin,
                      IdoActionGroup  group)
{
  IdoActionEntry *self = g_object_new (IDO_TYPE_ACTION_ENTRY, NULL);

  self->id = id;
  self->role = g_strdup (role);
  self->description = g_strdup (description ? description : "");
  self->owner = g_strdup (owner ? owner : "");
  self->due_on = g_strdup (due_on);
  self->done_on = g_strdup (done_on);
  self->origin = g_strdup (origin ? origin : "");
  self->group = group;
  return self;
}

gint64
ido_action_entry_get_id (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), 0);
  return self->id;
}

const char *
ido_action_entry_get_role (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->role;
}

const char *
ido_action_entry_get_description (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->description;
}

const char *
ido_action_entry_get_owner (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->owner;
}

const char *
ido_action_entry_get_due_on (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->due_on;
}

const char *
ido_action_entry_get_done_on (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->done_on;
}

const char *
ido_action_entry_get_origin (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), NULL);
  return self->origin;
}

IdoActionGroup
ido_action_entry_get_group (IdoActionEntry *self)
{
  g_return_val_if_fail (IDO_IS_ACTION_ENTRY (self), 0);
  return self->group;
}

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL || *iso == '\0')
    return FALSE;
  g_date_set_parse (date, iso);
  return g_date_valid (date);
}

/**
 * ido_action_group_for:
 * @due_on: (nullable): ISO due date
 * @done_on: (nullable): ISO date it was done
 * @today: today's ISO date
 *
 * The grouping rule of the overview: done; overdue (due before @today);
 * this week (due from @today up to and including the Sunday of @today's
 * ISO week); later (due after that, or no due date).
 */
IdoActionGroup
ido_action_group_for (const char *due_on,
                      const char *done_on,
                      const char *today)
{
  GDate due, now, sunday;

  if (done_on != NULL && *done_on != '\0')
    return IDO_ACTION_GROUP_DONE;
  if (!parse_date (due_on, &due) || !parse_date (today, &now))
    return IDO_ACTION_GROUP_LATER;
  if (g_date_compare (&due, &now) < 0)
    return IDO_ACTION_GROUP_OVERDUE;
  sunday = now;
  g_date_add_days (&sunday, G_DATE_SUNDAY - g_date_get_weekday (&now));
  if (g_date_compare (&due, &sunday) <= 0)
    return IDO_ACTION_GROUP_THIS_WEEK;
  return IDO_ACTION_GROUP_LATER;
}

const char *
ido_action_group_get_label (IdoActionGroup group)
{
  switch (group)
    {
    case IDO_ACTION_GROUP_OVERDUE:
      return _("Overdue");
    case IDO_ACTION_GROUP_THIS_WEEK:
      return _("This Week");
    case IDO_ACTION_GROUP_LATER:
      return _("Later");
    case IDO_ACTION_GROUP_DONE:
      return _("Done");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ido_action_get_roles:
 *
 * Returns: (transfer none): the role codes of action items, %NULL-terminated
 */
const char * const *
ido_action_get_roles (void)
{
  return roles;
}

const char *
ido_action_role_get_label (const char *role)
{
  for (guint i = 0; roles[i] != NULL; i++)
    {
      if (g_strcmp0 (roles[i], role) == 0)
        return _(role_labels[i]);
    }
  return role;
}

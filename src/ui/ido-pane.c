/* ido-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-pane.h"
#include "ido-record-list.h"
#include "ido-role-info.h"

typedef struct
{
  IdoDatabase   *database;
  IdoRole        role;
  char          *search_text;
  GtkStack      *stack;
  IdoRecordList *record_list;
} IdoPanePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (IdoPane, ido_pane, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ICON_NAME,
  PROP_DATABASE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_stack (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);
  gboolean empty;

  g_assert (IDO_IS_PANE (self));

  if (priv->stack == NULL || priv->record_list == NULL)
    return;
  empty = ido_record_list_get_n_records (priv->record_list) == 0;
  gtk_stack_set_visible_child_name (priv->stack, empty ? "empty" : "records");
}

static void
ido_pane_real_reload (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  if (priv->record_list != NULL)
    ido_record_list_reload (priv->record_list);
}

static gboolean
ido_pane_real_start_search (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  return priv->record_list != NULL && ido_record_list_get_n_records (priv->record_list) > 0;
}

static void
ido_pane_constructed (GObject *object)
{
  IdoPane *self = (IdoPane *) object;
  const IdoRoleInfo *info;

  G_OBJECT_CLASS (ido_pane_parent_class)->constructed (object);

  info = ido_role_info_get (ido_pane_get_role (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(info->subtitle),
                                  -1);
}

static void
ido_pane_dispose (GObject *object)
{
  IdoPane *self = (IdoPane *) object;
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  priv->stack = NULL;
  priv->record_list = NULL;
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (ido_pane_parent_class)->dispose (object);
}

static void
ido_pane_finalize (GObject *object)
{
  IdoPane *self = (IdoPane *) object;
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_clear_pointer (&priv->search_text, g_free);

  G_OBJECT_CLASS (ido_pane_parent_class)->finalize (object);
}

static void
ido_pane_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  IdoPane *self = IDO_PANE (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_int (value, ido_pane_get_role (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ido_pane_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, ido_pane_get_subtitle (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, ido_pane_get_icon_name (self));
      break;
    case PROP_DATABASE:
      g_value_set_object (value, ido_pane_get_database (self));
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, ido_pane_get_search_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_pane_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  IdoPane *self = IDO_PANE (object);
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ROLE:
      priv->role = g_value_get_int (value);
      break;
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    case PROP_SEARCH_TEXT:
      ido_pane_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_pane_class_init (IdoPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_pane_constructed;
  object_class->dispose = ido_pane_dispose;
  object_class->finalize = ido_pane_finalize;
  object_class->get_property = ido_pane_get_property;
  object_class->set_property = ido_pane_set_property;

  klass->reload = ido_pane_real_reload;
  klass->start_search = ido_pane_real_start_search;

  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, 0, IDO_N_ROLES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A group, so that assistive technologies announce the pane's name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ido_pane_init (IdoPane *self)
{
}

IdoRole
ido_pane_get_role (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_PANE (self), IDO_ROLE_OVERVIEW);

  return priv->role;
}

/* The stable name of the pane ("network"), as used by win.show-pane. */
const char *
ido_pane_get_name (IdoPane *self)
{
  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return ido_role_info_get (ido_pane_get_role (self))->name;
}

/* The translated title ("Network Director"). */
const char *
ido_pane_get_title (IdoPane *self)
{
  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return _(ido_role_info_get (ido_pane_get_role (self))->title);
}

const char *
ido_pane_get_subtitle (IdoPane *self)
{
  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return _(ido_role_info_get (ido_pane_get_role (self))->subtitle);
}

const char *
ido_pane_get_icon_name (IdoPane *self)
{
  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return ido_role_info_get (ido_pane_get_role (self))->icon_name;
}

/**
 * ido_pane_get_database:
 *
 * Returns: (transfer none) (nullable): the database shown
 */
IdoDatabase *
ido_pane_get_database (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return priv->database;
}

const char *
ido_pane_get_search_text (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return priv->search_text;
}

/**
 * ido_pane_set_search_text:
 * @text: (nullable): what to search for; %NULL or "" shows everything
 */
void
ido_pane_set_search_text (IdoPane    *self,
                          const char *text)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_return_if_fail (IDO_IS_PANE (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (!g_set_str (&priv->search_text, text))
    return;
  if (priv->record_list != NULL)
    ido_record_list_set_search_text (priv->record_list, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

void
ido_pane_reload (IdoPane *self)
{
  g_return_if_fail (IDO_IS_PANE (self));

  IDO_PANE_GET_CLASS (self)->reload (self);
}

gboolean
ido_pane_start_search (IdoPane *self)
{
  g_return_val_if_fail (IDO_IS_PANE (self), FALSE);

  return IDO_PANE_GET_CLASS (self)->start_search (self);
}

/**
 * ido_pane_show_records_in:
 * @stack: a stack of the subclass's template with an "empty" page
 *
 * Call from the subclass's constructed(), once the database is known.
 */
void
ido_pane_show_records_in (IdoPane  *self,
                          GtkStack *stack)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);
  GtkWidget *record_list;

  g_return_if_fail (IDO_IS_PANE (self));
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (priv->record_list == NULL);

  record_list = ido_record_list_new (priv->database, priv->role);
  priv->stack = stack;
  priv->record_list = IDO_RECORD_LIST (record_list);
  gtk_stack_add_named (stack, record_list, "records");
  g_signal_connect_object (record_list, "notify::n-records",
                           G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

/**
 * ido_pane_get_record_list:
 *
 * Returns: (transfer none) (nullable): the #IdoRecordList of the pane
 */
GtkWidget *
ido_pane_get_record_list (IdoPane *self)
{
  IdoPanePrivate *priv = ido_pane_get_instance_private (self);

  g_return_val_if_fail (IDO_IS_PANE (self), NULL);

  return GTK_WIDGET (priv->record_list);
}

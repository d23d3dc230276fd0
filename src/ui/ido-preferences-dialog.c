/* ido-preferences-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-preferences-dialog.h"
#include "ido-sisa-preferences-group.h"

struct _IdoPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  IdoDatabase          *database;
  char                 *database_path;
  gulong                selected_id;
  /* Before the shipped list: the user's own municipality when it is not
   * listed, or a "not chosen" entry; a combo row always shows something. */
  GListStore           *extra;

  AdwPreferencesGroup  *municipality_group;
  AdwComboRow          *municipality_row;
  AdwActionRow         *database_row;
};

G_DEFINE_FINAL_TYPE (IdoPreferencesDialog, ido_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the combo row's search matches: name, code and province. */
static char *
municipality_search_text (IdoMunicipality *municipality)
{
  if (municipality == NULL)
    return NULL;
  return g_strdup_printf ("%s %s %s",
                          ido_municipality_get_name (municipality),
                          ido_municipality_get_code (municipality) ? ido_municipality_get_code (municipality) : "",
                          ido_municipality_get_province (municipality));
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  IdoMunicipality *municipality = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       ido_municipality_get_name (municipality));
}

static void
setup_details_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_details_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  IdoMunicipality *municipality = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  const char *code = ido_municipality_get_code (municipality);
  const char *province = ido_municipality_get_province (municipality);
  g_autofree char *details = NULL;

  if (code != NULL && *province != '\0')
    details = g_strdup_printf ("%s · %s", code, province);
  else
    details = g_strdup (code ? code : province);
  gtk_label_set_label (GTK_LABEL (name), ido_municipality_get_name (municipality));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (name)), details);
}

static guint
find_position (GListModel *model,
               const char *code)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; code != NULL && i < n_items; i++)
    {
      g_autoptr(IdoMunicipality) municipality = g_list_model_get_item (model, i);

      if (g_strcmp0 (ido_municipality_get_code (municipality), code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_extra (IdoPreferencesDialog *self,
          IdoMunicipality      *municipality)
{
  guint position;

  return g_list_store_find (self->extra, municipality, &position);
}

static void
update_own (IdoPreferencesDialog *self)
{
  g_autoptr(IdoOwnMunicipality) own = NULL;
  g_autoptr(IdoMunicipality) extra = NULL;
  GListModel *registry = G_LIST_MODEL (ido_municipality_registry_get_default ());
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert (IDO_IS_PREFERENCES_DIALOG (self));

  if (self->database != NULL)
    own = ido_dossier_get_own_municipality (self->database);
  if (own != NULL)
    position = find_position (registry, own->code);
  if (own == NULL)
    extra = ido_municipality_new (NULL, _("Not chosen yet"), NULL);
  else if (position == GTK_INVALID_LIST_POSITION)
    /* Translators: a municipality the user typed in because it is not listed */
    extra = ido_municipality_new (own->code, own->name, _("entered by you"));

  g_signal_handler_block (self->municipality_row, self->selected_id);
  if (extra != NULL)
    g_list_store_splice (self->extra, 0, g_list_model_get_n_items (G_LIST_MODEL (self->extra)),
                         (gpointer *) &extra, 1);
  else
    g_list_store_remove_all (self->extra);
  if (extra != NULL)
    position = 0;
  /* Only when it differs: the row may report a selection more than once. */
  if (adw_combo_row_get_selected (self->municipality_row) != position)
    adw_combo_row_set_selected (self->municipality_row, position);
  g_signal_handler_unblock (self->municipality_row, self->selected_id);
}

static gboolean
is_own (IdoPreferencesDialog *self,
        IdoMunicipality      *municipality)
{
  g_autoptr(IdoOwnMunicipality) own = ido_dossier_get_own_municipality (self->database);

  return own != NULL && g_strcmp0 (own->code, ido_municipality_get_code (municipality)) == 0;
}

static void
on_selected_changed_cb (IdoPreferencesDialog *self)
{
  g_autoptr(GError) error = NULL;
  IdoMunicipality *municipality = adw_combo_row_get_selected_item (self->municipality_row);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (municipality == NULL || self->database == NULL || is_extra (self, municipality) ||
      is_own (self, municipality))
    return;
  if (ido_dossier_set_own_municipality (self->database,
                                        ido_municipality_get_code (municipality),
                                        ido_municipality_get_name (municipality),
                                        &error))
    text = g_strdup_printf (_("You now work for %s"), ido_municipality_get_name (municipality));
  toast = adw_toast_new (text ? text : error->message);
  adw_toast_set_use_markup (toast, FALSE);
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (self), toast);
  update_own (self);
}

static void
setup_municipality_row (IdoPreferencesDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkFlattenListModel) all = NULL;
  GListStore *models;
  GtkExpression *expression;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_details_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_details_cb), NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (municipality_search_text), NULL, NULL);
  adw_combo_row_set_factory (self->municipality_row, factory);
  adw_combo_row_set_list_factory (self->municipality_row, list_factory);
  adw_combo_row_set_expression (self->municipality_row, expression);
  gtk_expression_unref (expression);
  models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (models, self->extra);
  g_list_store_append (models, ido_municipality_registry_get_default ());
  all = gtk_flatten_list_model_new (G_LIST_MODEL (models));
  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (all));
  self->selected_id = g_signal_connect_swapped (self->municipality_row, "notify::selected",
                                                G_CALLBACK (on_selected_changed_cb), self);
}

static void
ido_preferences_dialog_constructed (GObject *object)
{
  IdoPreferencesDialog *self = (IdoPreferencesDialog *) object;

  G_OBJECT_CLASS (ido_preferences_dialog_parent_class)->constructed (object);

  setup_municipality_row (self);
  update_own (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->municipality_group), self->database != NULL);
  adw_action_row_set_subtitle (self->database_row,
                               self->database_path ? self->database_path : _("Unknown"));
  if (self->database != NULL)
    {
      GtkWidget *page = adw_preferences_page_new ();

      adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Accountability"));
      adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "accessories-calculator-symbolic");
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (ido_sisa_preferences_group_new (self->database)));
      adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (self), ADW_PREFERENCES_PAGE (page));
    }
}

static void
ido_preferences_dialog_dispose (GObject *object)
{
  IdoPreferencesDialog *self = (IdoPreferencesDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->extra);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_preferences_dialog_parent_class)->dispose (object);
}

static void
ido_preferences_dialog_finalize (GObject *object)
{
  IdoPreferencesDialog *self = (IdoPreferencesDialog *) object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (ido_preferences_dialog_parent_class)->finalize (object);
}

static void
ido_preferences_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  IdoPreferencesDialog *self = IDO_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_preferences_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  IdoPreferencesDialog *self = IDO_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_preferences_dialog_class_init (IdoPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ido_preferences_dialog_constructed;
  object_class->dispose = ido_preferences_dialog_dispose;
  object_class->finalize = ido_preferences_dialog_finalize;
  object_class->get_property = ido_preferences_dialog_get_property;
  object_class->set_property = ido_preferences_dialog_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPreferencesDialog, municipality_group);
  gtk_widget_class_bind_template_child (widget_class, IdoPreferencesDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, IdoPreferencesDialog, database_row);
}

static void
ido_preferences_dialog_init (IdoPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->extra = g_list_store_new (IDO_TYPE_MUNICIPALITY);
}

/**
 * ido_preferences_dialog_new:
 * @database: (nullable): the open database
 * @database_path: (nullable): where the database lives
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_preferences_dialog_new (IdoDatabase *database,
                            const char  *database_path)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_PREFERENCES_DIALOG,
                       "database", database,
                       "database-path", database_path,
                       NULL);
}

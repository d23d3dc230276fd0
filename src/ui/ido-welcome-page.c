/* ido-welcome-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first run: the user picks the municipality they work for from the
 * shipped list (or types one in that is not listed yet), or looks around
 * with the sample data. Emits IdoWelcomePage::finished once a municipality
 * is stored.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-welcome-page.h"

struct _IdoWelcomePage
{
  AdwBin              parent_instance;

  IdoDatabase        *database;
  GtkCustomFilter    *filter;
  GtkFilterListModel *matches;
  char              **query_words;
  IdoMunicipality    *resolved;

  GtkStack           *mode_stack;
  GtkImage           *app_icon;
  GtkSearchEntry     *search_entry;
  GtkStack           *results_stack;
  GtkListView        *municipality_list;
  GtkLabel           *list_error_label;
  AdwEntryRow        *name_row;
  AdwEntryRow        *code_row;
  GtkLabel           *name_error_label;
  GtkLabel           *code_error_label;
};

G_DEFINE_FINAL_TYPE (IdoWelcomePage, ido_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
filter_municipality_cb (gpointer item,
                        gpointer user_data)
{
  IdoWelcomePage *self = user_data;
  const char *key;

  if (self->query_words == NULL || item == (gpointer) self->resolved)
    return TRUE;
  key = ido_municipality_get_search_key (item);
  for (guint i = 0; self->query_words[i] != NULL; i++)
    {
      if (strstr (key, self->query_words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
show_field_error (GtkWidget  *row,
                  GtkLabel   *label,
                  const char *message)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static gboolean
store_municipality (IdoWelcomePage *self,
                    const char     *code,
                    const char     *name,
                    GtkLabel       *error_label)
{
  g_autoptr(GError) error = NULL;

  g_assert (IDO_IS_WELCOME_PAGE (self));

  if (self->database == NULL ||
      !ido_dossier_set_own_municipality (self->database, code, name, &error))
    {
      gtk_label_set_label (error_label, error ? error->message : _("There is no database to store it in."));
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[FINISHED], 0);
  return TRUE;
}

static void
choose_position (IdoWelcomePage *self,
                 guint           position)
{
  g_autoptr(IdoMunicipality) municipality = NULL;

  g_assert (IDO_IS_WELCOME_PAGE (self));

  municipality = g_list_model_get_item (G_LIST_MODEL (self->matches), position);
  if (municipality == NULL)
    return;
  store_municipality (self,
                      ido_municipality_get_code (municipality),
                      ido_municipality_get_name (municipality),
                      self->list_error_label);
}

static void
on_search_changed_cb (IdoWelcomePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = ido_text_fold (text);
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();

  g_clear_pointer (&self->query_words, g_strfreev);
  if (*folded != '\0')
    self->query_words = g_strsplit (folded, " ", -1);
  /* Aliases ("Den Haag") and merged municipalities match their current one. */
  self->resolved = *folded ? ido_municipality_registry_resolve (registry, text, NULL) : NULL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->results_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0
                                    ? "list" : "none");
}

static void
on_search_activate_cb (IdoWelcomePage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
    choose_position (self, 0);
}

static void
on_municipality_activate_cb (IdoWelcomePage *self,
                             guint           position)
{
  choose_position (self, position);
}

static void
on_not_listed_clicked_cb (IdoWelcomePage *self)
{
  gtk_stack_set_visible_child_name (self->mode_stack, "manual");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
on_back_clicked_cb (IdoWelcomePage *self)
{
  gtk_stack_set_visible_child_name (self->mode_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* "363", "0363", "gm0363" all mean GM0363. */
static char *
normalize_code (const char *text)
{
  g_autofree char *code = g_ascii_strup (text, -1);
  gsize length;

  g_strstrip (code);
  length = strlen (code);
  if (length > 0 && length <= 4 && strspn (code, "0123456789") == length)
    return g_strdup_printf ("GM%04u", (guint) g_ascii_strtoull (code, NULL, 10));
  return g_steal_pointer (&code);
}

static void
on_use_manual_clicked_cb (IdoWelcomePage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *code = normalize_code (gtk_editable_get_text (GTK_EDITABLE (self->code_row)));
  gboolean valid = TRUE;

  if (*name == '\0')
    {
      show_field_error (GTK_WIDGET (self->name_row), self->name_error_label,
                        _("Enter the name of your municipality."));
      valid = FALSE;
    }
  else
    show_field_error (GTK_WIDGET (self->name_row), self->name_error_label, NULL);

  if (*code != '\0' && !ido_municipality_code_is_valid (code))
    {
      show_field_error (GTK_WIDGET (self->code_row), self->code_error_label,
                        _("A CBS code is GM followed by four digits, such as GM0363. "
                          "Leave it empty if you do not know it."));
      valid = FALSE;
    }
  else
    show_field_error (GTK_WIDGET (self->code_row), self->code_error_label, NULL);

  if (valid)
    store_municipality (self, *code ? code : NULL, name, self->code_error_label);
}

static void
setup_municipality_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_municipality_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  IdoMunicipality *municipality = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  text = g_strdup_printf ("%s · %s", ido_municipality_get_code (municipality),
                          ido_municipality_get_province (municipality));
  gtk_label_set_label (GTK_LABEL (name), ido_municipality_get_name (municipality));
  gtk_label_set_label (GTK_LABEL (details), text);
  label = g_strdup_printf ("%s, %s", ido_municipality_get_name (municipality), text);
  gtk_list_item_set_accessible_label (item, label);
}

static void
setup_list (IdoWelcomePage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_municipality_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_municipality_cb), NULL);
  self->filter = gtk_custom_filter_new (filter_municipality_cb, self, NULL);
  self->matches = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (registry)),
                                             GTK_FILTER (g_object_ref (self->filter)));
  gtk_list_view_set_factory (self->municipality_list, factory);
  gtk_list_view_set_model (self->municipality_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->matches)))));
}

static void
ido_welcome_page_dispose (GObject *object)
{
  IdoWelcomePage *self = (IdoWelcomePage *) object;

  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_WELCOME_PAGE);
  g_clear_object (&self->matches);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_welcome_page_parent_class)->dispose (object);
}

static void
ido_welcome_page_finalize (GObject *object)
{
  IdoWelcomePage *self = (IdoWelcomePage *) object;

  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (ido_welcome_page_parent_class)->finalize (object);
}

static void
ido_welcome_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IdoWelcomePage *self = IDO_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_welcome_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IdoWelcomePage *self = IDO_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_welcome_page_class_init (IdoWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_welcome_page_dispose;
  object_class->finalize = ido_welcome_page_finalize;
  object_class->get_property = ido_welcome_page_get_property;
  object_class->set_property = ido_welcome_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, IDO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, app_icon);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, municipality_list);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, list_error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, code_row);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoWelcomePage, code_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_municipality_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_not_listed_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_use_manual_clicked_cb);
}

static void
ido_welcome_page_init (IdoWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_image_set_from_icon_name (self->app_icon, APP_ID);
  setup_list (self);
}

/**
 * ido_welcome_page_new:
 * @database: the database to store the choice in
 *
 * Returns: (transfer floating): the welcome page
 */
GtkWidget *
ido_welcome_page_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_WELCOME_PAGE, "database", database, NULL);
}

/**
 * ido_welcome_page_get_matches:
 *
 * Returns: (transfer none): the municipalities that match the search
 */
GListModel *
ido_welcome_page_get_matches (IdoWelcomePage *self)
{
  g_return_val_if_fail (IDO_IS_WELCOME_PAGE (self), NULL);

  return G_LIST_MODEL (self->matches);
}

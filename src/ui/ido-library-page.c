/* ido-library-page.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library organisations with their IDO-coordinator and the
 * municipalities they work for, and the IDO locations grouped by
 * municipality.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-form.h"
#include "ido-library.h"
#include "ido-library-dialog.h"
#include "ido-library-page.h"
#include "ido-location.h"
#include "ido-location-dialog.h"
#include "ido-validate.h"

struct _IdoLibraryPage
{
  IdoFinancierPage  parent_instance;

  GListStore       *locations;

  GtkStack         *stack;
  GtkListBox       *libraries_list;
  GtkWidget        *locations_empty;
  GtkListView      *locations_view;
};

G_DEFINE_FINAL_TYPE (IdoLibraryPage, ido_library_page, IDO_TYPE_FINANCIER_PAGE)

static const char * const tables[] = {
  "library", "library_municipality", "municipality", "location", "location_staffing", "certification", NULL
};

static void
on_library_activated_cb (AdwActionRow   *row,
                         IdoLibraryPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ido-id"));

  ido_financier_page_present (IDO_FINANCIER_PAGE (self),
                              ido_library_dialog_new (ido_financier_page_get_database (IDO_FINANCIER_PAGE (self)), id));
}

static GtkWidget *
create_library_row (IdoLibraryPage *self,
                    IdoLibrary     *library)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *served = ido_library_dup_municipality_names (library);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (*library->coordinator_name != '\0')
    g_string_append_printf (subtitle, _("IDO-coordinator: %s"), library->coordinator_name);
  if (*served != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Works for %s"), served);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), library->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "ido-id", GSIZE_TO_POINTER ((gsize) library->id));
  g_signal_connect (row, "activated", G_CALLBACK (on_library_activated_cb), self);
  return row;
}

static guint
reload_libraries (IdoLibraryPage *self)
{
  IdoDatabase *database = ido_financier_page_get_database (IDO_FINANCIER_PAGE (self));
  g_autoptr(GPtrArray) libraries = ido_library_list (database, NULL);

  gtk_list_box_remove_all (self->libraries_list);
  for (guint i = 0; libraries != NULL && i < libraries->len; i++)
    gtk_list_box_append (self->libraries_list, create_library_row (self, g_ptr_array_index (libraries, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->libraries_list), libraries != NULL && libraries->len > 0);
  return libraries != NULL ? libraries->len : 0;
}

static IdoFinancierItem *
location_item (IdoLocation *o,
               const char  *today)
{
  g_autofree char *hours = ido_location_dup_hours_text (o);
  g_autofree char *staffing = ido_staffing_dup_labels (o->staffing);
  g_autoptr(GString) subtitle = g_string_new (ido_location_placement_get_label (o->placement));
  g_autoptr(GString) detail = g_string_new (NULL);
  IdoFinancierItem *item;

  if (*hours != '\0')
    g_string_append_printf (subtitle, " · %s", hours);
  if (*o->address != '\0')
    g_string_append_printf (detail, "%s", o->address);
  if (*o->consultation_hours != '\0')
    g_string_append_printf (detail, "%s%s %s", detail->len ? "\n" : "", _("Consultation hours:"),
                            o->consultation_hours);
  if (*staffing != '\0')
    g_string_append_printf (detail, "%s%s %s", detail->len ? "\n" : "", _("Staffing:"), staffing);
  item = ido_financier_item_new (o->id, o->name, subtitle->str);
  ido_financier_item_set_detail (item, detail->str);
  if (!ido_location_is_active (o, today))
    ido_financier_item_set_tag (item, o->active_until != NULL && g_strcmp0 (o->active_until, today) < 0
                                      ? C_("location", "Closed") : C_("location", "Not open yet"),
                                IDO_FINANCIER_TAG_WARNING);
  return item;
}

static guint
reload_locations (IdoLibraryPage *self)
{
  IdoDatabase *database = ido_financier_page_get_database (IDO_FINANCIER_PAGE (self));
  g_autoptr(GPtrArray) groups = ido_location_list_by_municipality (database, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ido_today_iso ();

  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      IdoLocationGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->locations->len; i++)
        {
          IdoFinancierItem *item = location_item (g_ptr_array_index (group->locations, i), today);

          ido_financier_item_set_section (item, g, group->municipality_name);
          g_ptr_array_add (items, item);
        }
    }
  g_list_store_splice (self->locations, 0, g_list_model_get_n_items (G_LIST_MODEL (self->locations)),
                       items->pdata, items->len);
  gtk_widget_set_visible (self->locations_empty, items->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->locations_view), items->len > 0);
  return items->len;
}

static void
ido_library_page_reload (IdoFinancierPage *page)
{
  IdoLibraryPage *self = IDO_LIBRARY_PAGE (page);
  guint n = reload_libraries (self) + reload_locations (self);

  ido_financier_page_show_content (IDO_FINANCIER_PAGE (self), self->stack, n > 0);
}

static void
ido_library_page_activate_item (IdoFinancierPage *page,
                                GtkListView      *list_view,
                                IdoFinancierItem *item)
{
  ido_financier_page_present (page, ido_location_dialog_new (ido_financier_page_get_database (page),
                                                             ido_financier_item_get_id (item)));
}

static void
add_library_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  IdoFinancierPage *page = IDO_FINANCIER_PAGE (widget);

  ido_financier_page_present (page, ido_library_dialog_new (ido_financier_page_get_database (page), 0));
}

static void
add_location_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IdoFinancierPage *page = IDO_FINANCIER_PAGE (widget);

  ido_financier_page_present (page, ido_location_dialog_new (ido_financier_page_get_database (page), 0));
}

static void
ido_library_page_constructed (GObject *object)
{
  IdoLibraryPage *self = (IdoLibraryPage *) object;

  G_OBJECT_CLASS (ido_library_page_parent_class)->constructed (object);

  ido_financier_page_bind_list (IDO_FINANCIER_PAGE (self), self->locations_view, self->locations, TRUE, TRUE);
  ido_financier_page_reload (IDO_FINANCIER_PAGE (self));
}

static void
ido_library_page_dispose (GObject *object)
{
  IdoLibraryPage *self = (IdoLibraryPage *) object;

  /* The stack is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->locations);

  G_OBJECT_CLASS (ido_library_page_parent_class)->dispose (object);
}

static void
ido_library_page_class_init (IdoLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoFinancierPageClass *page_class = IDO_FINANCIER_PAGE_CLASS (klass);

  object_class->constructed = ido_library_page_constructed;
  object_class->dispose = ido_library_page_dispose;

  page_class->tables = tables;
  page_class->reload = ido_library_page_reload;
  page_class->activate_item = ido_library_page_activate_item;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryPage, libraries_list);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryPage, locations_empty);
  gtk_widget_class_bind_template_child (widget_class, IdoLibraryPage, locations_view);

  gtk_widget_class_install_action (widget_class, "financier.add-library", NULL, add_library_action);
  gtk_widget_class_install_action (widget_class, "financier.add-location", NULL, add_location_action);
}

static void
ido_library_page_init (IdoLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->locations = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
}

/**
 * ido_library_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
ido_library_page_new (IdoDatabase *database)
{
  return g_object_new (IDO_TYPE_LIBRARY_PAGE, "database", database, NULL);
}

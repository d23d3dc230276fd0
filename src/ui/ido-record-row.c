/* ido-record-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-record.h"
#include "ido-record-row.h"
#include "ido-record-store.h"

struct _IdoRecordRow
{
  GtkWidget  parent_instance;

  IdoRecord *record;
  gboolean   show_kind;

  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *date_label;
  GtkLabel  *flag_label;
};

G_DEFINE_FINAL_TYPE (IdoRecordRow, ido_record_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
flag_text (IdoRecordFlag flag)
{
  switch (flag)
    {
    case IDO_RECORD_FLAG_OVERDUE:
      return _("Overdue");
    case IDO_RECORD_FLAG_ATTENTION:
      return _("Attention");
    case IDO_RECORD_FLAG_NONE:
    default:
      return NULL;
    }
}

static void
update_flag (IdoRecordRow  *self,
             IdoRecordFlag  flag)
{
  const char *text = flag_text (flag);

  g_assert (IDO_IS_RECORD_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->flag_label), text != NULL);
  gtk_label_set_label (self->flag_label, text ? text : "");
  if (flag == IDO_RECORD_FLAG_OVERDUE)
    gtk_widget_add_css_class (GTK_WIDGET (self->flag_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->flag_label), "error");
  if (flag == IDO_RECORD_FLAG_ATTENTION)
    gtk_widget_add_css_class (GTK_WIDGET (self->flag_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->flag_label), "warning");
}

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_label_set_label (label, has_text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), has_text);
}

static void
update (IdoRecordRow *self)
{
  g_autofree char *date = NULL;

  g_assert (IDO_IS_RECORD_ROW (self));

  if (self->record == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      set_optional_label (self->subtitle_label, NULL);
      set_optional_label (self->date_label, NULL);
      update_flag (self, IDO_RECORD_FLAG_NONE);
      return;
    }
  date = ido_format_iso_date (ido_record_get_date (self->record));
  gtk_label_set_label (self->title_label, ido_record_get_title (self->record));
  set_optional_label (self->subtitle_label,
                      self->show_kind ? ido_record_kind_get_label (ido_record_get_kind (self->record))
                                      : ido_record_get_subtitle (self->record));
  set_optional_label (self->date_label, date);
  update_flag (self, ido_record_get_flag (self->record));
}

static void
ido_record_row_dispose (GObject *object)
{
  IdoRecordRow *self = (IdoRecordRow *) object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (ido_record_row_parent_class)->dispose (object);
}

static void
ido_record_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  IdoRecordRow *self = IDO_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  IdoRecordRow *self = IDO_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      ido_record_row_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_record_row_class_init (IdoRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_record_row_dispose;
  object_class->get_property = ido_record_row_get_property;
  object_class->set_property = ido_record_row_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, IDO_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "idorecordrow");
}

static GtkLabel *
add_label (GtkWidget  *parent,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, parent);
  return GTK_LABEL (label);
}

/* Built in code rather than from a template: a list creates up to two
 * hundred rows while it opens, and every millisecond counts there. */
static void
ido_record_row_init (IdoRecordRow *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_layout_set_spacing (layout, 12);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (texts, GTK_WIDGET (self));
  self->title_label = add_label (texts, NULL);
  self->subtitle_label = add_label (texts, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "caption");
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (self->subtitle_label, PANGO_ELLIPSIZE_END);
  self->date_label = add_label (GTK_WIDGET (self), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "numeric");
  self->flag_label = add_label (GTK_WIDGET (self), "tag");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->flag_label), FALSE);
}

GtkWidget *
ido_record_row_new (void)
{
  return g_object_new (IDO_TYPE_RECORD_ROW, NULL);
}

/**
 * ido_record_row_get_record:
 *
 * Returns: (transfer none) (nullable): the record shown
 */
IdoRecord *
ido_record_row_get_record (IdoRecordRow *self)
{
  g_return_val_if_fail (IDO_IS_RECORD_ROW (self), NULL);

  return self->record;
}

void
ido_record_row_set_record (IdoRecordRow *self,
                           IdoRecord    *record)
{
  g_return_if_fail (IDO_IS_RECORD_ROW (self));
  g_return_if_fail (record == NULL || IDO_IS_RECORD (record));

  if (!g_set_object (&self->record, record))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

/**
 * ido_record_row_set_show_kind:
 * @show_kind: whether the second line names the kind of record ("Partners")
 *   instead of the record's own subtitle, for lists that mix kinds
 */
void
ido_record_row_set_show_kind (IdoRecordRow *self,
                              gboolean      show_kind)
{
  g_return_if_fail (IDO_IS_RECORD_ROW (self));

  show_kind = !!show_kind;
  if (self->show_kind == show_kind)
    return;
  self->show_kind = show_kind;
  update (self);
}

/**
 * ido_record_row_dup_accessible_text:
 *
 * Returns: (transfer full): what a screen reader should say for the row
 */
char *
ido_record_row_dup_accessible_text (IdoRecordRow *self)
{
  GString *text;
  GtkLabel *parts[] = { self->subtitle_label, self->date_label, self->flag_label };

  g_return_val_if_fail (IDO_IS_RECORD_ROW (self), NULL);

  text = g_string_new (gtk_label_get_label (self->title_label));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (parts[i])))
        g_string_append_printf (text, ", %s", gtk_label_get_label (parts[i]));
    }
  return g_string_free (text, FALSE);
}

/**
 * ido_format_iso_date:
 * @iso_date: (nullable): "2025-03-01", or any other text
 *
 * Returns: (transfer full) (nullable): the date in the user's locale
 *   ("1 Mar 2025"), @iso_date itself when it is not a plain date
 */
char *
ido_format_iso_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;
  char rest;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;
  if (sscanf (iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &rest) < 3)
    return g_strdup (iso_date);
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);
  /* Translators: a date in a list; see strftime(3). Dutch: "%-d %b %Y". */
  return g_date_time_format (date, _("%b %-d, %Y"));
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  gtk_list_item_set_child (item, ido_record_row_new ());
  gtk_list_item_set_activatable (item, GPOINTER_TO_INT (user_data));
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  IdoRecordRow *row = IDO_RECORD_ROW (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  ido_record_row_set_record (row, gtk_list_item_get_item (item));
  text = ido_record_row_dup_accessible_text (row);
  gtk_list_item_set_accessible_label (item, text);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  ido_record_row_set_record (IDO_RECORD_ROW (gtk_list_item_get_child (item)), NULL);
}

/**
 * ido_record_row_factory_new:
 * @activatable: whether activating a row activates the list view
 *
 * A factory of #IdoRecordRow items for a list view of #IdoRecord, each
 * item labelled for assistive technologies with what its row shows.
 *
 * Returns: (transfer full): the factory
 */
GtkListItemFactory *
ido_record_row_factory_new (gboolean activatable)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), GINT_TO_POINTER (activatable ? 1 : 0));
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), NULL);
  return factory;
}

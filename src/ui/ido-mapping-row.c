/* ido-mapping-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-mapping-row.h"
#include "ido-indicator-choices.h"

struct _IdoMappingRow
{
  AdwComboRow  parent_instance;

  guint        column;
  char        *header;
  char        *example;
  gboolean     recognised;

  /* The indicator of a value column: rows shown below this one */
  AdwComboRow *indicator_row;
  AdwEntryRow *category_row;
  GPtrArray   *codes;          /* char *, one per item of indicator_row */
  GArray      *has_category;   /* gboolean, one per item */
  gboolean     show_indicator;
  gboolean     setting;        /* the detail rows are being set by code */
};

G_DEFINE_FINAL_TYPE (IdoMappingRow, ido_mapping_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_FIELD,
  PROP_INDICATOR,
  PROP_CATEGORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of the list are the fields in their enum order. */
static GListModel *
create_field_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < IDO_N_FIELDS; i++)
    gtk_string_list_append (list, ido_field_get_label ((IdoField) i));
  return G_LIST_MODEL (list);
}

static void
update_subtitle (IdoMappingRow *self)
{
  g_autofree char *subtitle = NULL;
  gboolean ask = !self->recognised && ido_mapping_row_get_field (self) == IDO_FIELD_NONE;

  if (ask)
    subtitle = g_strdup (_("Not recognised: choose what this column holds, or leave it out"));
  else if (self->example != NULL && *self->example != '\0')
    /* Translators: below a column's header: a value from the file */
    subtitle = g_strdup_printf (_("For example: %s"), self->example);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
  if (ask)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
}

static guint
selected_indicator (IdoMappingRow *self)
{
  if (self->indicator_row == NULL)
    return GTK_INVALID_LIST_POSITION;
  return adw_combo_row_get_selected (self->indicator_row);
}

/* The indicator rows show for a value column when the file has no
 * indicator column; the category only for an indicator with categories. */
static void
update_details (IdoMappingRow *self)
{
  gboolean value = self->show_indicator && ido_mapping_row_get_field (self) == IDO_FIELD_VALUE;
  guint selected = selected_indicator (self);
  gboolean category = selected < self->has_category->len && g_array_index (self->has_category, gboolean, selected);

  if (self->indicator_row == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_row), value);
  gtk_widget_set_visible (GTK_WIDGET (self->category_row), value && category);
}

static void
on_selected_cb (IdoMappingRow *self)
{
  update_subtitle (self);
  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

static void
on_indicator_selected_cb (IdoMappingRow *self)
{
  update_details (self);
  if (!self->setting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
}

static void
on_category_changed_cb (IdoMappingRow *self)
{
  if (!self->setting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/* Indents a detail row under its column's row. */
static GtkWidget *
create_indent (void)
{
  GtkWidget *indent = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_size_request (indent, 6, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (indent), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return indent;
}

static void
create_detail_rows (IdoMappingRow *self)
{
  const char *header = self->header && *self->header ? self->header : _("Column without header");
  g_autofree char *indicator_name = NULL;
  g_autofree char *category_name = NULL;
  GtkExpression *expression;

  self->indicator_row = g_object_ref_sink (ADW_COMBO_ROW (adw_combo_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->indicator_row), _("Indicator"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (self->indicator_row, expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_enable_search (self->indicator_row, TRUE);
  /* The choice below the title: custom indicators have long names. */
  adw_combo_row_set_use_subtitle (self->indicator_row, TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->indicator_row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->indicator_row), create_indent ());
  /* Translators: the accessible name of the indicator choice of a column; %s is its header */
  indicator_name = g_strdup_printf (_("Indicator of column “%s”"), header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->indicator_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  indicator_name, -1);
  g_signal_connect_swapped (self->indicator_row, "notify::selected", G_CALLBACK (on_indicator_selected_cb), self);

  self->category_row = g_object_ref_sink (ADW_ENTRY_ROW (adw_entry_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category_row), _("Category (optional)"));
  adw_entry_row_add_prefix (self->category_row, create_indent ());
  /* Translators: the accessible name of the category entry of a column; %s is its header */
  category_name = g_strdup_printf (_("Category of column “%s”"), header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->category_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  category_name, -1);
  g_signal_connect_swapped (self->category_row, "changed", G_CALLBACK (on_category_changed_cb), self);
}

static void
ido_mapping_row_dispose (GObject *object)
{
  IdoMappingRow *self = (IdoMappingRow *) object;

  if (self->indicator_row != NULL)
    g_signal_handlers_disconnect_by_data (self->indicator_row, self);
  if (self->category_row != NULL)
    g_signal_handlers_disconnect_by_data (self->category_row, self);
  g_clear_object (&self->indicator_row);
  g_clear_object (&self->category_row);
  G_OBJECT_CLASS (ido_mapping_row_parent_class)->dispose (object);
}

static void
ido_mapping_row_finalize (GObject *object)
{
  IdoMappingRow *self = (IdoMappingRow *) object;

  g_free (self->header);
  g_free (self->example);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->has_category, g_array_unref);
  G_OBJECT_CLASS (ido_mapping_row_parent_class)->finalize (object);
}

static void
ido_mapping_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IdoMappingRow *self = IDO_MAPPING_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_uint (value, ido_mapping_row_get_field (self));
      break;
    case PROP_INDICATOR:
      g_value_set_string (value, ido_mapping_row_get_indicator (self));
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, ido_mapping_row_get_category (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_mapping_row_class_init (IdoMappingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ido_mapping_row_dispose;
  object_class->finalize = ido_mapping_row_finalize;
  object_class->get_property = ido_mapping_row_get_property;

  properties[PROP_FIELD] =
    g_param_spec_uint ("field", NULL, NULL, 0, IDO_N_FIELDS - 1, IDO_FIELD_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATOR] =
    g_param_spec_string ("indicator", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_mapping_row_init (IdoMappingRow *self)
{
  g_autoptr(GListModel) model = create_field_model ();

  adw_combo_row_set_model (ADW_COMBO_ROW (self), model);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->has_category = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->show_indicator = TRUE;
}

/**
 * ido_mapping_row_new:
 * @column: the column's index in the file
 * @header: the column's header as read
 * @example: (nullable): a value of the column, shown as a hint
 * @field: the field the column is mapped to now
 * @recognised: whether the header was recognised; if not, and @field is
 *   none, the row asks to be mapped
 */
GtkWidget *
ido_mapping_row_new (guint       column,
                     const char *header,
                     const char *example,
                     IdoField    field,
                     gboolean    recognised)
{
  IdoMappingRow *self;

  g_return_val_if_fail (field < IDO_N_FIELDS, NULL);

  self = g_object_new (IDO_TYPE_MAPPING_ROW, NULL);
  self->column = column;
  self->header = g_strdup (header);
  self->example = g_strdup (example);
  self->recognised = recognised;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), header && *header ? header : "–");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  header && *header ? header : _("Column without header"), -1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), field);
  update_subtitle (self);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected_cb), NULL);
  return GTK_WIDGET (self);
}

guint
ido_mapping_row_get_column (IdoMappingRow *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), 0);
  return self->column;
}

IdoField
ido_mapping_row_get_field (IdoMappingRow *self)
{
  guint selected;

  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), IDO_FIELD_NONE);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  return selected < IDO_N_FIELDS ? (IdoField) selected : IDO_FIELD_NONE;
}

/**
 * ido_mapping_row_set_field:
 *
 * Chooses @field as the user would.
 */
void
ido_mapping_row_set_field (IdoMappingRow *self,
                           IdoField       field)
{
  g_return_if_fail (IDO_IS_MAPPING_ROW (self));
  g_return_if_fail (field < IDO_N_FIELDS);

  adw_combo_row_set_selected (ADW_COMBO_ROW (self), field);
}

static void
add_choice (IdoMappingRow *self,
            GtkStringList *labels,
            const char    *code,
            const char    *label,
            gboolean       has_category)
{
  gtk_string_list_append (labels, label);
  g_ptr_array_add (self->codes, g_strdup (code));
  g_array_append_val (self->has_category, has_category);
}

static guint
find_code (IdoMappingRow *self,
           const char    *code)
{
  for (guint i = 0; code != NULL && i < self->codes->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->codes, i), code))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * ido_mapping_row_set_indicators:
 * @indicators: (element-type IdoIndicatorChoice): the vocabulary
 * *   (ido_indicator_choices_load()), built-in indicators first
 * @indicator: (nullable): the column's indicator code now
 * @category: (nullable): the column's fixed category now
 *
 * Offers @indicators, and last a custom indicator named after the column's
 * header, as the indicator of the column's figures. The detail rows
 * (ido_mapping_row_get_indicator_row(), ido_mapping_row_get_category_row())
 * show while the column holds values.
 */
void
ido_mapping_row_set_indicators (IdoMappingRow *self,
                                GPtrArray     *indicators,
                                const char    *indicator,
                                const char    *category)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *custom = NULL;
  g_autofree char *custom_label = NULL;
  const char *header;

  g_return_if_fail (IDO_IS_MAPPING_ROW (self));
  g_return_if_fail (indicators != NULL);

  if (self->indicator_row == NULL)
    create_detail_rows (self);
  header = self->header && *self->header ? self->header : NULL;
  custom = header ? ido_indicator_custom_code (header) : NULL;
  g_ptr_array_set_size (self->codes, 0);
  g_array_set_size (self->has_category, 0);
  for (guint i = 0; i < indicators->len; i++)
    {
      IdoIndicatorChoice *known = g_ptr_array_index (indicators, i);

      /* The custom indicator of this header comes last, once. */
      if (g_strcmp0 (known->code, custom) != 0)
        add_choice (self, labels, known->code, known->label, known->has_category);
    }
  if (custom != NULL)
    {
      /* Translators: the indicator choice that keeps a column as an indicator of its own, named after its header */
      custom_label = g_strdup_printf (_("Own indicator: “%s”"), header);
      add_choice (self, labels, custom, custom_label, FALSE);
    }
  /* A custom indicator of another name (from a saved mapping) stays a choice. */
  if (indicator != NULL && find_code (self, indicator) == GTK_INVALID_LIST_POSITION &&
      g_str_has_prefix (indicator, "custom:"))
    {
      g_free (custom_label);
      custom_label = g_strdup_printf (_("Own indicator: “%s”"), indicator + strlen ("custom:"));
      add_choice (self, labels, indicator, custom_label, FALSE);
    }
  self->setting = TRUE;
  adw_combo_row_set_model (self->indicator_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->indicator_row, find_code (self, indicator));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), category ? category : "");
  self->setting = FALSE;
  update_details (self);
}

/**
 * ido_mapping_row_set_show_indicator:
 * @show: %FALSE when the file has an indicator column, so the rows name
 *   the indicator and a value column has none of its own
 */
void
ido_mapping_row_set_show_indicator (IdoMappingRow *self,
                                    gboolean       show)
{
  g_return_if_fail (IDO_IS_MAPPING_ROW (self));

  self->show_indicator = !!show;
  update_details (self);
}

/**
 * ido_mapping_row_get_indicator_row:
 *
 * Returns: (transfer none) (nullable): the row choosing the indicator, for
 *   the list to show below this row
 */
GtkWidget *
ido_mapping_row_get_indicator_row (IdoMappingRow *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), NULL);
  return GTK_WIDGET (self->indicator_row);
}

/**
 * ido_mapping_row_get_category_row:
 *
 * Returns: (transfer none) (nullable): the row holding the fixed category
 */
GtkWidget *
ido_mapping_row_get_category_row (IdoMappingRow *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), NULL);
  return GTK_WIDGET (self->category_row);
}

/**
 * ido_mapping_row_get_indicator:
 *
 * Returns: (nullable): the code of the chosen indicator
 */
const char *
ido_mapping_row_get_indicator (IdoMappingRow *self)
{
  guint selected;

  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), NULL);

  selected = selected_indicator (self);
  return selected < self->codes->len ? g_ptr_array_index (self->codes, selected) : NULL;
}

/**
 * ido_mapping_row_set_indicator:
 * @indicator: an indicator code offered by the row
 *
 * Chooses @indicator as the user would.
 *
 * Returns: whether the row offers @indicator
 */
gboolean
ido_mapping_row_set_indicator (IdoMappingRow *self,
                               const char    *indicator)
{
  guint position;

  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), FALSE);

  position = find_code (self, indicator);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  adw_combo_row_set_selected (self->indicator_row, position);
  return TRUE;
}

/**
 * ido_mapping_row_get_category:
 *
 * Returns: (nullable): the fixed category, when the chosen indicator has
 *   categories and one was entered
 */
const char *
ido_mapping_row_get_category (IdoMappingRow *self)
{
  guint selected;
  const char *text;

  g_return_val_if_fail (IDO_IS_MAPPING_ROW (self), NULL);

  selected = selected_indicator (self);
  if (selected >= self->has_category->len || !g_array_index (self->has_category, gboolean, selected))
    return NULL;
  text = gtk_editable_get_text (GTK_EDITABLE (self->category_row));
  return text && *text ? text : NULL;
}

/**
 * ido_mapping_row_set_category:
 *
 * Enters @category as the user would.
 */
void
ido_mapping_row_set_category (IdoMappingRow *self,
                              const char    *category)
{
  g_return_if_fail (IDO_IS_MAPPING_ROW (self));
  g_return_if_fail (self->category_row != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->category_row), category ? category : "");
}

/* ido-result-trend.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-money.h"
#include "ido-result-series.h"
#include "ido-result-trend.h"
#include "ido-trend-view.h"

struct _IdoResultTrend
{
  AdwBin            parent_instance;

  IdoDatabase      *database;
  char             *indicator;
  char             *category;
  char             *title;
  IdoSeriesKind     kind;
  guint             n_quarters;
  gboolean          show_locations;
  gboolean          show_target;
  gint64            location_id;
  IdoResultSeries  *series;
  GArray           *location_ids;   /* gint64 per dropdown item after "All locations" */
  gboolean          filling;

  GtkDropDown      *location_dropdown;
  IdoTrendView     *view;
  GtkLabel         *note_label;
  GtkExpander      *table_expander;
  GtkGrid          *table_grid;
};

G_DEFINE_FINAL_TYPE (IdoResultTrend, ido_result_trend, ADW_TYPE_BIN)

static const char *
unit_suffix (IdoResultSeries *series)
{
  return g_strcmp0 (series->unit, "percent") == 0 ? "%" : NULL;
}

static IdoResultLine *
current_line (IdoResultTrend *self)
{
  IdoResultLine *line = NULL;

  if (self->location_id != 0)
    line = ido_result_series_find_location (self->series, self->location_id);
  return line != NULL ? line : self->series->total;
}

static const char *
national_note (IdoResultTrend *self,
               IdoResultLine  *line)
{
  gboolean has_national = FALSE;

  for (guint i = 0; i < self->series->periods->len && !has_national; i++)
    has_national = !isnan (self->series->national[i]);
  if (self->series->national_kind == IDO_RESULT_NATIONAL_VALUE)
    return _("The dashed line is the national figure of the dashboard.");
  if (self->series->national_kind == IDO_RESULT_NATIONAL_SCALED && line != self->series->total)
    return _("A national total cannot be compared with one location; choose all locations to see it.");
  if (self->series->national_kind == IDO_RESULT_NATIONAL_SCALED)
    return _("The dashed line is the national total scaled to the inhabitants of your municipality (national × "
             "your inhabitants ÷ inhabitants of the Netherlands): the same as comparing both per 10,000 "
             "inhabitants.");
  if (!has_national)
    return _("No national figures for this indicator in the imported files.");
  return NULL;
}

static GtkWidget *
cell (const char *text,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), heading ? 0 : 1);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static char *
format_cell (IdoResultSeries *series,
             const double    *values,
             guint            index)
{
  g_autofree char *number = NULL;

  if (values == NULL || isnan (values[index]))
    return g_strdup ("—");
  number = ido_number_format (values[index], series->decimals);
  return g_strconcat (number, unit_suffix (series) ? unit_suffix (series) : "", NULL);
}

static void
fill_table (IdoResultTrend *self,
            IdoResultLine  *line,
            const double   *national,
            const char     *series_label,
            const char     *national_label)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_grid))) != NULL)
    gtk_grid_remove (self->table_grid, child);
  gtk_grid_attach (self->table_grid, cell (_("Quarter"), TRUE), 0, 0, 1, 1);
  gtk_grid_attach (self->table_grid, cell (series_label, TRUE), 1, 0, 1, 1);
  if (national != NULL)
    gtk_grid_attach (self->table_grid, cell (national_label, TRUE), 2, 0, 1, 1);
  for (guint i = 0; i < self->series->periods->len; i++)
    {
      g_autofree char *value = format_cell (self->series, line->values, i);
      GtkWidget *quarter = cell (g_ptr_array_index (self->series->periods, i), FALSE);

      gtk_label_set_xalign (GTK_LABEL (quarter), 0);
      gtk_grid_attach (self->table_grid, quarter, 0, (int) i + 1, 1, 1);
      gtk_grid_attach (self->table_grid, cell (value, FALSE), 1, (int) i + 1, 1, 1);
      if (national != NULL)
        {
          g_autofree char *other = format_cell (self->series, national, i);

          gtk_grid_attach (self->table_grid, cell (other, FALSE), 2, (int) i + 1, 1, 1);
        }
    }
}

static void
show_line (IdoResultTrend *self)
{
  IdoResultLine *line = current_line (self);
  const double *national = ido_result_series_national_for (self->series, line);
  guint n = self->series->periods->len;
  g_autofree IdoChartPoint *points = g_new0 (IdoChartPoint, MAX (n, 1));
  g_autofree IdoChartPoint *others = g_new0 (IdoChartPoint, MAX (n, 1));
  const char *series_label = line->label ? line->label : _("Your municipality");
  const char *national_label = self->series->national_kind == IDO_RESULT_NATIONAL_SCALED
                               ? _("National, per your inhabitants") : _("National average");
  IdoTrendChart chart = { 0 };
  g_autofree char *year = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *reference_label = NULL;
  g_autofree char *reference_note = NULL;
  g_autofree char *note = NULL;

  for (guint i = 0; i < n; i++)
    {
      points[i].label = others[i].label = g_ptr_array_index (self->series->periods, i);
      points[i].has_value = !isnan (line->values[i]);
      points[i].value = points[i].has_value ? line->values[i] : 0;
      others[i].has_value = national != NULL && !isnan (national[i]);
      others[i].value = others[i].has_value ? national[i] : 0;
    }
  chart.label = self->title;
  chart.kind = self->kind;
  chart.points = points;
  chart.comparison = national != NULL ? others : NULL;
  chart.n_points = n;
  chart.decimals = self->series->decimals;
  chart.unit = unit_suffix (self->series);
  chart.series_label = series_label;
  chart.comparison_label = national_label;
  chart.fit_range = TRUE;
  /* The target of the latest quarter, for the whole municipality. */
  if (self->show_target && line == self->series->total && n > 0)
    chart.has_reference = ido_result_quarter_target (self->database, self->indicator,
                                                     g_ptr_array_index (self->series->periods, n - 1),
                                                     &chart.reference, NULL);
  if (chart.has_reference)
    {
      year = g_strndup (g_ptr_array_index (self->series->periods, n - 1), 4);
      /* Translators: "Target per quarter in 2025" */
      reference_label = g_strdup_printf (_("Target per quarter in %s"), year);
      reference = ido_number_format (chart.reference, self->series->decimals);
      /* Translators: "Dotted line: target per quarter in 2025, 350." */
      reference_note = g_strdup_printf (_("Dotted line: %s, %s."), reference_label, reference);
    }
  chart.reference_label = reference_label;
  ido_trend_view_set_chart (self->view, &chart);
  note = g_strjoin (" ", national_note (self, line) ? national_note (self, line) : "",
                    reference_note ? reference_note : "", NULL);
  g_strstrip (note);
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');
  fill_table (self, line, national, series_label, national_label);
}

static void
fill_locations (IdoResultTrend *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_array_set_size (self->location_ids, 0);
  gtk_string_list_append (labels, _("All locations"));
  for (guint i = 0; i < self->series->locations->len; i++)
    {
      IdoResultLine *line = g_ptr_array_index (self->series->locations, i);

      gtk_string_list_append (labels, line->label);
      g_array_append_val (self->location_ids, line->location_id);
      if (line->location_id == self->location_id)
        selected = i + 1;
    }
  if (selected == 0)
    self->location_id = 0;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->location_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->location_dropdown, selected);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->location_dropdown),
                          self->show_locations && self->series->locations->len > 0);
}

static void
on_location_selected_cb (IdoResultTrend *self)
{
  guint selected = gtk_drop_down_get_selected (self->location_dropdown);

  if (self->filling || self->series == NULL)
    return;
  ido_result_trend_set_location (self, selected > 0 && selected <= self->location_ids->len
                                       ? g_array_index (self->location_ids, gint64, selected - 1) : 0);
}

static void
on_database_changed_cb (IdoResultTrend *self,
                        const char     *table)
{
  if (table == NULL || g_str_equal (table, "observation") || g_str_equal (table, "import_batch") ||
      g_str_equal (table, "population") || g_str_equal (table, "location") || g_str_equal (table, "target"))
    ido_result_trend_reload (self);
}

static void
ido_result_trend_dispose (GObject *object)
{
  IdoResultTrend *self = (IdoResultTrend *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_RESULT_TREND);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_result_trend_parent_class)->dispose (object);
}

static void
ido_result_trend_finalize (GObject *object)
{
  IdoResultTrend *self = (IdoResultTrend *) object;

  g_clear_pointer (&self->series, ido_result_series_free);
  g_clear_pointer (&self->location_ids, g_array_unref);
  g_free (self->indicator);
  g_free (self->category);
  g_free (self->title);

  G_OBJECT_CLASS (ido_result_trend_parent_class)->finalize (object);
}

static void
ido_result_trend_class_init (IdoResultTrendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_result_trend_dispose;
  object_class->finalize = ido_result_trend_finalize;

  g_type_ensure (IDO_TYPE_TREND_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-result-trend.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoResultTrend, location_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoResultTrend, view);
  gtk_widget_class_bind_template_child (widget_class, IdoResultTrend, note_label);
  gtk_widget_class_bind_template_child (widget_class, IdoResultTrend, table_expander);
  gtk_widget_class_bind_template_child (widget_class, IdoResultTrend, table_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_location_selected_cb);
}

static void
ido_result_trend_init (IdoResultTrend *self)
{
  self->kind = IDO_SERIES_BARS;
  self->n_quarters = 8;
  self->location_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_result_trend_new:
 * @indicator: an indicator code, e.g. "questions"
 * @category: (nullable): one category, or %NULL for all together
 * @title: the chart's title, e.g. "Vragen per kwartaal"
 *
 * Returns: (transfer floating): the trend, loaded
 */
GtkWidget *
ido_result_trend_new (IdoDatabase *database,
                      const char  *indicator,
                      const char  *category,
                      const char  *title)
{
  IdoResultTrend *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  self = g_object_new (IDO_TYPE_RESULT_TREND, NULL);
  self->database = g_object_ref (database);
  self->indicator = g_strdup (indicator);
  self->category = g_strdup (category);
  self->title = g_strdup (title);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  ido_result_trend_reload (self);
  return GTK_WIDGET (self);
}

void
ido_result_trend_set_kind (IdoResultTrend *self,
                           IdoSeriesKind   kind)
{
  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  if (self->series != NULL)
    show_line (self);
}

/**
 * ido_result_trend_set_n_quarters:
 * @n_quarters: how many of the latest quarters to show; 0 for all
 */
void
ido_result_trend_set_n_quarters (IdoResultTrend *self,
                                 guint           n_quarters)
{
  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  if (self->n_quarters == n_quarters)
    return;
  self->n_quarters = n_quarters;
  ido_result_trend_reload (self);
}

void
ido_result_trend_set_show_locations (IdoResultTrend *self,
                                     gboolean        show)
{
  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  self->show_locations = !!show;
  gtk_widget_set_visible (GTK_WIDGET (self->location_dropdown),
                          self->show_locations && self->series != NULL && self->series->locations->len > 0);
}

/**
 * ido_result_trend_set_show_target:
 *
 * Shows the performance target of the latest quarter as a line.
 */
void
ido_result_trend_set_show_target (IdoResultTrend *self,
                                  gboolean        show)
{
  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  show = !!show;
  if (self->show_target == show)
    return;
  self->show_target = show;
  if (self->series != NULL)
    show_line (self);
}

/**
 * ido_result_trend_set_location:
 * @location_id: a location of the series, or 0 for the municipality
 */
void
ido_result_trend_set_location (IdoResultTrend *self,
                               gint64          location_id)
{
  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  if (self->series != NULL && location_id != 0 && ido_result_series_find_location (self->series, location_id) == NULL)
    location_id = 0;
  if (self->location_id == location_id)
    return;
  self->location_id = location_id;
  if (self->series == NULL)
    return;
  for (guint i = 0; i < self->location_ids->len; i++)
    {
      if (g_array_index (self->location_ids, gint64, i) == location_id)
        gtk_drop_down_set_selected (self->location_dropdown, i + 1);
    }
  if (location_id == 0)
    gtk_drop_down_set_selected (self->location_dropdown, 0);
  show_line (self);
}

gint64
ido_result_trend_get_location (IdoResultTrend *self)
{
  g_return_val_if_fail (IDO_IS_RESULT_TREND (self), 0);

  return self->location_id;
}

gboolean
ido_result_trend_is_empty (IdoResultTrend *self)
{
  g_return_val_if_fail (IDO_IS_RESULT_TREND (self), TRUE);

  return self->series == NULL || ido_result_series_is_empty (self->series);
}

/**
 * ido_result_trend_get_view:
 *
 * Returns: (transfer none): the IdoTrendView
 */
GtkWidget *
ido_result_trend_get_view (IdoResultTrend *self)
{
  g_return_val_if_fail (IDO_IS_RESULT_TREND (self), NULL);

  return GTK_WIDGET (self->view);
}

/**
 * ido_result_trend_get_table:
 *
 * Returns: (transfer none): the grid with the figures per quarter
 */
GtkWidget *
ido_result_trend_get_table (IdoResultTrend *self)
{
  g_return_val_if_fail (IDO_IS_RESULT_TREND (self), NULL);

  return GTK_WIDGET (self->table_grid);
}

/**
 * ido_result_trend_reload:
 *
 * Reads the series again from the database.
 */
void
ido_result_trend_reload (IdoResultTrend *self)
{
  g_autoptr(GError) error = NULL;
  IdoResultOptions options = { self->n_quarters, 0 };
  gboolean empty;

  g_return_if_fail (IDO_IS_RESULT_TREND (self));

  g_clear_pointer (&self->series, ido_result_series_free);
  self->series = ido_result_series_load (self->database, self->indicator, self->category, &options, &error);
  if (self->series == NULL)
    {
      gtk_label_set_text (self->note_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->view), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->table_expander), FALSE);
      return;
    }
  empty = ido_result_series_is_empty (self->series);
  fill_locations (self);
  show_line (self);
  gtk_widget_set_visible (GTK_WIDGET (self->view), !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->table_expander), !empty);
  if (empty)
    {
      gtk_label_set_text (self->note_label, _("No figures per quarter yet. Import a dashboard export to see them."));
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
    }
}

/* ido-results-overview.c
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
#include "ido-results-overview.h"

typedef struct
{
  const char *code;
  const char *title;
} Figure;

static const Figure figures[] = {
  { "questions", N_("Questions") },
  { "visits", N_("Visits") },
  { "referrals", N_("Referrals") },
  { "satisfaction", N_("Satisfaction") },
};

struct _IdoResultsOverview
{
  AdwBin            parent_instance;

  IdoDatabase      *database;
  IdoResultSeries  *series[G_N_ELEMENTS (figures)];
  GArray           *location_ids;   /* gint64 per dropdown item after "All locations" */
  gint64            location_id;
  gboolean          filling;
  GtkWidget        *questions_trend;
  GtkWidget        *visits_trend;

  GtkLabel         *subtitle_label;
  GtkStack         *stack;
  GtkButton        *import_button;
  GtkDropDown      *location_dropdown;
  GtkFlowBox       *figures_box;
  GtkBox           *charts_box;
};

G_DEFINE_FINAL_TYPE (IdoResultsOverview, ido_results_overview, ADW_TYPE_BIN)

static char *
format_value (IdoResultSeries *series,
              double           value)
{
  g_autofree char *number = ido_number_format (value, series->decimals);

  return g_strconcat (number, g_strcmp0 (series->unit, "percent") == 0 ? "%" : "", NULL);
}

/* "+12,5%" for counts, "+0,3" for scores and percentages (points). */
static char *
format_change (IdoResultSeries *series,
               double           now,
               double           before)
{
  gboolean relative = series->decimals == 0;
  double change = relative ? (before != 0 ? 100.0 * (now / before - 1) : NAN) : now - before;
  g_autofree char *number = NULL;

  if (isnan (change))
    return NULL;
  number = ido_number_format (fabs (change), 1);
  return g_strdup_printf ("%s%s%s", change < 0 ? "−" : "+", number, relative ? "%" : "");
}

static IdoResultLine *
line_of (IdoResultsOverview *self,
         IdoResultSeries    *series)
{
  if (self->location_id != 0)
    return ido_result_series_find_location (series, self->location_id);
  return series->total;
}

static GtkWidget *
caption (const char *text,
         const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Narrow enough for two cards side by side at 360 pixels. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_widget_add_css_class (label, style);
  return label;
}

static void
add_changes (IdoResultSeries *series,
             IdoResultLine   *line,
             GString         *changes)
{
  const char *period = g_ptr_array_index (series->periods, MAX (line->latest.index, 0));

  if (line->latest.has_previous)
    {
      g_autofree char *change = format_change (series, line->latest.value, line->latest.previous);

      if (change != NULL)
        /* Translators: "+12,5% against the quarter before" */
        g_string_append_printf (changes, _("%s against the quarter before"), change);
    }
  if (line->latest.has_year_ago)
    {
      g_autofree char *change = format_change (series, line->latest.value, line->latest.year_ago);
      g_autofree char *year_ago = ido_result_period_shift (period, -4);

      if (change != NULL)
        {
          if (changes->len > 0)
            g_string_append (changes, "\n");
          /* Translators: "+8,0% against 2024Q4" */
          g_string_append_printf (changes, _("%s against %s"), change, year_ago);
        }
    }
}

static GtkWidget *
figure_card (IdoResultsOverview *self,
             guint               index)
{
  IdoResultSeries *series = self->series[index];
  IdoResultLine *line = series ? line_of (self, series) : NULL;
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box;
  GtkWidget *value;
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autoptr(GString) accessible = g_string_new (_(figures[index].title));
  const char *period;
  g_autofree char *text = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "ido-result-figure");
  /* The card's frame stays outside, its text gets room inside. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (card), box);
  gtk_box_append (GTK_BOX (box), caption (_(figures[index].title), "caption-heading"));
  if (line == NULL || line->latest.index < 0)
    {
      value = caption ("—", "title-2");
      gtk_widget_set_name (value, figures[index].code);
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (GTK_BOX (box), caption (_("No figures"), "dim-label"));
      g_string_append_printf (accessible, ": %s", _("No figures"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
      return card;
    }
  period = g_ptr_array_index (series->periods, line->latest.index);
  text = format_value (series, line->latest.value);
  value = caption (text, "title-2");
  gtk_widget_set_name (value, figures[index].code);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), caption (period, "dim-label"));
  g_string_append_printf (accessible, " %s: %s", period, text);
  add_changes (series, line, changes);
  if (changes->len > 0)
    {
      gtk_box_append (GTK_BOX (box), caption (changes->str, "caption"));
      g_string_append_printf (accessible, "; %s", changes->str);
    }
  if (series->national_kind == IDO_RESULT_NATIONAL_VALUE && !isnan (series->national[line->latest.index]))
    {
      g_autofree char *national = format_value (series, series->national[line->latest.index]);
      g_autofree char *sentence = g_strdup_printf (_("National average: %s"), national);

      gtk_box_append (GTK_BOX (box), caption (sentence, "dim-label"));
      g_string_append_printf (accessible, "; %s", sentence);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
  return card;
}

static void
fill_figures (IdoResultsOverview *self)
{
  gtk_flow_box_remove_all (self->figures_box);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    gtk_flow_box_append (self->figures_box, figure_card (self, i));
}

static void
add_location (IdoResultsOverview *self,
              GtkStringList      *labels,
              IdoResultLine      *line)
{
  for (guint i = 0; i < self->location_ids->len; i++)
    {
      if (g_array_index (self->location_ids, gint64, i) == line->location_id)
        return;
    }
  g_array_append_val (self->location_ids, line->location_id);
  gtk_string_list_append (labels, line->label);
}

static void
fill_locations (IdoResultsOverview *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_array_set_size (self->location_ids, 0);
  gtk_string_list_append (labels, _("All locations"));
  for (guint s = 0; s < 2; s++)
    {
      for (guint i = 0; self->series[s] != NULL && i < self->series[s]->locations->len; i++)
        add_location (self, labels, g_ptr_array_index (self->series[s]->locations, i));
    }
  for (guint i = 0; i < self->location_ids->len; i++)
    {
      if (g_array_index (self->location_ids, gint64, i) == self->location_id)
        selected = i + 1;
    }
  if (selected == 0)
    self->location_id = 0;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->location_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->location_dropdown, selected);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->location_dropdown), self->location_ids->len > 0);
}

static void
update_subtitle (IdoResultsOverview *self)
{
  const char *latest = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      IdoResultSeries *series = self->series[i];

      if (series != NULL && series->total->latest.index >= 0)
        {
          const char *period = g_ptr_array_index (series->periods, series->total->latest.index);

          if (latest == NULL || g_strcmp0 (period, latest) > 0)
            latest = period;
        }
    }
  if (latest != NULL)
    /* Translators: "Latest quarter 2025Q4, from the KB dashboard" */
    text = g_strdup_printf (_("Latest quarter %s, from the dashboard exports"), latest);
  else
    text = g_strdup (_("Questions, visits, referrals and satisfaction per quarter"));
  gtk_label_set_text (self->subtitle_label, text);
}

static void
ensure_charts (IdoResultsOverview *self)
{
  if (self->questions_trend != NULL)
    return;
  self->questions_trend = ido_result_trend_new (self->database, "questions", NULL, _("Questions per quarter"));
  self->visits_trend = ido_result_trend_new (self->database, "visits", NULL, _("Visits per quarter"));
  gtk_box_append (self->charts_box, self->questions_trend);
  gtk_box_append (self->charts_box, self->visits_trend);
}

static void
on_location_selected_cb (IdoResultsOverview *self)
{
  guint selected = gtk_drop_down_get_selected (self->location_dropdown);

  if (self->filling)
    return;
  ido_results_overview_set_location (self, selected > 0 && selected <= self->location_ids->len
                                           ? g_array_index (self->location_ids, gint64, selected - 1) : 0);
}

static void
on_database_changed_cb (IdoResultsOverview *self,
                        const char         *table)
{
  if (table == NULL || g_str_equal (table, "observation") || g_str_equal (table, "import_batch") ||
      g_str_equal (table, "population") || g_str_equal (table, "location") || g_str_equal (table, "municipality"))
    ido_results_overview_reload (self);
}

static void
ido_results_overview_dispose (GObject *object)
{
  IdoResultsOverview *self = (IdoResultsOverview *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_RESULTS_OVERVIEW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_results_overview_parent_class)->dispose (object);
}

static void
ido_results_overview_finalize (GObject *object)
{
  IdoResultsOverview *self = (IdoResultsOverview *) object;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_clear_pointer (&self->series[i], ido_result_series_free);
  g_clear_pointer (&self->location_ids, g_array_unref);

  G_OBJECT_CLASS (ido_results_overview_parent_class)->finalize (object);
}

static void
ido_results_overview_class_init (IdoResultsOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_results_overview_dispose;
  object_class->finalize = ido_results_overview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ido-results-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, stack);
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, import_button);
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, location_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, figures_box);
  gtk_widget_class_bind_template_child (widget_class, IdoResultsOverview, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_location_selected_cb);
}

static void
ido_results_overview_init (IdoResultsOverview *self)
{
  self->location_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_results_overview_new:
 *
 * Returns: (transfer floating): the section, filled from @database
 */
GtkWidget *
ido_results_overview_new (IdoDatabase *database)
{
  IdoResultsOverview *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_RESULTS_OVERVIEW, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  ido_results_overview_reload (self);
  return GTK_WIDGET (self);
}

/**
 * ido_results_overview_set_location:
 * @location_id: a location with figures, or 0 for all locations
 */
void
ido_results_overview_set_location (IdoResultsOverview *self,
                                   gint64              location_id)
{
  guint selected = 0;

  g_return_if_fail (IDO_IS_RESULTS_OVERVIEW (self));

  for (guint i = 0; i < self->location_ids->len; i++)
    {
      if (g_array_index (self->location_ids, gint64, i) == location_id)
        selected = i + 1;
    }
  if (selected == 0)
    location_id = 0;
  if (self->location_id == location_id)
    return;
  self->location_id = location_id;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->location_dropdown, selected);
  self->filling = FALSE;
  fill_figures (self);
  if (self->questions_trend != NULL)
    {
      ido_result_trend_set_location (IDO_RESULT_TREND (self->questions_trend), location_id);
      ido_result_trend_set_location (IDO_RESULT_TREND (self->visits_trend), location_id);
    }
}

gint64
ido_results_overview_get_location (IdoResultsOverview *self)
{
  g_return_val_if_fail (IDO_IS_RESULTS_OVERVIEW (self), 0);

  return self->location_id;
}

/**
 * ido_results_overview_reload:
 *
 * Reads the latest quarter's figures again.
 */
void
ido_results_overview_reload (IdoResultsOverview *self)
{
  IdoResultOptions options = { 8, 0 };
  gboolean has_figures;

  g_return_if_fail (IDO_IS_RESULTS_OVERVIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&self->series[i], ido_result_series_free);
      self->series[i] = ido_result_series_load (self->database, figures[i].code, NULL, &options, &error);
      if (error != NULL)
        g_debug ("Dashboard figures of %s: %s", figures[i].code, error->message);
    }
  has_figures = ido_result_has_observations (self->database);
  gtk_stack_set_visible_child_name (self->stack, has_figures ? "figures" : "empty");
  update_subtitle (self);
  if (!has_figures)
    return;
  fill_locations (self);
  fill_figures (self);
  ensure_charts (self);
  if (self->location_id != ido_result_trend_get_location (IDO_RESULT_TREND (self->questions_trend)))
    {
      ido_result_trend_set_location (IDO_RESULT_TREND (self->questions_trend), self->location_id);
      ido_result_trend_set_location (IDO_RESULT_TREND (self->visits_trend), self->location_id);
    }
}

/* ido-financier-overview.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The financier's part of Overzicht: every performance target with its
 * chart of actual versus target, the agreements that end within three
 * months or have ended, and the CBCT audits and self-evaluations due
 * within six months. Loaded when idle, so startup stays quick.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-agreement.h"
#include "ido-database.h"
#include "ido-financier-item.h"
#include "ido-financier-overview.h"
#include "ido-financier-pane.h"
#include "ido-library.h"
#include "ido-money.h"
#include "ido-target.h"
#include "ido-target-query.h"
#include "ido-target-store.h"
#include "ido-validate.h"
#include "ido-window.h"

struct _IdoFinancierOverview
{
  AdwBin        parent_instance;

  IdoDatabase  *database;
  char         *today;
  GListStore   *targets;
  GListStore   *agreements;
  GListStore   *certifications;
  guint         reload_id;

  GtkWidget    *targets_heading;
  GtkListBox   *targets_view;
  GtkWidget    *agreements_heading;
  GtkListBox   *agreements_view;
  GtkWidget    *certifications_heading;
  GtkListBox   *certifications_view;
};

G_DEFINE_FINAL_TYPE (IdoFinancierOverview, ido_financier_overview, ADW_TYPE_BIN)

static const char * const tables[] = {
  "target", "target_manual_value", "observation", "indicator", "agreement", "certification", "library",
  "location", "municipality", "import_batch", NULL
};

static IdoFinancierItem *
target_item (IdoDatabase *database,
             IdoTarget   *t)
{
  g_autoptr(IdoTargetResult) result = ido_target_evaluate_stored (database, t->id, NULL);
  g_autofree char *title = ido_target_dup_title (t);
  g_autofree char *goal = ido_target_dup_goal_text (t);

  if (result == NULL)
    return ido_financier_item_new (t->id, title, goal);
  return ido_financier_item_new_for_target (t->id, title, goal, t->indicator_unit,
                                            g_strcmp0 (t->direction, "at-most") == 0,
                                            t->has_baseline && g_strcmp0 (t->direction, "growth") != 0,
                                            t->baseline_value, result);
}

static guint
load_targets (IdoFinancierOverview *self)
{
  g_autoptr(GPtrArray) targets = ido_target_list (self->database, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    g_ptr_array_add (items, target_item (self->database, g_ptr_array_index (targets, i)));
  g_list_store_splice (self->targets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->targets)),
                       items->pdata, items->len);
  return items->len;
}

static IdoFinancierItem *
agreement_item (const IdoAgreement *a,
                const char         *today)
{
  g_autofree char *end = ido_date_to_user (a->ends_on);
  g_autofree char *subtitle = NULL;
  IdoFinancierItem *item;

  if (ido_agreement_get_timing (a, today) == IDO_AGREEMENT_TIMING_EXPIRED)
    subtitle = g_strdup_printf (_("%s · ended on %s"), ido_agreement_kind_get_label (a->kind), end);
  else
    subtitle = g_strdup_printf (_("%s · ends on %s"), ido_agreement_kind_get_label (a->kind), end);
  item = ido_financier_item_new (a->id, a->title, subtitle);
  if (ido_agreement_get_timing (a, today) == IDO_AGREEMENT_TIMING_EXPIRED)
    ido_financier_item_set_tag (item, _("Ended"), IDO_FINANCIER_TAG_ERROR);
  else
    ido_financier_item_set_tag (item, _("Ends soon"), IDO_FINANCIER_TAG_WARNING);
  return item;
}

static guint
load_agreements (IdoFinancierOverview *self)
{
  g_autoptr(GPtrArray) agreements = ido_agreement_list_attention (self->database, self->today, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    g_ptr_array_add (items, agreement_item (g_ptr_array_index (agreements, i), self->today));
  g_list_store_splice (self->agreements, 0, g_list_model_get_n_items (G_LIST_MODEL (self->agreements)),
                       items->pdata, items->len);
  return items->len;
}

static guint
load_certifications (IdoFinancierOverview *self)
{
  g_autoptr(GPtrArray) due = ido_certification_list_due (self->database, self->today, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      IdoCertification *c = g_ptr_array_index (due, i);
      g_autofree char *schedule = ido_certification_describe_schedule (c, self->today);
      IdoFinancierItem *item = ido_financier_item_new (c->id, c->library_name, schedule);
      IdoCbctSchedule s;

      if (ido_cbct_schedule_compute (c->certified_until, self->today, &s) && s.expired)
        ido_financier_item_set_tag (item, _("Expired"), IDO_FINANCIER_TAG_ERROR);
      else if (ido_certification_self_evaluation_overdue (c, self->today))
        ido_financier_item_set_tag (item, _("Self-evaluation overdue"), IDO_FINANCIER_TAG_ERROR);
      else
        ido_financier_item_set_tag (item, _("Audit coming"), IDO_FINANCIER_TAG_WARNING);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->certifications, 0, g_list_model_get_n_items (G_LIST_MODEL (self->certifications)),
                       items->pdata, items->len);
  return items->len;
}

/**
 * ido_financier_overview_reload:
 *
 * Reads the targets, agreements and certifications again.
 */
void
ido_financier_overview_reload (IdoFinancierOverview *self)
{
  guint n_targets, n_agreements, n_certifications;

  g_return_if_fail (IDO_IS_FINANCIER_OVERVIEW (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->database == NULL)
    return;
  n_targets = load_targets (self);
  n_agreements = load_agreements (self);
  n_certifications = load_certifications (self);
  gtk_widget_set_visible (self->targets_heading, n_targets > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->targets_view), n_targets > 0);
  gtk_widget_set_visible (self->agreements_heading, n_agreements > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->agreements_view), n_agreements > 0);
  gtk_widget_set_visible (self->certifications_heading, n_certifications > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->certifications_view), n_certifications > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), n_targets + n_agreements + n_certifications > 0);
}

static gboolean
reload_idle_cb (gpointer data)
{
  IdoFinancierOverview *self = data;

  self->reload_id = 0;
  ido_financier_overview_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (IdoFinancierOverview *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

static void
on_database_changed_cb (IdoFinancierOverview *self,
                        const char           *table)
{
  if (table == NULL || g_strv_contains (tables, table))
    queue_reload (self);
}

/* A row opens the financier's section it belongs to. */
static void
show_section (IdoFinancierOverview *self,
              const char           *section)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  IdoPane *pane;

  if (!IDO_IS_WINDOW (root))
    return;
  pane = ido_window_get_pane (IDO_WINDOW (root), IDO_ROLE_FINANCIER);
  if (IDO_IS_FINANCIER_PANE (pane))
    ido_financier_pane_show_section (IDO_FINANCIER_PANE (pane), section);
  ido_window_show_pane (IDO_WINDOW (root), IDO_ROLE_FINANCIER);
}

static void
on_row_activated_cb (GtkListBox           *box,
                     GtkListBoxRow        *row,
                     IdoFinancierOverview *self)
{
  if (box == self->targets_view)
    show_section (self, "targets");
  else if (box == self->agreements_view)
    show_section (self, "agreements");
  else
    show_section (self, "certification");
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return ido_financier_item_create_widget (item);
}

/* A list box: these lists are short, and their rows (charts, rules that
 * wrap) have a height that depends on the width, which a list box inside
 * the overview's scrolled window measures right. */
static void
bind_list (IdoFinancierOverview *self,
           GtkListBox           *box,
           GListStore           *store)
{
  gtk_list_box_bind_model (box, G_LIST_MODEL (store), create_row_cb, NULL, NULL);
  g_signal_connect_object (box, "row-activated", G_CALLBACK (on_row_activated_cb), self, 0);
}

static void
ido_financier_overview_dispose (GObject *object)
{
  IdoFinancierOverview *self = (IdoFinancierOverview *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* The box is the bin's child: let the bin drop it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_FINANCIER_OVERVIEW);
  g_clear_object (&self->targets);
  g_clear_object (&self->agreements);
  g_clear_object (&self->certifications);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ido_financier_overview_parent_class)->dispose (object);
}

static void
ido_financier_overview_finalize (GObject *object)
{
  IdoFinancierOverview *self = (IdoFinancierOverview *) object;

  g_free (self->today);

  G_OBJECT_CLASS (ido_financier_overview_parent_class)->finalize (object);
}

static void
ido_financier_overview_class_init (IdoFinancierOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_financier_overview_dispose;
  object_class->finalize = ido_financier_overview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-financier-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, targets_heading);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, targets_view);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, agreements_heading);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, agreements_view);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, certifications_heading);
  gtk_widget_class_bind_template_child (widget_class, IdoFinancierOverview, certifications_view);
}

static void
ido_financier_overview_init (IdoFinancierOverview *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = g_date_time_format (now, "%Y-%m-%d");
  self->targets = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
  self->agreements = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
  self->certifications = g_list_store_new (IDO_TYPE_FINANCIER_ITEM);
  bind_list (self, self->targets_view, self->targets);
  bind_list (self, self->agreements_view, self->agreements);
  bind_list (self, self->certifications_view, self->certifications);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * ido_financier_overview_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the widget; it fills itself when idle
 */
GtkWidget *
ido_financier_overview_new (IdoDatabase *database)
{
  IdoFinancierOverview *self = g_object_new (IDO_TYPE_FINANCIER_OVERVIEW, NULL);

  if (database != NULL)
    {
      self->database = g_object_ref (database);
      g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self,
                               G_CONNECT_SWAPPED);
      queue_reload (self);
    }
  return GTK_WIDGET (self);
}

/**
 * ido_financier_overview_set_today:
 * @today: an ISO date; for tests and screenshots of a fixed day
 */
void
ido_financier_overview_set_today (IdoFinancierOverview *self,
                                  const char           *today)
{
  g_return_if_fail (IDO_IS_FINANCIER_OVERVIEW (self));

  g_set_str (&self->today, today);
  ido_financier_overview_reload (self);
}

/**
 * ido_financier_overview_get_targets:
 *
 * Returns: (transfer none): the #IdoFinancierItem of every target shown
 */
GListModel *
ido_financier_overview_get_targets (IdoFinancierOverview *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->targets);
}

/**
 * ido_financier_overview_get_agreements:
 *
 * Returns: (transfer none): the agreements ending or ended
 */
GListModel *
ido_financier_overview_get_agreements (IdoFinancierOverview *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->agreements);
}

/**
 * ido_financier_overview_get_certifications:
 *
 * Returns: (transfer none): the certifications due
 */
GListModel *
ido_financier_overview_get_certifications (IdoFinancierOverview *self)
{
  g_return_val_if_fail (IDO_IS_FINANCIER_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->certifications);
}

/* ido-policy-pane.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Beleidsmaker (§3.6, Tabel 1): the policy domains as a matrix of
 * contact known, agreement made and conversation in the last 12 months, so
 * the gaps show at a glance; each domain opens its editor.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-form.h"
#include "ido-policy-dialog.h"
#include "ido-policy-pane.h"
#include "ido-policy.h"
#include "ido-record-row.h"
#include "ido-role-results.h"
#include "ido-validate.h"

struct _IdoPolicyPane
{
  IdoPane          parent_instance;

  IdoPolicyDomain *deleted;
  char            *today;     /* for tests; NULL for the real date */

  GtkLabel        *summary_label;
  GtkGrid         *matrix;
};

G_DEFINE_FINAL_TYPE (IdoPolicyPane, ido_policy_pane, IDO_TYPE_PANE)

static const char *column_titles[] = {
  N_("Contact known"), N_("Agreement made"), N_("Talked in the last 12 months"),
};

static char *
today_iso (IdoPolicyPane *self)
{
  if (self->today != NULL)
    return g_strdup (self->today);
  return ido_today_iso ();
}

static void
clear_matrix (IdoPolicyPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix))) != NULL)
    gtk_grid_remove (self->matrix, child);
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 9);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  return label;
}

/* A cell: a check or a gap, with the answer spelled out for screen readers
 * and as tooltip. */
static GtkWidget *
cell (const char *domain,
      const char *question,
      gboolean    yes)
{
  GtkWidget *image = gtk_image_new_from_icon_name (yes ? "object-select-symbolic" : "window-close-symbolic");
  /* Translators: "Digitalisering, contact known: yes" */
  g_autofree char *label = g_strdup_printf (_("%s, %s: %s"), domain, question, yes ? _("yes") : _("no"));

  gtk_widget_add_css_class (image, yes ? "success" : "error");
  gtk_widget_set_halign (image, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (image, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return image;
}

static GtkWidget *
domain_button (IdoPolicyMatrixRow *row)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (row->name);
  g_autofree char *label = NULL;
  g_autoptr(GString) details = g_string_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_box_append (GTK_BOX (box), name);
  if (row->next_conversation_on != NULL)
    {
      g_autofree char *next = ido_format_iso_date (row->next_conversation_on);

      g_string_append_printf (details, _("Next conversation %s"), next);
    }
  if (row->n_links > 0)
    {
      g_autofree char *links = g_strdup_printf (ngettext ("%u link", "%u links", row->n_links), row->n_links);

      g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", links);
    }
  if (details->len > 0)
    {
      GtkWidget *sub = gtk_label_new (details->str);

      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (sub), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (box), sub);
    }
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_hexpand (button, TRUE);
  label = g_strdup_printf (_("Edit %s"), row->name);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "policy.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (row->domain_id));
  return button;
}

static void
reload_matrix (IdoPolicyPane *self)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autofree char *today = today_iso (self);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint gaps[3] = { 0 };
  g_autofree char *summary = NULL;

  clear_matrix (self);
  if (database == NULL)
    return;
  rows = ido_policy_matrix_load (database, today, &error);
  if (rows == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  gtk_grid_attach (self->matrix, header_label (_("Policy domain")), 0, 0, 1, 1);
  for (guint c = 0; c < G_N_ELEMENTS (column_titles); c++)
    gtk_grid_attach (self->matrix, header_label (_(column_titles[c])), 1 + c, 0, 1, 1);
  for (guint i = 0; i < rows->len; i++)
    {
      IdoPolicyMatrixRow *row = g_ptr_array_index (rows, i);
      gboolean answers[3] = { row->contact_known, row->agreement_made, row->recent_conversation };

      gtk_grid_attach (self->matrix, domain_button (row), 0, 1 + i, 1, 1);
      for (guint c = 0; c < 3; c++)
        {
          gtk_grid_attach (self->matrix, cell (row->name, _(column_titles[c]), answers[c]), 1 + c, 1 + i, 1, 1);
          gaps[c] += answers[c] ? 0 : 1;
        }
    }
  /* Translators: "Of 11 domains: 4 without a known contact, 6 without agreements, 5 without a recent conversation" */
  summary = g_strdup_printf (_("Of %u domains: %u without a known contact, %u without agreements, "
                               "%u without a conversation in the last 12 months."),
                             rows->len, gaps[0], gaps[1], gaps[2]);
  gtk_label_set_label (self->summary_label, summary);
}

static void on_delete_requested_cb (IdoPolicyPane *self,
                                    gint64         id);

static void
present_dialog (IdoPolicyPane   *self,
                IdoPolicyDomain *domain)
{
  AdwDialog *dialog = ido_policy_dialog_new (ido_pane_get_database (IDO_PANE (self)), domain);

  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPolicyPane *self = IDO_POLICY_PANE (widget);
  g_autoptr(GError) error = NULL;
  IdoPolicyDomain *domain = ido_policy_domain_load (ido_pane_get_database (IDO_PANE (self)),
                                                    g_variant_get_int64 (parameter), &error);

  if (domain == NULL)
    ido_form_add_toast (widget, adw_toast_new (error->message));
  else
    present_dialog (self, domain);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  present_dialog (IDO_POLICY_PANE (widget), ido_policy_domain_new ());
}

static void
on_delete_requested_cb (IdoPolicyPane *self,
                        gint64         id)
{
  IdoDatabase *database = ido_pane_get_database (IDO_PANE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoPolicyDomain) kept = ido_policy_domain_load (database, id, &error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (kept == NULL || !ido_policy_domain_delete (database, id, &error))
    {
      ido_form_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  title = g_strdup_printf (_("“%s” deleted"), kept->name);
  g_clear_pointer (&self->deleted, ido_policy_domain_free);
  self->deleted = g_steal_pointer (&kept);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "policy.undo");
  ido_form_add_toast (GTK_WIDGET (self), toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IdoPolicyPane *self = IDO_POLICY_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted == NULL)
    return;
  self->deleted->id = 0;
  if (!ido_policy_domain_save (ido_pane_get_database (IDO_PANE (self)), self->deleted, &error))
    ido_form_add_toast (widget, adw_toast_new (error->message));
  g_clear_pointer (&self->deleted, ido_policy_domain_free);
}

static void
on_database_changed_cb (IdoPolicyPane *self,
                        const char    *table)
{
  if (table == NULL || g_str_equal (table, "policy_domain") || g_str_equal (table, "meeting") ||
      g_str_equal (table, "partner") || g_str_equal (table, "desk") || g_str_equal (table, "signal"))
    reload_matrix (self);
}

static void
ido_policy_pane_reload (IdoPane *pane)
{
  reload_matrix (IDO_POLICY_PANE (pane));
}

static gboolean
ido_policy_pane_start_search (IdoPane *pane)
{
  return FALSE;
}

static void
ido_policy_pane_constructed (GObject *object)
{
  IdoPolicyPane *self = (IdoPolicyPane *) object;
  IdoDatabase *database;

  G_OBJECT_CLASS (ido_policy_pane_parent_class)->constructed (object);

  database = ido_pane_get_database (IDO_PANE (self));
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, G_CONNECT_SWAPPED);
  reload_matrix (self);
  /* The dashboard trend of this role (issue 5), below the matrix. */
  if (database != NULL)
    gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->matrix))),
                    ido_role_results_new (database, "policy"));
}

static void
ido_policy_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_POLICY_PANE);

  G_OBJECT_CLASS (ido_policy_pane_parent_class)->dispose (object);
}

static void
ido_policy_pane_finalize (GObject *object)
{
  IdoPolicyPane *self = (IdoPolicyPane *) object;

  g_clear_pointer (&self->deleted, ido_policy_domain_free);
  g_free (self->today);

  G_OBJECT_CLASS (ido_policy_pane_parent_class)->finalize (object);
}

static void
ido_policy_pane_class_init (IdoPolicyPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  IdoPaneClass *pane_class = IDO_PANE_CLASS (klass);

  object_class->constructed = ido_policy_pane_constructed;
  object_class->dispose = ido_policy_pane_dispose;
  object_class->finalize = ido_policy_pane_finalize;
  pane_class->reload = ido_policy_pane_reload;
  pane_class->start_search = ido_policy_pane_start_search;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-policy-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, IdoPolicyPane, matrix);

  gtk_widget_class_install_action (widget_class, "policy.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "policy.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "policy.undo", NULL, undo_action);
}

static void
ido_policy_pane_init (IdoPolicyPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_policy_pane_new:
 * @database: (nullable): the database to show
 *
 * Returns: (transfer floating): the pane
 */
GtkWidget *
ido_policy_pane_new (IdoDatabase *database)
{
  g_return_val_if_fail (database == NULL || IDO_IS_DATABASE (database), NULL);

  return g_object_new (IDO_TYPE_POLICY_PANE,
                       "role", IDO_ROLE_POLICY,
                       "database", database,
                       NULL);
}

/**
 * ido_policy_pane_set_today:
 * @today: (nullable): the ISO date the matrix is computed for, or %NULL
 *   for the real date (tests)
 */
void
ido_policy_pane_set_today (IdoPolicyPane *self,
                           const char    *today)
{
  g_return_if_fail (IDO_IS_POLICY_PANE (self));

  if (g_set_str (&self->today, today))
    reload_matrix (self);
}

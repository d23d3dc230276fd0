/* ido-import-batch-row.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-import-batch-row.h"

struct _IdoImportBatchRow
{
  GtkBox          parent_instance;

  GtkLabel       *file_label;
  GtkLabel       *when_label;
  GtkLabel       *counts_label;
  GtkLabel       *reverted_label;
  GtkButton      *revert_button;

  IdoImportBatch *batch;
};

G_DEFINE_FINAL_TYPE (IdoImportBatchRow, ido_import_batch_row, GTK_TYPE_BOX)

static void
ido_import_batch_row_dispose (GObject *object)
{
  IdoImportBatchRow *self = (IdoImportBatchRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_IMPORT_BATCH_ROW);
  g_clear_object (&self->batch);

  G_OBJECT_CLASS (ido_import_batch_row_parent_class)->dispose (object);
}

static void
ido_import_batch_row_class_init (IdoImportBatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_import_batch_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/idoregie/IdoRegie/ui/ido-import-batch-row.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoImportBatchRow, file_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportBatchRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportBatchRow, counts_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportBatchRow, reverted_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportBatchRow, revert_button);
}

static void
ido_import_batch_row_init (IdoImportBatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ido_import_batch_row_new (void)
{
  return g_object_new (IDO_TYPE_IMPORT_BATCH_ROW, NULL);
}

/* "29 november 2026, 09:42" in local time. */
static char *
format_time (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (iso != NULL ? iso : "");
  local = g_date_time_to_local (utc);
  /* Translators: date and time of an import; see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static char *
counts_text (IdoImportBatch *batch)
{
  guint64 n_new = ido_import_batch_get_n_new (batch);
  guint64 n_changed = ido_import_batch_get_n_changed (batch);
  guint64 n_unchanged = ido_import_batch_get_n_unchanged (batch);
  guint64 n_rejected = ido_import_batch_get_n_rejected (batch);
  g_autofree char *new_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu new", "%llu new", n_new),
                                               (unsigned long long) n_new);
  g_autofree char *changed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu changed", "%llu changed",
                                                                n_changed), (unsigned long long) n_changed);
  g_autofree char *unchanged_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu unchanged",
                                                                  "%llu unchanged", n_unchanged),
                                                     (unsigned long long) n_unchanged);
  g_autofree char *rejected_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu rejected",
                                                                 "%llu rejected", n_rejected),
                                                    (unsigned long long) n_rejected);

  return g_strjoin (" · ", new_text, changed_text, unchanged_text, rejected_text, NULL);
}

void
ido_import_batch_row_set_batch (IdoImportBatchRow *self,
                                IdoImportBatch    *batch)
{
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *label = NULL;
  const char *source;

  g_return_if_fail (IDO_IS_IMPORT_BATCH_ROW (self));

  g_set_object (&self->batch, batch);
  if (batch == NULL)
    return;
  gtk_label_set_label (self->file_label, ido_import_batch_get_file_name (batch));
  when = format_time (ido_import_batch_get_imported_at (batch));
  source = ido_import_batch_get_source (batch);
  if (*source != '\0')
    /* Translators: when a file was imported, and the preset that was used */
    line = g_strdup_printf (_("%s · preset “%s”"), when, source);
  else
    line = g_strdup (when);
  gtk_label_set_label (self->when_label, line);
  counts = counts_text (batch);
  gtk_label_set_label (self->counts_label, counts);
  if (ido_import_batch_get_reverted (batch))
    {
      g_autofree char *reverted = format_time (ido_import_batch_get_reverted_at (batch));
      g_autofree char *text = g_strdup_printf (_("Reverted on %s"), reverted);

      gtk_label_set_label (self->reverted_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reverted_label), ido_import_batch_get_reverted (batch));
  gtk_widget_set_visible (GTK_WIDGET (self->revert_button), !ido_import_batch_get_reverted (batch));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->revert_button),
                                          g_variant_new_int64 (ido_import_batch_get_id (batch)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->revert_button), "sources.revert");
  label = g_strdup_printf (_("Revert the import of “%s”"), ido_import_batch_get_file_name (batch));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->revert_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

IdoImportBatch *
ido_import_batch_row_get_batch (IdoImportBatchRow *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_BATCH_ROW (self), NULL);

  return self->batch;
}

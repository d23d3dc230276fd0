/* ido-report-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-report-dialog.h"
#include "ido-report-print.h"
#include "ido-window.h"

struct _IdoReportDialog
{
  AdwDialog            parent_instance;

  AdwPreferencesGroup *kind_group;
  AdwComboRow         *kind_row;
  GtkStringList       *kind_model;
  AdwSpinRow          *year_row;
  AdwPreferencesGroup *progress_group;
  GtkLabel            *status_label;
  GtkProgressBar      *progress_bar;
  GtkButton           *cancel_button;
  GtkButton           *print_button;
  GtkButton           *save_button;

  IdoDatabase         *database;
  GCancellable        *cancellable;   /* of the running job */
  GtkWindow           *window;        /* where the toasts go */
  char                *export_path;   /* print to this PDF instead of a printer (tests) */
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (IdoReportDialog, ido_report_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A job: the dialog and what to do with the laid-out report. */
typedef struct
{
  IdoReportDialog *dialog;
  char            *pdf_path;
  gboolean         print;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->dialog);
  g_free (job->pdf_path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static GtkWindow *
get_window (IdoReportDialog *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    return GTK_WINDOW (root);
  return self->window;
}

static void
show_toast (IdoReportDialog *self,
            const char      *text)
{
  GtkWindow *window = get_window (self);
  AdwToast *toast;

  if (!IDO_IS_WINDOW (window))
    return;
  toast = adw_toast_new (text);
  adw_toast_set_use_markup (toast, FALSE);
  ido_window_add_toast (IDO_WINDOW (window), toast);
}

static void
set_busy (IdoReportDialog *self,
          gboolean         busy,
          const char      *status)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), busy || status != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), busy);
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), !busy);
  if (busy)
    gtk_progress_bar_set_fraction (self->progress_bar, 0);
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  IdoReportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  if (fraction < 0.4)
    gtk_label_set_text (self->status_label, _("Collecting the figures…"));
  else if (fraction < 0.6)
    gtk_label_set_text (self->status_label, _("Laying out the pages…"));
  else if (fraction < 1.0)
    gtk_label_set_text (self->status_label, _("Writing the PDF…"));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  IdoReportDialog         *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      set_busy (self, FALSE, error ? error->message : _("Printing failed."));
      return;
    }
  set_busy (self, FALSE, NULL);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      show_toast (self, _("Report sent to the printer"));
      adw_dialog_close (ADW_DIALOG (self));
    }
}

static void
print_layout (IdoReportDialog *self,
              IdoReportLayout *layout)
{
  g_autoptr(GtkPrintOperation) operation = ido_report_print_operation_new (layout);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  if (self->export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, self->export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, get_window (self), &error);
    }
  else
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, get_window (self),
                                        &error);
    }
  /* A finished run has emitted "done" already; an asynchronous one will. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    set_busy (self, FALSE, error != NULL ? error->message : _("Printing failed."));
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    set_busy (self, FALSE, NULL);
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  IdoReportDialog *self = job->dialog;
  g_autoptr(IdoReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  layout = ido_report_render_finish (result, &error);
  g_clear_object (&self->cancellable);
  if (layout == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_busy (self, FALSE, _("Cancelled; nothing was saved."));
      else
        set_busy (self, FALSE, error->message);
      return;
    }
  if (job->print)
    {
      print_layout (self, layout);
      return;
    }
  set_busy (self, FALSE, NULL);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Report saved (%u page)", "Report saved (%u pages)",
                                          ido_report_layout_get_n_pages (layout)),
                             ido_report_layout_get_n_pages (layout));
  show_toast (self, message);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
start (IdoReportDialog *self,
       const char      *pdf_path,
       gboolean         print)
{
  IdoReportOptions options = { ido_report_dialog_get_kind (self), ido_report_dialog_get_year (self), NULL, 0 };
  Job *job = g_new0 (Job, 1);

  g_return_if_fail (!self->busy);

  job->dialog = g_object_ref (self);
  job->pdf_path = g_strdup (pdf_path);
  job->print = print;
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE, _("Collecting the figures…"));
  ido_report_render_async (ido_database_get_path (self->database), &options, pdf_path,
                           on_progress_cb, g_object_ref (self), g_object_unref,
                           self->cancellable, on_rendered_cb, job);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(IdoReportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *path = NULL;

  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      set_busy (self, FALSE, _("Choose a folder on this computer for the report."));
      return;
    }
  ido_report_dialog_save_to (self, path);
}

static void
on_save_clicked_cb (IdoReportDialog *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = ido_report_suggest_file_name (self->database, ido_report_dialog_get_kind (self),
                                                        ido_report_dialog_get_year (self));

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Save Report"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, get_window (self), NULL, on_file_chosen_cb, g_object_ref (self));
}

static void
on_print_clicked_cb (IdoReportDialog *self)
{
  ido_report_dialog_print (self, NULL);
}

static void
on_cancel_clicked_cb (IdoReportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
on_closed_cb (IdoReportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
on_kind_selected_cb (IdoReportDialog *self)
{
  IdoReportKind kind = ido_report_dialog_get_kind (self);

  /* What the chosen report holds, above the choice. */
  adw_preferences_group_set_description (self->kind_group, ido_report_kind_get_description (kind));
  ido_report_dialog_set_year (self, ido_report_default_year (self->database, kind));
}

static void
ido_report_dialog_dispose (GObject *object)
{
  IdoReportDialog *self = (IdoReportDialog *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_REPORT_DIALOG);
  G_OBJECT_CLASS (ido_report_dialog_parent_class)->dispose (object);
}

static void
ido_report_dialog_finalize (GObject *object)
{
  IdoReportDialog *self = (IdoReportDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_weak_pointer (&self->window);
  g_free (self->export_path);

  G_OBJECT_CLASS (ido_report_dialog_parent_class)->finalize (object);
}

static void
ido_report_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  IdoReportDialog *self = IDO_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_report_dialog_class_init (IdoReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_report_dialog_dispose;
  object_class->finalize = ido_report_dialog_finalize;
  object_class->get_property = ido_report_dialog_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, kind_model);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, progress_group);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, IdoReportDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_closed_cb);
}

static void
ido_report_dialog_init (IdoReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ido_report_dialog_new:
 *
 * Returns: (transfer floating): the dialog, to present
 */
AdwDialog *
ido_report_dialog_new (IdoDatabase *database)
{
  IdoReportDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_REPORT_DIALOG, NULL);
  self->database = g_object_ref (database);
  for (IdoReportKind kind = 0; kind < IDO_REPORT_N_KINDS; kind++)
    gtk_string_list_append (self->kind_model, ido_report_kind_get_label (kind));
  adw_combo_row_set_selected (self->kind_row, IDO_REPORT_KIND_YEAR);
  on_kind_selected_cb (self);
  set_busy (self, FALSE, NULL);
  return ADW_DIALOG (self);
}

IdoReportKind
ido_report_dialog_get_kind (IdoReportDialog *self)
{
  guint selected;

  g_return_val_if_fail (IDO_IS_REPORT_DIALOG (self), IDO_REPORT_KIND_YEAR);

  selected = adw_combo_row_get_selected (self->kind_row);
  return selected < IDO_REPORT_N_KINDS ? (IdoReportKind) selected : IDO_REPORT_KIND_YEAR;
}

void
ido_report_dialog_set_kind (IdoReportDialog *self,
                            IdoReportKind    kind)
{
  g_return_if_fail (IDO_IS_REPORT_DIALOG (self));
  g_return_if_fail (kind < IDO_REPORT_N_KINDS);

  adw_combo_row_set_selected (self->kind_row, kind);
}

int
ido_report_dialog_get_year (IdoReportDialog *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DIALOG (self), 0);

  return (int) adw_spin_row_get_value (self->year_row);
}

void
ido_report_dialog_set_year (IdoReportDialog *self,
                            int              year)
{
  g_return_if_fail (IDO_IS_REPORT_DIALOG (self));

  adw_spin_row_set_value (self->year_row, year);
}

gboolean
ido_report_dialog_get_busy (IdoReportDialog *self)
{
  g_return_val_if_fail (IDO_IS_REPORT_DIALOG (self), FALSE);

  return self->busy;
}

/* Writes the chosen report to @path; the dialog closes when it is done. */
void
ido_report_dialog_save_to (IdoReportDialog *self,
                           const char      *path)
{
  g_return_if_fail (IDO_IS_REPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_set_weak_pointer (&self->window, get_window (self));
  start (self, path, FALSE);
}

/* Prints the chosen report; with @export_path it goes to that PDF through
 * the print operation instead of to a printer (tests use this). */
void
ido_report_dialog_print (IdoReportDialog *self,
                         const char      *export_path)
{
  g_return_if_fail (IDO_IS_REPORT_DIALOG (self));

  g_set_weak_pointer (&self->window, get_window (self));
  g_set_str (&self->export_path, export_path);
  start (self, NULL, TRUE);
}

/* ido-import-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-import-dialog.h"
#include "ido-import-error.h"
#include "ido-import-preview.h"
#include "ido-importer.h"
#include "ido-mapping-row.h"
#include "ido-money.h"
#include "ido-sheet-reader.h"
#include "ido-indicator-choices.h"
#include "ido-window.h"

/* Rows below the header the preview shows; the head read is a little
 * longer, so a title above the header still leaves this many. */
#define PREVIEW_ROWS 20
#define HEAD_ROWS    (PREVIEW_ROWS + 21)

struct _IdoImportDialog
{
  AdwDialog          parent_instance;

  AdwToastOverlay   *toast_overlay;
  AdwNavigationView *navigation_view;
  GtkButton         *choose_button;
  GtkButton         *check_button;
  AdwBanner         *preset_banner;
  GtkStack          *preview_stack;
  AdwStatusPage     *loading_page;
  AdwStatusPage     *preview_error_page;
  AdwActionRow      *file_row;
  GtkButton         *change_file_button;
  AdwComboRow       *encoding_row;
  AdwComboRow       *delimiter_row;
  AdwComboRow       *sheet_row;
  GtkStringList     *sheet_model;
  AdwComboRow       *notation_row;
  AdwComboRow       *date_order_row;
  AdwActionRow      *layout_row;
  IdoImportPreview  *preview;
  AdwPreferencesGroup *mapping_group;
  GtkListBox        *mapping_list;
  AdwPreferencesGroup *place_group;
  AdwComboRow       *place_row;
  GtkLabel          *mapping_error_label;
  GtkButton         *import_button;
  AdwBanner         *changed_banner;
  GtkStack          *check_stack;
  AdwStatusPage     *check_progress_page;
  GtkProgressBar    *check_progress;
  AdwStatusPage     *check_error_page;
  GtkLabel          *check_summary_label;
  GtkLabel          *new_label;
  GtkLabel          *changed_label;
  GtkLabel          *unchanged_label;
  GtkLabel          *rejected_label;
  AdwPreferencesGroup *hint_group;
  AdwActionRow      *date_hint_row;
  AdwActionRow      *notation_hint_row;
  AdwPreferencesGroup *rejected_group;
  GtkButton         *save_rejected_button;
  GtkListView       *rejected_view;
  AdwWrapBox        *choice_box;
  GtkButton         *valid_only_button;
  GtkButton         *close_button;
  GtkButton         *check_cancel_button;
  GtkButton         *import_cancel_button;
  AdwEntryRow       *preset_row;
  GtkStack          *import_stack;
  GtkProgressBar    *import_progress;
  AdwStatusPage     *done_page;
  AdwStatusPage     *import_error_page;

  IdoDatabase       *database;
  GFile             *file;
  IdoMapping        *preset;         /* asked for by name, or NULL */
  IdoMapping        *mapping;        /* the mapping shown and edited */
  gboolean           mapping_named;  /* it came from a preset */
  IdoFileFormat      format;
  GStrv              sheet_names;
  IdoImportReport   *report;         /* of the last check or import */
  gboolean           valid_only;
  GCancellable      *preview_cancellable;
  GCancellable      *cancellable;    /* the check or import running */
  GtkWindow         *window;
  gboolean           updating;       /* rows are being filled in by code */
  gboolean           closed;
  gboolean           was_read;       /* the file was read once */
  char              *state;
  GPtrArray         *indicators;     /* IdoIndicatorChoice: what value columns can count */
  IdoNotation        found_notation; /* of the mapping as read, for "Automatic" */
  gboolean           notation_chosen;   /* by the user, for this file */
  gboolean           date_order_chosen;

  /* The file as it was checked: importing anything else checks again. */
  gboolean           checked_stamp;  /* size and time below are known */
  goffset            checked_size;
  guint64            checked_mtime;  /* nanoseconds */
  char              *checked_sha256;
  gboolean           rechecked;      /* the check ran again as the file changed */
};

G_DEFINE_FINAL_TYPE (IdoImportDialog, ido_import_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const encodings[] = { NULL, "UTF-8", "WINDOWS-1252" };
static const char delimiters[] = { 0, ';', ',', '\t' };

/* What the preview thread reads. */
typedef struct
{
  char          *database_path;
  GFile         *file;
  IdoMapping    *mapping;
  IdoReaderOptions options;
  char          *encoding;
  gboolean       want_sheets;
  /* Out */
  GPtrArray     *rows;
  IdoMapping    *used_mapping;
  IdoFileFormat  format;
  char          *detected_encoding;
  char           detected_delimiter;
  GStrv          sheet_names;
} PreviewJob;

static void
preview_job_free (PreviewJob *job)
{
  g_free (job->database_path);
  g_clear_object (&job->file);
  g_clear_object (&job->mapping);
  g_free (job->encoding);
  g_clear_pointer (&job->rows, g_ptr_array_unref);
  g_clear_object (&job->used_mapping);
  g_free (job->detected_encoding);
  g_strfreev (job->sheet_names);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreviewJob, preview_job_free)

static void
set_state (IdoImportDialog *self,
           const char      *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;
  g_set_str (&self->state, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static GtkWindow *
get_window (IdoImportDialog *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : self->window;
}

static void
show_toast (IdoImportDialog *self,
            const char      *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
         g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED);
}

static void
cancel_operation (IdoImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
get_reader_options (IdoImportDialog  *self,
                    IdoReaderOptions *options)
{
  guint encoding = adw_combo_row_get_selected (self->encoding_row);
  guint delimiter = adw_combo_row_get_selected (self->delimiter_row);
  guint sheet = adw_combo_row_get_selected (self->sheet_row);

  *options = (IdoReaderOptions) IDO_READER_OPTIONS_INIT;
  options->encoding = encoding < G_N_ELEMENTS (encodings) ? encodings[encoding] : NULL;
  options->delimiter = delimiter < G_N_ELEMENTS (delimiters) ? delimiters[delimiter] : 0;
  options->sheet = self->sheet_names != NULL && sheet != GTK_INVALID_LIST_POSITION ? (int) sheet : -1;
}

/* The preview, in a thread */

static GStrv
read_sheet_names (GFile         *file,
                  IdoFileFormat  format)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(IdoSheetReader) reader = NULL;

  if (path == NULL)
    return NULL;
  reader = ido_sheet_reader_new (path, format, -1, NULL, NULL);
  return reader ? ido_sheet_reader_get_sheet_names (reader) : NULL;
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewJob *job = task_data;
  g_autoptr(IdoDatabase) connection = NULL;
  g_autoptr(IdoImporter) importer = NULL;
  GError *error = NULL;

  /* A connection of this thread's own, for finding a preset. */
  connection = ido_database_open (job->database_path, &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  importer = ido_importer_new (connection);
  ido_importer_set_mapping (importer, job->mapping);
  ido_importer_set_reader_options (importer, &job->options);
  job->rows = ido_importer_preview (importer, job->file, HEAD_ROWS, cancellable, &error);
  if (job->rows == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->used_mapping = ido_mapping_copy (ido_importer_get_mapping (importer));
  job->format = ido_importer_get_format (importer);
  job->detected_encoding = g_strdup (ido_importer_get_encoding (importer));
  job->detected_delimiter = ido_importer_get_delimiter (importer);
  if (job->want_sheets && job->format != IDO_FILE_FORMAT_CSV && job->format != IDO_FILE_FORMAT_JSON)
    job->sheet_names = read_sheet_names (job->file, job->format);
  g_task_return_boolean (task, TRUE);
}

/* The preview page */

static const char *
format_name (IdoFileFormat format)
{
  switch (format)
    {
    case IDO_FILE_FORMAT_CSV:
      return _("CSV file");
    case IDO_FILE_FORMAT_XLSX:
      return _("Excel workbook (XLSX)");
    case IDO_FILE_FORMAT_ODS:
      return _("OpenDocument spreadsheet (ODS)");
    case IDO_FILE_FORMAT_XLS:
      return _("Old Excel workbook (XLS)");
    case IDO_FILE_FORMAT_JSON:
      return _("IDO Regie export (JSON)");
    case IDO_FILE_FORMAT_UNKNOWN:
    default:
      return _("Unknown file type");
    }
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      return _("Semicolon (;)");
    case ',':
      return _("Comma (,)");
    case '\t':
      return _("Tab");
    default:
      return "–";
    }
}

static void
show_file (IdoImportDialog *self,
           PreviewJob      *job)
{
  g_autofree char *name = g_file_get_basename (self->file);
  gboolean is_csv = job->format == IDO_FILE_FORMAT_CSV;
  g_autofree char *encoding = NULL;
  g_autofree char *delimiter = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), name);
  adw_action_row_set_subtitle (self->file_row, format_name (job->format));
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), is_csv);
  gtk_widget_set_visible (GTK_WIDGET (self->delimiter_row), is_csv);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), self->sheet_names != NULL);
  if (!is_csv)
    return;
  /* Translators: below the encoding choice: what was found or used */
  encoding = g_strdup_printf (_("Read as %s"), job->detected_encoding ? job->detected_encoding : "–");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), encoding);
  /* Translators: below the delimiter choice: what was found or used */
  delimiter = g_strdup_printf (_("Read as %s"), delimiter_name (job->detected_delimiter));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->delimiter_row), delimiter);
}

static void
show_sheets (IdoImportDialog *self,
             GStrv            names)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sheet_model));

  if (names == NULL || self->sheet_names != NULL)
    return;
  self->sheet_names = g_strdupv (names);
  self->updating = TRUE;
  gtk_string_list_splice (self->sheet_model, 0, n, (const char * const *) names);
  adw_combo_row_set_selected (self->sheet_row, 0);
  self->updating = FALSE;
}

static gboolean
has_place_column (IdoMapping *mapping)
{
  static const IdoField place_fields[] = {
    IDO_FIELD_MUNICIPALITY, IDO_FIELD_MUNICIPALITY_CODE, IDO_FIELD_LIBRARY, IDO_FIELD_LOCATION,
    IDO_FIELD_PLACE_KEY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (place_fields); i++)
    {
      if (ido_mapping_find_field (mapping, place_fields[i]) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Number notation: "Automatic" keeps what the mapping found (or a saved
 * mapping declared); date order: "Do not guess" refuses dates that read two
 * ways. Both are the mapping's and are saved with it. */
static const IdoDateOrder date_orders[] = {
  IDO_DATE_ORDER_NONE, IDO_DATE_ORDER_DAY_FIRST, IDO_DATE_ORDER_MONTH_FIRST,
};

static void
show_notation (IdoImportDialog *self)
{
  g_autofree char *subtitle = NULL;

  /* Only the example: the row is narrow on a phone. */
  if (adw_combo_row_get_selected (self->notation_row) == 0)
    subtitle = g_strdup_printf (_("Read as %s"), self->found_notation == IDO_NOTATION_ENGLISH ? "1,234.56" : "1.234,56");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notation_row), subtitle ? subtitle : "");
}

static void
apply_notation (IdoImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->notation_row);

  ido_mapping_set_notation (self->mapping, selected == 2 ? IDO_NOTATION_ENGLISH
                                         : selected == 1 ? IDO_NOTATION_DUTCH
                                                         : self->found_notation);
  show_notation (self);
}

static void
apply_date_order (IdoImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->date_order_row);

  ido_mapping_set_date_order (self->mapping, selected < G_N_ELEMENTS (date_orders) ? date_orders[selected]
                                                                                 : IDO_DATE_ORDER_NONE);
}

/* A new mapping (read or re-read): the user's choices for this file stay,
 * else the rows show the mapping's. */
static void
show_notation_and_date_order (IdoImportDialog *self)
{
  IdoDateOrder order = ido_mapping_get_date_order (self->mapping);

  self->found_notation = ido_mapping_get_notation (self->mapping);
  self->updating = TRUE;
  if (!self->notation_chosen)
    adw_combo_row_set_selected (self->notation_row,
                                !self->mapping_named ? 0 : self->found_notation == IDO_NOTATION_ENGLISH ? 2 : 1);
  if (!self->date_order_chosen)
    adw_combo_row_set_selected (self->date_order_row, order == IDO_DATE_ORDER_DAY_FIRST ? 1
                                                      : order == IDO_DATE_ORDER_MONTH_FIRST ? 2 : 0);
  self->updating = FALSE;
  apply_notation (self);
  apply_date_order (self);
}

static void
on_notation_changed_cb (IdoImportDialog *self)
{
  if (self->updating || self->mapping == NULL)
    return;
  self->notation_chosen = TRUE;
  apply_notation (self);
}

static void
on_date_order_changed_cb (IdoImportDialog *self)
{
  if (self->updating || self->mapping == NULL)
    return;
  self->date_order_chosen = TRUE;
  apply_date_order (self);
}

static void
update_indicator_rows (IdoImportDialog *self)
{
  gboolean show = ido_mapping_find_field (self->mapping, IDO_FIELD_INDICATOR) < 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      if (IDO_IS_MAPPING_ROW (row))
        ido_mapping_row_set_show_indicator (IDO_MAPPING_ROW (row), show);
    }
}

/* Everything that follows from the mapping: column titles, layout, place,
 * and whether it is complete enough to check. */
static void
update_mapping_state (IdoImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid;

  ido_import_preview_set_mapping (self->preview, self->mapping);
  update_indicator_rows (self);
  if (ido_mapping_get_layout (self->mapping) == IDO_LAYOUT_WIDE)
    adw_action_row_set_subtitle (self->layout_row, _("Wide: one row per period and place, one column per indicator"));
  else
    adw_action_row_set_subtitle (self->layout_row,
                                 _("Long: one row per period, place and indicator, with one column of values"));
  gtk_widget_set_visible (GTK_WIDGET (self->place_group), !has_place_column (self->mapping));
  valid = ido_mapping_validate (self->mapping, &error);
  gtk_label_set_text (self->mapping_error_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), !valid);
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), valid);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_button),
                               valid ? _("Count what importing would change, without importing")
                                     : error->message);
}

/* The indicator a value column gets when the user maps it: the one its
 * header names, else a custom one with the header as label (wide layout);
 * with an indicator column the rows name it. */
static char *
value_indicator (IdoImportDialog *self,
                 guint            column)
{
  const char *header = ido_mapping_get_header (self->mapping, column);
  const char *code;

  if (ido_mapping_get_indicator (self->mapping, column) != NULL)
    return g_strdup (ido_mapping_get_indicator (self->mapping, column));
  if (ido_mapping_find_field (self->mapping, IDO_FIELD_INDICATOR) >= 0 || header == NULL || *header == '\0')
    return NULL;
  code = ido_indicator_match_label (header);
  return code ? g_strdup (code) : ido_indicator_custom_code (header);
}

static void
on_mapping_row_field_cb (IdoImportDialog *self,
                         GParamSpec      *pspec,
                         IdoMappingRow   *row)
{
  guint column = ido_mapping_row_get_column (row);
  IdoField field = ido_mapping_row_get_field (row);
  g_autofree char *indicator = NULL;
  g_autofree char *category = NULL;

  if (self->updating || self->mapping == NULL || column >= ido_mapping_get_n_columns (self->mapping))
    return;
  if (field == ido_mapping_get_field (self->mapping, column))
    return;
  if (field == IDO_FIELD_VALUE)
    {
      indicator = value_indicator (self, column);
      category = g_strdup (ido_mapping_get_category (self->mapping, column));
    }
  ido_mapping_set_column (self->mapping, column, field, indicator, category);
  if (field == IDO_FIELD_VALUE)
    ido_mapping_row_set_indicators (row, self->indicators, indicator, category);
  update_mapping_state (self);
}

/* The user chose the indicator (or category) of a value column. */
static void
on_mapping_row_indicator_cb (IdoMappingRow   *row,
                             GParamSpec      *pspec,
                             IdoImportDialog *self)
{
  guint column = ido_mapping_row_get_column (row);
  const char *indicator = ido_mapping_row_get_indicator (row);

  if (self->updating || self->mapping == NULL || column >= ido_mapping_get_n_columns (self->mapping) ||
      ido_mapping_get_field (self->mapping, column) != IDO_FIELD_VALUE || indicator == NULL)
    return;
  ido_mapping_set_column (self->mapping, column, IDO_FIELD_VALUE, indicator, ido_mapping_row_get_category (row));
  update_mapping_state (self);
}

static const char *
example_of (GPtrArray *rows,
            guint      header_row,
            guint      column)
{
  for (guint i = header_row + 1; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      if (column < g_strv_length (row) && *row[column] != '\0')
        return row[column];
    }
  return NULL;
}

static void
fill_mapping_rows (IdoImportDialog *self,
                   GPtrArray       *rows)
{
  guint header_row = ido_mapping_get_header_row (self->mapping);

  gtk_list_box_remove_all (self->mapping_list);
  for (guint i = 0; i < ido_mapping_get_n_columns (self->mapping); i++)
    {
      const char *header = ido_mapping_get_header (self->mapping, i);
      IdoField field = ido_mapping_get_field (self->mapping, i);
      GtkWidget *row;

      /* Trailing delimiters give empty columns that hold nothing. */
      if ((header == NULL || *header == '\0') && field == IDO_FIELD_NONE &&
          example_of (rows, header_row, i) == NULL)
        continue;
      row = ido_mapping_row_new (i, header, example_of (rows, header_row, i), field,
                                 self->mapping_named || field != IDO_FIELD_NONE);
      ido_mapping_row_set_indicators (IDO_MAPPING_ROW (row), self->indicators,
                                      ido_mapping_get_indicator (self->mapping, i),
                                      ido_mapping_get_category (self->mapping, i));
      g_signal_connect_object (row, "notify::field", G_CALLBACK (on_mapping_row_field_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "notify::indicator", G_CALLBACK (on_mapping_row_indicator_cb), self, 0);
      g_signal_connect_object (row, "notify::category", G_CALLBACK (on_mapping_row_indicator_cb), self, 0);
      gtk_list_box_append (self->mapping_list, row);
      gtk_list_box_append (self->mapping_list, ido_mapping_row_get_indicator_row (IDO_MAPPING_ROW (row)));
      gtk_list_box_append (self->mapping_list, ido_mapping_row_get_category_row (IDO_MAPPING_ROW (row)));
    }
}

static void
show_preset (IdoImportDialog *self)
{
  const char *name = ido_mapping_get_name (self->mapping);
  g_autofree char *title = NULL;

  self->mapping_named = name != NULL && *name != '\0';
  if (self->mapping_named)
    {
      /* Translators: %s is the name of a saved mapping */
      title = g_strdup_printf (_("Mapping “%s” applied"), name);
      adw_banner_set_title (self->preset_banner, title);
      gtk_editable_set_text (GTK_EDITABLE (self->preset_row), name);
    }
  adw_banner_set_revealed (self->preset_banner, self->mapping_named);
}

static void
show_preview (IdoImportDialog *self,
              PreviewJob      *job)
{
  int place;

  g_set_object (&self->mapping, job->used_mapping);
  self->format = job->format;
  show_sheets (self, job->sheet_names);
  show_file (self, job);
  show_preset (self);
  show_notation_and_date_order (self);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  self->indicators = ido_indicator_choices_load (self->database);
  ido_import_preview_set_indicators (self->preview, self->indicators);
  ido_import_preview_set_rows (self->preview, job->rows, ido_mapping_get_header_row (self->mapping), PREVIEW_ROWS);
  self->updating = TRUE;
  fill_mapping_rows (self, job->rows);
  place = g_strcmp0 (ido_mapping_get_default_place (self->mapping), "own") == 0 ? 1
        : g_strcmp0 (ido_mapping_get_default_place (self->mapping), "national") == 0 ? 2 : 0;
  adw_combo_row_set_selected (self->place_row, place);
  self->updating = FALSE;
  update_mapping_state (self);
  gtk_stack_set_visible_child_name (self->preview_stack, "ready");
  set_state (self, "preview");
}

/* A file read before with other settings keeps its settings in view, so
 * the user can choose again; else the file cannot be read at all. */
static void
show_preview_error (IdoImportDialog *self,
                    const GError    *error)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  set_state (self, "error");
  if (!self->was_read)
    {
      adw_status_page_set_description (self->preview_error_page, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      return;
    }
  ido_import_preview_set_rows (self->preview, NULL, 0, 0);
  gtk_list_box_remove_all (self->mapping_list);
  gtk_widget_set_visible (GTK_WIDGET (self->place_group), FALSE);
  gtk_label_set_text (self->mapping_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), TRUE);
  g_clear_object (&self->mapping);
  gtk_stack_set_visible_child_name (self->preview_stack, "ready");
}

static void
on_preview_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(IdoImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  PreviewJob *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!is_cancelled (error))
        show_preview_error (self, error);
      return;
    }
  self->was_read = TRUE;
  show_preview (self, job);
}

static void
start_preview (IdoImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  PreviewJob *job;

  if (self->file == NULL || self->database == NULL)
    return;
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  self->preview_cancellable = g_cancellable_new ();
  job = g_new0 (PreviewJob, 1);
  job->database_path = g_strdup (ido_database_get_path (self->database));
  job->file = g_object_ref (self->file);
  job->mapping = self->preset ? ido_mapping_copy (self->preset) : NULL;
  get_reader_options (self, &job->options);
  job->encoding = g_strdup (job->options.encoding);
  job->options.encoding = job->encoding;
  job->want_sheets = self->sheet_names == NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  gtk_stack_set_visible_child_name (self->preview_stack, "loading");
  set_state (self, "reading");
  task = g_task_new (NULL, self->preview_cancellable, on_preview_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_preview);
  g_task_set_task_data (task, job, (GDestroyNotify) preview_job_free);
  g_task_run_in_thread (task, preview_thread);
}

static void
reset_reader_options (IdoImportDialog *self)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (self->encoding_row, 0);
  adw_combo_row_set_selected (self->delimiter_row, 0);
  gtk_string_list_splice (self->sheet_model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sheet_model)), NULL);
  g_clear_pointer (&self->sheet_names, g_strfreev);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->delimiter_row), "");
  self->updating = FALSE;
}

static void
on_reader_option_changed_cb (IdoImportDialog *self)
{
  if (self->updating)
    return;
  /* Other columns may come out, so the mapping is found again. */
  start_preview (self);
}

static void
on_place_changed_cb (IdoImportDialog *self)
{
  static const char * const places[] = { NULL, "own", "national" };
  guint selected = adw_combo_row_get_selected (self->place_row);

  if (self->updating || self->mapping == NULL)
    return;
  ido_mapping_set_default_place (self->mapping, selected < G_N_ELEMENTS (places) ? places[selected] : NULL);
  update_mapping_state (self);
}

/* Choosing a file */

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(IdoImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    {
      if (!is_cancelled (error))
        show_toast (self, error->message);
      return;
    }
  ido_import_dialog_set_file (self, file);
}

static void
add_filter (GListStore  *filters,
            const char  *name,
            const char  *mime_type,
            const char  *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, pattern);
  g_list_store_append (filters, filter);
}

static GtkFileFilter *
create_all_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  static const char * const suffixes[] = { "csv", "txt", "xlsx", "ods", "xls", "json" };

  gtk_file_filter_set_name (filter, _("Dashboard exports"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_filter_add_mime_type (filter, "text/csv");
  return filter;
}

static void
on_choose_clicked_cb (IdoImportDialog *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) all = create_all_filter ();

  gtk_file_dialog_set_title (dialog, _("Choose a Dashboard Export"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  g_list_store_append (filters, all);
  add_filter (filters, _("CSV files"), "text/csv", "csv");
  add_filter (filters, _("Excel workbooks (XLSX)"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
  add_filter (filters, _("OpenDocument spreadsheets (ODS)"), "application/vnd.oasis.opendocument.spreadsheet", "ods");
  add_filter (filters, _("Old Excel workbooks (XLS)"), "application/vnd.ms-excel", "xls");
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, all);
  gtk_file_dialog_open (dialog, get_window (self), NULL, on_file_chosen_cb, g_object_ref (self));
}

/* Checking: a dry run */

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  GtkProgressBar *bar = user_data;

  gtk_progress_bar_set_fraction (bar, CLAMP (fraction, 0.0, 1.0));
}

static IdoImporter *
create_importer (IdoImportDialog *self,
                 GtkProgressBar  *progress)
{
  IdoImporter *importer = ido_importer_new (self->database);
  IdoReaderOptions options;

  get_reader_options (self, &options);
  ido_importer_set_mapping (importer, self->mapping);
  ido_importer_set_reader_options (importer, &options);
  ido_importer_set_progress_func (importer, on_progress_cb, g_object_ref (progress), g_object_unref);
  gtk_progress_bar_set_fraction (progress, 0.0);
  return importer;
}

static void
set_count (GtkLabel *label,
           guint64   count)
{
  g_autofree char *text = ido_number_format ((double) count, 0);

  gtk_label_set_text (label, text);
}

static char *
check_summary (IdoImportReport *report)
{
  unsigned long long rejected = ido_import_report_get_n_rejected (report);
  unsigned long long changes = ido_import_report_get_n_new (report) + ido_import_report_get_n_changed (report);
  unsigned long long rows = ido_import_report_get_n_rows (report);

  if (rejected > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%llu of %llu rows was rejected. As the file is now, nothing is imported.",
                                         "%llu of %llu rows were rejected. As the file is now, nothing is imported.",
                                         (unsigned long) rejected),
                            rejected, rows);
  if (changes == 0)
    return g_strdup (_("Importing this file changes nothing: all its figures are already here."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "All %llu row can be imported. Nothing has changed yet.",
                                       "All %llu rows can be imported. Nothing has changed yet.",
                                       (unsigned long) rows),
                          rows);
}

static void
show_rejections (IdoImportDialog *self)
{
  guint n = ido_import_report_get_n_rejections (self->report);
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  for (guint i = 0; i < n; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (items, index);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&items)));
  gtk_list_view_set_model (self->rejected_view, GTK_SELECTION_MODEL (selection));
}

/* Rejected values that only the date order or number notation would
 * make readable: the check points to that setting. */
static void
show_hints (IdoImportDialog *self)
{
  gboolean date = FALSE, number = FALSE;
  guint n = ido_import_report_get_n_rejections (self->report);
  gboolean undeclared = ido_mapping_get_date_order (self->mapping) == IDO_DATE_ORDER_NONE;

  for (guint i = 0; i < n && !(date && number); i++)
    {
      const IdoRejection *rejection = ido_import_report_get_rejection (self->report, i);
      g_autoptr(GError) error = NULL;
      char period[7];
      IdoNumber value;

      if (rejection->value == NULL || *rejection->value == '\0')
        continue;
      if (undeclared && !date && !ido_parse_period (rejection->value, IDO_DATE_ORDER_NONE, period, &error) &&
          g_error_matches (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS))
        date = TRUE;
      if (!number && ido_parse_number (rejection->value, IDO_NOTATION_DUTCH, &value, NULL) &&
          value.evidence == IDO_EVIDENCE_AMBIGUOUS)
        number = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->date_hint_row), date);
  gtk_widget_set_visible (GTK_WIDGET (self->notation_hint_row), number);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_group), date || number);
}

static void
show_check (IdoImportDialog *self)
{
  IdoImportReport *report = self->report;
  guint64 rejected = ido_import_report_get_n_rejected (report);
  guint64 changes = ido_import_report_get_n_new (report) + ido_import_report_get_n_changed (report);
  g_autofree char *summary = check_summary (report);

  gtk_label_set_text (self->check_summary_label, summary);
  set_count (self->new_label, ido_import_report_get_n_new (report));
  set_count (self->changed_label, ido_import_report_get_n_changed (report));
  set_count (self->unchanged_label, ido_import_report_get_n_unchanged (report));
  set_count (self->rejected_label, rejected);
  gtk_widget_set_visible (GTK_WIDGET (self->rejected_group), rejected > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->choice_box), rejected > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), rejected == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), changes > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->valid_only_button), changes > 0);
  if (rejected > 0)
    show_rejections (self);
  show_hints (self);
  adw_banner_set_revealed (self->changed_banner, self->rechecked);
  gtk_stack_set_visible_child_name (self->check_stack, "result");
  set_state (self, "checked");
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(IdoImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoImportReport) report = NULL;

  report = ido_importer_import_file_finish (IDO_IMPORTER (source), result, &error);
  if (report == NULL)
    {
      if (is_cancelled (error))
        return;
      adw_status_page_set_description (self->check_error_page, error->message);
      gtk_stack_set_visible_child_name (self->check_stack, "error");
      set_state (self, "error");
      return;
    }
  g_clear_object (&self->cancellable);
  g_set_object (&self->report, report);
  g_set_str (&self->checked_sha256, ido_import_report_get_sha256 (report));
  show_check (self);
}

/* Size and modification time: cheap to compare, and a file written again
 * almost always differs in one of them. The SHA-256 of what the import
 * read decides in the end (ido_importer_set_expected_sha256()). */
static gboolean
query_stamp (GFile   *file,
             goffset *size,
             guint64 *mtime)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_NSEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return FALSE;
  *size = g_file_info_get_size (info);
  *mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_GUINT64_CONSTANT (1000000000) +
           g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_NSEC);
  return TRUE;
}

static gboolean
file_is_as_checked (IdoImportDialog *self)
{
  goffset size;
  guint64 mtime;

  return self->checked_stamp && query_stamp (self->file, &size, &mtime) &&
         size == self->checked_size && mtime == self->checked_mtime;
}

static void
start_check (IdoImportDialog *self)
{
  g_autoptr(IdoImporter) importer = NULL;

  if (self->mapping == NULL || !ido_mapping_validate (self->mapping, NULL))
    return;
  cancel_operation (self);
  self->cancellable = g_cancellable_new ();
  self->checked_stamp = query_stamp (self->file, &self->checked_size, &self->checked_mtime);
  g_clear_pointer (&self->checked_sha256, g_free);
  importer = create_importer (self, self->check_progress);
  ido_importer_set_dry_run (importer, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  adw_banner_set_revealed (self->changed_banner, FALSE);
  gtk_stack_set_visible_child_name (self->check_stack, "progress");
  if (g_strcmp0 (adw_navigation_view_get_visible_page_tag (self->navigation_view), "check") != 0)
    adw_navigation_view_push_by_tag (self->navigation_view, "check");
  set_state (self, "checking");
  ido_importer_import_file_async (importer, self->file, self->cancellable, on_checked_cb, g_object_ref (self));
}

static void
on_check_clicked_cb (IdoImportDialog *self)
{
  self->rechecked = FALSE;
  start_check (self);
}

/* The file changed after the check: the user has not seen what it holds
 * now, so it is checked again instead of imported. */
static void
check_again (IdoImportDialog *self)
{
  self->rechecked = TRUE;
  if (g_strcmp0 (adw_navigation_view_get_visible_page_tag (self->navigation_view), "import") == 0)
    adw_navigation_view_pop_to_tag (self->navigation_view, "check");
  /* show_check() reveals the banner that says so. */
  start_check (self);
}

static void
on_choose_setting (IdoImportDialog *self,
                   GtkWidget       *row)
{
  cancel_operation (self);
  adw_navigation_view_pop_to_tag (self->navigation_view, "preview");
  gtk_widget_grab_focus (row);
}

static void
on_choose_date_order_cb (IdoImportDialog *self)
{
  on_choose_setting (self, GTK_WIDGET (self->date_order_row));
}

static void
on_choose_notation_cb (IdoImportDialog *self)
{
  on_choose_setting (self, GTK_WIDGET (self->notation_row));
}

static void
on_rejected_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(IdoImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    {
      if (!is_cancelled (error))
        show_toast (self, error->message);
      return;
    }
  if (self->report == NULL || !ido_import_report_save_csv (self->report, file, &error))
    {
      show_toast (self, error ? error->message : _("There is nothing to save."));
      return;
    }
  show_toast (self, _("Rejected rows saved"));
}

static void
on_save_rejected_clicked_cb (IdoImportDialog *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autofree char *base = g_file_get_basename (self->file);
  g_autofree char *stem = g_strndup (base, strrchr (base, '.') ? (gsize) (strrchr (base, '.') - base) : strlen (base));
  /* Translators: the file name offered for the rejected rows; %s is the imported file's name */
  g_autofree char *name = g_strdup_printf (_("%s-rejected.csv"), stem);

  gtk_file_dialog_set_title (dialog, _("Save Rejected Rows"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, get_window (self), NULL, on_rejected_saved_cb, g_object_ref (self));
}

static void
on_preset_apply_cb (IdoImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->preset_row))));
  g_autofree char *message = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->preset_row), "error");
  if (*name == '\0' || self->mapping == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->preset_row), "error");
      show_toast (self, _("Give the mapping a name"));
      return;
    }
  if (!ido_mapping_save_preset (self->mapping, self->database, name, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->preset_row), "error");
      show_toast (self, error->message);
      return;
    }
  ido_mapping_set_name (self->mapping, name);
  /* Translators: %s is the name of a saved mapping */
  message = g_strdup_printf (_("Mapping “%s” saved"), name);
  show_toast (self, message);
}

/* Importing */

static void
announce_import (IdoImportDialog *self)
{
  GtkWindow *window = get_window (self);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!IDO_IS_WINDOW (window))
    return;
  message = g_strdup_printf (_("Dashboard export imported: %llu new, %llu changed"),
                             (unsigned long long) ido_import_report_get_n_new (self->report),
                             (unsigned long long) ido_import_report_get_n_changed (self->report));
  toast = adw_toast_new (message);
  adw_toast_set_use_markup (toast, FALSE);
  ido_window_add_toast (IDO_WINDOW (window), toast);
}

static void
show_done (IdoImportDialog *self)
{
  g_autofree char *counts = ido_import_report_dup_summary (self->report);
  g_autofree char *summary = NULL;

  /* Translators: after an import: the counts, then the number of the import (batch) */
  summary = g_strdup_printf (_("%s. Recorded as import %lld; it can be undone as a whole."),
                             counts, (long long) ido_import_report_get_batch_id (self->report));
  adw_status_page_set_description (self->done_page, summary);
  gtk_stack_set_visible_child_name (self->import_stack, "done");
  set_state (self, "done");
  announce_import (self);
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(IdoImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoImportReport) report = NULL;

  report = ido_importer_import_file_finish (IDO_IMPORTER (source), result, &error);
  if (report == NULL && is_cancelled (error))
    {
      if (self->cancellable == NULL || self->closed)
        return;
      g_clear_object (&self->cancellable);
      adw_navigation_view_pop_to_tag (self->navigation_view, "check");
      set_state (self, "checked");
      show_toast (self, _("Import cancelled. Nothing was changed."));
      return;
    }
  g_clear_object (&self->cancellable);
  if (report == NULL && g_error_matches (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_FILE_CHANGED))
    {
      /* The same size and time, yet other bytes than were checked: the
       * importer rolled back, so what the user has not seen was never
       * written. */
      check_again (self);
      return;
    }
  if (report == NULL || !ido_import_report_get_committed (report))
    {
      adw_status_page_set_description (self->import_error_page,
                                       error ? error->message : _("The file has rejected rows."));
      gtk_stack_set_visible_child_name (self->import_stack, "error");
      set_state (self, "error");
      return;
    }
  g_set_object (&self->report, report);
  show_done (self);
}

static void
start_import (IdoImportDialog *self,
              gboolean         valid_only)
{
  g_autoptr(IdoImporter) importer = NULL;

  if (!file_is_as_checked (self))
    {
      check_again (self);
      return;
    }
  cancel_operation (self);
  self->cancellable = g_cancellable_new ();
  self->valid_only = valid_only;
  g_set_weak_pointer (&self->window, get_window (self));
  importer = create_importer (self, self->import_progress);
  ido_importer_set_valid_only (importer, valid_only);
  ido_importer_set_expected_sha256 (importer, self->checked_sha256);
  gtk_stack_set_visible_child_name (self->import_stack, "progress");
  adw_navigation_view_push_by_tag (self->navigation_view, "import");
  set_state (self, "importing");
  ido_importer_import_file_async (importer, self->file, self->cancellable, on_imported_cb, g_object_ref (self));
}

static void
on_import_clicked_cb (IdoImportDialog *self)
{
  if (self->report == NULL || ido_import_report_get_n_rejected (self->report) > 0)
    return;
  start_import (self, FALSE);
}

static void
on_valid_only_clicked_cb (IdoImportDialog *self)
{
  /* Only offered after the rejected rows were shown. */
  if (self->report == NULL || ido_import_report_get_n_rejected (self->report) == 0)
    return;
  start_import (self, TRUE);
}

static void
on_cancel_operation_clicked_cb (IdoImportDialog *self)
{
  gboolean importing = g_strcmp0 (self->state, "importing") == 0;

  if (importing)
    {
      /* The import itself says when it has rolled back. */
      g_cancellable_cancel (self->cancellable);
      return;
    }
  cancel_operation (self);
  adw_navigation_view_pop_to_tag (self->navigation_view, "preview");
}

static void
on_popped_cb (IdoImportDialog    *self,
              AdwNavigationPage  *page)
{
  const char *tag = adw_navigation_page_get_tag (page);

  if (g_strcmp0 (tag, "check") == 0)
    {
      cancel_operation (self);
      set_state (self, "preview");
    }
}

static void
on_close_clicked_cb (IdoImportDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

static void
on_closed_cb (IdoImportDialog *self)
{
  self->closed = TRUE;
  g_cancellable_cancel (self->preview_cancellable);
  g_cancellable_cancel (self->cancellable);
}

/* The rejected rows: where, what and why, one row each */

static void
on_rejected_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_wrap (GTK_LABEL (where), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (where), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (where, "heading");
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static char *
rejection_place (const IdoRejection *rejection)
{
  unsigned long long row = rejection->row;

  if (*rejection->column == '\0')
    /* Translators: a rejected row as a whole; %llu is its row number in the file */
    return g_strdup_printf (_("Row %llu"), row);
  if (rejection->value == NULL || *rejection->value == '\0')
    /* Translators: a rejected cell: the row number, the column, and "empty" */
    return g_strdup_printf (_("Row %llu · %s: empty"), row, rejection->column);
  /* Translators: a rejected cell: the row number, the column and the value */
  return g_strdup_printf (_("Row %llu · %s: %s"), row, rejection->column, rejection->value);
}

static void
on_rejected_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     IdoImportDialog          *self)
{
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)), NULL, 10);
  const IdoRejection *rejection = self->report ? ido_import_report_get_rejection (self->report, index) : NULL;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *where = gtk_widget_get_first_child (box);
  GtkWidget *reason = gtk_widget_get_next_sibling (where);
  g_autofree char *place = NULL;

  if (rejection == NULL)
    return;
  place = rejection_place (rejection);
  gtk_label_set_text (GTK_LABEL (where), place);
  gtk_label_set_text (GTK_LABEL (reason), rejection->reason);
}

static void
setup_rejected_view (IdoImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_rejected_setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_rejected_bind_cb), self, 0);
  gtk_list_view_set_factory (self->rejected_view, factory);
}

/* GObject */

static void
ido_import_dialog_dispose (GObject *object)
{
  IdoImportDialog *self = (IdoImportDialog *) object;

  g_cancellable_cancel (self->preview_cancellable);
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), IDO_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (ido_import_dialog_parent_class)->dispose (object);
}

static void
ido_import_dialog_finalize (GObject *object)
{
  IdoImportDialog *self = (IdoImportDialog *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->preset);
  g_clear_object (&self->mapping);
  g_clear_object (&self->report);
  g_clear_object (&self->preview_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->window);
  g_strfreev (self->sheet_names);
  g_free (self->state);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_free (self->checked_sha256);

  G_OBJECT_CLASS (ido_import_dialog_parent_class)->finalize (object);
}

static void
ido_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  IdoImportDialog *self = IDO_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_import_dialog_class_init (IdoImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_import_dialog_dispose;
  object_class->finalize = ido_import_dialog_finalize;
  object_class->get_property = ido_import_dialog_get_property;

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (IDO_TYPE_IMPORT_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, preset_banner);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, preview_error_page);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, change_file_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, delimiter_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, sheet_model);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, notation_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, date_order_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, changed_banner);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, hint_group);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, date_hint_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, notation_hint_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, layout_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, mapping_list);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, place_group);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_progress_page);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_progress);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_error_page);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_summary_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, new_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, changed_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, unchanged_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, rejected_label);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, rejected_group);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, save_rejected_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, rejected_view);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, choice_box);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, valid_only_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, check_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, import_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, import_stack);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, import_progress);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, IdoImportDialog, import_error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_check_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reader_option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_place_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_order_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_date_order_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_notation_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_valid_only_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_operation_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_rejected_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preset_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popped_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_closed_cb);
}

static void
ido_import_dialog_init (IdoImportDialog *self)
{
  g_autoptr(AdwSpinnerPaintable) spinner = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  spinner = adw_spinner_paintable_new (GTK_WIDGET (self->loading_page));
  adw_status_page_set_paintable (self->loading_page, GDK_PAINTABLE (spinner));
  setup_rejected_view (self);
  self->state = g_strdup ("choose");
}

/* Public API */

/**
 * ido_import_dialog_new:
 * @database: the database to import into
 * @file: (nullable): the file to import; %NULL to let the user choose one
 * @preset_name: (nullable): a saved mapping to read the file with; %NULL to
 *   use the one saved for the file's columns, else what is recognised
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_import_dialog_new (IdoDatabase *database,
                       GFile       *file,
                       const char  *preset_name)
{
  IdoImportDialog *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (IDO_TYPE_IMPORT_DIALOG, NULL);
  self->database = g_object_ref (database);
  if (preset_name != NULL)
    {
      g_autoptr(GError) error = NULL;

      self->preset = ido_mapping_load_preset (database, preset_name, &error);
      if (self->preset == NULL)
        show_toast (self, error->message);
    }
  if (file != NULL)
    ido_import_dialog_set_file (self, file);
  return ADW_DIALOG (self);
}

/**
 * ido_import_dialog_present_for_file:
 * @parent: (nullable): the widget to present the dialog over (the window)
 * @database: the database to import into
 * @file: (nullable): a file to import, such as one dropped on the window or
 *   fetched from a source's address; %NULL to let the user choose one
 * @preset_name: (nullable): the name of a saved mapping to use
 *
 * Opens the import dialog. Nothing is imported until the user has checked
 * the file and chosen Import.
 */
void
ido_import_dialog_present_for_file (GtkWidget   *parent,
                                    IdoDatabase *database,
                                    GFile       *file,
                                    const char  *preset_name)
{
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (IDO_IS_DATABASE (database));

  adw_dialog_present (ido_import_dialog_new (database, file, preset_name), parent);
}

/**
 * ido_import_dialog_set_file:
 * @file: the file to read
 *
 * Starts over with @file: reads its first rows and shows them.
 */
void
ido_import_dialog_set_file (IdoImportDialog *self,
                            GFile           *file)
{
  const char *tags[] = { "choose", "preview" };

  g_return_if_fail (IDO_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  cancel_operation (self);
  g_set_object (&self->file, file);
  self->was_read = FALSE;
  self->notation_chosen = FALSE;
  self->date_order_chosen = FALSE;
  self->checked_stamp = FALSE;
  self->rechecked = FALSE;
  g_clear_object (&self->mapping);
  g_clear_object (&self->report);
  reset_reader_options (self);
  adw_navigation_view_replace_with_tags (self->navigation_view, tags, G_N_ELEMENTS (tags));
  start_preview (self);
}

/**
 * ido_import_dialog_get_file:
 *
 * Returns: (transfer none) (nullable): the file being imported
 */
GFile *
ido_import_dialog_get_file (IdoImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_DIALOG (self), NULL);
  return self->file;
}

/**
 * ido_import_dialog_get_state:
 *
 * Returns: "choose", "reading", "preview", "checking", "checked",
 *   "importing", "done" or "error"
 */
const char *
ido_import_dialog_get_state (IdoImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_DIALOG (self), NULL);
  return self->state;
}

/**
 * ido_import_dialog_get_mapping:
 *
 * Returns: (transfer none) (nullable): the mapping as shown and edited
 */
IdoMapping *
ido_import_dialog_get_mapping (IdoImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_DIALOG (self), NULL);
  return self->mapping;
}

/**
 * ido_import_dialog_get_report:
 *
 * Returns: (transfer none) (nullable): the report of the last check or
 *   import
 */
IdoImportReport *
ido_import_dialog_get_report (IdoImportDialog *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_DIALOG (self), NULL);
  return self->report;
}

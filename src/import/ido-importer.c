/* ido-importer.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ido-csv-reader.h"
#include "ido-export.h"
#include "ido-import-error.h"
#include "ido-importer.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"
#include "ido-parse.h"
#include "ido-place-resolver.h"

/* How an import works (README-formats.md tells the user's side):
 *
 * - One file is one batch, imported in one transaction (a savepoint when
 *   the caller has a transaction open). Rows are read one by one from a
 *   streaming reader and written through prepared statements; nothing
 *   grows with the file but a bitmap of the observation ids seen, to find
 *   rows that repeat a key (one bit per observation id).
 * - Observations are keyed by (period, place_key, indicator, category). A
 *   key not in the database is new; one with the same value is unchanged
 *   and not written; one with another value is changed, and its old value
 *   and batch go to observation_change. New observations carry the batch
 *   id, so reverting a batch restores changed values and deletes the rows
 *   the batch added.
 * - Any rejected row rolls the whole batch back, unless "valid rows only"
 *   was chosen after seeing them. A dry run rolls back in any case. An
 *   import that would add or change nothing is rolled back too: no batch
 *   row records a re-import of an unchanged file.
 * - The async variant works in a thread through a database connection of
 *   its own; the caller's connection emits "changed" on the main loop.
 * - Speed (tests/bench/bench-import.c): a second thread reads and parses
 *   the file ahead, in bounded chunks; observation has two indexes only
 *   (uuid and the natural key, 007-observation-lean.sql), so a revert
 *   finds a batch's new rows by reading the table once; uuid, created_at
 *   and updated_at are made here once per batch or cheaply per row, not
 *   by SQL functions per row; checked rows are written up to
 *   WRITE_VALUES at a time in one INSERT (flush_rows()); a large file
 *   on a connection of its own is imported with a rollback journal
 *   instead of the WAL, so its pages are written once
 *   (enter_rollback_journal()). */

#define MAX_HEAD_ROWS     21
#define CHECK_EVERY       1024
#define MAX_CACHE_ENTRIES 10000
#define IMPORT_CACHE_KIB  32768
#define MAX_BITMAP_ID     (G_GINT64_CONSTANT (1) << 27)  /* 16 MB of bits at most */
#define WRITE_VALUES      512  /* values per multi-row INSERT, see flush_rows() */
#define BULK_FILE_BYTES   (G_GINT64_CONSTANT (1) << 20)  /* see enter_rollback_journal() */

typedef enum
{
  UNIT_COUNT,
  UNIT_PERCENT,
  UNIT_SCORE,
  UNIT_HOURS,
  UNIT_MINUTES,
} Unit;

typedef struct
{
  gint64    id;
  char     *code;
  char     *label;
  Unit      unit;
  gboolean  has_category;
  gboolean  is_custom;
} Indicator;

typedef struct
{
  guint      column;
  Indicator *fixed;         /* the indicator when the file has no indicator column */
  char      *category;      /* a fixed category of a wide column */
  guint64    ambiguous_row; /* first value read by the declared notation only */
  char      *ambiguous_text;
  guint64    contrary_row;  /* first value only readable in the other notation */
  char      *contrary_text;
} ValueColumn;

typedef struct
{
  IdoCellType  type;
  char        *text;
  double       number;
} OwnedCell;

typedef struct
{
  guint64  row;
  GArray  *cells;  /* OwnedCell */
} HeadRow;

/* A set of observation ids: a bitmap, with a hash for ids beyond it. */
typedef struct
{
  guint64    *bits;
  gsize       n_words;
  GHashTable *overflow;
} IdSet;

typedef struct
{
  Indicator  *indicator;
  const char *category;
  double      value;
  gint64      id;          /* the observation, once inserted or found */
  gboolean    inserted;    /* new in this row */
  double      old_value;
  gint64      old_batch;
} Pending;

/* A checked row waiting to be written, see flush_rows(). */
typedef struct
{
  guint64  row;
  char     period[8];
  IdoPlace place;     /* key and merged_note point into Job.write_text */
  guint    first;     /* its values in Job.write_values */
  guint    n_values;
} WriteRow;

typedef struct
{
  Indicator  *indicator;
  const char *category;  /* in Job.write_text */
  double      value;
} WriteValue;

typedef struct _Job Job;

struct _IdoImporter
{
  GObject                parent_instance;
  IdoDatabase           *database;
  IdoMapping            *mapping;
  IdoMapping            *used_mapping;
  char                  *encoding;
  char                   delimiter;
  int                    sheet;
  char                  *sheet_name;
  gboolean               dry_run;
  gboolean               valid_only;
  char                  *default_place;
  char                  *expected_sha256;
  IdoImportProgressFunc  progress;
  gpointer               progress_data;
  GDestroyNotify         progress_destroy;
  IdoFileFormat          format;
  char                  *detected_encoding;
  char                   detected_delimiter;
};

struct _Job
{
  IdoImporter       *importer;    /* for progress only */
  IdoDatabase       *database;    /* the connection to work on */
  GFile             *file;
  IdoMapping        *mapping;     /* given, or NULL to find one */
  IdoReaderOptions   options;
  char              *encoding;
  char              *sheet_name;
  gboolean           dry_run;
  gboolean           valid_only;
  char              *default_place;
  char              *expected_sha256;  /* NULL: any content */
  GCancellable      *cancellable;
  GMainContext      *progress_context;  /* NULL: call progress directly */
  double             last_progress;

  IdoTableReader    *reader;
  GPtrArray         *head;        /* HeadRow */
  guint              header_row;
  IdoMapping        *used_mapping;
  IdoImportReport   *report;
  IdoFileFormat      format;
  char              *detected_encoding;
  char               detected_delimiter;

  /* compiled mapping */
  int                columns[IDO_N_FIELDS];
  GArray            *values;      /* ValueColumn */
  char             **headers;
  guint              n_headers;
  IdoNotation        notation;
  IdoDateOrder       date_order;

  /* caches */
  GPtrArray         *indicators;  /* owns Indicator */
  GHashTable        *indicator_by_code;
  GHashTable        *indicator_by_label;
  GHashTable        *indicator_by_text;
  GHashTable        *period_by_text;
  IdoPlaceResolver  *places;
  IdSet              seen;
  GArray            *pending;     /* Pending */
  GString           *category;    /* the trimmed category of the current row */
  char               period[7];
  gboolean           new_indicators;

  /* statements on the job's connection */
  sqlite3_stmt      *select_obs;
  sqlite3_stmt      *insert_obs;
  sqlite3_stmt      *update_obs;
  sqlite3_stmt      *delete_obs;
  sqlite3_stmt      *insert_change;
  sqlite3_stmt      *insert_many[WRITE_VALUES + 1];  /* by number of rows */
  sqlite3_stmt      *delete_many;
  gint64             batch_id;
  char              *now;          /* created_at/updated_at of new rows */
  guint64            uuid_time;    /* UUIDv7 parts of new rows, see next_uuid() */
  guint64            uuid_sequence;
  guint              uuid_variant;
  char               uuid[37];
  gboolean           expect_existing;
  gint64             next_id;      /* the largest observation id, kept up to date */

  /* rows checked but not written yet */
  GArray            *write_rows;   /* WriteRow */
  GArray            *write_values; /* WriteValue */
  GStringChunk      *write_text;
  char               write_uuids[WRITE_VALUES][37];

  guint64            n_rows;
  guint64            n_new;
  guint64            n_changed;
  guint64            n_unchanged;
  guint64            n_rejected;
  guint64            n_missing;
};

G_DEFINE_FINAL_TYPE (IdoImporter, ido_importer, G_TYPE_OBJECT)

/* Small helpers */

static void
indicator_free (gpointer data)
{
  Indicator *indicator = data;

  g_free (indicator->code);
  g_free (indicator->label);
  g_free (indicator);
}

static void
value_column_clear (gpointer data)
{
  ValueColumn *column = data;

  g_clear_pointer (&column->category, g_free);
  g_clear_pointer (&column->ambiguous_text, g_free);
  g_clear_pointer (&column->contrary_text, g_free);
}

static void
owned_cell_clear (gpointer data)
{
  g_clear_pointer (&((OwnedCell *) data)->text, g_free);
}

static void
head_row_free (gpointer data)
{
  HeadRow *row = data;

  g_array_unref (row->cells);
  g_free (row);
}

static void
id_set_clear (IdSet *set)
{
  g_clear_pointer (&set->bits, g_free);
  set->n_words = 0;
  g_clear_pointer (&set->overflow, g_hash_table_unref);
}

static gboolean
id_set_contains (IdSet  *set,
                 gint64  id)
{
  if (id >= 0 && id < MAX_BITMAP_ID)
    {
      gsize word = (gsize) id / 64;

      return word < set->n_words && (set->bits[word] >> (id % 64)) & 1;
    }
  return set->overflow != NULL && g_hash_table_contains (set->overflow, &id);
}

static void
id_set_add (IdSet  *set,
            gint64  id)
{
  if (id >= 0 && id < MAX_BITMAP_ID)
    {
      gsize word = (gsize) id / 64;

      if (word >= set->n_words)
        {
          gsize n = MAX (word + 1, set->n_words * 2);

          set->bits = g_renew (guint64, set->bits, n);
          memset (set->bits + set->n_words, 0, (n - set->n_words) * sizeof (guint64));
          set->n_words = n;
        }
      set->bits[word] |= G_GUINT64_CONSTANT (1) << (id % 64);
      return;
    }
  if (set->overflow == NULL)
    set->overflow = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_add (set->overflow, g_memdup2 (&id, sizeof id));
}

static gboolean
is_blank (const IdoCell *cell)
{
  return cell->type == IDO_CELL_EMPTY || cell->text[0] == '\0';
}

static const IdoCell *
cell_at (const IdoCell *cells,
         guint          n_cells,
         int            column)
{
  static const IdoCell empty = { IDO_CELL_EMPTY, "", 0.0 };

  if (column < 0 || (guint) column >= n_cells)
    return &empty;
  return &cells[column];
}

static const char *
cell_text_or_null (const IdoCell *cells,
                   guint          n_cells,
                   int            column)
{
  if (column < 0)
    return NULL;
  return cell_at (cells, n_cells, column)->text;
}

static const char *
header_of (Job *job,
           int  column)
{
  if (column < 0 || (guint) column >= job->n_headers)
    return "";
  return job->headers[column];
}

static void
reject_row (Job        *job,
            guint64     row,
            int         column,
            const char *value,
            const char *reason)
{
  job->n_rejected++;
  ido_import_report_add_rejection (job->report, row, header_of (job, column), value, reason);
}

/* Progress */

typedef struct
{
  IdoImporter *importer;
  double       fraction;
} ProgressCall;

static gboolean
progress_idle (gpointer data)
{
  ProgressCall *call = data;

  if (call->importer->progress != NULL)
    call->importer->progress (call->fraction, call->importer->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_object_unref (call->importer);
  g_free (call);
}

static void
report_progress (Job    *job,
                 double  fraction)
{
  ProgressCall *call;

  if (job->importer->progress == NULL || (fraction - job->last_progress < 0.01 && fraction < 1.0))
    return;
  job->last_progress = fraction;
  if (job->progress_context == NULL)
    {
      job->importer->progress (fraction, job->importer->progress_data);
      return;
    }
  call = g_new0 (ProgressCall, 1);
  call->importer = g_object_ref (job->importer);
  call->fraction = fraction;
  g_main_context_invoke_full (job->progress_context, G_PRIORITY_DEFAULT, progress_idle, call,
                              progress_call_free);
}

/* Reading the head of the file and choosing the mapping */

static gboolean
read_head (Job     *job,
           guint    max_rows,
           GError **error)
{
  g_autoptr(GError) local_error = NULL;

  job->head = g_ptr_array_new_with_free_func (head_row_free);
  while (job->head->len < max_rows)
    {
      const IdoCell *cells = NULL;
      guint n_cells = 0;
      HeadRow *row;

      if (!ido_table_reader_next_row (job->reader, &cells, &n_cells, &local_error))
        break;
      row = g_new0 (HeadRow, 1);
      row->row = ido_table_reader_get_row_number (job->reader);
      row->cells = g_array_new (FALSE, TRUE, sizeof (OwnedCell));
      g_array_set_clear_func (row->cells, owned_cell_clear);
      g_array_set_size (row->cells, n_cells);
      for (guint i = 0; i < n_cells; i++)
        {
          OwnedCell *cell = &g_array_index (row->cells, OwnedCell, i);

          cell->type = cells[i].type;
          cell->text = g_strdup (cells[i].text);
          cell->number = cells[i].number;
        }
      g_ptr_array_add (job->head, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static GStrv
head_row_texts (HeadRow *row)
{
  GStrv texts = g_new0 (char *, row->cells->len + 1);

  for (guint i = 0; i < row->cells->len; i++)
    texts[i] = g_strdup (g_array_index (row->cells, OwnedCell, i).text);
  return texts;
}

static GPtrArray *
head_texts (Job   *job,
            guint  from)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = from; i < job->head->len; i++)
    g_ptr_array_add (rows, head_row_texts (g_ptr_array_index (job->head, i)));
  return rows;
}

static IdoMapping *
find_mapping (Job     *job,
              GStrv    headers,
              GError **error)
{
  guint n = g_strv_length (headers);
  g_autofree char *signature = ido_header_signature ((const char * const *) headers, n);
  g_autoptr(IdoMapping) found = NULL;
  g_autoptr(GPtrArray) samples = NULL;

  if (job->mapping != NULL)
    return ido_mapping_align (job->mapping, (const char * const *) headers, n, error);
  if (ido_export_is_signature (signature))
    found = ido_export_create_mapping ();
  else
    found = ido_mapping_find_preset (job->database, signature);
  if (found != NULL)
    {
      IdoMapping *aligned = ido_mapping_align (found, (const char * const *) headers, n, error);

      if (aligned != NULL)
        ido_mapping_set_header_row (aligned, job->header_row);
      return aligned;
    }
  samples = head_texts (job, job->header_row + 1);
  found = ido_mapping_detect ((const char * const *) headers, n, samples);
  ido_mapping_set_header_row (found, job->header_row);
  return g_steal_pointer (&found);
}

/* Opens the file, reads its first rows and settles the mapping. */
static gboolean
prepare (Job     *job,
         guint    head_rows,
         GError **error)
{
  g_auto(GStrv) headers = NULL;

  if (job->mapping != NULL)
    {
      IdoReaderOptions mapped = IDO_READER_OPTIONS_INIT;

      ido_mapping_get_reader_options (job->mapping, &mapped);
      if (job->options.encoding == NULL)
        job->options.encoding = mapped.encoding;
      if (job->options.delimiter == 0)
        job->options.delimiter = mapped.delimiter;
      if (job->options.sheet < 0 && job->options.sheet_name == NULL)
        job->options.sheet = mapped.sheet;
    }
  job->reader = ido_table_reader_open (job->file, &job->options, job->cancellable, error);
  if (job->reader == NULL || !read_head (job, head_rows, error))
    return FALSE;
  if (job->head->len == 0)
    {
      g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING, _("The file is empty."));
      return FALSE;
    }
  if (job->mapping != NULL)
    job->header_row = ido_mapping_get_header_row (job->mapping);
  else
    {
      g_autoptr(GPtrArray) texts = head_texts (job, 0);

      job->header_row = ido_mapping_find_header_row (texts);
    }
  if (job->header_row >= job->head->len)
    {
      g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                           _("The file has no header row where the mapping expects it."));
      return FALSE;
    }
  headers = head_row_texts (g_ptr_array_index (job->head, job->header_row));
  job->used_mapping = find_mapping (job, headers, error);
  if (job->used_mapping == NULL)
    return FALSE;
  if (job->default_place != NULL)
    ido_mapping_set_default_place (job->used_mapping, job->default_place);
  job->format = ido_table_reader_get_format (job->reader);
  if (IDO_IS_CSV_READER (job->reader))
    {
      job->detected_encoding = g_strdup (ido_csv_reader_get_encoding (IDO_CSV_READER (job->reader)));
      job->detected_delimiter = ido_csv_reader_get_delimiter (IDO_CSV_READER (job->reader));
    }
  job->headers = g_steal_pointer (&headers);
  job->n_headers = g_strv_length (job->headers);
  return TRUE;
}

/* Indicators */

static Unit
unit_from_string (const char *unit)
{
  if (g_strcmp0 (unit, "percent") == 0)
    return UNIT_PERCENT;
  if (g_strcmp0 (unit, "score") == 0)
    return UNIT_SCORE;
  if (g_strcmp0 (unit, "hours") == 0)
    return UNIT_HOURS;
  if (g_strcmp0 (unit, "minutes") == 0)
    return UNIT_MINUTES;
  return UNIT_COUNT;
}

static void
add_indicator (Job       *job,
               Indicator *indicator)
{
  g_ptr_array_add (job->indicators, indicator);
  g_hash_table_replace (job->indicator_by_code, indicator->code, indicator);
  g_hash_table_replace (job->indicator_by_label, ido_text_fold (indicator->label), indicator);
}

static gboolean
load_indicators (Job     *job,
                 GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (job->database,
                               "SELECT id, code, label, unit, has_category, is_custom FROM indicator", error);
  if (stmt == NULL)
    return FALSE;
  while (ido_database_step (job->database, stmt, &has_row, &local_error) && has_row)
    {
      Indicator *indicator = g_new0 (Indicator, 1);

      indicator->id = sqlite3_column_int64 (stmt, 0);
      indicator->code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      indicator->label = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      indicator->unit = unit_from_string ((const char *) sqlite3_column_text (stmt, 3));
      indicator->has_category = sqlite3_column_int (stmt, 4);
      indicator->is_custom = sqlite3_column_int (stmt, 5);
      add_indicator (job, indicator);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static Indicator *
create_custom_indicator (Job         *job,
                         const char  *code,
                         const char  *label,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  Indicator *indicator;

  stmt = ido_database_prepare (job->database,
                               "INSERT INTO indicator (code, label, aggregation, unit, has_category, is_custom) "
                               "VALUES (?1, ?2, 'sum', 'count', ?3, 1)",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, job->columns[IDO_FIELD_CATEGORY] >= 0);
  if (!ido_database_step (job->database, stmt, NULL, error))
    return NULL;
  indicator = g_new0 (Indicator, 1);
  indicator->id = ido_database_last_insert_id (job->database);
  indicator->code = g_strdup (code);
  indicator->label = g_strdup (label);
  indicator->unit = UNIT_COUNT;
  indicator->has_category = job->columns[IDO_FIELD_CATEGORY] >= 0;
  indicator->is_custom = TRUE;
  add_indicator (job, indicator);
  job->new_indicators = TRUE;
  ido_import_report_add_new_indicator (job->report, label);
  return indicator;
}

/* The indicator of a code, creating a custom one ("custom:...") with @label. */
static Indicator *
indicator_for_code (Job         *job,
                    const char  *code,
                    const char  *label,
                    GError     **error)
{
  Indicator *indicator = g_hash_table_lookup (job->indicator_by_code, code);

  if (indicator != NULL)
    return indicator;
  if (!g_str_has_prefix (code, "custom:"))
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                   _("The indicator “%s” is missing from the database."), code);
      return NULL;
    }
  if (label == NULL || *label == '\0')
    label = code + strlen ("custom:");
  return create_custom_indicator (job, code, label, error);
}

/* The indicator an indicator cell names: a code, a synonym, the label of an
 * indicator in the database, else a new custom indicator. */
static Indicator *
indicator_for_text (Job         *job,
                    const char  *text,
                    const char  *label,
                    GError     **error)
{
  Indicator *indicator = g_hash_table_lookup (job->indicator_by_text, text);
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *custom = NULL;
  const char *code;

  if (indicator != NULL)
    return indicator;
  trimmed = ido_parse_trim (text);
  code = g_str_has_prefix (trimmed, "custom:") ? trimmed : ido_indicator_match_label (trimmed);
  if (code != NULL)
    indicator = indicator_for_code (job, code, label, error);
  else
    {
      folded = ido_text_fold (trimmed);
      indicator = g_hash_table_lookup (job->indicator_by_label, folded);
      if (indicator == NULL)
        {
          custom = ido_indicator_custom_code (trimmed);
          indicator = indicator_for_code (job, custom, trimmed, error);
        }
    }
  if (indicator == NULL)
    return NULL;
  if (g_hash_table_size (job->indicator_by_text) >= MAX_CACHE_ENTRIES)
    g_hash_table_remove_all (job->indicator_by_text);
  g_hash_table_insert (job->indicator_by_text, g_strdup (text), indicator);
  return indicator;
}

/* Compiling the mapping */

static gboolean
compile_mapping (Job     *job,
                 GError **error)
{
  IdoMapping *mapping = job->used_mapping;

  for (guint f = 0; f < IDO_N_FIELDS; f++)
    job->columns[f] = f == IDO_FIELD_VALUE || f == IDO_FIELD_NONE ? -1 : ido_mapping_find_field (mapping, f);
  job->notation = ido_mapping_get_notation (mapping);
  job->date_order = ido_mapping_get_date_order (mapping);
  for (guint i = 0; i < ido_mapping_get_n_columns (mapping); i++)
    {
      ValueColumn column = { 0 };
      const char *code;

      if (ido_mapping_get_field (mapping, i) != IDO_FIELD_VALUE)
        continue;
      column.column = i;
      column.category = g_strdup (ido_mapping_get_category (mapping, i));
      if (job->columns[IDO_FIELD_INDICATOR] < 0)
        {
          code = ido_mapping_get_effective_indicator (mapping, i);
          column.fixed = indicator_for_code (job, code, ido_mapping_get_header (mapping, i), error);
          if (column.fixed == NULL)
            {
              value_column_clear (&column);
              return FALSE;
            }
        }
      g_array_append_val (job->values, column);
    }
  return TRUE;
}

/* Rows */

/* FreeXL reports XLSX cells in the built-in date formats (Dutch Excel's
 * "d-m-jjjj" among them) as plain numbers. A number in the period column
 * that is no year can only be such a date serial (days since 1899-12-30). */
static gboolean
serial_to_period (double  serial,
                  char    period[7])
{
  g_autoptr(GDate) date = NULL;

  if (serial < 61 || serial > 109574 || serial != floor (serial))
    return FALSE;
  date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, (guint) serial);
  g_snprintf (period, 7, "%04uQ%u", g_date_get_year (date), (g_date_get_month (date) - 1) / 3 + 1);
  return TRUE;
}

static gboolean
row_period (Job            *job,
            const IdoCell  *cells,
            guint           n_cells,
            const char    **period,
            int            *column,
            const char    **reason)
{
  char *buffer = job->period;
  g_autoptr(GError) error = NULL;
  const IdoCell *cell;
  char *cached;

  *column = job->columns[IDO_FIELD_PERIOD] >= 0 ? job->columns[IDO_FIELD_PERIOD] : job->columns[IDO_FIELD_YEAR];
  cell = cell_at (cells, n_cells, *column);
  if (is_blank (cell))
    {
      *reason = _("The period is missing.");
      return FALSE;
    }
  if (job->columns[IDO_FIELD_PERIOD] >= 0)
    {
      cached = g_hash_table_lookup (job->period_by_text, cell->text);
      if (cached != NULL)
        {
          *period = cached;
          return TRUE;
        }
      if (cell->type == IDO_CELL_NUMBER && (cell->number < 1900 || cell->number > 2199) &&
          serial_to_period (cell->number, buffer))
        ;
      else if (!ido_parse_period (cell->text, job->date_order, buffer, &error))
        {
          *reason = g_intern_string (error->message);
          return FALSE;
        }
    }
  else
    {
      const IdoCell *quarter_cell = cell_at (cells, n_cells, job->columns[IDO_FIELD_QUARTER]);
      guint year = 0, quarter = 0;

      if (!ido_parse_year (cell->text, &year, &error))
        {
          *reason = g_intern_string (error->message);
          return FALSE;
        }
      if (!is_blank (quarter_cell) && !ido_parse_quarter_number (quarter_cell->text, &quarter, &error))
        {
          *column = job->columns[IDO_FIELD_QUARTER];
          *reason = g_intern_string (error->message);
          return FALSE;
        }
      if (quarter > 0)
        g_snprintf (buffer, sizeof job->period, "%04uQ%u", year, quarter);
      else
        g_snprintf (buffer, sizeof job->period, "%04u", year);
      *period = buffer;
      return TRUE;
    }
  if (g_hash_table_size (job->period_by_text) >= MAX_CACHE_ENTRIES)
    g_hash_table_remove_all (job->period_by_text);
  g_hash_table_insert (job->period_by_text, g_strdup (cell->text), g_strdup (buffer));
  *period = buffer;
  return TRUE;
}

static const char *
check_unit (Indicator       *indicator,
            const IdoNumber *number)
{
  double v = number->value;

  if (indicator->is_custom)
    return NULL;
  if (number->percent && indicator->unit != UNIT_PERCENT)
    return _("This indicator is not a percentage.");
  switch (indicator->unit)
    {
    case UNIT_COUNT:
      if (v < 0 || fabs (v - round (v)) > 1e-9)
        return _("A count must be a whole number of 0 or more.");
      return NULL;
    case UNIT_PERCENT:
      if (v < 0 || v > 100)
        return _("A percentage must be between 0 and 100.");
      if (!number->percent && v > 0 && v < 1)
        return _("This can be a fraction (0.85 for 85%) or a percentage below 1%. "
                 "Write percentages as numbers from 0 to 100.");
      return NULL;
    case UNIT_SCORE:
      return v < 0 || v > 10 ? _("A score must be between 0 and 10.") : NULL;
    case UNIT_HOURS:
      return v < 0 || v > 168 ? _("Hours per week must be between 0 and 168.") : NULL;
    case UNIT_MINUTES:
    default:
      return v < 0 ? _("A duration cannot be negative.") : NULL;
    }
}

/* Applies the notation rules per column; returns a reason to reject, or
 * NULL. A conflict found too late to reject a row is fatal (error set). */
static gboolean
check_notation (Job              *job,
                ValueColumn      *column,
                const char       *text,
                const IdoNumber  *number,
                guint64           row,
                const char      **reason,
                GError          **error)
{
  IdoEvidence contrary = job->notation == IDO_NOTATION_DUTCH ? IDO_EVIDENCE_ENGLISH : IDO_EVIDENCE_DUTCH;

  *reason = NULL;
  if (number->evidence == IDO_EVIDENCE_AMBIGUOUS)
    {
      if (column->contrary_row != 0)
        {
          *reason = _("This number can be read in two ways (thousands or decimals), and this column "
                      "also holds numbers in the other notation. Choose the number notation of the file.");
          return TRUE;
        }
      if (column->ambiguous_row == 0)
        {
          column->ambiguous_row = row;
          column->ambiguous_text = g_strdup (text);
        }
    }
  else if (number->evidence == contrary && column->contrary_row == 0)
    {
      column->contrary_row = row;
      column->contrary_text = g_strdup (text);
      if (column->ambiguous_row != 0)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_AMBIGUOUS,
                       _("Column “%s” mixes number notations: “%s” (line or row %llu) was read in the "
                         "chosen notation, but “%s” (line or row %llu) is written in the other one. "
                         "Nothing was imported. Choose the number notation of the file, or correct the column."),
                       header_of (job, (int) column->column), column->ambiguous_text,
                       (unsigned long long) column->ambiguous_row, text, (unsigned long long) row);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_value (Job             *job,
             ValueColumn     *column,
             const IdoCell   *cell,
             guint64          row,
             IdoNumber       *number,
             const char     **reason,
             GError         **error)
{
  g_autoptr(GError) parse_error = NULL;

  if (cell->type == IDO_CELL_NUMBER)
    {
      number->value = cell->number;
      number->percent = FALSE;
      number->evidence = IDO_EVIDENCE_NONE;
      return TRUE;
    }
  if (!ido_parse_number (cell->text, job->notation, number, &parse_error))
    {
      *reason = g_intern_string (parse_error->message);
      return TRUE;
    }
  return check_notation (job, column, cell->text, number, row, reason, error);
}

/* Reads the values of a row into job->pending; FALSE only on a fatal error. */
static gboolean
collect_values (Job            *job,
                const IdoCell  *cells,
                guint           n_cells,
                guint64         row,
                int            *bad_column,
                const char    **reason,
                GError        **error)
{
  const IdoCell *indicator_cell = cell_at (cells, n_cells, job->columns[IDO_FIELD_INDICATOR]);
  const char *category = cell_at (cells, n_cells, job->columns[IDO_FIELD_CATEGORY])->text;
  const char *end = category + strlen (category);

  while (*category == ' ' || *category == '\t')
    category++;
  while (end > category && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  g_string_truncate (job->category, 0);
  g_string_append_len (job->category, category, end - category);
  g_array_set_size (job->pending, 0);
  for (guint i = 0; i < job->values->len && *reason == NULL; i++)
    {
      ValueColumn *column = &g_array_index (job->values, ValueColumn, i);
      const IdoCell *cell = cell_at (cells, n_cells, (int) column->column);
      Pending pending = { 0 };
      IdoNumber number;

      *bad_column = (int) column->column;
      /* No missing-value mark starts with a digit; most values do. */
      if (is_blank (cell) ||
          (cell->type == IDO_CELL_TEXT && !g_ascii_isdigit (cell->text[0]) && ido_parse_is_missing (cell->text)))
        {
          job->n_missing++;
          continue;
        }
      pending.indicator = column->fixed;
      if (pending.indicator == NULL)
        {
          *bad_column = job->columns[IDO_FIELD_INDICATOR];
          if (is_blank (indicator_cell))
            {
              *reason = _("The indicator is missing.");
              break;
            }
          pending.indicator = indicator_for_text (job, indicator_cell->text,
                                                  cell_text_or_null (cells, n_cells,
                                                                     job->columns[IDO_FIELD_INDICATOR_LABEL]),
                                                  error);
          if (pending.indicator == NULL)
            return FALSE;
          *bad_column = (int) column->column;
        }
      if (!parse_value (job, column, cell, row, &number, reason, error))
        return FALSE;
      if (*reason == NULL)
        *reason = check_unit (pending.indicator, &number);
      pending.value = number.value;
      pending.category = column->category ? column->category : job->category->str;
      g_array_append_val (job->pending, pending);
    }
  return TRUE;
}

static char *
put_hex (char    *out,
         guint64  value,
         guint    digits)
{
  static const char hex[] = "0123456789abcdef";

  for (guint i = digits; i > 0; i--)
    {
      out[i - 1] = hex[value & 0xf];
      value >>= 4;
    }
  return out + digits;
}

/* New observations get time-ordered UUIDs (version 7: milliseconds, then
 * a counter from a random start, then random bits), so the uuid index grows
 * at its end like the rowid instead of at a random place per row; that
 * makes large first imports several times faster than random v4 UUIDs.
 * Written as "%08x-%04x-7%03x-%04x-%012x" by hand: printf cost a
 * twentieth of a large import. */
static const char *
next_uuid (Job  *job,
           char *uuid)
{
  guint64 sequence = job->uuid_sequence++;
  char *out = uuid;

  out = put_hex (out, job->uuid_time >> 16, 8);
  *out++ = '-';
  out = put_hex (out, job->uuid_time & 0xffff, 4);
  *out++ = '-';
  *out++ = '7';
  out = put_hex (out, (sequence >> 48) & 0xfff, 3);
  *out++ = '-';
  out = put_hex (out, job->uuid_variant, 4);
  *out++ = '-';
  out = put_hex (out, sequence & G_GUINT64_CONSTANT (0xffffffffffff), 12);
  *out = '\0';
  return uuid;
}

static void
init_uuids (Job *job)
{
  job->uuid_time = (guint64) (g_get_real_time () / 1000) & G_GUINT64_CONSTANT (0xffffffffffff);
  job->uuid_sequence = ((guint64) g_random_int () << 8) ^ (guint64) g_random_int_range (0, 256);
  job->uuid_variant = 0x8000 | (g_random_int () & 0x3fff);
}

static gboolean
sql_failed (Job     *job,
            GError **error)
{
  g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_SQL, "%s",
               sqlite3_errmsg (ido_database_get_handle (job->database)));
  return FALSE;
}

/* Looks the key up; *found tells whether it exists. */
static gboolean
find_existing (Job         *job,
               Pending     *pending,
               const char  *period,
               const char  *place_key,
               gboolean    *found,
               GError     **error)
{
  sqlite3_stmt *stmt = job->select_obs;
  int rc;

  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, place_key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, pending->indicator->id);
  sqlite3_bind_text (stmt, 4, pending->category, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      pending->id = sqlite3_column_int64 (stmt, 0);
      pending->old_value = sqlite3_column_double (stmt, 1);
      pending->old_batch = sqlite3_column_int64 (stmt, 2);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (job, error);
  *found = pending->id != 0;
  return TRUE;
}

static gboolean
step_done (Job           *job,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (job, error);
  return TRUE;
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Inserts unless the key exists (ON CONFLICT DO NOTHING): a first import
 * needs no lookup per row, only a re-import does. */
static gboolean
try_insert (Job             *job,
            Pending         *pending,
            const char      *period,
            const IdoPlace  *place,
            GError         **error)
{
  sqlite3_stmt *stmt = job->insert_obs;

  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, place->key, -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 3, place->municipality_id);
  bind_id_or_null (stmt, 4, place->library_id);
  bind_id_or_null (stmt, 5, place->location_id);
  if (place->inside >= 0)
    sqlite3_bind_int (stmt, 6, place->inside);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int64 (stmt, 7, pending->indicator->id);
  sqlite3_bind_text (stmt, 8, pending->category, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 9, pending->value);
  sqlite3_bind_int64 (stmt, 10, job->batch_id);
  sqlite3_bind_text (stmt, 11, next_uuid (job, job->uuid), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, job->now, -1, SQLITE_STATIC);
  if (!step_done (job, stmt, error))
    return FALSE;
  pending->inserted = sqlite3_changes (ido_database_get_handle (job->database)) > 0;
  if (pending->inserted)
    {
      pending->id = ido_database_last_insert_id (job->database);
      job->next_id = MAX (job->next_id, pending->id);
    }
  else
    job->uuid_sequence--;
  return TRUE;
}

static gboolean
update_observation (Job      *job,
                    Pending  *pending,
                    GError  **error)
{
  sqlite3_bind_double (job->update_obs, 1, pending->value);
  sqlite3_bind_int64 (job->update_obs, 2, job->batch_id);
  sqlite3_bind_int64 (job->update_obs, 3, pending->id);
  sqlite3_bind_text (job->update_obs, 4, job->now, -1, SQLITE_STATIC);
  if (!step_done (job, job->update_obs, error))
    return FALSE;
  sqlite3_bind_int64 (job->insert_change, 1, job->batch_id);
  sqlite3_bind_int64 (job->insert_change, 2, pending->id);
  sqlite3_bind_double (job->insert_change, 3, pending->old_value);
  bind_id_or_null (job->insert_change, 4, pending->old_batch);
  if (!step_done (job, job->insert_change, error))
    return FALSE;
  job->n_changed++;
  return TRUE;
}

static gboolean
same_value (double a,
            double b)
{
  return a == b || fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

static gboolean
load_next_id (Job     *job,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (job->database, "SELECT coalesce (max (id), 0) FROM observation", error);
  if (stmt == NULL || !ido_database_step (job->database, stmt, &has_row, error))
    return FALSE;
  job->next_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* A row repeating a key of an earlier row: its own new rows are taken out
 * again, so a row is imported whole or not at all. */
static gboolean
undo_row_inserts (Job      *job,
                  GError  **error)
{
  for (guint i = 0; i < job->pending->len; i++)
    {
      Pending *pending = &g_array_index (job->pending, Pending, i);

      if (!pending->inserted)
        continue;
      sqlite3_bind_int64 (job->delete_obs, 1, pending->id);
      if (!step_done (job, job->delete_obs, error))
        return FALSE;
    }
  /* next_id stays the largest id (insert_buffered() relies on it). */
  return load_next_id (job, error);
}

static void
reject_duplicate (Job            *job,
                  const IdoPlace *place,
                  guint64         row)
{
  g_autofree char *reason = NULL;

  reason = place->merged_note
    ? g_strdup_printf (_("This row repeats the period, place, indicator and category of an earlier "
                         "row of this file (%s)."), place->merged_note)
    : g_strdup (_("This row repeats the period, place, indicator and category of an earlier row of this file."));
  reject_row (job, row, -1, "", reason);
}

/* Writes the values of a row: new ones are inserted, existing ones are
 * compared and updated when they differ. */
static gboolean
write_row (Job             *job,
           const char      *period,
           const IdoPlace  *place,
           guint64          row,
           GError         **error)
{
  for (guint i = 0; i < job->pending->len; i++)
    {
      Pending *pending = &g_array_index (job->pending, Pending, i);
      gboolean found = FALSE;

      /* Whichever came out last is tried first: a first import inserts
       * without lookups, a re-import looks up without failed inserts. */
      if (job->expect_existing && !find_existing (job, pending, period, place->key, &found, error))
        return FALSE;
      if (!found && !try_insert (job, pending, period, place, error))
        return FALSE;
      job->expect_existing = !pending->inserted;
      if (pending->inserted)
        continue;
      if (!found && !find_existing (job, pending, period, place->key, &found, error))
        return FALSE;
      if (!found)
        return sql_failed (job, error);
      if (id_set_contains (&job->seen, pending->id))
        {
          reject_duplicate (job, place, row);
          return undo_row_inserts (job, error);
        }
    }
  for (guint i = 0; i < job->pending->len; i++)
    {
      Pending *pending = &g_array_index (job->pending, Pending, i);

      id_set_add (&job->seen, pending->id);
      if (pending->inserted)
        job->n_new++;
      else if (same_value (pending->value, pending->old_value))
        job->n_unchanged++;
      else if (!update_observation (job, pending, error))
        return FALSE;
    }
  return TRUE;
}

/* Writing in groups: checked rows wait in a small buffer (at most
 * WRITE_VALUES values), then go in one INSERT of many rows. One statement
 * per group instead of one per value saves SQLite's per-statement work,
 * and its cursors stay open across the group, so the rowid table and the
 * uuid index, both filled in ascending order, take rows at their end.
 * New rows get the largest rowid plus one each, so the group's ids follow
 * from last_insert_rowid (checked). Any conflict (a key already in the
 * database, or repeated in the file) stops the statement (OR FAIL: no
 * statement journal, see 007-observation-lean.sql); the rows it inserted
 * before are deleted again (every id above next_id) and the group goes
 * row by row through write_row(), which sorts out new, changed, unchanged
 * and repeated keys exactly as before. After a conflict, and during a
 * re-import, rows go one by one with a lookup first (expect_existing)
 * until a new key shows up again.
 * Measured at 1M rows (load ~5): user CPU 2.3 s -> 1.95 s. */

static sqlite3_stmt *prepare_raw (Job         *job,
                                  const char  *sql,
                                  GError     **error);

static sqlite3_stmt *
insert_many_statement (Job     *job,
                       guint    n_values,
                       GError **error)
{
  g_autoptr(GString) sql = NULL;

  if (job->insert_many[n_values] != NULL)
    return job->insert_many[n_values];
  sql = g_string_new ("INSERT OR FAIL INTO observation (batch_id, created_at, updated_at, period, place_key, "
                      "municipality_id, library_id, location_id, inside_library, indicator_id, category, "
                      "value, uuid) VALUES ");
  for (guint i = 0; i < n_values; i++)
    {
      guint p = 3 + i * 10;

      g_string_append_printf (sql, "%s(?1, ?2, ?2, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u, ?%u)",
                              i > 0 ? ", " : "", p, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7, p + 8,
                              p + 9);
    }
  job->insert_many[n_values] = prepare_raw (job, sql->str, error);
  return job->insert_many[n_values];
}

/* Inserts every buffered value as a new observation; *inserted is FALSE
 * when one of them conflicts, and then nothing was inserted. */
static gboolean
insert_buffered (Job       *job,
                 gboolean  *inserted,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  guint64 sequence = job->uuid_sequence;
  guint n_values = job->write_values->len;
  int p = 3, rc;

  *inserted = FALSE;
  stmt = insert_many_statement (job, n_values, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, job->batch_id);
  sqlite3_bind_text (stmt, 2, job->now, -1, SQLITE_STATIC);
  for (guint r = 0; r < job->write_rows->len; r++)
    {
      WriteRow *row = &g_array_index (job->write_rows, WriteRow, r);

      for (guint v = row->first; v < row->first + row->n_values; v++)
        {
          WriteValue *value = &g_array_index (job->write_values, WriteValue, v);

          sqlite3_bind_text (stmt, p++, row->period, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, p++, row->place.key, -1, SQLITE_STATIC);
          bind_id_or_null (stmt, p++, row->place.municipality_id);
          bind_id_or_null (stmt, p++, row->place.library_id);
          bind_id_or_null (stmt, p++, row->place.location_id);
          if (row->place.inside >= 0)
            sqlite3_bind_int (stmt, p++, row->place.inside);
          else
            sqlite3_bind_null (stmt, p++);
          sqlite3_bind_int64 (stmt, p++, value->indicator->id);
          sqlite3_bind_text (stmt, p++, value->category, -1, SQLITE_STATIC);
          sqlite3_bind_double (stmt, p++, value->value);
          sqlite3_bind_text (stmt, p++, next_uuid (job, job->write_uuids[v]), -1, SQLITE_STATIC);
        }
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      /* SQLite gives each new row the largest rowid so far plus one, so
       * the group's rows have the ids up to the last one. (A row deleted
       * again by undo_row_inserts() may have lowered the largest.) */
      gint64 last = ido_database_last_insert_id (job->database);

      for (guint v = 0; v < n_values; v++)
        id_set_add (&job->seen, last - n_values + 1 + v);
      job->next_id = last;
      job->n_new += n_values;
      *inserted = TRUE;
      return TRUE;
    }
  job->uuid_sequence = sequence;
  if ((rc & 0xff) != SQLITE_CONSTRAINT)
    return sql_failed (job, error);
  /* OR FAIL keeps the rows before the conflict: no statement journal is
   * needed, which would copy every page the statement touches. */
  sqlite3_bind_int64 (job->delete_many, 1, job->next_id);
  return step_done (job, job->delete_many, error);
}

/* Writes the buffered rows and empties the buffer. */
static gboolean
flush_rows (Job     *job,
            GError **error)
{
  gboolean inserted = FALSE;
  guint n_values = job->write_values->len;

  if (job->write_rows->len == 0)
    return TRUE;
  if (!job->expect_existing && n_values >= 2 && n_values <= WRITE_VALUES &&
      !insert_buffered (job, &inserted, error))
    return FALSE;
  /* A conflict: some keys exist, so look them up first from now on. */
  if (!inserted && n_values >= 2 && n_values <= WRITE_VALUES)
    job->expect_existing = TRUE;
  for (guint r = 0; r < job->write_rows->len && !inserted; r++)
    {
      WriteRow *row = &g_array_index (job->write_rows, WriteRow, r);

      g_array_set_size (job->pending, row->n_values);
      for (guint v = 0; v < row->n_values; v++)
        {
          WriteValue *value = &g_array_index (job->write_values, WriteValue, row->first + v);
          Pending *pending = &g_array_index (job->pending, Pending, v);

          memset (pending, 0, sizeof *pending);
          pending->indicator = value->indicator;
          pending->category = value->category;
          pending->value = value->value;
        }
      if (!write_row (job, row->period, &row->place, row->row, error))
        return FALSE;
    }
  g_array_set_size (job->write_rows, 0);
  g_array_set_size (job->write_values, 0);
  g_string_chunk_clear (job->write_text);
  return TRUE;
}

/* Puts the checked row (its values in job->pending) in the buffer. */
static gboolean
buffer_row (Job             *job,
            const char      *period,
            const IdoPlace  *place,
            guint64          row,
            GError         **error)
{
  WriteRow *write_row;

  if (job->pending->len == 0)
    return TRUE;
  if (job->write_values->len + job->pending->len > WRITE_VALUES && !flush_rows (job, error))
    return FALSE;
  g_array_set_size (job->write_rows, job->write_rows->len + 1);
  write_row = &g_array_index (job->write_rows, WriteRow, job->write_rows->len - 1);
  write_row->row = row;
  g_strlcpy (write_row->period, period, sizeof write_row->period);
  write_row->place = *place;
  write_row->place.key = g_string_chunk_insert (job->write_text, place->key);
  write_row->place.merged_note = place->merged_note != NULL
                                 ? g_string_chunk_insert (job->write_text, place->merged_note)
                                 : NULL;
  write_row->place.error = NULL;
  write_row->first = job->write_values->len;
  write_row->n_values = job->pending->len;
  for (guint i = 0; i < job->pending->len; i++)
    {
      Pending *pending = &g_array_index (job->pending, Pending, i);
      WriteValue value = { pending->indicator, g_string_chunk_insert_const (job->write_text, pending->category),
                           pending->value };

      g_array_append_val (job->write_values, value);
    }
  if (job->write_values->len >= WRITE_VALUES)
    return flush_rows (job, error);
  return TRUE;
}

static gboolean
row_is_header_again (Job           *job,
                     const IdoCell *cells,
                     guint          n_cells)
{
  if (n_cells == 0 || n_cells > job->n_headers)
    return FALSE;
  for (guint i = 0; i < n_cells; i++)
    {
      if (g_strcmp0 (cells[i].text, job->headers[i]) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
row_is_blank (const IdoCell *cells,
              guint          n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (!is_blank (&cells[i]))
        return FALSE;
    }
  return TRUE;
}

static int
extra_cell (Job           *job,
            const IdoCell *cells,
            guint          n_cells)
{
  for (guint i = job->n_headers; i < n_cells; i++)
    {
      if (!is_blank (&cells[i]))
        return (int) i;
    }
  return -1;
}

static IdoPlaceCells
row_place_cells (Job           *job,
                 const IdoCell *cells,
                 guint          n_cells)
{
  IdoPlaceCells place = {
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_PLACE_KEY]),
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_LOCATION]),
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_LIBRARY]),
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_MUNICIPALITY_CODE]),
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_MUNICIPALITY]),
    cell_text_or_null (cells, n_cells, job->columns[IDO_FIELD_INSIDE_LIBRARY]),
  };

  return place;
}

static int
column_of_field (Job      *job,
                 IdoField  field)
{
  return field == IDO_FIELD_NONE || field == IDO_FIELD_VALUE ? -1 : job->columns[field];
}

/* One data row. FALSE on a fatal error; rejections are counted. */
static gboolean
import_row (Job            *job,
            const IdoCell  *cells,
            guint           n_cells,
            guint64         row,
            GError        **error)
{
  const char *period = NULL, *reason = NULL;
  const IdoPlace *place;
  IdoPlaceCells place_cells;
  int column = -1;

  /* ";;;;" lines from spreadsheets, and headers repeated per page */
  if (row_is_blank (cells, n_cells) || row_is_header_again (job, cells, n_cells))
    return TRUE;
  job->n_rows++;
  if ((column = extra_cell (job, cells, n_cells)) >= 0)
    {
      if (!flush_rows (job, error))
        return FALSE;
      reject_row (job, row, -1, cells[column].text, _("The row has more fields than the header."));
      return TRUE;
    }
  if (!row_period (job, cells, n_cells, &period, &column, &reason))
    {
      if (!flush_rows (job, error))
        return FALSE;
      reject_row (job, row, column, cell_at (cells, n_cells, column)->text, reason);
      return TRUE;
    }
  place_cells = row_place_cells (job, cells, n_cells);
  place = ido_place_resolver_resolve (job->places, &place_cells, error);
  if (place == NULL)
    return FALSE;
  if (place->error != NULL)
    {
      column = column_of_field (job, place->error_field);
      if (!flush_rows (job, error))
        return FALSE;
      reject_row (job, row, column, column >= 0 ? cell_at (cells, n_cells, column)->text : "", place->error);
      return TRUE;
    }
  if (!collect_values (job, cells, n_cells, row, &column, &reason, error))
    return FALSE;
  if (reason != NULL)
    {
      if (!flush_rows (job, error))
        return FALSE;
      reject_row (job, row, column, cell_at (cells, n_cells, column)->text, reason);
      return TRUE;
    }
  return buffer_row (job, period, place, row, error);
}

/* The transaction */

static sqlite3_stmt *
prepare_raw (Job         *job,
             const char  *sql,
             GError     **error)
{
  sqlite3 *handle = ido_database_get_handle (job->database);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_SQL, "%s", sqlite3_errmsg (handle));
      return NULL;
    }
  return stmt;
}

static gboolean
prepare_statements (Job     *job,
                    GError **error)
{
  job->select_obs = prepare_raw (job,
                                 "SELECT id, value, batch_id FROM observation "
                                 "WHERE period = ?1 AND place_key = ?2 AND indicator_id = ?3 AND category = ?4",
                                 error);
  if (job->select_obs == NULL)
    return FALSE;
  job->insert_obs = prepare_raw (job,
                                 "INSERT INTO observation (period, place_key, municipality_id, library_id, "
                                 "location_id, inside_library, indicator_id, category, value, batch_id, uuid, "
                                 "created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12) "
                                 "ON CONFLICT (indicator_id, period, place_key, category) DO NOTHING",
                                 error);
  if (job->insert_obs == NULL)
    return FALSE;
  job->update_obs = prepare_raw (job, "UPDATE observation SET value = ?1, batch_id = ?2, updated_at = ?4 "
                                 "WHERE id = ?3", error);
  if (job->update_obs == NULL)
    return FALSE;
  job->delete_obs = prepare_raw (job, "DELETE FROM observation WHERE id = ?1", error);
  if (job->delete_obs == NULL)
    return FALSE;
  job->delete_many = prepare_raw (job, "DELETE FROM observation WHERE id > ?1", error);
  if (job->delete_many == NULL)
    return FALSE;
  job->insert_change = prepare_raw (job,
                                    "INSERT INTO observation_change (batch_id, observation_id, old_value, "
                                    "old_batch_id) VALUES (?1, ?2, ?3, ?4)",
                                    error);
  return job->insert_change != NULL;
}

static void
finalize_statements (Job *job)
{
  g_clear_pointer (&job->select_obs, sqlite3_finalize);
  g_clear_pointer (&job->insert_obs, sqlite3_finalize);
  g_clear_pointer (&job->update_obs, sqlite3_finalize);
  g_clear_pointer (&job->delete_obs, sqlite3_finalize);
  g_clear_pointer (&job->delete_many, sqlite3_finalize);
  g_clear_pointer (&job->insert_change, sqlite3_finalize);
  for (guint i = 0; i < G_N_ELEMENTS (job->insert_many); i++)
    g_clear_pointer (&job->insert_many[i], sqlite3_finalize);
}

static gboolean
insert_batch (Job     *job,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = ido_mapping_to_json (job->used_mapping);
  g_autofree char *name = g_file_get_basename (job->file);

  gboolean has_row = FALSE;

  stmt = ido_database_prepare (job->database,
                               "INSERT INTO import_batch (file_name, sha256, mapping) VALUES (?1, '', ?2) "
                               "RETURNING id, created_at",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (job->database, stmt, &has_row, error))
    return FALSE;
  g_assert (has_row);
  job->batch_id = sqlite3_column_int64 (stmt, 0);
  job->now = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  init_uuids (job);
  return TRUE;
}

static gboolean
finish_batch (Job     *job,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = ido_database_prepare (job->database,
                               "UPDATE import_batch SET sha256 = ?1, rows_new = ?2, rows_changed = ?3, "
                               "rows_unchanged = ?4, rows_rejected = ?5 WHERE id = ?6",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ido_import_report_get_sha256 (job->report), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, (gint64) job->n_new);
  sqlite3_bind_int64 (stmt, 3, (gint64) job->n_changed);
  sqlite3_bind_int64 (stmt, 4, (gint64) job->n_unchanged);
  sqlite3_bind_int64 (stmt, 5, (gint64) job->n_rejected);
  sqlite3_bind_int64 (stmt, 6, job->batch_id);
  return ido_database_step (job->database, stmt, NULL, error);
}

static gboolean
import_head_rows (Job     *job,
                  GError **error)
{
  for (guint i = job->header_row + 1; i < job->head->len; i++)
    {
      HeadRow *row = g_ptr_array_index (job->head, i);
      g_autofree IdoCell *cells = g_new0 (IdoCell, row->cells->len + 1);

      for (guint c = 0; c < row->cells->len; c++)
        {
          OwnedCell *owned = &g_array_index (row->cells, OwnedCell, c);

          cells[c].type = owned->type;
          cells[c].text = owned->text;
          cells[c].number = owned->number;
        }
      if (!import_row (job, cells, row->cells->len, row->row, error))
        return FALSE;
    }
  return TRUE;
}

/* Reading ahead: a thread of its own reads and decodes the file (CSV
 * parsing, transcoding, the SHA-256) while this one checks and writes, in
 * chunks of rows passed through two queues. At most READ_AHEAD_CHUNKS
 * chunks exist, so memory stays bounded whatever the file's size. */

#define READ_AHEAD_ROWS   512
#define READ_AHEAD_CHUNKS 8

typedef struct
{
  guint64 row;
  guint   first;
  guint   n_cells;
} ChunkRow;

typedef struct
{
  GArray  *rows;      /* ChunkRow */
  GArray  *cells;     /* IdoCell; text points into text once the chunk is full */
  GString *text;
  double   progress;
  gboolean last;
  GError  *error;     /* the reader's error, on the last chunk */
} Chunk;

typedef struct
{
  IdoTableReader *reader;
  GAsyncQueue    *full;   /* Chunk, read, to be imported */
  GAsyncQueue    *empty;  /* Chunk, to be filled */
  gint            stop;
  GThread        *thread;
} ReadAhead;

static Chunk *
chunk_new (void)
{
  Chunk *chunk = g_new0 (Chunk, 1);

  chunk->rows = g_array_sized_new (FALSE, FALSE, sizeof (ChunkRow), READ_AHEAD_ROWS);
  chunk->cells = g_array_sized_new (FALSE, FALSE, sizeof (IdoCell), READ_AHEAD_ROWS * 8);
  chunk->text = g_string_sized_new (READ_AHEAD_ROWS * 64);
  return chunk;
}

static void
chunk_free (gpointer data)
{
  Chunk *chunk = data;

  g_array_unref (chunk->rows);
  g_array_unref (chunk->cells);
  g_string_free (chunk->text, TRUE);
  g_clear_error (&chunk->error);
  g_free (chunk);
}

/* Fills @chunk with the next rows; texts are kept as offsets into
 * chunk->text while it grows, then made pointers. */
static void
chunk_fill (Chunk          *chunk,
            IdoTableReader *reader)
{
  g_array_set_size (chunk->rows, 0);
  g_array_set_size (chunk->cells, 0);
  g_string_truncate (chunk->text, 0);
  chunk->last = FALSE;
  while (chunk->rows->len < READ_AHEAD_ROWS)
    {
      const IdoCell *cells = NULL;
      guint n_cells = 0;
      ChunkRow row;

      if (!ido_table_reader_next_row (reader, &cells, &n_cells, &chunk->error))
        {
          chunk->last = TRUE;
          break;
        }
      row.row = ido_table_reader_get_row_number (reader);
      row.first = chunk->cells->len;
      row.n_cells = n_cells;
      g_array_append_val (chunk->rows, row);
      for (guint i = 0; i < n_cells; i++)
        {
          IdoCell cell = cells[i];

          cell.text = GSIZE_TO_POINTER (chunk->text->len);
          g_string_append_len (chunk->text, cells[i].text, (gssize) strlen (cells[i].text) + 1);
          g_array_append_val (chunk->cells, cell);
        }
    }
  for (guint i = 0; i < chunk->cells->len; i++)
    {
      IdoCell *cell = &g_array_index (chunk->cells, IdoCell, i);

      cell->text = chunk->text->str + GPOINTER_TO_SIZE (cell->text);
    }
  chunk->progress = ido_table_reader_get_progress (reader);
}

static gpointer
read_ahead_thread (gpointer data)
{
  ReadAhead *ahead = data;

  for (;;)
    {
      Chunk *chunk = g_async_queue_pop (ahead->empty);
      gboolean last;

      if (g_atomic_int_get (&ahead->stop))
        {
          chunk_free (chunk);
          break;
        }
      chunk_fill (chunk, ahead->reader);
      last = chunk->last;
      g_async_queue_push (ahead->full, chunk);
      if (last)
        break;
    }
  return NULL;
}

static ReadAhead *
read_ahead_start (IdoTableReader *reader)
{
  ReadAhead *ahead = g_new0 (ReadAhead, 1);

  ahead->reader = reader;
  ahead->full = g_async_queue_new_full (chunk_free);
  ahead->empty = g_async_queue_new_full (chunk_free);
  for (guint i = 0; i < READ_AHEAD_CHUNKS; i++)
    g_async_queue_push (ahead->empty, chunk_new ());
  ahead->thread = g_thread_new ("ido-import-read", read_ahead_thread, ahead);
  return ahead;
}

/* Stops the thread wherever it is (a chunk it is filling is finished
 * first) and frees everything. */
static void
read_ahead_stop (ReadAhead *ahead)
{
  g_atomic_int_set (&ahead->stop, 1);
  g_async_queue_push (ahead->empty, chunk_new ());
  g_thread_join (ahead->thread);
  g_async_queue_unref (ahead->full);
  g_async_queue_unref (ahead->empty);
  g_free (ahead);
}

static gboolean
import_chunk (Job      *job,
              Chunk    *chunk,
              guint64  *count,
              GError  **error)
{
  for (guint i = 0; i < chunk->rows->len; i++)
    {
      ChunkRow *row = &g_array_index (chunk->rows, ChunkRow, i);

      if (!import_row (job, &g_array_index (chunk->cells, IdoCell, row->first), row->n_cells, row->row, error))
        return FALSE;
      if (++*count % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
            return FALSE;
          report_progress (job, chunk->progress);
        }
    }
  if (chunk->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&chunk->error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_rows (Job     *job,
             GError **error)
{
  ReadAhead *ahead;
  guint64 count = 0;
  gboolean ok = TRUE, last = FALSE;

  if (!import_head_rows (job, error))
    return FALSE;
  ahead = read_ahead_start (job->reader);
  while (ok && !last)
    {
      Chunk *chunk = g_async_queue_pop (ahead->full);

      ok = import_chunk (job, chunk, &count, error);
      last = chunk->last;
      g_async_queue_push (ahead->empty, chunk);
    }
  read_ahead_stop (ahead);
  return ok && flush_rows (job, error) && !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

static gboolean
setup_run (Job     *job,
           GError **error)
{
  job->report = ido_import_report_new (g_file_peek_path (job->file) ? g_file_peek_path (job->file) : "");
  job->values = g_array_new (FALSE, TRUE, sizeof (ValueColumn));
  g_array_set_clear_func (job->values, value_column_clear);
  job->indicators = g_ptr_array_new_with_free_func (indicator_free);
  job->indicator_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  job->indicator_by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  job->indicator_by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  job->period_by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  job->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  job->category = g_string_new (NULL);
  job->write_rows = g_array_new (FALSE, TRUE, sizeof (WriteRow));
  job->write_values = g_array_new (FALSE, TRUE, sizeof (WriteValue));
  job->write_text = g_string_chunk_new (4096);
  if (!load_indicators (job, error) || !compile_mapping (job, error) || !insert_batch (job, error))
    return FALSE;
  job->places = ido_place_resolver_new (job->database, ido_mapping_get_default_place (job->used_mapping), error);
  return job->places != NULL && prepare_statements (job, error) && load_next_id (job, error);
}

static void
set_report_counts (Job *job)
{
  ido_import_report_set_counts (job->report, job->n_rows, job->n_new, job->n_changed, job->n_unchanged,
                                job->n_rejected, job->n_missing);
}

static gboolean
should_commit (Job *job)
{
  if (job->dry_run)
    return FALSE;
  if (job->n_rejected > 0 && !job->valid_only)
    return FALSE;
  return job->n_new > 0 || job->n_changed > 0;
}

static int
get_pragma (IdoDatabase *database,
            const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (database, sql, NULL);
  gboolean has_row = FALSE;
  int value = 0;

  if (stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row)
    value = sqlite3_column_int (stmt, 0);
  return value;
}

/* A bulk load: a larger page cache, and no foreign key lookups per row.
 * Every id the importer writes comes from a lookup or insert in this same
 * write transaction (no other connection can write meanwhile), so the
 * checks could never fail; they cost a third of a large import. Outside a
 * transaction only: SQLite ignores the pragma inside one. */
static void
set_bulk_mode (IdoDatabase *database,
               int          cache_size,
               gboolean     foreign_keys)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d; PRAGMA foreign_keys = %d",
                                          cache_size, foreign_keys ? 1 : 0);

  ido_database_exec (database, sql, NULL);
}

/* A large import writes its pages once: in WAL mode every page goes to
 * the WAL and then, at the checkpoint after the commit, into the database
 * a second time (at 1M rows, 300 MB twice). With a rollback journal, pages
 * added to the end of the file are written once and need no journal; only
 * pages that held data before are copied to the journal first. The import
 * stays one transaction; synchronous = FULL while in this mode makes the
 * commit as safe against power loss as WAL with NORMAL (a killed or
 * crashed import leaves a hot journal, and the next open rolls it back).
 * Only possible with no other connection open on the file (the app's own
 * async imports stay in WAL mode) and outside a transaction; the next open
 * of the database sets WAL mode again whatever happens here. */
static gboolean
enter_rollback_journal (Job *job)
{
  sqlite3 *handle = ido_database_get_handle (job->database);
  const char *path = g_file_peek_path (job->file);
  GStatBuf buf;
  char mode[16] = "";
  sqlite3_stmt *stmt = NULL;

  if (job->dry_run || path == NULL || g_stat (path, &buf) != 0 || buf.st_size < BULK_FILE_BYTES ||
      !sqlite3_get_autocommit (handle))
    return FALSE;
  if (sqlite3_prepare_v2 (handle, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    g_strlcpy (mode, (const char *) sqlite3_column_text (stmt, 0), sizeof mode);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    return FALSE;
  if (sqlite3_prepare_v2 (handle, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    g_strlcpy (mode, (const char *) sqlite3_column_text (stmt, 0), sizeof mode);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (g_ascii_strcasecmp (mode, "delete") != 0)
    return FALSE;
  ido_database_exec (job->database, "PRAGMA synchronous = FULL", NULL);
  return TRUE;
}

static void
leave_rollback_journal (Job *job)
{
  ido_database_exec (job->database, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", NULL);
}

/* The SHA-256 is of every byte read in this run, so a file that changed
 * since the caller checked it is refused before anything is committed. */
static gboolean
check_expected_sha256 (Job     *job,
                       GError **error)
{
  const char *sha256 = ido_table_reader_get_sha256 (job->reader);

  if (job->expected_sha256 == NULL || g_ascii_strcasecmp (job->expected_sha256, sha256 ? sha256 : "") == 0)
    return TRUE;
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_FILE_CHANGED,
               _("The file has changed since it was checked. Nothing was imported; check it again."));
  return FALSE;
}

/* Runs the whole import on job->database; returns the report or NULL. */
static IdoImportReport *
run_job (Job     *job,
         GError **error)
{
  gint64 started = g_get_monotonic_time ();
  gboolean ok, rollback_journal;
  int cache_size, foreign_keys;

  if (!prepare (job, MAX_HEAD_ROWS, error) || !ido_mapping_validate (job->used_mapping, error))
    return NULL;
  cache_size = get_pragma (job->database, "PRAGMA cache_size");
  foreign_keys = get_pragma (job->database, "PRAGMA foreign_keys");
  set_bulk_mode (job->database, -IMPORT_CACHE_KIB, FALSE);
  rollback_journal = enter_rollback_journal (job);
  if (!ido_database_begin (job->database, error))
    {
      if (rollback_journal)
        leave_rollback_journal (job);
      set_bulk_mode (job->database, cache_size, foreign_keys);
      return NULL;
    }
  ok = setup_run (job, error) && import_rows (job, error);
  g_debug ("Import: %" G_GUINT64_FORMAT " rows read and written in %.3f s", job->n_rows,
           (g_get_monotonic_time () - started) / 1e6);
  if (ok)
    {
      ido_import_report_set_sha256 (job->report, ido_table_reader_get_sha256 (job->reader));
      set_report_counts (job);
      ok = check_expected_sha256 (job, error);
    }
  finalize_statements (job);
  if (ok && should_commit (job))
    {
      /* A failing commit has rolled back already. */
      if (!finish_batch (job, error))
        {
          ido_database_rollback (job->database);
          ok = FALSE;
        }
      else
        ok = ido_database_commit (job->database, error);
      if (ok)
        ido_import_report_set_outcome (job->report, job->batch_id, TRUE, FALSE);
    }
  else
    {
      ido_database_rollback (job->database);
      if (ok)
        ido_import_report_set_outcome (job->report, 0, FALSE, job->dry_run);
    }
  if (rollback_journal)
    leave_rollback_journal (job);
  set_bulk_mode (job->database, cache_size, foreign_keys);
  g_debug ("Import: done after %.3f s", (g_get_monotonic_time () - started) / 1e6);
  if (ok)
    report_progress (job, 1.0);
  return ok ? g_object_ref (job->report) : NULL;
}

static void
job_free (Job *job)
{
  finalize_statements (job);
  g_clear_object (&job->importer);
  g_clear_object (&job->database);
  g_clear_object (&job->file);
  g_clear_object (&job->mapping);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->progress_context, g_main_context_unref);
  g_clear_pointer (&job->encoding, g_free);
  g_clear_pointer (&job->sheet_name, g_free);
  g_clear_pointer (&job->default_place, g_free);
  g_clear_pointer (&job->expected_sha256, g_free);
  g_clear_object (&job->reader);
  g_clear_pointer (&job->head, g_ptr_array_unref);
  g_clear_object (&job->used_mapping);
  g_clear_object (&job->report);
  g_clear_pointer (&job->values, g_array_unref);
  g_clear_pointer (&job->headers, g_strfreev);
  g_clear_pointer (&job->indicator_by_code, g_hash_table_unref);
  g_clear_pointer (&job->indicator_by_label, g_hash_table_unref);
  g_clear_pointer (&job->indicator_by_text, g_hash_table_unref);
  g_clear_pointer (&job->indicators, g_ptr_array_unref);
  g_clear_pointer (&job->period_by_text, g_hash_table_unref);
  g_clear_pointer (&job->places, ido_place_resolver_free);
  g_clear_pointer (&job->pending, g_array_unref);
  g_clear_pointer (&job->write_rows, g_array_unref);
  g_clear_pointer (&job->write_values, g_array_unref);
  g_clear_pointer (&job->write_text, g_string_chunk_free);
  if (job->category != NULL)
    g_string_free (job->category, TRUE);
  g_clear_pointer (&job->detected_encoding, g_free);
  g_clear_pointer (&job->now, g_free);
  id_set_clear (&job->seen);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (IdoImporter  *self,
         IdoDatabase  *database,
         GFile        *file,
         GCancellable *cancellable)
{
  Job *job = g_new0 (Job, 1);

  job->importer = g_object_ref (self);
  job->database = g_object_ref (database);
  job->file = g_object_ref (file);
  job->mapping = self->mapping ? ido_mapping_copy (self->mapping) : NULL;
  job->encoding = g_strdup (self->encoding);
  job->sheet_name = g_strdup (self->sheet_name);
  job->options.encoding = job->encoding;
  job->options.delimiter = self->delimiter;
  job->options.sheet = self->sheet;
  job->options.sheet_name = job->sheet_name;
  job->dry_run = self->dry_run;
  job->valid_only = self->valid_only;
  job->default_place = g_strdup (self->default_place);
  job->expected_sha256 = g_strdup (self->expected_sha256);
  job->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  job->last_progress = -1.0;
  return job;
}

static void
emit_changes (IdoImporter     *self,
              IdoImportReport *report,
              IdoPlaceCreated  created,
              gboolean         new_indicators)
{
  if (!ido_import_report_get_committed (report))
    return;
  if (created & IDO_PLACE_CREATED_MUNICIPALITY)
    ido_database_emit_changed (self->database, "municipality");
  if (created & IDO_PLACE_CREATED_LIBRARY)
    ido_database_emit_changed (self->database, "library");
  if (created & IDO_PLACE_CREATED_LOCATION)
    ido_database_emit_changed (self->database, "location");
  if (new_indicators)
    ido_database_emit_changed (self->database, "indicator");
  ido_database_emit_changed (self->database, "import_batch");
  ido_database_emit_changed (self->database, "observation");
}

static void
keep_used_mapping (IdoImporter   *self,
                   IdoMapping    *mapping,
                   IdoFileFormat  format,
                   const char    *encoding,
                   char           delimiter)
{
  if (mapping == NULL)
    return;
  g_set_object (&self->used_mapping, mapping);
  self->format = format;
  g_free (self->detected_encoding);
  self->detected_encoding = g_strdup (encoding);
  self->detected_delimiter = delimiter;
}

/* GObject */

static void
ido_importer_finalize (GObject *object)
{
  IdoImporter *self = (IdoImporter *) object;

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  g_clear_object (&self->database);
  g_clear_object (&self->mapping);
  g_clear_object (&self->used_mapping);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->sheet_name, g_free);
  g_clear_pointer (&self->default_place, g_free);
  g_clear_pointer (&self->expected_sha256, g_free);
  g_clear_pointer (&self->detected_encoding, g_free);

  G_OBJECT_CLASS (ido_importer_parent_class)->finalize (object);
}

static void
ido_importer_class_init (IdoImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_importer_finalize;
}

static void
ido_importer_init (IdoImporter *self)
{
  self->sheet = -1;
}

/* Public API */

/**
 * ido_importer_new:
 * @database: the database to import into
 *
 * Returns: (transfer full): an importer with no mapping (presets and
 *   detection decide), not a dry run, all-or-nothing
 */
IdoImporter *
ido_importer_new (IdoDatabase *database)
{
  IdoImporter *self;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  self = g_object_new (IDO_TYPE_IMPORTER, NULL);
  self->database = g_object_ref (database);
  return self;
}

IdoDatabase *
ido_importer_get_database (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  return self->database;
}

/**
 * ido_importer_set_mapping:
 * @mapping: (nullable): the mapping to use, or %NULL to use the preset saved
 *   for the file's header signature, else the detected mapping
 */
void
ido_importer_set_mapping (IdoImporter *self,
                          IdoMapping  *mapping)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));
  g_return_if_fail (mapping == NULL || IDO_IS_MAPPING (mapping));

  g_set_object (&self->mapping, mapping);
}

/**
 * ido_importer_get_mapping:
 *
 * Returns: (transfer none) (nullable): the mapping the last preview or
 *   import used, fitted to the file's columns (a preset has its name set)
 */
IdoMapping *
ido_importer_get_mapping (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  return self->used_mapping;
}

/**
 * ido_importer_get_format:
 *
 * Returns: the file type the last preview or import read
 */
IdoFileFormat
ido_importer_get_format (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), IDO_FILE_FORMAT_UNKNOWN);
  return self->format;
}

/**
 * ido_importer_get_encoding:
 *
 * Returns: (nullable): the encoding of the last CSV file read
 */
const char *
ido_importer_get_encoding (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  return self->detected_encoding;
}

/**
 * ido_importer_get_delimiter:
 *
 * Returns: the delimiter of the last CSV file read, or 0
 */
char
ido_importer_get_delimiter (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), 0);
  return self->detected_delimiter;
}

/**
 * ido_importer_set_reader_options:
 * @options: (nullable): encoding, delimiter or sheet that win over the mapping's
 */
void
ido_importer_set_reader_options (IdoImporter            *self,
                                 const IdoReaderOptions *options)
{
  static const IdoReaderOptions defaults = IDO_READER_OPTIONS_INIT;

  g_return_if_fail (IDO_IS_IMPORTER (self));

  if (options == NULL)
    options = &defaults;
  g_free (self->encoding);
  self->encoding = g_strdup (options->encoding);
  self->delimiter = options->delimiter;
  self->sheet = options->sheet;
  g_free (self->sheet_name);
  self->sheet_name = g_strdup (options->sheet_name);
}

/**
 * ido_importer_set_dry_run:
 *
 * A dry run computes the report in a transaction that is rolled back.
 */
void
ido_importer_set_dry_run (IdoImporter *self,
                          gboolean     dry_run)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));
  self->dry_run = !!dry_run;
}

gboolean
ido_importer_get_dry_run (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), FALSE);
  return self->dry_run;
}

/**
 * ido_importer_set_valid_only:
 *
 * Imports the valid rows of a file that has rejected rows; only to be set
 * after the user has seen the rejected rows.
 */
void
ido_importer_set_valid_only (IdoImporter *self,
                             gboolean     valid_only)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));
  self->valid_only = !!valid_only;
}

gboolean
ido_importer_get_valid_only (IdoImporter *self)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), FALSE);
  return self->valid_only;
}

/**
 * ido_importer_set_expected_sha256:
 * @sha256: (nullable): the SHA-256 (hexadecimal) the file had when the user
 *   checked it, or %NULL to accept any content
 *
 * When the file read during the import has another SHA-256, the import is
 * rolled back before its commit and fails with
 * %IDO_IMPORT_ERROR_FILE_CHANGED: rows the user has not seen never reach
 * the database.
 */
void
ido_importer_set_expected_sha256 (IdoImporter *self,
                                  const char  *sha256)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));
  g_free (self->expected_sha256);
  self->expected_sha256 = sha256 && *sha256 ? g_strdup (sha256) : NULL;
}

/**
 * ido_importer_set_default_place:
 * @place: (nullable): the place of rows that name none ("own", "national",
 *   a CBS code or name); overrides the mapping's
 */
void
ido_importer_set_default_place (IdoImporter *self,
                                const char  *place)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));
  g_free (self->default_place);
  self->default_place = place && *place ? g_strdup (place) : NULL;
}

/**
 * ido_importer_set_progress_func:
 * @func: (nullable): called with the fraction done
 */
void
ido_importer_set_progress_func (IdoImporter           *self,
                                IdoImportProgressFunc  func,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  g_return_if_fail (IDO_IS_IMPORTER (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

/**
 * ido_importer_preview:
 * @file: the file to look at
 * @max_rows: how many rows to return (title and header rows included)
 *
 * Reads the first rows as the reader sees them with the current options
 * and settles the mapping (ido_importer_get_mapping()) without importing.
 *
 * Returns: (transfer full) (element-type GStrv): the rows, or %NULL with @error set
 */
GPtrArray *
ido_importer_preview (IdoImporter   *self,
                      GFile         *file,
                      guint          max_rows,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  job = job_new (self, self->database, file, cancellable);
  if (!prepare (job, MAX (max_rows, MAX_HEAD_ROWS), error))
    return NULL;
  keep_used_mapping (self, job->used_mapping, job->format, job->detected_encoding, job->detected_delimiter);
  if (job->head->len > max_rows)
    g_ptr_array_set_size (job->head, max_rows);
  return head_texts (job, 0);
}

/**
 * ido_importer_import_file:
 * @file: a CSV file, a spreadsheet or an IDO Regie export
 *
 * Imports @file as one batch in one transaction on the importer's
 * database. Rejected rows are in the report, not in @error: unless valid
 * rows only was chosen, the report then says nothing was committed.
 *
 * Returns: (transfer full): the report, or %NULL with @error set (the file
 *   cannot be read, the mapping is incomplete, cancelled, ...); then
 *   nothing was changed
 */
IdoImportReport *
ido_importer_import_file (IdoImporter   *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(Job) job = NULL;
  IdoImportReport *report;

  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  job = job_new (self, self->database, file, cancellable);
  report = run_job (job, error);
  keep_used_mapping (self, job->used_mapping, job->format, job->detected_encoding, job->detected_delimiter);
  if (report != NULL)
    emit_changes (self, report, job->places ? ido_place_resolver_get_created (job->places) : 0,
                  job->new_indicators);
  return report;
}

typedef struct
{
  IdoImportReport *report;
  IdoMapping      *mapping;
  IdoPlaceCreated  created;
  gboolean         new_indicators;
  IdoFileFormat    format;
  char            *encoding;
  char             delimiter;
} AsyncResult;

static void
async_result_free (gpointer data)
{
  AsyncResult *result = data;

  g_clear_object (&result->report);
  g_clear_object (&result->mapping);
  g_free (result->encoding);
  g_free (result);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(IdoDatabase) connection = NULL;
  AsyncResult *result;
  GError *error = NULL;

  /* A connection of this thread's own: one is never shared between threads. */
  connection = ido_database_open (ido_database_get_path (job->database), &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_set_object (&job->database, connection);
  result = g_new0 (AsyncResult, 1);
  result->report = run_job (job, &error);
  result->mapping = job->used_mapping ? g_object_ref (job->used_mapping) : NULL;
  result->created = job->places ? ido_place_resolver_get_created (job->places) : 0;
  result->new_indicators = job->new_indicators;
  result->format = job->format;
  result->encoding = g_strdup (job->detected_encoding);
  result->delimiter = job->detected_delimiter;
  /* The connection is closed here, in its own thread. */
  g_clear_object (&job->database);
  g_clear_pointer (&job->places, ido_place_resolver_free);
  if (result->report == NULL)
    {
      async_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, async_result_free);
}

/**
 * ido_importer_import_file_async:
 *
 * Like ido_importer_import_file() in a worker thread with a database
 * connection of its own; progress is reported on the calling thread's main
 * context. The importer's database emits "changed" when
 * ido_importer_import_file_finish() reports a committed import.
 */
void
ido_importer_import_file_async (IdoImporter         *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (IDO_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Loaded here, so the worker only reads it. */
  ido_municipality_registry_get_default ();
  job = job_new (self, self->database, file, cancellable);
  job->progress_context = g_main_context_ref_thread_default ();
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ido_importer_import_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, import_thread);
}

/**
 * ido_importer_import_file_finish:
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
IdoImportReport *
ido_importer_import_file_finish (IdoImporter   *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  AsyncResult *outcome;
  IdoImportReport *report;

  g_return_val_if_fail (IDO_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  outcome = g_task_propagate_pointer (G_TASK (result), error);
  if (outcome == NULL)
    return NULL;
  keep_used_mapping (self, outcome->mapping, outcome->format, outcome->encoding, outcome->delimiter);
  report = g_object_ref (outcome->report);
  emit_changes (self, report, outcome->created, outcome->new_indicators);
  async_result_free (outcome);
  return report;
}

/* Reverting */

static gboolean
check_revertable (IdoImporter  *self,
                  gint64        batch_id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database, "SELECT reverted_at FROM import_batch WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!ido_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND, _("This import does not exist."));
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_REVERT,
                           _("This import has already been undone."));
      return FALSE;
    }
  return TRUE;
}

/* A later import that changed what this one wrote must be undone first. */
static gboolean
check_no_later_changes (IdoImporter  *self,
                        gint64        batch_id,
                        GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (self->database,
                               "SELECT b.file_name, b.imported_at FROM observation_change c "
                               "JOIN import_batch b ON b.id = c.batch_id "
                               "WHERE c.batch_id > ?1 AND c.old_batch_id = ?1 AND b.reverted_at IS NULL LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!ido_database_step (self->database, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_REVERT,
                   _("A later import (“%s” of %s) changed figures of this one. Undo that import first."),
                   (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
      sqlite3_reset (stmt);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec_with_batch (IdoImporter  *self,
                 const char   *sql,
                 gint64        batch_id,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = ido_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  return ido_database_step (self->database, stmt, NULL, error);
}

static gboolean
revert_in_transaction (IdoImporter  *self,
                       gint64        batch_id,
                       GError      **error)
{
  return check_revertable (self, batch_id, error) &&
         check_no_later_changes (self, batch_id, error) &&
         exec_with_batch (self,
                          "UPDATE observation SET value = c.old_value, batch_id = c.old_batch_id "
                          "FROM observation_change c WHERE c.batch_id = ?1 AND c.observation_id = observation.id",
                          batch_id, error) &&
         exec_with_batch (self, "DELETE FROM observation WHERE batch_id = ?1", batch_id, error) &&
         exec_with_batch (self,
                          "UPDATE import_batch SET reverted_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') "
                          "WHERE id = ?1",
                          batch_id, error);
}

/**
 * ido_importer_revert_batch:
 * @batch_id: an import_batch id
 *
 * Undoes an import: values it changed get their old value (and batch)
 * back, observations it added are deleted, and the batch is marked as
 * reverted (it stays listed). Refused when a later import changed the same
 * figures and was not undone.
 *
 * Returns: %FALSE with @error set when nothing was changed
 */
gboolean
ido_importer_revert_batch (IdoImporter  *self,
                           gint64        batch_id,
                           GError      **error)
{
  g_return_val_if_fail (IDO_IS_IMPORTER (self), FALSE);

  if (!ido_database_begin (self->database, error))
    return FALSE;
  if (!revert_in_transaction (self, batch_id, error))
    {
      ido_database_rollback (self->database);
      return FALSE;
    }
  if (!ido_database_commit (self->database, error))
    return FALSE;
  ido_database_emit_changed (self->database, "import_batch");
  ido_database_emit_changed (self->database, "observation");
  return TRUE;
}

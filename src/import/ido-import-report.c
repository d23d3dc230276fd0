/* ido-import-report.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ido-import-report.h"

/* A file with a million broken rows must not need a million messages in
 * memory: the first MAX_REJECTIONS are kept, the rest only counted. */
#define MAX_REJECTIONS 10000

struct _IdoImportReport
{
  GObject    parent_instance;
  char      *file_name;
  char      *sha256;
  guint64    n_rows;
  guint64    n_new;
  guint64    n_changed;
  guint64    n_unchanged;
  guint64    n_rejected;
  guint64    n_missing;
  gint64     batch_id;
  gboolean   committed;
  gboolean   dry_run;
  GArray    *rejections;
  GPtrArray *new_indicators;
};

G_DEFINE_FINAL_TYPE (IdoImportReport, ido_import_report, G_TYPE_OBJECT)

static void
rejection_clear (gpointer data)
{
  IdoRejection *rejection = data;

  g_clear_pointer (&rejection->column, g_free);
  g_clear_pointer (&rejection->value, g_free);
  g_clear_pointer (&rejection->reason, g_free);
}

static void
ido_import_report_finalize (GObject *object)
{
  IdoImportReport *self = (IdoImportReport *) object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->rejections, g_array_unref);
  g_clear_pointer (&self->new_indicators, g_ptr_array_unref);

  G_OBJECT_CLASS (ido_import_report_parent_class)->finalize (object);
}

static void
ido_import_report_class_init (IdoImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_import_report_finalize;
}

static void
ido_import_report_init (IdoImportReport *self)
{
  self->rejections = g_array_new (FALSE, TRUE, sizeof (IdoRejection));
  g_array_set_clear_func (self->rejections, rejection_clear);
  self->new_indicators = g_ptr_array_new_with_free_func (g_free);
}

IdoImportReport *
ido_import_report_new (const char *file_name)
{
  IdoImportReport *self = g_object_new (IDO_TYPE_IMPORT_REPORT, NULL);

  self->file_name = g_strdup (file_name ? file_name : "");
  return self;
}

const char *
ido_import_report_get_file_name (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);
  return self->file_name;
}

const char *
ido_import_report_get_sha256 (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);
  return self->sha256;
}

void
ido_import_report_set_sha256 (IdoImportReport *self,
                              const char      *sha256)
{
  g_return_if_fail (IDO_IS_IMPORT_REPORT (self));
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

/**
 * ido_import_report_get_n_rows:
 *
 * Returns: the data rows read (header and empty rows not counted)
 */
guint64
ido_import_report_get_n_rows (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_rows;
}

/**
 * ido_import_report_get_n_new:
 *
 * Returns: observations (figures) that were not in the database. In a wide
 *   file one row holds several.
 */
guint64
ido_import_report_get_n_new (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_new;
}

guint64
ido_import_report_get_n_changed (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_changed;
}

guint64
ido_import_report_get_n_unchanged (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_unchanged;
}

/**
 * ido_import_report_get_n_rejected:
 *
 * Returns: rejected rows (all of them, also those past the kept details)
 */
guint64
ido_import_report_get_n_rejected (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_rejected;
}

/**
 * ido_import_report_get_n_missing:
 *
 * Returns: empty cells or marks like "-" where a value was expected; they
 *   hold no figure and are skipped, not rejected
 */
guint64
ido_import_report_get_n_missing (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->n_missing;
}

/**
 * ido_import_report_get_batch_id:
 *
 * Returns: the import_batch row, or 0 when nothing was stored
 */
gint64
ido_import_report_get_batch_id (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->batch_id;
}

/**
 * ido_import_report_get_committed:
 *
 * Returns: %TRUE when the import changed the database
 */
gboolean
ido_import_report_get_committed (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), FALSE);
  return self->committed;
}

gboolean
ido_import_report_get_dry_run (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), FALSE);
  return self->dry_run;
}

/**
 * ido_import_report_get_n_rejections:
 *
 * Returns: the rejections kept in detail (at most 10,000)
 */
guint
ido_import_report_get_n_rejections (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), 0);
  return self->rejections->len;
}

const IdoRejection *
ido_import_report_get_rejection (IdoImportReport *self,
                                 guint            index)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);
  g_return_val_if_fail (index < self->rejections->len, NULL);
  return &g_array_index (self->rejections, IdoRejection, index);
}

/**
 * ido_import_report_dup_new_indicators:
 *
 * Returns: (transfer full): labels of custom indicators the file introduced
 */
GStrv
ido_import_report_dup_new_indicators (IdoImportReport *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);

  for (guint i = 0; i < self->new_indicators->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->new_indicators, i));
  return g_strv_builder_end (builder);
}

void
ido_import_report_add_rejection (IdoImportReport *self,
                                 guint64          row,
                                 const char      *column,
                                 const char      *value,
                                 const char      *reason)
{
  IdoRejection rejection;

  g_return_if_fail (IDO_IS_IMPORT_REPORT (self));

  if (self->rejections->len >= MAX_REJECTIONS)
    return;
  rejection.row = row;
  rejection.column = g_strdup (column ? column : "");
  rejection.value = g_strdup (value ? value : "");
  rejection.reason = g_strdup (reason ? reason : "");
  g_array_append_val (self->rejections, rejection);
}

void
ido_import_report_add_new_indicator (IdoImportReport *self,
                                     const char      *label)
{
  g_return_if_fail (IDO_IS_IMPORT_REPORT (self));
  g_ptr_array_add (self->new_indicators, g_strdup (label));
}

void
ido_import_report_set_counts (IdoImportReport *self,
                              guint64          n_rows,
                              guint64          n_new,
                              guint64          n_changed,
                              guint64          n_unchanged,
                              guint64          n_rejected,
                              guint64          n_missing)
{
  g_return_if_fail (IDO_IS_IMPORT_REPORT (self));
  self->n_rows = n_rows;
  self->n_new = n_new;
  self->n_changed = n_changed;
  self->n_unchanged = n_unchanged;
  self->n_rejected = n_rejected;
  self->n_missing = n_missing;
}

void
ido_import_report_set_outcome (IdoImportReport *self,
                               gint64           batch_id,
                               gboolean         committed,
                               gboolean         dry_run)
{
  g_return_if_fail (IDO_IS_IMPORT_REPORT (self));
  self->batch_id = batch_id;
  self->committed = committed;
  self->dry_run = dry_run;
}

static void
append_csv_field (GString    *out,
                  const char *text)
{
  if (strpbrk (text, ";\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * ido_import_report_to_csv:
 *
 * The rejected rows as a CSV file that Dutch Excel opens as it is: UTF-8
 * with a BOM, ';' between fields, CRLF line ends; translated headers Row,
 * Column, Value, Reason.
 *
 * Returns: (transfer full): the CSV text
 */
char *
ido_import_report_to_csv (IdoImportReport *self)
{
  GString *out = g_string_new ("\xef\xbb\xbf");

  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);

  g_string_append_printf (out, "%s;%s;%s;%s\r\n", _("Row"), _("Column"), _("Value"), _("Reason"));
  for (guint i = 0; i < self->rejections->len; i++)
    {
      const IdoRejection *rejection = &g_array_index (self->rejections, IdoRejection, i);

      g_string_append_printf (out, "%" G_GUINT64_FORMAT ";", rejection->row);
      append_csv_field (out, rejection->column);
      g_string_append_c (out, ';');
      append_csv_field (out, rejection->value);
      g_string_append_c (out, ';');
      append_csv_field (out, rejection->reason);
      g_string_append (out, "\r\n");
    }
  if (self->n_rejected > self->rejections->len)
    {
      g_autofree char *more = g_strdup_printf (_("and %llu more rejected rows"),
                                               (unsigned long long) (self->n_rejected - self->rejections->len));
      g_string_append (out, ";;;");
      append_csv_field (out, more);
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

gboolean
ido_import_report_save_csv (IdoImportReport  *self,
                            GFile            *file,
                            GError          **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = ido_import_report_to_csv (self);
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                  error);
}

/**
 * ido_import_report_dup_summary:
 *
 * Returns: (transfer full): the counts in one translated line
 */
char *
ido_import_report_dup_summary (IdoImportReport *self)
{
  g_return_val_if_fail (IDO_IS_IMPORT_REPORT (self), NULL);

  return g_strdup_printf (_("%llu new, %llu changed, %llu unchanged, %llu rejected"),
                          (unsigned long long) self->n_new, (unsigned long long) self->n_changed,
                          (unsigned long long) self->n_unchanged, (unsigned long long) self->n_rejected);
}

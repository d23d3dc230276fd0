/* ido-import-report.h: what an import did, or would do
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One rejected row: where, what and why (translated). */
typedef struct
{
  guint64  row;      /* the line of a CSV file or the row of a sheet, from 1 */
  char    *column;   /* the header of the column, or "" for the whole row */
  char    *value;
  char    *reason;
} IdoRejection;

#define IDO_TYPE_IMPORT_REPORT (ido_import_report_get_type ())

G_DECLARE_FINAL_TYPE (IdoImportReport, ido_import_report, IDO, IMPORT_REPORT, GObject)

IdoImportReport    *ido_import_report_new                (const char          *file_name);
const char         *ido_import_report_get_file_name      (IdoImportReport     *self);
const char         *ido_import_report_get_sha256         (IdoImportReport     *self);
guint64             ido_import_report_get_n_rows         (IdoImportReport     *self);
guint64             ido_import_report_get_n_new          (IdoImportReport     *self);
guint64             ido_import_report_get_n_changed      (IdoImportReport     *self);
guint64             ido_import_report_get_n_unchanged    (IdoImportReport     *self);
guint64             ido_import_report_get_n_rejected     (IdoImportReport     *self);
guint64             ido_import_report_get_n_missing      (IdoImportReport     *self);
gint64              ido_import_report_get_batch_id       (IdoImportReport     *self);
gboolean            ido_import_report_get_committed      (IdoImportReport     *self);
gboolean            ido_import_report_get_dry_run        (IdoImportReport     *self);
guint               ido_import_report_get_n_rejections   (IdoImportReport     *self);
const IdoRejection *ido_import_report_get_rejection      (IdoImportReport     *self,
                                                          guint                index);
GStrv               ido_import_report_dup_new_indicators (IdoImportReport     *self);
char               *ido_import_report_to_csv             (IdoImportReport     *self);
gboolean            ido_import_report_save_csv           (IdoImportReport     *self,
                                                          GFile               *file,
                                                          GError             **error);
char               *ido_import_report_dup_summary        (IdoImportReport     *self);

/* For the importer */
void                ido_import_report_set_sha256         (IdoImportReport     *self,
                                                          const char          *sha256);
void                ido_import_report_add_rejection      (IdoImportReport     *self,
                                                          guint64              row,
                                                          const char          *column,
                                                          const char          *value,
                                                          const char          *reason);
void                ido_import_report_add_new_indicator  (IdoImportReport     *self,
                                                          const char          *label);
void                ido_import_report_set_counts         (IdoImportReport     *self,
                                                          guint64              n_rows,
                                                          guint64              n_new,
                                                          guint64              n_changed,
                                                          guint64              n_unchanged,
                                                          guint64              n_rejected,
                                                          guint64              n_missing);
void                ido_import_report_set_outcome        (IdoImportReport     *self,
                                                          gint64               batch_id,
                                                          gboolean             committed,
                                                          gboolean             dry_run);

G_END_DECLS

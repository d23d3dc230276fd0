/* ido-attention.c: the counts and most urgent records of every kind
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-attention.h"
#include "ido-database.h"
#include "ido-record-store.h"

/**
 * ido_attention_summary_load:
 * @today: (nullable): the ISO date flags are computed against, %NULL for
 *   the real date
 * @limit: the most urgent records to keep per kind, at least 1
 *
 * Counts every kind in SQL and reads only its @limit most urgent records.
 *
 * Returns: (transfer full) (nullable): the summary, or %NULL with @error
 */
IdoAttentionSummary *
ido_attention_summary_load (IdoDatabase  *database,
                            const char   *today,
                            guint         limit,
                            GError      **error)
{
  g_autoptr(IdoAttentionSummary) summary = g_new0 (IdoAttentionSummary, 1);

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (limit > 0, NULL);

  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    {
      if (!ido_record_kind_count (database, kind, today, &summary->totals[kind],
                                  &summary->flagged[kind], error))
        return NULL;
      if (summary->flagged[kind] == 0)
        summary->urgent[kind] = g_ptr_array_new_with_free_func (g_object_unref);
      else
        summary->urgent[kind] = ido_record_kind_list_flagged (database, kind, today, limit, error);
      if (summary->urgent[kind] == NULL)
        return NULL;
    }
  return g_steal_pointer (&summary);
}

void
ido_attention_summary_free (IdoAttentionSummary *summary)
{
  if (summary == NULL)
    return;
  for (IdoRecordKind kind = 0; kind < IDO_N_RECORD_KINDS; kind++)
    g_clear_pointer (&summary->urgent[kind], g_ptr_array_unref);
  g_free (summary);
}

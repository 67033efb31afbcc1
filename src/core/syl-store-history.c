/* syl-store-history.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store's friend file for the learner's recent answers with the memory
 * state each was given from (the answers' prior_* columns), for the
 * forecast's ability model, the dashboard's confidence counts and Due
 * Review's misconceptions first. Read newest first by row id, which the
 * table's primary key gives in order: CROSS JOIN keeps the answers as the
 * outer loop (SQLite does not reorder it), so the query stops after the
 * limit instead of sorting every answer of the pack; a test checks the
 * plan. */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include "syl-store-history.h"
#include "syl-store-private.h"

void
syl_store_recent_answer_clear (SylStoreRecentAnswer *answer)
{
  if (answer != NULL)
    g_clear_pointer (&answer->question_id, g_free);
}

/**
 * syl_store_dup_recent_answers:
 * @self: a store
 * @pack_id: the pack
 * @limit: at most this many, the most recent
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Answers given against an older text of their question (one a pack
 * update changed, see syl_store_sync_digests()) are not among them.
 *
 * Returns: (transfer full) (element-type SylStoreRecentAnswer): the
 *   answers, newest first, or %NULL on error
 */
GArray *
syl_store_dup_recent_answers (SylStore    *self,
                              const char  *pack_id,
                              guint        limit,
                              GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) answers = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self, SYL_STORE_RECENT_ANSWERS_SQL, error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  sqlite3_bind_int64 (stmt, 2, limit);

  answers = g_array_new (FALSE, TRUE, sizeof (SylStoreRecentAnswer));
  g_array_set_clear_func (answers, (GDestroyNotify) syl_store_recent_answer_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreRecentAnswer answer = { 0 };

      answer.question_id = syl_store_column_dup_text (stmt, 0);
      answer.correct = sqlite3_column_int (stmt, 1) != 0;
      answer.unsure = sqlite3_column_int (stmt, 2) != 0;
      answer.first_sight = sqlite3_column_int (stmt, 3) != 0;
      answer.answered_at_us = sqlite3_column_int64 (stmt, 4);
      /* Answers from before version 2 have no prior state: a new card. */
      if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
        {
          answer.prior.stability = sqlite3_column_double (stmt, 5);
          answer.prior.difficulty = sqlite3_column_double (stmt, 6);
          answer.prior.due_us = sqlite3_column_int64 (stmt, 7);
          answer.prior.last_review_us = sqlite3_column_int64 (stmt, 8);
          answer.prior.reps = sqlite3_column_int (stmt, 9);
          answer.prior.lapses = sqlite3_column_int (stmt, 10);
        }
      g_array_append_val (answers, answer);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&answers);
}

/* syl-store-exposure.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exposure: which questions were put in front of the learner, in which
 * sessions. `shown` has one row per question and session, so showing a
 * question again in the same session (going back to it, resuming) counts
 * once; `exposure` is the per-question summary, updated in the same
 * transaction as `daily_activity` is, so the quiz builder reads one row
 * per question for every exam it draws. Recording an answer marks its
 * question shown too, and an answer is the learner's first sight of its
 * question when no earlier session showed it.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

/**
 * syl_store_mark_shown_locked:
 * @session_id: a session that exists
 * @pack_id: its pack
 * @exam: whether it is an exam simulation
 *
 * Within a transaction: records that @question_id was shown in the
 * session, and counts it in the summary the first time only.
 */
gboolean
syl_store_mark_shown_locked (SylStore    *self,
                             gint64       session_id,
                             const char  *pack_id,
                             gboolean     exam,
                             const char  *question_id,
                             gint64       shown_at_us,
                             GError     **error)
{
  g_autoptr(SylCachedStmt) shown = NULL;
  g_autoptr(SylCachedStmt) summary = NULL;

  shown = syl_store_get_stmt (self,
                              "INSERT OR IGNORE INTO shown (session_id, question_id, shown_at)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  if (shown == NULL)
    return FALSE;

  sqlite3_bind_int64 (shown, 1, session_id);
  syl_store_bind_text (shown, 2, question_id);
  sqlite3_bind_int64 (shown, 3, shown_at_us);
  if (!syl_store_step_done (self, shown, error))
    return FALSE;

  /* Already shown in this session: counted then. */
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  summary = syl_store_get_stmt (self,
                                "INSERT INTO exposure (pack_id, question_id, n_shown, n_shown_exam,"
                                " first_shown, last_shown, last_shown_exam, first_session)"
                                " VALUES (?1, ?2, 1, ?3, ?4, ?4, CASE WHEN ?3 THEN ?4 END, ?5)"
                                " ON CONFLICT (pack_id, question_id) DO UPDATE SET"
                                "  n_shown = n_shown + 1,"
                                "  n_shown_exam = n_shown_exam + excluded.n_shown_exam,"
                                "  first_shown = min (first_shown, excluded.first_shown),"
                                "  last_shown = max (last_shown, excluded.last_shown),"
                                "  last_shown_exam = CASE WHEN ?3"
                                "    THEN max (coalesce (last_shown_exam, ?4), ?4)"
                                "    ELSE last_shown_exam END",
                                error);
  if (summary == NULL)
    return FALSE;

  syl_store_bind_text (summary, 1, pack_id);
  syl_store_bind_text (summary, 2, question_id);
  sqlite3_bind_int (summary, 3, exam ? 1 : 0);
  sqlite3_bind_int64 (summary, 4, shown_at_us);
  sqlite3_bind_int64 (summary, 5, session_id);

  return syl_store_step_done (self, summary, error);
}

/**
 * syl_store_is_first_session:
 * @first: (out): whether @session_id is the first session that showed
 *   @question_id (or none did)
 *
 * Whether an answer in @session_id is the learner's first sight of the
 * question.
 */
gboolean
syl_store_is_first_session (SylStore    *self,
                            const char  *pack_id,
                            const char  *question_id,
                            gint64       session_id,
                            gboolean    *first,
                            GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT first_session FROM exposure WHERE pack_id = ?1 AND question_id = ?2",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  rc = sqlite3_step (stmt);
  *first = rc != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) == session_id;

  return syl_store_check_rc (self, rc, error);
}

/**
 * syl_store_mark_shown:
 * @self: a store
 * @session_id: the session showing the question
 * @question_id: the question shown
 * @shown_at_us: when, µs since the epoch
 * @error: return location for an error
 *
 * Records that @question_id was displayed in @session_id. Idempotent per
 * session and question: showing it again in the same session (going back
 * to it, resuming the session) changes nothing. Committed before it
 * returns.
 *
 * Returns: %TRUE on success; %FALSE with %SYL_STORE_ERROR_NOT_FOUND if
 *   there is no such session, or another error
 */
gboolean
syl_store_mark_shown (SylStore    *self,
                      gint64       session_id,
                      const char  *question_id,
                      gint64       shown_at_us,
                      GError     **error)
{
  g_autofree char *pack_id = NULL;
  gboolean exam = FALSE;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  if (!syl_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "SELECT pack_id, mode = 'exam' FROM sessions WHERE id = ?1", error);

    if (stmt == NULL)
      goto fail;

    sqlite3_bind_int64 (stmt, 1, session_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                     _("The progress database “%s” has no session %lld"),
                     self->path, (long long) session_id);
        goto fail;
      }
    if (rc != SQLITE_ROW)
      {
        syl_store_check_rc (self, rc, error);
        goto fail;
      }

    pack_id = syl_store_column_dup_text (stmt, 0);
    exam = sqlite3_column_int (stmt, 1) != 0;
  }

  if (!syl_store_mark_shown_locked (self, session_id, pack_id, exam, question_id,
                                    shown_at_us, error) ||
      !syl_store_commit (self, error))
    goto fail;

  return TRUE;

fail:
  syl_store_rollback (self);
  return FALSE;
}

/**
 * syl_store_dup_exposures:
 * @pack_id: the pack
 *
 * How often each question of @pack_id was shown, and in exam simulations,
 * read from the summary table (one row per question shown, on its primary
 * key).
 *
 * Returns: (transfer full) (element-type SylStoreExposure): one entry per
 *   question ever shown, by question id; %NULL on error
 */
GPtrArray *
syl_store_dup_exposures (SylStore    *self,
                         const char  *pack_id,
                         GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) exposures = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id, n_shown, n_shown_exam, first_shown, last_shown,"
                             " coalesce (last_shown_exam, 0)"
                             " FROM exposure WHERE pack_id = ?1 ORDER BY question_id",
                             error);
  if (stmt == NULL)
    return NULL;

  exposures = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_exposure_free);
  syl_store_bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreExposure *exposure = g_new0 (SylStoreExposure, 1);

      exposure->question_id = syl_store_column_dup_text (stmt, 0);
      exposure->n_shown = MAX (sqlite3_column_int (stmt, 1), 0);
      exposure->n_shown_exam = MAX (sqlite3_column_int (stmt, 2), 0);
      exposure->first_shown_us = sqlite3_column_int64 (stmt, 3);
      exposure->last_shown_us = sqlite3_column_int64 (stmt, 4);
      exposure->last_shown_exam_us = sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (exposures, exposure);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&exposures);
}

void
syl_store_exposure_free (SylStoreExposure *exposure)
{
  if (exposure == NULL)
    return;

  g_free (exposure->question_id);
  g_free (exposure);
}

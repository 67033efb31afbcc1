/* syl-store-sessions.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sessions: one quiz run each, with its order, flags and clock as
 * #SylSession writes them; the scores of the finished ones; what was
 * missed in the last one.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

/**
 * syl_store_insert_session:
 * @self: a store
 * @session: the session to store; its id and answers are ignored
 * @error: return location for an error
 *
 * Returns: the new session id, or 0 with @error set
 */
gint64
syl_store_insert_session (SylStore               *self,
                          const SylStoreSession  *session,
                          GError                **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autofree char *order = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (session != NULL, 0);
  g_return_val_if_fail (session->mode != NULL && session->pack_id != NULL, 0);

  stmt = syl_store_get_stmt (self,
                             "INSERT INTO sessions (mode, pack_id, settings, question_order,"
                             " option_orders, unscored, flags, time_limit_ms, time_used_ms,"
                             " started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                             error);
  if (stmt == NULL)
    return 0;

  order = session->question_ids != NULL
            ? g_strjoinv ("\n", session->question_ids) : g_strdup ("");

  syl_store_bind_text (stmt, 1, session->mode);
  syl_store_bind_text (stmt, 2, session->pack_id);
  syl_store_bind_text (stmt, 3, session->settings != NULL ? session->settings : "");
  syl_store_bind_text (stmt, 4, order);
  syl_store_bind_text (stmt, 5, session->option_orders != NULL ? session->option_orders : "");
  syl_store_bind_text (stmt, 6, session->unscored != NULL ? session->unscored : "");
  syl_store_bind_text (stmt, 7, session->flags != NULL ? session->flags : "");
  sqlite3_bind_int64 (stmt, 8, session->time_limit_ms);
  sqlite3_bind_int64 (stmt, 9, session->time_used_ms);
  sqlite3_bind_int64 (stmt, 10, session->started_at_us);

  if (!syl_store_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
expect_one_change (SylStore  *self,
                   gint64     session_id,
                   GError   **error)
{
  if (sqlite3_changes (self->db) == 1)
    return TRUE;

  g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
               _("The progress database “%s” has no session %lld"),
               self->path, (long long) session_id);
  return FALSE;
}

/**
 * syl_store_save_session_progress:
 * @flags: positions flagged for review, comma-separated
 * @time_used_ms: exam time used so far
 *
 * Saves what changes in a session besides its answers.
 */
gboolean
syl_store_save_session_progress (SylStore    *self,
                                 gint64       session_id,
                                 const char  *flags,
                                 gint64       time_used_ms,
                                 GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);

  stmt = syl_store_get_stmt (self,
                             "UPDATE sessions SET flags = ?2, time_used_ms = ?3 WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  syl_store_bind_text (stmt, 2, flags != NULL ? flags : "");
  sqlite3_bind_int64 (stmt, 3, time_used_ms);

  return syl_store_step_done (self, stmt, error) && expect_one_change (self, session_id, error);
}

/**
 * syl_store_finish_session:
 * @has_score: %FALSE for a session abandoned without a score
 *
 * Marks a session finished; it is no longer offered for resumption.
 */
gboolean
syl_store_finish_session (SylStore  *self,
                          gint64     session_id,
                          gint64     finished_at_us,
                          gint64     time_used_ms,
                          gboolean   has_score,
                          double     score,
                          GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);

  stmt = syl_store_get_stmt (self,
                             "UPDATE sessions SET finished_at = ?2, time_used_ms = ?3, score = ?4"
                             " WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, finished_at_us);
  sqlite3_bind_int64 (stmt, 3, time_used_ms);
  if (has_score)
    sqlite3_bind_double (stmt, 4, score);
  else
    sqlite3_bind_null (stmt, 4);

  return syl_store_step_done (self, stmt, error) && expect_one_change (self, session_id, error);
}

#define SESSION_COLUMNS \
  "id, mode, pack_id, settings, question_order, option_orders, unscored, flags," \
  " time_limit_ms, time_used_ms, started_at, finished_at, score"

static SylStoreSession *
session_from_row (sqlite3_stmt *stmt)
{
  SylStoreSession *session = g_new0 (SylStoreSession, 1);
  g_autofree char *order = NULL;

  session->id = sqlite3_column_int64 (stmt, 0);
  session->mode = syl_store_column_dup_text (stmt, 1);
  session->pack_id = syl_store_column_dup_text (stmt, 2);
  session->settings = syl_store_column_dup_text (stmt, 3);
  order = syl_store_column_dup_text (stmt, 4);
  session->question_ids = order[0] != '\0' ? g_strsplit (order, "\n", -1) : g_new0 (char *, 1);
  session->option_orders = syl_store_column_dup_text (stmt, 5);
  session->unscored = syl_store_column_dup_text (stmt, 6);
  session->flags = syl_store_column_dup_text (stmt, 7);
  session->time_limit_ms = sqlite3_column_int64 (stmt, 8);
  session->time_used_ms = sqlite3_column_int64 (stmt, 9);
  session->started_at_us = sqlite3_column_int64 (stmt, 10);
  session->finished_at_us = sqlite3_column_int64 (stmt, 11);
  session->has_score = sqlite3_column_type (stmt, 12) != SQLITE_NULL;
  session->score = sqlite3_column_double (stmt, 12);
  session->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_answer_free);

  return session;
}

static gboolean
load_answers (SylStore         *self,
              SylStoreSession  *session,
              GError          **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT id, question_id, chosen, correct, unsure, time_ms, changes,"
                             " answered_at, first_sight, digest"
                             " FROM answers WHERE session_id = ?1 ORDER BY id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreAnswer *answer = g_new0 (SylStoreAnswer, 1);

      answer->id = sqlite3_column_int64 (stmt, 0);
      answer->session_id = session->id;
      answer->question_id = syl_store_column_dup_text (stmt, 1);
      answer->chosen = syl_store_column_dup_text (stmt, 2);
      answer->correct = sqlite3_column_int (stmt, 3) != 0;
      answer->unsure = sqlite3_column_int (stmt, 4) != 0;
      answer->time_ms = sqlite3_column_int64 (stmt, 5);
      answer->changes = sqlite3_column_int (stmt, 6);
      answer->answered_at_us = sqlite3_column_int64 (stmt, 7);
      answer->first_sight = sqlite3_column_int (stmt, 8) != 0;
      if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
        answer->digest = syl_store_column_dup_text (stmt, 9);
      g_ptr_array_add (session->answers, answer);
    }

  return syl_store_check_rc (self, rc, error);
}

static SylStoreSession *
dup_session_with (SylStore      *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(SylStoreSession) session = NULL;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      syl_store_check_rc (self, rc, error);
      return NULL;
    }

  session = session_from_row (stmt);
  sqlite3_reset (stmt);

  if (!load_answers (self, session, error))
    return NULL;

  return g_steal_pointer (&session);
}

/**
 * syl_store_dup_session:
 *
 * Returns: (transfer full) (nullable): the session with its answers, or
 *   %NULL with %SYL_STORE_ERROR_NOT_FOUND or another error
 */
SylStoreSession *
syl_store_dup_session (SylStore  *self,
                       gint64     session_id,
                       GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  SylStoreSession *session;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  stmt = syl_store_get_stmt (self, "SELECT " SESSION_COLUMNS " FROM sessions WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  session = dup_session_with (self, stmt, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (session == NULL)
    g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                 _("The progress database “%s” has no session %lld"),
                 self->path, (long long) session_id);

  return session;
}

/**
 * syl_store_dup_unfinished_session:
 * @pack_id: (nullable): only sessions of this pack
 *
 * Returns: (transfer full) (nullable): the most recent unfinished session
 *   with its answers, to offer for resumption; %NULL if there is none (and
 *   @error is not set) or on error
 */
SylStoreSession *
syl_store_dup_unfinished_session (SylStore    *self,
                                  const char  *pack_id,
                                  GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  /* Two statements rather than "?1 IS NULL OR pack_id = ?1", which SQLite
   * cannot answer from the sessions_by_pack index: with a pack, only that
   * pack's unfinished sessions are read. */
  if (pack_id != NULL)
    stmt = syl_store_get_stmt (self,
                               "SELECT " SESSION_COLUMNS " FROM sessions"
                               " WHERE pack_id = ?1 AND finished_at IS NULL"
                               " ORDER BY started_at DESC, id DESC LIMIT 1",
                               error);
  else
    stmt = syl_store_get_stmt (self,
                               "SELECT " SESSION_COLUMNS " FROM sessions"
                               " WHERE finished_at IS NULL"
                               " ORDER BY started_at DESC, id DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;

  if (pack_id != NULL)
    syl_store_bind_text (stmt, 1, pack_id);
  return dup_session_with (self, stmt, error);
}

/**
 * syl_store_dup_missed_last_time:
 *
 * Returns: (transfer full): ids of the questions answered wrong or left
 *   unanswered in the last scored session of @pack_id, in session order
 *   (empty if there is none); %NULL on error
 */
GStrv
syl_store_dup_missed_last_time (SylStore    *self,
                                const char  *pack_id,
                                GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) right = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT " SESSION_COLUMNS " FROM sessions"
                             " WHERE pack_id = ?1 AND finished_at IS NOT NULL AND score IS NOT NULL"
                             " ORDER BY finished_at DESC, id DESC LIMIT 1",
                             error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  session = dup_session_with (self, stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  builder = g_strv_builder_new ();
  if (session == NULL)
    return g_strv_builder_end (builder);

  right = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < session->answers->len; i++)
    {
      SylStoreAnswer *answer = g_ptr_array_index (session->answers, i);

      if (answer->correct)
        g_hash_table_add (right, answer->question_id);
    }

  for (guint i = 0; session->question_ids[i] != NULL; i++)
    if (!g_hash_table_contains (right, session->question_ids[i]))
      g_strv_builder_add (builder, session->question_ids[i]);

  return g_strv_builder_end (builder);
}

/**
 * syl_store_dup_scores:
 * @pack_id: the pack
 * @mode: (nullable): only sessions of this mode ("exam"…), %NULL for all
 *
 * Lists the finished sessions of @pack_id that have a score (not the
 * abandoned ones), read in order from the `sessions_by_pack` index.
 *
 * Returns: (transfer full) (element-type SylStoreScore): the scores,
 *   oldest first (by finishing time, then id), or %NULL on error
 */
GArray *
syl_store_dup_scores (SylStore    *self,
                      const char  *pack_id,
                      const char  *mode,
                      GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) scores = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self, SYL_STORE_SCORES_SQL, error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, mode);

  scores = g_array_new (FALSE, TRUE, sizeof (SylStoreScore));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreScore score = {
        .session_id = sqlite3_column_int64 (stmt, 0),
        .finished_at_us = sqlite3_column_int64 (stmt, 1),
        .score = sqlite3_column_double (stmt, 2),
      };

      g_array_append_val (scores, score);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&scores);
}

/**
 * syl_store_session_count_answered:
 * @session: a stored session
 *
 * A cleared answer is stored with an empty choice; it is no answer.
 *
 * Returns: how many of the session's answers have at least one option
 *   chosen
 */
guint
syl_store_session_count_answered (const SylStoreSession *session)
{
  guint n = 0;

  g_return_val_if_fail (session != NULL, 0);

  for (guint i = 0; session->answers != NULL && i < session->answers->len; i++)
    {
      const SylStoreAnswer *answer = g_ptr_array_index (session->answers, i);

      n += answer->chosen != NULL && answer->chosen[0] != '\0' ? 1 : 0;
    }

  return n;
}

void
syl_store_session_free (SylStoreSession *session)
{
  if (session == NULL)
    return;

  g_free (session->mode);
  g_free (session->pack_id);
  g_free (session->settings);
  g_strfreev (session->question_ids);
  g_free (session->option_orders);
  g_free (session->unscored);
  g_free (session->flags);
  g_clear_pointer (&session->answers, g_ptr_array_unref);
  g_free (session);
}


/* syl-store-answers.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Answers and what they leave behind: each answer is one IMMEDIATE
 * transaction that also updates the question's FSRS state and counters
 * (`question_state`) and the day's summary (`daily_activity`), so the
 * dashboard reads a few hundred rows however long the history is.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "syl-store-private.h"

static gboolean
read_card (SylStore     *self,
           const char   *pack_id,
           const char   *question_id,
           SylFsrsCard  *card,
           GError      **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT stability, difficulty, due, last_review, reps, lapses"
                             " FROM question_state WHERE pack_id = ?1 AND question_id = ?2",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  memset (card, 0, sizeof *card);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      card->stability = sqlite3_column_double (stmt, 0);
      card->difficulty = sqlite3_column_double (stmt, 1);
      card->due_us = sqlite3_column_int64 (stmt, 2);
      card->last_review_us = sqlite3_column_int64 (stmt, 3);
      card->reps = sqlite3_column_int (stmt, 4);
      card->lapses = sqlite3_column_int (stmt, 5);
      return TRUE;
    }

  return syl_store_check_rc (self, rc, error);
}

/* The digest last given to syl_store_sync_digests(), or NULL. */
static gboolean
read_current_digest (SylStore    *self,
                     const char  *pack_id,
                     const char  *question_id,
                     char       **digest,
                     GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT digest FROM content_digests WHERE pack_id = ?1 AND question_id = ?2",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *digest = syl_store_column_dup_text (stmt, 0);

  return syl_store_check_rc (self, rc, error);
}

static gboolean
record_answer_locked (SylStore              *self,
                      const SylStoreAnswer  *answer,
                      gint64                *out_id,
                      GError               **error)
{
  g_autofree char *pack_id = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *day = NULL;
  g_autofree char *digest = g_strdup (answer->digest);
  g_autofree char *existing_digest = NULL;
  SylFsrsCard prior = { 0 };
  SylFsrsCard card;
  SylFsrsGrade grade;
  gint64 existing_id = 0;
  gboolean existing_correct = FALSE;
  gboolean first_sight = FALSE;
  gboolean restarted = FALSE;
  int correct_delta;
  int state_correct_delta;
  int rc;

  /* Which pack and kind of session, and a previous answer to the same
   * question in the session. */
  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "SELECT s.pack_id, s.mode, a.id, a.correct, a.prior_stability, a.prior_difficulty,"
                " a.prior_due, a.prior_last_review, a.prior_reps, a.prior_lapses, a.first_sight, a.digest"
                " FROM sessions s LEFT JOIN answers a"
                "  ON a.session_id = s.id AND a.question_id = ?2"
                " WHERE s.id = ?1", error);

    if (stmt == NULL)
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, answer->session_id);
    syl_store_bind_text (stmt, 2, answer->question_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                     _("The progress database “%s” has no session %lld"),
                     self->path, (long long) answer->session_id);
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      return syl_store_check_rc (self, rc, error);

    pack_id = syl_store_column_dup_text (stmt, 0);
    mode = syl_store_column_dup_text (stmt, 1);
    if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
      {
        existing_id = sqlite3_column_int64 (stmt, 2);
        existing_correct = sqlite3_column_int (stmt, 3) != 0;
        prior.stability = sqlite3_column_double (stmt, 4);
        prior.difficulty = sqlite3_column_double (stmt, 5);
        prior.due_us = sqlite3_column_int64 (stmt, 6);
        prior.last_review_us = sqlite3_column_int64 (stmt, 7);
        prior.reps = sqlite3_column_int (stmt, 8);
        prior.lapses = sqlite3_column_int (stmt, 9);
        first_sight = sqlite3_column_int (stmt, 10) != 0;
        if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
          existing_digest = syl_store_column_dup_text (stmt, 11);
      }
  }

  if (existing_id == 0)
    {
      /* An answer means the question was shown (if the session did not
       * say so itself); first sight if no earlier session showed it. */
      if (!syl_store_mark_shown_locked (self, answer->session_id, pack_id,
                                        g_strcmp0 (mode, "exam") == 0, answer->question_id,
                                        answer->answered_at_us, error) ||
          !syl_store_is_first_session (self, pack_id, answer->question_id,
                                       answer->session_id, &first_sight, error))
        return FALSE;

      /* A changed answer is rescheduled from the state before the first
       * one, so changing one's mind does not count as two reviews. */
      if (!read_card (self, pack_id, answer->question_id, &prior, error))
        return FALSE;
    }

  if (digest == NULL && !read_current_digest (self, pack_id, answer->question_id, &digest, error))
    return FALSE;

  /* A pack update changed the question since the answer this one
   * replaces (a session resumed across the update): that answer was to
   * the old text and no longer counts; this is the first to the new one,
   * reviewed from the restarted card. */
  if (existing_id != 0 && existing_digest != NULL && digest != NULL &&
      g_strcmp0 (existing_digest, digest) != 0)
    {
      if (!read_card (self, pack_id, answer->question_id, &prior, error))
        return FALSE;
      restarted = TRUE;
    }

  card = prior;
  grade = syl_fsrs_grade_for_answer (answer->correct, answer->unsure,
                                     answer->time_ms, answer->stem_chars);
  syl_fsrs_review (&self->fsrs, &card, grade, answer->answered_at_us);
  correct_delta = (answer->correct ? 1 : 0) - (existing_correct ? 1 : 0);
  state_correct_delta = restarted ? (answer->correct ? 1 : 0) : correct_delta;

  if (existing_id != 0)
    {
      g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                  "UPDATE answers SET chosen = ?2, correct = ?3, unsure = ?4,"
                  " time_ms = time_ms + ?5, changes = changes + 1, answered_at = ?6, digest = ?7"
                  " WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, existing_id);
      syl_store_bind_text (stmt, 2, answer->chosen);
      sqlite3_bind_int (stmt, 3, answer->correct);
      sqlite3_bind_int (stmt, 4, answer->unsure);
      sqlite3_bind_int64 (stmt, 5, answer->time_ms);
      sqlite3_bind_int64 (stmt, 6, answer->answered_at_us);
      syl_store_bind_text (stmt, 7, digest);
      if (!syl_store_step_done (self, stmt, error))
        return FALSE;
      *out_id = existing_id;
    }
  else
    {
      g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                  "INSERT INTO answers (session_id, question_id, chosen, correct, unsure,"
                  " time_ms, answered_at, prior_stability, prior_difficulty, prior_due,"
                  " prior_last_review, prior_reps, prior_lapses, first_sight, digest)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, answer->session_id);
      syl_store_bind_text (stmt, 2, answer->question_id);
      syl_store_bind_text (stmt, 3, answer->chosen != NULL ? answer->chosen : "");
      sqlite3_bind_int (stmt, 4, answer->correct);
      sqlite3_bind_int (stmt, 5, answer->unsure);
      sqlite3_bind_int64 (stmt, 6, answer->time_ms);
      sqlite3_bind_int64 (stmt, 7, answer->answered_at_us);
      sqlite3_bind_double (stmt, 8, prior.stability);
      sqlite3_bind_double (stmt, 9, prior.difficulty);
      sqlite3_bind_int64 (stmt, 10, prior.due_us);
      sqlite3_bind_int64 (stmt, 11, prior.last_review_us);
      sqlite3_bind_int (stmt, 12, prior.reps);
      sqlite3_bind_int (stmt, 13, prior.lapses);
      sqlite3_bind_int (stmt, 14, first_sight);
      syl_store_bind_text (stmt, 15, digest);
      if (!syl_store_step_done (self, stmt, error))
        return FALSE;
      *out_id = sqlite3_last_insert_rowid (self->db);
    }

  if (restarted)
    {
      g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                  "UPDATE answers SET prior_stability = ?2, prior_difficulty = ?3, prior_due = ?4,"
                  " prior_last_review = ?5, prior_reps = ?6, prior_lapses = ?7"
                  " WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, existing_id);
      sqlite3_bind_double (stmt, 2, prior.stability);
      sqlite3_bind_double (stmt, 3, prior.difficulty);
      sqlite3_bind_int64 (stmt, 4, prior.due_us);
      sqlite3_bind_int64 (stmt, 5, prior.last_review_us);
      sqlite3_bind_int (stmt, 6, prior.reps);
      sqlite3_bind_int (stmt, 7, prior.lapses);
      if (!syl_store_step_done (self, stmt, error))
        return FALSE;
    }

  /* The first-sight outcome follows the first-sight answer, changed or
   * not; an answer clears the "changed since" mark. */
  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "INSERT INTO question_state (pack_id, question_id, stability, difficulty,"
                " due, last_review, reps, lapses, attempts, correct, last_correct, last_answered,"
                " first_sight_correct, first_sight_unsure, first_sight_at, changed)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, max (?10, 0), ?11, ?12,"
                "         CASE WHEN ?13 THEN ?11 END, CASE WHEN ?13 THEN ?14 END,"
                "         CASE WHEN ?13 THEN ?12 END, 0)"
                " ON CONFLICT (pack_id, question_id) DO UPDATE SET"
                "  stability = excluded.stability, difficulty = excluded.difficulty,"
                "  due = excluded.due, last_review = excluded.last_review,"
                "  reps = excluded.reps, lapses = excluded.lapses,"
                "  attempts = attempts + excluded.attempts,"
                "  correct = max (correct + ?10, 0),"
                "  last_correct = excluded.last_correct,"
                "  last_answered = excluded.last_answered,"
                "  first_sight_correct = CASE WHEN ?13 THEN ?11 ELSE first_sight_correct END,"
                "  first_sight_unsure = CASE WHEN ?13 THEN ?14 ELSE first_sight_unsure END,"
                "  first_sight_at = CASE WHEN ?13 THEN ?12 ELSE first_sight_at END,"
                "  changed = 0", error);

    if (stmt == NULL)
      return FALSE;

    syl_store_bind_text (stmt, 1, pack_id);
    syl_store_bind_text (stmt, 2, answer->question_id);
    sqlite3_bind_double (stmt, 3, card.stability);
    sqlite3_bind_double (stmt, 4, card.difficulty);
    sqlite3_bind_int64 (stmt, 5, card.due_us);
    sqlite3_bind_int64 (stmt, 6, card.last_review_us);
    sqlite3_bind_int (stmt, 7, card.reps);
    sqlite3_bind_int (stmt, 8, card.lapses);
    sqlite3_bind_int (stmt, 9, existing_id == 0 || restarted ? 1 : 0);
    sqlite3_bind_int (stmt, 10, state_correct_delta);
    sqlite3_bind_int (stmt, 11, answer->correct);
    sqlite3_bind_int64 (stmt, 12, answer->answered_at_us);
    sqlite3_bind_int (stmt, 13, first_sight);
    sqlite3_bind_int (stmt, 14, answer->unsure);
    if (!syl_store_step_done (self, stmt, error))
      return FALSE;
  }

  day = syl_store_day_for_time (answer->answered_at_us);
  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "INSERT INTO daily_activity (day, answers, correct, time_ms)"
                " VALUES (?1, ?2, max (?3, 0), ?4)"
                " ON CONFLICT (day) DO UPDATE SET"
                "  answers = answers + excluded.answers,"
                "  correct = max (correct + ?3, 0),"
                "  time_ms = time_ms + excluded.time_ms", error);

    if (stmt == NULL)
      return FALSE;

    syl_store_bind_text (stmt, 1, day);
    sqlite3_bind_int (stmt, 2, existing_id == 0 ? 1 : 0);
    sqlite3_bind_int (stmt, 3, correct_delta);
    sqlite3_bind_int64 (stmt, 4, MAX (answer->time_ms, 0));
    if (!syl_store_step_done (self, stmt, error))
      return FALSE;
  }

  return TRUE;
}

/**
 * syl_store_record_answer:
 * @self: a store
 * @answer: the answer; @answer->id, @answer->changes are ignored
 * @error: return location for an error
 *
 * Records an answer, or replaces the learner's earlier answer to the same
 * question in the same session (counting a change), updates the
 * question's schedule and the day's activity, and commits — all in one
 * transaction. When this returns, the answer is on disk.
 *
 * Returns: the answer's id, or 0 with @error set
 */
gint64
syl_store_record_answer (SylStore              *self,
                         const SylStoreAnswer  *answer,
                         GError               **error)
{
  gint64 id = 0;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (answer != NULL, 0);
  g_return_val_if_fail (answer->question_id != NULL, 0);

  if (!syl_store_begin (self, error))
    return 0;

  if (!record_answer_locked (self, answer, &id, error) || !syl_store_commit (self, error))
    {
      syl_store_rollback (self);
      return 0;
    }

  return id;
}

/**
 * syl_store_dup_question_states:
 * @pack_id: the pack
 *
 * Returns: (transfer full) (element-type SylStoreQuestionState): one entry
 *   per question of @pack_id ever answered, or %NULL on error
 */
GPtrArray *
syl_store_dup_question_states (SylStore    *self,
                               const char  *pack_id,
                               GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) states = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id, stability, difficulty, due, last_review, reps,"
                             " lapses, attempts, correct, last_correct, last_answered,"
                             " first_sight_at, first_sight_correct, first_sight_unsure, changed"
                             " FROM question_state WHERE pack_id = ?1",
                             error);
  if (stmt == NULL)
    return NULL;

  states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  syl_store_bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);

      state->question_id = syl_store_column_dup_text (stmt, 0);
      state->card.stability = sqlite3_column_double (stmt, 1);
      state->card.difficulty = sqlite3_column_double (stmt, 2);
      state->card.due_us = sqlite3_column_int64 (stmt, 3);
      state->card.last_review_us = sqlite3_column_int64 (stmt, 4);
      state->card.reps = sqlite3_column_int (stmt, 5);
      state->card.lapses = sqlite3_column_int (stmt, 6);
      state->attempts = sqlite3_column_int (stmt, 7);
      state->correct = sqlite3_column_int (stmt, 8);
      state->last_correct = sqlite3_column_int (stmt, 9) != 0;
      state->last_answered_us = sqlite3_column_int64 (stmt, 10);
      state->has_first_sight = sqlite3_column_type (stmt, 11) != SQLITE_NULL;
      state->first_sight_us = sqlite3_column_int64 (stmt, 11);
      state->first_sight_correct = sqlite3_column_int (stmt, 12) != 0;
      state->first_sight_unsure = sqlite3_column_int (stmt, 13) != 0;
      state->changed = sqlite3_column_int (stmt, 14) != 0;
      g_ptr_array_add (states, state);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&states);
}

/**
 * syl_store_dup_due_questions:
 * @limit: at most this many, 0 for all
 *
 * Returns: (transfer full): ids of the questions of @pack_id due at
 *   @now_us, most overdue first; %NULL on error
 */
GStrv
syl_store_dup_due_questions (SylStore    *self,
                             const char  *pack_id,
                             gint64       now_us,
                             guint        limit,
                             GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id FROM question_state"
                             " WHERE pack_id = ?1 AND due <= ?2 ORDER BY due, question_id LIMIT ?3",
                             error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  sqlite3_bind_int64 (stmt, 2, now_us);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);

  builder = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_strv_builder_end (builder);
}

/**
 * syl_store_dup_first_sight_answers:
 * @pack_id: the pack
 *
 * The answers the learner gave at first sight of each question of
 * @pack_id (the best evidence of how an unseen exam question goes), read
 * from the per-question summary, so as fast as the question states.
 *
 * Returns: (transfer full) (element-type SylStoreFirstSight): in the order
 *   they were given, or %NULL on error
 */
GArray *
syl_store_dup_first_sight_answers (SylStore    *self,
                                   const char  *pack_id,
                                   GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) answers = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id, first_sight_correct, first_sight_unsure, first_sight_at"
                             " FROM question_state WHERE pack_id = ?1 AND first_sight_at IS NOT NULL"
                             " ORDER BY first_sight_at, question_id",
                             error);
  if (stmt == NULL)
    return NULL;

  answers = g_array_new (FALSE, TRUE, sizeof (SylStoreFirstSight));
  g_array_set_clear_func (answers, (GDestroyNotify) syl_store_first_sight_clear);
  syl_store_bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreFirstSight answer = {
        .question_id = syl_store_column_dup_text (stmt, 0),
        .correct = sqlite3_column_int (stmt, 1) != 0,
        .unsure = sqlite3_column_int (stmt, 2) != 0,
        .answered_at_us = sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (answers, answer);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&answers);
}

/**
 * syl_store_dup_daily_activity:
 * @first_day: (nullable): first day, "YYYY-MM-DD", inclusive
 * @last_day: (nullable): last day, inclusive
 *
 * Reads the daily summary; days without answers are absent.
 *
 * Returns: (transfer full) (element-type SylStoreDay): the days in order,
 *   or %NULL on error
 */
GArray *
syl_store_dup_daily_activity (SylStore    *self,
                              const char  *first_day,
                              const char  *last_day,
                              GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) days = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT day, answers, correct, time_ms FROM daily_activity"
                             " WHERE day >= coalesce (?1, '') AND day <= coalesce (?2, '9999')"
                             " ORDER BY day",
                             error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, first_day);
  syl_store_bind_text (stmt, 2, last_day);

  days = g_array_new (FALSE, TRUE, sizeof (SylStoreDay));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreDay day = { { 0 }, 0 };
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      g_strlcpy (day.day, text != NULL ? text : "", sizeof day.day);
      day.answers = sqlite3_column_int (stmt, 1);
      day.correct = sqlite3_column_int (stmt, 2);
      day.time_ms = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (days, day);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * syl_store_day_for_time:
 *
 * Returns: (transfer full): the local calendar day of @time_us, "YYYY-MM-DD"
 */
char *
syl_store_day_for_time (gint64 time_us)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  if (dt == NULL)
    return g_strdup ("1970-01-01");

  return g_date_time_format (dt, "%Y-%m-%d");
}

void
syl_store_answer_free (SylStoreAnswer *answer)
{
  if (answer == NULL)
    return;

  g_free (answer->question_id);
  g_free (answer->chosen);
  g_free (answer->digest);
  g_free (answer);
}

void
syl_store_question_state_free (SylStoreQuestionState *state)
{
  if (state == NULL)
    return;

  g_free (state->question_id);
  g_free (state);
}

void
syl_store_first_sight_clear (SylStoreFirstSight *first_sight)
{
  g_clear_pointer (&first_sight->question_id, g_free);
}

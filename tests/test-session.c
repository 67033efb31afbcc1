/* test-session.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-format.h"
#include "syl-session-private.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)
#define MINUTE_US ((gint64) 60 * G_USEC_PER_SEC)

static SylPack *pack;

typedef struct
{
  char     *dir;
  char     *path;
  SylStore *store;
  SylClock *clock;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("syl-session-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "progress.db", NULL);
  f->store = syl_store_open (f->path, &error);
  g_assert_no_error (error);
  f->clock = syl_clock_new_manual (T0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *lock = g_strconcat (f->path, ".lock", NULL);

  g_assert_finalize_object (f->store);
  g_clear_object (&f->clock);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (lock);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SylSession *
new_exam (Fixture                  *f,
          guint32                   seed,
          const SylSessionSettings *settings)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, f->store, seed);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  SylSession *session;

  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, f->store, f->clock, plan, settings, seed, &error);
  g_assert_no_error (error);

  return session;
}

/* The option index shown at display position 0 that is right (single)
 * or all right ones (multiple). */
static guint
right_options (SylQuestion *q,
               guint       *out)
{
  guint n = 0;

  for (guint o = 0; o < syl_question_get_n_options (q); o++)
    if (syl_question_get_option_correct (q, o))
      out[n++] = o;

  return n;
}

static guint
wrong_option (SylQuestion *q)
{
  for (guint o = 0; o < syl_question_get_n_options (q); o++)
    if (!syl_question_get_option_correct (q, o))
      return o;

  g_assert_not_reached ();
}

static void
test_new (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 1, NULL);
  g_autoptr(SylSession) again = NULL;
  g_autoptr(SylSession) extra = NULL;
  SylSessionSettings extra_time = { .timed = TRUE, .extra_time = TRUE };
  gboolean some_shuffled = FALSE;

  g_assert_cmpint (syl_session_get_mode (session), ==, SYL_QUIZ_MODE_EXAM);
  g_assert_cmpint (syl_session_get_id (session), >, 0);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 25);
  g_assert_cmpint (syl_session_get_time_limit_ms (session), ==, 30 * 60 * 1000);
  g_assert_cmpint (syl_session_get_remaining_ms (session), ==, 30 * 60 * 1000);
  g_assert_cmpint (syl_session_get_deadline_us (session), ==, 0);
  g_assert_false (syl_session_is_running (session));
  g_assert_cmpuint (syl_session_get_n_answered (session), ==, 0);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      guint n;
      const guint *order = syl_session_get_option_order (session, i, &n);
      g_autofree gboolean *seen = g_new0 (gboolean, n);

      g_assert_cmpuint (n, ==, syl_question_get_n_options (syl_session_get_question (session, i)));
      for (guint o = 0; o < n; o++)
        {
          g_assert_cmpuint (order[o], <, n);
          g_assert_false (seen[order[o]]);
          seen[order[o]] = TRUE;
          some_shuffled |= order[o] != o;
        }
    }
  g_assert_true (some_shuffled);

  /* Same seed, same questions and option orders. */
  again = new_exam (f, 1, NULL);
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      guint n1, n2;
      const guint *o1 = syl_session_get_option_order (session, i, &n1);
      const guint *o2 = syl_session_get_option_order (again, i, &n2);

      g_assert_true (syl_session_get_question (session, i) == syl_session_get_question (again, i));
      g_assert_cmpmem (o1, n1 * sizeof (guint), o2, n2 * sizeof (guint));
    }

  /* Accommodation: +30 minutes. */
  extra = new_exam (f, 2, &extra_time);
  g_assert_cmpint (syl_session_get_time_limit_ms (extra), ==, 60 * 60 * 1000);
}

static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 7, NULL);
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  SylQuestion *q0, *q1;
  guint right[8];
  guint n_right;
  guint wrong;

  syl_session_start (session);
  g_assert_true (syl_session_is_running (session));
  g_assert_cmpint (syl_session_get_deadline_us (session), ==, T0 + 30 * MINUTE_US);

  q0 = syl_session_get_question (session, 0);
  q1 = syl_session_get_question (session, 1);
  n_right = right_options (q0, right);
  syl_session_set_current (session, 0);
  syl_clock_advance (f->clock, 2 * MINUTE_US);
  g_assert_true (syl_session_answer (session, 0, right, n_right, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (syl_session_is_correct (session, 0));

  wrong = wrong_option (q1);
  syl_session_set_current (session, 1);
  syl_clock_advance (f->clock, MINUTE_US);
  g_assert_true (syl_session_answer (session, 1, &wrong, 1, TRUE, &error));
  g_assert_true (syl_session_set_flagged (session, 1, TRUE, &error));
  g_assert_true (syl_session_set_flagged (session, 4, TRUE, &error));
  g_assert_true (syl_session_set_flagged (session, 4, FALSE, &error));
  g_assert_true (syl_session_set_flagged (session, 5, TRUE, &error));
  syl_clock_advance (f->clock, MINUTE_US);
  g_assert_cmpint (syl_session_get_time_used_ms (session), ==, 4 * 60 * 1000);
  g_assert_true (syl_session_pause (session, &error));

  /* Time stands still while paused (the app is closed). */
  syl_clock_advance (f->clock, 600 * MINUTE_US);
  g_assert_cmpint (syl_session_get_time_used_ms (session), ==, 4 * 60 * 1000);

  stored = syl_store_dup_unfinished_session (f->store, "engine-test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->id, ==, syl_session_get_id (session));
  g_assert_cmpuint (stored->answers->len, ==, 2);
  /* Per-question time: 2 minutes on the first. */
  g_assert_cmpint (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 0))->time_ms, ==, 2 * 60 * 1000);

  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_session_get_n_questions (resumed), ==, 25);
  g_assert_cmpint (syl_session_get_mode (resumed), ==, SYL_QUIZ_MODE_EXAM);
  for (guint i = 0; i < 25; i++)
    {
      guint n1, n2;
      const guint *o1 = syl_session_get_option_order (session, i, &n1);
      const guint *o2 = syl_session_get_option_order (resumed, i, &n2);

      g_assert_true (syl_session_get_question (session, i) == syl_session_get_question (resumed, i));
      g_assert_cmpmem (o1, n1 * sizeof (guint), o2, n2 * sizeof (guint));
      g_assert_cmpint (syl_session_is_flagged (resumed, i), ==, i == 1 || i == 5);
      g_assert_cmpint (syl_session_is_answered (resumed, i), ==, i <= 1);
      g_assert_cmpint (syl_session_is_unscored_internal (resumed, i), ==, syl_session_is_unscored_internal (session, i));
    }
  g_assert_true (syl_session_is_correct (resumed, 0));
  g_assert_false (syl_session_is_correct (resumed, 1));
  g_assert_true (syl_session_is_unsure (resumed, 1));
  g_assert_cmpint (syl_session_get_time_used_ms (resumed), ==, 4 * 60 * 1000);
  g_assert_cmpint (syl_session_get_remaining_ms (resumed), ==, 26 * 60 * 1000);
  g_assert_false (syl_session_is_running (resumed));
  /* It reopens where the learner left off: after the last answer. */
  g_assert_cmpuint (syl_session_get_current (resumed), ==, 2);

  /* Change of mind: same answer row, one change. */
  syl_session_start (resumed);
  g_assert_true (syl_session_answer (resumed, 1, right, right_options (q1, right), FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, syl_store_session_free);
  stored = syl_store_dup_session (f->store, syl_session_get_id (resumed), &error);
  g_assert_cmpuint (stored->answers->len, ==, 2);
  g_assert_cmpuint (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 1))->changes, ==, 1);
  g_assert_true (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 1))->correct);

  g_assert_nonnull (syl_session_finish (resumed, &error));
  g_assert_no_error (error);
  g_assert_null (syl_store_dup_unfinished_session (f->store, NULL, &error));
  g_assert_no_error (error);

  /* Finished means finished. */
  g_assert_false (syl_session_answer (resumed, 2, right, 1, FALSE, &error));
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_FINISHED);
}

/* Resumes @session from the store, as after a restart. */
static SylSession *
reopen (Fixture    *f,
        SylSession *session)
{
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  SylSession *resumed;

  g_assert_true (syl_session_pause (session, &error));
  stored = syl_store_dup_unfinished_session (f->store, "engine-test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_no_error (error);
  return resumed;
}

/* A resumed session opens after the question answered last, skipping the
 * ones already answered and going round to the start; when every question
 * is answered, at the one answered last. */
static void
test_resume_position (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 11, NULL);
  g_autoptr(SylSession) fresh = NULL;
  g_autoptr(SylSession) wrapped = NULL;
  g_autoptr(SylSession) skipped = NULL;
  g_autoptr(SylSession) complete = NULL;
  g_autoptr(GError) error = NULL;
  guint n = syl_session_get_n_questions (session);
  guint wrong;

  syl_session_start (session);
  fresh = reopen (f, session);
  g_assert_cmpuint (syl_session_get_current (fresh), ==, 0);

  /* The last two answered, the last one last: round to the first. */
  syl_session_start (session);
  for (guint i = n - 2; i < n; i++)
    {
      wrong = wrong_option (syl_session_get_question (session, i));
      g_assert_true (syl_session_answer (session, i, &wrong, 1, FALSE, &error));
      g_assert_no_error (error);
    }
  wrapped = reopen (f, session);
  g_assert_cmpuint (syl_session_get_current (wrapped), ==, 0);

  /* Then 0, 2 and 1, in that order: 3 is next. */
  syl_session_start (session);
  for (guint k = 0; k < 3; k++)
    {
      guint i = (guint[]) { 0, 2, 1 }[k];

      wrong = wrong_option (syl_session_get_question (session, i));
      g_assert_true (syl_session_answer (session, i, &wrong, 1, FALSE, &error));
    }
  skipped = reopen (f, session);
  g_assert_cmpuint (syl_session_get_current (skipped), ==, 3);

  /* All of them, the fifth last. */
  syl_session_start (session);
  for (guint i = 3; i < n - 2; i++)
    if (i != 4)
      {
        wrong = wrong_option (syl_session_get_question (session, i));
        g_assert_true (syl_session_answer (session, i, &wrong, 1, FALSE, &error));
      }
  wrong = wrong_option (syl_session_get_question (session, 4));
  g_assert_true (syl_session_answer (session, 4, &wrong, 1, FALSE, &error));
  g_assert_cmpuint (syl_session_get_n_answered (session), ==, n);
  complete = reopen (f, session);
  g_assert_cmpuint (syl_session_get_current (complete), ==, 4);
}

static void
test_time_out (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 3, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  const SylScoreReport *report;
  guint right[8];
  guint n_scored_right = 0;

  syl_session_start (session);
  /* Answer every question right but the last three. */
  for (guint i = 0; i + 3 < syl_session_get_n_questions (session); i++)
    {
      guint n = right_options (syl_session_get_question (session, i), right);

      g_assert_true (syl_session_answer (session, i, right, n, FALSE, &error));
      g_assert_no_error (error);
      n_scored_right += syl_session_is_unscored_internal (session, i) ? 0 : 1;
      syl_clock_advance (f->clock, MINUTE_US);
    }

  g_assert_false (syl_session_check_time (session, &error));
  g_assert_cmpint (syl_session_get_remaining_ms (session), ==, 8 * 60 * 1000);

  syl_clock_advance (f->clock, 8 * MINUTE_US - 1);
  g_assert_false (syl_session_check_time (session, &error));
  syl_clock_advance (f->clock, 1000);
  g_assert_true (syl_session_check_time (session, &error));
  g_assert_no_error (error);
  g_assert_true (syl_session_is_finished (session));
  g_assert_true (syl_session_is_timed_out (session));
  g_assert_cmpint (syl_session_get_remaining_ms (session), ==, 0);

  report = syl_session_get_report (session);
  g_assert_nonnull (report);
  g_assert_true (report->timed_out);
  g_assert_cmpuint (report->n_scored, ==, 20);
  g_assert_cmpuint (report->n_correct, ==, n_scored_right);
  g_assert_cmpuint (report->n_unanswered, ==, 20 - n_scored_right);
  g_assert_cmpint (report->time_used_ms, ==, 30 * 60 * 1000);

  /* Too late to answer. */
  syl_clock_advance (f->clock, MINUTE_US);
  g_assert_false (syl_session_answer (session, 24, right, 1, FALSE, &error));
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_TIMED_OUT);
  g_clear_error (&error);

  stored = syl_store_dup_session (f->store, syl_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->finished_at_us, >, 0);
  g_assert_true (stored->has_score);
  g_assert_cmpfloat (stored->score, ==, report->scaled);
  g_assert_cmpint (stored->time_used_ms, ==, 30 * 60 * 1000);
}

static void
test_unscored_after_finish (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 12, NULL);
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint n = syl_session_get_n_questions (session);
  guint n_unscored = 0;

  /* While the exam runs, every question looks scored, resumed or not. */
  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_assert_no_error (error);
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_assert_false (syl_session_is_unscored (session, i));
      g_assert_false (syl_session_is_unscored (resumed, i));
      n_unscored += syl_session_is_unscored_internal (session, i) ? 1 : 0;
    }
  g_assert_cmpuint (n_unscored, ==, 5);

  /* Once submitted, the report may say which ones did not count. */
  g_assert_nonnull (syl_session_finish (resumed, &error));
  g_assert_no_error (error);
  n_unscored = 0;
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (syl_session_is_unscored (resumed, i), ==, syl_session_is_unscored_internal (session, i));
      n_unscored += syl_session_is_unscored (resumed, i) ? 1 : 0;
    }
  g_assert_cmpuint (n_unscored, ==, 5);
  g_assert_cmpuint (syl_session_get_report (resumed)->n_scored, ==, n - 5);
}

static void
test_cleared_answer (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 13, NULL);
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  const SylScoreReport *report;
  guint n = syl_session_get_n_questions (session);
  guint right[8];
  guint n_right;
  guint n_chosen = 99;
  guint n_scored = 0;

  syl_session_start (session);

  /* Ticked, then unticked: unanswered again, and not right. */
  n_right = right_options (syl_session_get_question (session, 0), right);
  g_assert_true (syl_session_answer (session, 0, right, n_right, FALSE, &error));
  g_assert_true (syl_session_is_answered (session, 0));
  g_assert_true (syl_session_answer (session, 0, NULL, 0, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (syl_session_is_answered (session, 0));
  g_assert_false (syl_session_is_correct (session, 0));
  g_assert_cmpuint (syl_session_get_n_answered (session), ==, 0);
  syl_session_get_chosen (session, 0, &n_chosen);
  g_assert_cmpuint (n_chosen, ==, 0);
  /* The grid and the counts before submitting agree. */
  g_assert_false (syl_quiz_has_choice (session, 0));
  g_assert_cmpuint (syl_quiz_count_unanswered (session), ==, n);

  /* Clearing a question never answered stores nothing. */
  g_assert_true (syl_session_answer (session, 1, NULL, 0, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (syl_session_is_answered (session, 1));

  n_right = right_options (syl_session_get_question (session, 2), right);
  g_assert_true (syl_session_answer (session, 2, right, n_right, FALSE, &error));
  g_assert_cmpuint (syl_session_get_n_answered (session), ==, 1);
  g_assert_cmpuint (syl_quiz_count_unanswered (session), ==, n - 1);

  /* The store keeps the cleared answer as a wrong one, and no more. */
  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->answers->len, ==, 2);
  g_assert_cmpstr (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 0))->chosen, ==, "");
  g_assert_false (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 0))->correct);
  g_assert_cmpuint (((SylStoreAnswer *) g_ptr_array_index (stored->answers, 0))->changes, ==, 1);
  g_assert_cmpuint (syl_store_session_count_answered (stored), ==, 1);

  /* Resumed, it is still unanswered. */
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_no_error (error);
  g_assert_false (syl_session_is_answered (resumed, 0));
  g_assert_false (syl_session_is_correct (resumed, 0));
  g_assert_true (syl_session_is_answered (resumed, 2));
  g_assert_cmpuint (syl_session_get_n_answered (resumed), ==, 1);

  /* Scored wrong, and counted with the unanswered. */
  report = syl_session_finish (resumed, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    n_scored += syl_session_is_unscored (resumed, i) ? 0 : 1;
  g_assert_cmpuint (report->n_scored, ==, n_scored);
  g_assert_cmpuint (report->n_correct, ==, syl_session_is_unscored (resumed, 2) ? 0 : 1);
  g_assert_cmpuint (report->n_unanswered, ==, report->n_scored - report->n_correct);
}

static void
test_time_out_while_answering (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 4, NULL);
  g_autoptr(GError) error = NULL;
  guint right[8];
  guint n = right_options (syl_session_get_question (session, 0), right);

  /* The time runs out before the learner clicks: the answer is refused
   * and the exam ends with nothing answered. */
  syl_session_start (session);
  syl_clock_advance (f->clock, 31 * MINUTE_US);
  g_assert_false (syl_session_answer (session, 0, right, n, FALSE, &error));
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_TIMED_OUT);
  g_assert_true (syl_session_is_timed_out (session));
  g_assert_cmpuint (syl_session_get_report (session)->n_correct, ==, 0);
  g_assert_cmpuint (syl_session_get_report (session)->scaled, ==, 100);
}

static void
test_untimed_drill (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, f->store, 9);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_drill_task (builder, "2.1", 5, NULL);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint right[8];

  session = syl_session_new (pack, f->store, f->clock, plan, NULL, 9, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_session_get_time_limit_ms (session), ==, 0);
  g_assert_cmpint (syl_session_get_remaining_ms (session), ==, -1);
  syl_session_start (session);
  syl_clock_advance (f->clock, 600 * MINUTE_US);
  g_assert_false (syl_session_check_time (session, &error));
  g_assert_true (syl_session_answer (session, 0, right,
                                     right_options (syl_session_get_question (session, 0), right),
                                     FALSE, &error));
  g_assert_no_error (error);

  /* An out-of-range option is refused. */
  g_assert_false (syl_session_answer (session, 1, (guint[]) { 9 }, 1, FALSE, &error));
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_INVALID);
  g_clear_error (&error);

  /* Abandoned: no score, not offered again, answers kept. */
  g_assert_true (syl_session_abandon (session, &error));
  g_assert_null (syl_store_dup_unfinished_session (f->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SylStoreSession) stored = syl_store_dup_session (f->store, syl_session_get_id (session), &error);
    g_assert_false (stored->has_score);
    g_assert_cmpuint (stored->answers->len, ==, 1);
  }
}

static SylSession *
resume_stored (Fixture         *f,
               SylStoreSession *stored)
{
  g_autoptr(GError) error = NULL;
  SylSession *resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);

  g_assert_no_error (error);
  g_assert_nonnull (resumed);
  return resumed;
}

static void
test_drill_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, f->store, 9);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_drill_task (builder, "2.1", 5, NULL);
  g_autoptr(SylQuizPlan) exam_plan = syl_quiz_builder_build_exam (builder, NULL);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylSession) exam = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  SylSessionSettings settings = { 0 };
  g_autofree char *long_id = g_strnfill (64, 'x');
  const char *kind = "unset";
  const char *id = "unset";

  /* The plan names the drill; the session keeps it. */
  g_assert_cmpstr (plan->drill_kind, ==, "task");
  g_assert_cmpstr (plan->drill_id, ==, "2.1");
  g_assert_null (exam_plan->drill_kind);
  session = syl_session_new (pack, f->store, f->clock, plan, NULL, 9, &error);
  g_assert_no_error (error);
  g_assert_true (syl_session_get_drill (session, &kind, &id));
  g_assert_cmpstr (kind, ==, "task");
  g_assert_cmpstr (id, ==, "2.1");

  /* Through the store and back. */
  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->settings, ==, "timed=0;extra-time=0;drill-kind=task;drill-id=2.1");
  resumed = resume_stored (f, stored);
  g_assert_true (syl_session_get_drill (resumed, &kind, &id));
  g_assert_cmpstr (kind, ==, "task");
  g_assert_cmpstr (id, ==, "2.1");
  g_assert_false (syl_session_get_settings (resumed)->timed);
  g_clear_object (&resumed);

  /* A session saved before drills were remembered: no drill, no harm. */
  g_free (stored->settings);
  stored->settings = g_strdup ("timed=0;extra-time=0");
  resumed = resume_stored (f, stored);
  g_assert_false (syl_session_get_drill (resumed, &kind, &id));
  g_assert_null (kind);
  g_assert_null (id);
  g_clear_object (&resumed);

  /* Half a drill, a broken escape, a kind alone: no drill either. */
  g_free (stored->settings);
  stored->settings = g_strdup ("timed=0;drill-kind=task;drill-id=%zz");
  resumed = resume_stored (f, stored);
  g_assert_false (syl_session_get_drill (resumed, NULL, NULL));
  g_clear_object (&resumed);
  g_assert_true (syl_session_abandon (session, &error));
  g_assert_no_error (error);
  g_clear_object (&session);
  g_clear_pointer (&stored, syl_store_session_free);

  /* Any character in an id survives the settings text. */
  g_assert_true (syl_session_settings_set_drill (&settings, "service", "a;b=c%d é"));
  session = syl_session_new (pack, f->store, f->clock, plan, &settings, 9, &error);
  g_assert_no_error (error);
  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_assert_no_error (error);
  resumed = resume_stored (f, stored);
  g_assert_true (syl_session_get_drill (resumed, &kind, &id));
  g_assert_cmpstr (kind, ==, "service");
  g_assert_cmpstr (id, ==, "a;b=c%d é");
  g_assert_true (syl_session_abandon (resumed, &error));
  g_assert_no_error (error);

  /* An id too long to keep is not cut into another one. */
  g_assert_false (syl_session_settings_set_drill (&settings, "domain", long_id));
  g_assert_cmpstr (settings.drill_kind, ==, "");
  g_assert_cmpstr (settings.drill_id, ==, "");
  long_id[63] = '\0';
  g_assert_true (syl_session_settings_set_drill (&settings, "domain", long_id));
  g_assert_cmpstr (settings.drill_id, ==, long_id);
  g_assert_false (syl_session_settings_set_drill (&settings, NULL, "d1"));
  g_assert_false (syl_session_settings_set_drill (&settings, "domain", ""));
  g_assert_cmpstr (settings.drill_kind, ==, "");

  /* Only a drill is a drill. */
  exam = syl_session_new (pack, NULL, f->clock, exam_plan, NULL, 9, &error);
  g_assert_no_error (error);
  g_assert_false (syl_session_get_drill (exam, &kind, &id));
  g_assert_null (kind);
}

static void
test_in_memory (void)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 9);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_drill_domain (builder, "d3", 3, NULL);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = syl_session_new (pack, NULL, NULL, plan, NULL, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_session_get_id (session), ==, 0);
  g_assert_true (syl_session_answer (session, 0, (guint[]) { 0 }, 1, FALSE, &error));
  g_assert_nonnull (syl_session_finish (session, &error));
}

static void
test_resume_changed_pack (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 5, NULL);
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(GError) error = NULL;

  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_assert_no_error (error);

  /* A question that the new version of the pack dropped. */
  g_free (stored->question_ids[3]);
  stored->question_ids[3] = g_strdup ("q-gone");
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_null (resumed);
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_PACK_CHANGED);
  g_clear_error (&error);
  g_clear_pointer (&stored, syl_store_session_free);

  /* An option order that no longer fits. */
  stored = syl_store_dup_unfinished_session (f->store, NULL, &error);
  g_free (stored->option_orders);
  stored->option_orders = g_strdup ("0,0,1,2");
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_null (resumed);
  g_assert_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_PACK_CHANGED);
}

/* Setting a flag is idempotent: twice set is still set, and the store
 * agrees after a resume. Clearing twice is still clear. */
static void
test_flag_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 3, NULL);
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_session_set_flagged (session, 2, TRUE, &error));
  g_assert_true (syl_session_set_flagged (session, 2, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (syl_session_is_flagged (session, 2));

  g_assert_true (syl_session_set_flagged (session, 3, FALSE, &error));
  g_assert_true (syl_session_set_flagged (session, 3, FALSE, &error));
  g_assert_false (syl_session_is_flagged (session, 3));

  stored = syl_store_dup_unfinished_session (f->store, "engine-test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->flags, ==, "2");
  resumed = syl_session_resume (pack, f->store, f->clock, stored, &error);
  g_assert_no_error (error);
  g_assert_true (syl_session_is_flagged (resumed, 2));
  g_assert_false (syl_session_is_flagged (resumed, 3));
}

/* Time per question counts only the time a question is on screen while
 * the clock runs, across visits. */
static void
test_time_per_question (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (f, 4, NULL);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  guint wrong;

  syl_session_start (session);
  syl_session_set_current (session, 0);
  syl_clock_advance (f->clock, 2 * MINUTE_US);
  syl_session_set_current (session, 1);
  syl_clock_advance (f->clock, 3 * MINUTE_US);
  wrong = wrong_option (syl_session_get_question (session, 1));
  g_assert_true (syl_session_answer (session, 1, &wrong, 1, FALSE, &error));
  syl_clock_advance (f->clock, MINUTE_US);
  g_assert_true (syl_session_pause (session, &error));
  /* Paused: no time on anything. */
  syl_clock_advance (f->clock, 60 * MINUTE_US);
  syl_session_start (session);
  syl_session_set_current (session, 0);
  syl_clock_advance (f->clock, MINUTE_US);

  items = syl_session_dup_score_items (session);
  g_assert_cmpuint (items->len, ==, 25);
  g_assert_cmpint (g_array_index (items, SylScoreItem, 0).time_ms, ==, 3 * 60 * 1000);
  g_assert_cmpint (g_array_index (items, SylScoreItem, 1).time_ms, ==, 4 * 60 * 1000);
  g_assert_cmpint (g_array_index (items, SylScoreItem, 2).time_ms, ==, 0);
  g_assert_true (g_array_index (items, SylScoreItem, 1).answered);
  g_assert_false (g_array_index (items, SylScoreItem, 1).correct);
  /* Nothing tells the unscored questions apart before the end. */
  for (guint i = 0; i < items->len; i++)
    g_assert_false (g_array_index (items, SylScoreItem, i).unscored);
}

/* An exam stores the forecast of its own questions before it begins, and
 * the questions it shows count as exposure; a resumed exam knows which of
 * its questions were new. */
static void
test_exam_forecast_and_exposure (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SylSession) session = new_exam (fixture, 5, NULL);
  g_autoptr(SylSession) resumed = NULL;
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GArray) record = NULL;
  g_autoptr(GPtrArray) exposures = NULL;
  g_autoptr(GError) error = NULL;
  SylStoreForecastRecord *entry;
  guint wrong;

  record = syl_store_dup_forecast_record (fixture->store, "engine-test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->len, ==, 1);
  entry = &g_array_index (record, SylStoreForecastRecord, 0);
  g_assert_cmpint (entry->forecast.session_id, ==, syl_session_get_id (session));
  g_assert_cmpint (entry->forecast.made_at_us, ==, T0);
  g_assert_cmpfloat (entry->forecast.low, <=, entry->forecast.estimate);
  g_assert_cmpfloat (entry->forecast.high, >=, entry->forecast.estimate);
  g_assert_false (entry->has_score);

  /* Looked at twice, answered once: shown once. */
  syl_session_start (session);
  syl_session_set_current (session, 0);
  syl_session_set_current (session, 1);
  syl_session_set_current (session, 0);
  wrong = wrong_option (syl_session_get_question (session, 1));
  g_assert_true (syl_session_answer (session, 1, &wrong, 1, FALSE, &error));
  g_assert_true (syl_session_pause (session, &error));
  exposures = syl_store_dup_exposures (fixture->store, "engine-test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exposures->len, ==, 2);
  for (guint i = 0; i < exposures->len; i++)
    g_assert_cmpuint (((SylStoreExposure *) g_ptr_array_index (exposures, i))->n_shown_exam, ==, 1);

  stored = syl_store_dup_unfinished_session (fixture->store, "engine-test", &error);
  resumed = syl_session_resume (pack, fixture->store, fixture->clock, stored, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_session_get_n_first_sight (resumed), ==, 25);
  for (guint i = 0; i < 25; i++)
    g_assert_true (syl_session_is_first_sight (resumed, i));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "data", "engine-pack.xml", NULL);
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

#define ADD(name, fn) \
  g_test_add ("/syl/session/" name, Fixture, NULL, fixture_setup, fn, fixture_teardown)

  ADD ("new", test_new);
  ADD ("resume", test_resume);
  ADD ("resume-position", test_resume_position);
  ADD ("time-out", test_time_out);
  ADD ("time-out-while-answering", test_time_out_while_answering);
  ADD ("unscored-after-finish", test_unscored_after_finish);
  ADD ("cleared-answer", test_cleared_answer);
  ADD ("untimed-drill", test_untimed_drill);
  ADD ("drill-round-trip", test_drill_round_trip);
  ADD ("resume-changed-pack", test_resume_changed_pack);
  ADD ("flag-twice", test_flag_twice);
  ADD ("time-per-question", test_time_per_question);
  ADD ("exam-forecast-and-exposure", test_exam_forecast_and_exposure);
  g_test_add_func ("/syl/session/in-memory", test_in_memory);

#undef ADD

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

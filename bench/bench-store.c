/* bench-store.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* bench-store gen DB PACK N_ANSWERS
 *   Writes a progress database DB of N_ANSWERS answers to the questions of
 *   PACK (a pack file or folder).
 *
 * bench-store run PACK N_ANSWERS
 *   The same in a temporary folder, then times what the dashboard asks the
 *   store for, and syl_store_record_answer().
 *
 * bench-store measure DB PACK
 *   Only the timing, on a database made with `gen` (for profiling; the
 *   answers it records stay in DB).
 *
 * The history is generated in one transaction with plain SQL inserts into
 * the store's own schema (created by syl_store_open(), so it is always the
 * current one) and the summary tables are filled the way the store would
 * fill them: FSRS card states computed with the store's scheduler
 * (syl_fsrs_review() with the grade syl_fsrs_grade_for_answer() gives),
 * the prior state in each answer row, per-question counters, and one
 * `daily_activity` row per local day; the exposure (a `shown` row per
 * answer, the `exposure` summary) and the first sight of each question
 * (its first answer, as no session shows a question without answering
 * it here). Recording a million answers through
 * syl_store_record_answer() would take an hour of fsyncs; the last
 * session, left unfinished like an exam paused by closing the app, is
 * written through the store API.
 *
 * Sessions are 65 answers to distinct questions, about a minute each;
 * they are spread evenly over the days before now (a day per 1,500 answers,
 * 30 to 730 days), 70 % answered right, every fifth one an exam with a
 * score. A fixed seed makes every database the same.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "syl-dashboard-model.h"
#include "syl-forecast.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-store.h"

#define SESSION_LENGTH 65
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)
#define DASHBOARD_RUNS 11
#define RECORD_RUNS 200

typedef struct
{
  SylFsrsCard card;
  guint       attempts;
  guint       correct;
  gboolean    last_correct;
  gint64      last_answered_us;
  /* first sight and exposure, as recording fills them */
  gboolean    first_correct;
  gboolean    first_unsure;
  gint64      first_us;
  gint64      first_session;
  guint       n_exam;
  gint64      last_exam_us;
} QuestionState;

typedef struct
{
  guint  answers;
  guint  correct;
  gint64 time_ms;
} DayState;

static void
die (const char *what,
     const char *detail)
{
  fprintf (stderr, "bench-store: %s: %s\n", what, detail);
  exit (1);
}

static void
check_sql (sqlite3    *db,
           int         rc,
           const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    die (what, sqlite3_errmsg (db));
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  check_sql (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), sql);
  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  check_sql (db, sqlite3_step (stmt), sqlite3_sql (stmt));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static SylPack *
load_pack (const char *path)
{
  g_autoptr(GError) error = NULL;
  SylPack *pack = syl_pack_load (path, &error);

  if (pack == NULL)
    die (path, error->message);

  return pack;
}

static char *
option_order (SylQuestion *question,
              GRand       *rand)
{
  guint n = syl_question_get_n_options (question);
  g_autofree guint *order = g_new (guint, n);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
    }
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, i == 0 ? "%u" : ",%u", order[i]);

  return g_string_free (out, FALSE);
}

/* The choice as stored: the right options, or a wrong one. */
static char *
chosen_for (SylQuestion *question,
            gboolean     correct)
{
  GString *out = g_string_new (NULL);
  guint n = syl_question_get_n_options (question);

  for (guint i = 0; i < n; i++)
    if (syl_question_get_option_correct (question, i) == correct)
      {
        if (out->len > 0)
          g_string_append_c (out, ',');
        g_string_append_printf (out, "%u", i);
        if (!correct)
          break;
      }

  return g_string_free (out, FALSE);
}

/* Leaves an exam unfinished, as if the app was closed during it: 75
 * questions, 30 answered, through the store API. */
static void
add_unfinished_exam (const char *db_path,
                     SylPack    *pack,
                     GRand      *rand,
                     gint64      now_us)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (db_path, &error);
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_questions = g_list_model_get_n_items (questions);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) orders = g_string_new (NULL);
  SylStoreSession session = { 0 };
  gint64 session_id;
  guint first;

  if (store == NULL)
    die (db_path, error->message);

  /* distinct questions: a prime stride through the pack */
  first = g_rand_int_range (rand, 0, n_questions);
  for (guint i = 0; i < 75; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, (first + i * 7919) % n_questions);
      g_autofree char *order = option_order (question, rand);

      if (i > 0)
        g_string_append_c (orders, ';');
      g_string_append (orders, order);
      g_ptr_array_add (ids, g_strdup (syl_question_get_id (question)));
    }
  g_ptr_array_add (ids, NULL);

  session.mode = (char *) "exam";
  session.pack_id = (char *) syl_pack_get_id (pack);
  session.settings = (char *) "";
  session.question_ids = (GStrv) ids->pdata;
  session.option_orders = orders->str;
  session.unscored = (char *) "3,11,19,27,35,43,51,59,67,74";
  session.time_limit_ms = 180 * 60 * 1000;
  session.started_at_us = now_us - (gint64) 40 * 60 * G_USEC_PER_SEC;
  session_id = syl_store_insert_session (store, &session, &error);
  if (session_id == 0)
    die (db_path, error->message);

  for (guint i = 0; i < 30; i++)
    {
      SylQuestion *question = syl_pack_lookup_question (pack, ids->pdata[i]);
      gboolean correct = g_rand_double (rand) < 0.7;
      g_autofree char *chosen = chosen_for (question, correct);
      SylStoreAnswer answer = {
        .session_id = session_id,
        .question_id = ids->pdata[i],
        .chosen = chosen,
        .correct = correct,
        .time_ms = 60000,
        .answered_at_us = session.started_at_us + (gint64) (i + 1) * 60 * G_USEC_PER_SEC,
        .stem_chars = g_utf8_strlen (syl_question_get_stem (question), -1),
      };

      if (syl_store_record_answer (store, &answer, &error) == 0)
        die (db_path, error->message);
    }

  if (!syl_store_save_session_progress (store, session_id, "4,9", 30 * 60 * 1000, &error))
    die (db_path, error->message);
}

static void
generate (const char *db_path,
          SylPack    *pack,
          guint       n_answers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_questions = g_list_model_get_n_items (questions);
  const char *pack_id = syl_pack_get_id (pack);
  g_autofree QuestionState *states = g_new0 (QuestionState, n_questions);
  g_autofree guint *deck = g_new (guint, n_questions);
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SylFsrsParams params;
  guint n_sessions, n_days, answered = 0;
  gint64 now_us = g_get_real_time ();
  gint64 first_us;
  sqlite3 *db = NULL;
  sqlite3_stmt *insert_session, *finish_session, *insert_answer, *insert_state, *insert_day;
  sqlite3_stmt *insert_shown, *insert_exposure, *insert_forecast, *insert_note;
  GHashTableIter iter;
  gpointer key, value;

  if (n_questions < SESSION_LENGTH)
    die ("pack", "fewer questions than a session");

  /* The store creates its schema, at its current version. */
  {
    g_autoptr(SylStore) store = syl_store_open (db_path, &error);

    if (store == NULL)
      die (db_path, error->message);
    syl_store_close (store);
  }

  syl_fsrs_params_init_default (&params);
  for (guint i = 0; i < n_questions; i++)
    deck[i] = i;

  n_sessions = (n_answers + SESSION_LENGTH - 1) / SESSION_LENGTH;
  n_days = CLAMP (n_answers / 1500, 30, 730);
  first_us = now_us - (gint64) n_days * DAY_US;

  check_sql (db, sqlite3_open (db_path, &db), db_path);
  check_sql (db, sqlite3_exec (db, "PRAGMA synchronous = OFF; BEGIN", NULL, NULL, NULL), "begin");

  insert_session = prepare (db,
    "INSERT INTO sessions (mode, pack_id, settings, question_order, option_orders,"
    " unscored, flags, time_limit_ms, time_used_ms, started_at, finished_at, score)"
    " VALUES (?1, ?2, '', ?3, ?4, ?5, '', ?6, ?7, ?8, ?9, ?10)");
  finish_session = prepare (db,
    "UPDATE sessions SET finished_at = ?2, time_used_ms = ?3, score = ?4 WHERE id = ?1");
  insert_answer = prepare (db,
    "INSERT INTO answers (session_id, question_id, chosen, correct, unsure, time_ms,"
    " answered_at, changes, prior_stability, prior_difficulty, prior_due,"
    " prior_last_review, prior_reps, prior_lapses, first_sight)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
  insert_state = prepare (db,
    "INSERT INTO question_state (pack_id, question_id, stability, difficulty, due,"
    " last_review, reps, lapses, attempts, correct, last_correct, last_answered,"
    " first_sight_correct, first_sight_unsure, first_sight_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
  insert_forecast = prepare (db,
    "INSERT INTO forecasts (session_id, made_at, estimate, low, high, pass_probability)"
    " VALUES (?1, ?2, 730, 680, 780, 0.4)");
  insert_note = prepare (db,
    "INSERT INTO notes (pack_id, question_id, text, updated_at) VALUES (?1, ?2, ?3, ?4)");
  insert_shown = prepare (db,
    "INSERT INTO shown (session_id, question_id, shown_at) VALUES (?1, ?2, ?3)");
  insert_exposure = prepare (db,
    "INSERT INTO exposure (pack_id, question_id, n_shown, n_shown_exam, first_shown,"
    " last_shown, last_shown_exam, first_session) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  insert_day = prepare (db,
    "INSERT INTO daily_activity (day, answers, correct, time_ms) VALUES (?1, ?2, ?3, ?4)");

  for (guint s = 0; s < n_sessions; s++)
    {
      guint length = MIN (SESSION_LENGTH, n_answers - answered);
      gboolean exam = s % 5 == 4;
      gint64 t = first_us + (gint64) ((double) s / n_sessions * (n_days * DAY_US))
                 + g_rand_int_range (rand, 0, 3600) * (gint64) G_USEC_PER_SEC;
      gint64 started = t;
      GString *order = g_string_new (NULL);
      GString *orders = g_string_new (NULL);
      gint64 session_id;
      guint n_right = 0;
      gint64 used_ms = 0;

      /* distinct questions: a partial shuffle of the deck */
      for (guint i = 0; i < length; i++)
        {
          guint j = g_rand_int_range (rand, i, n_questions);
          guint tmp = deck[i];
          g_autoptr(SylQuestion) question = NULL;
          g_autofree char *option_orders = NULL;

          deck[i] = deck[j];
          deck[j] = tmp;
          question = g_list_model_get_item (questions, deck[i]);
          option_orders = option_order (question, rand);
          g_string_append_printf (order, i == 0 ? "%s" : "\n%s", syl_question_get_id (question));
          g_string_append_printf (orders, i == 0 ? "%s" : ";%s", option_orders);
        }

      sqlite3_bind_text (insert_session, 1, exam ? "exam" : "drill", -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_session, 2, pack_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_session, 3, order->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert_session, 4, orders->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert_session, 5, exam ? "3,11,19,27,35,43,51,59,63,64" : "", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert_session, 6, exam ? 180 * 60 * 1000 : 0);
      sqlite3_bind_int64 (insert_session, 7, 0);
      sqlite3_bind_int64 (insert_session, 8, started);
      step (db, insert_session);
      session_id = sqlite3_last_insert_rowid (db);
      if (exam)
        {
          /* the forecast shown before it */
          sqlite3_bind_int64 (insert_forecast, 1, session_id);
          sqlite3_bind_int64 (insert_forecast, 2, started - G_USEC_PER_SEC);
          step (db, insert_forecast);
        }
      g_string_free (order, TRUE);
      g_string_free (orders, TRUE);

      for (guint i = 0; i < length; i++)
        {
          g_autoptr(SylQuestion) question = g_list_model_get_item (questions, deck[i]);
          QuestionState *state = &states[deck[i]];
          gboolean correct = g_rand_double (rand) < 0.7;
          gboolean unsure = g_rand_double (rand) < 0.05;
          gint64 time_ms = g_rand_int_range (rand, 15000, 120000);
          guint stem_chars = g_utf8_strlen (syl_question_get_stem (question), -1);
          g_autofree char *chosen = chosen_for (question, correct);
          g_autofree char *day = NULL;
          SylFsrsCard prior = state->card;
          DayState *day_state;

          gboolean first_sight = state->attempts == 0;

          t += time_ms * 1000;
          used_ms += time_ms;
          syl_fsrs_review (&params, &state->card,
                           syl_fsrs_grade_for_answer (correct, unsure, time_ms, stem_chars), t);
          if (first_sight)
            {
              state->first_correct = correct;
              state->first_unsure = unsure;
              state->first_us = t;
              state->first_session = session_id;
            }
          if (exam)
            {
              state->n_exam++;
              state->last_exam_us = t;
            }
          state->attempts++;
          state->correct += correct;
          state->last_correct = correct;
          state->last_answered_us = t;
          n_right += correct;

          sqlite3_bind_int64 (insert_answer, 1, session_id);
          sqlite3_bind_text (insert_answer, 2, syl_question_get_id (question), -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_answer, 3, chosen, -1, SQLITE_STATIC);
          sqlite3_bind_int (insert_answer, 4, correct);
          sqlite3_bind_int (insert_answer, 5, unsure);
          sqlite3_bind_int64 (insert_answer, 6, time_ms);
          sqlite3_bind_int64 (insert_answer, 7, t);
          sqlite3_bind_double (insert_answer, 8, prior.stability);
          sqlite3_bind_double (insert_answer, 9, prior.difficulty);
          sqlite3_bind_int64 (insert_answer, 10, prior.due_us);
          sqlite3_bind_int64 (insert_answer, 11, prior.last_review_us);
          sqlite3_bind_int (insert_answer, 12, prior.reps);
          sqlite3_bind_int (insert_answer, 13, prior.lapses);
          sqlite3_bind_int (insert_answer, 14, first_sight);
          step (db, insert_answer);

          sqlite3_bind_int64 (insert_shown, 1, session_id);
          sqlite3_bind_text (insert_shown, 2, syl_question_get_id (question), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert_shown, 3, t);
          step (db, insert_shown);

          day = syl_store_day_for_time (t);
          day_state = g_hash_table_lookup (days, day);
          if (day_state == NULL)
            {
              day_state = g_new0 (DayState, 1);
              g_hash_table_insert (days, g_steal_pointer (&day), day_state);
            }
          day_state->answers++;
          day_state->correct += correct;
          day_state->time_ms += time_ms;
        }
      answered += length;

      sqlite3_bind_int64 (finish_session, 1, session_id);
      sqlite3_bind_int64 (finish_session, 2, t);
      sqlite3_bind_int64 (finish_session, 3, used_ms);
      if (exam)
        sqlite3_bind_double (finish_session, 4, 100.0 + 900.0 * n_right / length);
      step (db, finish_session);
    }

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) question = NULL;
      QuestionState *state = &states[i];

      if (state->attempts == 0)
        continue;

      question = g_list_model_get_item (questions, i);
      sqlite3_bind_text (insert_state, 1, pack_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_state, 2, syl_question_get_id (question), -1, SQLITE_STATIC);
      sqlite3_bind_double (insert_state, 3, state->card.stability);
      sqlite3_bind_double (insert_state, 4, state->card.difficulty);
      sqlite3_bind_int64 (insert_state, 5, state->card.due_us);
      sqlite3_bind_int64 (insert_state, 6, state->card.last_review_us);
      sqlite3_bind_int (insert_state, 7, state->card.reps);
      sqlite3_bind_int (insert_state, 8, state->card.lapses);
      sqlite3_bind_int (insert_state, 9, state->attempts);
      sqlite3_bind_int (insert_state, 10, state->correct);
      sqlite3_bind_int (insert_state, 11, state->last_correct);
      sqlite3_bind_int64 (insert_state, 12, state->last_answered_us);
      sqlite3_bind_int (insert_state, 13, state->first_correct);
      sqlite3_bind_int (insert_state, 14, state->first_unsure);
      sqlite3_bind_int64 (insert_state, 15, state->first_us);
      step (db, insert_state);

      sqlite3_bind_text (insert_exposure, 1, pack_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_exposure, 2, syl_question_get_id (question), -1, SQLITE_STATIC);
      sqlite3_bind_int (insert_exposure, 3, state->attempts);
      sqlite3_bind_int (insert_exposure, 4, state->n_exam);
      sqlite3_bind_int64 (insert_exposure, 5, state->first_us);
      sqlite3_bind_int64 (insert_exposure, 6, state->last_answered_us);
      if (state->n_exam > 0)
        sqlite3_bind_int64 (insert_exposure, 7, state->last_exam_us);
      sqlite3_bind_int64 (insert_exposure, 8, state->first_session);
      step (db, insert_exposure);

      /* a note on one question in twenty */
      if (i % 20 == 0)
        {
          sqlite3_bind_text (insert_note, 1, pack_id, -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_note, 2, syl_question_get_id (question), -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_note, 3, "Check the quotas page before the exam.", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert_note, 4, state->last_answered_us);
          step (db, insert_note);
        }
    }

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DayState *day_state = value;

      sqlite3_bind_text (insert_day, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert_day, 2, day_state->answers);
      sqlite3_bind_int (insert_day, 3, day_state->correct);
      sqlite3_bind_int64 (insert_day, 4, day_state->time_ms);
      step (db, insert_day);
    }

  sqlite3_finalize (insert_session);
  sqlite3_finalize (finish_session);
  sqlite3_finalize (insert_answer);
  sqlite3_finalize (insert_state);
  sqlite3_finalize (insert_day);
  sqlite3_finalize (insert_shown);
  sqlite3_finalize (insert_exposure);
  sqlite3_finalize (insert_forecast);
  sqlite3_finalize (insert_note);
  check_sql (db, sqlite3_exec (db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), "commit");
  check_sql (db, sqlite3_close (db), "close");

  add_unfinished_exam (db_path, pack, rand, now_us);
}

/* What the dashboard asks the store for when it opens. */
enum {
  Q_OPEN,
  Q_DAILY_ACTIVITY,
  Q_QUESTION_STATES,
  Q_DUE,
  Q_UNFINISHED,
  Q_MISSED,
  Q_EXAM_SCORES,
  Q_FORECAST,
  Q_EXPOSURES,
  Q_FIRST_SIGHT,
  Q_FORECAST_RECORD,
  Q_NOTES,
  Q_RECENT_ANSWERS,
  N_QUERIES
};

static const char * const query_keys[N_QUERIES] = {
  "store_open_ms",
  "daily_activity_12w_ms",
  "question_states_ms",
  "due_questions_ms",
  "unfinished_session_ms",
  "missed_last_time_ms",
  "exam_scores_ms",
  "forecast_task_mastery_ms",
  "exposures_ms",
  "first_sight_answers_ms",
  "forecast_record_ms",
  "notes_ms",
  "recent_answers_ms",
};

static void
time_dashboard (const char  *db_path,
                SylPack     *pack,
                GArray     **times)
{
  const char *pack_id = syl_pack_get_id (pack);
  g_autoptr(GError) error = NULL;
  gint64 now_us = g_get_real_time ();
  g_autofree char *first_day = syl_store_day_for_time (now_us - 83 * DAY_US);
  g_autofree char *last_day = syl_store_day_for_time (now_us);
  g_autoptr(SylStore) store = NULL;
  g_autoptr(SylStoreSession) unfinished = NULL;
  double t;

#define LAP(q) G_STMT_START { \
    double lap = bench_now_ms () - t; \
    if (error != NULL) \
      die (query_keys[q], error->message); \
    g_array_append_val (times[q], lap); \
    t = bench_now_ms (); \
  } G_STMT_END

  /* A fresh connection each time, as when the app starts: nothing
   * prepared, SQLite's page cache empty (the OS cache is warm). */
  t = bench_now_ms ();
  store = syl_store_open (db_path, &error);
  LAP (Q_OPEN);
  g_array_unref (syl_store_dup_daily_activity (store, first_day, last_day, &error));
  LAP (Q_DAILY_ACTIVITY);
  g_ptr_array_unref (syl_store_dup_question_states (store, pack_id, &error));
  LAP (Q_QUESTION_STATES);
  g_strfreev (syl_store_dup_due_questions (store, pack_id, now_us, 0, &error));
  LAP (Q_DUE);
  unfinished = syl_store_dup_unfinished_session (store, pack_id, &error);
  LAP (Q_UNFINISHED);
  g_strfreev (syl_store_dup_missed_last_time (store, pack_id, &error));
  LAP (Q_MISSED);
  g_array_unref (syl_dashboard_dup_exam_scores (store, pack_id, &error));
  LAP (Q_EXAM_SCORES);
  /* per-task (and domain, service) mastery and the score forecast */
  g_object_unref (syl_forecast_new (pack, store, now_us, &error));
  LAP (Q_FORECAST);
  /* what the quiz builder reads for an exam, the forecast's evidence, the
   * calibration record and the notes */
  g_ptr_array_unref (syl_store_dup_exposures (store, pack_id, &error));
  LAP (Q_EXPOSURES);
  g_array_unref (syl_store_dup_first_sight_answers (store, pack_id, &error));
  LAP (Q_FIRST_SIGHT);
  g_array_unref (syl_store_dup_forecast_record (store, pack_id, &error));
  LAP (Q_FORECAST_RECORD);
  g_ptr_array_unref (syl_store_dup_notes (store, pack_id, &error));
  LAP (Q_NOTES);
  /* the answers behind the forecast and the confidence counts */
  g_array_unref (syl_store_dup_recent_answers (store, pack_id, SYL_FORECAST_MAX_ANSWERS, &error));
  LAP (Q_RECENT_ANSWERS);

#undef LAP
}

static void
time_record_answer (const char *db_path,
                    SylPack    *pack,
                    GArray     *times)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (db_path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (80);
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_questions = g_list_model_get_n_items (questions);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  SylStoreSession session = { 0 };
  gint64 now_us = g_get_real_time ();
  gint64 session_id;

  if (store == NULL)
    die (db_path, error->message);

  /* distinct questions, answered before or not; the pack keeps the ids */
  for (guint i = 0; i < RECORD_RUNS; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i * 7919 % n_questions);

      g_ptr_array_add (ids, (char *) syl_question_get_id (question));
    }
  g_ptr_array_add (ids, NULL);

  session.mode = (char *) "drill";
  session.pack_id = (char *) syl_pack_get_id (pack);
  session.question_ids = (GStrv) ids->pdata;
  session.started_at_us = now_us;
  session_id = syl_store_insert_session (store, &session, &error);
  if (session_id == 0)
    die (db_path, error->message);

  for (guint i = 0; i < RECORD_RUNS; i++)
    {
      SylQuestion *question = syl_pack_lookup_question (pack, ids->pdata[i]);
      gboolean correct = g_rand_double (rand) < 0.7;
      g_autofree char *chosen = chosen_for (question, correct);
      SylStoreAnswer answer = {
        .session_id = session_id,
        .question_id = ids->pdata[i],
        .chosen = chosen,
        .correct = correct,
        .time_ms = 45000,
        .answered_at_us = now_us + (gint64) (i + 1) * 45 * G_USEC_PER_SEC,
        .stem_chars = g_utf8_strlen (syl_question_get_stem (question), -1),
      };
      double t = bench_now_ms ();

      if (syl_store_record_answer (store, &answer, &error) == 0)
        die (db_path, error->message);
      t = bench_now_ms () - t;
      g_array_append_val (times, t);
    }
}

static void
remove_database (const char *db_path)
{
  const char *suffixes[] = { "", "-wal", "-shm", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      g_unlink (path);
    }
}

/* Times the dashboard queries and recording answers on @db_path, which
 * the recording changes. */
static void
measure (const char  *db_path,
         SylPack     *pack,
         BenchReport *report)
{
  g_autoptr(GArray) record = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *times[N_QUERIES];
  double max_query = 0;
  GStatBuf st;

  g_stat (db_path, &st);
  bench_report_add_number (report, "store_bytes", st.st_size);

  for (guint q = 0; q < N_QUERIES; q++)
    times[q] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint r = 0; r < DASHBOARD_RUNS; r++)
    time_dashboard (db_path, pack, times);

  for (guint q = 0; q < N_QUERIES; q++)
    {
      double median = bench_median (times[q]);

      bench_report_add_number (report, query_keys[q], median);
      if (q != Q_OPEN)
        max_query = MAX (max_query, median);
      g_array_unref (times[q]);
    }
  bench_report_add_number (report, "dashboard_queries_ms_max", max_query);

  time_record_answer (db_path, pack, record);
  bench_report_add_number (report, "record_answer_ms_max", bench_max (record));
  bench_report_add_number (report, "record_answer_ms_median", bench_median (record));
}

static int
run (const char *pack_path,
     guint       n_answers)
{
  g_autoptr(SylPack) pack = load_pack (pack_path);
  g_autoptr(BenchReport) report = bench_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("syl-bench-store-XXXXXX", &error);
  g_autofree char *db_path = NULL;
  double start;

  if (dir == NULL)
    die ("temporary folder", error->message);
  db_path = g_build_filename (dir, "progress.db", NULL);

  start = bench_now_ms ();
  generate (db_path, pack, n_answers);
  bench_report_add_number (report, "store_answers", n_answers);
  bench_report_add_number (report, "store_questions", g_list_model_get_n_items (syl_pack_get_questions (pack)));
  bench_report_add_number (report, "store_generate_s", (bench_now_ms () - start) / 1000);

  measure (db_path, pack, report);

  remove_database (db_path);
  g_rmdir (dir);
  bench_report_print (report);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "gen"))
    {
      g_autoptr(SylPack) pack = load_pack (argv[3]);

      remove_database (argv[2]);
      generate (argv[2], pack, atoi (argv[4]));
      return 0;
    }

  if (argc == 4 && g_str_equal (argv[1], "run"))
    return run (argv[2], atoi (argv[3]));

  /* For profiling, on a database made with `gen` (which it changes). */
  if (argc == 4 && g_str_equal (argv[1], "measure"))
    {
      g_autoptr(SylPack) pack = load_pack (argv[3]);
      g_autoptr(BenchReport) report = bench_report_new ();

      measure (argv[2], pack, report);
      bench_report_print (report);
      return 0;
    }

  fprintf (stderr,
           "usage: bench-store gen DB PACK N_ANSWERS\n"
           "       bench-store run PACK N_ANSWERS\n"
           "       bench-store measure DB PACK\n");
  return 2;
}

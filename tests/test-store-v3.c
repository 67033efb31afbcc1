/* test-store-v3.c: schema version 3 of the progress store
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The migration from versions 1 and 2 with real rows, and each function
 * of the second wave: exposure and first sight, the calibration record,
 * notes, reports, content digests and the changes seen. */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "syl-store-private.h"
#include "syl-test-store.h"
#include "syl-test-util.h"

#define PACK SYL_TEST_PACK
#define T0 SYL_TEST_T0
#define DAY_US SYL_TEST_DAY_US
#define MIN_US ((gint64) 60 * G_USEC_PER_SEC)

typedef struct
{
  char     *dir;
  char     *path;
  SylStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = syl_test_make_store_dir ("syl-store-v3-XXXXXX", &fixture->path);
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_store_get_schema_version (fixture->store), ==, 3);
}

static void
fixture_setup_open (Fixture       *fixture,
                    gconstpointer  data)
{
  fixture_setup (fixture, data);
  open_store (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static SylStoreQuestionState *
find_state (GPtrArray  *states,
            const char *question_id)
{
  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (g_str_equal (state->question_id, question_id))
        return state;
    }

  return NULL;
}

static SylStoreExposure *
find_exposure (GPtrArray  *exposures,
               const char *question_id)
{
  for (guint i = 0; i < exposures->len; i++)
    {
      SylStoreExposure *exposure = g_ptr_array_index (exposures, i);

      if (g_str_equal (exposure->question_id, question_id))
        return exposure;
    }

  return NULL;
}

static GPtrArray *
dup_states (SylStore   *store,
            const char *pack_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *states = syl_store_dup_question_states (store, pack_id, &error);

  g_assert_no_error (error);
  return states;
}

static GPtrArray *
dup_exposures (SylStore   *store,
               const char *pack_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *exposures = syl_store_dup_exposures (store, pack_id, &error);

  g_assert_no_error (error);
  return exposures;
}

static void
assert_exposure (GPtrArray  *exposures,
                 const char *question_id,
                 guint       n_shown,
                 guint       n_shown_exam,
                 gint64      first_us,
                 gint64      last_us,
                 gint64      last_exam_us)
{
  SylStoreExposure *exposure = find_exposure (exposures, question_id);

  g_assert_nonnull (exposure);
  g_assert_cmpuint (exposure->n_shown, ==, n_shown);
  g_assert_cmpuint (exposure->n_shown_exam, ==, n_shown_exam);
  g_assert_cmpint (exposure->first_shown_us, ==, first_us);
  g_assert_cmpint (exposure->last_shown_us, ==, last_us);
  g_assert_cmpint (exposure->last_shown_exam_us, ==, last_exam_us);
}

static gboolean
recorded_first_sight (SylStore *store,
                      gint64    session_id,
                      gint64    answer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStoreSession) session = syl_store_dup_session (store, session_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < session->answers->len; i++)
    {
      SylStoreAnswer *answer = g_ptr_array_index (session->answers, i);

      if (answer->id == answer_id)
        return answer->first_sight;
    }

  g_assert_not_reached ();
}

/* Everything version 2 kept about answers and sessions, as text. */
#define V2_ANSWERS_SQL \
  "SELECT group_concat (row, '|') FROM (SELECT id || ',' || session_id || ',' || question_id" \
  " || ',' || chosen || ',' || correct || ',' || time_ms || ',' || answered_at || ',' || unsure" \
  " || ',' || changes || ',' || prior_stability || ',' || prior_difficulty || ',' || prior_due" \
  " || ',' || prior_last_review || ',' || prior_reps || ',' || prior_lapses AS row" \
  " FROM answers ORDER BY id)"
#define V2_SESSIONS_SQL \
  "SELECT group_concat (row, '|') FROM (SELECT id || mode || pack_id || question_order" \
  " || flags || time_used_ms || started_at || coalesce (finished_at, '-') || coalesce (score, '-') AS row" \
  " FROM sessions ORDER BY id)"
#define V2_STATES_SQL \
  "SELECT group_concat (row, '|') FROM (SELECT pack_id || question_id || stability || difficulty" \
  " || due || last_review || reps || lapses || attempts || correct || last_correct || last_answered AS row" \
  " FROM question_state ORDER BY pack_id, question_id)"

static char *
raw_text (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

static void
test_migrate_v2 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GPtrArray) exposures = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_autofree char *answers_before = NULL;
  g_autofree char *sessions_before = NULL;
  g_autofree char *states_before = NULL;
  g_autofree char *answers_after = NULL;
  g_autofree char *sessions_after = NULL;
  g_autofree char *states_after = NULL;
  SylStoreQuestionState *state;
  gint64 s5, a;

  syl_test_store_build_from_sql (fixture->path, "progress-v2.sql");
  g_assert_cmpint (syl_test_store_int (fixture->path, "PRAGMA user_version"), ==, 2);
  answers_before = raw_text (fixture->path, V2_ANSWERS_SQL);
  sessions_before = raw_text (fixture->path, V2_SESSIONS_SQL);
  states_before = raw_text (fixture->path, V2_STATES_SQL);

  open_store (fixture);
  g_assert_true (syl_store_check_integrity (fixture->store, &error));
  g_assert_no_error (error);

  /* Every answer, session and state is kept as it was. */
  answers_after = raw_text (fixture->path, V2_ANSWERS_SQL);
  sessions_after = raw_text (fixture->path, V2_SESSIONS_SQL);
  states_after = raw_text (fixture->path, V2_STATES_SQL);
  g_assert_cmpstr (answers_after, ==, answers_before);
  g_assert_cmpstr (sessions_after, ==, sessions_before);
  g_assert_cmpstr (states_after, ==, states_before);

  /* First sights: the earliest answer to each question of each pack. */
  {
    g_autofree char *ids = raw_text (fixture->path,
                                     "SELECT group_concat (id) FROM (SELECT id FROM answers"
                                     " WHERE first_sight ORDER BY id)");
    g_assert_cmpstr (ids, ==, "1,2,3,5,6,8,9");
  }
  g_assert_cmpint (syl_test_store_int (fixture->path, "SELECT count(*) FROM answers WHERE digest IS NOT NULL"), ==, 0);

  session = syl_store_dup_session (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_true (((SylStoreAnswer *) g_ptr_array_index (session->answers, 0))->first_sight);
  g_assert_null (((SylStoreAnswer *) g_ptr_array_index (session->answers, 0))->digest);
  g_clear_pointer (&session, syl_store_session_free);
  session = syl_store_dup_session (fixture->store, 2, &error);
  g_assert_no_error (error);
  g_assert_false (((SylStoreAnswer *) g_ptr_array_index (session->answers, 0))->first_sight);  /* q1002 again */
  g_assert_true (((SylStoreAnswer *) g_ptr_array_index (session->answers, 1))->first_sight);   /* q2001 */
  g_clear_pointer (&session, syl_store_session_free);

  states = dup_states (fixture->store, PACK);
  g_assert_cmpuint (states->len, ==, 6);
  state = find_state (states, "q1003");   /* wrong, then changed to right and unsure */
  g_assert_true (state->has_first_sight);
  g_assert_true (state->first_sight_correct);
  g_assert_true (state->first_sight_unsure);
  g_assert_cmpint (state->first_sight_us, ==, T0 + 4 * MIN_US);
  g_assert_false (state->changed);
  state = find_state (states, "q1002");   /* wrong at first, right in the exam */
  g_assert_true (state->has_first_sight);
  g_assert_false (state->first_sight_correct);
  g_assert_true (state->last_correct);
  state = find_state (states, "q2001");
  g_assert_false (state->first_sight_correct);
  g_assert_cmpint (state->first_sight_us, ==, T0 + DAY_US + 2 * MIN_US);

  first = syl_store_dup_first_sight_answers (fixture->store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 6);
  {
    const char *order[] = { "q1001", "q1002", "q1003", "q2001", "q2002", "q2003" };

    for (guint i = 0; i < first->len; i++)
      g_assert_cmpstr (g_array_index (first, SylStoreFirstSight, i).question_id, ==, order[i]);
    g_assert_true (g_array_index (first, SylStoreFirstSight, 4).unsure);
    g_assert_true (g_array_index (first, SylStoreFirstSight, 4).correct);
    g_assert_cmpint (g_array_index (first, SylStoreFirstSight, 5).answered_at_us, ==, T0 + 2 * DAY_US + MIN_US);
  }

  /* Exposure: every answer means its question was shown in its session. */
  exposures = dup_exposures (fixture->store, PACK);
  g_assert_cmpuint (exposures->len, ==, 6);
  assert_exposure (exposures, "q1001", 2, 1, T0 + MIN_US, T0 + DAY_US + 4 * MIN_US, T0 + DAY_US + 4 * MIN_US);
  assert_exposure (exposures, "q2001", 2, 2, T0 + DAY_US + 2 * MIN_US, T0 + 2 * DAY_US + 2 * MIN_US,
                   T0 + 2 * DAY_US + 2 * MIN_US);
  assert_exposure (exposures, "q1003", 1, 0, T0 + 4 * MIN_US, T0 + 4 * MIN_US, 0);
  g_clear_pointer (&exposures, g_ptr_array_unref);
  exposures = dup_exposures (fixture->store, "other-pack");
  g_assert_cmpuint (exposures->len, ==, 1);
  assert_exposure (exposures, "q1001", 1, 0, T0 + DAY_US + 21 * MIN_US, T0 + DAY_US + 21 * MIN_US, 0);
  g_clear_pointer (&exposures, g_ptr_array_unref);

  /* The unfinished exam is still offered, with its answers. */
  session = syl_store_dup_unfinished_session (fixture->store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->id, ==, 4);
  g_assert_cmpuint (session->answers->len, ==, 2);
  g_clear_pointer (&session, syl_store_session_free);

  /* And it goes on at version 3: q2003 was seen (in the unfinished
   * exam), q3001 never. */
  s5 = syl_test_store_add_session (fixture->store, "drill", "q2003 q3001", T0 + 3 * DAY_US);
  a = syl_test_store_answer (fixture->store, s5, "q2003", "1", TRUE, FALSE, 1000, T0 + 3 * DAY_US + 1);
  g_assert_false (recorded_first_sight (fixture->store, s5, a));
  a = syl_test_store_answer (fixture->store, s5, "q3001", "1", TRUE, FALSE, 1000, T0 + 3 * DAY_US + 2);
  g_assert_true (recorded_first_sight (fixture->store, s5, a));
  exposures = dup_exposures (fixture->store, PACK);
  assert_exposure (exposures, "q2003", 2, 1, T0 + 2 * DAY_US + MIN_US, T0 + 3 * DAY_US + 1, T0 + 2 * DAY_US + MIN_US);
  assert_exposure (exposures, "q3001", 1, 0, T0 + 3 * DAY_US + 2, T0 + 3 * DAY_US + 2, 0);
}

static void
test_migrate_v1 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GPtrArray) exposures = NULL;
  g_autofree char *ids = NULL;
  SylStoreQuestionState *state;

  syl_test_store_build_from_sql (fixture->path, "progress-v1.sql");
  open_store (fixture);
  g_assert_true (syl_store_check_integrity (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (syl_test_store_int (fixture->path, "SELECT count(*) FROM answers"), ==, 4);
  ids = raw_text (fixture->path, "SELECT group_concat (id) FROM (SELECT id FROM answers WHERE first_sight ORDER BY id)");
  g_assert_cmpstr (ids, ==, "1,2,3");

  states = dup_states (fixture->store, PACK);
  state = find_state (states, "q1003");   /* right in the drill, wrong in the exam */
  g_assert_true (state->has_first_sight);
  g_assert_true (state->first_sight_correct);
  g_assert_false (state->last_correct);
  g_assert_cmpuint (state->card.lapses, ==, 1);

  exposures = dup_exposures (fixture->store, PACK);
  g_assert_cmpuint (exposures->len, ==, 3);
  assert_exposure (exposures, "q1003", 2, 1, G_GINT64_CONSTANT (1767607295000000),
                   G_GINT64_CONSTANT (1767693660000000), G_GINT64_CONSTANT (1767693660000000));
  assert_exposure (exposures, "q1001", 1, 0, G_GINT64_CONSTANT (1767607230000000),
                   G_GINT64_CONSTANT (1767607230000000), 0);
}

/* A question displayed in a session counts once for that session, however
 * often it is displayed; answering it then counts nothing more. */
static void
test_mark_shown (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) exposures = NULL;
  SylStore *store = fixture->store;
  gint64 exam, drill, a;

  exposures = dup_exposures (store, PACK);
  g_assert_cmpuint (exposures->len, ==, 0);
  g_clear_pointer (&exposures, g_ptr_array_unref);

  exam = syl_test_store_add_session (store, "exam", "q1 q2 q3", T0);
  g_assert_true (syl_store_mark_shown (store, exam, "q1", T0 + 10, &error));
  g_assert_no_error (error);
  g_assert_true (syl_store_mark_shown (store, exam, "q1", T0 + 20, &error));   /* back to it */
  g_assert_true (syl_store_mark_shown (store, exam, "q2", T0 + 30, &error));
  g_assert_no_error (error);
  a = syl_test_store_answer (store, exam, "q1", "0", FALSE, FALSE, 1000, T0 + 40);
  g_assert_true (recorded_first_sight (store, exam, a));

  exposures = dup_exposures (store, PACK);
  g_assert_cmpuint (exposures->len, ==, 2);
  assert_exposure (exposures, "q1", 1, 1, T0 + 10, T0 + 10, T0 + 10);
  assert_exposure (exposures, "q2", 1, 1, T0 + 30, T0 + 30, T0 + 30);
  g_clear_pointer (&exposures, g_ptr_array_unref);

  /* A later drill: q2 was shown in the exam, so answering it now is not a
   * first sight, even though the exam never had an answer to it. */
  drill = syl_test_store_add_session (store, "drill", "q2 q3", T0 + DAY_US);
  g_assert_true (syl_store_mark_shown (store, drill, "q2", T0 + DAY_US + 1, &error));
  a = syl_test_store_answer (store, drill, "q2", "1", TRUE, FALSE, 1000, T0 + DAY_US + 2);
  g_assert_false (recorded_first_sight (store, drill, a));
  /* q3 answered without being marked: shown all the same, first sight. */
  a = syl_test_store_answer (store, drill, "q3", "1", TRUE, TRUE, 1000, T0 + DAY_US + 3);
  g_assert_true (recorded_first_sight (store, drill, a));

  exposures = dup_exposures (store, PACK);
  g_assert_cmpuint (exposures->len, ==, 3);
  assert_exposure (exposures, "q2", 2, 1, T0 + 30, T0 + DAY_US + 1, T0 + 30);
  assert_exposure (exposures, "q3", 1, 0, T0 + DAY_US + 3, T0 + DAY_US + 3, 0);
  g_clear_pointer (&exposures, g_ptr_array_unref);

  /* The exam, resumed, shows q3: the exam had not shown it before. */
  g_assert_true (syl_store_mark_shown (store, exam, "q3", T0 + 2 * DAY_US, &error));
  exposures = dup_exposures (store, PACK);
  assert_exposure (exposures, "q3", 2, 1, T0 + DAY_US + 3, T0 + 2 * DAY_US, T0 + 2 * DAY_US);
  /* Another pack is another count. */
  g_clear_pointer (&exposures, g_ptr_array_unref);
  exposures = dup_exposures (store, "other-pack");
  g_assert_cmpuint (exposures->len, ==, 0);

  g_assert_false (syl_store_mark_shown (store, 4242, "q1", T0, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

/* The first-sight outcome follows the first-sight answer when it is
 * changed, and only that answer. */
static void
test_first_sight (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GArray) first = NULL;
  SylStore *store = fixture->store;
  SylStoreQuestionState *state;
  gint64 s1, s2;

  s1 = syl_test_store_add_session (store, "drill", "q1 q2", T0);
  syl_test_store_answer (store, s1, "q1", "0", FALSE, FALSE, 1000, T0 + 1);
  syl_test_store_answer (store, s1, "q1", "1", TRUE, TRUE, 1000, T0 + 2);   /* changed */
  s2 = syl_test_store_add_session (store, "drill", "q1", T0 + DAY_US);
  syl_test_store_answer (store, s2, "q1", "0", FALSE, FALSE, 1000, T0 + DAY_US);

  states = dup_states (store, PACK);
  state = find_state (states, "q1");
  g_assert_true (state->has_first_sight);
  g_assert_true (state->first_sight_correct);
  g_assert_true (state->first_sight_unsure);
  g_assert_cmpint (state->first_sight_us, ==, T0 + 2);
  g_assert_false (state->last_correct);
  g_assert_cmpuint (state->attempts, ==, 2);
  g_clear_pointer (&states, g_ptr_array_unref);

  first = syl_store_dup_first_sight_answers (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpstr (g_array_index (first, SylStoreFirstSight, 0).question_id, ==, "q1");
  g_assert_true (g_array_index (first, SylStoreFirstSight, 0).correct);
  g_clear_pointer (&first, g_array_unref);

  /* Shown in one session, answered only in a later one: no first sight. */
  s1 = syl_test_store_add_session (store, "exam", "q4", T0 + 2 * DAY_US);
  g_assert_true (syl_store_mark_shown (store, s1, "q4", T0 + 2 * DAY_US, &error));
  g_assert_no_error (error);
  s2 = syl_test_store_add_session (store, "drill", "q4", T0 + 3 * DAY_US);
  syl_test_store_answer (store, s2, "q4", "0", TRUE, FALSE, 1000, T0 + 3 * DAY_US);
  states = dup_states (store, PACK);
  state = find_state (states, "q4");
  g_assert_false (state->has_first_sight);
  g_assert_cmpuint (state->attempts, ==, 1);
}

static void
test_forecast_record (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) record = NULL;
  SylStore *store = fixture->store;
  gint64 done, open, abandoned, drill;
  SylStoreForecast forecast = { 0 };
  const SylStoreForecastRecord *entry;

  record = syl_store_dup_forecast_record (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->len, ==, 0);
  g_clear_pointer (&record, g_array_unref);

  done = syl_test_store_add_session (store, "exam", "q1", T0);
  open = syl_test_store_add_session (store, "exam", "q1", T0 + 2 * DAY_US);
  abandoned = syl_test_store_add_session (store, "exam", "q1", T0 + DAY_US);
  drill = syl_test_store_add_session (store, "drill", "q1", T0);

  forecast = (SylStoreForecast) { .session_id = 999, .made_at_us = T0 - 5, .estimate = 645, .low = 591,
                                  .high = 699, .pass_probability = 0.03 };
  g_assert_true (syl_store_record_forecast (store, done, &forecast, &error));
  g_assert_no_error (error);
  forecast = (SylStoreForecast) { .made_at_us = T0 + 2 * DAY_US - 5, .estimate = 800, .low = 760,
                                  .high = 840, .pass_probability = 0.9 };
  g_assert_true (syl_store_record_forecast (store, open, &forecast, &error));
  forecast = (SylStoreForecast) { .made_at_us = T0 + DAY_US - 5, .estimate = 1, .low = 0,
                                  .high = 2, .pass_probability = 0 };
  g_assert_true (syl_store_record_forecast (store, abandoned, &forecast, &error));
  /* Recorded again: replaced, not added. */
  forecast.estimate = 700;
  forecast.low = 650;
  forecast.high = 750;
  forecast.pass_probability = 0.25;
  g_assert_true (syl_store_record_forecast (store, abandoned, &forecast, &error));
  g_assert_no_error (error);

  g_assert_true (syl_store_finish_session (store, done, T0 + 3 * 3600 * (gint64) G_USEC_PER_SEC, 1000, TRUE, 870, &error));
  g_assert_true (syl_store_finish_session (store, abandoned, T0 + DAY_US + 60, 1000, FALSE, 0, &error));
  g_assert_no_error (error);

  record = syl_store_dup_forecast_record (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->len, ==, 3);
  entry = &g_array_index (record, SylStoreForecastRecord, 0);
  g_assert_cmpint (entry->forecast.session_id, ==, done);
  g_assert_cmpint (entry->forecast.made_at_us, ==, T0 - 5);
  g_assert_cmpfloat (entry->forecast.estimate, ==, 645);
  g_assert_cmpfloat (entry->forecast.low, ==, 591);
  g_assert_cmpfloat (entry->forecast.high, ==, 699);
  g_assert_cmpfloat (entry->forecast.pass_probability, ==, 0.03);
  g_assert_true (entry->finished);
  g_assert_cmpint (entry->finished_at_us, ==, T0 + 3 * 3600 * (gint64) G_USEC_PER_SEC);
  g_assert_true (entry->has_score);
  g_assert_cmpfloat (entry->score, ==, 870);
  entry = &g_array_index (record, SylStoreForecastRecord, 1);
  g_assert_cmpint (entry->forecast.session_id, ==, abandoned);
  g_assert_cmpfloat (entry->forecast.estimate, ==, 700);
  g_assert_true (entry->finished);
  g_assert_false (entry->has_score);
  entry = &g_array_index (record, SylStoreForecastRecord, 2);
  g_assert_cmpint (entry->forecast.session_id, ==, open);
  g_assert_false (entry->finished);
  g_assert_cmpint (entry->finished_at_us, ==, 0);
  g_assert_false (entry->has_score);
  g_clear_pointer (&record, g_array_unref);

  record = syl_store_dup_forecast_record (store, "other-pack", &error);
  g_assert_cmpuint (record->len, ==, 0);

  /* The outcomes come from the index, not from the (big) session rows. */
  {
    g_autoptr(GString) plan = g_string_new (NULL);
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN " SYL_STORE_FORECAST_RECORD_SQL,
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, PACK, -1, SQLITE_STATIC);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (plan, "%s; ", (const char *) sqlite3_column_text (stmt, 3));
    sqlite3_finalize (stmt);
    sqlite3_close (db);

    g_test_message ("plan: %s", plan->str);
    g_assert_nonnull (strstr (plan->str, "COVERING INDEX sessions_by_pack"));
    g_assert_null (strstr (plan->str, "SCAN"));
  }

  /* No such session; not a number. */
  g_assert_false (syl_store_record_forecast (store, 4242, &forecast, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  forecast.estimate = NAN;
  g_assert_false (syl_store_record_forecast (store, drill, &forecast, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *note = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  SylStore *store = fixture->store;
  SylStoreNote *first;

  note = syl_store_dup_note (store, PACK, "q1", &error);
  g_assert_no_error (error);
  g_assert_null (note);

  g_assert_true (syl_store_set_note (store, PACK, "q2", "Blue/green: two target groups", T0, &error));
  g_assert_true (syl_store_set_note (store, PACK, "q1", "Ünïcödé, \"quotes\"\nand lines", T0 + 1, &error));
  g_assert_true (syl_store_set_note (store, "other-pack", "q1", "elsewhere", T0 + 2, &error));
  g_assert_no_error (error);
  note = syl_store_dup_note (store, PACK, "q1", &error);
  g_assert_cmpstr (note, ==, "Ünïcödé, \"quotes\"\nand lines");
  g_clear_pointer (&note, g_free);

  /* Rewritten: replaced, with its new time. */
  g_assert_true (syl_store_set_note (store, PACK, "q2", "Blue/green: two target groups, one listener", T0 + 10, &error));
  notes = syl_store_dup_notes (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  first = g_ptr_array_index (notes, 0);
  g_assert_cmpstr (first->question_id, ==, "q1");
  g_assert_cmpstr (((SylStoreNote *) g_ptr_array_index (notes, 1))->text, ==,
                   "Blue/green: two target groups, one listener");
  g_assert_cmpint (((SylStoreNote *) g_ptr_array_index (notes, 1))->updated_at_us, ==, T0 + 10);
  g_clear_pointer (&notes, g_ptr_array_unref);

  /* In a backup, as everything in the database. */
  g_assert_true (syl_store_backup (store, backup, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SylStore) copy = syl_store_open (backup, &error);

    g_assert_no_error (error);
    note = syl_store_dup_note (copy, PACK, "q1", &error);
    g_assert_cmpstr (note, ==, "Ünïcödé, \"quotes\"\nand lines");
    g_clear_pointer (&note, g_free);
  }

  /* Empty or blank text deletes. */
  g_assert_true (syl_store_set_note (store, PACK, "q1", "", T0 + 20, &error));
  g_assert_true (syl_store_set_note (store, PACK, "q2", " \n\t ", T0 + 20, &error));
  g_assert_true (syl_store_set_note (store, PACK, "q3", NULL, T0 + 20, &error));
  g_assert_no_error (error);
  notes = syl_store_dup_notes (store, PACK, &error);
  g_assert_cmpuint (notes->len, ==, 0);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = syl_store_dup_notes (store, "other-pack", &error);
  g_assert_cmpuint (notes->len, ==, 1);
}

static void
test_reports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  SylStore *store = fixture->store;
  SylStoreReport report = {
    .pack_id = (char *) PACK, .pack_version = 3, .question_id = (char *) "q2003",
    .kind = (char *) "answer-key", .text = (char *) "B is right too: drift detection works with change sets.",
    .created_at_us = T0 + 5, .sent_via = (char *) "opened",
  };
  SylStoreReport *got;
  gint64 id1, id2;

  reports = syl_store_dup_reports (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 0);
  g_clear_pointer (&reports, g_ptr_array_unref);

  id1 = syl_store_add_report (store, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id1, >, 0);
  report.pack_id = (char *) "other-pack";
  report.pack_version = 1;
  report.kind = (char *) "typo";
  report.text = NULL;
  report.created_at_us = T0;
  report.sent_via = (char *) "copied";
  id2 = syl_store_add_report (store, &report, &error);
  g_assert_no_error (error);

  reports = syl_store_dup_reports (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 2);
  got = g_ptr_array_index (reports, 0);   /* oldest first */
  g_assert_cmpint (got->id, ==, id2);
  g_assert_cmpstr (got->text, ==, "");
  g_assert_cmpstr (got->sent_via, ==, "copied");
  g_clear_pointer (&reports, g_ptr_array_unref);

  reports = syl_store_dup_reports (store, PACK, &error);
  g_assert_cmpuint (reports->len, ==, 1);
  got = g_ptr_array_index (reports, 0);
  g_assert_cmpint (got->id, ==, id1);
  g_assert_cmpstr (got->pack_id, ==, PACK);
  g_assert_cmpuint (got->pack_version, ==, 3);
  g_assert_cmpstr (got->question_id, ==, "q2003");
  g_assert_cmpstr (got->kind, ==, "answer-key");
  g_assert_cmpstr (got->text, ==, "B is right too: drift detection works with change sets.");
  g_assert_cmpint (got->created_at_us, ==, T0 + 5);
  g_assert_cmpstr (got->sent_via, ==, "opened");

  report.kind = (char *) "rude";
  g_assert_cmpint (syl_store_add_report (store, &report, &error), ==, 0);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED);
  g_clear_error (&error);
  report.kind = (char *) "unclear";
  report.sent_via = (char *) "carrier-pigeon";
  g_assert_cmpint (syl_store_add_report (store, &report, &error), ==, 0);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED);
}

static GHashTable *
digests (const char *first_id,
         ...)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    g_hash_table_insert (table, (char *) id, va_arg (args, char *));
  va_end (args);

  return table;
}

static const char *
answer_digest (SylStore *store,
               gint64    session_id,
               guint     i)
{
  g_autoptr(GError) error = NULL;
  static char digest[64];
  g_autoptr(SylStoreSession) session = syl_store_dup_session (store, session_id, &error);
  const SylStoreAnswer *answer;

  g_assert_no_error (error);
  answer = g_ptr_array_index (session->answers, i);
  if (answer->digest == NULL)
    return NULL;
  g_strlcpy (digest, answer->digest, sizeof digest);
  return digest;
}

static void
test_sync_digests (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) v1 = digests ("q1", "aaaa01", "q2", "bbbb01", "q3", "cccc01", NULL);
  g_autoptr(GHashTable) v2 = digests ("q1", "aaaa02", "q2", "bbbb01", "q3", "cccc02", "q4", "dddd01", NULL);
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) states = NULL;
  SylStore *store = fixture->store;
  SylStoreQuestionState *state;
  gint64 s1, s2, s3;

  /* Answers from before any digest. */
  s1 = syl_test_store_add_session (store, "drill", "q1 q2", T0);
  syl_test_store_answer (store, s1, "q1", "0", TRUE, FALSE, 1000, T0 + 1);
  g_assert_null (answer_digest (store, s1, 0));

  /* The first sync records; nothing restarts. */
  g_assert_true (syl_store_sync_digests (store, PACK, v1, T0 + DAY_US, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 0);
  g_clear_pointer (&changed, g_ptr_array_unref);
  states = dup_states (store, PACK);
  state = find_state (states, "q1");
  g_assert_cmpuint (state->card.reps, ==, 1);
  g_assert_false (state->changed);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* Answers now carry the current digest. */
  s2 = syl_test_store_add_session (store, "drill", "q1 q2", T0 + DAY_US);
  syl_test_store_answer (store, s2, "q1", "0", TRUE, FALSE, 1000, T0 + DAY_US + 1);
  syl_test_store_answer (store, s2, "q2", "1", FALSE, FALSE, 1000, T0 + DAY_US + 2);
  g_assert_cmpstr (answer_digest (store, s2, 0), ==, "aaaa01");

  /* The same digests again: nothing happens. */
  g_assert_true (syl_store_sync_digests (store, PACK, v1, T0 + DAY_US + 5, &changed, &error));
  g_assert_cmpuint (changed->len, ==, 0);
  g_clear_pointer (&changed, g_ptr_array_unref);

  /* A new version: q1 changed (answered: restarts), q3 changed (never
   * answered: nothing to restart), q4 new. */
  g_assert_true (syl_store_sync_digests (store, PACK, v2, T0 + 2 * DAY_US, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "q1");
  g_clear_pointer (&changed, g_ptr_array_unref);

  states = dup_states (store, PACK);
  state = find_state (states, "q1");
  g_assert_true (state->changed);
  g_assert_cmpuint (state->card.reps, ==, 0);
  g_assert_cmpuint (state->card.lapses, ==, 0);
  g_assert_cmpfloat (state->card.stability, ==, 0);
  g_assert_cmpint (state->card.due_us, ==, T0 + 2 * DAY_US);
  g_assert_cmpuint (state->attempts, ==, 0);
  g_assert_cmpuint (state->correct, ==, 0);
  /* When it was last answered, and its first sight, stay. */
  g_assert_cmpint (state->last_answered_us, ==, T0 + DAY_US + 1);
  g_assert_true (state->has_first_sight);
  state = find_state (states, "q2");
  g_assert_false (state->changed);
  g_assert_cmpuint (state->attempts, ==, 1);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* Its history is kept, answered against the old text: the answer from
   * before digests were kept is marked with the old one too. */
  g_assert_cmpint (syl_test_store_int (fixture->path, "SELECT count(*) FROM answers WHERE question_id = 'q1'"), ==, 2);
  g_assert_cmpstr (answer_digest (store, s2, 0), ==, "aaaa01");
  g_assert_cmpstr (answer_digest (store, s1, 0), ==, "aaaa01");

  /* It is due now; answered again, the mark goes and the new digest is
   * kept with the answer. */
  {
    g_auto(GStrv) due = syl_store_dup_due_questions (store, PACK, T0 + 2 * DAY_US, 0, &error);

    g_assert_no_error (error);
    g_assert_true (g_strv_contains ((const char * const *) due, "q1"));
  }
  s3 = syl_test_store_add_session (store, "drill", "q1 q4", T0 + 3 * DAY_US);
  syl_test_store_answer (store, s3, "q1", "0", FALSE, FALSE, 1000, T0 + 3 * DAY_US);
  g_assert_cmpstr (answer_digest (store, s3, 0), ==, "aaaa02");
  states = dup_states (store, PACK);
  state = find_state (states, "q1");
  g_assert_false (state->changed);
  g_assert_cmpuint (state->attempts, ==, 1);
  g_assert_cmpuint (state->correct, ==, 0);
  g_assert_cmpuint (state->card.reps, ==, 1);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* A digest given with the answer is the one kept. */
  {
    SylStoreAnswer a = {
      .session_id = s3, .question_id = (char *) "q4", .chosen = (char *) "1", .correct = TRUE,
      .answered_at_us = T0 + 3 * DAY_US + 1, .digest = (char *) "ffff99",
    };

    g_assert_cmpint (syl_store_record_answer (store, &a, &error), >, 0);
    g_assert_no_error (error);
    g_assert_cmpstr (answer_digest (store, s3, 1), ==, "ffff99");
  }

  /* Other packs are not touched; no list asked for is fine. */
  g_assert_true (syl_store_sync_digests (store, "other-pack", v2, T0, NULL, &error));
  g_assert_no_error (error);
}

static void
test_seen_changes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SylStore *store = fixture->store;

  g_assert_cmpuint (syl_store_get_seen_changes_version (store, PACK), ==, 0);
  g_assert_true (syl_store_set_seen_changes_version (store, PACK, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (syl_store_get_seen_changes_version (store, PACK), ==, 3);
  g_assert_cmpuint (syl_store_get_seen_changes_version (store, "other-pack"), ==, 0);
  g_assert_true (syl_store_set_seen_changes_version (store, PACK, 4, &error));
  g_assert_cmpuint (syl_store_get_seen_changes_version (store, PACK), ==, 4);

  /* Kept across a restart. */
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  open_store (fixture);
  g_assert_cmpuint (syl_store_get_seen_changes_version (fixture->store, PACK), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) \
  g_test_add ("/syl/store-v3/" name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
#define ADD_OPEN(name, fn) \
  g_test_add ("/syl/store-v3/" name, Fixture, NULL, fixture_setup_open, fn, fixture_teardown)

  ADD ("migrate-v2", test_migrate_v2);
  ADD ("migrate-v1", test_migrate_v1);
  ADD_OPEN ("mark-shown", test_mark_shown);
  ADD_OPEN ("first-sight", test_first_sight);
  ADD_OPEN ("forecast-record", test_forecast_record);
  ADD_OPEN ("notes", test_notes);
  ADD_OPEN ("reports", test_reports);
  ADD_OPEN ("sync-digests", test_sync_digests);
  ADD_OPEN ("seen-changes", test_seen_changes);

#undef ADD
#undef ADD_OPEN

  return g_test_run ();
}

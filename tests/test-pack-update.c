/* test-pack-update.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Living packs (syl-pack-update.c) with two versions of a small pack,
 * tests/data/living/v1.xml and v2.xml: q1's key is corrected, q2 only
 * loses a typo in its explanation (not in the digest), q4 is new. */

#include "config.h"

#include <math.h>

#include "syl-clock.h"
#include "syl-dashboard-model.h"
#include "syl-forecast.h"
#include "syl-pack-change.h"
#include "syl-pack-loader.h"
#include "syl-pack-update.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-store-history.h"
#include "syl-test-store.h"
#include "syl-test-util.h"

#define PACK_ID "test-living"

typedef struct
{
  char     *dir;
  char     *path;
  SylStore *store;
  SylClock *clock;
  SylPack  *v1;
  SylPack  *v2;
} Fixture;

static SylPack *
load_version (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "living", name, NULL);
  g_autoptr(GError) error = NULL;
  SylPack *pack = syl_pack_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = syl_test_make_store_dir ("syl-pack-update-XXXXXX", &fixture->path);
  fixture->store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->clock = syl_clock_new_manual (SYL_TEST_T0);
  fixture->v1 = load_version ("v1.xml");
  fixture->v2 = load_version ("v2.xml");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->v1);
  g_clear_object (&fixture->v2);
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A drill of @pack over the space-separated @ids, each answered right or
 * wrong as @pack's key has it, then finished; a day passes. */
static void
study_in (SylStore   *store,
          SylClock   *clock,
          SylPack    *pack,
          const char *ids,
          gboolean    right)
{
  g_auto(GStrv) order = g_strsplit (ids, " ", -1);
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, store, 7);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  plan = syl_quiz_builder_build_questions (builder, (const char * const *) order, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, store, clock, plan, NULL, 7, &error);
  g_assert_no_error (error);
  syl_session_start (session);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      guint pick = 0;

      for (guint o = 0; o < syl_question_get_n_options (question); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            pick = o;
            break;
          }
      syl_clock_advance (clock, 20 * G_USEC_PER_SEC);
      g_assert_true (syl_session_answer (session, i, &pick, 1, FALSE, &error));
      g_assert_no_error (error);
    }

  g_assert_nonnull (syl_session_finish (session, &error));
  g_assert_no_error (error);
  syl_clock_advance (clock, SYL_TEST_DAY_US);
}

static void
study (Fixture    *fixture,
       SylPack    *pack,
       const char *ids,
       gboolean    right)
{
  study_in (fixture->store, fixture->clock, pack, ids, right);
}

static SylPackUpdate *
sync_pack (Fixture *fixture,
           SylPack *pack)
{
  g_autoptr(GError) error = NULL;
  SylPackUpdate *update = syl_pack_update_sync (fixture->store, pack, syl_clock_get_now_us (fixture->clock), &error);

  g_assert_no_error (error);
  g_assert_nonnull (update);
  return update;
}

static const SylStoreQuestionState *
find_state (GPtrArray  *states,
            const char *id)
{
  for (guint i = 0; i < states->len; i++)
    {
      const SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (g_str_equal (state->question_id, id))
        return state;
    }

  return NULL;
}

static GPtrArray *
dup_states (SylStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *states = syl_store_dup_question_states (store, PACK_ID, &error);

  g_assert_no_error (error);
  return states;
}

static guint
count_recent (SylStore   *store,
              const char *question_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) answers = syl_store_dup_recent_answers (store, PACK_ID, 1000, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < answers->len; i++)
    if (g_str_equal (g_array_index (answers, SylStoreRecentAnswer, i).question_id, question_id))
      n++;

  return n;
}

static gint64
count_answers (Fixture    *fixture,
               const char *question_id,
               const char *digest)
{
  g_autofree char *sql = NULL;

  if (digest == NULL)
    sql = g_strdup_printf ("SELECT count(*) FROM answers WHERE question_id = '%s' AND digest IS NULL", question_id);
  else
    sql = g_strdup_printf ("SELECT count(*) FROM answers WHERE question_id = '%s' AND digest = '%s'",
                           question_id, digest);

  return syl_test_store_int (fixture->path, sql);
}

static const char *
digest_of (SylPack    *pack,
           const char *id)
{
  return syl_question_get_digest (syl_pack_lookup_question (pack, id));
}

/* The digests the test relies on: the key is in it, the explanation not. */
static void
test_digests (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpstr (digest_of (fixture->v1, "q1"), !=, digest_of (fixture->v2, "q1"));
  g_assert_cmpstr (syl_question_get_explanation (syl_pack_lookup_question (fixture->v1, "q2")), !=,
                   syl_question_get_explanation (syl_pack_lookup_question (fixture->v2, "q2")));
  g_assert_cmpstr (digest_of (fixture->v1, "q2"), ==, digest_of (fixture->v2, "q2"));
  g_assert_cmpstr (digest_of (fixture->v1, "q3"), ==, digest_of (fixture->v2, "q3"));
}

/* A new learner, even on a version that lists changes, has nothing that
 * changed: nothing to show, now or on the next start. */
static void
test_first_install (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = NULL;
  g_autoptr(SylPackUpdate) again = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_changes (fixture->v2)), ==, 2);

  first = sync_pack (fixture, fixture->v2);
  g_assert_true (syl_pack_update_get_first_sync (first));
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (first)), ==, 0);
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (first)->len, ==, 0);
  g_assert_cmpuint (syl_store_get_seen_changes_version (fixture->store, PACK_ID), ==, 2);

  study (fixture, fixture->v2, "q1 q2", TRUE);
  again = sync_pack (fixture, fixture->v2);
  g_assert_false (syl_pack_update_get_first_sync (again));
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (again)->len, ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (again)), ==, 0);
}

/* v1 studied, then v2: q1's schedule restarts, its answers stay, marked
 * with the old digest and out of the recent answers; q2's typo fix and
 * the new q4 change nothing; the changes are listed until marked seen. */
static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = NULL;
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(SylPackUpdate) again = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) marked = NULL;
  const SylStoreQuestionState *state;
  const char * const *changed;
  GPtrArray *unseen;
  gint64 q2_due;
  gint64 now;

  first = sync_pack (fixture, fixture->v1);
  g_assert_true (syl_pack_update_get_first_sync (first));
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (first)->len, ==, 0);

  study (fixture, fixture->v1, "q1 q2 q3", TRUE);
  study (fixture, fixture->v1, "q1 q2", TRUE);
  study (fixture, fixture->v1, "q1", TRUE);
  g_assert_cmpint (count_answers (fixture, "q1", digest_of (fixture->v1, "q1")), ==, 3);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 3);
  states = dup_states (fixture->store);
  q2_due = find_state (states, "q2")->card.due_us;
  g_clear_pointer (&states, g_ptr_array_unref);

  now = syl_clock_get_now_us (fixture->clock);
  update = sync_pack (fixture, fixture->v2);
  g_assert_false (syl_pack_update_get_first_sync (update));
  changed = syl_pack_update_get_changed_question_ids (update);
  g_assert_cmpuint (g_strv_length ((char **) changed), ==, 1);
  g_assert_cmpstr (changed[0], ==, "q1");

  /* The scheduling restarts: a new card, due now, no attempts. */
  states = dup_states (fixture->store);
  state = find_state (states, "q1");
  g_assert_true (state->changed);
  g_assert_cmpuint (state->card.reps, ==, 0);
  g_assert_cmpuint (state->attempts, ==, 0);
  g_assert_cmpuint (state->correct, ==, 0);
  g_assert_cmpint (state->card.due_us, ==, now);
  /* A typo in an explanation is not a change. */
  state = find_state (states, "q2");
  g_assert_false (state->changed);
  g_assert_cmpuint (state->attempts, ==, 2);
  g_assert_cmpint (state->card.due_us, ==, q2_due);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* The history is kept, marked as given against the old text, and no
   * longer read as evidence. */
  g_assert_cmpint (count_answers (fixture, "q1", digest_of (fixture->v1, "q1")), ==, 3);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 0);
  g_assert_cmpuint (count_recent (fixture->store, "q2"), ==, 2);

  marked = syl_store_dup_changed_questions (fixture->store, PACK_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (marked, ((const char *[]) { "q1", NULL }));
  g_clear_pointer (&marked, g_strfreev);

  /* On the dashboard, q1 is due for review, not also new (q4 is). */
  states = dup_states (fixture->store);
  g_assert_cmpuint (syl_dashboard_count_due (states, now), ==, 1);
  g_assert_cmpuint (syl_dashboard_count_unseen (fixture->v2, states), ==, 1);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* The changes of version 2, not yet shown. */
  unseen = syl_pack_update_get_unseen_changes (update);
  g_assert_cmpuint (unseen->len, ==, 2);
  g_assert_cmpuint (syl_pack_change_get_version (g_ptr_array_index (unseen, 0)), ==, 2);
  g_assert_cmpstr (syl_pack_change_get_question_id (g_ptr_array_index (unseen, 0)), ==, "q1");

  /* Until they are shown, each start lists them again. */
  again = sync_pack (fixture, fixture->v2);
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (again)->len, ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (again)), ==, 0);
  g_clear_object (&again);

  g_assert_true (syl_pack_update_mark_seen (update, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (update)->len, ==, 0);
  g_assert_cmpuint (syl_store_get_seen_changes_version (fixture->store, PACK_ID), ==, 2);
  again = sync_pack (fixture, fixture->v2);
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (again)->len, ==, 0);
  g_clear_object (&again);

  /* Changed until answered again; the new answer counts. */
  study (fixture, fixture->v2, "q1", TRUE);
  marked = syl_store_dup_changed_questions (fixture->store, PACK_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (marked), ==, 0);
  g_assert_cmpint (count_answers (fixture, "q1", digest_of (fixture->v2, "q1")), ==, 1);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 1);
  states = dup_states (fixture->store);
  g_assert_cmpuint (find_state (states, "q1")->attempts, ==, 1);
}

/* A session begun after the update says which of its questions changed,
 * for the whole session, though answering clears the store's mark. */
static void
test_session_marks (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = sync_pack (fixture, fixture->v1);
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "q1", "q2", "q4", NULL };
  guint pick = 0;

  study (fixture, fixture->v1, "q1 q2", FALSE);
  update = sync_pack (fixture, fixture->v2);

  builder = syl_quiz_builder_new (fixture->v2, fixture->store, 3);
  plan = syl_quiz_builder_build_questions (builder, ids, &error);
  g_assert_no_error (error);
  session = syl_session_new (fixture->v2, fixture->store, fixture->clock, plan, NULL, 3, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      const char *id = syl_question_get_id (syl_session_get_question (session, i));

      g_assert_true (syl_session_is_changed (session, i) == g_str_equal (id, "q1"));
      g_assert_true (syl_session_answer (session, i, &pick, 1, FALSE, &error));
      g_assert_no_error (error);
      g_assert_true (syl_session_is_changed (session, i) == g_str_equal (id, "q1"));
    }
}

/* A session begun before the update and answered again after it (an
 * exam resumed across the update): the new answer is the first to the
 * new text, reviewed from the restarted card. */
static void
test_answer_changed_across_update (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = sync_pack (fixture, fixture->v1);
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (fixture->v1, fixture->store, 5);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "q1", NULL };
  const SylStoreQuestionState *state;
  guint wrong = 0, right = 2;

  study (fixture, fixture->v1, "q1", TRUE);
  plan = syl_quiz_builder_build_questions (builder, ids, &error);
  g_assert_no_error (error);
  session = syl_session_new (fixture->v1, fixture->store, fixture->clock, plan, NULL, 5, &error);
  g_assert_no_error (error);
  g_assert_true (syl_session_answer (session, 0, &wrong, 1, FALSE, &error));
  g_assert_no_error (error);

  syl_clock_advance (fixture->clock, SYL_TEST_DAY_US);
  update = sync_pack (fixture, fixture->v2);
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (update)), ==, 1);

  /* Option 2 is v2's key. */
  g_assert_true (syl_question_get_option_correct (syl_pack_lookup_question (fixture->v2, "q1"), right));
  g_assert_true (syl_session_answer (session, 0, &right, 1, FALSE, &error));
  g_assert_no_error (error);

  states = dup_states (fixture->store);
  state = find_state (states, "q1");
  g_assert_false (state->changed);
  g_assert_cmpuint (state->attempts, ==, 1);
  g_assert_cmpuint (state->card.reps, ==, 1);
  g_assert_cmpint (count_answers (fixture, "q1", digest_of (fixture->v2, "q1")), ==, 1);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 1);
}

/* Answers recorded before the store kept digests (a store migrated to
 * schema 3, or a pack never synced) are not all flagged at the first
 * sync; that learner is shown the pack's changes once. When a question
 * changes later, those answers are marked with the old digest too. */
static void
test_answers_before_digests (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = NULL;
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(GPtrArray) states = NULL;

  study (fixture, fixture->v1, "q1 q2 q3", TRUE);
  study (fixture, fixture->v1, "q1 q2", TRUE);
  g_assert_cmpint (count_answers (fixture, "q1", NULL), ==, 2);

  first = sync_pack (fixture, fixture->v1);
  g_assert_true (syl_pack_update_get_first_sync (first));
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (first)), ==, 0);
  states = dup_states (fixture->store);
  for (guint i = 0; i < states->len; i++)
    g_assert_false (((SylStoreQuestionState *) g_ptr_array_index (states, i))->changed);
  g_clear_pointer (&states, g_ptr_array_unref);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 2);

  update = sync_pack (fixture, fixture->v2);
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (update)), ==, 1);
  g_assert_cmpint (count_answers (fixture, "q1", NULL), ==, 0);
  g_assert_cmpint (count_answers (fixture, "q1", digest_of (fixture->v1, "q1")), ==, 2);
  g_assert_cmpuint (count_recent (fixture->store, "q1"), ==, 0);
  /* q2 did not change: its old answers still count, unmarked. */
  g_assert_cmpint (count_answers (fixture, "q2", NULL), ==, 2);
  g_assert_cmpuint (count_recent (fixture->store, "q2"), ==, 2);
}

/* The first sync of a learner with history but no digests (upgraded from
 * schema 2) on a pack that lists changes: none flagged, all shown once. */
/* A learner whose only answers were to a question that changed has
 * still answered something: no first-run dashboard. */
static void
test_only_changed_answered (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = sync_pack (fixture, fixture->v1);
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(GPtrArray) states = NULL;

  study (fixture, fixture->v1, "q1", TRUE);
  update = sync_pack (fixture, fixture->v2);
  states = dup_states (fixture->store);
  g_assert_true (syl_dashboard_has_answers (states));
  g_assert_cmpuint (syl_dashboard_count_unseen (fixture->v2, states), ==, 3);
}

static void
test_migrated_learner_sees_changes (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SylPackUpdate) first = NULL;

  study (fixture, fixture->v2, "q1 q2", TRUE);
  first = sync_pack (fixture, fixture->v2);
  g_assert_true (syl_pack_update_get_first_sync (first));
  g_assert_cmpuint (g_strv_length ((char **) syl_pack_update_get_changed_question_ids (first)), ==, 0);
  g_assert_cmpuint (syl_pack_update_get_unseen_changes (first)->len, ==, 2);
}

/* Mastery and the forecast after the update are those of a learner who
 * never answered q1: its old answers count for nothing. The twin store
 * holds the same answers to q2 and q3 at the same times, and none to q1. */
static void
test_mastery_forgets_old_answers (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *twin_path = NULL;
  g_autofree char *twin_dir = syl_test_make_store_dir ("syl-pack-update-twin-XXXXXX", &twin_path);
  g_autoptr(SylStore) twin = NULL;
  g_autoptr(SylClock) twin_clock = syl_clock_new_manual (SYL_TEST_T0);
  g_autoptr(SylPackUpdate) first = NULL;
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(SylForecast) before = NULL;
  g_autoptr(SylForecast) after = NULL;
  g_autoptr(SylForecast) expected = NULL;
  g_autoptr(GError) error = NULL;
  SylTask *task = syl_question_get_task (syl_pack_lookup_question (fixture->v2, "q1"));
  gint64 now;

  twin = syl_store_open (twin_path, &error);
  g_assert_no_error (error);

  first = sync_pack (fixture, fixture->v1);
  g_clear_object (&first);
  first = syl_pack_update_sync (twin, fixture->v1, SYL_TEST_T0, &error);
  g_assert_no_error (error);

  /* q1 right six times, on days of its own; q2 and q3 wrong at first,
   * then right, in both stores at the same times. */
  for (guint day = 0; day < 6; day++)
    {
      study (fixture, fixture->v1, "q1", TRUE);
      syl_clock_advance (twin_clock, 20 * G_USEC_PER_SEC + SYL_TEST_DAY_US);
    }
  study (fixture, fixture->v1, "q2 q3", FALSE);
  study_in (twin, twin_clock, fixture->v1, "q2 q3", FALSE);
  study (fixture, fixture->v1, "q2 q3", TRUE);
  study_in (twin, twin_clock, fixture->v1, "q2 q3", TRUE);
  g_assert_cmpint (syl_clock_get_now_us (fixture->clock), ==, syl_clock_get_now_us (twin_clock));

  now = syl_clock_get_now_us (twin_clock);
  before = syl_forecast_new (fixture->v2, fixture->store, now, &error);
  g_assert_no_error (error);

  update = syl_pack_update_sync (fixture->store, fixture->v2, now, &error);
  g_assert_no_error (error);
  g_clear_object (&first);
  first = syl_pack_update_sync (twin, fixture->v2, now, &error);
  g_assert_no_error (error);

  after = syl_forecast_new (fixture->v2, fixture->store, now, &error);
  g_assert_no_error (error);
  expected = syl_forecast_new (fixture->v2, twin, now, &error);
  g_assert_no_error (error);

  g_test_message ("task mastery: before %.4f, after %.4f, never answered %.4f",
                  syl_forecast_get_task_mastery (before, task), syl_forecast_get_task_mastery (after, task),
                  syl_forecast_get_task_mastery (expected, task));
  g_assert_cmpfloat (syl_forecast_get_task_mastery (after, task), <, syl_forecast_get_task_mastery (before, task));
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_mastery (after, task),
                                  syl_forecast_get_task_mastery (expected, task), 1e-6);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (after, syl_pack_lookup_question (fixture->v2, "q1")),
                                  syl_forecast_get_question_recall (expected, syl_pack_lookup_question (fixture->v2, "q1")),
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_score (after),
                                  syl_forecast_get_expected_score (expected), 1e-3);

  g_clear_object (&twin);
  syl_test_remove_tree (twin_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/syl/pack-update/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("digests", test_digests);
  ADD ("first-install", test_first_install);
  ADD ("update", test_update);
  ADD ("session-marks", test_session_marks);
  ADD ("answer-changed-across-update", test_answer_changed_across_update);
  ADD ("answers-before-digests", test_answers_before_digests);
  ADD ("only-changed-answered", test_only_changed_answered);
  ADD ("migrated-learner-sees-changes", test_migrated_learner_sees_changes);
  ADD ("mastery-forgets-old-answers", test_mastery_forgets_old_answers);
#undef ADD

  return g_test_run ();
}

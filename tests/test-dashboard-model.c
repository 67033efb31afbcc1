/* test-dashboard-model.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-dashboard-model.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-test-util.h"

#define PACK "aws-dop-c02"
#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define DAY_US (24 * HOUR_US)
#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* Mon 2026-01-05 10:00 UTC */

static void
test_daily_plan (void)
{
  static const struct {
    guint due, unseen, goal, today;
    guint reviews, new_questions;
  } cases[] = {
    { 20, 100, 30,  0, 20, 10 },   /* reviews first, new questions fill the goal */
    { 40, 100, 30,  0, 30,  0 },   /* more due than the goal: the rest waits */
    { 20, 100, 30, 25,  5,  0 },   /* most of the goal already done */
    { 20, 100, 30, 35,  0,  0 },   /* goal passed */
    {  0,   3, 30,  0,  0,  3 },   /* few new questions left */
    {  0,   0, 30,  0,  0,  0 },   /* everything seen, nothing due */
    {  5, 200,  0,  0,  0,  0 },   /* no goal */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SylDailyPlan plan;

      /* Without an exam date, or with one today or past, the same. */
      for (int days = -3; days <= 0; days++)
        {
          syl_daily_plan_compute (cases[i].due, cases[i].unseen, cases[i].goal, cases[i].today, 0, days, &plan);
          g_assert_cmpuint (plan.due, ==, cases[i].due);
          g_assert_cmpuint (plan.goal, ==, cases[i].goal);
          g_assert_cmpuint (plan.answered_today, ==, cases[i].today);
          g_assert_cmpuint (plan.reviews, ==, cases[i].reviews);
          g_assert_cmpuint (plan.new_questions, ==, cases[i].new_questions);
          g_assert_cmpuint (plan.new_per_day, ==, 0);
        }
    }
}

static void
test_daily_plan_exam (void)
{
  static const struct {
    guint due, unseen, goal, today, new_today;
    int   days;
    guint reviews, new_questions, per_day, target;
  } cases[] = {
    {  0, 120, 10,  0,  0, 10,  0, 12, 12, 12 },   /* 120 unseen, 10 days: 12 a day */
    { 20, 120, 30,  0,  0, 10, 20, 12, 12, 32 },   /* every due review, and the day's share */
    { 40, 120, 30,  0,  0, 10, 40, 12, 12, 52 },   /* reviews beyond the goal too */
    {  0, 120, 30,  0,  0, 10,  0, 30, 12, 30 },   /* the goal's share is larger */
    { 20, 120, 25,  0,  0, 10, 20, 12, 12, 32 },   /* …and when it is smaller */
    {  0, 121,  0,  0,  0, 10,  0, 13, 13, 13 },   /* rounded up; no goal at all */
    {  0, 115, 10,  5,  5, 10,  0,  7, 12, 12 },   /* 5 of today's 12 done */
    {  0, 108, 10, 12, 12, 10,  0,  0, 12, 12 },   /* all 12 done: the plan is done */
    { 15, 108, 10, 12, 12, 10, 15,  0, 12, 27 },   /* …but reviews fell due since */
    {  0, 110, 10, 30, 10, 10,  0,  2, 12, 32 },   /* 20 reviews and 10 new done */
    {  0,  50, 30,  0,  0,  1,  0, 50, 50, 50 },   /* exam tomorrow: the whole bank */
    {  0,   5, 30,  0,  0, 10,  0,  5,  1, 30 },   /* few new questions left */
    {  5,   0, 30,  0,  0, 10,  5,  0,  0, 30 },   /* everything seen */
    {353,   7, 30,  0,  0, 20, 60,  1,  1, 61 },   /* a backlog: twice the goal a day */
    {700,   7, 30,  0,  0, 20,100,  1,  1,101 },   /* …or a seventh of it, if more */
    {353,   7, 30,  0,  0,  2,177,  4,  4,181 },   /* …or what clears it by the eve */
    {353,   7,  0,  0,  0,  1,353,  7,  7,360 },   /* the day before: all of it */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SylDailyPlan plan;

      syl_daily_plan_compute (cases[i].due, cases[i].unseen, cases[i].goal, cases[i].today,
                              cases[i].new_today, cases[i].days, &plan);
      g_assert_cmpuint (plan.due, ==, cases[i].due);
      g_assert_cmpuint (plan.answered_today, ==, cases[i].today);
      g_assert_cmpuint (plan.reviews, ==, cases[i].reviews);
      g_assert_cmpuint (plan.new_questions, ==, cases[i].new_questions);
      g_assert_cmpuint (plan.new_per_day, ==, cases[i].per_day);
      g_assert_cmpuint (plan.goal, ==, cases[i].target);
    }

  /* Day by day at that pace, the bank is seen by the eve of the exam. */
  {
    guint unseen = 120;

    for (int days = 10; days > 0; days--)
      {
        SylDailyPlan plan;

        syl_daily_plan_compute (0, unseen, 0, 0, 0, days, &plan);
        g_assert_cmpuint (plan.new_questions, ==, plan.new_per_day);
        unseen -= plan.new_questions;
      }
    g_assert_cmpuint (unseen, ==, 0);
  }
}

static void
test_days_until (void)
{
  int days = 12345;

  g_assert_true (syl_dashboard_days_until ("2026-03-10", "2026-02-15", &days));
  g_assert_cmpint (days, ==, 23);
  g_assert_true (syl_dashboard_days_until ("2026-02-15", "2026-02-15", &days));
  g_assert_cmpint (days, ==, 0);
  g_assert_true (syl_dashboard_days_until ("2026-01-02", "2025-12-30", &days));
  g_assert_cmpint (days, ==, 3);
  g_assert_true (syl_dashboard_days_until ("2026-02-13", "2026-02-15", &days));
  g_assert_cmpint (days, ==, -2);

  days = 99;
  g_assert_false (syl_dashboard_days_until ("", "2026-02-15", &days));
  g_assert_false (syl_dashboard_days_until (NULL, "2026-02-15", &days));
  g_assert_false (syl_dashboard_days_until ("2026-02-30", "2026-02-15", &days));
  g_assert_false (syl_dashboard_days_until ("2026-2-3", "2026-02-15", &days));
  g_assert_false (syl_dashboard_days_until ("2026-02-03x", "2026-02-15", &days));
  g_assert_false (syl_dashboard_days_until ("next week", "2026-02-15", &days));
  g_assert_cmpint (days, ==, 99);
}

static void
test_activity_level (void)
{
  g_assert_cmpuint (syl_activity_level (0, 30), ==, 0);
  g_assert_cmpuint (syl_activity_level (1, 30), ==, 1);
  g_assert_cmpuint (syl_activity_level (9, 30), ==, 1);
  g_assert_cmpuint (syl_activity_level (10, 30), ==, 2);
  g_assert_cmpuint (syl_activity_level (19, 30), ==, 2);
  g_assert_cmpuint (syl_activity_level (20, 30), ==, 3);
  g_assert_cmpuint (syl_activity_level (29, 30), ==, 3);
  g_assert_cmpuint (syl_activity_level (30, 30), ==, SYL_ACTIVITY_MAX_LEVEL);
  g_assert_cmpuint (syl_activity_level (3000, 30), ==, SYL_ACTIVITY_MAX_LEVEL);
  g_assert_cmpuint (syl_activity_level (1, 0), ==, SYL_ACTIVITY_MAX_LEVEL);
  g_assert_cmpuint (syl_activity_level (G_MAXUINT, 5), ==, SYL_ACTIVITY_MAX_LEVEL);
}

static void
add_day (GArray     *days,
         const char *day,
         guint       answers,
         guint       correct)
{
  SylStoreDay d = { { 0 }, 0 };

  g_strlcpy (d.day, day, sizeof d.day);
  d.answers = answers;
  d.correct = correct;
  g_array_append_val (days, d);
}

static void
test_activity_grid (void)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (SylStoreDay));
  g_autoptr(GArray) cells = NULL;
  g_autofree char *first = NULL;
  SylActivityCell *cell;

  /* 2026-01-07 is a Wednesday; its week starts on Monday 2026-01-05. */
  first = syl_activity_dup_first_day ("2026-01-07", SYL_ACTIVITY_WEEKS);
  g_assert_cmpstr (first, ==, "2025-10-20");
  g_clear_pointer (&first, g_free);
  first = syl_activity_dup_first_day ("2026-01-05", 1);
  g_assert_cmpstr (first, ==, "2026-01-05");
  g_clear_pointer (&first, g_free);
  first = syl_activity_dup_first_day ("2026-01-11", 1);   /* a Sunday */
  g_assert_cmpstr (first, ==, "2026-01-05");
  g_assert_null (syl_activity_dup_first_day ("someday", 12));

  add_day (days, "2026-01-06", 30, 20);
  add_day (days, "2025-10-20", 5, 5);
  add_day (days, "2025-10-19", 50, 50);   /* before the calendar */
  add_day (days, "2026-01-09", 7, 1);     /* after today: ignored */
  add_day (days, "2025-12-01", 12, 6);

  cells = syl_activity_grid_new (days, "2026-01-07", SYL_ACTIVITY_WEEKS, 30);
  g_assert_nonnull (cells);
  g_assert_cmpuint (cells->len, ==, SYL_ACTIVITY_WEEKS * 7);

  cell = &g_array_index (cells, SylActivityCell, 0);
  g_assert_cmpstr (cell->day, ==, "2025-10-20");
  g_assert_cmpuint (cell->answers, ==, 5);
  g_assert_cmpuint (cell->correct, ==, 5);
  g_assert_cmpuint (cell->level, ==, 1);
  g_assert_false (cell->future);

  /* Monday 2025-12-01 is week 6, weekday 0. */
  cell = &g_array_index (cells, SylActivityCell, 6 * 7);
  g_assert_cmpstr (cell->day, ==, "2025-12-01");
  g_assert_cmpuint (cell->level, ==, 2);

  /* Tuesday of the last week: the goal reached. */
  cell = &g_array_index (cells, SylActivityCell, 11 * 7 + 1);
  g_assert_cmpstr (cell->day, ==, "2026-01-06");
  g_assert_cmpuint (cell->level, ==, SYL_ACTIVITY_MAX_LEVEL);

  /* Today, then the rest of the week in the future. */
  cell = &g_array_index (cells, SylActivityCell, 11 * 7 + 2);
  g_assert_cmpstr (cell->day, ==, "2026-01-07");
  g_assert_false (cell->future);
  g_assert_cmpuint (cell->answers, ==, 0);
  for (guint i = 11 * 7 + 3; i < cells->len; i++)
    {
      cell = &g_array_index (cells, SylActivityCell, i);
      g_assert_true (cell->future);
      g_assert_cmpuint (cell->answers, ==, 0);
      g_assert_cmpuint (cell->level, ==, 0);
    }
  g_assert_cmpstr (g_array_index (cells, SylActivityCell, cells->len - 1).day, ==, "2026-01-11");
  g_clear_pointer (&cells, g_array_unref);

  /* No activity at all, and a calendar across a leap day. */
  cells = syl_activity_grid_new (NULL, "2028-03-01", 2, 30);
  g_assert_cmpuint (cells->len, ==, 14);
  g_assert_cmpstr (g_array_index (cells, SylActivityCell, 0).day, ==, "2028-02-21");
  g_assert_cmpstr (g_array_index (cells, SylActivityCell, 8).day, ==, "2028-02-29");
  for (guint i = 0; i < cells->len; i++)
    g_assert_cmpuint (g_array_index (cells, SylActivityCell, i).level, ==, 0);
  g_clear_pointer (&cells, g_array_unref);

  g_assert_null (syl_activity_grid_new (days, "not a day", 12, 30));
}

static void
add_state (GPtrArray  *states,
           const char *id,
           guint       attempts,
           gint64      due_us)
{
  SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);

  state->question_id = g_strdup (id);
  state->attempts = attempts;
  state->card.reps = attempts;
  state->card.due_us = due_us;
  g_ptr_array_add (states, state);
}

static void
test_states (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();

  g_assert_false (syl_dashboard_has_answers (NULL));
  g_assert_false (syl_dashboard_has_answers (empty));
  g_assert_cmpuint (syl_dashboard_count_due (NULL, T0), ==, 0);
  g_assert_cmpint (syl_dashboard_next_due_us (empty, T0), ==, 0);

  add_state (states, "q1", 1, T0 - DAY_US);
  add_state (states, "q2", 2, T0);
  add_state (states, "q3", 1, T0 + 3 * HOUR_US);
  add_state (states, "q4", 1, T0 + 2 * DAY_US);

  g_assert_true (syl_dashboard_has_answers (states));
  g_assert_cmpuint (syl_dashboard_count_due (states, T0), ==, 2);
  g_assert_cmpuint (syl_dashboard_count_due (states, T0 - 2 * DAY_US), ==, 0);
  g_assert_cmpint (syl_dashboard_next_due_us (states, T0), ==, T0 + 3 * HOUR_US);
  g_assert_cmpint (syl_dashboard_next_due_us (states, T0 + 3 * HOUR_US), ==, T0 + 2 * DAY_US);
  g_assert_cmpint (syl_dashboard_next_due_us (states, T0 + 3 * DAY_US), ==, 0);
}

static void
test_count_new_today (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  /* T0 is 10:00 UTC, and the tests run with TZ=UTC. */
  static const struct {
    guint  attempts;
    gint64 last_answered_us;
    gboolean counted;
  } cases[] = {
    { 1, T0,                   TRUE },    /* first answered just now */
    { 1, T0 - 9 * HOUR_US,     TRUE },    /* at 01:00 */
    { 1, T0 - 11 * HOUR_US,    FALSE },   /* at 23:00 yesterday */
    { 1, T0 - 40 * DAY_US,     FALSE },
    { 2, T0 - HOUR_US,         FALSE },   /* answered before */
    { 0, 0,                    FALSE },
  };
  guint expected = 0;

  g_assert_cmpuint (syl_dashboard_count_new_today (NULL, T0), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", i);

      add_state (states, id, cases[i].attempts, T0 + DAY_US);
      ((SylStoreQuestionState *) g_ptr_array_index (states, i))->last_answered_us = cases[i].last_answered_us;
      expected += cases[i].counted ? 1 : 0;
    }

  g_assert_cmpuint (syl_dashboard_count_new_today (states, T0), ==, expected);
  /* The next morning, none of them. */
  g_assert_cmpuint (syl_dashboard_count_new_today (states, T0 + 20 * HOUR_US), ==, 0);
}

static void
test_count_unseen (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", PACK, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load (path, &error);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  GListModel *questions;
  guint n;

  g_assert_no_error (error);
  questions = syl_pack_get_questions (pack);
  n = g_list_model_get_n_items (questions);
  g_assert_cmpuint (n, >, 2);

  g_assert_cmpuint (syl_dashboard_count_unseen (pack, NULL), ==, n);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      add_state (states, syl_question_get_id (question), 1, T0);
    }
  add_state (states, "not-in-the-pack", 3, T0);
  g_assert_cmpuint (syl_dashboard_count_unseen (pack, states), ==, n - 2);
}

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = syl_test_make_store_dir ("syl-dashboard-XXXXXX", &fixture->path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  syl_test_remove_dir_files (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
add_session (SylStore   *store,
             const char *mode,
             const char *pack_id,
             gint64      started_us,
             gint64      finished_us,
             gboolean    has_score,
             double      score)
{
  const char *ids[] = { "q1", "q2", NULL };
  SylStoreSession session = {
    .mode = (char *) mode,
    .pack_id = (char *) pack_id,
    .question_ids = (GStrv) ids,
    .started_at_us = started_us,
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = syl_store_insert_session (store, &session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  if (finished_us != 0)
    {
      syl_store_finish_session (store, id, finished_us, 1000, has_score, score, &error);
      g_assert_no_error (error);
    }

  return id;
}

static void
test_exam_scores (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(GArray) points = NULL;
  gint64 late, early;

  g_assert_no_error (error);

  points = syl_dashboard_dup_exam_scores (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 0);
  g_clear_pointer (&points, g_array_unref);

  /* Finished out of order: the chart runs by finishing time. */
  late = add_session (store, "exam", PACK, T0, T0 + 5 * DAY_US, TRUE, 780);
  add_session (store, "drill", PACK, T0, T0 + HOUR_US, TRUE, 900);
  add_session (store, "exam", "another-pack", T0, T0 + HOUR_US, TRUE, 500);
  add_session (store, "exam", PACK, T0, 0, FALSE, 0);                  /* unfinished */
  add_session (store, "exam", PACK, T0, T0 + 2 * HOUR_US, FALSE, 0);   /* abandoned */
  early = add_session (store, "exam", PACK, T0, T0 + DAY_US, TRUE, 612);

  points = syl_dashboard_dup_exam_scores (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 2);
  g_assert_cmpint (g_array_index (points, SylScorePoint, 0).session_id, ==, early);
  g_assert_cmpint (g_array_index (points, SylScorePoint, 0).finished_at_us, ==, T0 + DAY_US);
  g_assert_cmpfloat (g_array_index (points, SylScorePoint, 0).score, ==, 612);
  g_assert_cmpint (g_array_index (points, SylScorePoint, 1).session_id, ==, late);
  g_assert_cmpfloat (g_array_index (points, SylScorePoint, 1).score, ==, 780);
}

static void
test_formats (void)
{
  const char *ids[] = { "q1", "q2", "q3", NULL };
  g_autoptr(GPtrArray) answers = g_ptr_array_new ();
  SylStoreSession session = { .question_ids = (GStrv) ids, .answers = answers };
  SylStoreAnswer answer_1 = { .question_id = (char *) "q1", .chosen = (char *) "0" };
  SylStoreAnswer answer_2 = { .question_id = (char *) "q2", .chosen = (char *) "1,3" };
  SylStoreAnswer cleared = { .question_id = (char *) "q3", .chosen = (char *) "" };
  char *text;

  text = syl_dashboard_format_days_until (23);
  g_assert_cmpstr (text, ==, "Exam in 23 days");
  g_free (text);
  text = syl_dashboard_format_days_until (1);
  g_assert_cmpstr (text, ==, "Exam tomorrow");
  g_free (text);
  text = syl_dashboard_format_days_until (0);
  g_assert_cmpstr (text, ==, "Exam today");
  g_free (text);
  text = syl_dashboard_format_days_until (-4);
  g_assert_nonnull (strstr (text, "passed"));
  g_free (text);

  text = syl_dashboard_format_next_review (T0 + DAY_US, T0);
  g_assert_cmpstr (text, ==, "Nothing due — next review tomorrow");
  g_free (text);
  text = syl_dashboard_format_next_review (T0 + HOUR_US, T0);
  g_assert_cmpstr (text, ==, "Nothing due — next review later today");
  g_free (text);
  text = syl_dashboard_format_next_review (T0 + 4 * DAY_US, T0);
  g_assert_cmpstr (text, ==, "Nothing due — next review in 4 days");
  g_free (text);
  text = syl_dashboard_format_next_review (0, T0);
  g_assert_cmpstr (text, ==, "Nothing due — answer some questions first");
  g_free (text);

  text = syl_dashboard_format_progress (&session);
  g_assert_cmpstr (text, ==, "0 of 3 answered");
  g_free (text);
  g_ptr_array_add (answers, &answer_1);
  g_ptr_array_add (answers, &answer_2);
  text = syl_dashboard_format_progress (&session);
  g_assert_cmpstr (text, ==, "2 of 3 answered");
  g_free (text);
  /* A cleared answer (no option left chosen) is no answer. */
  g_ptr_array_add (answers, &cleared);
  text = syl_dashboard_format_progress (&session);
  g_assert_cmpstr (text, ==, "2 of 3 answered");
  g_free (text);

  text = syl_dashboard_format_time_left ((2 * 60 + 14) * 60000 + 5000);
  g_assert_cmpstr (text, ==, "2 h 14 min left");
  g_free (text);
  text = syl_dashboard_format_time_left (3 * 60 * 60000);
  g_assert_cmpstr (text, ==, "3 h 00 min left");
  g_free (text);
  text = syl_dashboard_format_time_left (14 * 60000);
  g_assert_cmpstr (text, ==, "14 min left");
  g_free (text);
  text = syl_dashboard_format_time_left (30000);
  g_assert_cmpstr (text, ==, "Less than a minute left");
  g_free (text);
  text = syl_dashboard_format_time_left (0);
  g_assert_cmpstr (text, ==, "No time left");
  g_free (text);

  text = syl_dashboard_format_percent (0.583);
  g_assert_cmpstr (text, ==, "58 %");
  g_free (text);
  text = syl_dashboard_format_percent (1.7);
  g_assert_cmpstr (text, ==, "100 %");
  g_free (text);
  text = syl_dashboard_format_percent (-0.2);
  g_assert_cmpstr (text, ==, "0 %");
  g_free (text);

  g_assert_cmpstr (syl_dashboard_mode_title ("exam"), ==, "Exam Simulation");
  g_assert_cmpstr (syl_dashboard_mode_title ("missed"), ==, "Missed Last Time");
  g_assert_cmpstr (syl_dashboard_mode_title ("something-new"), ==, "Practice Session");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/dashboard-model/daily-plan", test_daily_plan);
  g_test_add_func ("/syl/dashboard-model/daily-plan-exam", test_daily_plan_exam);
  g_test_add_func ("/syl/dashboard-model/days-until", test_days_until);
  g_test_add_func ("/syl/dashboard-model/activity-level", test_activity_level);
  g_test_add_func ("/syl/dashboard-model/activity-grid", test_activity_grid);
  g_test_add_func ("/syl/dashboard-model/states", test_states);
  g_test_add_func ("/syl/dashboard-model/count-new-today", test_count_new_today);
  g_test_add_func ("/syl/dashboard-model/count-unseen", test_count_unseen);
  g_test_add ("/syl/dashboard-model/exam-scores", Fixture, NULL,
              fixture_setup, test_exam_scores, fixture_teardown);
  g_test_add_func ("/syl/dashboard-model/formats", test_formats);

  return g_test_run ();
}

/* test-exam-schedule.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reviews that know the exam date, with an injected clock (TZ=UTC). */

#include "config.h"

#include "syl-clock.h"
#include "syl-exam-schedule.h"
#include "syl-fsrs.h"
#include "syl-store.h"

/* 2026-01-05 00:00 UTC */
#define T0 (G_GINT64_CONSTANT (1767571200) * G_USEC_PER_SEC)
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

static SylStoreQuestionState *
state_new (const char *id,
           gint64      last_review_us,
           gint64      due_us,
           double      stability)
{
  SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);

  state->question_id = g_strdup (id);
  state->card = (SylFsrsCard) { .stability = stability, .difficulty = 5.0, .reps = 2,
                                .last_review_us = last_review_us, .due_us = due_us };
  state->attempts = 2;
  state->correct = 2;

  return state;
}

static GPtrArray *
states_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
}

static void
test_day_start (void)
{
  g_assert_cmpint (syl_exam_schedule_day_start_us ("2026-01-05"), ==, T0);
  g_assert_cmpint (syl_exam_schedule_day_start_us ("2026-02-30"), ==, 0);
  g_assert_cmpint (syl_exam_schedule_day_start_us ("soon"), ==, 0);
  g_assert_cmpint (syl_exam_schedule_day_start_us (""), ==, 0);
  g_assert_cmpint (syl_exam_schedule_day_start_us (NULL), ==, 0);
}

/* Without an exam date, and after it, FSRS alone. */
static void
test_no_exam (void)
{
  g_autoptr(GPtrArray) states = states_new ();
  g_autoptr(SylExamSchedule) none = NULL;
  g_autoptr(SylExamSchedule) past = NULL;

  g_ptr_array_add (states, state_new ("a", T0 - 10 * DAY_US, T0 + 40 * DAY_US, 50));
  g_ptr_array_add (states, state_new ("b", T0 - 2 * DAY_US, T0 - DAY_US, 2));

  none = syl_exam_schedule_new (states, "", 0, T0);
  g_assert_false (syl_exam_schedule_is_active (none));
  g_assert_cmpint (syl_exam_schedule_get_due_us (none, "a"), ==, T0 + 40 * DAY_US);
  g_assert_cmpuint (syl_exam_schedule_count_due (none, T0), ==, 1);

  /* The exam was yesterday: back to normal. */
  past = syl_exam_schedule_new (states, "2026-01-04", 0, T0);
  g_assert_false (syl_exam_schedule_is_active (past));
  g_assert_cmpint (syl_exam_schedule_get_due_us (past, "a"), ==, T0 + 40 * DAY_US);
  g_assert_cmpint (syl_exam_schedule_next_due_us (past, T0), ==, T0 + 40 * DAY_US);
}

/* No interval reaches past the exam day: what would fall after it is
 * brought into the final stretch and spread over its days. */
static void
test_brought_forward (void)
{
  g_autoptr(GPtrArray) states = states_new ();
  g_autoptr(SylExamSchedule) schedule = NULL;
  gint64 exam = T0 + 30 * DAY_US;                /* 2026-02-04 */
  gint64 stretch;
  guint per_day[10] = { 0 };

  /* Studying since 70 days ago: 100 days to the exam, a 10-day stretch. */
  g_ptr_array_add (states, state_new ("early", T0 - 70 * DAY_US, T0 + 5 * DAY_US, 20));
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("q%02u", i);

      g_ptr_array_add (states, state_new (id, T0 - 10 * DAY_US, T0 + (50 + i) * DAY_US, 60 + i));
    }
  /* Due inside the stretch anyway: it keeps its day and counts as load. */
  g_ptr_array_add (states, state_new ("natural", T0 - 10 * DAY_US, exam - 3 * DAY_US, 25));

  schedule = syl_exam_schedule_new (states, "2026-02-04", 0, T0);
  g_assert_true (syl_exam_schedule_is_active (schedule));
  g_assert_cmpint (syl_exam_schedule_get_exam_start_us (schedule), ==, exam);
  stretch = syl_exam_schedule_get_stretch_start_us (schedule);
  g_assert_cmpint (stretch, ==, exam - 10 * DAY_US);

  g_assert_cmpint (syl_exam_schedule_get_due_us (schedule, "early"), ==, T0 + 5 * DAY_US);
  g_assert_cmpint (syl_exam_schedule_get_due_us (schedule, "natural"), ==, exam - 3 * DAY_US);
  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);
      gint64 due = syl_exam_schedule_get_due_us (schedule, state->question_id);

      g_assert_cmpint (due, <, exam);
      if (g_str_has_prefix (state->question_id, "q"))
        {
          g_assert_cmpint (due, >=, stretch);
          per_day[(due - stretch) / DAY_US]++;
        }
    }

  /* 40 over 10 days, with one day carrying the natural one: 4 a day, 3
   * on that day plus it. */
  for (guint d = 0; d < 10; d++)
    {
      guint load = per_day[d] + (d == 7 ? 1 : 0);

      g_assert_cmpuint (load, >=, 4);
      g_assert_cmpuint (load, <=, 5);
    }
  g_assert_cmpuint (syl_exam_schedule_count_due_on_day (schedule, exam - 3 * DAY_US), ==, per_day[7] + 1);
  g_assert_cmpuint (syl_exam_schedule_count_due (schedule, T0), ==, 0);
  g_assert_cmpint (syl_exam_schedule_study_start_us (states), ==, T0 - 70 * DAY_US);
}

/* Day by day with an injected clock: the learner reviews what is due
 * each day. Every learned question is reviewed at least once in the final
 * stretch, none is due after the exam day, the daily load stays even,
 * and after the exam FSRS schedules alone again. */
static void
test_day_by_day (void)
{
  g_autoptr(GPtrArray) states = states_new ();
  g_autoptr(SylClock) clock = syl_clock_new_manual (T0 + (gint64) 18 * 3600 * G_USEC_PER_SEC);
  g_autoptr(GHashTable) reviewed_in_stretch = g_hash_table_new (g_str_hash, g_str_equal);
  SylFsrsParams params;
  gint64 exam = T0 + 40 * DAY_US;
  gint64 stretch = 0;
  guint most = 0, fewest = G_MAXUINT;

  syl_fsrs_params_init_default (&params);
  /* 60 questions learned over the last 60 days, with long intervals. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("q%02u", i);
      gint64 last = T0 - (60 - i) * DAY_US;

      g_ptr_array_add (states, state_new (id, last, last + (20 + i) * DAY_US, 20 + i));
    }

  while (syl_clock_get_now_us (clock) < exam)
    {
      gint64 now = syl_clock_get_now_us (clock);
      g_autoptr(SylExamSchedule) schedule = syl_exam_schedule_new (states, "2026-02-14", T0 - 60 * DAY_US, now);
      g_auto(GStrv) due = syl_exam_schedule_dup_due (schedule, now, 0);

      stretch = syl_exam_schedule_get_stretch_start_us (schedule);
      for (guint i = 0; i < states->len; i++)
        {
          SylStoreQuestionState *state = g_ptr_array_index (states, i);

          g_assert_cmpint (syl_exam_schedule_get_due_us (schedule, state->question_id), <=, exam);
        }

      if (now >= stretch)
        {
          most = MAX (most, g_strv_length (due));
          fewest = MIN (fewest, g_strv_length (due));
        }

      for (guint d = 0; due[d] != NULL; d++)
        for (guint i = 0; i < states->len; i++)
          {
            SylStoreQuestionState *state = g_ptr_array_index (states, i);

            if (!g_str_equal (state->question_id, due[d]))
              continue;
            syl_fsrs_review (&params, &state->card, SYL_FSRS_GOOD, now);
            if (now >= stretch)
              g_hash_table_add (reviewed_in_stretch, state->question_id);
          }

      syl_clock_advance (clock, DAY_US);
    }

  /* 100 days from the start of study: the last 10. */
  g_assert_cmpint (stretch, ==, exam - 10 * DAY_US);
  g_assert_cmpuint (g_hash_table_size (reviewed_in_stretch), ==, states->len);
  /* 60 reviews over 10 days, spread: no day with more than 8, none empty. */
  g_assert_cmpuint (most, <=, 8);
  g_assert_cmpuint (fewest, >=, 4);

  /* The day after the exam, intervals are FSRS's again. */
  {
    g_autoptr(SylExamSchedule) after = syl_exam_schedule_new (states, "2026-02-14", T0 - 60 * DAY_US, exam + DAY_US + 1);

    g_assert_false (syl_exam_schedule_is_active (after));
    for (guint i = 0; i < states->len; i++)
      {
        SylStoreQuestionState *state = g_ptr_array_index (states, i);

        g_assert_cmpint (syl_exam_schedule_get_due_us (after, state->question_id), ==, state->card.due_us);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/exam-schedule/day-start", test_day_start);
  g_test_add_func ("/syl/exam-schedule/no-exam", test_no_exam);
  g_test_add_func ("/syl/exam-schedule/brought-forward", test_brought_forward);
  g_test_add_func ("/syl/exam-schedule/day-by-day", test_day_by_day);

  return g_test_run ();
}

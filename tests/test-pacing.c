/* test-pacing.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-clock.h"
#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-pacing.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-test-util.h"

#define SECOND_MS 1000
#define MINUTE_MS (60 * SECOND_MS)

static SylPack *pack;

static void
test_budget (void)
{
  g_autoptr(SylPack) real = syl_test_load_shipped_pack ();

  /* 180 minutes for 65 + 10 questions. */
  g_assert_cmpint (syl_pacing_budget_ms (real), ==, 144 * SECOND_MS);
  /* engine-test: 30 minutes for 25. */
  g_assert_cmpint (syl_pacing_budget_ms (pack), ==, 72 * SECOND_MS);
}

static void
test_delta (void)
{
  g_autofree char *ahead = NULL;
  g_autofree char *behind = NULL;
  g_autofree char *even = NULL;

  /* 25 answered in 57 minutes: 3 minutes ahead of 60. */
  g_assert_cmpint (syl_pacing_delta_ms (25, 57 * MINUTE_MS, 144 * SECOND_MS), ==, 3 * MINUTE_MS);
  g_assert_cmpint (syl_pacing_delta_ms (50, 124 * MINUTE_MS, 144 * SECOND_MS), ==, -4 * MINUTE_MS);

  ahead = syl_pacing_format_delta (3 * MINUTE_MS + 20 * SECOND_MS);
  behind = syl_pacing_format_delta (-4 * MINUTE_MS);
  even = syl_pacing_format_delta (-50 * SECOND_MS);
  g_assert_cmpstr (ahead, ==, "3 min ahead");
  g_assert_cmpstr (behind, ==, "4 min behind");
  g_assert_cmpstr (even, ==, "on pace");
  g_assert_true (syl_pacing_is_behind (-4 * MINUTE_MS));
  g_assert_true (syl_pacing_is_behind (-MINUTE_MS));
  g_assert_false (syl_pacing_is_behind (-50 * SECOND_MS));
  g_assert_false (syl_pacing_is_behind (3 * MINUTE_MS));

  {
    g_autofree char *short_time = syl_pacing_format_duration (58 * SECOND_MS + 200);
    g_autofree char *long_time = syl_pacing_format_duration (125 * SECOND_MS);

    g_assert_cmpstr (short_time, ==, "58 s");
    g_assert_cmpstr (long_time, ==, "2 min 05 s");
  }
}

static void
test_checkpoints (void)
{
  guint checkpoint = 0;

  g_assert_cmpuint (syl_pacing_checkpoint (0), ==, 0);
  g_assert_cmpuint (syl_pacing_checkpoint (24), ==, 0);
  g_assert_cmpuint (syl_pacing_checkpoint (25), ==, 25);
  g_assert_cmpuint (syl_pacing_checkpoint (49), ==, 25);
  g_assert_cmpuint (syl_pacing_checkpoint (50), ==, 50);
  g_assert_cmpuint (syl_pacing_checkpoint (75), ==, 50);

  g_assert_false (syl_pacing_crossed_checkpoint (23, 24, &checkpoint));
  g_assert_true (syl_pacing_crossed_checkpoint (24, 25, &checkpoint));
  g_assert_cmpuint (checkpoint, ==, 25);
  g_assert_false (syl_pacing_crossed_checkpoint (25, 26, &checkpoint));
  g_assert_true (syl_pacing_crossed_checkpoint (49, 50, &checkpoint));
  g_assert_cmpuint (checkpoint, ==, 50);
  /* Clearing an answer goes back; it crosses nothing. */
  g_assert_false (syl_pacing_crossed_checkpoint (25, 24, NULL));
}

/* A session timed question by question, then its report. */
static void
test_report (void)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 5);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_exam (builder, NULL);
  g_autoptr(SylClock) clock = syl_clock_new_manual (0);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(SylPacingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 d1_time = 0;
  guint d1_n = 0;

  session = syl_session_new (pack, NULL, clock, plan, NULL, 1, &error);
  g_assert_no_error (error);
  syl_session_start (session);
  /* Question i takes 10 + i seconds; question 3 is left unseen. */
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      if (i == 3)
        continue;
      syl_session_set_current (session, i);
      syl_clock_advance (clock, (10 + i) * G_USEC_PER_SEC);
      if (g_str_equal (syl_domain_get_id (syl_question_get_domain (syl_session_get_question (session, i))), "d1"))
        {
          d1_time += (10 + i) * SECOND_MS;
          d1_n++;
        }
    }
  syl_session_set_current (session, 0);
  g_assert_nonnull (syl_session_finish (session, &error));

  items = syl_session_dup_score_items (session);
  report = syl_pacing_report_new (pack, (SylScoreItem *) (gpointer) items->data, items->len);
  g_assert_cmpint (report->budget_ms, ==, 72 * SECOND_MS);
  g_assert_cmpuint (report->domains->len, ==, 3);
  g_assert_true (g_array_index (report->domains, SylPacingDomain, 0).domain == syl_pack_lookup_domain (pack, "d1"));
  g_assert_cmpint (g_array_index (report->domains, SylPacingDomain, 0).time_ms, ==, d1_time);
  g_assert_cmpint (g_array_index (report->domains, SylPacingDomain, 0).mean_ms, ==,
                   d1_time / g_array_index (report->domains, SylPacingDomain, 0).n_questions);
  g_assert_cmpuint (g_array_index (report->domains, SylPacingDomain, 0).n_questions, >=, d1_n);

  /* The slowest five: the last questions, slowest first. */
  g_assert_cmpuint (report->slowest->len, ==, SYL_PACING_N_SLOWEST);
  for (guint i = 0; i < report->slowest->len; i++)
    {
      SylPacingQuestion *q = &g_array_index (report->slowest, SylPacingQuestion, i);

      g_assert_cmpuint (q->position, ==, 24 - i);
      g_assert_cmpint (q->time_ms, ==, (10 + 24 - i) * SECOND_MS);
    }
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

  g_test_add_func ("/syl/pacing/budget", test_budget);
  g_test_add_func ("/syl/pacing/delta", test_delta);
  g_test_add_func ("/syl/pacing/checkpoints", test_checkpoints);
  g_test_add_func ("/syl/pacing/report", test_report);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

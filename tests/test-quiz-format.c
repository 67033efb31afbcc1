/* test-quiz-format.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-format.h"
#include "syl-session.h"
#include "syl-test-util.h"

static void
check_string (char       *got,
              const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_counter (void)
{
  check_string (syl_quiz_format_counter (11, 75), "Question 12 of 75");
  check_string (syl_quiz_format_counter (0, 1), "Question 1 of 1");
  check_string (syl_quiz_format_counter_short (11, 75), "12 / 75");
}

static void
test_clock (void)
{
  check_string (syl_quiz_format_clock ((gint64) (2 * 3600 + 41 * 60 + 7) * 1000), "02:41:07");
  /* Rounded up: 00:00:00 only once time is up. */
  check_string (syl_quiz_format_clock (1), "00:00:01");
  check_string (syl_quiz_format_clock (999), "00:00:01");
  check_string (syl_quiz_format_clock (1000), "00:00:01");
  check_string (syl_quiz_format_clock (1001), "00:00:02");
  check_string (syl_quiz_format_clock (0), "00:00:00");
  check_string (syl_quiz_format_clock (-5000), "00:00:00");
  check_string (syl_quiz_format_clock ((gint64) 210 * 60 * 1000), "03:30:00");
}

static void
test_duration (void)
{
  check_string (syl_quiz_format_duration (0), "0 s");
  check_string (syl_quiz_format_duration (45 * 1000 + 900), "45 s");
  check_string (syl_quiz_format_duration (60 * 1000), "1 min");
  check_string (syl_quiz_format_duration ((gint64) 31 * 60 * 1000 + 59 * 1000), "31 min");
  check_string (syl_quiz_format_duration ((gint64) (2 * 60 + 31) * 60 * 1000), "2 h 31 min");
  check_string (syl_quiz_format_duration ((gint64) 3 * 3600 * 1000), "3 h");
  check_string (syl_quiz_format_duration (-1), "0 s");
}

static void
test_choose (void)
{
  check_string (syl_quiz_format_choose (3, 0), "Choose 3");
  check_string (syl_quiz_format_choose (2, 1), "Choose 2 · 1 selected");
  check_string (syl_quiz_format_choose (3, 4), "Choose 3 · 4 selected");
}

static void
test_submit (void)
{
  check_string (syl_quiz_format_submit_heading (TRUE), "Submit Your Exam?");
  check_string (syl_quiz_format_submit_heading (FALSE), "Finish This Quiz?");

  check_string (syl_quiz_format_submit_body (TRUE, 3, 5),
                "3 questions are unanswered and count as wrong. "
                "5 questions are flagged for review. "
                "You cannot change your answers after submitting.");
  check_string (syl_quiz_format_submit_body (TRUE, 1, 1),
                "1 question is unanswered and counts as wrong. "
                "1 question is flagged for review. "
                "You cannot change your answers after submitting.");
  check_string (syl_quiz_format_submit_body (TRUE, 0, 2),
                "2 questions are flagged for review. "
                "You cannot change your answers after submitting.");
  check_string (syl_quiz_format_submit_body (TRUE, 0, 0),
                "Every question is answered. "
                "You cannot change your answers after submitting.");
  check_string (syl_quiz_format_submit_body (FALSE, 4, 0),
                "4 questions are unanswered and count as wrong.");
}

static void
test_grid_summary (void)
{
  check_string (syl_quiz_format_grid_summary (48, 5, 27), "48 answered · 5 flagged · 27 unanswered");
  check_string (syl_quiz_format_grid_summary (0, 0, 75), "0 answered · 0 flagged · 75 unanswered");
}

static void
test_excerpt (void)
{
  check_string (syl_quiz_format_excerpt ("Short stem.", 100), "Short stem.");
  check_string (syl_quiz_format_excerpt ("  Two\n lines\tof   text ", 100), "Two lines of text");
  check_string (syl_quiz_format_excerpt ("A company runs AWS CodePipeline in a central tooling account.", 30),
                "A company runs AWS…");
  /* No word boundary near: cut inside the word. */
  check_string (syl_quiz_format_excerpt ("Supercalifragilisticexpialidocious", 10), "Supercalif…");
  check_string (syl_quiz_format_excerpt ("Ünïcode wörds ärë cöunted as characters", 13), "Ünïcode wörds…");
}

static void
test_review_state (void)
{
  check_string (syl_quiz_format_review_state (TRUE, FALSE, "1.4", TRUE, TRUE), "Wrong · Task 1.4 · Flagged · Unscored");
  check_string (syl_quiz_format_review_state (TRUE, TRUE, "2.1", FALSE, FALSE), "Right · Task 2.1");
  check_string (syl_quiz_format_review_state (FALSE, FALSE, NULL, FALSE, FALSE), "Unanswered");
}

static SylScoreReport *
make_report (guint n_correct,
             guint n_scored)
{
  SylScoreReport *report = g_new0 (SylScoreReport, 1);

  report->n_scored = n_scored;
  report->n_correct = n_correct;
  report->fraction = n_scored > 0 ? (double) n_correct / n_scored : 0;
  report->scaled = syl_scoring_scaled_score (n_correct, n_scored, 100, 1000);
  report->pass_score = 750;
  report->passed = report->scaled >= 750;
  report->pass_fraction = syl_scoring_pass_fraction (750, 100, 1000);
  report->time_used_ms = (gint64) (2 * 60 + 31) * 60 * 1000;
  report->domains = g_array_new (FALSE, TRUE, sizeof (SylDomainScore));

  return report;
}

static void
test_score_lines (void)
{
  g_autoptr(SylScoreReport) failed = make_report (40, 65);
  g_autoptr(SylScoreReport) passed = make_report (60, 65);
  g_autoptr(SylScoreReport) drill = make_report (7, 10);

  /* 100 + 900 × 40 / 65 = 653.8 */
  check_string (syl_quiz_format_score (failed, 1000, TRUE), "654 / 1000");
  check_string (syl_quiz_format_verdict (failed, TRUE), "Did not pass — 750 needed (estimate)");
  check_string (syl_quiz_format_right_and_time (failed, TRUE),
                "40 of 65 scored questions right · 2 h 31 min used");

  check_string (syl_quiz_format_score (passed, 1000, TRUE), "931 / 1000");
  check_string (syl_quiz_format_verdict (passed, TRUE), "Passed");

  /* A drill has no scaled score and no pass mark. */
  drill->time_used_ms = 12 * 60 * 1000;
  check_string (syl_quiz_format_score (drill, 1000, FALSE), "7 / 10");
  check_string (syl_quiz_format_verdict (drill, FALSE), "70 % right");
  check_string (syl_quiz_format_right_and_time (drill, FALSE), "7 of 10 questions right · 12 min used");
}

static void
test_weakest_first (void)
{
  g_autoptr(SylPack) pack = syl_test_load_shipped_pack ();
  g_autoptr(SylScoreReport) report = make_report (0, 0);
  GListModel *domains = syl_pack_get_domains (pack);
  /* right, scored per domain in pack order; d6 is not in the session */
  const guint right[] = { 11, 5, 9, 5, 8, 0 };
  const guint scored[] = { 14, 10, 12, 10, 10, 0 };
  g_autoptr(GPtrArray) sorted = NULL;
  const SylDomainScore *weakest;

  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, G_N_ELEMENTS (right));
  for (guint d = 0; d < G_N_ELEMENTS (right); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      SylDomainScore score = { domain, scored[d], right[d], scored[d] ? (double) right[d] / scored[d] : 0, FALSE };

      g_array_append_val (report->domains, score);
    }

  sorted = syl_quiz_domains_weakest_first (report);
  g_assert_cmpuint (sorted->len, ==, 5);
  /* 5/10 twice (pack order), then 9/12, 11/14, 8/10 */
  g_assert_cmpstr (syl_domain_get_id (((SylDomainScore *) sorted->pdata[0])->domain), ==, "d2");
  g_assert_cmpstr (syl_domain_get_id (((SylDomainScore *) sorted->pdata[1])->domain), ==, "d4");
  g_assert_cmpstr (syl_domain_get_id (((SylDomainScore *) sorted->pdata[2])->domain), ==, "d3");
  g_assert_cmpstr (syl_domain_get_id (((SylDomainScore *) sorted->pdata[3])->domain), ==, "d1");
  g_assert_cmpstr (syl_domain_get_id (((SylDomainScore *) sorted->pdata[4])->domain), ==, "d5");

  weakest = syl_quiz_weakest_domain (report);
  g_assert_nonnull (weakest);
  g_assert_cmpstr (syl_domain_get_id (weakest->domain), ==, "d2");
  check_string (syl_quiz_format_domain_right (weakest), "5/10");

  g_array_set_size (report->domains, 0);
  g_assert_null (syl_quiz_weakest_domain (report));
}

static void
test_session_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_test_load_shipped_pack ();
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 42);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_drill_domain (builder, "d1", 6, &error);
  g_autoptr(SylSession) session = NULL;
  guint none = 0;
  guint first = 0;

  g_assert_no_error (error);
  session = syl_session_new (pack, NULL, NULL, plan, NULL, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 6);

  g_assert_true (syl_quiz_gives_feedback (syl_session_get_mode (session)));
  g_assert_false (syl_quiz_gives_feedback (SYL_QUIZ_MODE_EXAM));

  g_assert_cmpuint (syl_quiz_count_unanswered (session), ==, 6);
  g_assert_cmpuint (syl_quiz_count_flagged (session), ==, 0);

  g_assert_true (syl_session_answer (session, 0, &first, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (syl_quiz_has_choice (session, 0));
  g_assert_cmpuint (syl_quiz_count_unanswered (session), ==, 5);

  /* Clearing every option of an answer leaves the question unanswered,
   * for the session as for the grid. */
  g_assert_true (syl_session_answer (session, 1, &first, 1, FALSE, &error));
  g_assert_true (syl_session_answer (session, 1, &none, 0, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (syl_session_is_answered (session, 1));
  g_assert_false (syl_quiz_has_choice (session, 1));
  g_assert_cmpuint (syl_quiz_count_unanswered (session), ==, 5);

  g_assert_true (syl_session_set_flagged (session, 2, TRUE, &error));
  g_assert_true (syl_session_set_flagged (session, 4, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (syl_quiz_count_flagged (session), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/quiz-format/counter", test_counter);
  g_test_add_func ("/syl/quiz-format/clock", test_clock);
  g_test_add_func ("/syl/quiz-format/duration", test_duration);
  g_test_add_func ("/syl/quiz-format/choose", test_choose);
  g_test_add_func ("/syl/quiz-format/submit", test_submit);
  g_test_add_func ("/syl/quiz-format/grid-summary", test_grid_summary);
  g_test_add_func ("/syl/quiz-format/excerpt", test_excerpt);
  g_test_add_func ("/syl/quiz-format/review-state", test_review_state);
  g_test_add_func ("/syl/quiz-format/score-lines", test_score_lines);
  g_test_add_func ("/syl/quiz-format/weakest-first", test_weakest_first);
  g_test_add_func ("/syl/quiz-format/session-counts", test_session_counts);

  return g_test_run ();
}

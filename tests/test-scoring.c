/* test-scoring.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-scoring.h"
#include "syl-session-private.h"

static SylPack *pack;

static void
test_scaled (void)
{
  g_assert_cmpuint (syl_scoring_scaled_score (0, 65, 100, 1000), ==, 100);
  g_assert_cmpuint (syl_scoring_scaled_score (65, 65, 100, 1000), ==, 1000);
  /* 100 + 900 × 47/65 = 750.77 → 751; 46/65 → 736.92 → 737. */
  g_assert_cmpuint (syl_scoring_scaled_score (47, 65, 100, 1000), ==, 751);
  g_assert_cmpuint (syl_scoring_scaled_score (46, 65, 100, 1000), ==, 737);
  /* Exactly half way rounds up: 100 + 900 × 1/8 = 212.5. */
  g_assert_cmpuint (syl_scoring_scaled_score (1, 8, 100, 1000), ==, 213);
  g_assert_cmpuint (syl_scoring_scaled_score (0, 0, 100, 1000), ==, 100);

  g_assert_cmpfloat_with_epsilon (syl_scoring_pass_fraction (750, 100, 1000), 650.0 / 900.0, 1e-12);
  g_assert_cmpuint (syl_scoring_min_correct_to_pass (65, 750, 100, 1000), ==, 47);
  g_assert_cmpuint (syl_scoring_min_correct_to_pass (20, 750, 100, 1000), ==, 15);
  g_assert_cmpuint (syl_scoring_min_correct_to_pass (20, 1001, 100, 1000), ==, 21);
}

static void
test_correct_choice (void)
{
  /* engine-pack: single questions have option 1 right among four,
   * multiple ones options 0 and 2 among five. */
  SylQuestion *single = syl_pack_lookup_question (pack, "q1101");
  SylQuestion *multiple = syl_pack_lookup_question (pack, "q1103");

  g_assert_nonnull (single);
  g_assert_nonnull (multiple);
  g_assert_cmpint (syl_question_get_question_type (multiple), ==, SYL_QUESTION_MULTIPLE);

  g_assert_true (syl_scoring_is_correct_choice (single, (guint[]) { 1 }, 1));
  g_assert_false (syl_scoring_is_correct_choice (single, (guint[]) { 0 }, 1));
  g_assert_false (syl_scoring_is_correct_choice (single, NULL, 0));
  g_assert_false (syl_scoring_is_correct_choice (single, (guint[]) { 1, 2 }, 2));
  g_assert_false (syl_scoring_is_correct_choice (single, (guint[]) { 7 }, 1));

  g_assert_true (syl_scoring_is_correct_choice (multiple, (guint[]) { 0, 2 }, 2));
  g_assert_true (syl_scoring_is_correct_choice (multiple, (guint[]) { 2, 0 }, 2));
  g_assert_true (syl_scoring_is_correct_choice (multiple, (guint[]) { 2, 0, 2 }, 3));
  /* Partly right is wrong: a subset, a superset, a swap. */
  g_assert_false (syl_scoring_is_correct_choice (multiple, (guint[]) { 0 }, 1));
  g_assert_false (syl_scoring_is_correct_choice (multiple, (guint[]) { 0, 2, 4 }, 3));
  g_assert_false (syl_scoring_is_correct_choice (multiple, (guint[]) { 0, 3 }, 2));

  /* The model agrees. */
  g_assert_true (syl_question_is_correct_choice (multiple, (guint[]) { 0, 2 }, 2));
  g_assert_false (syl_question_is_correct_choice (multiple, (guint[]) { 0 }, 1));
}

static SylQuizPlan *
plan_of (const char * const *ids,
         const gboolean     *unscored)
{
  SylQuizPlan *plan = g_new0 (SylQuizPlan, 1);

  plan->mode = SYL_QUIZ_MODE_EXAM;
  plan->questions = g_ptr_array_new_with_free_func (g_object_unref);
  plan->unscored = g_array_new (FALSE, TRUE, sizeof (gboolean));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_ptr_array_add (plan->questions, g_object_ref (syl_pack_lookup_question (pack, ids[i])));
      g_array_append_val (plan->unscored, unscored[i]);
    }

  return plan;
}

static void
test_session_report (void)
{
  /* d1: 4 scored (3 right = 75 % ≥ 72.2 %), d2: 3 scored (2 right = 67 %),
   * d3: 1 unanswered; one unscored d3 question answered right. */
  static const char * const ids[] = {
    "q1101", "q1102", "q1103", "q1201", "q2101", "q2102", "q2203", "q3101", "q3102", NULL
  };
  static const gboolean unscored[] = { 0, 0, 0, 0, 0, 0, 0, 0, 1 };
  g_autoptr(SylQuizPlan) plan = plan_of (ids, unscored);
  g_autoptr(SylClock) clock = syl_clock_new_manual (0);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const SylScoreReport *report;
  const SylDomainScore *ds;

  session = syl_session_new (pack, NULL, clock, plan, NULL, 1, &error);
  g_assert_no_error (error);
  syl_session_start (session);

#define ANSWER(i, ...) \
  g_assert_true (syl_session_answer (session, i, (guint[]) { __VA_ARGS__ }, \
                                     G_N_ELEMENTS (((guint[]) { __VA_ARGS__ })), FALSE, &error))

  ANSWER (0, 1);
  ANSWER (1, 1);
  ANSWER (2, 0, 2);
  ANSWER (3, 0);          /* wrong */
  ANSWER (4, 1);
  ANSWER (5, 1);
  ANSWER (6, 0);          /* multiple, only one of two: wrong */
  ANSWER (8, 1);          /* unscored */
#undef ANSWER

  /* Before the end nothing tells the unscored question apart, yet the
   * score as it stands already leaves it out. */
  g_assert_false (syl_session_is_unscored (session, 8));
  {
    g_autoptr(SylScoreReport) so_far = syl_session_score (session);

    g_assert_cmpuint (so_far->n_scored, ==, 8);
    g_assert_cmpuint (so_far->n_correct, ==, 5);
  }

  syl_clock_advance (clock, 5 * 60 * G_USEC_PER_SEC);
  report = syl_session_finish (session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  g_assert_cmpuint (report->n_scored, ==, 8);
  g_assert_cmpuint (report->n_correct, ==, 5);
  g_assert_cmpuint (report->n_unanswered, ==, 1);
  g_assert_cmpuint (report->scaled, ==, syl_scoring_scaled_score (5, 8, 100, 1000));
  g_assert_cmpuint (report->scaled, ==, 663);
  g_assert_false (report->passed);
  g_assert_cmpint (report->time_used_ms, ==, 5 * 60 * 1000);
  g_assert_false (report->timed_out);

  g_assert_cmpuint (report->domains->len, ==, 3);
  ds = &g_array_index (report->domains, SylDomainScore, 0);
  g_assert_cmpstr (syl_domain_get_id (ds->domain), ==, "d1");
  g_assert_cmpuint (ds->n_scored, ==, 4);
  g_assert_cmpuint (ds->n_correct, ==, 3);
  g_assert_true (ds->meets);
  ds = &g_array_index (report->domains, SylDomainScore, 1);
  g_assert_cmpuint (ds->n_scored, ==, 3);
  g_assert_cmpuint (ds->n_correct, ==, 2);
  g_assert_false (ds->meets);
  ds = &g_array_index (report->domains, SylDomainScore, 2);
  g_assert_cmpuint (ds->n_scored, ==, 1);
  g_assert_cmpuint (ds->n_correct, ==, 0);
  g_assert_false (ds->meets);

  /* Unscored stays invisible to the score but known to the session. */
  g_assert_true (syl_session_is_unscored (session, 8));
  g_assert_true (syl_session_is_correct (session, 8));
}

static void
test_cleared (void)
{
  static const char * const ids[] = { "q1101", "q1102", "q1104", NULL };
  static const gboolean unscored[] = { 0, 0, 0 };
  g_autoptr(SylQuizPlan) plan = plan_of (ids, unscored);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(SylScoreReport) so_far = NULL;
  g_autoptr(GError) error = NULL;
  const SylScoreReport *report;

  session = syl_session_new (pack, NULL, NULL, plan, NULL, 1, &error);
  g_assert_no_error (error);

  /* Two right answers, one of them cleared again; one never answered. */
  g_assert_true (syl_session_answer (session, 0, (guint[]) { 1 }, 1, FALSE, &error));
  g_assert_true (syl_session_answer (session, 1, (guint[]) { 1 }, 1, FALSE, &error));
  g_assert_true (syl_session_answer (session, 1, NULL, 0, FALSE, &error));
  g_assert_no_error (error);

  so_far = syl_session_score (session);
  g_assert_cmpuint (so_far->n_correct, ==, 1);
  g_assert_cmpuint (so_far->n_unanswered, ==, 2);

  report = syl_session_finish (session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_scored, ==, 3);
  g_assert_cmpuint (report->n_correct, ==, 1);
  g_assert_cmpuint (report->n_unanswered, ==, 2);
  g_assert_cmpuint (report->scaled, ==, syl_scoring_scaled_score (1, 3, 100, 1000));
}

static void
test_pass (void)
{
  static const char * const ids[] = { "q1101", "q1102", "q1104", "q2101", NULL };
  static const gboolean unscored[] = { 0, 0, 0, 0 };
  g_autoptr(SylQuizPlan) plan = plan_of (ids, unscored);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const SylScoreReport *report;

  session = syl_session_new (pack, NULL, NULL, plan, NULL, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    g_assert_true (syl_session_answer (session, i, (guint[]) { 1 }, 1, FALSE, &error));
  g_assert_true (syl_session_answer (session, 3, (guint[]) { 1 }, 1, TRUE, &error));

  report = syl_session_finish (session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->scaled, ==, 1000);
  g_assert_true (report->passed);
  g_assert_true (g_array_index (report->domains, SylDomainScore, 0).meets);
  g_assert_true (g_array_index (report->domains, SylDomainScore, 1).meets);
  /* Not assessed is not "meets". */
  g_assert_cmpuint (g_array_index (report->domains, SylDomainScore, 2).n_scored, ==, 0);
  g_assert_false (g_array_index (report->domains, SylDomainScore, 2).meets);
}

/* The pass mark reached exactly is a pass: 18 scored questions put 13
 * right on 100 + 900 × 13/18 = 750 with no rounding. */
static void
test_pass_mark_exactly (void)
{
  static const char * const ids[] = {
    "q1101", "q1102", "q1104", "q1105", "q1107", "q1108", "q1110", "q1111", "q1201",
    "q1202", "q1204", "q1205", "q1207", "q1208", "q1210", "q1211", "q2101", "q2102", NULL
  };
  static const gboolean unscored[18] = { 0 };

  g_assert_cmpuint (syl_scoring_min_correct_to_pass (18, 750, 100, 1000), ==, 13);
  g_assert_cmpuint (syl_scoring_scaled_score (13, 18, 100, 1000), ==, 750);

  for (guint right = 12; right <= 13; right++)
    {
      g_autoptr(SylQuizPlan) plan = plan_of (ids, unscored);
      g_autoptr(SylSession) session = NULL;
      g_autoptr(GError) error = NULL;
      const SylScoreReport *report;

      session = syl_session_new (pack, NULL, NULL, plan, NULL, 1, &error);
      g_assert_no_error (error);
      /* Every one of these is single choice with option 1 right. */
      for (guint i = 0; i < 18; i++)
        g_assert_true (syl_session_answer (session, i, (guint[]) { i < right ? 1 : 0 }, 1, FALSE, &error));

      report = syl_session_finish (session, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (report->n_scored, ==, 18);
      g_assert_cmpuint (report->n_correct, ==, right);
      if (right == 13)
        {
          g_assert_cmpuint (report->scaled, ==, 750);
          g_assert_true (report->passed);
        }
      else
        {
          g_assert_cmpuint (report->scaled, ==, 700);
          g_assert_false (report->passed);
        }
    }
}

static void
fill_items (SylScoreItem *items,
            guint         from,
            guint         n,
            guint         n_right,
            gboolean      first_sight)
{
  for (guint i = 0; i < n; i++)
    items[from + i] = (SylScoreItem) {
      .question = syl_pack_lookup_question (pack, "q1101"),
      .answered = TRUE,
      .correct = i < n_right,
      .first_sight = first_sight,
    };
}

/* First sights and repeats are counted apart; the result is inflated only
 * past the margin, with enough questions on each side. */
static void
test_first_sight (void)
{
  static const struct
  {
    guint n_first, first_right, n_repeat, repeat_right;
    gboolean inflated;
  } cases[] = {
    { 30, 15, 30, 24, TRUE },     /* 50 % against 80 % */
    { 20, 10, 20, 13, FALSE },    /* 50 % against 65 %: luck explains it */
    { 300, 150, 300, 195, TRUE }, /* the same shares, many more questions */
    { 300, 150, 300, 180, FALSE },/* exactly the margin: 50 % against 60 % */
    { 300, 150, 300, 183, TRUE }, /* 61 %: past the margin, past luck */
    { 20, 15, 20, 5, FALSE },     /* repeats lower: not inflated */
    { 4, 0, 30, 30, FALSE },      /* too few first sights to compare */
    { 30, 0, 4, 4, FALSE },       /* too few repeats */
    { 5, 0, 5, 5, TRUE },         /* the fewest that compare */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = cases[c].n_first + cases[c].n_repeat;
      g_autofree SylScoreItem *items = g_new0 (SylScoreItem, n + 1);
      g_autoptr(SylScoreReport) report = NULL;

      fill_items (items, 0, cases[c].n_first, cases[c].first_right, TRUE);
      fill_items (items, cases[c].n_first, cases[c].n_repeat, cases[c].repeat_right, FALSE);
      /* An unscored question counts on neither side. */
      items[n] = (SylScoreItem) { .question = items[0].question, .answered = TRUE,
                                  .correct = TRUE, .unscored = TRUE, .first_sight = TRUE };

      report = syl_scoring_score (pack, items, n + 1, 0, FALSE);
      g_assert_cmpuint (report->n_scored, ==, n);
      g_assert_cmpuint (report->n_first_sight, ==, cases[c].n_first);
      g_assert_cmpuint (report->n_first_sight_correct, ==, cases[c].first_right);
      g_assert_cmpuint (report->n_repeat, ==, cases[c].n_repeat);
      g_assert_cmpuint (report->n_repeat_correct, ==, cases[c].repeat_right);
      g_assert_cmpint (report->inflated, ==, cases[c].inflated);
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

  g_test_add_func ("/syl/scoring/scaled", test_scaled);
  g_test_add_func ("/syl/scoring/correct-choice", test_correct_choice);
  g_test_add_func ("/syl/scoring/session-report", test_session_report);
  g_test_add_func ("/syl/scoring/cleared", test_cleared);
  g_test_add_func ("/syl/scoring/pass", test_pass);
  g_test_add_func ("/syl/scoring/pass-mark-exactly", test_pass_mark_exactly);
  g_test_add_func ("/syl/scoring/first-sight", test_first_sight);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

/* test-fsrs.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reference values were computed with an independent transcription of the
 * published FSRS-6 formulas (py-fsrs scheduler.py) in double precision,
 * except those of the /syl/fsrs/reference/ cases, which are the published
 * test values of fsrs-rs (src/model.rs: test_power_forgetting_curve,
 * test_next_difficulty, test_next_stability) for the default parameters.
 * fsrs-rs computes in single precision, so those agree to about 1e-6
 * relative; we allow 1e-5. */

#include "config.h"

#include <math.h>

#include "syl-fsrs.h"

#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)
#define EPS 1e-9
#define REFERENCE_REL 1e-5

static SylFsrsParams params;

static void
assert_close_rel (double      actual,
                  double      expected,
                  const char *what,
                  guint       i)
{
  if (fabs (actual - expected) > REFERENCE_REL * fabs (expected))
    g_error ("%s[%u] = %.9g, expected %.9g", what, i, actual, expected);
}

static void
test_defaults (void)
{
  static const double expected[SYL_FSRS_N_PARAMS] = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
    1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
    1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  };

  for (guint i = 0; i < SYL_FSRS_N_PARAMS; i++)
    g_assert_cmpfloat (params.w[i], ==, expected[i]);
  g_assert_cmpfloat (params.desired_retention, ==, 0.9);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_factor (&params), 0.980346494413, 1e-11);
  g_assert_cmpfloat (syl_fsrs_decay (&params), ==, -0.1542);
}

static void
test_forgetting_curve (void)
{
  double s_values[] = { 0.5, 1.0, 2.3065, 10.0, 365.0 };

  for (guint i = 0; i < G_N_ELEMENTS (s_values); i++)
    {
      double s = s_values[i];

      /* By construction R(S, S) = 0.9, R(0) = 1, and it decreases. */
      g_assert_cmpfloat_with_epsilon (syl_fsrs_retrievability (&params, s, s), 0.9, 1e-12);
      g_assert_cmpfloat_with_epsilon (syl_fsrs_retrievability (&params, s, 0), 1.0, 1e-12);
      g_assert_cmpfloat (syl_fsrs_retrievability (&params, s, 2 * s), <,
                         syl_fsrs_retrievability (&params, s, s));
      /* At 90 % desired retention the interval equals the stability. */
      g_assert_cmpfloat_with_epsilon (syl_fsrs_interval_days (&params, s), s, 1e-9);
    }

  /* The interval inverts the curve for any desired retention. */
  params.desired_retention = 0.8;
  g_assert_cmpfloat_with_epsilon (syl_fsrs_interval_days (&params, 10.0), 33.159597862310, 1e-9);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_retrievability (&params, 10.0, 33.159597862310), 0.8, 1e-12);
  params.desired_retention = 0.95;
  g_assert_cmpfloat_with_epsilon (syl_fsrs_interval_days (&params, 10.0), 4.025586919900, 1e-9);
  g_assert_cmpuint (syl_fsrs_next_interval_days (&params, 10.0), ==, 4);
  g_assert_cmpuint (syl_fsrs_next_interval_days (&params, 0.01), ==, 1);
  syl_fsrs_params_init_default (&params);
}

static void
test_initial (void)
{
  g_assert_cmpfloat (syl_fsrs_initial_stability (&params, SYL_FSRS_AGAIN), ==, 0.212);
  g_assert_cmpfloat (syl_fsrs_initial_stability (&params, SYL_FSRS_HARD), ==, 1.2931);
  g_assert_cmpfloat (syl_fsrs_initial_stability (&params, SYL_FSRS_GOOD), ==, 2.3065);
  g_assert_cmpfloat (syl_fsrs_initial_stability (&params, SYL_FSRS_EASY), ==, 8.2956);

  g_assert_cmpfloat_with_epsilon (syl_fsrs_initial_difficulty (&params, SYL_FSRS_AGAIN), 6.4133, EPS);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_initial_difficulty (&params, SYL_FSRS_HARD), 5.112170705601, EPS);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_initial_difficulty (&params, SYL_FSRS_GOOD), 2.118103970459, EPS);
  /* Easy would be below 1 and is clamped. */
  g_assert_cmpfloat (syl_fsrs_initial_difficulty (&params, SYL_FSRS_EASY), ==, 1.0);
}

static void
test_difficulty (void)
{
  g_assert_cmpfloat_with_epsilon (syl_fsrs_next_difficulty (&params, 5.0, SYL_FSRS_AGAIN), 8.341762369297, EPS);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_next_difficulty (&params, 5.0, SYL_FSRS_EASY), 3.314461369297, EPS);
  /* Linear damping: close to 10, Again barely moves it. */
  g_assert_cmpfloat_with_epsilon (syl_fsrs_next_difficulty (&params, 9.9, SYL_FSRS_AGAIN), 9.952359049297, EPS);
  g_assert_cmpfloat (syl_fsrs_next_difficulty (&params, 10.0, SYL_FSRS_AGAIN), <=, 10.0);
}

static void
test_stability (void)
{
  g_assert_cmpfloat_with_epsilon (syl_fsrs_recall_stability (&params, 5, 10, 0.8, SYL_FSRS_GOOD), 55.878458073168, 1e-8);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_recall_stability (&params, 5, 10, 0.8, SYL_FSRS_HARD), 37.591304685204, 1e-8);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_recall_stability (&params, 5, 10, 0.8, SYL_FSRS_EASY), 95.925764125237, 1e-8);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_forget_stability (&params, 5, 10, 0.8), 1.641420791984, 1e-9);
  /* FSRS-6: after a lapse stability never exceeds what it was. */
  g_assert_cmpfloat_with_epsilon (syl_fsrs_forget_stability (&params, 5, 0.5, 0.8), 0.210202162375, 1e-9);
  g_assert_cmpfloat (syl_fsrs_forget_stability (&params, 1, 0.3, 0.1), <=, 0.3);

  g_assert_cmpfloat_with_epsilon (syl_fsrs_short_term_stability (&params, 2.3065, SYL_FSRS_GOOD), 2.3065, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_short_term_stability (&params, 2.3065, SYL_FSRS_AGAIN), 0.775083982856, 1e-9);
  /* Good and Easy on the same day never lower stability. */
  g_assert_cmpfloat (syl_fsrs_short_term_stability (&params, 10, SYL_FSRS_GOOD), ==, 10);
  g_assert_cmpfloat_with_epsilon (syl_fsrs_short_term_stability (&params, 0.5, SYL_FSRS_EASY), 0.945953281857, 1e-9);
}

/* fsrs-rs test_power_forgetting_curve: R(t, S) pairwise. */
static void
test_reference_forgetting_curve (void)
{
  static const double t[] = { 0, 1, 2, 3, 4, 5 };
  static const double s[] = { 1, 2, 3, 4, 4, 2 };
  static const double expected[] = { 1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_close_rel (syl_fsrs_retrievability (&params, s[i], t[i]), expected[i], "R", i);
}

/* fsrs-rs test_next_difficulty: from D = 5 for grades 1 to 4. fsrs-rs
 * tests linear damping alone ([8.354889, 6.6774445, 5.0, 3.3225555]) and
 * then mean reversion towards D0(4); ours does both in one step, so it
 * must give the second list. */
static void
test_reference_difficulty (void)
{
  static const double expected[] = { 8.341763, 6.6659956, 4.990228, 3.3144615 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_close_rel (syl_fsrs_next_difficulty (&params, 5.0, SYL_FSRS_AGAIN + i), expected[i], "D'", i);
}

/* fsrs-rs test_next_stability: S = 5, and D, R and G taken pairwise, with
 * D = G. The first list is stability_after_success for every element, the
 * first (G = 1, Again) included: there neither the Hard penalty nor the
 * Easy bonus applies. A review graded Again goes to stability_after_failure
 * instead (the second list), so through syl_fsrs_review the first element
 * becomes 1.0525396 — the third list, fsrs-rs's next_stability. */
static void
test_reference_stability (void)
{
  static const double d[] = { 1, 2, 3, 4 };
  static const double r[] = { 0.9, 0.8, 0.7, 0.6 };
  static const double after_success[] = { 25.602541, 28.226582, 58.656002, 127.226685 };
  static const double after_failure[] = { 1.0525396, 1.1894329, 1.3680838, 1.584989 };
  static const double next[] = { 1.0525396, 28.226582, 58.656002, 127.226685 };
  gint64 now = G_GINT64_CONSTANT (1767225600) * G_USEC_PER_SEC;

  for (guint i = 0; i < G_N_ELEMENTS (d); i++)
    {
      SylFsrsGrade grade = SYL_FSRS_AGAIN + i;

      assert_close_rel (syl_fsrs_recall_stability (&params, d[i], 5.0, r[i], grade),
                        after_success[i], "S'r", i);
      assert_close_rel (syl_fsrs_forget_stability (&params, d[i], 5.0, r[i]),
                        after_failure[i], "S'f", i);
    }

  /* The same through a review, the card last seen when recall had fallen
   * to r: that is the interval for a desired retention of r. */
  for (guint i = 0; i < G_N_ELEMENTS (d); i++)
    {
      SylFsrsParams at_r = params;
      SylFsrsCard card = { .stability = 5.0, .difficulty = d[i], .reps = 1 };
      double elapsed;

      at_r.desired_retention = r[i];
      elapsed = syl_fsrs_interval_days (&at_r, 5.0);
      card.last_review_us = now - (gint64) round (elapsed * DAY_US);
      assert_close_rel (syl_fsrs_card_retrievability (&params, &card, now), r[i], "R", i);

      syl_fsrs_review (&params, &card, SYL_FSRS_AGAIN + i, now);
      assert_close_rel (card.stability, next[i], "S'", i);
      g_assert_cmpuint (card.lapses, ==, i == 0 ? 1 : 0);
    }
}

typedef struct
{
  SylFsrsGrade grade;
  double       stability;
  double       difficulty;
  guint        interval;
} Step;

static void
test_review_sequence (void)
{
  /* Each review on the day it falls due. */
  static const Step steps[] = {
    { SYL_FSRS_GOOD,  2.3065000000, 2.1181039705, 2 },
    { SYL_FSRS_GOOD, 10.9643323358, 2.1112142358, 11 },
    { SYL_FSRS_GOOD, 46.2802172876, 2.1043313908, 46 },
    { SYL_FSRS_AGAIN, 2.9325804542, 7.3899757880, 3 },
    { SYL_FSRS_GOOD,  7.7782257448, 7.3778141815, 8 },
    { SYL_FSRS_GOOD, 18.7816340168, 7.3656647366, 19 },
    { SYL_FSRS_EASY, 61.3856942700, 6.4706210209, 61 },
    { SYL_FSRS_HARD, 106.5523753228, 7.6422621339, 107 },
  };
  SylFsrsCard card = { 0 };
  gint64 now = G_GINT64_CONSTANT (1767225600) * G_USEC_PER_SEC;   /* 2026-01-01 */

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      syl_fsrs_review (&params, &card, steps[i].grade, now);
      g_assert_cmpfloat_with_epsilon (card.stability, steps[i].stability, 1e-8);
      g_assert_cmpfloat_with_epsilon (card.difficulty, steps[i].difficulty, 1e-8);
      g_assert_cmpint (card.due_us - now, ==, steps[i].interval * DAY_US);
      g_assert_cmpuint (card.reps, ==, i + 1);
      now = card.due_us;
    }
  g_assert_cmpuint (card.lapses, ==, 1);
}

static void
test_same_day (void)
{
  SylFsrsCard card = { 0 };
  gint64 now = G_GINT64_CONSTANT (1767225600) * G_USEC_PER_SEC;

  syl_fsrs_review (&params, &card, SYL_FSRS_GOOD, now);
  syl_fsrs_review (&params, &card, SYL_FSRS_AGAIN, now + DAY_US / 100);
  g_assert_cmpfloat_with_epsilon (card.stability, 0.7750839829, 1e-9);
  g_assert_cmpfloat_with_epsilon (card.difficulty, 7.3945027413, 1e-9);
  syl_fsrs_review (&params, &card, SYL_FSRS_GOOD, now + DAY_US / 50);
  g_assert_cmpfloat_with_epsilon (card.stability, 0.8281648000, 1e-9);
  g_assert_cmpfloat_with_epsilon (card.difficulty, 7.3823366078, 1e-9);
  g_assert_cmpint (card.due_us, ==, now + DAY_US / 50 + DAY_US);

  g_assert_cmpfloat (syl_fsrs_card_retrievability (&params, &card, card.last_review_us), ==, 1.0);
  g_assert_cmpfloat (syl_fsrs_card_retrievability (&params, &(SylFsrsCard) { 0 }, now), ==, 0.0);
}

static void
test_grades (void)
{
  g_assert_cmpint (syl_fsrs_grade_for_answer (FALSE, FALSE, 1000, 0), ==, SYL_FSRS_AGAIN);
  g_assert_cmpint (syl_fsrs_grade_for_answer (FALSE, TRUE, 1000, 0), ==, SYL_FSRS_AGAIN);
  g_assert_cmpint (syl_fsrs_grade_for_answer (TRUE, TRUE, 1000, 0), ==, SYL_FSRS_HARD);
  g_assert_cmpint (syl_fsrs_grade_for_answer (TRUE, FALSE, 29999, 0), ==, SYL_FSRS_EASY);
  g_assert_cmpint (syl_fsrs_grade_for_answer (TRUE, FALSE, 30000, 0), ==, SYL_FSRS_GOOD);
  /* A 1,000-character scenario may take 50 s and still be easy. */
  g_assert_cmpint (syl_fsrs_grade_for_answer (TRUE, FALSE, 45000, 1000), ==, SYL_FSRS_EASY);
  g_assert_cmpint (syl_fsrs_grade_for_answer (TRUE, FALSE, 55000, 1000), ==, SYL_FSRS_GOOD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  syl_fsrs_params_init_default (&params);

  g_test_add_func ("/syl/fsrs/defaults", test_defaults);
  g_test_add_func ("/syl/fsrs/forgetting-curve", test_forgetting_curve);
  g_test_add_func ("/syl/fsrs/initial", test_initial);
  g_test_add_func ("/syl/fsrs/difficulty", test_difficulty);
  g_test_add_func ("/syl/fsrs/stability", test_stability);
  g_test_add_func ("/syl/fsrs/reference/forgetting-curve", test_reference_forgetting_curve);
  g_test_add_func ("/syl/fsrs/reference/difficulty", test_reference_difficulty);
  g_test_add_func ("/syl/fsrs/reference/stability", test_reference_stability);
  g_test_add_func ("/syl/fsrs/review-sequence", test_review_sequence);
  g_test_add_func ("/syl/fsrs/same-day", test_same_day);
  g_test_add_func ("/syl/fsrs/grades", test_grades);

  return g_test_run ();
}

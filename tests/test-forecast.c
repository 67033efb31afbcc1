/* test-forecast.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-scoring.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

static SylPack *pack;

static double
binomial_tail (guint  n,
               double p,
               guint  k)
{
  double sum = 0;

  for (guint j = k; j <= n; j++)
    {
      double c = 1;

      for (guint i = 0; i < j; i++)
        c = c * (n - i) / (i + 1);
      sum += c * pow (p, j) * pow (1 - p, n - j);
    }

  return sum;
}

static void
test_pass_probability (void)
{
  const double p1[] = { 1.0 };
  const double p0[] = { 0.0 };
  const double half[] = { 0.5 };
  const guint n10[] = { 10 };
  const double mix_p[] = { 0.9, 0.2, 0.6 };
  const guint mix_n[] = { 2, 3, 1 };
  double brute = 0;

  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability (p1, n10, 1, 10), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability (p0, n10, 1, 1), 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability (p0, n10, 1, 0), 1.0, 1e-12);
  g_assert_cmpfloat (syl_forecast_pass_probability (half, n10, 1, 11), ==, 0.0);
  /* Binomial(10, ½) ≥ 6 = 386/1024. */
  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability (half, n10, 1, 6), 386.0 / 1024.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability ((double[]) { 0.7 }, (guint[]) { 65 }, 1, 47),
                                  binomial_tail (65, 0.7, 47), 1e-12);

  /* Poisson-binomial against enumerating all 2^6 outcomes. */
  for (guint mask = 0; mask < 64; mask++)
    {
      double prob = 1;
      guint right = 0, bit = 0;

      for (guint g = 0; g < 3; g++)
        for (guint t = 0; t < mix_n[g]; t++, bit++)
          {
            gboolean ok = (mask >> bit) & 1;

            prob *= ok ? mix_p[g] : 1 - mix_p[g];
            right += ok;
          }
      if (right >= 4)
        brute += prob;
    }
  g_assert_cmpfloat_with_epsilon (syl_forecast_pass_probability (mix_p, mix_n, 3, 4), brute, 1e-12);
}

static void
test_no_progress (void)
{
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  double p = SYL_FORECAST_UNSEEN_RECALL;

  forecast = syl_forecast_new (pack, NULL, T0, &error);
  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_fraction (forecast), p, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_score (forecast), 100 + 900 * p, 1e-9);
  /* 20 scored questions: sd = 900 · √(20 p (1 − p)) / 20. */
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_score_sd (forecast), 900 * sqrt (20 * p * (1 - p)) / 20, 1e-9);
  /* Needs 15 of 20. */
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_pass_probability (forecast), binomial_tail (20, p, 15), 1e-12);
  g_assert_cmpfloat (syl_forecast_get_pass_probability (forecast), <, 0.001);

  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "1.1")), p, 1e-12);
  g_assert_cmpfloat (syl_forecast_get_task_coverage (forecast, syl_pack_lookup_task (pack, "1.1")), ==, 0);
}

/* Each answer in its own session, as separate quizzes would be. */
static void
record (SylTestProgress *p,
        const char      *question_id,
        gboolean         correct,
        gint64           at)
{
  g_autoptr(GError) error = NULL;
  SylStoreSession s = {
    .mode = (char *) "drill", .pack_id = (char *) "engine-test",
    .question_ids = (char *[]) { (char *) question_id, NULL }, .started_at_us = at,
  };
  SylStoreAnswer a = {
    .question_id = (char *) question_id, .chosen = (char *) "1",
    .correct = correct, .time_ms = 40000, .answered_at_us = at,
  };

  a.session_id = syl_store_insert_session (p->store, &s, &error);
  g_assert_no_error (error);
  syl_store_record_answer (p->store, &a, &error);
  g_assert_no_error (error);
}

static double
guessed (double       r,
         SylQuestion *question)
{
  return r + (1.0 - r) * syl_forecast_guess_chance (question);
}

static void
test_guess_chance (void)
{
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_single = 0, n_two_of_five = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      guint n = syl_question_get_n_options (q);
      guint k = syl_question_get_n_correct (q);

      if (k == 1)
        {
          g_assert_cmpfloat_with_epsilon (syl_forecast_guess_chance (q), 1.0 / n, 1e-12);
          n_single++;
        }
      else if (n == 5 && k == 2)
        {
          /* One right set among ten. */
          g_assert_cmpfloat_with_epsilon (syl_forecast_guess_chance (q), 0.1, 1e-12);
          n_two_of_five++;
        }
    }

  g_assert_cmpuint (n_single, >, 0);
  g_assert_cmpuint (n_two_of_five, >, 0);
}

static void
test_mastery (void)
{
  SylTestProgress p;
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) domains = NULL;
  SylTask *t11, *t12, *t22;
  GListModel *questions;
  const SylFsrsParams *params;
  double r;
  double expected_11;
  double mean_11;
  double alpha_11;

  syl_test_progress_init (&p, "syl-forecast-XXXXXX", T0);
  params = syl_store_get_fsrs_params (p.store);

  /* Task 1.1: every question right (Good: 40 s > 30 s) at T0.
   * Task 2.2: q2201 wrong at T0. */
  for (guint q = 1; q <= 12; q++)
    {
      g_autofree char *id = g_strdup_printf ("q11%02u", q);
      record (&p, id, TRUE, T0);
    }
  record (&p, "q2201", FALSE, T0);

  forecast = syl_forecast_new (pack, p.store, T0 + 2 * DAY_US, &error);
  g_assert_no_error (error);

  /* %NULL scheduler parameters are the defaults, which a new store has. */
  {
    g_autoptr(GPtrArray) states = syl_store_dup_question_states (p.store, "engine-test", &error);
    g_autoptr(SylForecast) with_defaults = NULL;

    g_assert_no_error (error);
    with_defaults = syl_forecast_new_from_states (pack, states, NULL, T0 + 2 * DAY_US);
    g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_score (with_defaults),
                                    syl_forecast_get_expected_score (forecast), 1e-9);
  }

  /* p = R(2 days, S0(Good)) × (1 + 2m) / (1 + 2), m the prior from the
   * other 11 questions of the task, all right. */
  r = syl_fsrs_retrievability (params, syl_fsrs_initial_stability (params, SYL_FSRS_GOOD), 2.0);
  /* A forgotten question can still be guessed. */
  expected_11 = guessed (r, syl_pack_lookup_question (pack, "q1101"))
                * (1.0 + 2.0 * syl_forecast_task_prior (11, 11)) / 3.0;
  /* The task's mastery is the mean over its questions, whose guess
   * chances differ between single and multiple response. */
  mean_11 = 0.0;
  alpha_11 = 0.0;
  for (guint q = 1; q <= 12; q++)
    {
      g_autofree char *id = g_strdup_printf ("q11%02u", q);
      double e = guessed (r, syl_pack_lookup_question (pack, id))
                 * (1.0 + 2.0 * syl_forecast_task_prior (11, 11)) / 3.0;

      mean_11 += e / 12.0;
      if (q % 2 == 1)
        alpha_11 += e;
    }
  t11 = syl_pack_lookup_task (pack, "1.1");
  t12 = syl_pack_lookup_task (pack, "1.2");
  t22 = syl_pack_lookup_task (pack, "2.2");
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q1101")),
                                  expected_11, 1e-9);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_mastery (forecast, t11), mean_11, 1e-9);
  g_assert_cmpfloat (syl_forecast_get_task_coverage (forecast, t11), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_mastery (forecast, t12), SYL_FORECAST_UNSEEN_RECALL, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_coverage (forecast, t22), 1.0 / 12.0, 1e-12);
  g_assert_cmpfloat (syl_forecast_get_task_mastery (forecast, t22), <, SYL_FORECAST_UNSEEN_RECALL);
  /* The other questions of 2.2 take the prior of one wrong answer; the
   * one answered has nothing else in its task to go on. */
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q2202")),
                                  syl_forecast_task_prior (1, 0), 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q2201")),
                                  guessed (syl_fsrs_retrievability (params, syl_fsrs_initial_stability (params, SYL_FSRS_AGAIN), 2.0),
                                           syl_pack_lookup_question (pack, "q2201"))
                                  * 2.0 * SYL_FORECAST_UNSEEN_RECALL / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_domain_mastery (forecast, syl_pack_lookup_domain (pack, "d1")),
                                  (mean_11 + SYL_FORECAST_UNSEEN_RECALL) / 2, 1e-9);

  /* Services: alpha has the odd questions (q2201 among them), beta the
   * even ones; each task contributes 6 to each. */
  {
    double alpha = syl_forecast_get_service_mastery (forecast, syl_pack_lookup_service (pack, "alpha"));
    double p2201 = syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q2201"));
    double prior_22 = syl_forecast_task_prior (1, 0);
    double expected_alpha = (alpha_11 + p2201 + 5 * prior_22 + 24 * SYL_FORECAST_UNSEEN_RECALL) / 36;
    double unseen_beta = (5 * SYL_FORECAST_UNSEEN_RECALL) / 36;

    g_assert_cmpfloat_with_epsilon (alpha, expected_alpha, 1e-9);
    g_assert_cmpfloat (syl_forecast_get_service_mastery (forecast, syl_pack_lookup_service (pack, "beta")), >, unseen_beta);
  }

  tasks = syl_forecast_dup_tasks_by_mastery (forecast);
  g_assert_cmpuint (tasks->len, ==, 6);
  g_assert_true (g_ptr_array_index (tasks, 0) == t22);
  g_assert_true (g_ptr_array_index (tasks, 1) == t12);
  g_assert_true (g_ptr_array_index (tasks, 5) == t11);
  domains = syl_forecast_dup_domains_by_mastery (forecast);
  g_assert_cmpstr (syl_domain_get_id (g_ptr_array_index (domains, 0)), ==, "d2");
  g_assert_cmpstr (syl_domain_get_id (g_ptr_array_index (domains, 2)), ==, "d1");

  /* The expected score rises with mastery of d1 (half the exam). */
  g_assert_cmpfloat (syl_forecast_get_expected_score (forecast), >, 100 + 900 * SYL_FORECAST_UNSEEN_RECALL);

  /* Consistency of the summary numbers with the exam allocation
   * (10/6/4 questions from d1/d2/d3). */
  {
    double m1 = syl_forecast_get_domain_mastery (forecast, syl_pack_lookup_domain (pack, "d1"));
    double m2 = syl_forecast_get_domain_mastery (forecast, syl_pack_lookup_domain (pack, "d2"));
    double m3 = syl_forecast_get_domain_mastery (forecast, syl_pack_lookup_domain (pack, "d3"));
    double mean = 10 * m1 + 6 * m2 + 4 * m3;
    double var = 10 * m1 * (1 - m1) + 6 * m2 * (1 - m2) + 4 * m3 * (1 - m3);

    g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_score (forecast), 100 + 900 * mean / 20, 1e-9);
    g_assert_cmpfloat_with_epsilon (syl_forecast_get_score_sd (forecast), 900 * sqrt (var) / 20, 1e-9);
    g_assert_cmpfloat_with_epsilon (syl_forecast_get_pass_probability (forecast),
                                    syl_forecast_pass_probability ((double[]) { m1, m2, m3 },
                                                                   (guint[]) { 10, 6, 4 }, 3, 15), 1e-12);
  }

  /* Forgetting: the same progress a year later forecasts less. */
  {
    g_autoptr(SylForecast) later = syl_forecast_new (pack, p.store, T0 + 365 * DAY_US, &error);

    g_assert_cmpfloat (syl_forecast_get_task_mastery (later, t11), <,
                       syl_forecast_get_task_mastery (forecast, t11));
  }

  questions = syl_pack_get_questions (pack);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 72);
  syl_test_progress_clear (&p);
}

static void
test_prior_formula (void)
{
  const double p0 = SYL_FORECAST_UNSEEN_RECALL;
  const double k = SYL_FORECAST_PRIOR_ANSWERS;

  g_assert_cmpfloat (syl_forecast_task_prior (0, 0), ==, p0);
  g_assert_cmpfloat_with_epsilon (syl_forecast_task_prior (12, 12), (12 + k * p0) / (12 + k), 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_forecast_task_prior (7, 2), (2 + k * p0) / (7 + k), 1e-12);

  /* Right answers raise it, wrong ones lower it, and the more answers the
   * further it moves from p0, towards the record's accuracy. */
  g_assert_cmpfloat (syl_forecast_task_prior (1, 1), >, p0);
  g_assert_cmpfloat (syl_forecast_task_prior (1, 0), <, p0);
  g_assert_cmpfloat (syl_forecast_task_prior (20, 20), >, syl_forecast_task_prior (4, 4));
  g_assert_cmpfloat (syl_forecast_task_prior (20, 0), <, syl_forecast_task_prior (4, 0));
  g_assert_cmpfloat (syl_forecast_task_prior (1000, 1000), >, 0.99);
  g_assert_cmpfloat (syl_forecast_task_prior (1000, 0), <, 0.01);
  /* An accuracy equal to p0 leaves it where it was. */
  g_assert_cmpfloat_with_epsilon (syl_forecast_task_prior (20, 7), p0, 1e-12);
}

static void
test_prior_from_task (void)
{
  SylTestProgress p;
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  double strong, weak, fresh;

  syl_test_progress_init (&p, "syl-forecast-XXXXXX", T0);

  /* Task 1.1: six questions right, one of them twice. Task 2.2: six
   * questions wrong, one of them twice. Task 1.2: nothing. */
  for (guint q = 1; q <= 6; q++)
    {
      g_autofree char *right = g_strdup_printf ("q11%02u", q);
      g_autofree char *wrong = g_strdup_printf ("q22%02u", q);

      record (&p, right, TRUE, T0);
      record (&p, wrong, FALSE, T0);
    }
  record (&p, "q1101", TRUE, T0 + DAY_US);
  record (&p, "q2201", FALSE, T0 + DAY_US);

  forecast = syl_forecast_new (pack, p.store, T0 + 2 * DAY_US, &error);
  g_assert_no_error (error);

  strong = syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q1107"));
  weak = syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q2207"));
  fresh = syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, "q1207"));

  /* Every answer counts, the repeated ones too: 7 of 7, and 0 of 7. */
  g_assert_cmpfloat_with_epsilon (strong, syl_forecast_task_prior (7, 7), 1e-12);
  g_assert_cmpfloat_with_epsilon (weak, syl_forecast_task_prior (7, 0), 1e-12);
  g_assert_cmpfloat (strong, >, SYL_FORECAST_UNSEEN_RECALL);
  g_assert_cmpfloat (weak, <, SYL_FORECAST_UNSEEN_RECALL);
  g_assert_cmpfloat (fresh, ==, SYL_FORECAST_UNSEEN_RECALL);

  /* Every unseen question of a task shares its prior. */
  for (guint q = 7; q <= 12; q++)
    {
      g_autofree char *id_11 = g_strdup_printf ("q11%02u", q);
      g_autofree char *id_22 = g_strdup_printf ("q22%02u", q);

      g_assert_cmpfloat (syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, id_11)), ==, strong);
      g_assert_cmpfloat (syl_forecast_get_question_recall (forecast, syl_pack_lookup_question (pack, id_22)), ==, weak);
    }

  /* Answered questions smooth their own accuracy towards the prior of the
   * task's other answers. Just after q1101's second answer (R = 1): 2 of
   * 2, and 5 of 5 elsewhere in the task. */
  {
    g_autoptr(SylForecast) then = syl_forecast_new (pack, p.store, T0 + DAY_US, &error);

    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (then, syl_pack_lookup_question (pack, "q1101")),
                                    (2 + 2 * syl_forecast_task_prior (5, 5)) / 4, 1e-9);
    g_assert_cmpfloat_with_epsilon (syl_forecast_get_question_recall (then, syl_pack_lookup_question (pack, "q2201")),
                                    (0 + 2 * syl_forecast_task_prior (5, 0)) / 4, 1e-9);
  }

  /* And it carries into mastery: the untouched task sits between. */
  g_assert_cmpfloat (syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "2.2")), <,
                     syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "1.2")));
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "1.2")),
                                  SYL_FORECAST_UNSEEN_RECALL, 1e-12);

  syl_test_progress_clear (&p);
}

/* However strong or weak the learner is in a task, a first answer that is
 * right raises its mastery, and one that is wrong lowers it. */
static void
test_first_answer (void)
{
  static const struct {
    gboolean record_right;
    gboolean answer_right;
  } cases[] = {
    { TRUE, TRUE }, { TRUE, FALSE }, { FALSE, TRUE }, { FALSE, FALSE },
  };
  SylTask *task = syl_pack_lookup_task (pack, "1.1");

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      SylTestProgress p;
      g_autoptr(SylForecast) before = NULL;
      g_autoptr(SylForecast) after = NULL;
      g_autoptr(GError) error = NULL;
      SylQuestion *question = syl_pack_lookup_question (pack, "q1112");
      gint64 now = T0 + 3 * DAY_US;
      double unseen;

      syl_test_progress_init (&p, "syl-forecast-XXXXXX", T0);
      for (guint q = 1; q <= 8; q++)
        {
          g_autofree char *id = g_strdup_printf ("q11%02u", q);
          record (&p, id, cases[c].record_right, T0);
        }

      before = syl_forecast_new (pack, p.store, now, &error);
      g_assert_no_error (error);
      unseen = syl_forecast_get_question_recall (before, question);
      g_assert_cmpfloat_with_epsilon (unseen, syl_forecast_task_prior (8, cases[c].record_right ? 8 : 0), 1e-12);

      record (&p, "q1112", cases[c].answer_right, now);
      after = syl_forecast_new (pack, p.store, now, &error);
      g_assert_no_error (error);

      if (cases[c].answer_right)
        {
          g_assert_cmpfloat (syl_forecast_get_question_recall (after, question), >, unseen);
          g_assert_cmpfloat (syl_forecast_get_task_mastery (after, task), >,
                             syl_forecast_get_task_mastery (before, task));
        }
      else
        {
          g_assert_cmpfloat (syl_forecast_get_question_recall (after, question), <, unseen);
          g_assert_cmpfloat (syl_forecast_get_task_mastery (after, task), <,
                             syl_forecast_get_task_mastery (before, task));
        }

      syl_test_progress_clear (&p);
    }
}

static void
test_ready (void)
{
  SylTestProgress p;
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *questions = syl_pack_get_questions (pack);

  syl_test_progress_init (&p, "syl-forecast-XXXXXX", T0);

  /* Everything right four times, spaced out: a learner who is ready. */
  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
      {
        g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
        record (&p, syl_question_get_id (q), TRUE, T0 + round * 10 * DAY_US);
      }

  forecast = syl_forecast_new (pack, p.store, T0 + 31 * DAY_US, &error);
  g_assert_no_error (error);
  g_test_message ("expected %.0f ± %.0f, pass %.2f",
                  syl_forecast_get_expected_score (forecast),
                  syl_forecast_get_score_sd (forecast),
                  syl_forecast_get_pass_probability (forecast));
  g_assert_cmpfloat (syl_forecast_get_expected_score (forecast), >, 750);
  g_assert_cmpfloat (syl_forecast_get_pass_probability (forecast), >, 0.5);
  g_assert_cmpfloat (syl_forecast_get_expected_score (forecast), <=, 1000);

  syl_test_progress_clear (&p);
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

  g_test_add_func ("/syl/forecast/pass-probability", test_pass_probability);
  g_test_add_func ("/syl/forecast/no-progress", test_no_progress);
  g_test_add_func ("/syl/forecast/mastery", test_mastery);
  g_test_add_func ("/syl/forecast/guess-chance", test_guess_chance);
  g_test_add_func ("/syl/forecast/prior-formula", test_prior_formula);
  g_test_add_func ("/syl/forecast/prior-from-task", test_prior_from_task);
  g_test_add_func ("/syl/forecast/first-answer", test_first_answer);
  g_test_add_func ("/syl/forecast/ready", test_ready);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

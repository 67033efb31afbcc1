/* test-forecast.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The ability model, the score distribution and the forecast built on
 * them, on answers made up for each case. The calibration against
 * simulated learners is test-forecast-simulation.c. */

#include "config.h"

#include <math.h>

#include "syl-ability.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-forecast-projection.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-score-distribution.h"
#include "syl-scoring.h"
#include "syl-task.h"

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

  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability (p1, n10, 1, 10), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability (p0, n10, 1, 1), 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability (p0, n10, 1, 0), 1.0, 1e-12);
  g_assert_cmpfloat (syl_score_distribution_pass_probability (half, n10, 1, 11), ==, 0.0);
  /* Binomial(10, ½) ≥ 6 = 386/1024. */
  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability (half, n10, 1, 6), 386.0 / 1024.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability ((double[]) { 0.7 }, (guint[]) { 65 }, 1, 47),
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
  g_assert_cmpfloat_with_epsilon (syl_score_distribution_pass_probability (mix_p, mix_n, 3, 4), brute, 1e-12);
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

/* @n first-sight answers to domain @domain, right with @p, @age_days old. */
static void
add_first_sights (GArray *evidence,
                  GRand  *rand,
                  guint   domain,
                  guint   n,
                  double  p,
                  double  age_days)
{
  for (guint i = 0; i < n; i++)
    {
      SylAbilityEvidence e = {
        .domain = domain,
        .task = SYL_ABILITY_NO_TASK,
        .guess = 0.25,
        .age_days = age_days,
        .correct = g_rand_double (rand) < p,
      };

      g_array_append_val (evidence, e);
    }
}

static SylAbility *
fit (GArray *evidence,
     guint   n_domains)
{
  return syl_ability_fit (NULL, n_domains, 0, NULL,
                          (SylAbilityEvidence *) (gpointer) evidence->data, evidence->len);
}

static double
fresh_p (SylAbility *ability,
         guint       domain)
{
  SylAbilityItem item = { .domain = domain, .task = SYL_ABILITY_NO_TASK, .guess = 0.25, .retention = 1.0 };

  return syl_ability_predict (ability, NULL, &item, NULL);
}

/* Knowledge per domain comes back from first-sight answers, guessing
 * included, and more answers make it surer. */
static void
test_ability_recovers (void)
{
  static const double truth[] = { 0.85, 0.55, 0.35 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(GArray) few = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(SylAbility) a = NULL;
  g_autoptr(SylAbility) b = NULL;

  for (guint d = 0; d < 3; d++)
    {
      add_first_sights (many, rand, d, 400, truth[d], 1.0);
      add_first_sights (few, rand, d, 15, truth[d], 1.0);
    }

  a = fit (many, 3);
  b = fit (few, 3);
  for (guint d = 0; d < 3; d++)
    {
      g_assert_cmpfloat (fabs (fresh_p (a, d) - truth[d]), <, 0.05);
      g_assert_cmpfloat (syl_ability_get_knowledge_sd (b, d), >, 2 * syl_ability_get_knowledge_sd (a, d));
    }
  g_assert_cmpfloat (fresh_p (a, 0), >, fresh_p (a, 1));
  g_assert_cmpfloat (fresh_p (a, 1), >, fresh_p (a, 2));
  /* The guessing floor: a learner who knows nothing still guesses. */
  g_assert_cmpfloat (fresh_p (a, 2), >=, 0.25);
}

/* Recent answers count more than old ones. */
static void
test_ability_recency (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autoptr(GArray) evidence = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(SylAbility) ability = NULL;

  add_first_sights (evidence, rand, 0, 300, 0.3, 120.0);
  add_first_sights (evidence, rand, 0, 60, 0.9, 2.0);
  ability = fit (evidence, 1);

  /* Unweighted, 96 right of 360 would be 0.4. */
  g_assert_cmpfloat (fresh_p (ability, 0), >, 0.8);
  g_assert_cmpfloat_with_epsilon (syl_ability_evidence_weight (&(SylAbilityEvidence) { .age_days = SYL_ABILITY_HALF_LIFE_DAYS }),
                                  0.5, 1e-12);
}

/* With guesses marked unsure, a right answer marked unsure is weaker
 * evidence than a sure one; when sure and unsure answers do not differ,
 * marking changes nothing. */
static void
test_ability_unsure (void)
{
  g_autoptr(GArray) sure = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(GArray) hesitant = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(GArray) indifferent = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(SylAbility) a = NULL;
  g_autoptr(SylAbility) b = NULL;
  g_autoptr(SylAbility) c = NULL;
  double uk, ug;

  /* 120 answers, 70 right: the same outcomes three times over. */
  for (guint i = 0; i < 120; i++)
    {
      SylAbilityEvidence e = { .domain = 0, .task = SYL_ABILITY_NO_TASK, .guess = 0.25, .age_days = 1.0 };

      e.correct = i < 70;
      /* Wrong answers: unsure half the time. */
      e.unsure = !e.correct && i % 2 == 0;
      g_array_append_val (sure, e);
      /* A third of the right ones unsure. */
      e.unsure = e.correct ? i % 3 == 0 : e.unsure;
      g_array_append_val (hesitant, e);
      /* Unsure as often when right as when wrong: it tells nothing. */
      e.unsure = i % 2 == 0;
      g_array_append_val (indifferent, e);
    }

  a = fit (sure, 1);
  b = fit (hesitant, 1);
  c = fit (indifferent, 1);
  g_assert_cmpfloat (syl_ability_get_knowledge (b, 0), <, syl_ability_get_knowledge (a, 0) - 0.02);

  syl_ability_get_unsure_rates (c, &uk, &ug);
  g_assert_cmpfloat (fabs (uk - ug), <, 0.1);
  /* 70 of 120 right with a quarter's guess: k = (70/120 − ¼) / ¾. */
  g_assert_cmpfloat (fabs (fresh_p (c, 0) - 70.0 / 120.0), <, 0.03);
}

/* Repeats: a learner whose repeats are right when the question is fresh
 * in memory gets a large memory share, one whose repeats go as their
 * first sights gets a small one, and their repeats count as knowledge. */
static void
test_ability_memory (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GArray) rememberer = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(GArray) forgetter = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autoptr(SylAbility) a = NULL;
  g_autoptr(SylAbility) b = NULL;
  SylAbilityItem seen = { .domain = 0, .task = SYL_ABILITY_NO_TASK, .guess = 0.25,
                          .stability = 10.0, .elapsed_days = 1.0, .reviews = 2, .retention = 1.0 };

  add_first_sights (rememberer, rand, 0, 200, 0.5, 3.0);
  add_first_sights (forgetter, rand, 0, 200, 0.5, 3.0);
  for (guint i = 0; i < 300; i++)
    {
      /* Seen 1 to 30 days ago, stability 10 days. */
      double elapsed = 1.0 + i % 30;
      SylAbilityEvidence e = { .domain = 0, .task = SYL_ABILITY_NO_TASK, .guess = 0.25,
                               .stability = 10.0, .elapsed_days = elapsed, .reviews = 2, .age_days = 1.0 };
      SylFsrsParams params;
      double r;

      syl_fsrs_params_init_default (&params);
      r = syl_fsrs_retrievability (&params, 10.0, elapsed);
      e.correct = g_rand_double (rand) < 0.5 + 0.5 * r;
      g_array_append_val (rememberer, e);
      e.correct = g_rand_double (rand) < 0.5;
      g_array_append_val (forgetter, e);
    }

  a = fit (rememberer, 1);
  b = fit (forgetter, 1);
  g_assert_cmpfloat (syl_ability_get_memory (a), >, 0.7);
  g_assert_cmpfloat (syl_ability_get_memory (b), <, 0.3);
  /* Knowledge stays at the first sights' level for both. */
  g_assert_cmpfloat (fabs (fresh_p (a, 0) - 0.5), <, 0.07);
  g_assert_cmpfloat (fabs (fresh_p (b, 0) - 0.5), <, 0.07);
  /* A question seen yesterday: well remembered by the first. */
  g_assert_cmpfloat (syl_ability_predict (a, NULL, &seen, NULL), >, 0.85);
  g_assert_cmpfloat (syl_ability_predict (b, NULL, &seen, NULL), <, 0.65);
}

static SylStoreRecentAnswer
answer_to (const char *id,
           gboolean    correct,
           gint64      at_us)
{
  return (SylStoreRecentAnswer) {
    .question_id = (char *) id,
    .correct = correct,
    .first_sight = TRUE,
    .answered_at_us = at_us,
  };
}

/* No progress: the prior, with a wide interval. */
static void
test_no_progress (void)
{
  g_autoptr(SylForecast) forecast = syl_forecast_new (pack, NULL, T0, NULL);
  const SylScorePrediction *p = syl_forecast_get_prediction (forecast);
  GListModel *domains = syl_pack_get_domains (pack);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);

      g_assert_cmpfloat (syl_forecast_get_domain_coverage (forecast, domain), ==, 0.0);
      g_assert_cmpfloat (fabs (syl_forecast_get_domain_mastery (forecast, domain)
                               - syl_forecast_unseen_mastery ()), <, 0.06);
    }
  g_assert_cmpfloat (p->estimate, >, 100 + 900 * 0.35);
  g_assert_cmpfloat (p->estimate, <, 100 + 900 * 0.65);
  g_assert_cmpuint (p->low, <, p->estimate);
  g_assert_cmpuint (p->high, >, p->estimate);
  g_assert_cmpuint (p->high - p->low, >=, 250);
  /* Unknown either way, but below an even chance. */
  g_assert_cmpfloat (p->pass_probability, <, 0.5);
  g_assert_cmpfloat_with_epsilon (syl_forecast_get_expected_score (forecast), p->estimate, 1e-9);
}

/* Answers to the engine pack: d1 all right, d2 half, d3 all wrong; the
 * domains, task statements and exam follow. */
static void
test_from_answers (void)
{
  GListModel *questions = syl_pack_get_questions (pack);
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GPtrArray) domains = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  SylDomain *d1 = syl_pack_lookup_domain (pack, "d1");
  SylDomain *d2 = syl_pack_lookup_domain (pack, "d2");
  SylDomain *d3 = syl_pack_lookup_domain (pack, "d3");
  guint i_d2 = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      SylDomain *domain = syl_question_get_domain (q);
      SylStoreRecentAnswer a;

      /* Only task x.1 of each domain is answered. */
      if (!g_str_has_suffix (syl_task_get_id (syl_question_get_task (q)), ".1"))
        continue;

      a = answer_to (syl_question_get_id (q),
                     domain == d1 || (domain == d2 && i_d2++ % 2 == 0),
                     T0 - DAY_US);
      g_array_append_val (answers, a);
    }

  forecast = syl_forecast_new_from_data (pack, NULL, (SylStoreRecentAnswer *) (gpointer) answers->data,
                                         answers->len, NULL, T0);

  g_assert_cmpfloat (syl_forecast_get_domain_mastery (forecast, d1), >, 0.75);
  g_assert_cmpfloat (syl_forecast_get_domain_mastery (forecast, d3), <, 0.35);
  g_assert_cmpfloat (syl_forecast_get_domain_mastery (forecast, d2), >, syl_forecast_get_domain_mastery (forecast, d3));
  g_assert_cmpfloat (syl_forecast_get_domain_mastery (forecast, d2), <, syl_forecast_get_domain_mastery (forecast, d1));

  domains = syl_forecast_dup_domains_by_mastery (forecast);
  g_assert_true (g_ptr_array_index (domains, 0) == d3);
  g_assert_true (g_ptr_array_index (domains, 2) == d1);
  tasks = syl_forecast_dup_tasks_by_mastery (forecast);
  g_assert_cmpstr (syl_task_get_id (g_ptr_array_index (tasks, 0)), ==, "3.1");
  g_assert_cmpstr (syl_task_get_id (g_ptr_array_index (tasks, tasks->len - 1)), ==, "1.1");
  /* The unanswered task of a strong domain is read from its domain. */
  g_assert_cmpfloat (syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "1.2")), >,
                     syl_forecast_get_task_mastery (forecast, syl_pack_lookup_task (pack, "3.1")));

  /* The exam: 10 of d1, 6 of d2, 4 of d3 with those chances. */
  {
    const SylScorePrediction *p = syl_forecast_get_prediction (forecast);
    double expected = (10 * syl_forecast_get_domain_mastery (forecast, d1)
                       + 6 * syl_forecast_get_domain_mastery (forecast, d2)
                       + 4 * syl_forecast_get_domain_mastery (forecast, d3)) / 20;

    g_assert_cmpfloat (fabs (p->expected_fraction - expected), <, 0.02);
    g_assert_cmpuint (p->low, <=, p->estimate);
    g_assert_cmpuint (p->high, >=, p->estimate);
    g_assert_cmpfloat (p->pass_probability, >, 0.0);
    g_assert_cmpfloat (p->pass_probability, <, 1.0);
  }
}

/* The interval narrows with evidence. */
static void
test_interval_narrows (void)
{
  GListModel *questions = syl_pack_get_questions (pack);
  guint n = g_list_model_get_n_items (questions);
  g_autoptr(GArray) few = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(SylForecast) a = NULL;
  g_autoptr(SylForecast) b = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      SylStoreRecentAnswer answer = answer_to (syl_question_get_id (q), i % 4 != 0, T0 - DAY_US);

      g_array_append_val (many, answer);
      if (i % 8 == 0 || i % 8 == 1)
        g_array_append_val (few, answer);
    }

  a = syl_forecast_new_from_data (pack, NULL, (SylStoreRecentAnswer *) (gpointer) few->data, few->len, NULL, T0);
  b = syl_forecast_new_from_data (pack, NULL, (SylStoreRecentAnswer *) (gpointer) many->data, many->len, NULL, T0);
  g_assert_cmpuint (syl_forecast_get_high (a) - syl_forecast_get_low (a), >,
                    syl_forecast_get_high (b) - syl_forecast_get_low (b));
  g_assert_cmpfloat (syl_forecast_get_score_sd (a), >, syl_forecast_get_score_sd (b));
}

/* An exam as drawn: its seen questions with the learner's memory of
 * them. */
static void
test_predict_questions (void)
{
  GListModel *questions = syl_pack_get_questions (pack);
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GPtrArray) fresh = g_ptr_array_new ();
  g_autoptr(GArray) unscored = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(SylForecast) forecast = NULL;
  SylScorePrediction on_seen, on_fresh;
  SylFsrsParams params;

  syl_fsrs_params_init_default (&params);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      const char *id = syl_question_get_id (q);
      SylStoreRecentAnswer first = answer_to (id, i % 2 == 0, T0 - 10 * DAY_US);

      if (i >= 40)
        {
          if (fresh->len < 20)
            g_ptr_array_add (fresh, q);
          continue;
        }

      /* Half right at first sight, then right every time since. */
      g_array_append_val (answers, first);
      for (guint r = 1; r <= 3; r++)
        {
          SylStoreRecentAnswer again = answer_to (id, TRUE, T0 - (10 - 3 * r) * DAY_US);
          SylStoreQuestionState *state = NULL;

          again.first_sight = FALSE;
          again.prior = (SylFsrsCard) { .stability = 5.0 * r, .difficulty = 5.0, .reps = r,
                                        .last_review_us = T0 - (13 - 3 * r) * DAY_US };
          g_array_append_val (answers, again);
          if (r == 3)
            {
              state = g_new0 (SylStoreQuestionState, 1);
              state->question_id = g_strdup (id);
              state->card = (SylFsrsCard) { .stability = 20.0, .difficulty = 5.0, .reps = 4,
                                            .last_review_us = T0 - DAY_US };
              state->attempts = 4;
              state->correct = 3 + (i % 2 == 0);
              g_ptr_array_add (states, state);
            }
        }
      if (seen->len < 20)
        g_ptr_array_add (seen, q);
    }
  g_array_set_size (unscored, 20);

  forecast = syl_forecast_new_from_data (pack, states, (SylStoreRecentAnswer *) (gpointer) answers->data,
                                         answers->len, &params, T0);
  syl_forecast_predict_questions (forecast, seen, unscored, &on_seen);
  syl_forecast_predict_questions (forecast, fresh, unscored, &on_fresh);

  /* Remembered: well above what the same learner does at first sight. */
  g_assert_cmpfloat (on_seen.estimate, >, on_fresh.estimate + 100);
  g_assert_cmpfloat (syl_ability_get_memory (syl_forecast_get_ability (forecast)), >, 0.5);
}

/* The projection to the exam date: a learner who keeps up with reviews
 * keeps today's knowledge; one who has stopped loses what they forget. */
static void
test_projection (void)
{
  GListModel *questions = syl_pack_get_questions (pack);
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(GArray) keeping_up = g_array_new (FALSE, FALSE, sizeof (SylStoreRecentAnswer));
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  g_autoptr(GPtrArray) overdue = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  g_autoptr(SylForecast) steady = NULL;
  g_autoptr(SylForecast) stopped = NULL;
  SylForecastProjection kept, lost;
  gint64 exam = T0 + 40 * DAY_US;

  g_assert_cmpfloat (syl_forecast_projection_pace (0, 10), ==, 0.0);
  g_assert_cmpfloat (syl_forecast_projection_pace (30, 10), ==, 0.75);
  g_assert_cmpfloat (syl_forecast_projection_pace (0, 0), ==, 1.0);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      const char *id = syl_question_get_id (q);
      SylStoreRecentAnswer first = answer_to (id, i % 4 != 0, T0 - 20 * DAY_US);
      SylStoreRecentAnswer review = answer_to (id, TRUE, T0 - 2 * DAY_US);
      SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);
      SylStoreQuestionState *late;

      review.first_sight = FALSE;
      review.prior = (SylFsrsCard) { .stability = 8.0, .difficulty = 5.0, .reps = 1,
                                     .last_review_us = T0 - 20 * DAY_US };
      g_array_append_val (answers, first);
      g_array_append_val (keeping_up, first);
      g_array_append_val (keeping_up, review);

      state->question_id = g_strdup (id);
      state->card = (SylFsrsCard) { .stability = 15.0, .difficulty = 5.0, .reps = 2,
                                    .last_review_us = T0 - 2 * DAY_US, .due_us = T0 + 13 * DAY_US };
      state->attempts = 2;
      state->correct = 1 + (i % 4 != 0);
      g_ptr_array_add (states, state);

      /* The same learner, who answered once 20 days ago and stopped. */
      late = g_new0 (SylStoreQuestionState, 1);
      late->question_id = g_strdup (id);
      late->card = (SylFsrsCard) { .stability = 8.0, .difficulty = 5.0, .reps = 1,
                                   .last_review_us = T0 - 20 * DAY_US, .due_us = T0 - 12 * DAY_US };
      late->attempts = 1;
      late->correct = i % 4 != 0;
      g_ptr_array_add (overdue, late);
    }

  steady = syl_forecast_new_from_data (pack, states, (SylStoreRecentAnswer *) (gpointer) keeping_up->data,
                                       keeping_up->len, NULL, T0);
  stopped = syl_forecast_new_from_data (pack, overdue, (SylStoreRecentAnswer *) (gpointer) answers->data,
                                        answers->len, NULL, T0);

  g_assert_false (syl_forecast_project (steady, T0 - DAY_US, &kept));
  g_assert_true (syl_forecast_project (steady, exam, &kept));
  g_assert_true (syl_forecast_project (stopped, exam, &lost));

  g_assert_cmpfloat_with_epsilon (kept.days_left, 40.0, 1e-9);
  g_assert_cmpfloat (kept.pace, ==, 1.0);
  g_assert_cmpfloat (lost.pace, ==, 0.0);
  /* Keeping up: today's knowledge, no more. */
  g_assert_cmpfloat (kept.retention, >, 0.97);
  g_assert_cmpfloat (kept.prediction.estimate, <=, syl_forecast_get_expected_score (steady) + 1e-9);
  g_assert_cmpfloat (kept.prediction.estimate, >, syl_forecast_get_expected_score (steady) - 15);
  /* Stopped: 60 days since the only review of cards that last 8. */
  g_assert_cmpfloat (lost.retention, <, 0.9);
  g_assert_cmpfloat (lost.prediction.estimate, <, syl_forecast_get_expected_score (stopped) - 20);
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
  g_test_add_func ("/syl/forecast/guess-chance", test_guess_chance);
  g_test_add_func ("/syl/forecast/ability-recovers", test_ability_recovers);
  g_test_add_func ("/syl/forecast/ability-recency", test_ability_recency);
  g_test_add_func ("/syl/forecast/ability-unsure", test_ability_unsure);
  g_test_add_func ("/syl/forecast/ability-memory", test_ability_memory);
  g_test_add_func ("/syl/forecast/no-progress", test_no_progress);
  g_test_add_func ("/syl/forecast/from-answers", test_from_answers);
  g_test_add_func ("/syl/forecast/interval-narrows", test_interval_narrows);
  g_test_add_func ("/syl/forecast/predict-questions", test_predict_questions);
  g_test_add_func ("/syl/forecast/projection", test_projection);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

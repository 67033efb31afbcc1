/* syl-score-distribution.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The distribution of an exam's score, from the ability model.
 *
 * Given the parameters θ, the questions are answered independently, the
 * i-th right with p_i(θ) (syl_ability_predict()), so the number right X
 * is Poisson-binomial; its exact distribution comes from dynamic
 * programming over the questions. But θ is itself uncertain: the fit gives
 * its mode θ̂ and covariance Σ. The expected number right m(θ) = Σ p_i(θ)
 * has the gradient J at θ̂, so m varies by √(J Σ Jᵀ) across the plausible
 * θ, and most along v = Σ Jᵀ / √(J Σ Jᵀ) (the mean of θ given m, for a
 * Gaussian θ). We take θ_j = θ̂ + z_j · v at the nodes z_j of a 7-point
 * Gauss–Hermite rule and mix the Poisson-binomial distributions at those
 * points with the rule's weights. The mixture is the predictive
 * distribution: its spread is the luck of the draw and the uncertainty
 * of the ability together.
 *
 * From it: the expected scaled score min + (max − min) · E[X] / n, its
 * standard deviation, the 10th and 90th percentiles of the scaled score
 * (syl_scoring_scaled_score() of the percentiles of X, so the interval
 * is made of scores an exam can give), and the chance to pass P(X ≥ k),
 * k the fewest right answers that reach the pass mark. */

#define G_LOG_DOMAIN "syl-score-distribution"

#include "config.h"

#include <math.h>
#include <string.h>

#include "syl-score-distribution.h"
#include "syl-scoring.h"

/* Probabilists' Gauss–Hermite rule, 7 points, weights summing to 1. */
static const double gh_nodes[] = {
  -3.750439717725742, -2.366759410734541, -1.154405394739968, 0.0,
  1.154405394739968, 2.366759410734541, 3.750439717725742,
};
static const double gh_weights[] = {
  0.000548268855972, 0.030757123967586, 0.240123178605013, 0.457142857142857,
  0.240123178605013, 0.030757123967586, 0.000548268855972,
};

/**
 * syl_score_distribution_poisson_binomial:
 * @p: (array length=n): the chance of each trial
 * @n: trials
 * @dist: (out caller-allocates) (array): n + 1 entries: P(X = k)
 */
void
syl_score_distribution_poisson_binomial (const double *p,
                                         guint         n,
                                         double       *dist)
{
  g_return_if_fail (p != NULL || n == 0);
  g_return_if_fail (dist != NULL);

  memset (dist, 0, (n + 1) * sizeof (double));
  dist[0] = 1.0;
  for (guint t = 0; t < n; t++)
    {
      double pt = CLAMP (p[t], 0.0, 1.0);

      for (guint k = t + 1; k > 0; k--)
        dist[k] = dist[k] * (1.0 - pt) + dist[k - 1] * pt;
      dist[0] *= 1.0 - pt;
    }
}

/**
 * syl_score_distribution_pass_probability:
 * @p: (array length=n_groups): probability of a right answer per group
 * @n: (array length=n_groups): questions per group
 * @n_groups: groups
 * @min_correct: right answers needed
 *
 * Returns: P(X ≥ @min_correct) for X the Poisson-binomial sum of @n[i]
 *   Bernoulli(@p[i]) trials
 */
double
syl_score_distribution_pass_probability (const double *p,
                                         const guint  *n,
                                         guint         n_groups,
                                         guint         min_correct)
{
  g_autofree double *trials = NULL;
  g_autofree double *dist = NULL;
  guint total = 0;
  guint t = 0;
  double pass = 0.0;

  for (guint g = 0; g < n_groups; g++)
    total += n[g];
  if (min_correct > total)
    return 0.0;

  trials = g_new0 (double, MAX (total, 1));
  for (guint g = 0; g < n_groups; g++)
    for (guint i = 0; i < n[g]; i++)
      trials[t++] = p[g];

  dist = g_new0 (double, total + 1);
  syl_score_distribution_poisson_binomial (trials, total, dist);
  for (guint k = min_correct; k <= total; k++)
    pass += dist[k];

  return CLAMP (pass, 0.0, 1.0);
}

/* The smallest k with P(X ≤ k) ≥ @level. */
static guint
quantile (const double *dist,
          guint         n,
          double        level)
{
  double cumulative = 0.0;

  for (guint k = 0; k <= n; k++)
    {
      cumulative += dist[k];
      if (cumulative >= level - 1e-12)
        return k;
    }

  return n;
}

/**
 * syl_score_distribution_predict:
 * @ability: the learner's ability
 * @items: (array length=n_items): the exam's scored questions
 * @n_items: how many
 * @score_min: lowest scaled score
 * @score_max: highest
 * @pass_score: the pass mark
 * @prediction: (out caller-allocates): the forecast
 *
 * The predictive distribution of the exam's score (see the top of this
 * file).
 */
void
syl_score_distribution_predict (SylAbility           *ability,
                                const SylAbilityItem *items,
                                guint                 n_items,
                                guint                 score_min,
                                guint                 score_max,
                                guint                 pass_score,
                                SylScorePrediction   *prediction)
{
  guint np;
  const double *theta;
  g_autofree double *j_sum = NULL;
  g_autofree double *gradient = NULL;
  g_autofree double *direction = NULL;
  g_autofree double *node_theta = NULL;
  g_autofree double *p = NULL;
  g_autofree double *node_dist = NULL;
  g_autofree double *mix = NULL;
  double spread2 = 0.0;
  double mean = 0.0, second = 0.0;
  guint need;
  guint range;

  g_return_if_fail (SYL_IS_ABILITY (ability));
  g_return_if_fail (items != NULL || n_items == 0);
  g_return_if_fail (prediction != NULL);

  memset (prediction, 0, sizeof *prediction);
  prediction->estimate = score_min;
  prediction->low = prediction->high = score_min;
  if (n_items == 0 || score_max < score_min)
    return;

  np = syl_ability_get_n_params (ability);
  theta = syl_ability_get_params (ability);
  j_sum = g_new0 (double, np);
  gradient = g_new0 (double, np);
  direction = g_new0 (double, np);
  node_theta = g_new0 (double, np);
  p = g_new0 (double, n_items);
  node_dist = g_new0 (double, n_items + 1);
  mix = g_new0 (double, n_items + 1);

  for (guint i = 0; i < n_items; i++)
    {
      syl_ability_predict (ability, NULL, &items[i], gradient);
      for (guint j = 0; j < np; j++)
        j_sum[j] += gradient[j];
    }

  /* v = Σ Jᵀ / √(J Σ Jᵀ) */
  for (guint a = 0; a < np; a++)
    for (guint b = 0; b < np; b++)
      direction[a] += syl_ability_get_covariance (ability, a, b) * j_sum[b];
  for (guint a = 0; a < np; a++)
    spread2 += j_sum[a] * direction[a];
  for (guint a = 0; a < np; a++)
    direction[a] = spread2 > 1e-12 ? direction[a] / sqrt (spread2) : 0.0;

  for (guint node = 0; node < G_N_ELEMENTS (gh_nodes); node++)
    {
      for (guint a = 0; a < np; a++)
        node_theta[a] = theta[a] + gh_nodes[node] * direction[a];
      for (guint i = 0; i < n_items; i++)
        p[i] = syl_ability_predict (ability, node_theta, &items[i], NULL);
      syl_score_distribution_poisson_binomial (p, n_items, node_dist);
      for (guint k = 0; k <= n_items; k++)
        mix[k] += gh_weights[node] * node_dist[k];
    }

  for (guint k = 0; k <= n_items; k++)
    {
      mean += k * mix[k];
      second += (double) k * k * mix[k];
    }

  range = score_max - score_min;
  need = syl_scoring_min_correct_to_pass (n_items, pass_score, score_min, score_max);
  prediction->expected_fraction = mean / n_items;
  prediction->estimate = score_min + range * mean / n_items;
  prediction->sd = range * sqrt (MAX (second - mean * mean, 0.0)) / n_items;
  prediction->low = syl_scoring_scaled_score (quantile (mix, n_items, (1.0 - SYL_SCORE_INTERVAL) / 2),
                                              n_items, score_min, score_max);
  prediction->high = syl_scoring_scaled_score (quantile (mix, n_items, (1.0 + SYL_SCORE_INTERVAL) / 2),
                                               n_items, score_min, score_max);
  for (guint k = need; k <= n_items; k++)
    prediction->pass_probability += mix[k];
  prediction->pass_probability = CLAMP (prediction->pass_probability, 0.0, 1.0);
}

/* syl-ability.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the learner knows, per domain, estimated from their answers.
 *
 * The model. A question q of domain d, with guess chance g (one option in
 * n, or the one right set among C(n, k)), is answered right with
 *
 *   p = g + (1 − g) · q,    q = k + (1 − k) · ρ · r
 *   k = σ(a_d + γ · h),     ρ = σ(c + ν · ln (n / 2))
 *
 * k is the learner's knowledge of the domain: the chance to know the
 * answer to one of its questions never seen before (σ is the logistic
 * function, a_d that knowledge on the log-odds scale). r is the FSRS
 * retrievability of the learner's memory of that very question (0 at
 * first sight) and ρ how much such memory helps: a learner who does not
 * know a question may remember its answer from last time. Memory settles
 * with repetition, so ρ grows (or shrinks) with the number n of earlier
 * reviews of the question by ν. When neither knowledge nor memory gives
 * the answer, the learner guesses: the guessing floor g.
 *
 * h is the learner's record on that question before the answer against
 * their usual share right at first sight (syl_ability_history()): 0 for a
 * question never answered or answered as usual, positive when they did
 * better on it, negative when worse. Questions differ, and one the learner
 * got wrong is likely hard for them. Repeats are not a fair sample of the
 * pack — the scheduler brings back the questions answered wrong — so
 * without h the repeats of hard questions would drag the estimate of
 * knowledge down. With it, a_d is the knowledge of a question never
 * answered, which is what an exam of new questions asks.
 *
 * So a first-sight answer is pure evidence of knowledge, and a repeat is
 * evidence of knowledge and memory together: with repeats at different
 * retrievabilities the fit can tell how much memory explains. A learner
 * whose repeats score no better when the question is fresh in memory gets
 * ρ near 0, and their repeats count as knowledge; one who does much better
 * on what they saw yesterday gets ρ near 1, and their repeats count for
 * little.
 *
 * Confidence. An answer marked "I was unsure" tells how it came about: a
 * learner who knows (or remembers) the answer marks it unsure with a
 * chance u_k, one who guesses with a chance u_g (the same whether the
 * guess lands right or wrong). So an answer is
 *
 *   right and sure     q · (1 − u_k) + (1 − q) · g · (1 − u_g)
 *   right but unsure   q · u_k + (1 − q) · g · u_g
 *   wrong              (1 − q) · (1 − g)
 *
 * When learners mark guesses (u_g > u_k), an unsure right answer is
 * weaker evidence of knowledge than a sure one — even evidence against it
 * when u_k < g · u_g, a lucky guess — without biasing the estimate, as
 * merely down-weighting unsure right answers would. u_g is the share of
 * wrong answers marked unsure, u_k follows by expectation–maximization
 * from the right ones (both with a Beta(1, 1) prior): the learner's own
 * habits, re-estimated with every fit.
 *
 * The fit. Weighted maximum a posteriori over θ = (a_1 … a_D, μ, c, γ, ν):
 * each answer weighs 2^(−age / SYL_ABILITY_HALF_LIFE_DAYS), so the
 * estimate follows a learner who improves (or forgets). Priors: a_d ~
 * N(μ, 0.8²) (the domains of one learner resemble each other), μ ~
 * N(logit SYL_ABILITY_PRIOR_KNOWLEDGE, 1.5²), c ~ N(0, 1.5²), γ ~ N(0, 1),
 * ν ~ N(0, 1). Fisher scoring with step halving finds the mode; the
 * inverse of the Fisher information there (prior included) is the
 * covariance of the estimate, from which the forecast takes the
 * uncertainty of the ability (syl-score-distribution.c).
 *
 * Task statements: k_t = σ(a_d + δ_t + γ · h), δ_t ~ N(0, 0.5²), each
 * fitted with the rest held, for mastery per task. */

#define G_LOG_DOMAIN "syl-ability"

#include "config.h"

#include <math.h>
#include <string.h>

#include "syl-ability.h"

#define TAU_DOMAIN          0.8
#define SIGMA_MU            1.5
#define SIGMA_MEMORY        1.5
#define SIGMA_HISTORY       1.0
#define SIGMA_CONSOLIDATION 1.0
#define TAU_TASK            0.5
#define P_MIN               1e-9
#define MAX_ITER            100

struct _SylAbility
{
  GObject  parent_instance;

  guint    n_domains;
  guint    n_tasks;
  guint    n_params;        /* n_domains + 4: a_d…, μ, c, γ, ν */
  double  *theta;
  double  *covariance;      /* n_params × n_params */
  double  *task_offset;     /* δ_t */
  guint   *task_domains;
  double  *domain_weight;   /* Σ weights of the answers per domain */
  double   decay;           /* FSRS w20 */
  double   factor;          /* FSRS 0.9^(−1/w20) − 1 */
  double   unsure_known;    /* u_k */
  /* during the fit: the answers, and what does not change with θ */
  const SylAbilityEvidence *fit_evidence;
  double  *fit_recall;      /* r of each answer */
  double  *fit_consolidation; /* ln (reviews / 2) of each answer */
  guint   *fit_z_index;     /* each answer's review count among fit_z */
  double  *fit_z;           /* ln (reviews / 2) of each review count seen */
  double  *fit_rho;         /* ρ of each of fit_z at the θ being evaluated */
  guint    n_fit_z;
  double   unsure_guess;    /* u_g */
};

G_DEFINE_FINAL_TYPE (SylAbility, syl_ability, G_TYPE_OBJECT)

#define IDX_MU(self)            ((self)->n_domains)
#define IDX_MEMORY(self)        ((self)->n_domains + 1)
#define IDX_HISTORY(self)       ((self)->n_domains + 2)
#define IDX_CONSOLIDATION(self) ((self)->n_domains + 3)

static double
sigmoid (double x)
{
  return 1.0 / (1.0 + exp (-x));
}

static double
logit (double p)
{
  p = CLAMP (p, 1e-6, 1.0 - 1e-6);
  return log (p / (1.0 - p));
}

static double
mu_prior (void)
{
  return logit (SYL_ABILITY_PRIOR_KNOWLEDGE);
}

/**
 * syl_ability_evidence_weight:
 *
 * Returns: how much one answer counts: 2^(−age / half-life)
 */
double
syl_ability_evidence_weight (const SylAbilityEvidence *evidence)
{
  double w;

  g_return_val_if_fail (evidence != NULL, 0.0);

  w = exp2 (-MAX (evidence->age_days, 0.0) / SYL_ABILITY_HALF_LIFE_DAYS);

  return w;
}

/**
 * syl_ability_history:
 * @answers: answers given to a question
 * @right: of which right
 * @usual: the learner's usual share of right answers at first sight
 *
 * Returns: the learner's record on the question against their usual
 *   one, (right − answers · usual) / (answers + 1): 0 for a question
 *   never answered or answered as usual, towards 1 when always right
 *   against a usual 0, towards −1 the other way
 */
double
syl_ability_history (guint  answers,
                     guint  right,
                     double usual)
{
  right = MIN (right, answers);

  return CLAMP ((right - answers * CLAMP (usual, 0.0, 1.0)) / (answers + 1.0), -1.0, 1.0);
}

/* The retrievability of a memory of stability @s after @t days, by the
 * FSRS forgetting curve. */
static double
retrievability (SylAbility *self,
                double      s,
                double      t)
{
  if (s <= 0.0)
    return 0.0;

  return pow (1.0 + self->factor * MAX (t, 0.0) / s, -self->decay);
}

/* How much more memory of a question helps with each review: ν times
 * the log of the reviews against two. */
static double
consolidation (guint reviews)
{
  return reviews > 0 ? log (reviews / 2.0) : 0.0;
}

/* ρ = σ(c + ν z) depends on θ and the answer's review count alone, and
 * answers share a few counts: worked out once per count for @theta,
 * before answer_q() runs on the answers with it. */
static void
prepare_rho (SylAbility   *self,
             const double *theta)
{
  for (guint j = 0; j < self->n_fit_z; j++)
    self->fit_rho[j] = sigmoid (theta[IDX_MEMORY (self)] + theta[IDX_CONSOLIDATION (self)] * self->fit_z[j]);
}

/* q = k + (1 − k) ρ r for one answer, and its derivatives by a_d (in
 * d[0]), c (d[1]), γ (d[2]) and ν (d[3]); @offset is added to a_d (a
 * task's δ). */
static double
answer_q (SylAbility               *self,
          const double             *theta,
          const SylAbilityEvidence *e,
          double                    offset,
          double                   *d)
{
  /* r and z depend on the answer alone: worked out once per fit. */
  gsize i = (gsize) (e - self->fit_evidence);
  double h = CLAMP (e->history, -1.0, 1.0);
  double z = self->fit_consolidation[i];
  double k = sigmoid (theta[e->domain] + offset + theta[IDX_HISTORY (self)] * h);
  double rho = self->fit_rho[self->fit_z_index[i]];
  double r = self->fit_recall[i];
  double dk = (1.0 - rho * r) * k * (1.0 - k);

  if (d != NULL)
    {
      d[0] = dk;
      d[1] = (1.0 - k) * r * rho * (1.0 - rho);
      d[2] = dk * h;
      d[3] = d[1] * z;
    }

  return k + (1.0 - k) * rho * r;
}

/* The chance of the answer's outcome (right and sure, right but unsure,
 * or wrong) given q, its derivative by q in *dp, and in *info the Fisher
 * information about q of one answer: Σ over outcomes of P'² / P. */
static double
outcome_p (SylAbility               *self,
           const SylAbilityEvidence *e,
           double                    q,
           double                   *dp,
           double                   *info)
{
  double g = CLAMP (e->guess, 0.0, 1.0);
  double uk = self->unsure_known, ug = self->unsure_guess;
  double p[3], d[3];
  guint observed;

  q = CLAMP (q, P_MIN, 1.0 - P_MIN);
  p[0] = q * (1.0 - uk) + (1.0 - q) * g * (1.0 - ug);
  d[0] = (1.0 - uk) - g * (1.0 - ug);
  p[1] = q * uk + (1.0 - q) * g * ug;
  d[1] = uk - g * ug;
  p[2] = (1.0 - q) * (1.0 - g);
  d[2] = -(1.0 - g);

  if (info != NULL)
    {
      *info = 0.0;
      for (guint c = 0; c < 3; c++)
        *info += d[c] * d[c] / MAX (p[c], P_MIN);
    }

  observed = !e->correct ? 2 : e->unsure ? 1 : 0;
  if (dp != NULL)
    *dp = d[observed];

  return MAX (p[observed], P_MIN);
}

static double
log_prior (SylAbility   *self,
           const double *theta)
{
  double lp = 0.0;
  double mu = theta[IDX_MU (self)];
  double c = theta[IDX_MEMORY (self)];
  double gamma = theta[IDX_HISTORY (self)];
  double nu = theta[IDX_CONSOLIDATION (self)];

  for (guint d = 0; d < self->n_domains; d++)
    lp -= (theta[d] - mu) * (theta[d] - mu) / (2 * TAU_DOMAIN * TAU_DOMAIN);
  lp -= (mu - mu_prior ()) * (mu - mu_prior ()) / (2 * SIGMA_MU * SIGMA_MU);
  lp -= c * c / (2 * SIGMA_MEMORY * SIGMA_MEMORY);
  lp -= gamma * gamma / (2 * SIGMA_HISTORY * SIGMA_HISTORY);
  lp -= nu * nu / (2 * SIGMA_CONSOLIDATION * SIGMA_CONSOLIDATION);

  return lp;
}

/* Adds a N(0, @sigma²) prior on parameter @i to U and I. */
static void
add_prior (double        *u,
           double        *info,
           guint          np,
           const double  *theta,
           guint          i,
           double         sigma)
{
  u[i] -= theta[i] / (sigma * sigma);
  info[i * np + i] += 1.0 / (sigma * sigma);
}

/* Score U and Fisher information I (prior included; the answers' part in
 * its lower triangle only, see below) at @theta, and in
 * @lp (if not %NULL) the log posterior there, log prior plus Σ w log P:
 * the fit needs both at each point it tries, from the same q and P of
 * each answer. */
static void
score_and_information (SylAbility               *self,
                       const double             *theta,
                       const SylAbilityEvidence *evidence,
                       const double             *weights,
                       guint                     n,
                       double                   *u,
                       double                   *info,
                       double                   *lp)
{
  guint np = self->n_params;
  guint im = IDX_MU (self);
  double mu = theta[im];
  guint i1 = IDX_MEMORY (self), i2 = IDX_HISTORY (self), i3 = IDX_CONSOLIDATION (self);
  double value = lp != NULL ? log_prior (self, theta) : 0.0;
  /* The answers' sums for c, γ and ν, which every answer adds to. */
  double u1 = 0.0, u2 = 0.0, u3 = 0.0;
  double i11 = 0.0, i21 = 0.0, i22 = 0.0, i31 = 0.0, i32 = 0.0, i33 = 0.0;

  memset (u, 0, np * sizeof (double));
  memset (info, 0, np * np * sizeof (double));

  prepare_rho (self, theta);
  for (guint i = 0; i < n; i++)
    {
      const SylAbilityEvidence *e = &evidence[i];
      double grad[4], dp, fisher;
      double q = answer_q (self, theta, e, 0.0, grad);
      double p = outcome_p (self, e, q, &dp, &fisher);
      double resid = weights[i] * dp / p;
      double w = weights[i] * fisher;
      guint d = e->domain;

      if (lp != NULL)
        value += weights[i] * log (p);

      /* Parameters (a_d, c, γ, ν) in rising order, and cholesky() reads
       * only the lower triangle of I (with its diagonal): the answers are
       * added to that alone, each term w · grad[x] · grad[y]. */
      u[d] += resid * grad[0];
      u1 += resid * grad[1];
      u2 += resid * grad[2];
      u3 += resid * grad[3];
      info[d * np + d] += w * grad[0] * grad[0];
      info[i1 * np + d] += w * grad[1] * grad[0];
      i11 += w * grad[1] * grad[1];
      info[i2 * np + d] += w * grad[2] * grad[0];
      i21 += w * grad[2] * grad[1];
      i22 += w * grad[2] * grad[2];
      info[i3 * np + d] += w * grad[3] * grad[0];
      i31 += w * grad[3] * grad[1];
      i32 += w * grad[3] * grad[2];
      i33 += w * grad[3] * grad[3];
    }
  u[i1] = u1;
  u[i2] = u2;
  u[i3] = u3;
  info[i1 * np + i1] = i11;
  info[i2 * np + i1] = i21;
  info[i2 * np + i2] = i22;
  info[i3 * np + i1] = i31;
  info[i3 * np + i2] = i32;
  info[i3 * np + i3] = i33;

  for (guint d = 0; d < self->n_domains; d++)
    {
      double prec = 1.0 / (TAU_DOMAIN * TAU_DOMAIN);

      u[d] -= (theta[d] - mu) * prec;
      u[im] += (theta[d] - mu) * prec;
      info[d * np + d] += prec;
      info[d * np + im] -= prec;
      info[im * np + d] -= prec;
      info[im * np + im] += prec;
    }
  u[im] -= (mu - mu_prior ()) / (SIGMA_MU * SIGMA_MU);
  info[im * np + im] += 1.0 / (SIGMA_MU * SIGMA_MU);
  add_prior (u, info, np, theta, IDX_MEMORY (self), SIGMA_MEMORY);
  add_prior (u, info, np, theta, IDX_HISTORY (self), SIGMA_HISTORY);
  add_prior (u, info, np, theta, IDX_CONSOLIDATION (self), SIGMA_CONSOLIDATION);
  if (lp != NULL)
    *lp = value;
}

/* Cholesky factor of the symmetric positive definite @a (n × n) in place
 * (lower triangle); FALSE if it is not positive definite. */
static gboolean
cholesky (double *a,
          guint   n)
{
  for (guint j = 0; j < n; j++)
    {
      double s = a[j * n + j];

      for (guint k = 0; k < j; k++)
        s -= a[j * n + k] * a[j * n + k];
      if (s <= 0.0)
        return FALSE;
      a[j * n + j] = sqrt (s);
      for (guint i = j + 1; i < n; i++)
        {
          double t = a[i * n + j];

          for (guint k = 0; k < j; k++)
            t -= a[i * n + k] * a[j * n + k];
          a[i * n + j] = t / a[j * n + j];
        }
    }

  return TRUE;
}

/* Solves L Lᵀ x = b for the factor @l from cholesky(), in place in @b. */
static void
cholesky_solve (const double *l,
                guint         n,
                double       *b)
{
  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < i; k++)
        b[i] -= l[i * n + k] * b[k];
      b[i] /= l[i * n + i];
    }
  for (guint i = n; i-- > 0;)
    {
      for (guint k = i + 1; k < n; k++)
        b[i] -= l[k * n + i] * b[k];
      b[i] /= l[i * n + i];
    }
}

/* Fisher scoring to the mode; from the domains' shares right the first
 * time, from where the last fit left off after (the confidence model's
 * steps move it little). */
static void
fit_domains (SylAbility               *self,
             const SylAbilityEvidence *evidence,
             const double             *weights,
             guint                     n,
             gboolean                  first)
{
  guint np = self->n_params;
  g_autofree double *u = g_new0 (double, np);
  g_autofree double *info = g_new0 (double, np * np);
  g_autofree double *step = g_new0 (double, np);
  g_autofree double *trial = g_new0 (double, np);
  g_autofree double *trial_u = g_new0 (double, np);
  g_autofree double *trial_info = g_new0 (double, np * np);
  g_autofree double *right = g_new0 (double, self->n_domains);
  g_autofree double *total = g_new0 (double, self->n_domains);
  double current;

  /* Start from each domain's share right, smoothed towards the prior. */
  for (guint i = 0; first && i < n; i++)
    {
      right[evidence[i].domain] += weights[i] * (evidence[i].correct ? 1.0 : 0.0);
      total[evidence[i].domain] += weights[i];
    }
  if (first)
    self->theta[IDX_MU (self)] = mu_prior ();
  for (guint d = 0; first && d < self->n_domains; d++)
    {
      double share = (right[d] + 2.0 * SYL_ABILITY_PRIOR_KNOWLEDGE) / (total[d] + 2.0);

      self->theta[d] = logit (share);
      self->domain_weight[d] = total[d];
    }

  /* Each point tried gets its log posterior, score and information in one
   * pass over the answers: the point taken starts the next step. */
  score_and_information (self, self->theta, evidence, weights, n, u, info, &current);
  for (guint iter = 0; iter < MAX_ITER; iter++)
    {
      double scale = 1.0;
      double largest = 0.0;
      gboolean moved = FALSE;

      memcpy (step, u, np * sizeof (double));
      if (!cholesky (info, np))
        break;
      cholesky_solve (info, np, step);

      while (scale > 1e-6)
        {
          double value;

          for (guint j = 0; j < np; j++)
            trial[j] = self->theta[j] + scale * step[j];
          score_and_information (self, trial, evidence, weights, n, trial_u, trial_info, &value);
          if (value >= current - 1e-12)
            {
              double *swap;

              for (guint j = 0; j < np; j++)
                largest = MAX (largest, fabs (trial[j] - self->theta[j]));
              memcpy (self->theta, trial, np * sizeof (double));
              current = value;
              swap = u, u = trial_u, trial_u = swap;
              swap = info, info = trial_info, trial_info = swap;
              moved = TRUE;
              break;
            }
          scale /= 2.0;
        }

      if (!moved || largest < 1e-5)
        break;
    }
}

/* The covariance of the estimate: the inverse of the Fisher information at
 * the mode. */
static void
compute_covariance (SylAbility               *self,
                    const SylAbilityEvidence *evidence,
                    const double             *weights,
                    guint                     n)
{
  guint np = self->n_params;
  g_autofree double *u = g_new0 (double, np);
  g_autofree double *info = g_new0 (double, np * np);

  /* The covariance: the inverse of the information at the mode. */
  score_and_information (self, self->theta, evidence, weights, n, u, info, NULL);
  if (cholesky (info, np))
    {
      for (guint j = 0; j < np; j++)
        {
          g_autofree double *column = g_new0 (double, np);

          column[j] = 1.0;
          cholesky_solve (info, np, column);
          for (guint i = 0; i < np; i++)
            self->covariance[i * np + j] = column[i];
        }
    }
}

static void
fit_tasks (SylAbility               *self,
           const SylAbilityEvidence *evidence,
           const double             *weights,
           guint                     n)
{
  g_autofree double *u = g_new0 (double, MAX (self->n_tasks, 1));
  g_autofree double *info = g_new0 (double, MAX (self->n_tasks, 1));

  /* Each task's δ depends only on its own answers: one Fisher scoring
   * step for all at once per round. */
  for (guint round = 0; round < 25; round++)
    {
      double largest = 0.0;

      for (guint t = 0; t < self->n_tasks; t++)
        {
          u[t] = -self->task_offset[t] / (TAU_TASK * TAU_TASK);
          info[t] = 1.0 / (TAU_TASK * TAU_TASK);
        }

      prepare_rho (self, self->theta);
      for (guint i = 0; i < n; i++)
        {
          const SylAbilityEvidence *e = &evidence[i];
          guint t = e->task;
          double d[4], q, p, dp, fisher;

          if (t >= self->n_tasks)
            continue;
          q = answer_q (self, self->theta, e, self->task_offset[t], d);
          p = outcome_p (self, e, q, &dp, &fisher);
          u[t] += weights[i] * dp / p * d[0];
          info[t] += weights[i] * fisher * d[0] * d[0];
        }

      for (guint t = 0; t < self->n_tasks; t++)
        {
          double step = CLAMP (u[t] / info[t], -1.0, 1.0);

          self->task_offset[t] += step;
          largest = MAX (largest, fabs (step));
        }

      if (largest < 1e-4)
        break;
    }
}

/* One EM step for u_k and u_g: who marked what unsure, knowing or
 * guessing, given the current q of each answer. FALSE when they hardly
 * moved. */
static gboolean
update_confidence (SylAbility               *self,
                   const SylAbilityEvidence *evidence,
                   const double             *weights,
                   guint                     n)
{
  double known = 2.0, known_unsure = 1.0;
  double guessed = 2.0, guessed_unsure = 1.0;
  double uk, ug;

  prepare_rho (self, self->theta);
  for (guint i = 0; i < n; i++)
    {
      const SylAbilityEvidence *e = &evidence[i];
      double g = CLAMP (e->guess, 0.0, 1.0);
      double q = CLAMP (answer_q (self, self->theta, e, 0.0, NULL), P_MIN, 1.0 - P_MIN);
      double from_knowing;

      if (!e->correct)
        {
          guessed += weights[i];
          guessed_unsure += e->unsure ? weights[i] : 0.0;
          continue;
        }

      /* The share of this right answer that came from knowing. */
      if (e->unsure)
        from_knowing = q * self->unsure_known / (q * self->unsure_known + (1 - q) * g * self->unsure_guess);
      else
        from_knowing = q * (1 - self->unsure_known)
                       / (q * (1 - self->unsure_known) + (1 - q) * g * (1 - self->unsure_guess));
      known += weights[i] * from_knowing;
      known_unsure += e->unsure ? weights[i] * from_knowing : 0.0;
      guessed += weights[i] * (1 - from_knowing);
      guessed_unsure += e->unsure ? weights[i] * (1 - from_knowing) : 0.0;
    }

  uk = CLAMP (known_unsure / known, 0.01, 0.99);
  ug = CLAMP (guessed_unsure / guessed, 0.01, 0.99);
  if (fabs (uk - self->unsure_known) < 1e-3 && fabs (ug - self->unsure_guess) < 1e-3)
    return FALSE;

  self->unsure_known = uk;
  self->unsure_guess = ug;
  return TRUE;
}

static void
syl_ability_finalize (GObject *object)
{
  SylAbility *self = (SylAbility *)object;

  g_free (self->theta);
  g_free (self->covariance);
  g_free (self->task_offset);
  g_free (self->task_domains);
  g_free (self->domain_weight);

  G_OBJECT_CLASS (syl_ability_parent_class)->finalize (object);
}

static void
syl_ability_class_init (SylAbilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_ability_finalize;
}

static void
syl_ability_init (SylAbility *self)
{
}

/**
 * syl_ability_fit:
 * @params: (nullable): the scheduler's parameters, for the forgetting
 *   curve; %NULL for the defaults
 * @n_domains: domains of the pack
 * @n_tasks: task statements of the pack
 * @task_domains: (array length=n_tasks): the domain of each task statement
 * @evidence: (array length=n_evidence): the answers
 * @n_evidence: how many
 *
 * Fits the model at the top of this file. Answers naming a domain or
 * task statement out of range are ignored.
 *
 * Returns: (transfer full): the estimate
 */
SylAbility *
syl_ability_fit (const SylFsrsParams      *params,
                 guint                     n_domains,
                 guint                     n_tasks,
                 const guint              *task_domains,
                 const SylAbilityEvidence *evidence,
                 guint                     n_evidence)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (SylAbilityEvidence));
  g_autofree double *weights = NULL;
  g_autoptr(GHashTable) z_of_reviews = g_hash_table_new (NULL, NULL);
  SylFsrsParams defaults;
  SylAbility *self;

  g_return_val_if_fail (task_domains != NULL || n_tasks == 0, NULL);
  g_return_val_if_fail (evidence != NULL || n_evidence == 0, NULL);

  self = g_object_new (SYL_TYPE_ABILITY, NULL);
  self->n_domains = n_domains;
  self->n_tasks = n_tasks;
  self->n_params = n_domains + 4;
  if (params == NULL)
    {
      syl_fsrs_params_init_default (&defaults);
      params = &defaults;
    }
  /* syl_fsrs_decay() is the exponent, −w20. */
  self->decay = -syl_fsrs_decay (params);
  self->factor = syl_fsrs_factor (params);
  self->theta = g_new0 (double, self->n_params);
  self->covariance = g_new0 (double, self->n_params * self->n_params);
  self->task_offset = g_new0 (double, MAX (n_tasks, 1));
  self->task_domains = g_new0 (guint, MAX (n_tasks, 1));
  self->domain_weight = g_new0 (double, MAX (n_domains, 1));
  if (n_tasks > 0)
    memcpy (self->task_domains, task_domains, n_tasks * sizeof (guint));

  for (guint i = 0; i < n_evidence; i++)
    {
      SylAbilityEvidence e = evidence[i];

      if (e.domain >= n_domains)
        continue;
      if (e.task != SYL_ABILITY_NO_TASK && (e.task >= n_tasks || task_domains[e.task] != e.domain))
        e.task = SYL_ABILITY_NO_TASK;
      g_array_append_val (kept, e);
    }

  weights = g_new0 (double, MAX (kept->len, 1));
  for (guint i = 0; i < kept->len; i++)
    weights[i] = syl_ability_evidence_weight (&g_array_index (kept, SylAbilityEvidence, i));

  self->fit_evidence = (SylAbilityEvidence *) (gpointer) kept->data;
  self->fit_recall = g_new0 (double, MAX (kept->len, 1));
  self->fit_consolidation = g_new0 (double, MAX (kept->len, 1));
  self->fit_z_index = g_new0 (guint, MAX (kept->len, 1));
  self->fit_z = g_new0 (double, MAX (kept->len, 1));
  self->n_fit_z = 0;
  for (guint i = 0; i < kept->len; i++)
    {
      const SylAbilityEvidence *e = &g_array_index (kept, SylAbilityEvidence, i);
      gpointer index;

      self->fit_recall[i] = retrievability (self, e->stability, e->elapsed_days);
      self->fit_consolidation[i] = consolidation (e->reviews);
      if (!g_hash_table_lookup_extended (z_of_reviews, GUINT_TO_POINTER (e->reviews), NULL, &index))
        {
          index = GUINT_TO_POINTER (self->n_fit_z);
          self->fit_z[self->n_fit_z++] = self->fit_consolidation[i];
          g_hash_table_insert (z_of_reviews, GUINT_TO_POINTER (e->reviews), index);
        }
      self->fit_z_index[i] = GPOINTER_TO_UINT (index);
    }
  self->fit_rho = g_new0 (double, MAX (self->n_fit_z, 1));

  self->unsure_known = self->unsure_guess = 0.5;
  for (guint round = 0; round < 3; round++)
    {
      fit_domains (self, (SylAbilityEvidence *) (gpointer) kept->data, weights, kept->len, round == 0);
      if (!update_confidence (self, (SylAbilityEvidence *) (gpointer) kept->data, weights, kept->len))
        break;
    }
  compute_covariance (self, (SylAbilityEvidence *) (gpointer) kept->data, weights, kept->len);
  fit_tasks (self, (SylAbilityEvidence *) (gpointer) kept->data, weights, kept->len);

  self->fit_evidence = NULL;
  g_clear_pointer (&self->fit_recall, g_free);
  g_clear_pointer (&self->fit_consolidation, g_free);
  g_clear_pointer (&self->fit_z_index, g_free);
  g_clear_pointer (&self->fit_z, g_free);
  g_clear_pointer (&self->fit_rho, g_free);
  self->n_fit_z = 0;

  return self;
}

/** syl_ability_get_n_params: Returns: the number of parameters (domains + 4) */
guint
syl_ability_get_n_params (SylAbility *self)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0);
  return self->n_params;
}

/**
 * syl_ability_get_params:
 *
 * Returns: (array) (transfer none): the estimate (a_1 … a_D, μ, β, c, γ)
 */
const double *
syl_ability_get_params (SylAbility *self)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), NULL);
  return self->theta;
}

/** syl_ability_get_covariance: Returns: the covariance of parameters @i and @j */
double
syl_ability_get_covariance (SylAbility *self,
                            guint       i,
                            guint       j)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (i < self->n_params && j < self->n_params, 0.0);

  return self->covariance[i * self->n_params + j];
}

/**
 * syl_ability_get_knowledge:
 *
 * Returns: k for @domain now: the chance to know the answer to one of
 *   its questions never seen, before guessing
 */
double
syl_ability_get_knowledge (SylAbility *self,
                           guint       domain)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (domain < self->n_domains, 0.0);

  return sigmoid (self->theta[domain]);
}

/**
 * syl_ability_get_knowledge_sd:
 *
 * Returns: the standard deviation of syl_ability_get_knowledge() (delta
 *   method)
 */
double
syl_ability_get_knowledge_sd (SylAbility *self,
                              guint       domain)
{
  double k;

  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (domain < self->n_domains, 0.0);

  k = sigmoid (self->theta[domain]);
  return k * (1.0 - k) * sqrt (MAX (self->covariance[domain * self->n_params + domain], 0.0));
}

/** syl_ability_get_task_knowledge: Returns: k for a task statement now */
double
syl_ability_get_task_knowledge (SylAbility *self,
                                guint       task)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (task < self->n_tasks, 0.0);

  return sigmoid (self->theta[self->task_domains[task]] + self->task_offset[task]);
}

/** syl_ability_get_memory: Returns: ρ, how much memory of a question helps */
double
syl_ability_get_memory (SylAbility *self)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  return sigmoid (self->theta[IDX_MEMORY (self)]);
}

/**
 * syl_ability_get_unsure_rates:
 * @known: (out) (optional): the chance that a learner who knows the
 *   answer marks it unsure
 * @guessed: (out) (optional): the chance that one who guesses does
 */
void
syl_ability_get_unsure_rates (SylAbility *self,
                              double     *known,
                              double     *guessed)
{
  g_return_if_fail (SYL_IS_ABILITY (self));

  if (known != NULL)
    *known = self->unsure_known;
  if (guessed != NULL)
    *guessed = self->unsure_guess;
}

/** syl_ability_get_history_effect: Returns: γ, how much a question's record tells */
double
syl_ability_get_history_effect (SylAbility *self)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  return self->theta[IDX_HISTORY (self)];
}

/**
 * syl_ability_get_evidence_weight:
 *
 * Returns: how many answers' worth of evidence @domain has, after
 *   weighting by age and confidence
 */
double
syl_ability_get_evidence_weight (SylAbility *self,
                                 guint       domain)
{
  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (domain < self->n_domains, 0.0);

  return self->domain_weight[domain];
}

/**
 * syl_ability_predict:
 * @params: (nullable) (array): parameters to predict with, as from
 *   syl_ability_get_params(); %NULL for the estimate
 * @item: the question
 * @gradient: (out caller-allocates) (optional) (array): the derivative of
 *   the result by each parameter
 *
 * Returns: the chance that @item is answered right
 */
double
syl_ability_predict (SylAbility           *self,
                     const double         *params,
                     const SylAbilityItem *item,
                     double               *gradient)
{
  const double *theta;
  double offset = 0.0;
  double k0, k, rho, r, g, ret, p, z;

  g_return_val_if_fail (SYL_IS_ABILITY (self), 0.0);
  g_return_val_if_fail (item != NULL, 0.0);
  g_return_val_if_fail (item->domain < self->n_domains, 0.0);

  theta = params != NULL ? params : self->theta;
  if (item->task < self->n_tasks && self->task_domains[item->task] == item->domain)
    offset = self->task_offset[item->task];

  ret = CLAMP (item->retention, 0.0, 1.0);
  k0 = sigmoid (theta[item->domain] + offset + theta[IDX_HISTORY (self)] * CLAMP (item->history, -1.0, 1.0));
  k = ret * k0;
  z = consolidation (item->reviews);
  rho = sigmoid (theta[IDX_MEMORY (self)] + theta[IDX_CONSOLIDATION (self)] * z);
  r = retrievability (self, item->stability, item->elapsed_days);
  g = CLAMP (item->guess, 0.0, 1.0);
  p = g + (1.0 - g) * (k + (1.0 - k) * rho * r);

  if (gradient != NULL)
    {
      memset (gradient, 0, self->n_params * sizeof (double));
      gradient[item->domain] = (1.0 - g) * (1.0 - rho * r) * ret * k0 * (1.0 - k0);
      gradient[IDX_MEMORY (self)] = (1.0 - g) * (1.0 - k) * r * rho * (1.0 - rho);
      gradient[IDX_HISTORY (self)] = gradient[item->domain] * CLAMP (item->history, -1.0, 1.0);
      gradient[IDX_CONSOLIDATION (self)] = gradient[IDX_MEMORY (self)] * z;
    }

  return CLAMP (p, 0.0, 1.0);
}

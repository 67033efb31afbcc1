/* syl-fsrs.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* FSRS-6, the Free Spaced Repetition Scheduler, as published by
 * open-spaced-repetition (fsrs-rs, py-fsrs). The formulas, with w the 21
 * weights and G the grade (1 Again, 2 Hard, 3 Good, 4 Easy):
 *
 *   forgetting curve   R(t, S) = (1 + factor · t / S) ^ (-w20),
 *                      factor = 0.9 ^ (-1 / w20) - 1, so R(S, S) = 0.9
 *   first review       S0(G) = w[G-1]
 *                      D0(G) = w4 - e^(w5 · (G - 1)) + 1, clamped to [1, 10]
 *   difficulty         ΔD = -w6 · (G - 3)
 *                      D' = D + ΔD · (10 - D) / 9          (linear damping)
 *                      D'' = w7 · D0(4) + (1 - w7) · D'     (mean reversion,
 *                      D0(4) unclamped), clamped to [1, 10]
 *   after a success    S' = S · (1 + e^w8 · (11 - D) · S^(-w9)
 *                               · (e^(w10 · (1 - R)) - 1) · h · b)
 *                      h = w15 if Hard, b = w16 if Easy, else 1
 *   after a lapse      S' = min (w11 · D^(-w12) · ((S + 1)^w13 - 1)
 *                                · e^(w14 · (1 - R)),
 *                                S / e^(w17 · w18))
 *                      so S' never exceeds S
 *   same day (t < 1)   S' = S · e^(w17 · (G - 3 + w18)) · S^(-w19), where the
 *                      factor is at least 1 for Good and Easy (as py-fsrs;
 *                      fsrs-rs floors it for Hard too)
 *   next interval      t = S / factor · (r ^ (-1 / w20) - 1) for desired
 *                      retention r, rounded to whole days, 1 ≤ t ≤ maximum
 *
 * Next stability is computed from the difficulty before the review, as the
 * reference implementations do. We do not use learning steps: a question is
 * reviewed when it comes up in a quiz, and the short-term formula covers a
 * second answer on the same day.
 */

#define G_LOG_DOMAIN "syl-fsrs"

#include "config.h"

#include <math.h>
#include <string.h>

#include "syl-fsrs.h"

#define STABILITY_MIN 0.001
#define STABILITY_MAX 36500.0
#define DIFFICULTY_MIN 1.0
#define DIFFICULTY_MAX 10.0
#define US_PER_DAY ((gint64) 86400 * G_USEC_PER_SEC)

/* fsrs-rs DEFAULT_PARAMETERS for FSRS-6 (also py-fsrs 6). */
const double syl_fsrs_default_weights[SYL_FSRS_N_PARAMS] = {
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
  1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
  1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

static double
clamp_stability (double s)
{
  return CLAMP (s, STABILITY_MIN, STABILITY_MAX);
}

static double
clamp_difficulty (double d)
{
  return CLAMP (d, DIFFICULTY_MIN, DIFFICULTY_MAX);
}

static double
raw_initial_difficulty (const SylFsrsParams *params,
                        SylFsrsGrade         grade)
{
  const double *w = params->w;

  return w[4] - exp (w[5] * ((double) grade - 1.0)) + 1.0;
}

/**
 * syl_fsrs_params_init_default:
 * @params: parameters to fill
 *
 * Fills @params with the FSRS-6 default weights, 90 % desired retention
 * and a maximum interval of 100 years.
 */
void
syl_fsrs_params_init_default (SylFsrsParams *params)
{
  g_return_if_fail (params != NULL);

  memcpy (params->w, syl_fsrs_default_weights, sizeof params->w);
  params->desired_retention = SYL_FSRS_DEFAULT_RETENTION;
  params->max_interval_days = SYL_FSRS_DEFAULT_MAX_INTERVAL;
}

/**
 * syl_fsrs_decay:
 *
 * Returns: the exponent of the forgetting curve, -w20
 */
double
syl_fsrs_decay (const SylFsrsParams *params)
{
  return -params->w[20];
}

/**
 * syl_fsrs_factor:
 *
 * Returns: 0.9^(-1/w20) - 1, which makes R(S, S) = 0.9
 */
double
syl_fsrs_factor (const SylFsrsParams *params)
{
  return pow (0.9, 1.0 / syl_fsrs_decay (params)) - 1.0;
}

/**
 * syl_fsrs_retrievability:
 * @params: parameters
 * @stability: stability in days
 * @elapsed_days: days since the last review
 *
 * Returns: the probability of recall after @elapsed_days
 */
double
syl_fsrs_retrievability (const SylFsrsParams *params,
                         double               stability,
                         double               elapsed_days)
{
  g_return_val_if_fail (params != NULL, 0.0);

  if (stability <= 0.0)
    return 0.0;
  if (elapsed_days < 0.0)
    elapsed_days = 0.0;

  return pow (1.0 + syl_fsrs_factor (params) * elapsed_days / stability,
              syl_fsrs_decay (params));
}

double
syl_fsrs_initial_stability (const SylFsrsParams *params,
                            SylFsrsGrade         grade)
{
  g_return_val_if_fail (grade >= SYL_FSRS_AGAIN && grade <= SYL_FSRS_EASY, 0.0);

  return clamp_stability (params->w[grade - 1]);
}

double
syl_fsrs_initial_difficulty (const SylFsrsParams *params,
                             SylFsrsGrade         grade)
{
  g_return_val_if_fail (grade >= SYL_FSRS_AGAIN && grade <= SYL_FSRS_EASY, 0.0);

  return clamp_difficulty (raw_initial_difficulty (params, grade));
}

double
syl_fsrs_next_difficulty (const SylFsrsParams *params,
                          double               difficulty,
                          SylFsrsGrade         grade)
{
  const double *w = params->w;
  double delta = -w[6] * ((double) grade - 3.0);
  double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
  double target = raw_initial_difficulty (params, SYL_FSRS_EASY);

  return clamp_difficulty (w[7] * target + (1.0 - w[7]) * damped);
}

double
syl_fsrs_recall_stability (const SylFsrsParams *params,
                           double               difficulty,
                           double               stability,
                           double               retrievability,
                           SylFsrsGrade         grade)
{
  const double *w = params->w;
  double hard = grade == SYL_FSRS_HARD ? w[15] : 1.0;
  double easy = grade == SYL_FSRS_EASY ? w[16] : 1.0;

  return clamp_stability (stability
                          * (1.0 + exp (w[8]) * (11.0 - difficulty)
                             * pow (stability, -w[9])
                             * (exp ((1.0 - retrievability) * w[10]) - 1.0)
                             * hard * easy));
}

double
syl_fsrs_forget_stability (const SylFsrsParams *params,
                           double               difficulty,
                           double               stability,
                           double               retrievability)
{
  const double *w = params->w;
  double long_term;
  double short_term;

  long_term = clamp_stability (w[11] * pow (difficulty, -w[12])
                               * (pow (stability + 1.0, w[13]) - 1.0)
                               * exp ((1.0 - retrievability) * w[14]));
  short_term = clamp_stability (stability / exp (w[17] * w[18]));

  return MIN (long_term, short_term);
}

double
syl_fsrs_short_term_stability (const SylFsrsParams *params,
                               double               stability,
                               SylFsrsGrade         grade)
{
  const double *w = params->w;
  double increase;

  increase = exp (w[17] * ((double) grade - 3.0 + w[18])) * pow (stability, -w[19]);
  if (grade >= SYL_FSRS_GOOD)
    increase = MAX (increase, 1.0);

  return clamp_stability (stability * increase);
}

/**
 * syl_fsrs_interval_days:
 *
 * Returns: the unrounded number of days until recall falls to the desired
 *   retention
 */
double
syl_fsrs_interval_days (const SylFsrsParams *params,
                        double               stability)
{
  return stability / syl_fsrs_factor (params)
         * (pow (params->desired_retention, 1.0 / syl_fsrs_decay (params)) - 1.0);
}

guint
syl_fsrs_next_interval_days (const SylFsrsParams *params,
                             double               stability)
{
  double days = round (syl_fsrs_interval_days (params, stability));

  return (guint) CLAMP (days, 1.0, (double) params->max_interval_days);
}

/**
 * syl_fsrs_review:
 * @params: parameters
 * @card: the memory state, updated in place
 * @grade: how the learner did
 * @now_us: wall-clock time of the review
 *
 * Applies one review to @card and sets its next due time.
 */
void
syl_fsrs_review (const SylFsrsParams *params,
                 SylFsrsCard         *card,
                 SylFsrsGrade         grade,
                 gint64               now_us)
{
  double s;
  double d;

  g_return_if_fail (params != NULL);
  g_return_if_fail (card != NULL);
  g_return_if_fail (grade >= SYL_FSRS_AGAIN && grade <= SYL_FSRS_EASY);

  if (card->reps == 0 || card->stability <= 0.0)
    {
      s = syl_fsrs_initial_stability (params, grade);
      d = syl_fsrs_initial_difficulty (params, grade);
    }
  else
    {
      double elapsed = (double) (now_us - card->last_review_us) / (double) US_PER_DAY;

      if (elapsed < 1.0)
        s = syl_fsrs_short_term_stability (params, card->stability, grade);
      else
        {
          double r = syl_fsrs_retrievability (params, card->stability, elapsed);

          if (grade == SYL_FSRS_AGAIN)
            s = syl_fsrs_forget_stability (params, card->difficulty, card->stability, r);
          else
            s = syl_fsrs_recall_stability (params, card->difficulty, card->stability, r, grade);
        }
      d = syl_fsrs_next_difficulty (params, card->difficulty, grade);

      if (grade == SYL_FSRS_AGAIN)
        card->lapses++;
    }

  card->stability = s;
  card->difficulty = d;
  card->reps++;
  card->last_review_us = now_us;
  card->due_us = now_us + (gint64) syl_fsrs_next_interval_days (params, s) * US_PER_DAY;
}

/**
 * syl_fsrs_card_retrievability:
 *
 * Returns: the probability that the learner recalls @card at @now_us, or 0
 *   for a card never reviewed
 */
double
syl_fsrs_card_retrievability (const SylFsrsParams *params,
                              const SylFsrsCard   *card,
                              gint64               now_us)
{
  g_return_val_if_fail (card != NULL, 0.0);

  if (card->reps == 0)
    return 0.0;

  return syl_fsrs_retrievability (params, card->stability,
                                  (double) (now_us - card->last_review_us) / (double) US_PER_DAY);
}

/**
 * syl_fsrs_grade_for_answer:
 * @correct: whether the answer was right
 * @unsure: whether the learner marked it as a guess
 * @time_ms: time spent on the question
 * @stem_chars: length of the question text, 0 if unknown
 *
 * Wrong is Again, right but unsure is Hard, right is Good, and right, sure
 * and fast is Easy. "Fast" is under 30 s, or, when the stem length is
 * known, under 10 s plus 40 ms per character (about 25 characters a
 * second of reading), whichever is longer: a long scenario takes time to
 * read even for someone who knows the answer.
 *
 * Returns: the grade
 */
SylFsrsGrade
syl_fsrs_grade_for_answer (gboolean correct,
                           gboolean unsure,
                           gint64   time_ms,
                           guint    stem_chars)
{
  gint64 fast_ms = SYL_FSRS_EASY_TIME_MS;

  if (!correct)
    return SYL_FSRS_AGAIN;
  if (unsure)
    return SYL_FSRS_HARD;

  fast_ms = MAX (fast_ms, 10000 + (gint64) stem_chars * 40);
  if (time_ms >= 0 && time_ms < fast_ms)
    return SYL_FSRS_EASY;

  return SYL_FSRS_GOOD;
}

/* syl-scoring.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scoring a session.
 *
 * - A question is right only when exactly the right set of options is
 *   chosen (multiple response: all of them and nothing else).
 *   Unanswered scored questions are wrong; unscored questions count for
 *   nothing.
 * - Scaled score: min + (max − min) × right / scored, rounded to the
 *   nearest integer — 100 + 900 × fraction for the AWS packs. This is an
 *   ESTIMATE: the real exams equate forms with a mapping that is not
 *   public. Pass when the scaled score reaches the pack's pass mark.
 * - Domain sections: "meets competencies" when the domain's fraction right
 *   reaches the pass fraction (pass − min) / (max − min) — 72.2 % for
 *   750 on 100–1000 — otherwise "needs improvement". A domain without
 *   scored questions in the session "needs improvement" (not assessed).
 * - First sight and repeats: the scored questions new to the learner and
 *   those seen in an earlier session are counted apart. When the repeats
 *   score more than SYL_SCORING_INFLATION_MARGIN (10 points of the share
 *   right) above the first sights, and by more than luck explains (1.645
 *   standard errors of the difference, one-sided 95 %), each side with at
 *   least SYL_SCORING_INFLATION_MIN_QUESTIONS questions, the result is
 *   flagged as inflated: memory of the questions, not readiness, made the
 *   difference.
 *
 * Scoring reads SylScoreItems, never a session: the session scores itself
 * with them, so the dependency runs one way.
 */

#define G_LOG_DOMAIN "syl-scoring"

#include "config.h"

#include <math.h>

#include "syl-domain.h"
#include "syl-question.h"
#include "syl-scoring.h"

/**
 * syl_scoring_scaled_score:
 *
 * Returns: min + (max − min) × @n_correct / @n_scored, rounded half up;
 *   min when @n_scored is 0
 */
guint
syl_scoring_scaled_score (guint n_correct,
                          guint n_scored,
                          guint score_min,
                          guint score_max)
{
  g_return_val_if_fail (n_correct <= n_scored, score_min);
  g_return_val_if_fail (score_min <= score_max, score_min);

  if (n_scored == 0)
    return score_min;

  /* Integer arithmetic, so 47/65 rounds the same on every machine. */
  return score_min + (guint) (((guint64) (score_max - score_min) * n_correct * 2 + n_scored)
                              / ((guint64) n_scored * 2));
}

/**
 * syl_scoring_pass_fraction:
 *
 * Returns: the fraction right that maps to the pass mark, e.g. 0.7222
 */
double
syl_scoring_pass_fraction (guint pass_score,
                           guint score_min,
                           guint score_max)
{
  if (score_max <= score_min)
    return 1.0;

  return CLAMP (((double) pass_score - score_min) / (score_max - score_min), 0.0, 1.0);
}

/**
 * syl_scoring_min_correct_to_pass:
 *
 * Returns: the fewest right answers out of @n_scored whose scaled score
 *   reaches @pass_score (@n_scored + 1 if none does)
 */
guint
syl_scoring_min_correct_to_pass (guint n_scored,
                                 guint pass_score,
                                 guint score_min,
                                 guint score_max)
{
  for (guint k = 0; k <= n_scored; k++)
    if (syl_scoring_scaled_score (k, n_scored, score_min, score_max) >= pass_score)
      return k;

  return n_scored + 1;
}

/**
 * syl_scoring_is_correct_choice:
 * @question: a question
 * @chosen: (array length=n_chosen): option indexes, in any order
 * @n_chosen: how many
 *
 * Returns: %TRUE when the chosen options are exactly the right ones
 */
gboolean
syl_scoring_is_correct_choice (SylQuestion *question,
                               const guint *chosen,
                               guint        n_chosen)
{
  g_return_val_if_fail (SYL_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (chosen != NULL || n_chosen == 0, FALSE);

  /* The model owns the rule; scoring names it for its callers. */
  return syl_question_is_correct_choice (question, chosen, n_chosen);
}

/**
 * syl_scoring_is_inflated:
 *
 * Returns: whether @n_repeat_correct / @n_repeat exceeds
 *   @n_first_sight_correct / @n_first_sight by more than
 *   %SYL_SCORING_INFLATION_MARGIN and by more than 1.645 standard errors
 *   of the difference (pooled), with at least
 *   %SYL_SCORING_INFLATION_MIN_QUESTIONS questions on each side
 */
gboolean
syl_scoring_is_inflated (guint n_first_sight,
                         guint n_first_sight_correct,
                         guint n_repeat,
                         guint n_repeat_correct)
{
  double first, repeat, pooled, se;

  g_return_val_if_fail (n_first_sight_correct <= n_first_sight, FALSE);
  g_return_val_if_fail (n_repeat_correct <= n_repeat, FALSE);

  if (n_first_sight < SYL_SCORING_INFLATION_MIN_QUESTIONS ||
      n_repeat < SYL_SCORING_INFLATION_MIN_QUESTIONS)
    return FALSE;

  first = (double) n_first_sight_correct / n_first_sight;
  repeat = (double) n_repeat_correct / n_repeat;
  pooled = (double) (n_first_sight_correct + n_repeat_correct) / (n_first_sight + n_repeat);
  se = sqrt (pooled * (1.0 - pooled) * (1.0 / n_first_sight + 1.0 / n_repeat));

  /* A hair over the margin, so that rounding cannot flip an exact tie. */
  return repeat - first > MAX (SYL_SCORING_INFLATION_MARGIN, 1.645 * se) + 1e-12;
}

/**
 * syl_scoring_score:
 * @pack: the pack of the questions
 * @items: (array length=n_items): the session's questions as they stand
 * @n_items: how many
 * @time_used_ms: exam time used
 * @timed_out: whether time ran out
 *
 * Scores a session (unanswered scored questions are wrong).
 *
 * Returns: (transfer full): the report
 */
SylScoreReport *
syl_scoring_score (SylPack            *pack,
                   const SylScoreItem *items,
                   guint               n_items,
                   gint64              time_used_ms,
                   gboolean            timed_out)
{
  SylScoreReport *report;
  GListModel *domains;
  guint n_domains;
  guint score_min, score_max;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  score_min = syl_pack_get_score_min (pack);
  score_max = syl_pack_get_score_max (pack);
  domains = syl_pack_get_domains (pack);
  n_domains = g_list_model_get_n_items (domains);

  report = g_new0 (SylScoreReport, 1);
  report->domains = g_array_sized_new (FALSE, TRUE, sizeof (SylDomainScore), n_domains);
  report->pass_score = syl_pack_get_pass_score (pack);
  report->pass_fraction = syl_scoring_pass_fraction (report->pass_score, score_min, score_max);
  report->time_used_ms = time_used_ms;
  report->timed_out = timed_out;

  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      SylDomainScore ds = { .domain = domain };

      g_array_append_val (report->domains, ds);
    }

  for (guint i = 0; i < n_items; i++)
    {
      const SylScoreItem *item = &items[i];
      SylDomain *domain = syl_question_get_domain (item->question);
      gboolean correct = item->answered && item->correct;

      if (item->unscored)
        continue;

      report->n_scored++;
      report->n_correct += correct ? 1 : 0;
      /* A cleared answer (no option chosen) is no answer, as everywhere. */
      report->n_unanswered += item->answered ? 0 : 1;
      if (item->first_sight)
        {
          report->n_first_sight++;
          report->n_first_sight_correct += correct ? 1 : 0;
        }
      else
        {
          report->n_repeat++;
          report->n_repeat_correct += correct ? 1 : 0;
        }

      for (guint d = 0; d < report->domains->len; d++)
        {
          SylDomainScore *ds = &g_array_index (report->domains, SylDomainScore, d);

          if (ds->domain == domain)
            {
              ds->n_scored++;
              ds->n_correct += correct ? 1 : 0;
            }
        }
    }

  for (guint d = 0; d < report->domains->len; d++)
    {
      SylDomainScore *ds = &g_array_index (report->domains, SylDomainScore, d);

      ds->fraction = ds->n_scored > 0 ? (double) ds->n_correct / ds->n_scored : 0.0;
      ds->meets = ds->n_scored > 0 && ds->fraction + 1e-12 >= report->pass_fraction;
    }

  report->fraction = report->n_scored > 0 ? (double) report->n_correct / report->n_scored : 0.0;
  report->scaled = syl_scoring_scaled_score (report->n_correct, report->n_scored,
                                             score_min, score_max);
  report->passed = report->n_scored > 0 && report->scaled >= report->pass_score;
  report->inflated = syl_scoring_is_inflated (report->n_first_sight, report->n_first_sight_correct,
                                              report->n_repeat, report->n_repeat_correct);

  return report;
}

void
syl_score_report_free (SylScoreReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->domains, g_array_unref);
  g_free (report);
}

/* syl-scoring.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"
#include "syl-types.h"

G_BEGIN_DECLS

/* Repeats must beat first sights by more than this share of questions
 * (and by more than luck explains) for a result to be flagged as inflated
 * by memory of the questions. */
#define SYL_SCORING_INFLATION_MARGIN 0.10

/* Fewest scored questions on each side (first sight, repeat) for the
 * comparison to be made at all. */
#define SYL_SCORING_INFLATION_MIN_QUESTIONS 5

/**
 * SylScoreItem:
 * @question: (transfer none): the question
 * @answered: at least one option is chosen
 * @correct: exactly the right set is chosen
 * @unscored: the question does not count
 * @unsure: the learner marked the answer as a guess
 * @first_sight: the question was new to the learner when the session
 *   showed it (never shown in any earlier session)
 * @time_ms: time spent on the question
 *
 * One question of a session as scoring, pacing and confidence see it:
 * they read these, not the session, so that the session can use them.
 */
typedef struct
{
  SylQuestion *question;
  gboolean     answered;
  gboolean     correct;
  gboolean     unscored;
  gboolean     unsure;
  gboolean     first_sight;
  gint64       time_ms;
} SylScoreItem;

/**
 * SylDomainScore:
 * @domain: (transfer none): the domain
 * @n_scored: scored questions of this domain in the session
 * @n_correct: of which right
 * @fraction: @n_correct / @n_scored, 0 when @n_scored is 0
 * @meets: "meets competencies" when @fraction reaches the pass fraction;
 *   otherwise (and when @n_scored is 0) "needs improvement"
 */
typedef struct
{
  SylDomain *domain;
  guint      n_scored;
  guint      n_correct;
  double     fraction;
  gboolean   meets;
} SylDomainScore;

/**
 * SylScoreReport:
 * @n_scored: scored questions
 * @n_correct: scored questions answered exactly right
 * @n_unanswered: scored questions left unanswered or cleared (counted
 *   wrong)
 * @fraction: @n_correct / @n_scored
 * @scaled: estimated scaled score, see syl_scoring_scaled_score()
 * @pass_score: the pack's pass mark
 * @passed: @scaled ≥ @pass_score
 * @pass_fraction: the fraction of right answers that maps to the pass mark
 * @time_used_ms: exam time used
 * @timed_out: the session ended because time ran out
 * @domains: (element-type SylDomainScore): per domain, in pack order
 * @n_first_sight: scored questions that were new to the learner
 * @n_first_sight_correct: of which right
 * @n_repeat: scored questions seen in an earlier session
 * @n_repeat_correct: of which right
 * @inflated: the repeats scored more than %SYL_SCORING_INFLATION_MARGIN
 *   above the first sights, and more than luck explains, each side with
 *   at least %SYL_SCORING_INFLATION_MIN_QUESTIONS questions: the score
 *   owes something to memory of the questions
 */
typedef struct
{
  guint    n_scored;
  guint    n_correct;
  guint    n_unanswered;
  double   fraction;
  guint    scaled;
  guint    pass_score;
  gboolean passed;
  double   pass_fraction;
  gint64   time_used_ms;
  gboolean timed_out;
  GArray  *domains;
  guint    n_first_sight;
  guint    n_first_sight_correct;
  guint    n_repeat;
  guint    n_repeat_correct;
  gboolean inflated;
} SylScoreReport;

guint           syl_scoring_scaled_score         (guint               n_correct,
                                                  guint               n_scored,
                                                  guint               score_min,
                                                  guint               score_max);
double          syl_scoring_pass_fraction        (guint               pass_score,
                                                  guint               score_min,
                                                  guint               score_max);
guint           syl_scoring_min_correct_to_pass  (guint               n_scored,
                                                  guint               pass_score,
                                                  guint               score_min,
                                                  guint               score_max);
gboolean        syl_scoring_is_correct_choice    (SylQuestion        *question,
                                                  const guint        *chosen,
                                                  guint               n_chosen);
SylScoreReport *syl_scoring_score                (SylPack            *pack,
                                                  const SylScoreItem *items,
                                                  guint               n_items,
                                                  gint64              time_used_ms,
                                                  gboolean            timed_out);
gboolean        syl_scoring_is_inflated          (guint               n_first_sight,
                                                  guint               n_first_sight_correct,
                                                  guint               n_repeat,
                                                  guint               n_repeat_correct);
void            syl_score_report_free            (SylScoreReport     *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylScoreReport, syl_score_report_free)

G_END_DECLS

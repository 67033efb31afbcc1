/* syl-scoring.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-types.h"

G_BEGIN_DECLS

typedef struct _SylSession SylSession;

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
SylScoreReport *syl_scoring_score_session        (SylSession         *session);
void            syl_score_report_free            (SylScoreReport     *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylScoreReport, syl_score_report_free)

G_END_DECLS

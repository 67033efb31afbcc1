/* syl-score-distribution.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-ability.h"

G_BEGIN_DECLS

/* The forecast's interval covers this share of outcomes (10th to 90th
 * percentile). */
#define SYL_SCORE_INTERVAL 0.80

/**
 * SylScorePrediction:
 * @estimate: the expected scaled score
 * @sd: its standard deviation, in scaled points
 * @low: the 10th percentile of the scaled score
 * @high: the 90th percentile: the score lands in [@low, @high] four times
 *   in five
 * @pass_probability: the chance to reach the pass mark, 0–1
 * @expected_fraction: the expected share of scored questions right
 *
 * The forecast of one exam: the luck of the draw and the uncertainty of
 * the learner's ability together.
 */
typedef struct
{
  double estimate;
  double sd;
  guint  low;
  guint  high;
  double pass_probability;
  double expected_fraction;
} SylScorePrediction;

void    syl_score_distribution_predict          (SylAbility           *ability,
                                                 const SylAbilityItem *items,
                                                 guint                 n_items,
                                                 guint                 score_min,
                                                 guint                 score_max,
                                                 guint                 pass_score,
                                                 SylScorePrediction   *prediction);
void    syl_score_distribution_poisson_binomial (const double         *p,
                                                 guint                 n,
                                                 double               *dist);
double  syl_score_distribution_pass_probability (const double         *p,
                                                 const guint          *n,
                                                 guint                 n_groups,
                                                 guint                 min_correct);

G_END_DECLS

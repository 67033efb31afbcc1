/* syl-fsrs.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SYL_FSRS_N_PARAMS 21
#define SYL_FSRS_DEFAULT_RETENTION 0.9
#define SYL_FSRS_DEFAULT_MAX_INTERVAL 36500
#define SYL_FSRS_EASY_TIME_MS 30000

typedef enum
{
  SYL_FSRS_AGAIN = 1,
  SYL_FSRS_HARD  = 2,
  SYL_FSRS_GOOD  = 3,
  SYL_FSRS_EASY  = 4,
} SylFsrsGrade;

/**
 * SylFsrsParams:
 * @w: the 21 FSRS-6 weights
 * @desired_retention: the recall probability at which a question is due
 * @max_interval_days: the longest interval ever scheduled
 */
typedef struct
{
  double w[SYL_FSRS_N_PARAMS];
  double desired_retention;
  guint  max_interval_days;
} SylFsrsParams;

/**
 * SylFsrsCard:
 * @stability: days until recall probability falls to 90 %; 0 for a new card
 * @difficulty: 1 (easy) to 10 (hard)
 * @last_review_us: wall-clock time of the last review, µs since the epoch
 * @due_us: when the card is next due, µs since the epoch
 * @reps: reviews so far
 * @lapses: reviews graded Again after the first one
 *
 * The memory state of one question. A zeroed struct is a new card.
 */
typedef struct
{
  double stability;
  double difficulty;
  gint64 last_review_us;
  gint64 due_us;
  guint  reps;
  guint  lapses;
} SylFsrsCard;

extern const double syl_fsrs_default_weights[SYL_FSRS_N_PARAMS];

void          syl_fsrs_params_init_default     (SylFsrsParams       *params);
double        syl_fsrs_decay                   (const SylFsrsParams *params);
double        syl_fsrs_factor                  (const SylFsrsParams *params);
double        syl_fsrs_retrievability          (const SylFsrsParams *params,
                                                double               stability,
                                                double               elapsed_days);
double        syl_fsrs_initial_stability       (const SylFsrsParams *params,
                                                SylFsrsGrade         grade);
double        syl_fsrs_initial_difficulty      (const SylFsrsParams *params,
                                                SylFsrsGrade         grade);
double        syl_fsrs_next_difficulty         (const SylFsrsParams *params,
                                                double               difficulty,
                                                SylFsrsGrade         grade);
double        syl_fsrs_recall_stability        (const SylFsrsParams *params,
                                                double               difficulty,
                                                double               stability,
                                                double               retrievability,
                                                SylFsrsGrade         grade);
double        syl_fsrs_forget_stability        (const SylFsrsParams *params,
                                                double               difficulty,
                                                double               stability,
                                                double               retrievability);
double        syl_fsrs_short_term_stability    (const SylFsrsParams *params,
                                                double               stability,
                                                SylFsrsGrade         grade);
double        syl_fsrs_interval_days           (const SylFsrsParams *params,
                                                double               stability);
guint         syl_fsrs_next_interval_days      (const SylFsrsParams *params,
                                                double               stability);
void          syl_fsrs_review                  (const SylFsrsParams *params,
                                                SylFsrsCard         *card,
                                                SylFsrsGrade         grade,
                                                gint64               now_us);
double        syl_fsrs_card_retrievability     (const SylFsrsParams *params,
                                                const SylFsrsCard   *card,
                                                gint64               now_us);
SylFsrsGrade  syl_fsrs_grade_for_answer        (gboolean             correct,
                                                gboolean             unsure,
                                                gint64               time_ms,
                                                guint                stem_chars);

G_END_DECLS

/* syl-ability.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-fsrs.h"

G_BEGIN_DECLS

/* Answers this many days old count half as much as today's. */
#define SYL_ABILITY_HALF_LIFE_DAYS 10.0

/* Knowledge assumed before any answer, for a question of a domain never
 * practised: with a one-in-four guess, a 55 % chance to be right, about
 * where candidates who prepare for a professional exam start. */
#define SYL_ABILITY_PRIOR_KNOWLEDGE 0.4

#define SYL_ABILITY_NO_TASK G_MAXUINT


/**
 * SylAbilityEvidence:
 * @domain: index of the question's domain
 * @task: index of its task statement, or %SYL_ABILITY_NO_TASK
 * @guess: the chance that a blind guess at the question is right
 * @stability: the FSRS stability of the learner's memory of this very
 *   question just before answering, in days; 0 at first sight
 * @elapsed_days: days since the question was last reviewed
 * @reviews: how often it was reviewed before (its FSRS reps)
 * @history: the learner's record on this question before the answer
 *   against their usual one: see syl_ability_history()
 * @age_days: how long ago the answer was given, in days (≥ 0)
 * @correct: whether it was right
 * @unsure: whether the learner marked it as a guess
 *
 * One answer, as the ability model reads it.
 */
typedef struct
{
  guint    domain;
  guint    task;
  double   guess;
  double   stability;
  double   elapsed_days;
  guint    reviews;
  double   history;
  double   age_days;
  gboolean correct;
  gboolean unsure;
} SylAbilityEvidence;

/**
 * SylAbilityItem:
 * @domain: index of the question's domain
 * @task: index of its task statement, or %SYL_ABILITY_NO_TASK for the
 *   domain as a whole
 * @guess: the chance that a blind guess at it is right
 * @stability: the FSRS stability of the learner's memory of it, in days;
 *   0 for a question never answered
 * @elapsed_days: days from its last review to when it is answered
 * @reviews: how often it was reviewed (its FSRS reps)
 * @history: the learner's record on it (syl_ability_history()); 0 for a
 *   question never answered
 * @retention: the share of today's knowledge kept when it is answered
 *   (1 for now; see syl-forecast-projection.c)
 *
 * A question to predict an answer to.
 */
typedef struct
{
  guint  domain;
  guint  task;
  double guess;
  double stability;
  double elapsed_days;
  guint  reviews;
  double history;
  double retention;
} SylAbilityItem;

#define SYL_TYPE_ABILITY (syl_ability_get_type ())

G_DECLARE_FINAL_TYPE (SylAbility, syl_ability, SYL, ABILITY, GObject)

SylAbility *syl_ability_fit                   (const SylFsrsParams      *params,
                                               guint                     n_domains,
                                               guint                     n_tasks,
                                               const guint              *task_domains,
                                               const SylAbilityEvidence *evidence,
                                               guint                     n_evidence);

guint       syl_ability_get_n_params          (SylAbility               *self);
const double *syl_ability_get_params          (SylAbility               *self);
double      syl_ability_get_covariance        (SylAbility               *self,
                                               guint                     i,
                                               guint                     j);
double      syl_ability_get_knowledge         (SylAbility               *self,
                                               guint                     domain);
double      syl_ability_get_knowledge_sd      (SylAbility               *self,
                                               guint                     domain);
double      syl_ability_get_task_knowledge    (SylAbility               *self,
                                               guint                     task);
double      syl_ability_get_memory            (SylAbility               *self);
void        syl_ability_get_unsure_rates      (SylAbility               *self,
                                               double                   *known,
                                               double                   *guessed);
double      syl_ability_get_evidence_weight   (SylAbility               *self,
                                               guint                     domain);

double      syl_ability_predict               (SylAbility               *self,
                                               const double             *params,
                                               const SylAbilityItem     *item,
                                               double                   *gradient);

double      syl_ability_evidence_weight       (const SylAbilityEvidence *evidence);
double      syl_ability_history               (guint                     answers,
                                               guint                     right,
                                               double                    usual);
double      syl_ability_get_history_effect    (SylAbility               *self);

G_END_DECLS

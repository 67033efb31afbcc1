/* syl-forecast.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-fsrs.h"
#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

/* Expected recall of a question never answered, before the learner has
 * answered anything in its task statement: a little above guessing one of
 * four, for what a candidate knows from work. */
#define SYL_FORECAST_UNSEEN_RECALL 0.35

/* How many answers SYL_FORECAST_UNSEEN_RECALL weighs as in the prior of a
 * task statement (syl_forecast_task_prior()): once the learner has given
 * this many answers there, their record counts for half. */
#define SYL_FORECAST_PRIOR_ANSWERS 5.0

#define SYL_TYPE_FORECAST (syl_forecast_get_type ())

G_DECLARE_FINAL_TYPE (SylForecast, syl_forecast, SYL, FORECAST, GObject)

SylForecast *syl_forecast_new                   (SylPack             *pack,
                                                 SylStore            *store,
                                                 gint64               now_us,
                                                 GError             **error);
SylForecast *syl_forecast_new_from_states       (SylPack             *pack,
                                                 GPtrArray           *states,
                                                 const SylFsrsParams *params,
                                                 gint64               now_us);

double       syl_forecast_get_expected_score    (SylForecast         *self);
double       syl_forecast_get_score_sd          (SylForecast         *self);
double       syl_forecast_get_pass_probability  (SylForecast         *self);
double       syl_forecast_get_expected_fraction (SylForecast         *self);

double       syl_forecast_get_question_recall   (SylForecast         *self,
                                                 SylQuestion         *question);
double       syl_forecast_get_task_mastery      (SylForecast         *self,
                                                 SylTask             *task);
double       syl_forecast_get_domain_mastery    (SylForecast         *self,
                                                 SylDomain           *domain);
double       syl_forecast_get_service_mastery   (SylForecast         *self,
                                                 SylService          *service);
double       syl_forecast_get_task_coverage     (SylForecast         *self,
                                                 SylTask             *task);
double       syl_forecast_get_domain_coverage   (SylForecast         *self,
                                                 SylDomain           *domain);
GPtrArray   *syl_forecast_dup_tasks_by_mastery  (SylForecast         *self);
GPtrArray   *syl_forecast_dup_domains_by_mastery (SylForecast        *self);

double       syl_forecast_task_prior            (guint                answers,
                                                 guint                right);
double       syl_forecast_guess_chance          (SylQuestion         *question);
double       syl_forecast_guess_chance          (SylQuestion         *question);
double       syl_forecast_pass_probability      (const double        *p,
                                                 const guint         *n,
                                                 guint                n_groups,
                                                 guint                min_correct);

G_END_DECLS

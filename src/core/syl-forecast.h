/* syl-forecast.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-ability.h"
#include "syl-fsrs.h"
#include "syl-pack.h"
#include "syl-score-distribution.h"
#include "syl-store.h"
#include "syl-store-history.h"

G_BEGIN_DECLS

/* The most recent answers the forecast reads: with answers weighted by
 * age (SYL_ABILITY_HALF_LIFE_DAYS), older ones would hardly count. */
#define SYL_FORECAST_MAX_ANSWERS 5000

/* Days of answers that tell the learner's pace of reviews. */
#define SYL_FORECAST_PACE_DAYS 14


#define SYL_TYPE_FORECAST (syl_forecast_get_type ())

G_DECLARE_FINAL_TYPE (SylForecast, syl_forecast, SYL, FORECAST, GObject)

SylForecast *syl_forecast_new                   (SylPack                 *pack,
                                                 SylStore                *store,
                                                 gint64                   now_us,
                                                 GError                 **error);
SylForecast *syl_forecast_new_from_data         (SylPack                 *pack,
                                                 GPtrArray               *states,
                                                 const SylStoreRecentAnswer *answers,
                                                 guint                    n_answers,
                                                 const SylFsrsParams     *params,
                                                 gint64                   now_us);

SylPack     *syl_forecast_get_pack              (SylForecast             *self);
SylAbility  *syl_forecast_get_ability           (SylForecast             *self);
gint64       syl_forecast_get_now_us            (SylForecast             *self);
const SylFsrsParams *syl_forecast_get_fsrs_params (SylForecast           *self);
const SylStoreQuestionState *syl_forecast_lookup_state (SylForecast      *self,
                                                 const char              *question_id);
guint        syl_forecast_get_recent_reviews    (SylForecast             *self);
guint        syl_forecast_get_domain_index      (SylForecast             *self,
                                                 SylDomain               *domain);

const SylScorePrediction *syl_forecast_get_prediction (SylForecast       *self);
double       syl_forecast_get_expected_score    (SylForecast             *self);
double       syl_forecast_get_score_sd          (SylForecast             *self);
guint        syl_forecast_get_low               (SylForecast             *self);
guint        syl_forecast_get_high              (SylForecast             *self);
double       syl_forecast_get_pass_probability  (SylForecast             *self);
double       syl_forecast_get_expected_fraction (SylForecast             *self);

void         syl_forecast_fill_exam_items       (SylForecast             *self,
                                                 GArray                  *items);
void         syl_forecast_predict_questions     (SylForecast             *self,
                                                 GPtrArray               *questions,
                                                 GArray                  *unscored,
                                                 SylScorePrediction      *prediction);

double       syl_forecast_get_question_recall   (SylForecast             *self,
                                                 SylQuestion             *question);
double       syl_forecast_get_task_mastery      (SylForecast             *self,
                                                 SylTask                 *task);
double       syl_forecast_get_domain_mastery    (SylForecast             *self,
                                                 SylDomain               *domain);
double       syl_forecast_get_service_mastery   (SylForecast             *self,
                                                 SylService              *service);
double       syl_forecast_get_task_coverage     (SylForecast             *self,
                                                 SylTask                 *task);
double       syl_forecast_get_domain_coverage   (SylForecast             *self,
                                                 SylDomain               *domain);
GPtrArray   *syl_forecast_dup_tasks_by_mastery  (SylForecast             *self);
GPtrArray   *syl_forecast_dup_domains_by_mastery (SylForecast            *self);

double       syl_forecast_guess_chance          (SylQuestion             *question);
double       syl_forecast_unseen_mastery        (void);


G_END_DECLS

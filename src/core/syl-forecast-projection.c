/* syl-forecast-projection.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The forecast carried to the exam date, at the learner's present pace.
 *
 * Knowledge of a domain rests on what the learner studied, and that is
 * held in memory: the FSRS cards of the domain's questions. Between now
 * and the exam each card either gets its reviews (the learner keeps up
 * with the scheduler, which with an exam date brings every learned
 * question back in the final stretch, syl-exam-schedule.c) or decays
 * untouched. The learner's pace is the share of due reviews they keep up
 * with: over the last SYL_FORECAST_PACE_DAYS days, the answers to
 * questions seen before against those plus the reviews due now and not
 * done (the backlog).
 *
 * For each learned card: R_kept, its retrievability on the exam day after
 * a successful review a few days before (the middle of the final
 * stretch, with the stability FSRS gives a Good review then), and R_left,
 * its retrievability on the exam day with no review. At pace f its
 * expected retrievability is f · R_kept + (1 − f) · R_left. The domain's
 * retention is the mean of those over its learned cards against their
 * mean now, at most 1 (future study is not counted: the projection says
 * what today's knowledge becomes, not what more study adds), and the
 * domain's knowledge on the exam day is today's times that retention. The
 * exam is then forecast as today's (syl-score-distribution.c), every
 * question new to the learner, with that knowledge.
 *
 * A domain with no learned card keeps its knowledge (there is nothing to
 * forget yet); the uncertainty of the ability carries over unchanged. */

#define G_LOG_DOMAIN "syl-forecast-projection"

#include "config.h"

#include <math.h>

#include "syl-domain.h"
#include "syl-forecast-projection.h"
#include "syl-question.h"

#define US_PER_DAY ((double) 86400 * G_USEC_PER_SEC)

/**
 * syl_forecast_projection_pace:
 * @reviews_done: answers to questions seen before, in the last
 *   %SYL_FORECAST_PACE_DAYS days
 * @backlog: reviews due now and not done
 *
 * Returns: the share of due reviews the learner keeps up with, 0–1; 1
 *   when nothing was due
 */
double
syl_forecast_projection_pace (guint reviews_done,
                              guint backlog)
{
  if (reviews_done + backlog == 0)
    return 1.0;

  return (double) reviews_done / ((double) reviews_done + backlog);
}

typedef struct
{
  double now;
  double then;
  guint  n;
} Retention;

/* A card's retrievability on the exam day after a Good review @lead_days
 * before it. */
static double
kept_retrievability (const SylFsrsParams *params,
                     const SylFsrsCard   *card,
                     gint64               now_us,
                     gint64               exam_at_us,
                     double               lead_days)
{
  gint64 review_at = MAX (now_us, exam_at_us - (gint64) (lead_days * US_PER_DAY));
  double r_then = syl_fsrs_card_retrievability (params, card, review_at);
  double stability = syl_fsrs_recall_stability (params, card->difficulty, card->stability,
                                                r_then, SYL_FSRS_GOOD);

  return syl_fsrs_retrievability (params, stability, (exam_at_us - review_at) / US_PER_DAY);
}

/**
 * syl_forecast_project:
 * @forecast: today's forecast
 * @exam_at_us: the start of the exam day
 * @projection: (out caller-allocates): the forecast on that day
 *
 * Returns: %FALSE (and @projection untouched) when the exam day is not
 *   after the forecast's day
 */
gboolean
syl_forecast_project (SylForecast           *forecast,
                      gint64                 exam_at_us,
                      SylForecastProjection *projection)
{
  SylPack *pack;
  const SylFsrsParams *params;
  GListModel *questions;
  GListModel *domains;
  g_autofree Retention *retention = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SylAbilityItem));
  SylAbility *ability;
  gint64 now_us;
  guint n_domains;
  guint backlog = 0;
  double days_left, lead_days, weight_sum = 0.0, kept_sum = 0.0;

  g_return_val_if_fail (SYL_IS_FORECAST (forecast), FALSE);
  g_return_val_if_fail (projection != NULL, FALSE);

  now_us = syl_forecast_get_now_us (forecast);
  if (exam_at_us <= now_us)
    return FALSE;

  pack = syl_forecast_get_pack (forecast);
  params = syl_forecast_get_fsrs_params (forecast);
  ability = syl_forecast_get_ability (forecast);
  questions = syl_pack_get_questions (pack);
  domains = syl_pack_get_domains (pack);
  n_domains = g_list_model_get_n_items (domains);
  retention = g_new0 (Retention, MAX (n_domains, 1));
  days_left = (exam_at_us - now_us) / US_PER_DAY;
  /* The middle of the final stretch, a tenth of the time left (a day at
   * least). */
  lead_days = MAX (1.0, 0.1 * days_left) / 2.0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      const SylStoreQuestionState *state = syl_forecast_lookup_state (forecast, syl_question_get_id (question));

      if (state != NULL && state->card.reps > 0 && state->card.due_us <= now_us)
        backlog++;
    }

  projection->exam_at_us = exam_at_us;
  projection->days_left = days_left;
  projection->pace = syl_forecast_projection_pace (syl_forecast_get_recent_reviews (forecast), backlog);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      const SylStoreQuestionState *state = syl_forecast_lookup_state (forecast, syl_question_get_id (question));
      guint d = syl_forecast_get_domain_index (forecast, syl_question_get_domain (question));
      double left, kept;

      if (d >= n_domains || state == NULL || state->card.reps == 0)
        continue;

      left = syl_fsrs_card_retrievability (params, &state->card, exam_at_us);
      kept = kept_retrievability (params, &state->card, now_us, exam_at_us, lead_days);
      retention[d].now += syl_fsrs_card_retrievability (params, &state->card, now_us);
      retention[d].then += projection->pace * MAX (kept, left) + (1.0 - projection->pace) * left;
      retention[d].n++;
    }

  syl_forecast_fill_exam_items (forecast, items);
  for (guint i = 0; i < items->len; i++)
    {
      SylAbilityItem *item = &g_array_index (items, SylAbilityItem, i);
      Retention *r = &retention[item->domain];

      item->retention = r->n > 0 && r->now > 0 ? MIN (1.0, r->then / r->now) : 1.0;
      kept_sum += item->retention;
      weight_sum += 1.0;
    }
  projection->retention = weight_sum > 0 ? kept_sum / weight_sum : 1.0;

  syl_score_distribution_predict (ability, (SylAbilityItem *) (gpointer) items->data, items->len,
                                  syl_pack_get_score_min (pack), syl_pack_get_score_max (pack),
                                  syl_pack_get_pass_score (pack), &projection->prediction);

  return TRUE;
}

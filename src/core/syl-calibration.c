/* syl-calibration.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The calibration record: before each exam simulation the forecast of
 * that simulation is stored (its estimate, 80 % interval and chance to
 * pass); once the simulation is submitted, its score sits beside it. The
 * record tells the learner how far to trust the forecast: the mean
 * absolute error in scaled points, how often the pass or fail call was
 * right, and how often the score fell in the interval. */

#define G_LOG_DOMAIN "syl-calibration"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "syl-calibration.h"
#include "syl-forecast.h"

/**
 * syl_calibration_record_forecast:
 * @store: the progress
 * @pack: the pack
 * @session_id: the exam simulation about to begin
 * @questions: (element-type SylQuestion): its questions
 * @unscored: (element-type gboolean): which of them do not count
 * @now_us: now
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Forecasts the simulation as drawn (syl_forecast_predict_questions():
 * its new and seen questions, with the learner's memory of the seen
 * ones) and stores the forecast with it, for the record.
 *
 * Returns: %FALSE with @error set if it could not be stored
 */
gboolean
syl_calibration_record_forecast (SylStore   *store,
                                 SylPack    *pack,
                                 gint64      session_id,
                                 GPtrArray  *questions,
                                 GArray     *unscored,
                                 gint64      now_us,
                                 GError    **error)
{
  g_autoptr(SylForecast) forecast = NULL;
  SylScorePrediction prediction;
  SylStoreForecast record = { 0 };

  g_return_val_if_fail (SYL_IS_STORE (store), FALSE);
  g_return_val_if_fail (SYL_IS_PACK (pack), FALSE);
  g_return_val_if_fail (questions != NULL, FALSE);

  forecast = syl_forecast_new (pack, store, now_us, error);
  if (forecast == NULL)
    return FALSE;
  syl_forecast_predict_questions (forecast, questions, unscored, &prediction);

  record.session_id = session_id;
  record.made_at_us = now_us;
  record.estimate = prediction.estimate;
  record.low = prediction.low;
  record.high = prediction.high;
  record.pass_probability = prediction.pass_probability;

  return syl_store_record_forecast (store, session_id, &record, error);
}

/**
 * syl_calibration_dup_record:
 * @store: the progress
 * @pack: the pack
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Returns: (transfer full) (element-type SylCalibrationEntry): every
 *   stored forecast with what followed, oldest first; %NULL on error
 */
GArray *
syl_calibration_dup_record (SylStore  *store,
                            SylPack   *pack,
                            GError   **error)
{
  g_autoptr(GArray) stored = NULL;
  GArray *entries;

  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  stored = syl_store_dup_forecast_record (store, syl_pack_get_id (pack), error);
  if (stored == NULL)
    return NULL;

  entries = g_array_sized_new (FALSE, TRUE, sizeof (SylCalibrationEntry), stored->len);
  for (guint i = 0; i < stored->len; i++)
    {
      const SylStoreForecastRecord *r = &g_array_index (stored, SylStoreForecastRecord, i);
      SylCalibrationEntry entry = {
        .session_id = r->forecast.session_id,
        .made_at_us = r->forecast.made_at_us,
        .estimate = r->forecast.estimate,
        .low = r->forecast.low,
        .high = r->forecast.high,
        .pass_probability = r->forecast.pass_probability,
        .has_score = r->has_score,
        .score = r->score,
        .finished_at_us = r->finished_at_us,
      };

      g_array_append_val (entries, entry);
    }

  return entries;
}

/**
 * syl_calibration_call_right:
 * @entry: a forecast followed by a score
 * @pass_score: the pack's pass mark
 *
 * Returns: whether the forecast called the result right: a chance to pass
 *   of at least ½ and a pass, or under ½ and a fail
 */
gboolean
syl_calibration_call_right (const SylCalibrationEntry *entry,
                            guint                      pass_score)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  return (entry->pass_probability >= 0.5) == (entry->score >= pass_score);
}

/**
 * syl_calibration_summarize:
 * @entries: (array length=n_entries): the record
 * @n_entries: how many
 * @pass_score: the pack's pass mark
 * @summary: (out caller-allocates): the figures, over the entries with a
 *   score
 */
void
syl_calibration_summarize (const SylCalibrationEntry *entries,
                           guint                      n_entries,
                           guint                      pass_score,
                           SylCalibrationSummary     *summary)
{
  double error = 0.0;

  g_return_if_fail (entries != NULL || n_entries == 0);
  g_return_if_fail (summary != NULL);

  *summary = (SylCalibrationSummary) { 0 };
  for (guint i = 0; i < n_entries; i++)
    {
      const SylCalibrationEntry *e = &entries[i];

      if (!e->has_score)
        continue;
      summary->n++;
      error += fabs (e->score - e->estimate);
      summary->calls_right += syl_calibration_call_right (e, pass_score) ? 1 : 0;
      summary->covered += e->score >= e->low && e->score <= e->high ? 1 : 0;
    }

  summary->mean_abs_error = summary->n > 0 ? error / summary->n : 0.0;
}

/**
 * syl_calibration_format_summary:
 *
 * Returns: (transfer full): "Off by 34 points on average over 5
 *   simulations", or what will appear when there is nothing yet
 */
char *
syl_calibration_format_summary (const SylCalibrationSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  if (summary->n == 0)
    return g_strdup (_("No simulation has followed a forecast yet"));

  /* Translators: "Off by 34 points on average over 5 simulations" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Off by %.0f points on average over %u simulation",
                                       "Off by %.0f points on average over %u simulations",
                                       summary->n),
                          summary->mean_abs_error, summary->n);
}

/**
 * syl_calibration_format_entry:
 * @entry: a forecast followed by a score
 * @pass_score: the pack's pass mark
 *
 * Returns: (transfer full): "forecast 702 (650–760) · scored 718 · pass
 *   call right"
 */
char *
syl_calibration_format_entry (const SylCalibrationEntry *entry,
                              guint                      pass_score)
{
  const char *call;

  g_return_val_if_fail (entry != NULL, NULL);

  if (!entry->has_score)
    /* Translators: a forecast whose simulation was not submitted, "forecast 702 (650–760) · not submitted" */
    return g_strdup_printf (_("forecast %.0f (%.0f–%.0f) · not submitted"), entry->estimate, entry->low, entry->high);

  call = syl_calibration_call_right (entry, pass_score) ? _("pass call right") : _("pass call wrong");
  /* Translators: "forecast 702 (650–760) · scored 718 · pass call right" */
  return g_strdup_printf (_("forecast %.0f (%.0f–%.0f) · scored %.0f · %s"),
                          entry->estimate, entry->low, entry->high, entry->score, call);
}

/**
 * syl_calibration_format_calls:
 *
 * Returns: (transfer full): "Pass or fail called right 4 times in 5 ·
 *   score inside the 80 % interval 4 times in 5"
 */
char *
syl_calibration_format_calls (const SylCalibrationSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  /* Translators: "Pass or fail called right 4 times in 5 · score inside the 80 % interval 4 times in 5" */
  return g_strdup_printf (_("Pass or fail called right %u times in %u · score inside the 80 %% interval %u times in %u"),
                          summary->calls_right, summary->n, summary->covered, summary->n);
}

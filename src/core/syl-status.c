/* syl-status.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dashboard's figures without a window, for `syllabus --status` and
 * `--status --json` (scripts, reminders, tests): the same forecast, the
 * same exam-aware count of due reviews, the same exam history and
 * calibration record as the dashboard shows. */

#define G_LOG_DOMAIN "syl-status"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "syl-calibration.h"
#include "syl-dashboard-model.h"
#include "syl-exam-schedule.h"
#include "syl-forecast.h"
#include "syl-status.h"

/**
 * syl_status_compute:
 * @pack: the active pack
 * @store: (nullable): progress; %NULL for none yet
 * @exam_date: (nullable): the exam day set in Preferences, "YYYY-MM-DD"
 * @now_us: now
 * @status: (out caller-allocates): the figures
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Returns: %FALSE if the progress could not be read
 */
gboolean
syl_status_compute (SylPack     *pack,
                    SylStore    *store,
                    const char  *exam_date,
                    gint64       now_us,
                    SylStatus   *status,
                    GError     **error)
{
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(SylExamSchedule) schedule = NULL;
  g_autofree char *today = syl_store_day_for_time (now_us);
  const SylScorePrediction *prediction;

  g_return_val_if_fail (SYL_IS_PACK (pack), FALSE);
  g_return_val_if_fail (store == NULL || SYL_IS_STORE (store), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  memset (status, 0, sizeof *status);

  if (store != NULL)
    {
      states = syl_store_dup_question_states (store, syl_pack_get_id (pack), error);
      if (states == NULL)
        return FALSE;
    }
  else
    states = g_ptr_array_new ();

  forecast = syl_forecast_new (pack, store, now_us, error);
  if (forecast == NULL)
    return FALSE;
  prediction = syl_forecast_get_prediction (forecast);
  status->estimate = prediction->estimate;
  status->estimate_low = prediction->low;
  status->estimate_high = prediction->high;
  status->pass_probability = prediction->pass_probability;

  schedule = syl_exam_schedule_new (states, exam_date, 0, now_us);
  status->due_today = syl_exam_schedule_count_due (schedule, now_us);
  status->new_left = syl_dashboard_count_unseen (pack, states);

  if (syl_dashboard_days_until (exam_date, today, &status->days_left))
    g_strlcpy (status->exam_date, exam_date, sizeof status->exam_date);

  if (store != NULL)
    {
      g_autoptr(GArray) scores = syl_dashboard_dup_exam_scores (store, syl_pack_get_id (pack), error);
      g_autoptr(GArray) record = NULL;
      SylCalibrationSummary summary;

      if (scores == NULL)
        return FALSE;
      if (scores->len > 0)
        {
          SylScorePoint *last = &g_array_index (scores, SylScorePoint, scores->len - 1);
          g_autofree char *day = syl_store_day_for_time (last->finished_at_us);

          status->has_last_exam = TRUE;
          status->last_exam_score = last->score;
          g_strlcpy (status->last_exam_date, day, sizeof status->last_exam_date);
        }

      record = syl_calibration_dup_record (store, pack, error);
      if (record == NULL)
        return FALSE;
      syl_calibration_summarize ((SylCalibrationEntry *) (gpointer) record->data, record->len,
                                 syl_pack_get_pass_score (pack), &summary);
      status->n_calibrated = summary.n;
      status->forecast_mae = summary.mean_abs_error;
    }

  return TRUE;
}

static void
append_number (GString    *out,
               const char *key,
               double      value,
               gboolean    known,
               const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "  \"%s\": ", key);
  if (known && isfinite (value))
    g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, format, value));
  else
    g_string_append (out, "null");
}

static void
append_day (GString    *out,
            const char *key,
            const char *day)
{
  /* Days are YYYY-MM-DD, made here: nothing to escape. */
  if (day != NULL && day[0] != '\0')
    g_string_append_printf (out, "  \"%s\": \"%s\"", key, day);
  else
    g_string_append_printf (out, "  \"%s\": null", key);
}

/**
 * syl_status_to_json:
 *
 * Returns: (transfer full): one JSON object with the keys estimate,
 *   estimate_low, estimate_high, pass_probability, due_today, new_left,
 *   exam_date, last_exam_score, last_exam_date and forecast_mae; the
 *   dates are local days "YYYY-MM-DD", absent values null
 */
char *
syl_status_to_json (const SylStatus *status)
{
  GString *out = g_string_new ("{\n");

  g_return_val_if_fail (status != NULL, NULL);

  append_number (out, "estimate", status->estimate, TRUE, "%.1f");
  g_string_append (out, ",\n");
  append_number (out, "estimate_low", status->estimate_low, TRUE, "%.0f");
  g_string_append (out, ",\n");
  append_number (out, "estimate_high", status->estimate_high, TRUE, "%.0f");
  g_string_append (out, ",\n");
  append_number (out, "pass_probability", status->pass_probability, TRUE, "%.3f");
  g_string_append (out, ",\n");
  append_number (out, "due_today", status->due_today, TRUE, "%.0f");
  g_string_append (out, ",\n");
  append_number (out, "new_left", status->new_left, TRUE, "%.0f");
  g_string_append (out, ",\n");
  append_day (out, "exam_date", status->exam_date);
  g_string_append (out, ",\n");
  append_number (out, "last_exam_score", status->last_exam_score, status->has_last_exam, "%.0f");
  g_string_append (out, ",\n");
  append_day (out, "last_exam_date", status->has_last_exam ? status->last_exam_date : NULL);
  g_string_append (out, ",\n");
  append_number (out, "forecast_mae", status->forecast_mae, status->n_calibrated > 0, "%.1f");
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}

/**
 * syl_status_to_text:
 * @pack: the pack it is for, named in the first line
 *
 * Returns: (transfer full): the figures, one a line, for people
 */
char *
syl_status_to_text (const SylStatus *status,
                    SylPack         *pack)
{
  GString *out = g_string_new (NULL);
  g_autofree char *pass = NULL;

  g_return_val_if_fail (status != NULL, NULL);
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  pass = syl_dashboard_format_percent (status->pass_probability);
  g_string_append_printf (out, "%s\n", syl_pack_get_title (pack));
  /* Translators: "Estimated score: 712 (80 % interval 650–770)" */
  g_string_append_printf (out, _("Estimated score: %.0f (80 %% interval %u–%u)"),
                          status->estimate, status->estimate_low, status->estimate_high);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Chance to pass: %s"), pass);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Reviews due today: %u"), status->due_today);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("New questions left: %u"), status->new_left);
  g_string_append_c (out, '\n');

  if (status->exam_date[0] != '\0')
    {
      g_autofree char *days = syl_dashboard_format_days_until (status->days_left);

      /* Translators: "Exam date: 2026-02-14 (Exam in 23 days)" */
      g_string_append_printf (out, _("Exam date: %s (%s)"), status->exam_date, days);
    }
  else
    g_string_append (out, _("Exam date: not set"));
  g_string_append_c (out, '\n');

  if (status->has_last_exam)
    /* Translators: "Last exam simulation: 718 on 2026-01-02" */
    g_string_append_printf (out, _("Last exam simulation: %.0f on %s"),
                            status->last_exam_score, status->last_exam_date);
  else
    g_string_append (out, _("Last exam simulation: none yet"));
  g_string_append_c (out, '\n');

  if (status->n_calibrated > 0)
    {
      SylCalibrationSummary summary = { .n = status->n_calibrated,
                                        .mean_abs_error = status->forecast_mae };
      g_autofree char *line = syl_calibration_format_summary (&summary);

      /* Translators: "Forecast so far: Off by 34 points on average over 5 simulations" */
      g_string_append_printf (out, _("Forecast so far: %s"), line);
    }
  else
    g_string_append (out, _("Forecast so far: no simulation has followed a forecast yet"));
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

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

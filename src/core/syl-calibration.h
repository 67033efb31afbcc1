/* syl-calibration.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

/**
 * SylCalibrationEntry:
 * @session_id: the exam simulation
 * @made_at_us: when the forecast was made, just before it began
 * @estimate: the forecast's estimated scaled score
 * @low: the low end of its 80 % interval
 * @high: the high end
 * @pass_probability: its chance to pass, 0–1
 * @has_score: whether the simulation was submitted
 * @score: the scaled score that followed
 * @finished_at_us: when it was submitted
 *
 * One forecast of the calibration record and what followed it.
 */
typedef struct
{
  gint64   session_id;
  gint64   made_at_us;
  double   estimate;
  double   low;
  double   high;
  double   pass_probability;
  gboolean has_score;
  double   score;
  gint64   finished_at_us;
} SylCalibrationEntry;

/**
 * SylCalibrationSummary:
 * @n: forecasts followed by a score
 * @mean_abs_error: their mean absolute error, scaled points (0 when @n
 *   is 0)
 * @calls_right: how many called pass or fail right (a chance to pass of
 *   at least ½ calls a pass)
 * @covered: how many scores fell inside the 80 % interval
 */
typedef struct
{
  guint  n;
  double mean_abs_error;
  guint  calls_right;
  guint  covered;
} SylCalibrationSummary;

GArray  *syl_calibration_dup_record      (SylStore                  *store,
                                          SylPack                   *pack,
                                          GError                   **error);
gboolean syl_calibration_record_forecast (SylStore                  *store,
                                          SylPack                   *pack,
                                          gint64                     session_id,
                                          GPtrArray                 *questions,
                                          GArray                    *unscored,
                                          gint64                     now_us,
                                          GError                   **error);
void     syl_calibration_summarize       (const SylCalibrationEntry *entries,
                                          guint                      n_entries,
                                          guint                      pass_score,
                                          SylCalibrationSummary     *summary);
gboolean syl_calibration_call_right      (const SylCalibrationEntry *entry,
                                          guint                      pass_score);
char    *syl_calibration_format_summary  (const SylCalibrationSummary *summary);
char    *syl_calibration_format_calls    (const SylCalibrationSummary *summary);
char    *syl_calibration_format_entry    (const SylCalibrationEntry   *entry,
                                          guint                        pass_score);

G_END_DECLS

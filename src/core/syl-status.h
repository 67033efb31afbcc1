/* syl-status.h
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
 * SylStatus:
 * @estimate: the estimated scaled score
 * @estimate_low: the low end of its 80 % interval
 * @estimate_high: the high end
 * @pass_probability: the chance to pass, 0–1
 * @due_today: reviews due now
 * @new_left: questions never answered
 * @exam_date: the exam day, "YYYY-MM-DD", empty when none is set
 * @days_left: days from today to it, when set
 * @has_last_exam: whether an exam simulation was submitted
 * @last_exam_score: the last one's score
 * @last_exam_date: the local day it was submitted, "YYYY-MM-DD"
 * @n_calibrated: forecasts in the calibration record followed by a score
 * @forecast_mae: their mean absolute error, when @n_calibrated > 0
 *
 * The dashboard's figures, for `syllabus --status`.
 */
typedef struct
{
  double estimate;
  guint  estimate_low;
  guint  estimate_high;
  double pass_probability;
  guint  due_today;
  guint  new_left;
  char   exam_date[11];
  int    days_left;
  gboolean has_last_exam;
  double last_exam_score;
  char   last_exam_date[11];
  guint  n_calibrated;
  double forecast_mae;
} SylStatus;

gboolean syl_status_compute  (SylPack          *pack,
                              SylStore         *store,
                              const char       *exam_date,
                              gint64            now_us,
                              SylStatus        *status,
                              GError          **error);
char    *syl_status_to_json  (const SylStatus  *status);
char    *syl_status_to_text  (const SylStatus  *status,
                              SylPack          *pack);

G_END_DECLS

/* syl-forecast-projection.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-forecast.h"

G_BEGIN_DECLS

/**
 * SylForecastProjection:
 * @exam_at_us: the start of the exam day, µs since the epoch
 * @days_left: days from the forecast to it
 * @pace: the share of due reviews the learner keeps up with, 0–1, from
 *   the last %SYL_FORECAST_PACE_DAYS days
 * @retention: the share of today's knowledge kept by the exam day at
 *   that pace, averaged over the domains by weight
 * @prediction: the forecast of the real exam on that day
 *
 * "If you keep today's pace, on 15 Jan: …"
 */
typedef struct
{
  gint64             exam_at_us;
  double             days_left;
  double             pace;
  double             retention;
  SylScorePrediction prediction;
} SylForecastProjection;

gboolean syl_forecast_project            (SylForecast           *forecast,
                                          gint64                 exam_at_us,
                                          SylForecastProjection *projection);
double   syl_forecast_projection_pace    (guint                  reviews_done,
                                          guint                  backlog);

G_END_DECLS

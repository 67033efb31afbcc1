/* syl-dashboard-model.h
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

/* Weeks shown by the activity calendar. */
#define SYL_ACTIVITY_WEEKS 12

/* With an exam date, a backlog of due reviews is cleared over at most
 * this many days (syl_daily_plan_compute()). */
#define SYL_BACKLOG_DAYS 7

/* Intensity levels of an activity cell: 0 (no answers) to this. */
#define SYL_ACTIVITY_MAX_LEVEL 4

/**
 * SylDailyPlan:
 * @due: reviews due now
 * @reviews: due reviews in today's plan
 * @new_questions: never-answered questions in today's plan
 * @answered_today: questions already answered today
 * @goal: answers to reach today: the daily goal, or more when the pace
 *   to the exam date asks for more
 * @new_per_day: with an exam date ahead, the new questions a day that see
 *   the whole bank before it; 0 otherwise
 *
 * What to do today. Without an exam date, the due reviews first, then new
 * questions, until the day's answers reach the daily goal. With one, the
 * due reviews (a backlog spread over a week at most) and @new_per_day new
 * questions, or more when the daily goal leaves room for them.
 */
typedef struct
{
  guint due;
  guint reviews;
  guint new_questions;
  guint answered_today;
  guint goal;
  guint new_per_day;
} SylDailyPlan;

/**
 * SylActivityCell:
 * @day: the local calendar day, "YYYY-MM-DD"
 * @answers: questions answered that day
 * @correct: of which right
 * @level: 0 for no answers, up to %SYL_ACTIVITY_MAX_LEVEL when the daily
 *   goal was reached
 * @future: the day is after today (the rest of the current week)
 */
typedef struct
{
  char     day[11];
  guint    answers;
  guint    correct;
  guint    level;
  gboolean future;
} SylActivityCell;

/**
 * SylScorePoint:
 * @session_id: the exam simulation
 * @finished_at_us: when it was submitted, µs since the epoch
 * @score: its estimated scaled score
 *
 * One point of the chart of scores: a #SylStoreScore of an exam.
 */
typedef SylStoreScore SylScorePoint;

void        syl_daily_plan_compute              (guint                   due,
                                                 guint                   unseen,
                                                 guint                   daily_goal,
                                                 guint                   answered_today,
                                                 guint                   new_today,
                                                 int                     days_left,
                                                 SylDailyPlan           *plan);

gboolean    syl_dashboard_days_until            (const char             *exam_date,
                                                 const char             *today,
                                                 int                    *days);

guint       syl_activity_level                  (guint                   answers,
                                                 guint                   daily_goal);
char       *syl_activity_dup_first_day          (const char             *today,
                                                 guint                   n_weeks);
GArray     *syl_activity_grid_new               (GArray                 *days,
                                                 const char             *today,
                                                 guint                   n_weeks,
                                                 guint                   daily_goal);

gboolean    syl_dashboard_has_answers           (GPtrArray              *states);
guint       syl_dashboard_count_due             (GPtrArray              *states,
                                                 gint64                  now_us);
guint       syl_dashboard_count_unseen          (SylPack                *pack,
                                                 GPtrArray              *states);
guint       syl_dashboard_count_new_today       (GPtrArray              *states,
                                                 gint64                  now_us);
gint64      syl_dashboard_next_due_us           (GPtrArray              *states,
                                                 gint64                  now_us);

GArray     *syl_dashboard_dup_exam_scores       (SylStore               *store,
                                                 const char             *pack_id,
                                                 GError                **error);

const char *syl_dashboard_mode_title            (const char             *mode);
char       *syl_dashboard_format_days_until     (int                     days);
char       *syl_dashboard_format_next_review    (gint64                  next_due_us,
                                                 gint64                  now_us);
char       *syl_dashboard_format_progress       (const SylStoreSession  *session);
char       *syl_dashboard_format_time_left      (gint64                  remaining_ms);
char       *syl_dashboard_format_percent        (double                  fraction);

G_END_DECLS

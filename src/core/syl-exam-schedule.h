/* syl-exam-schedule.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The final stretch is this share of the time from the start of study to
 * the exam day, and at least a day. */
#define SYL_EXAM_SCHEDULE_STRETCH 0.10

#define SYL_TYPE_EXAM_SCHEDULE (syl_exam_schedule_get_type ())

G_DECLARE_FINAL_TYPE (SylExamSchedule, syl_exam_schedule, SYL, EXAM_SCHEDULE, GObject)

SylExamSchedule *syl_exam_schedule_new                (GPtrArray       *states,
                                                       const char      *exam_day,
                                                       gint64           study_start_us,
                                                       gint64           now_us);
gint64           syl_exam_schedule_study_start_us     (GPtrArray       *states);

gboolean         syl_exam_schedule_is_active          (SylExamSchedule *self);
gint64           syl_exam_schedule_get_exam_start_us  (SylExamSchedule *self);
gint64           syl_exam_schedule_get_stretch_start_us (SylExamSchedule *self);
gint64           syl_exam_schedule_get_due_us         (SylExamSchedule *self,
                                                       const char      *question_id);
guint            syl_exam_schedule_count_due          (SylExamSchedule *self,
                                                       gint64           at_us);
GStrv            syl_exam_schedule_dup_due            (SylExamSchedule *self,
                                                       gint64           at_us,
                                                       guint            limit);
gint64           syl_exam_schedule_next_due_us        (SylExamSchedule *self,
                                                       gint64           after_us);
guint            syl_exam_schedule_count_due_on_day   (SylExamSchedule *self,
                                                       gint64           day_us);

gint64           syl_exam_schedule_day_start_us       (const char      *day);

G_END_DECLS

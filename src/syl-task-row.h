/* syl-task-row.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-task.h"

G_BEGIN_DECLS

#define SYL_TYPE_TASK_ROW (syl_task_row_get_type ())

G_DECLARE_FINAL_TYPE (SylTaskRow, syl_task_row, SYL, TASK_ROW, GtkListBoxRow)

GtkWidget *syl_task_row_new          (SylTask    *task,
                                      guint       drill_length);
SylTask   *syl_task_row_get_task     (SylTaskRow *self);
gboolean   syl_task_row_get_expanded (SylTaskRow *self);
void       syl_task_row_set_expanded (SylTaskRow *self,
                                      gboolean    expanded);
void       syl_task_row_set_progress (SylTaskRow *self,
                                      guint       n_questions,
                                      guint       attempts,
                                      double      mastery);

G_END_DECLS

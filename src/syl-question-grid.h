/* syl-question-grid.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-session.h"

G_BEGIN_DECLS

/**
 * SylQuestionGridFilter:
 * @SYL_QUESTION_GRID_ALL: every question
 * @SYL_QUESTION_GRID_FLAGGED: the flagged ones
 * @SYL_QUESTION_GRID_UNANSWERED: the unanswered ones
 */
typedef enum
{
  SYL_QUESTION_GRID_ALL,
  SYL_QUESTION_GRID_FLAGGED,
  SYL_QUESTION_GRID_UNANSWERED,
} SylQuestionGridFilter;

#define SYL_TYPE_QUESTION_GRID (syl_question_grid_get_type ())

G_DECLARE_FINAL_TYPE (SylQuestionGrid, syl_question_grid, SYL, QUESTION_GRID, GtkWidget)

GtkWidget             *syl_question_grid_new           (void);
void                   syl_question_grid_set_session   (SylQuestionGrid       *self,
                                                        SylSession            *session);
void                   syl_question_grid_refresh       (SylQuestionGrid       *self);
void                   syl_question_grid_set_columns   (SylQuestionGrid       *self,
                                                        guint                  columns);
SylQuestionGridFilter  syl_question_grid_get_filter    (SylQuestionGrid       *self);
void                   syl_question_grid_set_filter    (SylQuestionGrid       *self,
                                                        SylQuestionGridFilter  filter);
const char            *syl_question_grid_get_summary   (SylQuestionGrid       *self);
guint                  syl_question_grid_get_n_shown   (SylQuestionGrid       *self);
GtkWidget             *syl_question_grid_get_cell      (SylQuestionGrid       *self,
                                                        guint                  i);
void                   syl_question_grid_focus_current (SylQuestionGrid       *self);

G_END_DECLS

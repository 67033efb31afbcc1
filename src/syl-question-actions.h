/* syl-question-actions.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-question.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_QUESTION_ACTIONS (syl_question_actions_get_type ())

G_DECLARE_FINAL_TYPE (SylQuestionActions, syl_question_actions, SYL, QUESTION_ACTIONS, GtkWidget)

GtkWidget      *syl_question_actions_new               (void);
void            syl_question_actions_set_question      (SylQuestionActions *self,
                                                        SylStore           *store,
                                                        SylPack            *pack,
                                                        SylQuestion        *question);
SylQuestion    *syl_question_actions_get_question      (SylQuestionActions *self);
gboolean        syl_question_actions_save              (SylQuestionActions *self);
gboolean        syl_question_actions_has_unsaved_note  (SylQuestionActions *self);
AdwExpanderRow *syl_question_actions_get_note_row      (SylQuestionActions *self);
GtkTextView    *syl_question_actions_get_note_view     (SylQuestionActions *self);
GtkButton      *syl_question_actions_get_report_button (SylQuestionActions *self);

G_END_DECLS

/* syl-explanation-box.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-question.h"

G_BEGIN_DECLS

#define SYL_TYPE_EXPLANATION_BOX (syl_explanation_box_get_type ())

G_DECLARE_FINAL_TYPE (SylExplanationBox, syl_explanation_box, SYL, EXPLANATION_BOX, GtkWidget)

GtkWidget   *syl_explanation_box_new          (void);
void         syl_explanation_box_set_question (SylExplanationBox *self,
                                               SylQuestion       *question);
SylQuestion *syl_explanation_box_get_question (SylExplanationBox *self);
const char  *syl_explanation_box_get_text     (SylExplanationBox *self);
GtkWidget   *syl_explanation_box_get_task_button (SylExplanationBox *self);
guint        syl_explanation_box_get_n_services  (SylExplanationBox *self);
GtkWidget   *syl_explanation_box_get_service_button (SylExplanationBox *self,
                                                     guint              i);
GtkWidget   *syl_explanation_box_get_references     (SylExplanationBox *self);

G_END_DECLS

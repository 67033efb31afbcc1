/* syl-question.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_QUESTION (syl_question_get_type ())

G_DECLARE_FINAL_TYPE (SylQuestion, syl_question, SYL, QUESTION, GObject)

const char      *syl_question_get_id             (SylQuestion *self);
SylQuestionType  syl_question_get_question_type  (SylQuestion *self);
const char      *syl_question_get_stem           (SylQuestion *self);
SylTask         *syl_question_get_task           (SylQuestion *self);
SylDomain       *syl_question_get_domain         (SylQuestion *self);
guint            syl_question_get_n_options      (SylQuestion *self);
const char      *syl_question_get_option_text    (SylQuestion *self,
                                                  guint        i);
const char      *syl_question_get_option_why     (SylQuestion *self,
                                                  guint        i);
gboolean         syl_question_get_option_correct (SylQuestion *self,
                                                  guint        i);
guint            syl_question_get_n_correct      (SylQuestion *self);
const char      *syl_question_get_explanation    (SylQuestion *self);
guint            syl_question_get_n_references   (SylQuestion *self);
const char      *syl_question_get_reference_title (SylQuestion *self,
                                                  guint        i);
const char      *syl_question_get_reference_href (SylQuestion *self,
                                                  guint        i);
GPtrArray       *syl_question_get_services       (SylQuestion *self);
gboolean         syl_question_is_correct_choice  (SylQuestion *self,
                                                  const guint *chosen,
                                                  guint        n_chosen);
const char      *syl_question_get_digest         (SylQuestion *self);
const char      *syl_question_get_source_file    (SylQuestion *self);
guint            syl_question_get_source_line    (SylQuestion *self);

G_END_DECLS

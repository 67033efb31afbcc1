/* syl-question-index.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-question.h"

G_BEGIN_DECLS

/**
 * SylQuestionIndex:
 *
 * The questions of a pack prepared for search as you type; see
 * syl_question_index_new().
 */
typedef struct _SylQuestionIndex SylQuestionIndex;

SylQuestionIndex *syl_question_index_new      (GListModel       *questions);
void              syl_question_index_free     (SylQuestionIndex *self);
guint             syl_question_index_get_size (SylQuestionIndex *self);
gboolean          syl_question_index_set_note (SylQuestionIndex *self,
                                               const char       *question_id,
                                               const char       *note);
GPtrArray        *syl_question_index_search   (SylQuestionIndex *self,
                                               const char       *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylQuestionIndex, syl_question_index_free)

G_END_DECLS

/* syl-question-search.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-question-actions.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_QUESTION_SEARCH (syl_question_search_get_type ())

G_DECLARE_FINAL_TYPE (SylQuestionSearch, syl_question_search, SYL, QUESTION_SEARCH, AdwWindow)

GtkWidget          *syl_question_search_new           (GtkWindow         *parent,
                                                       SylStore          *store,
                                                       SylPack           *pack);
void                syl_question_search_run           (SylQuestionSearch *self,
                                                       const char        *query);
guint               syl_question_search_get_n_results (SylQuestionSearch *self);
SylQuestion        *syl_question_search_get_result    (SylQuestionSearch *self,
                                                       guint              i);
void                syl_question_search_show_detail   (SylQuestionSearch *self,
                                                       SylQuestion       *question);
const char         *syl_question_search_get_page      (SylQuestionSearch *self);
GtkSearchEntry     *syl_question_search_get_entry     (SylQuestionSearch *self);
GtkListBox         *syl_question_search_get_results_list (SylQuestionSearch *self);
SylQuestionActions *syl_question_search_get_actions   (SylQuestionSearch *self);

G_END_DECLS

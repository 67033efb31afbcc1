/* syl-quiz-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-page.h"
#include "syl-session.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_QUIZ_PAGE (syl_quiz_page_get_type ())

G_DECLARE_FINAL_TYPE (SylQuizPage, syl_quiz_page, SYL, QUIZ_PAGE, SylPage)

SylSession *syl_quiz_page_get_session  (SylQuizPage *self);
void        syl_quiz_page_set_session  (SylQuizPage *self,
                                        SylSession  *session);
gboolean    syl_quiz_page_get_flagged  (SylQuizPage *self);
void        syl_quiz_page_set_flagged  (SylQuizPage *self,
                                        gboolean     flagged);

G_END_DECLS

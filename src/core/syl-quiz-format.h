/* syl-quiz-format.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-scoring.h"
#include "syl-session.h"

G_BEGIN_DECLS

char                 *syl_quiz_format_counter        (guint                 position,
                                                      guint                 n_questions);
char                 *syl_quiz_format_counter_short  (guint                 position,
                                                      guint                 n_questions);
char                 *syl_quiz_format_clock          (gint64                remaining_ms);
char                 *syl_quiz_format_duration       (gint64                ms);
char                 *syl_quiz_format_choose         (guint                 n_correct,
                                                      guint                 n_selected);
char                 *syl_quiz_format_answer_verdict (gboolean              correct,
                                                      gboolean              unsure,
                                                      const guint          *right_numbers,
                                                      guint                 n_right);
char                 *syl_quiz_format_option_state   (gboolean              correct,
                                                      gboolean              chosen,
                                                      const char           *why);
char                 *syl_quiz_format_submit_heading (gboolean              exam);
char                 *syl_quiz_format_submit_body    (gboolean              exam,
                                                      guint                 n_unanswered,
                                                      guint                 n_flagged);
char                 *syl_quiz_format_grid_summary   (guint                 n_answered,
                                                      guint                 n_flagged,
                                                      guint                 n_unanswered);
char                 *syl_quiz_format_score          (const SylScoreReport *report,
                                                      guint                 score_max,
                                                      gboolean              exam);
char                 *syl_quiz_format_verdict        (const SylScoreReport *report,
                                                      gboolean              exam);
char                 *syl_quiz_format_right_and_time (const SylScoreReport *report,
                                                      gboolean              exam);
char                 *syl_quiz_format_domain_right   (const SylDomainScore *score);
char                 *syl_quiz_format_excerpt        (const char           *text,
                                                      guint                 max_chars);
char                 *syl_quiz_format_review_state   (gboolean              answered,
                                                      gboolean              correct,
                                                      const char           *task_id,
                                                      gboolean              flagged,
                                                      gboolean              unscored);

gboolean              syl_quiz_has_choice            (SylSession           *session,
                                                      guint                 i);
guint                 syl_quiz_count_unanswered      (SylSession           *session);
guint                 syl_quiz_count_flagged         (SylSession           *session);
gboolean              syl_quiz_gives_feedback        (SylQuizMode           mode);
const SylDomainScore *syl_quiz_weakest_domain        (const SylScoreReport *report);
GPtrArray            *syl_quiz_domains_weakest_first (const SylScoreReport *report);

G_END_DECLS

/* syl-answer-review-row.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-session.h"

G_BEGIN_DECLS

#define SYL_TYPE_ANSWER_REVIEW_ROW (syl_answer_review_row_get_type ())

G_DECLARE_FINAL_TYPE (SylAnswerReviewRow, syl_answer_review_row, SYL, ANSWER_REVIEW_ROW, AdwExpanderRow)

GtkWidget *syl_answer_review_row_new          (SylSession         *session,
                                               guint               position);
void       syl_answer_review_row_set_store    (SylAnswerReviewRow *self,
                                               SylStore           *store);
gboolean   syl_answer_review_row_has_note_mark (SylAnswerReviewRow *self);
guint      syl_answer_review_row_get_position (SylAnswerReviewRow *self);
gboolean   syl_answer_review_row_is_correct   (SylAnswerReviewRow *self);
gboolean   syl_answer_review_row_is_flagged   (SylAnswerReviewRow *self);
gboolean   syl_answer_review_row_is_unscored  (SylAnswerReviewRow *self);
GtkWidget *syl_answer_review_row_get_details  (SylAnswerReviewRow *self);
GtkWidget *syl_answer_review_row_new_changed_label (void);

G_END_DECLS

/* syl-confidence.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-scoring.h"
#include "syl-store-history.h"

G_BEGIN_DECLS

/**
 * SylConfidence:
 * @sure_right: right, and the learner was sure: mastered
 * @unsure_right: right, but marked "I was unsure": lucky guesses, not
 *   mastered
 * @sure_wrong: wrong, and the learner was sure: misconceptions
 * @unsure_wrong: wrong, and marked unsure: known gaps
 * @unanswered: not answered
 *
 * How the learner's confidence matched their answers.
 */
typedef struct
{
  guint sure_right;
  guint unsure_right;
  guint sure_wrong;
  guint unsure_wrong;
  guint unanswered;
} SylConfidence;

/**
 * SylConfidenceKind:
 * @SYL_CONFIDENCE_SURE_RIGHT: right and sure
 * @SYL_CONFIDENCE_UNSURE_RIGHT: right but unsure
 * @SYL_CONFIDENCE_SURE_WRONG: wrong but sure
 * @SYL_CONFIDENCE_UNSURE_WRONG: wrong and unsure
 */
typedef enum
{
  SYL_CONFIDENCE_SURE_RIGHT,
  SYL_CONFIDENCE_UNSURE_RIGHT,
  SYL_CONFIDENCE_SURE_WRONG,
  SYL_CONFIDENCE_UNSURE_WRONG,
} SylConfidenceKind;

SylConfidenceKind syl_confidence_kind       (gboolean            correct,
                                             gboolean            unsure);
void              syl_confidence_add        (SylConfidence      *confidence,
                                             gboolean            correct,
                                             gboolean            unsure);
void              syl_confidence_count      (const SylScoreItem *items,
                                             guint               n_items,
                                             SylConfidence      *confidence);
void              syl_confidence_count_recent (GArray            *answers,
                                             gint64             since_us,
                                             SylConfidence     *confidence,
                                             GStrv             *misconceptions);
GPtrArray        *syl_confidence_dup_questions (const SylScoreItem *items,
                                             guint               n_items,
                                             SylConfidenceKind   kind);

G_END_DECLS

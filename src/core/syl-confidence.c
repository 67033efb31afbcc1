/* syl-confidence.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Confidence against correctness: the learner's "I was unsure" mark next
 * to whether the answer was right. Right and sure is mastery; right but
 * unsure is a lucky guess, which the scheduler grades Hard (it comes back
 * sooner) and the forecast counts as weaker evidence (syl-ability.c);
 * wrong but sure is a misconception, which Due Review brings first
 * (syl-quiz-builder.c). The results page and the dashboard show the
 * counts. */

#define G_LOG_DOMAIN "syl-confidence"

#include "config.h"

#include "syl-confidence.h"

/**
 * syl_confidence_kind:
 *
 * Returns: which of the four an answer is
 */
SylConfidenceKind
syl_confidence_kind (gboolean correct,
                     gboolean unsure)
{
  if (correct)
    return unsure ? SYL_CONFIDENCE_UNSURE_RIGHT : SYL_CONFIDENCE_SURE_RIGHT;

  return unsure ? SYL_CONFIDENCE_UNSURE_WRONG : SYL_CONFIDENCE_SURE_WRONG;
}

/**
 * syl_confidence_add:
 * @confidence: counts to add to
 *
 * Counts one answer.
 */
void
syl_confidence_add (SylConfidence *confidence,
                    gboolean       correct,
                    gboolean       unsure)
{
  g_return_if_fail (confidence != NULL);

  switch (syl_confidence_kind (correct, unsure))
    {
    case SYL_CONFIDENCE_SURE_RIGHT:
      confidence->sure_right++;
      break;
    case SYL_CONFIDENCE_UNSURE_RIGHT:
      confidence->unsure_right++;
      break;
    case SYL_CONFIDENCE_SURE_WRONG:
      confidence->sure_wrong++;
      break;
    case SYL_CONFIDENCE_UNSURE_WRONG:
    default:
      confidence->unsure_wrong++;
      break;
    }
}

/**
 * syl_confidence_count:
 * @items: (array length=n_items): a session's questions
 * @n_items: how many
 * @confidence: (out caller-allocates): the counts
 */
void
syl_confidence_count (const SylScoreItem *items,
                      guint               n_items,
                      SylConfidence      *confidence)
{
  g_return_if_fail (items != NULL || n_items == 0);
  g_return_if_fail (confidence != NULL);

  *confidence = (SylConfidence) { 0 };
  for (guint i = 0; i < n_items; i++)
    {
      if (!items[i].answered)
        confidence->unanswered++;
      else
        syl_confidence_add (confidence, items[i].correct, items[i].unsure);
    }
}

/**
 * syl_confidence_dup_questions:
 * @items: (array length=n_items): a session's questions
 * @n_items: how many
 * @kind: which answers
 *
 * Returns: (transfer container) (element-type SylQuestion): the questions
 *   answered so, in session order, e.g. the misconceptions to drill
 */
GPtrArray *
syl_confidence_dup_questions (const SylScoreItem *items,
                              guint               n_items,
                              SylConfidenceKind   kind)
{
  GPtrArray *questions = g_ptr_array_new ();

  g_return_val_if_fail (items != NULL || n_items == 0, questions);

  for (guint i = 0; i < n_items; i++)
    if (items[i].answered && syl_confidence_kind (items[i].correct, items[i].unsure) == kind)
      g_ptr_array_add (questions, items[i].question);

  return questions;
}

/**
 * syl_confidence_count_recent:
 * @answers: (element-type SylStoreRecentAnswer): recent answers, newest
 *   first (syl_store_dup_recent_answers())
 * @since_us: count the answers given since then
 * @confidence: (out caller-allocates): the counts
 * @misconceptions: (out) (optional) (transfer full): the ids of the
 *   questions whose latest answer was wrong while the learner was sure
 *
 * For the dashboard: how the learner's confidence matched their answers
 * lately.
 */
void
syl_confidence_count_recent (GArray        *answers,
                             gint64         since_us,
                             SylConfidence *confidence,
                             GStrv         *misconceptions)
{
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_if_fail (answers != NULL);
  g_return_if_fail (confidence != NULL);

  *confidence = (SylConfidence) { 0 };
  for (guint i = 0; i < answers->len; i++)
    {
      SylStoreRecentAnswer *answer = &g_array_index (answers, SylStoreRecentAnswer, i);

      if (answer->answered_at_us < since_us)
        continue;
      syl_confidence_add (confidence, answer->correct, answer->unsure);
      /* Newest first: the first met is the question's latest answer. */
      if (g_hash_table_add (latest, answer->question_id) && !answer->correct && !answer->unsure)
        g_strv_builder_add (ids, answer->question_id);
    }

  if (misconceptions != NULL)
    *misconceptions = g_strv_builder_end (ids);
}

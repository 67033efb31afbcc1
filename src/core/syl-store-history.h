/* syl-store-history.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-store.h"

G_BEGIN_DECLS

/* The query of syl_store_dup_recent_answers(), here so that a test can
 * check its plan: the answers by row id, newest first, no sort. An answer
 * given against a text the question no longer has (its digest is not the
 * current one, see syl_store_sync_digests()) is left out: it says nothing
 * about the question as it is now. */
#define SYL_STORE_RECENT_ANSWERS_SQL \
  "SELECT a.question_id, a.correct, a.unsure, a.first_sight, a.answered_at," \
  " a.prior_stability, a.prior_difficulty, a.prior_due, a.prior_last_review," \
  " a.prior_reps, a.prior_lapses" \
  " FROM answers a CROSS JOIN sessions s ON s.id = a.session_id" \
  " LEFT JOIN content_digests d ON d.pack_id = s.pack_id AND d.question_id = a.question_id" \
  " WHERE s.pack_id = ?1" \
  "  AND (a.digest IS NULL OR d.digest IS NULL OR a.digest = d.digest)" \
  " ORDER BY a.id DESC LIMIT ?2"

/**
 * SylStoreRecentAnswer:
 * @question_id: the question
 * @correct: whether the answer was right
 * @unsure: whether it was marked as a guess
 * @first_sight: whether it was the learner's first sight of the question
 * @answered_at_us: when, µs since the epoch
 * @prior: the question's memory state just before the answer (a new card
 *   for answers recorded before the store kept it)
 *
 * One answer with the memory it was given from, from
 * syl_store_dup_recent_answers().
 */
typedef struct
{
  char        *question_id;
  gboolean     correct;
  gboolean     unsure;
  gboolean     first_sight;
  gint64       answered_at_us;
  SylFsrsCard  prior;
} SylStoreRecentAnswer;

GArray *syl_store_dup_recent_answers (SylStore    *self,
                                      const char  *pack_id,
                                      guint        limit,
                                      GError     **error);

void    syl_store_recent_answer_clear (SylStoreRecentAnswer *answer);

G_END_DECLS

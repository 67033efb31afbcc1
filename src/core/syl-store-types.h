/* syl-store-types.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The store's error codes and the records it reads and writes. Included by
 * syl-store.h; include that. */

#include <gio/gio.h>

#include "syl-fsrs.h"

G_BEGIN_DECLS

GQuark           syl_store_error_quark              (void);

#define SYL_STORE_ERROR (syl_store_error_quark ())

/**
 * SylStoreError:
 * @SYL_STORE_ERROR_CORRUPT: the file is not a database or is damaged
 * @SYL_STORE_ERROR_LOCKED: another program holds the database
 * @SYL_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @SYL_STORE_ERROR_NEWER_SCHEMA: written by a newer version of Syllabus
 * @SYL_STORE_ERROR_IO: the file could not be read, written or created
 * @SYL_STORE_ERROR_FULL: the disk is full
 * @SYL_STORE_ERROR_NOT_FOUND: no such session
 * @SYL_STORE_ERROR_FAILED: anything else
 * @SYL_STORE_ERROR_IN_USE: another Syllabus has this progress folder open
 *
 * Every message names the database file.
 */
typedef enum
{
  SYL_STORE_ERROR_CORRUPT,
  SYL_STORE_ERROR_LOCKED,
  SYL_STORE_ERROR_READ_ONLY,
  SYL_STORE_ERROR_NEWER_SCHEMA,
  SYL_STORE_ERROR_IO,
  SYL_STORE_ERROR_FULL,
  SYL_STORE_ERROR_NOT_FOUND,
  SYL_STORE_ERROR_FAILED,
  SYL_STORE_ERROR_IN_USE,
} SylStoreError;

/**
 * SylStoreAnswer:
 * @id: row id (out)
 * @session_id: the session the answer belongs to
 * @question_id: the question
 * @chosen: original option indexes chosen, comma-separated ("0,3")
 * @correct: whether exactly the right set was chosen
 * @unsure: the learner marked the answer as a guess
 * @time_ms: time spent on the question
 * @changes: times the answer was changed after the first (out)
 * @answered_at_us: wall-clock time, µs since the epoch
 * @stem_chars: length of the stem, used to grade speed (in only)
 */
typedef struct
{
  gint64    id;
  gint64    session_id;
  char     *question_id;
  char     *chosen;
  gboolean  correct;
  gboolean  unsure;
  gint64    time_ms;
  guint     changes;
  gint64    answered_at_us;
  guint     stem_chars;
} SylStoreAnswer;

/**
 * SylStoreSession:
 *
 * One quiz session as stored. The text fields are written and read by
 * #SylSession; the store does not interpret them.
 */
typedef struct
{
  gint64     id;
  char      *mode;
  char      *pack_id;
  char      *settings;
  GStrv      question_ids;     /* in session order */
  char      *option_orders;    /* "2,0,1,3;1,0,3,2,4;…" */
  char      *unscored;         /* positions, "3,17,…" */
  char      *flags;            /* positions, "0,5,…" */
  gint64     time_limit_ms;    /* 0 = untimed */
  gint64     time_used_ms;
  gint64     started_at_us;
  gint64     finished_at_us;   /* 0 while unfinished */
  gboolean   has_score;
  double     score;
  GPtrArray *answers;          /* of SylStoreAnswer, in question order */
} SylStoreSession;

/**
 * SylStoreQuestionState:
 *
 * Per-question summary: FSRS memory state and how often it was answered.
 */
typedef struct
{
  char        *question_id;
  SylFsrsCard  card;
  guint        attempts;
  guint        correct;
  gboolean     last_correct;
  gint64       last_answered_us;
} SylStoreQuestionState;

/**
 * SylStoreDay:
 *
 * Activity of one local calendar day.
 */
typedef struct
{
  char   day[11];              /* YYYY-MM-DD */
  guint  answers;
  guint  correct;
  gint64 time_ms;
} SylStoreDay;

/**
 * SylStoreScore:
 * @session_id: the session
 * @finished_at_us: when it was submitted, µs since the epoch
 * @score: its score
 *
 * One finished and scored session, from syl_store_dup_scores().
 */
typedef struct
{
  gint64 session_id;
  gint64 finished_at_us;
  double score;
} SylStoreScore;

void             syl_store_answer_free              (SylStoreAnswer         *answer);
void             syl_store_session_free             (SylStoreSession        *session);
void             syl_store_question_state_free      (SylStoreQuestionState  *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreAnswer, syl_store_answer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreSession, syl_store_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreQuestionState, syl_store_question_state_free)

G_END_DECLS

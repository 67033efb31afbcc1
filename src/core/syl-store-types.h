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
 * @first_sight: (out): whether this was the learner's first sight of the
 *   question: no earlier session showed or answered it. Set by the store
 *   when recording; ignored on input.
 * @digest: (nullable): the content digest (hex) of the question as it was
 *   shown. On input, %NULL takes the digest last given to
 *   syl_store_sync_digests(); read back, %NULL for answers from before
 *   digests were kept.
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
  gboolean  first_sight;
  char     *digest;
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
 * @question_id: the question
 * @card: its FSRS memory state (reset to new when its content changed)
 * @attempts: answers given against the current content
 * @correct: how many of those were right
 * @last_correct: whether the last answer was right
 * @last_answered_us: when it was last answered, whatever the content
 * @has_first_sight: whether the learner's first sight of the question was
 *   answered (the answer that counts as a fresh exam question would)
 * @first_sight_correct: that answer was right
 * @first_sight_unsure: that answer was marked as a guess
 * @first_sight_us: when it was given
 * @changed: the question's content changed since the learner last
 *   answered it (its schedule restarted); cleared by the next answer
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
  gboolean     has_first_sight;
  gboolean     first_sight_correct;
  gboolean     first_sight_unsure;
  gint64       first_sight_us;
  gboolean     changed;
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

/**
 * SylStoreExposure:
 * @question_id: the question
 * @n_shown: in how many sessions it was shown
 * @n_shown_exam: in how many exam simulations (sessions of mode "exam")
 * @first_shown_us: when it was first shown
 * @last_shown_us: when it was last shown
 * @last_shown_exam_us: when it was last shown in an exam simulation, 0 if
 *   never
 *
 * How often a question was put in front of the learner, from
 * syl_store_dup_exposures(). A question never shown has no entry.
 */
typedef struct
{
  char   *question_id;
  guint   n_shown;
  guint   n_shown_exam;
  gint64  first_shown_us;
  gint64  last_shown_us;
  gint64  last_shown_exam_us;
} SylStoreExposure;

/**
 * SylStoreFirstSight:
 * @question_id: the question
 * @correct: the first-sight answer was right
 * @unsure: it was marked as a guess
 * @answered_at_us: when it was given
 *
 * The answer given at the learner's first sight of a question, from
 * syl_store_dup_first_sight_answers().
 */
typedef struct
{
  char     *question_id;
  gboolean  correct;
  gboolean  unsure;
  gint64    answered_at_us;
} SylStoreFirstSight;

/**
 * SylStoreForecast:
 * @session_id: the exam simulation it was shown before (ignored by
 *   syl_store_record_forecast(), which takes it as an argument)
 * @made_at_us: when the forecast was made
 * @estimate: the estimated scaled score
 * @low: the low end of its interval
 * @high: the high end of its interval
 * @pass_probability: the chance to pass, 0–1
 *
 * The readiness forecast the app showed before an exam simulation.
 */
typedef struct
{
  gint64 session_id;
  gint64 made_at_us;
  double estimate;
  double low;
  double high;
  double pass_probability;
} SylStoreForecast;

/**
 * SylStoreForecastRecord:
 * @forecast: the forecast shown before the exam simulation
 * @finished: whether the simulation was finished (submitted or abandoned)
 * @finished_at_us: when, 0 while unfinished
 * @has_score: whether it has a score (%FALSE when abandoned or unfinished)
 * @score: the scaled score that followed the forecast
 *
 * One entry of the calibration record, from
 * syl_store_dup_forecast_record().
 */
typedef struct
{
  SylStoreForecast forecast;
  gboolean         finished;
  gint64           finished_at_us;
  gboolean         has_score;
  double           score;
} SylStoreForecastRecord;

/**
 * SylStoreNote:
 * @question_id: the question
 * @text: the learner's note
 * @updated_at_us: when it was last written
 */
typedef struct
{
  char   *question_id;
  char   *text;
  gint64  updated_at_us;
} SylStoreNote;

/**
 * SylStoreReport:
 * @id: row id (out)
 * @pack_id: the pack
 * @pack_version: its version when the report was made
 * @question_id: the question
 * @kind: what is wrong: "answer-key", "unclear", "outdated" or "typo"
 * @text: the learner's words
 * @created_at_us: when it was made
 * @sent_via: how it left the app: "opened" (the pack's report address was
 *   opened) or "copied" (to the clipboard)
 *
 * A problem the learner reported with a question.
 */
typedef struct
{
  gint64  id;
  char   *pack_id;
  guint   pack_version;
  char   *question_id;
  char   *kind;
  char   *text;
  gint64  created_at_us;
  char   *sent_via;
} SylStoreReport;

void             syl_store_answer_free              (SylStoreAnswer         *answer);
void             syl_store_session_free             (SylStoreSession        *session);
void             syl_store_question_state_free      (SylStoreQuestionState  *state);
void             syl_store_exposure_free            (SylStoreExposure       *exposure);
void             syl_store_first_sight_clear        (SylStoreFirstSight     *first_sight);
void             syl_store_note_free                (SylStoreNote           *note);
void             syl_store_report_free              (SylStoreReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreAnswer, syl_store_answer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreSession, syl_store_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreQuestionState, syl_store_question_state_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreExposure, syl_store_exposure_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreNote, syl_store_note_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylStoreReport, syl_store_report_free)

G_END_DECLS

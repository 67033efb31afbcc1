/* syl-session.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-clock.h"
#include "syl-pack.h"
#include "syl-quiz-builder.h"
#include "syl-scoring.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_SESSION_ERROR (syl_session_error_quark ())

typedef enum
{
  SYL_SESSION_ERROR_FINISHED,
  SYL_SESSION_ERROR_TIMED_OUT,
  SYL_SESSION_ERROR_INVALID,
  SYL_SESSION_ERROR_PACK_CHANGED,
} SylSessionError;

/* The extra-time accommodation, in minutes. */
#define SYL_SESSION_EXTRA_MINUTES 30

/**
 * SylSessionSettings:
 * @timed: whether the session has a time limit (the pack's minutes)
 * @extra_time: add %SYL_SESSION_EXTRA_MINUTES to the limit
 * @drill_kind: for a drill, "domain", "task" or "service"; empty otherwise
 * @drill_id: for a drill, the id of what it drills; empty otherwise
 *
 * Saved with the session and read back when it is resumed. A drill is
 * remembered only when both its kind and its id fit their fields.
 */
typedef struct
{
  gboolean timed;
  gboolean extra_time;
  char     drill_kind[16];
  char     drill_id[64];
} SylSessionSettings;

#define SYL_TYPE_SESSION (syl_session_get_type ())

G_DECLARE_FINAL_TYPE (SylSession, syl_session, SYL, SESSION, GObject)

GQuark         syl_session_error_quark       (void);

SylSession    *syl_session_new               (SylPack                  *pack,
                                              SylStore                 *store,
                                              SylClock                 *clock,
                                              const SylQuizPlan        *plan,
                                              const SylSessionSettings *settings,
                                              guint32                   seed,
                                              GError                  **error);
SylSession    *syl_session_resume            (SylPack                  *pack,
                                              SylStore                 *store,
                                              SylClock                 *clock,
                                              const SylStoreSession    *stored,
                                              GError                  **error);

gint64         syl_session_get_id            (SylSession               *self);
SylQuizMode    syl_session_get_mode          (SylSession               *self);
SylPack       *syl_session_get_pack          (SylSession               *self);
const SylSessionSettings *syl_session_get_settings (SylSession         *self);
gboolean       syl_session_get_drill         (SylSession               *self,
                                              const char              **kind,
                                              const char              **id);
gboolean       syl_session_settings_set_drill (SylSessionSettings      *settings,
                                              const char               *kind,
                                              const char               *id);
guint          syl_session_get_n_questions   (SylSession               *self);
SylQuestion   *syl_session_get_question      (SylSession               *self,
                                              guint                     i);
const guint   *syl_session_get_option_order  (SylSession               *self,
                                              guint                     i,
                                              guint                    *n_options);
void           syl_session_set_current       (SylSession               *self,
                                              guint                     i);
guint          syl_session_get_current       (SylSession               *self);

gboolean       syl_session_answer            (SylSession               *self,
                                              guint                     i,
                                              const guint              *chosen,
                                              guint                     n_chosen,
                                              gboolean                  unsure,
                                              GError                  **error);
gboolean       syl_session_is_answered       (SylSession               *self,
                                              guint                     i);
const guint   *syl_session_get_chosen        (SylSession               *self,
                                              guint                     i,
                                              guint                    *n_chosen);
gboolean       syl_session_is_correct        (SylSession               *self,
                                              guint                     i);
gboolean       syl_session_is_unsure         (SylSession               *self,
                                              guint                     i);
gboolean       syl_session_is_changed        (SylSession               *self,
                                              guint                     i);
gboolean       syl_session_is_unscored       (SylSession               *self,
                                              guint                     i);
guint          syl_session_get_n_answered    (SylSession               *self);
gboolean       syl_session_is_flagged        (SylSession               *self,
                                              guint                     i);
gboolean       syl_session_set_flagged       (SylSession               *self,
                                              guint                     i,
                                              gboolean                  flagged,
                                              GError                  **error);

void           syl_session_start             (SylSession               *self);
gboolean       syl_session_pause             (SylSession               *self,
                                              GError                  **error);
gboolean       syl_session_is_running        (SylSession               *self);
gint64         syl_session_get_time_limit_ms (SylSession               *self);
gint64         syl_session_get_time_used_ms  (SylSession               *self);
gint64         syl_session_get_remaining_ms  (SylSession               *self);
gint64         syl_session_get_deadline_us   (SylSession               *self);
gboolean       syl_session_check_time        (SylSession               *self,
                                              GError                  **error);

gboolean       syl_session_is_finished       (SylSession               *self);
gboolean       syl_session_is_timed_out      (SylSession               *self);
const SylScoreReport *syl_session_finish     (SylSession               *self,
                                              GError                  **error);
const SylScoreReport *syl_session_get_report (SylSession               *self);
gboolean       syl_session_abandon           (SylSession               *self,
                                              GError                  **error);

SylScoreReport *syl_session_score            (SylSession               *self);
GArray        *syl_session_dup_score_items   (SylSession               *self);
gboolean       syl_session_is_first_sight    (SylSession               *self,
                                              guint                     i);
guint          syl_session_get_n_first_sight (SylSession               *self);

G_END_DECLS

/* syl-quiz-builder.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_QUIZ_BUILDER_ERROR (syl_quiz_builder_error_quark ())

typedef enum
{
  SYL_QUIZ_BUILDER_ERROR_NOT_FOUND,
  SYL_QUIZ_BUILDER_ERROR_EMPTY,
  SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH,
} SylQuizBuilderError;

typedef enum
{
  SYL_QUIZ_MODE_EXAM,
  SYL_QUIZ_MODE_DRILL,
  SYL_QUIZ_MODE_DUE,
  SYL_QUIZ_MODE_WEAK,
  SYL_QUIZ_MODE_MISSED,
  SYL_QUIZ_MODE_DIAGNOSTIC,
} SylQuizMode;

/**
 * SylQuizPlan:
 * @mode: the mode it was built for
 * @questions: (element-type SylQuestion): in session order, owned refs
 * @unscored: (element-type gboolean): one per question; only an exam has
 *   %TRUE entries
 * @drill_kind: (nullable): for a drill, what it drills: "domain", "task"
 *   or "service" (a static string); %NULL otherwise
 * @drill_id: (nullable): for a drill, the id of that domain, task
 *   statement or service (owned); %NULL otherwise
 * @fresh: (element-type gboolean): one per question: %TRUE when the
 *   question was never shown to the learner before
 * @n_fresh: how many are %TRUE in @fresh
 */
typedef struct
{
  SylQuizMode  mode;
  GPtrArray   *questions;
  GArray      *unscored;
  const char  *drill_kind;
  char        *drill_id;
  GArray      *fresh;
  guint        n_fresh;
} SylQuizPlan;

#define SYL_TYPE_QUIZ_BUILDER (syl_quiz_builder_get_type ())

G_DECLARE_FINAL_TYPE (SylQuizBuilder, syl_quiz_builder, SYL, QUIZ_BUILDER, GObject)

GQuark          syl_quiz_builder_error_quark        (void);
const char     *syl_quiz_mode_to_string             (SylQuizMode      mode);
gboolean        syl_quiz_mode_from_string           (const char      *text,
                                                     SylQuizMode     *mode);

SylQuizBuilder *syl_quiz_builder_new                (SylPack         *pack,
                                                     SylStore        *store,
                                                     guint32          seed);
SylQuizBuilder *syl_quiz_builder_new_random         (SylPack         *pack,
                                                     SylStore        *store);
void            syl_quiz_builder_set_exam_date      (SylQuizBuilder  *self,
                                                     const char      *exam_day);
SylQuizPlan    *syl_quiz_builder_build_exam         (SylQuizBuilder  *self,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_drill        (SylQuizBuilder  *self,
                                                     const char      *kind,
                                                     const char      *id,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_drill_domain (SylQuizBuilder  *self,
                                                     const char      *domain_id,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_drill_task   (SylQuizBuilder  *self,
                                                     const char      *task_id,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_drill_service (SylQuizBuilder *self,
                                                     const char      *service_id,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_due          (SylQuizBuilder  *self,
                                                     gint64           now_us,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_weak_spots   (SylQuizBuilder  *self,
                                                     gint64           now_us,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_diagnostic   (SylQuizBuilder  *self,
                                                     guint            n,
                                                     GError         **error);
SylQuizPlan    *syl_quiz_builder_build_questions    (SylQuizBuilder     *self,
                                                     const char * const *ids,
                                                     GError            **error);
SylQuizPlan    *syl_quiz_builder_build_missed       (SylQuizBuilder  *self,
                                                     guint            n,
                                                     GError         **error);

void            syl_quiz_plan_free                  (SylQuizPlan     *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylQuizPlan, syl_quiz_plan_free)

G_END_DECLS

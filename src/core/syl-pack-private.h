/* syl-pack-private.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Constructors and builders of the read-only pack model. Only the loader
 * (and tests that need a hand-made model) include this header; the model is
 * never changed after syl_pack_load() returns it. */

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-pack-change.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_PACK_TEXT_INTRO,
  SYL_PACK_TEXT_EXAM_NOTE,
  SYL_PACK_TEXT_CANDIDATE_SUMMARY,
  SYL_PACK_TEXT_CANDIDATE_EXPERIENCE,
  SYL_PACK_TEXT_OUT_OF_SCOPE,
  SYL_PACK_TEXT_CONCEPT,
  SYL_PACK_N_TEXTS
} SylPackText;

SylPack     *syl_pack_new                      (const char       *id,
                                                guint             version,
                                                const char       *language);
void         syl_pack_set_title                (SylPack          *self,
                                                const char       *title);
void         syl_pack_set_path                 (SylPack          *self,
                                                const char       *path);
void         syl_pack_set_exam                 (SylPack          *self,
                                                const char       *code,
                                                guint             scored,
                                                guint             unscored,
                                                guint             minutes,
                                                guint             score_min,
                                                guint             score_max,
                                                guint             pass_score,
                                                const char       *scoring);
void         syl_pack_set_n_questions_translated (SylPack        *self,
                                                guint             n_translated);
void         syl_pack_set_report_address       (SylPack          *self,
                                                const char       *address);
void         syl_pack_add_change               (SylPack          *self,
                                                SylPackChange    *change);
void         syl_pack_set_response_type_text   (SylPack          *self,
                                                SylQuestionType   type,
                                                const char       *text);
void         syl_pack_add_text                 (SylPack          *self,
                                                SylPackText       which,
                                                const char       *text);
void         syl_pack_add_domain               (SylPack          *self,
                                                SylDomain        *domain);
void         syl_pack_add_category             (SylPack          *self,
                                                SylCategory      *category);
void         syl_pack_add_question             (SylPack          *self,
                                                SylQuestion      *question);

SylDomain   *syl_domain_new                    (const char       *id,
                                                const char       *title,
                                                guint             weight);
void         syl_domain_add_task               (SylDomain        *self,
                                                SylTask          *task);
void         syl_domain_set_pack               (SylDomain        *self,
                                                SylPack          *pack);

SylTask     *syl_task_new                      (const char       *id,
                                                const char       *title,
                                                GStrv             knowledge,
                                                GStrv             skills);
void         syl_task_set_domain               (SylTask          *self,
                                                SylDomain        *domain);

SylCategory *syl_category_new                  (const char       *id,
                                                const char       *title);
void         syl_category_add_service          (SylCategory      *self,
                                                SylService       *service);

SylService  *syl_service_new                   (const char       *id,
                                                const char       *name,
                                                const char       *summary,
                                                SylServiceStatus  status,
                                                GStrv             aliases);
void         syl_service_set_category          (SylService       *self,
                                                SylCategory      *category);

SylQuestion *syl_question_new                  (const char       *id,
                                                SylQuestionType   type,
                                                SylTask          *task,
                                                const char       *stem,
                                                const char       *explanation);
void         syl_question_add_option           (SylQuestion      *self,
                                                const char       *text,
                                                const char       *why,
                                                gboolean          correct);
void         syl_question_add_service          (SylQuestion      *self,
                                                SylService       *service);
void         syl_question_add_reference        (SylQuestion      *self,
                                                const char       *title,
                                                const char       *href);
void         syl_question_set_source           (SylQuestion      *self,
                                                const char       *file,
                                                guint             line);
void         syl_question_set_digest           (SylQuestion      *self,
                                                const char       *digest);

SylPackChange *syl_pack_change_new             (guint             version,
                                                const char       *question_id,
                                                const char       *text);

G_END_DECLS

/* syl-pack.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACK (syl_pack_get_type ())

G_DECLARE_FINAL_TYPE (SylPack, syl_pack, SYL, PACK, GObject)

const char         *syl_pack_get_id                     (SylPack         *self);
guint               syl_pack_get_version                (SylPack         *self);
const char         *syl_pack_get_title                  (SylPack         *self);
const char         *syl_pack_get_language               (SylPack         *self);
guint               syl_pack_get_n_questions_translated (SylPack         *self);
const char         *syl_pack_get_path                   (SylPack         *self);
const char         *syl_pack_get_exam_code              (SylPack         *self);
guint               syl_pack_get_scored                 (SylPack         *self);
guint               syl_pack_get_unscored               (SylPack         *self);
guint               syl_pack_get_minutes                (SylPack         *self);
guint               syl_pack_get_score_min              (SylPack         *self);
guint               syl_pack_get_score_max              (SylPack         *self);
guint               syl_pack_get_pass_score             (SylPack         *self);
const char         *syl_pack_get_scoring                (SylPack         *self);
const char         *syl_pack_get_response_type_text     (SylPack         *self,
                                                         SylQuestionType  type);
const char * const *syl_pack_get_intro                  (SylPack         *self);
const char * const *syl_pack_get_exam_notes             (SylPack         *self);
const char * const *syl_pack_get_candidate_summary      (SylPack         *self);
const char * const *syl_pack_get_candidate_experience   (SylPack         *self);
const char * const *syl_pack_get_out_of_scope           (SylPack         *self);
const char * const *syl_pack_get_concepts               (SylPack         *self);
GListModel         *syl_pack_get_domains                (SylPack         *self);
GListModel         *syl_pack_get_questions              (SylPack         *self);
GListModel         *syl_pack_get_categories             (SylPack         *self);
SylDomain          *syl_pack_lookup_domain              (SylPack         *self,
                                                         const char      *id);
SylTask            *syl_pack_lookup_task                (SylPack         *self,
                                                         const char      *id);
SylQuestion        *syl_pack_lookup_question            (SylPack         *self,
                                                         const char      *id);
SylCategory        *syl_pack_lookup_category            (SylPack         *self,
                                                         const char      *id);
SylService         *syl_pack_lookup_service             (SylPack         *self,
                                                         const char      *id);
GPtrArray          *syl_pack_dup_questions_for_task     (SylPack         *self,
                                                         SylTask         *task);
GPtrArray          *syl_pack_dup_questions_for_domain   (SylPack         *self,
                                                         SylDomain       *domain);
GPtrArray          *syl_pack_dup_questions_for_service  (SylPack         *self,
                                                         SylService      *service);
const char         *syl_pack_get_report_address         (SylPack         *self);
GListModel         *syl_pack_get_changes                (SylPack         *self);
GPtrArray          *syl_pack_dup_changes_after          (SylPack         *self,
                                                         guint            version);

G_END_DECLS

/* syl-problem-report.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SYL_PROBLEM_REPORT_ERROR (syl_problem_report_error_quark ())

/**
 * SylProblemReportError:
 * @SYL_PROBLEM_REPORT_ERROR_ADDRESS: the report address is not an https://
 *   or mailto: address the app may open
 * @SYL_PROBLEM_REPORT_ERROR_TOO_LONG: the address and the ids alone leave
 *   no room for the report within %SYL_PROBLEM_REPORT_MAX_URL
 */
typedef enum
{
  SYL_PROBLEM_REPORT_ERROR_ADDRESS,
  SYL_PROBLEM_REPORT_ERROR_TOO_LONG,
} SylProblemReportError;

/**
 * SylProblemKind:
 * @SYL_PROBLEM_KIND_ANSWER_KEY: the answer key is wrong
 * @SYL_PROBLEM_KIND_UNCLEAR: the question is unclear
 * @SYL_PROBLEM_KIND_OUTDATED: the question is outdated
 * @SYL_PROBLEM_KIND_TYPO: a typo
 *
 * What a learner says is wrong with a question.
 */
typedef enum
{
  SYL_PROBLEM_KIND_ANSWER_KEY,
  SYL_PROBLEM_KIND_UNCLEAR,
  SYL_PROBLEM_KIND_OUTDATED,
  SYL_PROBLEM_KIND_TYPO,
  SYL_PROBLEM_N_KINDS
} SylProblemKind;

/* The longest URL the app opens: browsers and issue trackers accept more,
 * but some mail programs and web servers stop near 8 KB. */
#define SYL_PROBLEM_REPORT_MAX_URL 6000

/* The most of the learner's text a report holds, in bytes: a report asks
 * for a sentence, not a file. */
#define SYL_PROBLEM_REPORT_MAX_TEXT 4000

/**
 * SylProblemReport:
 *
 * A learner's report of a problem with a question; see
 * syl_problem_report_new().
 */
typedef struct _SylProblemReport SylProblemReport;

GQuark            syl_problem_report_error_quark      (void);

const char       *syl_problem_kind_to_string          (SylProblemKind          kind);
gboolean          syl_problem_kind_from_string        (const char             *string,
                                                       SylProblemKind         *kind);
const char       *syl_problem_kind_get_label          (SylProblemKind          kind);

SylProblemReport *syl_problem_report_new              (const char             *pack_id,
                                                       guint                   pack_version,
                                                       const char             *question_id,
                                                       SylProblemKind          kind,
                                                       const char             *learner_text);
void              syl_problem_report_free             (SylProblemReport       *self);
const char       *syl_problem_report_get_text         (const SylProblemReport *self);
const char       *syl_problem_report_get_subject      (const SylProblemReport *self);
const char       *syl_problem_report_get_learner_text (const SylProblemReport *self);
char             *syl_problem_report_dup_url          (const SylProblemReport *self,
                                                       const char             *address,
                                                       GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylProblemReport, syl_problem_report_free)

G_END_DECLS

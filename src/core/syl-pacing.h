/* syl-pacing.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"
#include "syl-scoring.h"

G_BEGIN_DECLS

/* How many of the slowest questions the results list. */
#define SYL_PACING_N_SLOWEST 5

/**
 * SylPacingDomain:
 * @domain: (transfer none): the domain
 * @n_questions: its questions in the session
 * @time_ms: the time spent on them
 * @mean_ms: per question, 0 without questions
 */
typedef struct
{
  SylDomain *domain;
  guint      n_questions;
  gint64     time_ms;
  gint64     mean_ms;
} SylPacingDomain;

/**
 * SylPacingQuestion:
 * @position: its position in the session, from 0
 * @question: (transfer none): the question
 * @time_ms: the time spent on it
 */
typedef struct
{
  guint        position;
  SylQuestion *question;
  gint64       time_ms;
} SylPacingQuestion;

/**
 * SylPacingReport:
 * @budget_ms: the time the exam allows a question
 * @time_ms: the time spent on all questions
 * @domains: (element-type SylPacingDomain): per domain, in pack order
 * @slowest: (element-type SylPacingQuestion): the slowest questions,
 *   slowest first, at most %SYL_PACING_N_SLOWEST
 */
typedef struct
{
  gint64  budget_ms;
  gint64  time_ms;
  GArray *domains;
  GArray *slowest;
} SylPacingReport;

gint64           syl_pacing_budget_ms          (SylPack            *pack);
gint64           syl_pacing_delta_ms           (guint               n_answered,
                                                gint64              time_used_ms,
                                                gint64              budget_ms);
guint            syl_pacing_checkpoint         (guint               n_answered);
gboolean         syl_pacing_crossed_checkpoint (guint               answered_before,
                                                guint               answered_now,
                                                guint              *checkpoint);
gboolean         syl_pacing_is_behind          (gint64              delta_ms);
char            *syl_pacing_format_delta       (gint64              delta_ms);
char            *syl_pacing_format_duration    (gint64              time_ms);
SylPacingReport *syl_pacing_report_new         (SylPack            *pack,
                                                const SylScoreItem *items,
                                                guint               n_items);
void             syl_pacing_report_free        (SylPacingReport    *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylPacingReport, syl_pacing_report_free)

G_END_DECLS

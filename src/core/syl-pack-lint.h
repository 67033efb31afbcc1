/* syl-pack-lint.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

/* The thresholds of the rules; docs/pack-format.md explains each. */
#define SYL_LINT_MIN_STEM_CHARS 120
#define SYL_LINT_LONG_OPTION_RATIO 2.5
#define SYL_LINT_LONGEST_RIGHT_SHARE 0.30   /* of single-answer questions */
#define SYL_LINT_LONGEST_RIGHT_MIN 3
#define SYL_LINT_KEY_POSITION_SHARE 0.35    /* of single-answer keys at one position */
#define SYL_LINT_KEY_POSITION_MIN_QUESTIONS 20
#define SYL_LINT_TASK_MIN_QUESTIONS 20
#define SYL_LINT_EXAM_SIZED_BANK 200        /* questions, for the task rule */

/**
 * SylLintSeverity:
 * @SYL_LINT_WARNING: a pack would be better without it
 * @SYL_LINT_ERROR: a shipped pack may not have it
 *
 * How bad a finding is. `syllabus-pack lint` fails on either.
 */
typedef enum
{
  SYL_LINT_WARNING,
  SYL_LINT_ERROR,
} SylLintSeverity;

/**
 * SylLintFinding:
 * @severity: how bad it is
 * @rule: the rule's short, stable name, such as "no-reference"
 * @question_id: (nullable): the question, %NULL for a finding about the pack
 * @file: (nullable): the file of the question (or the pack's path)
 * @line: its line, 0 if unknown
 * @message: what is wrong and how to fix it
 *
 * One thing `syllabus-pack lint` says.
 */
typedef struct
{
  SylLintSeverity severity;
  char *rule;
  char *question_id;
  char *file;
  guint line;
  char *message;
} SylLintFinding;

void       syl_lint_finding_free    (SylLintFinding *finding);
char      *syl_lint_finding_format  (const SylLintFinding *finding);
GPtrArray *syl_pack_lint            (SylPack              *pack);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylLintFinding, syl_lint_finding_free)

G_END_DECLS

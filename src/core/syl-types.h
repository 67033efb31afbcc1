/* syl-types.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SylQuestionType:
 * @SYL_QUESTION_SINGLE: multiple choice, one right answer among two or more
 *   (an exam-shaped pack has four; `syllabus-pack lint` warns otherwise)
 * @SYL_QUESTION_MULTIPLE: multiple response, two or more right among three
 *   or more, not all of them (an exam-shaped pack has five or more)
 */
typedef enum
{
  SYL_QUESTION_SINGLE,
  SYL_QUESTION_MULTIPLE,
} SylQuestionType;

/**
 * SylServiceStatus:
 * @SYL_SERVICE_AVAILABLE: the service can be used by new customers
 * @SYL_SERVICE_CLOSED: closed to new customers
 * @SYL_SERVICE_RETIRED: retired or being retired
 */
typedef enum
{
  SYL_SERVICE_AVAILABLE,
  SYL_SERVICE_CLOSED,
  SYL_SERVICE_RETIRED,
} SylServiceStatus;

typedef struct _SylPack     SylPack;
typedef struct _SylDomain   SylDomain;
typedef struct _SylTask     SylTask;
typedef struct _SylQuestion SylQuestion;
typedef struct _SylCategory SylCategory;
typedef struct _SylService  SylService;
typedef struct _SylPackChange SylPackChange;

G_END_DECLS

/* syl-task.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_TASK (syl_task_get_type ())

G_DECLARE_FINAL_TYPE (SylTask, syl_task, SYL, TASK, GObject)

const char         *syl_task_get_id        (SylTask *self);
const char         *syl_task_get_title     (SylTask *self);
SylDomain          *syl_task_get_domain    (SylTask *self);
const char * const *syl_task_get_knowledge (SylTask *self);
const char * const *syl_task_get_skills    (SylTask *self);

G_END_DECLS

/* syl-syllabus-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-page.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_SYLLABUS_PAGE (syl_syllabus_page_get_type ())

G_DECLARE_FINAL_TYPE (SylSyllabusPage, syl_syllabus_page, SYL, SYLLABUS_PAGE, SylPage)

gboolean  syl_syllabus_page_show_task (SylSyllabusPage *self,
                                       const char      *task_id);

G_END_DECLS

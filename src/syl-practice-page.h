/* syl-practice-page.h
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

#define SYL_TYPE_PRACTICE_PAGE (syl_practice_page_get_type ())

G_DECLARE_FINAL_TYPE (SylPracticePage, syl_practice_page, SYL, PRACTICE_PAGE, SylPage)

void      syl_practice_page_refresh   (SylPracticePage *self);
gboolean  syl_practice_page_set_drill (SylPracticePage *self,
                                       const char      *kind,
                                       const char      *id);

G_END_DECLS

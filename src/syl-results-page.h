/* syl-results-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_RESULTS_PAGE (syl_results_page_get_type ())

G_DECLARE_FINAL_TYPE (SylResultsPage, syl_results_page, SYL, RESULTS_PAGE, AdwBin)

SylPack  *syl_results_page_get_pack  (SylResultsPage *self);
void      syl_results_page_set_pack  (SylResultsPage *self,
                                      SylPack  *pack);
SylStore *syl_results_page_get_store (SylResultsPage *self);

G_END_DECLS

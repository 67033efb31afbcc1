/* syl-results-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-page.h"
#include "syl-session.h"
#include "syl-store.h"

G_BEGIN_DECLS

/**
 * SylResultsFilter:
 * @SYL_RESULTS_FILTER_ALL: every question
 * @SYL_RESULTS_FILTER_WRONG: wrong or unanswered
 * @SYL_RESULTS_FILTER_FLAGGED: flagged during the quiz
 * @SYL_RESULTS_FILTER_UNSCORED: the exam's unscored questions
 */
typedef enum
{
  SYL_RESULTS_FILTER_ALL,
  SYL_RESULTS_FILTER_WRONG,
  SYL_RESULTS_FILTER_FLAGGED,
  SYL_RESULTS_FILTER_UNSCORED,
} SylResultsFilter;

#define SYL_TYPE_RESULTS_PAGE (syl_results_page_get_type ())

G_DECLARE_FINAL_TYPE (SylResultsPage, syl_results_page, SYL, RESULTS_PAGE, SylPage)

SylSession       *syl_results_page_get_session (SylResultsPage   *self);
void              syl_results_page_set_session (SylResultsPage   *self,
                                                SylSession       *session);
SylResultsFilter  syl_results_page_get_filter  (SylResultsPage   *self);
void              syl_results_page_set_filter  (SylResultsPage   *self,
                                                SylResultsFilter  filter);

G_END_DECLS

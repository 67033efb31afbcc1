/* syl-score-chart.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-dashboard-model.h"

G_BEGIN_DECLS

#define SYL_TYPE_SCORE_CHART (syl_score_chart_get_type ())

G_DECLARE_FINAL_TYPE (SylScoreChart, syl_score_chart, SYL, SCORE_CHART, GtkWidget)

GtkWidget *syl_score_chart_new          (void);
void       syl_score_chart_set_scale    (SylScoreChart      *self,
                                         double              score_min,
                                         double              score_max,
                                         double              pass_score);
void       syl_score_chart_set_scores   (SylScoreChart      *self,
                                         const SylScorePoint *points,
                                         guint               n_points);
guint      syl_score_chart_get_n_scores (SylScoreChart      *self);

const char *syl_score_chart_get_summary (SylScoreChart *self);

G_END_DECLS

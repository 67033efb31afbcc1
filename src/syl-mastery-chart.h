/* syl-mastery-chart.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_MASTERY_CHART (syl_mastery_chart_get_type ())

G_DECLARE_FINAL_TYPE (SylMasteryChart, syl_mastery_chart, SYL, MASTERY_CHART, GtkWidget)

GtkWidget *syl_mastery_chart_new        (void);
void       syl_mastery_chart_set_bars   (SylMasteryChart    *self,
                                         const char * const *labels,
                                         const double       *values,
                                         guint               n_bars);
void       syl_mastery_chart_set_target (SylMasteryChart    *self,
                                         double              target);
guint      syl_mastery_chart_get_n_bars (SylMasteryChart    *self);

G_END_DECLS

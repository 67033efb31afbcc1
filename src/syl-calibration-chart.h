/* syl-calibration-chart.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_CALIBRATION_CHART (syl_calibration_chart_get_type ())

G_DECLARE_FINAL_TYPE (SylCalibrationChart, syl_calibration_chart, SYL, CALIBRATION_CHART, GtkWidget)

GtkWidget *syl_calibration_chart_new         (void);
void       syl_calibration_chart_set_entries (SylCalibrationChart *self,
                                              GArray              *entries,
                                              double               score_min,
                                              double               score_max,
                                              double               pass_score);

G_END_DECLS

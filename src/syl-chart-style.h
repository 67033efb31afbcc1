/* syl-chart-style.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * SylChartColors:
 * @fg: the widget's text colour
 * @dim: text colour for axis labels
 * @grid: faint lines and empty cells
 * @accent: the accent colour for lines on the view background
 * @accent_bg: the accent colour for filled shapes
 * @high_contrast: whether libadwaita's High Contrast style is on
 *
 * Colours for charts, taken from the theme so that dark mode and the
 * accent colour follow.
 */
typedef struct
{
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA grid;
  GdkRGBA accent;
  GdkRGBA accent_bg;
  gboolean high_contrast;
} SylChartColors;

void syl_chart_colors_lookup (GtkWidget      *widget,
                              SylChartColors *colors);
void syl_chart_fill_rounded  (GtkSnapshot     *snapshot,
                              const GdkRGBA   *color,
                              float            x,
                              float            y,
                              float            width,
                              float            height,
                              float            radius);
void syl_chart_append_text   (GtkSnapshot     *snapshot,
                              PangoLayout     *layout,
                              float            x,
                              float            y,
                              const GdkRGBA   *color);

G_END_DECLS

/* syl-chart-style.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-chart-style"

#include "config.h"

#include <adwaita.h>

#include "syl-chart-style.h"

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/**
 * syl_chart_colors_lookup:
 * @widget: the chart
 * @colors: (out caller-allocates): its colours
 *
 * Reads the colours from @widget's style: its CSS colour and libadwaita's
 * named accent colours, falling back to the text colour when a theme does
 * not define them. Text drawn in @colors->dim reaches WCAG AA (4.5:1)
 * on the window's and cards' backgrounds; under High Contrast, dim text
 * and grid lines are stronger still, as libadwaita's own dim labels are.
 */
void
syl_chart_colors_lookup (GtkWidget      *widget,
                         SylChartColors *colors)
{
  /* GTK 4.8 has no gtk_widget_get_color(); the style context is the way
   * to read the theme's colours here. */
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));

  colors->high_contrast = adw_style_manager_get_high_contrast (manager);
  gtk_style_context_get_color (context, &colors->fg);
  /* libadwaita's dim-label, 55 % of the text colour, is 3.2:1 on white:
   * too faint for the axis labels, which are read. */
  colors->dim = with_alpha (&colors->fg, colors->high_contrast ? 0.9f : 0.75f);
  colors->grid = with_alpha (&colors->fg, colors->high_contrast ? 0.35f : 0.1f);

  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->accent))
    colors->accent = colors->fg;
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &colors->accent_bg))
    colors->accent_bg = colors->accent;
}

void
syl_chart_fill_rounded (GtkSnapshot   *snapshot,
                        const GdkRGBA *color,
                        float          x,
                        float          y,
                        float          width,
                        float          height,
                        float          radius)
{
  GskRoundedRect outline;
  const GdkRGBA colors[4] = { *color, *color, *color, *color };
  const float widths[4] = { height / 2, width / 2, height / 2, width / 2 };

  if (width <= 0 || height <= 0)
    return;

  radius = MIN (radius, MIN (width, height) / 2);
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/**
 * syl_chart_append_text:
 *
 * Draws @layout with its top left corner at (@x, @y).
 */
void
syl_chart_append_text (GtkSnapshot   *snapshot,
                       PangoLayout   *layout,
                       float          x,
                       float          y,
                       const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* syl-pacing-bar.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pacing-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-chart-style.h"
#include "syl-pacing-bar.h"

#define BAR_HEIGHT 8.0
#define LINE_WIDTH 2.0

/* Time per question as a bar against the exam's allowance, drawn as a line
 * at the middle: the bar's full width is twice the allowance, so a bar
 * past the line is slower than the exam allows. */
struct _SylPacingBar
{
  GtkWidget parent_instance;

  gint64    time_ms;
  gint64    budget_ms;
};

G_DEFINE_FINAL_TYPE (SylPacingBar, syl_pacing_bar, GTK_TYPE_WIDGET)

static void
syl_pacing_bar_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SylPacingBar *self = SYL_PACING_BAR (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float y = (height - BAR_HEIGHT) / 2;
  float fill;
  SylChartColors colors;

  if (width <= 0 || self->budget_ms <= 0)
    return;

  syl_chart_colors_lookup (widget, &colors);
  fill = width * CLAMP ((double) self->time_ms / (2.0 * self->budget_ms), 0.0, 1.0);

  syl_chart_fill_rounded (snapshot, &colors.grid, 0, y, width, BAR_HEIGHT, BAR_HEIGHT / 2);
  if (fill > 0)
    syl_chart_fill_rounded (snapshot, &colors.accent_bg, 0, y, MAX (fill, BAR_HEIGHT), BAR_HEIGHT, BAR_HEIGHT / 2);
  /* The allowance, across the bar. */
  gtk_snapshot_append_color (snapshot, &colors.fg,
                             &GRAPHENE_RECT_INIT (width / 2 - LINE_WIDTH / 2, 0, LINE_WIDTH, height));
}

static void
syl_pacing_bar_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 60 : 16;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 16;
}

static void
syl_pacing_bar_class_init (SylPacingBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = syl_pacing_bar_snapshot;
  widget_class->measure = syl_pacing_bar_measure;
  gtk_widget_class_set_css_name (widget_class, "syl-pacing-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
syl_pacing_bar_init (SylPacingBar *self)
{
}

GtkWidget *
syl_pacing_bar_new (void)
{
  return g_object_new (SYL_TYPE_PACING_BAR, NULL);
}

/**
 * syl_pacing_bar_set_values:
 * @time_ms: time per question
 * @budget_ms: the exam's allowance a question
 *
 * Also names the bar for screen readers: "125 s a question, 144 s
 * allowed".
 */
void
syl_pacing_bar_set_values (SylPacingBar *self,
                           gint64        time_ms,
                           gint64        budget_ms)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_PACING_BAR (self));

  self->time_ms = MAX (time_ms, 0);
  self->budget_ms = MAX (budget_ms, 0);

  /* Translators: for screen readers, "125 s a question, 144 s allowed" */
  label = g_strdup_printf (_("%d s a question, %d s allowed"),
                           (int) ((self->time_ms + 500) / 1000), (int) (self->budget_ms / 1000));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 2.0 * self->budget_ms / 1000.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, self->time_ms / 1000.0,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

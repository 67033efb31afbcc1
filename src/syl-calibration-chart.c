/* syl-calibration-chart.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-calibration-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-calibration.h"
#include "syl-calibration-chart.h"
#include "syl-chart-style.h"

#define DOT_RADIUS 4.5
#define PAD 10.0
#define LABEL_WIDTH 36.0

/* The forecast record as a chart: for each exam simulation, oldest at the
 * left, the forecast's 80 % interval as a bar with its estimate as a ring,
 * and the score that followed as a filled dot; a dashed line at the pass
 * mark. */
struct _SylCalibrationChart
{
  GtkWidget  parent_instance;

  GArray    *entries;     /* of SylCalibrationEntry, with a score */
  double     score_min;
  double     score_max;
  double     pass_score;
};

G_DEFINE_FINAL_TYPE (SylCalibrationChart, syl_calibration_chart, GTK_TYPE_WIDGET)

/* The part of the scale the record covers, with the pass mark and a
 * margin, so that forecasts a few points apart can be told apart. */
static void
visible_range (SylCalibrationChart *self,
               double              *lo,
               double              *hi)
{
  *lo = self->pass_score;
  *hi = self->pass_score;
  for (guint i = 0; i < self->entries->len; i++)
    {
      const SylCalibrationEntry *e = &g_array_index (self->entries, SylCalibrationEntry, i);

      *lo = MIN (*lo, MIN (e->low, e->score));
      *hi = MAX (*hi, MAX (e->high, e->score));
    }
  *lo = MAX (self->score_min, *lo - 40);
  *hi = MIN (self->score_max, *hi + 40);
  if (*hi - *lo < 100)
    *hi = MIN (self->score_max, *lo + 100);
}

static float
y_for (SylCalibrationChart *self,
       float                top,
       float                height,
       double               score)
{
  double lo, hi;

  visible_range (self, &lo, &hi);
  return top + height * (1.0 - (CLAMP (score, lo, hi) - lo) / MAX (hi - lo, 1.0));
}

static void
append_scale_label (SylCalibrationChart *self,
                    GtkSnapshot         *snapshot,
                    double               value,
                    float                y,
                    const GdkRGBA       *color)
{
  g_autofree char *text = g_strdup_printf ("%.0f", value);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  syl_chart_append_text (snapshot, layout, 0, y - 8, color);
}

static void
syl_calibration_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SylCalibrationChart *self = SYL_CALIBRATION_CHART (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float left = LABEL_WIDTH + PAD, top = PAD, plot_w, plot_h;
  double dashes[] = { 4.0, 3.0 };
  double lo, hi;
  SylChartColors colors;
  cairo_t *cr;

  if (width <= left + PAD || height <= 2 * PAD)
    return;

  syl_chart_colors_lookup (widget, &colors);
  plot_w = width - left - PAD;
  plot_h = height - 2 * PAD;

  visible_range (self, &lo, &hi);
  append_scale_label (self, snapshot, self->pass_score, y_for (self, top, plot_h, self->pass_score), &colors.fg);
  if (y_for (self, top, plot_h, self->pass_score) - y_for (self, top, plot_h, hi) > 24)
    append_scale_label (self, snapshot, hi, y_for (self, top, plot_h, hi), &colors.dim);
  if (y_for (self, top, plot_h, lo) - y_for (self, top, plot_h, self->pass_score) > 24)
    append_scale_label (self, snapshot, lo, y_for (self, top, plot_h, lo), &colors.dim);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &colors.dim);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, left, y_for (self, top, plot_h, self->pass_score) + 0.5);
  cairo_line_to (cr, left + plot_w, y_for (self, top, plot_h, self->pass_score) + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const SylCalibrationEntry *e = &g_array_index (self->entries, SylCalibrationEntry, i);
      float x = left + plot_w * (i + 0.5f) / self->entries->len;
      float y_low = y_for (self, top, plot_h, e->low);
      float y_high = y_for (self, top, plot_h, e->high);

      /* The interval, then the estimate as a ring, then the score. */
      gdk_cairo_set_source_rgba (cr, &colors.dim);
      cairo_set_line_width (cr, 3.0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (cr, x, y_low);
      cairo_line_to (cr, x, y_high);
      cairo_stroke (cr);

      gdk_cairo_set_source_rgba (cr, &colors.fg);
      cairo_set_line_width (cr, 1.5);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y_for (self, top, plot_h, e->estimate), DOT_RADIUS, 0, 2 * G_PI);
      cairo_stroke (cr);

      gdk_cairo_set_source_rgba (cr, &colors.accent);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y_for (self, top, plot_h, e->score), DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
syl_calibration_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 140;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 160;
}

static void
syl_calibration_chart_finalize (GObject *object)
{
  SylCalibrationChart *self = SYL_CALIBRATION_CHART (object);

  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (syl_calibration_chart_parent_class)->finalize (object);
}

static void
syl_calibration_chart_class_init (SylCalibrationChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = syl_calibration_chart_finalize;
  widget_class->snapshot = syl_calibration_chart_snapshot;
  widget_class->measure = syl_calibration_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "syl-calibration-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
syl_calibration_chart_init (SylCalibrationChart *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (SylCalibrationEntry));
  self->score_min = 100;
  self->score_max = 1000;
  self->pass_score = 750;
}

GtkWidget *
syl_calibration_chart_new (void)
{
  return g_object_new (SYL_TYPE_CALIBRATION_CHART, NULL);
}

/**
 * syl_calibration_chart_set_entries:
 * @entries: (element-type SylCalibrationEntry): the record, oldest first;
 *   entries without a score are left out
 *
 * Also describes the chart for screen readers; the rows beside it say
 * each entry in words.
 */
void
syl_calibration_chart_set_entries (SylCalibrationChart *self,
                                   GArray              *entries,
                                   double               score_min,
                                   double               score_max,
                                   double               pass_score)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SYL_IS_CALIBRATION_CHART (self));

  g_array_set_size (self->entries, 0);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    if (g_array_index (entries, SylCalibrationEntry, i).has_score)
      g_array_append_val (self->entries, g_array_index (entries, SylCalibrationEntry, i));
  self->score_min = score_min;
  self->score_max = score_max;
  self->pass_score = pass_score;

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Chart of %u forecast against the score that followed",
                                              "Chart of %u forecasts against the scores that followed",
                                              self->entries->len),
                                 self->entries->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

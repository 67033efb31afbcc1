/* syl-score-chart.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-score-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-chart-style.h"
#include "syl-score-chart.h"

/* Up to this many scores, each is drawn as a dot as well as on the line. */
#define MAX_DOTS 40
#define DOT_RADIUS 4.0
#define PAD 6.0

/* Scores of past exam simulations as a line, oldest at the left, on the
 * pack's scale with a dashed line at the pass mark. */
struct _SylScoreChart
{
  GtkWidget  parent_instance;

  char      *summary;     /* the text alternative */
  GArray    *points;      /* of SylScorePoint */
  double     score_min;
  double     score_max;
  double     pass_score;
};

G_DEFINE_FINAL_TYPE (SylScoreChart, syl_score_chart, GTK_TYPE_WIDGET)

typedef struct
{
  graphene_rect_t plot;
  PangoLayout    *max_label;
  PangoLayout    *pass_label;
  PangoLayout    *min_label;
  PangoLayout    *first_date;
  PangoLayout    *last_date;
} Geometry;

static void
geometry_clear (Geometry *geometry)
{
  g_clear_object (&geometry->max_label);
  g_clear_object (&geometry->pass_label);
  g_clear_object (&geometry->min_label);
  g_clear_object (&geometry->first_date);
  g_clear_object (&geometry->last_date);
}

static char *
format_date (gint64      time_us,
             const char *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  return dt != NULL ? g_date_time_format (dt, format) : g_strdup ("");
}

static PangoLayout *
small_layout (SylScoreChart *self,
              const char    *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static int
layout_width (PangoLayout *layout)
{
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
compute_geometry (SylScoreChart *self,
                  Geometry      *geometry)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *max_text = g_strdup_printf ("%.0f", self->score_max);
  g_autofree char *pass_text = g_strdup_printf ("%.0f", self->pass_score);
  g_autofree char *min_text = g_strdup_printf ("%.0f", self->score_min);
  float label_width;
  float text_height;
  float bottom;

  geometry->max_label = small_layout (self, max_text);
  geometry->pass_label = small_layout (self, pass_text);
  geometry->min_label = small_layout (self, min_text);

  label_width = MAX (layout_width (geometry->max_label),
                     MAX (layout_width (geometry->pass_label), layout_width (geometry->min_label)));
  text_height = layout_height (geometry->max_label);

  bottom = PAD;
  if (self->points->len >= 2)
    {
      const SylScorePoint *first = &g_array_index (self->points, SylScorePoint, 0);
      const SylScorePoint *last = &g_array_index (self->points, SylScorePoint, self->points->len - 1);
      /* Translators: a short date under the score chart, see g_date_time_format() */
      g_autofree char *first_text = format_date (first->finished_at_us, C_("chart date", "%-d %b"));
      g_autofree char *last_text = format_date (last->finished_at_us, C_("chart date", "%-d %b"));

      geometry->first_date = small_layout (self, first_text);
      geometry->last_date = small_layout (self, last_text);
      bottom += text_height + 4;
    }

  graphene_rect_init (&geometry->plot,
                      label_width + 8 + DOT_RADIUS,
                      text_height / 2 + DOT_RADIUS,
                      MAX (width - label_width - 8 - 2 * DOT_RADIUS, 1),
                      MAX (height - text_height / 2 - DOT_RADIUS - bottom, 1));
}

static float
y_for_score (SylScoreChart         *self,
             const graphene_rect_t *plot,
             double                 score)
{
  double span = MAX (self->score_max - self->score_min, 1);
  double f = CLAMP ((score - self->score_min) / span, 0.0, 1.0);

  return plot->origin.y + plot->size.height * (1.0 - f);
}

static float
x_for_index (SylScoreChart         *self,
             const graphene_rect_t *plot,
             guint                  i)
{
  if (self->points->len <= 1)
    return plot->origin.x + plot->size.width / 2;

  return plot->origin.x + plot->size.width * i / (self->points->len - 1);
}

static void
update_description (SylScoreChart *self)
{
  g_autofree char *text = NULL;

  if (self->points->len == 0)
    {
      text = g_strdup (_("No exam simulations yet"));
    }
  else
    {
      const SylScorePoint *last = &g_array_index (self->points, SylScorePoint, self->points->len - 1);
      double best = 0;

      for (guint i = 0; i < self->points->len; i++)
        best = MAX (best, g_array_index (self->points, SylScorePoint, i).score);

      const SylScorePoint *best_point = last;
      g_autofree char *scores = NULL;
      g_autofree char *last_date = NULL;
      g_autofree char *best_date = NULL;

      for (guint i = 0; i < self->points->len; i++)
        if (g_array_index (self->points, SylScorePoint, i).score >= best)
          best_point = &g_array_index (self->points, SylScorePoint, i);

      /* Translators: describes the score chart to screen readers */
      scores = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u exam simulation; latest estimated score %.0f, best %.0f; %.0f passes",
                                             "%u exam simulations; latest estimated score %.0f, best %.0f; %.0f passes",
                                             self->points->len),
                                self->points->len, last->score, best, self->pass_score);
      /* The dates are on the axis and in the tooltips: say them too. */
      last_date = format_date (last->finished_at_us, C_("chart tooltip date", "%-d %B %Y"));
      best_date = format_date (best_point->finished_at_us, C_("chart tooltip date", "%-d %B %Y"));
      if (best_point == last)
        /* Translators: after the score chart's description, "Latest on 6 March." */
        text = g_strdup_printf (_("%s. Latest on %s."), scores, last_date);
      else
        /* Translators: after the score chart's description, "Latest on 6 March, best on 2 March." */
        text = g_strdup_printf (_("%s. Latest on %s, best on %s."), scores, last_date, best_date);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  g_free (self->summary);
  self->summary = g_strdup (text);
}

static void
syl_score_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SylScoreChart *self = SYL_SCORE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const graphene_rect_t *plot;
  SylChartColors colors;
  Geometry geometry = { 0 };
  float text_height;
  float y_max, y_pass, y_min;
  double dashes[] = { 4.0, 3.0 };
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  syl_chart_colors_lookup (widget, &colors);
  compute_geometry (self, &geometry);
  plot = &geometry.plot;
  text_height = layout_height (geometry.max_label);

  y_max = y_for_score (self, plot, self->score_max);
  y_pass = y_for_score (self, plot, self->pass_score);
  y_min = y_for_score (self, plot, self->score_min);

  /* The scale: faint lines at the ends, a dashed one at the pass mark. */
  gtk_snapshot_append_color (snapshot, &colors.grid,
                             &GRAPHENE_RECT_INIT (plot->origin.x - DOT_RADIUS, y_max, plot->size.width + 2 * DOT_RADIUS, 1));
  gtk_snapshot_append_color (snapshot, &colors.grid,
                             &GRAPHENE_RECT_INIT (plot->origin.x - DOT_RADIUS, y_min, plot->size.width + 2 * DOT_RADIUS, 1));

  syl_chart_append_text (snapshot, geometry.max_label,
                         plot->origin.x - DOT_RADIUS - 8 - layout_width (geometry.max_label), y_max - text_height / 2, &colors.dim);
  syl_chart_append_text (snapshot, geometry.pass_label,
                         plot->origin.x - DOT_RADIUS - 8 - layout_width (geometry.pass_label), y_pass - text_height / 2, &colors.fg);
  if (y_min - y_pass > text_height * 1.2)
    syl_chart_append_text (snapshot, geometry.min_label,
                           plot->origin.x - DOT_RADIUS - 8 - layout_width (geometry.min_label), y_min - text_height / 2, &colors.dim);

  if (geometry.first_date != NULL)
    {
      float y = y_min + 4;

      syl_chart_append_text (snapshot, geometry.first_date, plot->origin.x - DOT_RADIUS, y, &colors.dim);
      if (layout_width (geometry.first_date) + layout_width (geometry.last_date) + 12 < plot->size.width)
        syl_chart_append_text (snapshot, geometry.last_date,
                               plot->origin.x + plot->size.width + DOT_RADIUS - layout_width (geometry.last_date), y, &colors.dim);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  gdk_cairo_set_source_rgba (cr, &colors.dim);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, plot->origin.x - DOT_RADIUS, y_pass + 0.5);
  cairo_line_to (cr, plot->origin.x + plot->size.width + DOT_RADIUS, y_pass + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (self->points->len > 0)
    {
      gdk_cairo_set_source_rgba (cr, &colors.accent);
      cairo_set_line_width (cr, 2.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      for (guint i = 0; i < self->points->len; i++)
        {
          const SylScorePoint *point = &g_array_index (self->points, SylScorePoint, i);

          cairo_line_to (cr, x_for_index (self, plot, i), y_for_score (self, plot, point->score));
        }
      cairo_stroke (cr);

      if (self->points->len <= MAX_DOTS)
        for (guint i = 0; i < self->points->len; i++)
          {
            const SylScorePoint *point = &g_array_index (self->points, SylScorePoint, i);

            cairo_new_sub_path (cr);
            cairo_arc (cr, x_for_index (self, plot, i), y_for_score (self, plot, point->score),
                       DOT_RADIUS, 0, 2 * G_PI);
            cairo_fill (cr);
          }
    }

  cairo_destroy (cr);
  geometry_clear (&geometry);
}

static gboolean
syl_score_chart_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  SylScoreChart *self = SYL_SCORE_CHART (widget);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  Geometry geometry = { 0 };
  const SylScorePoint *point;
  guint nearest = 0;
  float best = G_MAXFLOAT;

  if (self->points->len == 0)
    {
      gtk_tooltip_set_text (tooltip, _("Your exam simulation scores will appear here"));
      return TRUE;
    }

  compute_geometry (self, &geometry);
  if (keyboard_mode)
    nearest = self->points->len - 1;
  else
    for (guint i = 0; i < self->points->len; i++)
      {
        float dx = ABS (x_for_index (self, &geometry.plot, i) - x);

        if (dx < best)
          {
            best = dx;
            nearest = i;
          }
      }
  geometry_clear (&geometry);

  point = &g_array_index (self->points, SylScorePoint, nearest);
  /* Translators: the date of an exam simulation, see g_date_time_format() */
  date = format_date (point->finished_at_us, C_("chart tooltip date", "%-d %B %Y"));
  /* Translators: tooltip of a point of the score chart: date, estimated score, pass mark */
  text = g_strdup_printf (_("%s: estimated score %.0f (%.0f passes)"),
                          date, point->score, self->pass_score);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
syl_score_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 360;
    }
  else
    {
      *minimum = 140;
      *natural = 180;
    }
}

static void
syl_score_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (syl_score_chart_parent_class)->css_changed (widget, change);

  /* The theme's colours may have changed (dark mode, accent). */
  gtk_widget_queue_draw (widget);
}

static void
syl_score_chart_finalize (GObject *object)
{
  SylScoreChart *self = SYL_SCORE_CHART (object);

  g_free (self->summary);
  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (syl_score_chart_parent_class)->finalize (object);
}

static void
syl_score_chart_class_init (SylScoreChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = syl_score_chart_finalize;

  widget_class->snapshot = syl_score_chart_snapshot;
  widget_class->measure = syl_score_chart_measure;
  widget_class->query_tooltip = syl_score_chart_query_tooltip;
  widget_class->css_changed = syl_score_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "score-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
syl_score_chart_init (SylScoreChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (SylScorePoint));
  self->score_min = 100;
  self->score_max = 1000;
  self->pass_score = 750;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exam scores over time"),
                                  -1);
  update_description (self);
}

/**
 * syl_score_chart_new:
 *
 * Returns: (transfer full): a new, empty score chart
 */
GtkWidget *
syl_score_chart_new (void)
{
  return g_object_new (SYL_TYPE_SCORE_CHART, NULL);
}

/**
 * syl_score_chart_set_scale:
 * @score_min: the lowest scaled score
 * @score_max: the highest
 * @pass_score: the pass mark, drawn as a dashed line
 */
void
syl_score_chart_set_scale (SylScoreChart *self,
                           double         score_min,
                           double         score_max,
                           double         pass_score)
{
  g_return_if_fail (SYL_IS_SCORE_CHART (self));
  g_return_if_fail (score_min < score_max);

  self->score_min = score_min;
  self->score_max = score_max;
  self->pass_score = CLAMP (pass_score, score_min, score_max);

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * syl_score_chart_set_scores:
 * @points: (array length=n_points) (nullable): the scores, oldest first
 * @n_points: how many
 */
void
syl_score_chart_set_scores (SylScoreChart       *self,
                            const SylScorePoint *points,
                            guint                n_points)
{
  g_return_if_fail (SYL_IS_SCORE_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  if (n_points > 0)
    g_array_append_vals (self->points, points, n_points);

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * syl_score_chart_get_n_scores:
 *
 * Returns: the number of scores shown
 */
guint
syl_score_chart_get_n_scores (SylScoreChart *self)
{
  g_return_val_if_fail (SYL_IS_SCORE_CHART (self), 0);

  return self->points->len;
}

/**
 * syl_score_chart_get_summary:
 *
 * Returns: (nullable): what the chart shows, in words, as screen readers
 *   get it
 */
const char *
syl_score_chart_get_summary (SylScoreChart *self)
{
  g_return_val_if_fail (SYL_IS_SCORE_CHART (self), NULL);

  return self->summary;
}

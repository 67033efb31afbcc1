/* syl-mastery-chart.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-mastery-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-chart-style.h"
#include "syl-dashboard-model.h"
#include "syl-mastery-chart.h"

#define BAR_HEIGHT 10.0f
#define ROW_GAP 12.0f
#define COLUMN_GAP 12.0f
/* Below this width the labels go above their bars. */
#define STACK_WIDTH 440

/* One horizontal bar per domain with its mastery, and a dashed line at
 * the mastery that would pass. */
struct _SylMasteryChart
{
  GtkWidget  parent_instance;

  GPtrArray *labels;
  GArray    *values;    /* of double, 0–1 */
  double     target;    /* 0–1, or < 0 for none */
};

G_DEFINE_FINAL_TYPE (SylMasteryChart, syl_mastery_chart, GTK_TYPE_WIDGET)

typedef struct
{
  gboolean stacked;
  float    row_height;
  float    label_width;
  float    bar_x;
  float    bar_width;
  float    percent_width;
  float    text_height;
} Geometry;

static PangoLayout *
create_layout (SylMasteryChart *self,
               const char      *text,
               gboolean         numeric)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (numeric)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

static void
compute_geometry (SylMasteryChart *self,
                  int              width,
                  Geometry        *geometry)
{
  g_autoptr(PangoLayout) percent = create_layout (self, "100 %", TRUE);
  int natural_label = 0;
  int percent_width, text_height;

  pango_layout_get_pixel_size (percent, &percent_width, &text_height);
  for (guint i = 0; i < self->labels->len; i++)
    {
      g_autoptr(PangoLayout) layout = create_layout (self, g_ptr_array_index (self->labels, i), FALSE);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      natural_label = MAX (natural_label, w);
    }

  geometry->percent_width = percent_width;
  geometry->text_height = text_height;
  geometry->stacked = width >= 0 && width < STACK_WIDTH;

  if (geometry->stacked)
    {
      geometry->label_width = width;
      geometry->bar_x = 0;
      geometry->row_height = text_height + 4 + MAX (text_height, BAR_HEIGHT);
    }
  else
    {
      float available = width >= 0 ? width : 2 * natural_label;

      geometry->label_width = MIN (natural_label, available * 0.45f);
      geometry->bar_x = geometry->label_width + COLUMN_GAP;
      geometry->row_height = MAX (text_height, BAR_HEIGHT);
    }

  geometry->bar_width = MAX ((width >= 0 ? width : 0) - geometry->bar_x - COLUMN_GAP - percent_width, 1);
}

static float
content_height (SylMasteryChart *self,
                const Geometry  *geometry)
{
  guint n = self->labels->len;

  if (n == 0)
    return 0;

  return n * geometry->row_height + (n - 1) * ROW_GAP;
}

static void
append_dashes (GtkSnapshot   *snapshot,
               const GdkRGBA *color,
               float          x,
               float          top,
               float          bottom)
{
  for (float y = top; y < bottom; y += 7)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (x - 0.5f, y, 1, MIN (4, bottom - y)));
}

static void
syl_mastery_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  SylMasteryChart *self = SYL_MASTERY_CHART (widget);
  int width = gtk_widget_get_width (widget);
  SylChartColors colors;
  Geometry geometry;
  float bar_top = 0;

  if (width <= 0 || self->labels->len == 0)
    return;

  syl_chart_colors_lookup (widget, &colors);
  compute_geometry (self, width, &geometry);

  for (guint i = 0; i < self->labels->len; i++)
    {
      const char *label = g_ptr_array_index (self->labels, i);
      double value = CLAMP (g_array_index (self->values, double, i), 0.0, 1.0);
      g_autoptr(PangoLayout) label_layout = create_layout (self, label, FALSE);
      g_autofree char *percent = syl_dashboard_format_percent (value);
      g_autoptr(PangoLayout) percent_layout = create_layout (self, percent, TRUE);
      float row_y = i * (geometry.row_height + ROW_GAP);
      float text_y, bar_y;
      int percent_width;

      pango_layout_set_width (label_layout, geometry.label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (label_layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (percent_layout, &percent_width, NULL);

      if (geometry.stacked)
        {
          text_y = row_y;
          bar_y = row_y + geometry.text_height + 4;
        }
      else
        {
          text_y = row_y + (geometry.row_height - geometry.text_height) / 2;
          bar_y = row_y;
        }

      syl_chart_append_text (snapshot, label_layout, 0, text_y, &colors.fg);

      {
        float line_height = MAX (geometry.text_height, BAR_HEIGHT);
        float track_y = bar_y + (line_height - BAR_HEIGHT) / 2;

        syl_chart_fill_rounded (snapshot, &colors.grid,
                                geometry.bar_x, track_y, geometry.bar_width, BAR_HEIGHT, BAR_HEIGHT / 2);
        syl_chart_fill_rounded (snapshot, &colors.accent_bg,
                                geometry.bar_x, track_y, geometry.bar_width * value, BAR_HEIGHT, BAR_HEIGHT / 2);
        if (i == 0)
          bar_top = track_y;

        syl_chart_append_text (snapshot, percent_layout, width - percent_width,
                               bar_y + (line_height - geometry.text_height) / 2, &colors.fg);
      }
    }

  /* The target: a dashed line through every bar; when the labels sit
   * above the bars, only across the bars so that it never crosses text. */
  if (self->target >= 0)
    {
      float x = geometry.bar_x + geometry.bar_width * self->target;

      if (geometry.stacked)
        {
          for (guint i = 0; i < self->labels->len; i++)
            {
              float line_height = MAX (geometry.text_height, BAR_HEIGHT);
              float top = i * (geometry.row_height + ROW_GAP) + geometry.text_height + 4
                          + (line_height - BAR_HEIGHT) / 2 - 3;

              append_dashes (snapshot, &colors.fg, x, top, top + BAR_HEIGHT + 6);
            }
        }
      else
        {
          append_dashes (snapshot, &colors.fg, x, bar_top - 3, content_height (self, &geometry));
        }
    }
}

static gboolean
syl_mastery_chart_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  SylMasteryChart *self = SYL_MASTERY_CHART (widget);
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;
  Geometry geometry;
  guint i;

  if (self->labels->len == 0)
    return FALSE;

  compute_geometry (self, gtk_widget_get_width (widget), &geometry);
  i = keyboard_mode ? 0 : (guint) (y / (geometry.row_height + ROW_GAP));
  if (i >= self->labels->len)
    return FALSE;

  percent = syl_dashboard_format_percent (g_array_index (self->values, double, i));
  /* Translators: tooltip of a mastery bar: the domain, its mastery */
  text = g_strdup_printf (_("%s: mastery %s, the share of its questions you would likely get right today"),
                          (const char *) g_ptr_array_index (self->labels, i), percent);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static GtkSizeRequestMode
syl_mastery_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
syl_mastery_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  SylMasteryChart *self = SYL_MASTERY_CHART (widget);
  Geometry geometry;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      compute_geometry (self, -1, &geometry);
      *minimum = 160;
      *natural = MAX (*minimum, 2 * geometry.label_width + geometry.percent_width + 2 * COLUMN_GAP);
    }
  else
    {
      compute_geometry (self, for_size, &geometry);
      *minimum = *natural = content_height (self, &geometry);
    }
}

static void
syl_mastery_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (syl_mastery_chart_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static void
syl_mastery_chart_finalize (GObject *object)
{
  SylMasteryChart *self = SYL_MASTERY_CHART (object);

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_array_unref);

  G_OBJECT_CLASS (syl_mastery_chart_parent_class)->finalize (object);
}

static void
syl_mastery_chart_class_init (SylMasteryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = syl_mastery_chart_finalize;

  widget_class->snapshot = syl_mastery_chart_snapshot;
  widget_class->measure = syl_mastery_chart_measure;
  widget_class->get_request_mode = syl_mastery_chart_get_request_mode;
  widget_class->query_tooltip = syl_mastery_chart_query_tooltip;
  widget_class->css_changed = syl_mastery_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "mastery-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
syl_mastery_chart_init (SylMasteryChart *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  self->target = -1;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mastery by domain"),
                                  -1);
}

/**
 * syl_mastery_chart_new:
 *
 * Returns: (transfer full): a new, empty chart
 */
GtkWidget *
syl_mastery_chart_new (void)
{
  return g_object_new (SYL_TYPE_MASTERY_CHART, NULL);
}

/**
 * syl_mastery_chart_set_bars:
 * @labels: (array length=n_bars): a label per bar
 * @values: (array length=n_bars): mastery per bar, 0–1
 * @n_bars: how many
 */
void
syl_mastery_chart_set_bars (SylMasteryChart    *self,
                            const char * const *labels,
                            const double       *values,
                            guint               n_bars)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (SYL_IS_MASTERY_CHART (self));
  g_return_if_fail (n_bars == 0 || (labels != NULL && values != NULL));

  g_ptr_array_set_size (self->labels, 0);
  g_array_set_size (self->values, 0);
  for (guint i = 0; i < n_bars; i++)
    {
      g_autofree char *percent = syl_dashboard_format_percent (values[i]);

      g_ptr_array_add (self->labels, g_strdup (labels[i]));
      g_array_append_val (self->values, values[i]);
      g_string_append_printf (description, "%s%s %s", i > 0 ? "; " : "", labels[i], percent);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * syl_mastery_chart_set_target:
 * @target: the mastery to aim for, 0–1, or a negative number for none
 */
void
syl_mastery_chart_set_target (SylMasteryChart *self,
                              double           target)
{
  g_return_if_fail (SYL_IS_MASTERY_CHART (self));

  self->target = target < 0 ? -1 : MIN (target, 1.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * syl_mastery_chart_get_n_bars:
 *
 * Returns: the number of bars
 */
guint
syl_mastery_chart_get_n_bars (SylMasteryChart *self)
{
  g_return_val_if_fail (SYL_IS_MASTERY_CHART (self), 0);

  return self->labels->len;
}

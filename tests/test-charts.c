/* test-charts.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "syl-activity-calendar.h"
#include "syl-calibration-chart.h"
#include "syl-calibration.h"
#include "syl-chart-style.h"
#include "syl-dashboard-model.h"
#include "syl-mastery-chart.h"
#include "syl-score-chart.h"
#include "syl-test-ui-util.h"

#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

typedef struct
{
  GtkWindow *window;
  GtkWidget *score;
  GtkWidget *calendar;
  GtkWidget *mastery;
} Fixture;

static gboolean
widget_is_drawable (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data)) && gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static GtkWindow *shown_window;

/* Lets a few frames pass, so that changes are laid out: a moment, then a
 * frame painted since (on a busy machine the moment alone was not always
 * enough for the mastery chart to be given its height). */
static void
iterate_briefly (void)
{
  gint64 deadline = g_get_monotonic_time () + 150 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (shown_window != NULL)
    syl_test_wait_for_frame (GTK_WIDGET (shown_window));
}

static gboolean
has_height (gpointer data)
{
  return gtk_widget_get_height (GTK_WIDGET (data)) > 0;
}

/* Draws @widget at its current size into a render node (NULL if it drew
 * nothing), calling its snapshot function directly rather than waiting
 * for the next frame. */
static GskRenderNode *
render (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
count_nodes (GskRenderNode *node,
             guint         *counts)
{
  GskRenderNodeType type;

  if (node == NULL)
    return;

  type = gsk_render_node_get_node_type (node);
  counts[type]++;

  switch (type)
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_nodes (gsk_container_node_get_child (node, i), counts);
      break;
    case GSK_TRANSFORM_NODE:
      count_nodes (gsk_transform_node_get_child (node), counts);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      count_nodes (gsk_rounded_clip_node_get_child (node), counts);
      break;
    case GSK_CLIP_NODE:
      count_nodes (gsk_clip_node_get_child (node), counts);
      break;
    case GSK_OPACITY_NODE:
      count_nodes (gsk_opacity_node_get_child (node), counts);
      break;
    case GSK_DEBUG_NODE:
      count_nodes (gsk_debug_node_get_child (node), counts);
      break;
    default:
      break;
    }
}

static const GdkRGBA *
first_color (GskRenderNode *node)
{
  const GdkRGBA *found = NULL;

  if (node == NULL)
    return NULL;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_COLOR_NODE:
      return gsk_color_node_get_color (node);
    case GSK_BORDER_NODE:
      return gsk_border_node_get_colors (node);
    case GSK_CONTAINER_NODE:
      for (guint i = 0; found == NULL && i < gsk_container_node_get_n_children (node); i++)
        found = first_color (gsk_container_node_get_child (node, i));
      return found;
    case GSK_TRANSFORM_NODE:
      return first_color (gsk_transform_node_get_child (node));
    case GSK_ROUNDED_CLIP_NODE:
      return first_color (gsk_rounded_clip_node_get_child (node));
    case GSK_CLIP_NODE:
      return first_color (gsk_clip_node_get_child (node));
    case GSK_DEBUG_NODE:
      return first_color (gsk_debug_node_get_child (node));
    default:
      return NULL;
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  int width = GPOINTER_TO_INT (user_data);

  fixture->score = syl_score_chart_new ();
  fixture->calendar = syl_activity_calendar_new ();
  fixture->mastery = syl_mastery_chart_new ();
  gtk_box_append (GTK_BOX (box), fixture->score);
  gtk_box_append (GTK_BOX (box), fixture->calendar);
  gtk_box_append (GTK_BOX (box), fixture->mastery);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 700);
  gtk_window_set_child (fixture->window, box);
  gtk_window_present (fixture->window);
  shown_window = fixture->window;
  syl_test_iterate_until (widget_is_drawable, fixture->score);
  g_assert_true (widget_is_drawable (fixture->score));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  shown_window = NULL;
  gtk_window_destroy (fixture->window);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  GskRenderNode *node;
  guint counts[GSK_NOT_A_RENDER_NODE + 64] = { 0 };

  /* The score chart still draws its scale and pass line. */
  node = render (fixture->score);
  g_assert_nonnull (node);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_TEXT_NODE], >=, 2);
  g_assert_cmpuint (syl_score_chart_get_n_scores (SYL_SCORE_CHART (fixture->score)), ==, 0);
  g_clear_pointer (&node, gsk_render_node_unref);

  /* The others have nothing to draw, and do not crash. */
  node = render (fixture->calendar);
  g_clear_pointer (&node, gsk_render_node_unref);
  node = render (fixture->mastery);
  g_clear_pointer (&node, gsk_render_node_unref);

  syl_score_chart_set_scores (SYL_SCORE_CHART (fixture->score), NULL, 0);
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar), NULL, 0);
  syl_mastery_chart_set_bars (SYL_MASTERY_CHART (fixture->mastery), NULL, NULL, 0);
  iterate_briefly ();
  node = render (fixture->calendar);
  g_clear_pointer (&node, gsk_render_node_unref);
}

static void
test_one_point (Fixture       *fixture,
                gconstpointer  user_data)
{
  SylScorePoint point = { 1, g_get_real_time (), 712 };
  GskRenderNode *node;
  guint counts[GSK_NOT_A_RENDER_NODE + 64] = { 0 };

  syl_score_chart_set_scores (SYL_SCORE_CHART (fixture->score), &point, 1);
  iterate_briefly ();
  node = render (fixture->score);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_CAIRO_NODE], ==, 1);
  gsk_render_node_unref (node);
}

static void
test_many (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (SylScorePoint));
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (SylStoreDay));
  g_autoptr(GArray) cells = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  double values[60];
  gint64 now = g_get_real_time ();
  g_autofree char *today = syl_store_day_for_time (now);
  GskRenderNode *node;
  guint counts[GSK_NOT_A_RENDER_NODE + 64] = { 0 };
  guint n_levels[SYL_ACTIVITY_MAX_LEVEL + 1] = { 0 };

  for (guint i = 0; i < 1000; i++)
    {
      SylScorePoint point = { i + 1, now - (1000 - i) * DAY_US / 10, 100 + (i * 37) % 901 };
      g_array_append_val (points, point);
    }
  /* Out-of-range scores are drawn at the edge, not outside. */
  g_array_index (points, SylScorePoint, 3).score = -50;
  g_array_index (points, SylScorePoint, 4).score = 4000;
  syl_score_chart_set_scores (SYL_SCORE_CHART (fixture->score), (SylScorePoint *) (gpointer) points->data, points->len);
  g_assert_cmpuint (syl_score_chart_get_n_scores (SYL_SCORE_CHART (fixture->score)), ==, 1000);

  for (guint i = 0; i < 100; i++)
    {
      SylStoreDay day = { { 0 }, 0 };
      g_autofree char *text = syl_store_day_for_time (now - i * DAY_US);

      g_strlcpy (day.day, text, sizeof day.day);
      day.answers = i * 3;
      day.correct = i;
      g_array_append_val (days, day);
    }
  cells = syl_activity_grid_new (days, today, SYL_ACTIVITY_WEEKS, 30);
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar),
                                   (SylActivityCell *) (gpointer) cells->data, cells->len);
  for (guint i = 0; i < cells->len; i++)
    n_levels[g_array_index (cells, SylActivityCell, i).level]++;
  for (guint level = 0; level <= SYL_ACTIVITY_MAX_LEVEL; level++)
    g_assert_cmpuint (n_levels[level], >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("%u A domain with a rather long title that needs room", i + 1));
      values[i] = (i % 11) / 10.0;
    }
  values[0] = -1;
  values[1] = 7;
  syl_mastery_chart_set_bars (SYL_MASTERY_CHART (fixture->mastery), (const char * const *) labels->pdata,
                              values, G_N_ELEMENTS (values));
  syl_mastery_chart_set_target (SYL_MASTERY_CHART (fixture->mastery), 0.72);
  g_assert_cmpuint (syl_mastery_chart_get_n_bars (SYL_MASTERY_CHART (fixture->mastery)), ==, G_N_ELEMENTS (values));

  /* Under load, 150 ms is not always enough to lay the charts out. */
  iterate_briefly ();
  syl_test_iterate_until (has_height, fixture->mastery);

  node = render (fixture->score);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_CAIRO_NODE], ==, 1);
  g_clear_pointer (&node, gsk_render_node_unref);

  /* Every past day of the calendar is a square: an empty one, or a
   * tinted one and its filled part. */
  memset (counts, 0, sizeof counts);
  node = render (fixture->calendar);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_BORDER_NODE], >=, SYL_ACTIVITY_WEEKS * 7 - 6);
  g_assert_cmpuint (counts[GSK_BORDER_NODE], <=, 2 * SYL_ACTIVITY_WEEKS * 7 + 1);  /* and today's ring */
  g_clear_pointer (&node, gsk_render_node_unref);

  /* A label, a track, a bar (unless empty) and a percentage per row. */
  memset (counts, 0, sizeof counts);
  node = render (fixture->mastery);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_TEXT_NODE], >=, 2 * G_N_ELEMENTS (values));
  g_assert_cmpuint (counts[GSK_BORDER_NODE], >=, G_N_ELEMENTS (values));
  g_assert_cmpint (gtk_widget_get_height (fixture->mastery), >, 0);
  g_clear_pointer (&node, gsk_render_node_unref);
}

/* The rounded fill is drawn as a border: it must still cover the whole
 * shape, with no hole in the middle, and leave the corners out. */
static void
test_fill_rounded (void)
{
  const GdkRGBA red = { 1, 0, 0, 1 };
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  guint32 pixels[24 * 24];

  syl_chart_fill_rounded (snapshot, &red, 2, 2, 20, 20, 6);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, 24, 24));
  gdk_texture_download (texture, (guchar *) pixels, 24 * sizeof (guint32));

  /* Premultiplied ARGB in native order: opaque red is 0xffff0000. */
  for (guint y = 4; y < 20; y++)
    for (guint x = 4; x < 20; x++)
      g_assert_cmphex (pixels[y * 24 + x], ==, 0xffff0000);
  g_assert_cmphex (pixels[12 * 24 + 12], ==, 0xffff0000);
  g_assert_cmphex (pixels[2 * 24 + 2] >> 24, <, 0x80);   /* a rounded corner */
  g_assert_cmphex (pixels[0], ==, 0);                    /* outside */

  gsk_renderer_unrealize (renderer);
  gsk_render_node_unref (node);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *today = syl_store_day_for_time (g_get_real_time ());
  g_autoptr(GArray) cells = syl_activity_grid_new (NULL, today, SYL_ACTIVITY_WEEKS, 30);
  GskRenderNode *light, *dark;
  GdkRGBA light_color, dark_color;

  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar),
                                   (SylActivityCell *) (gpointer) cells->data, cells->len);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate_briefly ();
  light = render (fixture->calendar);
  g_assert_nonnull (first_color (light));
  light_color = *first_color (light);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  iterate_briefly ();
  dark = render (fixture->calendar);
  g_assert_nonnull (first_color (dark));
  dark_color = *first_color (dark);

  /* Empty days are a faint tint of the text colour, dark on light and
   * light on dark. */
  g_assert_cmpfloat (light_color.red + light_color.green + light_color.blue, <, 1.5);
  g_assert_cmpfloat (dark_color.red + dark_color.green + dark_color.blue, >, 1.5);

  gsk_render_node_unref (light);
  gsk_render_node_unref (dark);
}

/* WCAG contrast. */

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

/* @fg, which may be translucent, drawn on the opaque @bg. */
static GdkRGBA
blend (const GdkRGBA *fg,
       const GdkRGBA *bg)
{
  return (GdkRGBA) {
    fg->red * fg->alpha + bg->red * (1 - fg->alpha),
    fg->green * fg->alpha + bg->green * (1 - fg->alpha),
    fg->blue * fg->alpha + bg->blue * (1 - fg->alpha),
    1,
  };
}

static double
contrast (const GdkRGBA *fg,
          const GdkRGBA *bg)
{
  GdkRGBA shown = blend (fg, bg);
  double a = luminance (&shown);
  double b = luminance (bg);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static void
collect_text_colors (GskRenderNode *node,
                     GArray        *colors)
{
  if (node == NULL)
    return;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      g_array_append_vals (colors, gsk_text_node_get_color (node), 1);
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_text_colors (gsk_container_node_get_child (node, i), colors);
      break;
    case GSK_TRANSFORM_NODE:
      collect_text_colors (gsk_transform_node_get_child (node), colors);
      break;
    case GSK_CLIP_NODE:
      collect_text_colors (gsk_clip_node_get_child (node), colors);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_text_colors (gsk_rounded_clip_node_get_child (node), colors);
      break;
    case GSK_DEBUG_NODE:
      collect_text_colors (gsk_debug_node_get_child (node), colors);
      break;
    default:
      break;
    }
}

/* The lowest contrast of @widget's text, drawn on the window's and the
 * cards' backgrounds. */
static double
lowest_text_contrast (GtkWidget *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const char *backgrounds[] = { "window_bg_color", "card_bg_color", "view_bg_color" };
  GdkRGBA window_bg;
  g_autoptr(GArray) colors = g_array_new (FALSE, FALSE, sizeof (GdkRGBA));
  GskRenderNode *node = render (widget);
  double lowest = G_MAXDOUBLE;

  g_assert_true (gtk_style_context_lookup_color (context, "window_bg_color", &window_bg));
  window_bg.alpha = 1;
  collect_text_colors (node, colors);
  g_clear_pointer (&node, gsk_render_node_unref);
  g_assert_cmpuint (colors->len, >, 0);

  for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
    {
      GdkRGBA bg;

      /* Cards are a translucent tint on the window in dark styles. */
      g_assert_true (gtk_style_context_lookup_color (context, backgrounds[b], &bg));
      bg = blend (&bg, &window_bg);
      for (guint i = 0; i < colors->len; i++)
        lowest = MIN (lowest, contrast (&g_array_index (colors, GdkRGBA, i), &bg));
    }

  return lowest;
}

/* The charts' axis labels, month and weekday names are read: WCAG AA,
 * 4.5:1, in light and dark styles; 7:1 under High Contrast, which the
 * charts ignored while every dim label of the app followed it (audit
 * row 17). tests/meson.build runs this test again as
 * "charts-high-contrast", with ADW_DEBUG_HIGH_CONTRAST=1. */
static void
test_text_contrast (Fixture       *fixture,
                    gconstpointer  user_data)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  double wanted = high_contrast ? 7 : 4.5;
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  SylScorePoint points[] = { { 1, g_get_real_time () - 3 * DAY_US, 640 }, { 2, g_get_real_time (), 712 } };
  g_autofree char *today = syl_store_day_for_time (g_get_real_time ());
  g_autoptr(GArray) cells = syl_activity_grid_new (NULL, today, SYL_ACTIVITY_WEEKS, 30);

  /* The forecast record's chart (issue 13) labels its scale too. */
  GtkWidget *calibration = syl_calibration_chart_new ();
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (SylCalibrationEntry));
  SylCalibrationEntry entry = { 1, g_get_real_time () - 3 * DAY_US, 700, 620, 780, 0.4, TRUE, 640, 0 };

  g_array_append_val (entries, entry);
  entry.session_id = 2;
  entry.made_at_us = g_get_real_time ();
  entry.score = 760;
  g_array_append_val (entries, entry);
  gtk_widget_set_size_request (calibration, -1, 160);
  gtk_box_append (GTK_BOX (gtk_window_get_child (fixture->window)), calibration);
  syl_calibration_chart_set_entries (SYL_CALIBRATION_CHART (calibration), entries, 100, 1000, 750);

  g_test_message ("high contrast: %s", high_contrast ? "yes" : "no");
  syl_score_chart_set_scale (SYL_SCORE_CHART (fixture->score), 100, 1000, 750);
  syl_score_chart_set_scores (SYL_SCORE_CHART (fixture->score), points, G_N_ELEMENTS (points));
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar),
                                   (SylActivityCell *) (gpointer) cells->data, cells->len);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      double score_contrast, calendar_contrast, calibration_contrast;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[i]);
      iterate_briefly ();
      score_contrast = lowest_text_contrast (fixture->score);
      calendar_contrast = lowest_text_contrast (fixture->calendar);
      g_test_message ("%s: score chart text %.2f:1, calendar text %.2f:1", i == 0 ? "light" : "dark",
                      score_contrast, calendar_contrast);
      g_assert_cmpfloat (score_contrast, >=, wanted);
      g_assert_cmpfloat (calendar_contrast, >=, wanted);
      calibration_contrast = lowest_text_contrast (calibration);
      g_test_message ("%s: forecast record chart text %.2f:1", i == 0 ? "light" : "dark", calibration_contrast);
      g_assert_cmpfloat (calibration_contrast, >=, wanted);
    }
}

/* How much of the square at @x, @y, @size × @size in @pixels (premultiplied
 * ARGB, @width wide) is close to @color. */
static double
share_of_color (const guint32 *pixels,
                int            width,
                int            x,
                int            y,
                int            size,
                const GdkRGBA *color)
{
  guint n = 0, close = 0;

  for (int j = y + 1; j < y + size - 1; j++)
    for (int i = x + 1; i < x + size - 1; i++)
      {
        guint32 p = pixels[j * width + i];
        double a = (p >> 24) / 255.0;
        double r = a > 0 ? ((p >> 16) & 0xff) / 255.0 / a : 0;
        double g = a > 0 ? ((p >> 8) & 0xff) / 255.0 / a : 0;
        double b = a > 0 ? (p & 0xff) / 255.0 / a : 0;

        n++;
        if (a > 0.9 && fabs (r - color->red) < 0.1 && fabs (g - color->green) < 0.1 && fabs (b - color->blue) < 0.1)
          close++;
      }

  return n > 0 ? (double) close / n : 0;
}

/* A day's level is seen without telling shades apart: its square fills
 * up a quarter for each level, in the accent colour at 3:1 or more
 * against the card (audit row 17: the map was one hue at five
 * lightnesses, 1.19:1 to 1.43:1 for the lightest). */
static void
test_activity_levels (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  SylActivityCell cells[7] = { { "", 0, }, };
  GskRenderNode *node;
  GtkStyleContext *context = gtk_widget_get_style_context (fixture->calendar);
  GdkRGBA accent, card;
  g_autofree guint32 *pixels = NULL;
  int width, height;
  double previous = -1;

  /* One week, Monday to Sunday: no answers, then levels 1 to 4, then two
   * days to come. */
  for (guint i = 0; i < 7; i++)
    {
      g_snprintf (cells[i].day, sizeof cells[i].day, "2026-03-%02u", 2 + i);
      cells[i].level = i <= SYL_ACTIVITY_MAX_LEVEL ? i : 0;
      cells[i].answers = cells[i].level * 10;
      cells[i].future = i > SYL_ACTIVITY_MAX_LEVEL;
    }
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar), cells, 7);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate_briefly ();

  g_assert_true (gtk_style_context_lookup_color (context, "accent_bg_color", &accent));
  g_assert_true (gtk_style_context_lookup_color (context, "card_bg_color", &card));
  {
    GdkRGBA window_bg;

    g_assert_true (gtk_style_context_lookup_color (context, "window_bg_color", &window_bg));
    window_bg.alpha = 1;
    card = blend (&card, &window_bg);
  }
  g_test_message ("accent on card: %.2f:1", contrast (&accent, &card));
  g_assert_cmpfloat (contrast (&accent, &card), >=, 3);

  width = gtk_widget_get_width (fixture->calendar);
  height = gtk_widget_get_height (fixture->calendar);
  node = render (fixture->calendar);
  g_assert_nonnull (node);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_new0 (guint32, width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * sizeof (guint32));

  /* The squares, found from the accent: the column is where it is, and
   * Friday's full square ends it; the squares above are a gap of 3 px
   * apart (syl-activity-calendar.c). */
  {
    int left = -1, right = -1, bottom = -1;
    int size, step;

    for (int y = 0; y < height; y++)
      for (int x = 0; x < width; x++)
        if (share_of_color (pixels, width, x - 1, y - 1, 3, &accent) > 0.5)
          {
            left = left < 0 ? x : MIN (left, x);
            right = MAX (right, x);
            bottom = MAX (bottom, y);
          }
    g_assert_cmpint (left, >=, 0);
    size = right - left + 1;
    step = size + 3;
    g_assert_cmpint (size, >=, 6);
    for (guint day = 0; day <= SYL_ACTIVITY_MAX_LEVEL; day++)
      {
        int top = bottom + 1 - size - (SYL_ACTIVITY_MAX_LEVEL - day) * step;
        double share = share_of_color (pixels, width, left, top, size, &accent);

        g_test_message ("level %u: %.0f %% of the square in the accent colour", day, 100 * share);
        g_assert_cmpfloat (share, >, previous + 0.1);
        previous = share;
      }
    g_assert_cmpfloat (previous, >, 0.9);
  }

  gsk_renderer_unrealize (renderer);
  gsk_render_node_unref (node);
}

/* What the tooltips show with the mouse is in the charts' text
 * alternatives too, which a keyboard and screen-reader user reaches on the
 * chart cards: the exams' dates, today's answers, the run of days (audit
 * row 40). */
static void
test_summaries (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) march_2 = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  g_autoptr(GDateTime) march_6 = g_date_time_new_local (2026, 3, 6, 12, 0, 0);
  SylScorePoint points[] = {
    { 1, g_date_time_to_unix (march_2) * G_USEC_PER_SEC, 780 },
    { 2, g_date_time_to_unix (march_6) * G_USEC_PER_SEC, 712 },
  };
  SylActivityCell cells[7] = { { "", 0, }, };
  const char *summary;

  syl_score_chart_set_scale (SYL_SCORE_CHART (fixture->score), 100, 1000, 750);
  syl_score_chart_set_scores (SYL_SCORE_CHART (fixture->score), points, G_N_ELEMENTS (points));
  summary = syl_score_chart_get_summary (SYL_SCORE_CHART (fixture->score));
  g_test_message ("score chart: %s", summary);
  g_assert_nonnull (strstr (summary, "latest estimated score 712, best 780"));
  g_assert_nonnull (strstr (summary, "Latest on 6 March 2026, best on 2 March 2026."));

  /* Monday to Thursday, today Thursday: answers on Tuesday to today. */
  for (guint i = 0; i < 7; i++)
    {
      g_snprintf (cells[i].day, sizeof cells[i].day, "2026-03-%02u", 2 + i);
      cells[i].answers = i >= 1 && i <= 3 ? 30 : 0;
      cells[i].correct = cells[i].answers * 2 / 3;
      cells[i].level = cells[i].answers > 0 ? SYL_ACTIVITY_MAX_LEVEL : 0;
      cells[i].future = i > 3;
    }
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar), cells, 7);
  summary = syl_activity_calendar_get_summary (SYL_ACTIVITY_CALENDAR (fixture->calendar));
  g_test_message ("activity: %s", summary);
  g_assert_nonnull (strstr (summary, "Today: 30 questions, 20 right."));
  g_assert_nonnull (strstr (summary, "3 days in a row."));

  /* Nothing yet today: the run up to yesterday still counts. */
  cells[3].answers = cells[3].correct = cells[3].level = 0;
  syl_activity_calendar_set_cells (SYL_ACTIVITY_CALENDAR (fixture->calendar), cells, 7);
  summary = syl_activity_calendar_get_summary (SYL_ACTIVITY_CALENDAR (fixture->calendar));
  g_test_message ("activity: %s", summary);
  g_assert_nonnull (strstr (summary, "Today: no questions answered yet."));
  g_assert_nonnull (strstr (summary, "2 days in a row."));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/syl/charts/fill-rounded", test_fill_rounded);
  g_test_add ("/syl/charts/empty", Fixture, GINT_TO_POINTER (600), fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/syl/charts/one-point", Fixture, GINT_TO_POINTER (600), fixture_setup, test_one_point, fixture_teardown);
  g_test_add ("/syl/charts/many/wide", Fixture, GINT_TO_POINTER (900), fixture_setup, test_many, fixture_teardown);
  g_test_add ("/syl/charts/many/narrow", Fixture, GINT_TO_POINTER (300), fixture_setup, test_many, fixture_teardown);
  g_test_add ("/syl/charts/summaries", Fixture, GINT_TO_POINTER (600), fixture_setup, test_summaries, fixture_teardown);
  g_test_add ("/syl/charts/dark", Fixture, GINT_TO_POINTER (600), fixture_setup, test_dark, fixture_teardown);
  g_test_add ("/syl/charts/contrast/text", Fixture, GINT_TO_POINTER (600), fixture_setup, test_text_contrast, fixture_teardown);
  g_test_add ("/syl/charts/contrast/activity-levels", Fixture, GINT_TO_POINTER (600), fixture_setup, test_activity_levels, fixture_teardown);

  return g_test_run ();
}

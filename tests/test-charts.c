/* test-charts.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "syl-activity-calendar.h"
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

/* Lets a few frames pass, so that changes are laid out. */
static void
iterate_briefly (void)
{
  gint64 deadline = g_get_monotonic_time () + 150 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
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
  syl_test_iterate_until (widget_is_drawable, fixture->score);
  g_assert_true (widget_is_drawable (fixture->score));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
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

  /* Every past day of the calendar is a square. */
  memset (counts, 0, sizeof counts);
  node = render (fixture->calendar);
  count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_BORDER_NODE], >=, SYL_ACTIVITY_WEEKS * 7 - 6);
  g_assert_cmpuint (counts[GSK_BORDER_NODE], <=, SYL_ACTIVITY_WEEKS * 7 + 1);  /* and today's ring */
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
  g_test_add ("/syl/charts/dark", Fixture, GINT_TO_POINTER (600), fixture_setup, test_dark, fixture_teardown);

  return g_test_run ();
}

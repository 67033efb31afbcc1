/* syl-activity-calendar.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-activity-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "syl-activity-calendar.h"
#include "syl-chart-style.h"

#define GAP 3.0f
#define MAX_STEP 20.0f
#define NATURAL_STEP 17.0f
#define MIN_STEP 8.0f

/* Weeks of daily activity as a grid of squares, one column per week
 * (Monday at the top). A day's square fills up from the bottom with how
 * much of the daily goal was done, a quarter for each level, in the
 * accent colour (3.7:1 on the card): the level is seen in the square's
 * shape, not in a shade alone. */
struct _SylActivityCalendar
{
  GtkWidget  parent_instance;

  char      *summary;     /* the text alternative */
  GArray    *cells;      /* of SylActivityCell */
};

G_DEFINE_FINAL_TYPE (SylActivityCalendar, syl_activity_calendar, GTK_TYPE_WIDGET)

typedef struct
{
  float x;           /* of the first column */
  float y;           /* of the first row */
  float step;        /* cell size + gap */
  float label_width; /* weekday labels */
  float text_height;
} Geometry;

static guint
n_columns (SylActivityCalendar *self)
{
  return (self->cells->len + 6) / 7;
}

static GDateTime *
cell_date (const SylActivityCell *cell)
{
  int year, month, day;

  if (sscanf (cell->day, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static PangoLayout *
small_layout (SylActivityCalendar *self,
              const char          *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* Abbreviated weekday names for Monday (0) to Sunday (6). */
static char *
weekday_name (guint weekday)
{
  /* 2024-01-01 was a Monday. */
  g_autoptr(GDateTime) dt = g_date_time_new_local (2024, 1, 1 + weekday, 12, 0, 0);

  return g_date_time_format (dt, "%a");
}

static void
compute_geometry (SylActivityCalendar *self,
                  int                  width,
                  int                  height,
                  Geometry            *geometry)
{
  guint columns = MAX (n_columns (self), 1);
  int label_width = 0;
  int text_height = 0;
  float step_x, step_y, grid_width;

  for (guint weekday = 0; weekday < 7; weekday += 2)
    {
      g_autofree char *name = weekday_name (weekday);
      g_autoptr(PangoLayout) layout = small_layout (self, name);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_width = MAX (label_width, w);
      text_height = MAX (text_height, h);
    }

  geometry->label_width = label_width + 6;
  geometry->text_height = text_height;

  if (width < 0)
    {
      geometry->step = NATURAL_STEP;
    }
  else
    {
      step_x = (width - geometry->label_width + GAP) / columns;
      step_y = (height - text_height - 2 + GAP) / 7;
      geometry->step = CLAMP (MIN (step_x, step_y), 1, MAX_STEP);
    }

  grid_width = geometry->label_width + columns * geometry->step - GAP;
  geometry->x = geometry->label_width + MAX ((width - grid_width) / 2, 0);
  geometry->y = text_height + 2;
}

/* A day's square: empty, a faint square (outlined under High Contrast);
 * with answers, a tint of the accent colour filled from the bottom, a
 * quarter of the square for each level. */
static void
draw_cell (GtkSnapshot          *snapshot,
           const SylChartColors *colors,
           guint                 level,
           float                 x,
           float                 y,
           float                 size)
{
  GdkRGBA tint = colors->accent_bg;
  float filled;

  if (level == 0)
    {
      syl_chart_fill_rounded (snapshot, &colors->grid, x, y, size, size, 3);
      if (colors->high_contrast)
        {
          GskRoundedRect outline;
          const float widths[4] = { 1, 1, 1, 1 };
          const GdkRGBA outline_colors[4] = { colors->dim, colors->dim, colors->dim, colors->dim };

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, size, size), 3);
          gtk_snapshot_append_border (snapshot, &outline, widths, outline_colors);
        }
      return;
    }

  tint.alpha *= colors->high_contrast ? 0.45f : 0.3f;
  syl_chart_fill_rounded (snapshot, &tint, x, y, size, size, 3);

  filled = size * level / SYL_ACTIVITY_MAX_LEVEL;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y + size - filled, size, filled));
  syl_chart_fill_rounded (snapshot, &colors->accent_bg, x, y, size, size, 3);
  gtk_snapshot_pop (snapshot);
}

static void
syl_activity_calendar_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SylActivityCalendar *self = SYL_ACTIVITY_CALENDAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SylChartColors colors;
  Geometry geometry;
  float cell_size;
  float last_label_end = -G_MAXFLOAT;
  int today = -1;

  if (width <= 0 || height <= 0 || self->cells->len == 0)
    return;

  syl_chart_colors_lookup (widget, &colors);
  compute_geometry (self, width, height, &geometry);
  cell_size = MAX (geometry.step - GAP, 1);

  /* Weekday names for Monday, Wednesday and Friday. */
  for (guint weekday = 0; weekday < 7; weekday += 2)
    {
      g_autofree char *name = weekday_name (weekday);
      g_autoptr(PangoLayout) layout = small_layout (self, name);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      syl_chart_append_text (snapshot, layout,
                             geometry.x - geometry.label_width,
                             geometry.y + weekday * geometry.step + (cell_size - h) / 2,
                             &colors.dim);
    }

  for (guint i = 0; i < self->cells->len; i++)
    {
      const SylActivityCell *cell = &g_array_index (self->cells, SylActivityCell, i);
      guint column = i / 7;
      guint row = i % 7;
      float x = geometry.x + column * geometry.step;
      float y = geometry.y + row * geometry.step;

      /* A month's name above the week that holds its first day (and above
       * the first week), unless it would run into the previous one. */
      if ((row == 0 && column == 0) || g_str_has_suffix (cell->day, "-01"))
        {
          g_autoptr(GDateTime) dt = cell_date (cell);

          if (dt != NULL && x > last_label_end)
            {
              g_autofree char *month = g_date_time_format (dt, "%b");
              g_autoptr(PangoLayout) layout = small_layout (self, month);
              int w;

              pango_layout_get_pixel_size (layout, &w, NULL);
              syl_chart_append_text (snapshot, layout, x, 0, &colors.dim);
              last_label_end = x + w + 4;
            }
        }

      if (cell->future)
        continue;

      today = i;
      draw_cell (snapshot, &colors, MIN (cell->level, SYL_ACTIVITY_MAX_LEVEL), x, y, cell_size);
    }

  /* A ring around today. */
  if (today >= 0)
    {
      GskRoundedRect ring;
      float x = geometry.x + (today / 7) * geometry.step - 1.5f;
      float y = geometry.y + (today % 7) * geometry.step - 1.5f;
      float widths[4] = { 1, 1, 1, 1 };
      GdkRGBA ring_colors[4] = { colors.fg, colors.fg, colors.fg, colors.fg };

      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x, y, cell_size + 3, cell_size + 3), 4);
      gtk_snapshot_append_border (snapshot, &ring, widths, ring_colors);
    }
}

static int
cell_at (SylActivityCalendar *self,
         int                  x,
         int                  y)
{
  Geometry geometry;
  int column, row, i;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                    gtk_widget_get_height (GTK_WIDGET (self)), &geometry);
  if (x < geometry.x || y < geometry.y)
    return -1;

  column = (x - geometry.x) / geometry.step;
  row = (y - geometry.y) / geometry.step;
  if (row >= 7)
    return -1;

  i = column * 7 + row;
  return i < (int) self->cells->len ? i : -1;
}

static gboolean
syl_activity_calendar_query_tooltip (GtkWidget  *widget,
                                     int         x,
                                     int         y,
                                     gboolean    keyboard_mode,
                                     GtkTooltip *tooltip)
{
  SylActivityCalendar *self = SYL_ACTIVITY_CALENDAR (widget);
  const SylActivityCell *cell;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  int i;

  if (keyboard_mode)
    {
      /* Today: the last day that is not in the future. */
      for (i = self->cells->len - 1; i >= 0; i--)
        if (!g_array_index (self->cells, SylActivityCell, i).future)
          break;
    }
  else
    {
      i = cell_at (self, x, y);
    }

  if (i < 0)
    return FALSE;

  cell = &g_array_index (self->cells, SylActivityCell, i);
  if (cell->future || (dt = cell_date (cell)) == NULL)
    return FALSE;

  /* Translators: a day in the activity calendar's tooltip, see g_date_time_format() */
  date = g_date_time_format (dt, C_("activity date", "%A %-d %B"));
  if (cell->answers == 0)
    /* Translators: "Tuesday 6 January: no questions answered" */
    text = g_strdup_printf (_("%s: no questions answered"), date);
  else
    /* Translators: "Tuesday 6 January: 30 questions, 20 right" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s: %u question, %u right",
                                         "%s: %u questions, %u right",
                                         cell->answers),
                            date, cell->answers, cell->correct);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
syl_activity_calendar_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  SylActivityCalendar *self = SYL_ACTIVITY_CALENDAR (widget);
  guint columns = MAX (n_columns (self), 1);
  Geometry geometry;

  compute_geometry (self, -1, -1, &geometry);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = geometry.label_width + columns * MIN_STEP;
      *natural = geometry.label_width + columns * NATURAL_STEP;
    }
  else
    {
      *minimum = geometry.y + 7 * MIN_STEP;
      *natural = geometry.y + 7 * NATURAL_STEP;
    }
}

static void
syl_activity_calendar_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (syl_activity_calendar_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static void
syl_activity_calendar_finalize (GObject *object)
{
  SylActivityCalendar *self = SYL_ACTIVITY_CALENDAR (object);

  g_free (self->summary);
  g_clear_pointer (&self->cells, g_array_unref);

  G_OBJECT_CLASS (syl_activity_calendar_parent_class)->finalize (object);
}

static void
syl_activity_calendar_class_init (SylActivityCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = syl_activity_calendar_finalize;

  widget_class->snapshot = syl_activity_calendar_snapshot;
  widget_class->measure = syl_activity_calendar_measure;
  widget_class->query_tooltip = syl_activity_calendar_query_tooltip;
  widget_class->css_changed = syl_activity_calendar_css_changed;

  gtk_widget_class_set_css_name (widget_class, "activity-calendar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
syl_activity_calendar_init (SylActivityCalendar *self)
{
  self->cells = g_array_new (FALSE, TRUE, sizeof (SylActivityCell));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Daily activity"),
                                  -1);
}

/**
 * syl_activity_calendar_new:
 *
 * Returns: (transfer full): a new, empty activity calendar
 */
GtkWidget *
syl_activity_calendar_new (void)
{
  return g_object_new (SYL_TYPE_ACTIVITY_CALENDAR, NULL);
}

/* What the tooltips tell with the mouse, for the text alternative: today's
 * answers and how many days in a row there were some. */
static void
describe_today (SylActivityCalendar  *self,
                char                **description)
{
  g_autofree char *today_text = NULL;
  g_autofree char *streak_text = NULL;
  char *joined;
  int today = -1;
  guint streak = 0;

  for (int i = self->cells->len - 1; i >= 0 && today < 0; i--)
    if (!g_array_index (self->cells, SylActivityCell, i).future)
      today = i;
  if (today < 0)
    return;

  {
    const SylActivityCell *cell = &g_array_index (self->cells, SylActivityCell, today);

    if (cell->answers == 0)
      today_text = g_strdup (_("Today: no questions answered yet."));
    else
      /* Translators: in the activity calendar's description, "Today: 30 questions, 20 right." */
      today_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Today: %u question, %u right.",
                                                 "Today: %u questions, %u right.",
                                                 cell->answers),
                                    cell->answers, cell->correct);
  }

  /* The days in a row up to today, or up to yesterday while today has
   * none yet. */
  for (int i = g_array_index (self->cells, SylActivityCell, today).answers > 0 ? today : today - 1;
       i >= 0 && g_array_index (self->cells, SylActivityCell, i).answers > 0;
       i--)
    streak++;
  if (streak >= 2)
    /* Translators: in the activity calendar's description */
    streak_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u day in a row.",
                                                "%u days in a row.",
                                                streak),
                                   streak);

  joined = g_strdup_printf ("%s. %s%s%s", *description, today_text,
                            streak_text != NULL ? " " : "", streak_text != NULL ? streak_text : "");
  g_free (*description);
  *description = joined;
}

/**
 * syl_activity_calendar_set_cells:
 * @cells: (array length=n_cells) (nullable): as from syl_activity_grid_new()
 * @n_cells: how many, a multiple of 7
 */
void
syl_activity_calendar_set_cells (SylActivityCalendar   *self,
                                 const SylActivityCell *cells,
                                 guint                  n_cells)
{
  g_autofree char *description = NULL;
  guint active;

  g_return_if_fail (SYL_IS_ACTIVITY_CALENDAR (self));
  g_return_if_fail (cells != NULL || n_cells == 0);

  g_array_set_size (self->cells, 0);
  if (n_cells > 0)
    g_array_append_vals (self->cells, cells, n_cells);

  active = syl_activity_calendar_get_n_active_days (self);
  /* Translators: describes the activity calendar to screen readers */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Questions answered on %u day of the last %u weeks",
                                              "Questions answered on %u days of the last %u weeks",
                                              active),
                                 active, n_columns (self));
  describe_today (self, &description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_free (self->summary);
  self->summary = g_strdup (description);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * syl_activity_calendar_get_n_cells:
 *
 * Returns: the number of days shown, future days of this week included
 */
guint
syl_activity_calendar_get_n_cells (SylActivityCalendar *self)
{
  g_return_val_if_fail (SYL_IS_ACTIVITY_CALENDAR (self), 0);

  return self->cells->len;
}

/**
 * syl_activity_calendar_get_n_active_days:
 *
 * Returns: the days shown with at least one answer
 */
guint
syl_activity_calendar_get_n_active_days (SylActivityCalendar *self)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_ACTIVITY_CALENDAR (self), 0);

  for (guint i = 0; i < self->cells->len; i++)
    if (g_array_index (self->cells, SylActivityCell, i).answers > 0)
      n++;

  return n;
}

/**
 * syl_activity_calendar_get_summary:
 *
 * Returns: (nullable): what the chart shows, in words, as screen readers
 *   get it
 */
const char *
syl_activity_calendar_get_summary (SylActivityCalendar *self)
{
  g_return_val_if_fail (SYL_IS_ACTIVITY_CALENDAR (self), NULL);

  return self->summary;
}

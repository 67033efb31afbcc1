/* syl-reflow-box.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-reflow-box"

#include "config.h"

#include "syl-reflow-box.h"

#define SPACING     12
#define ROW_SPACING 6

/* Two children side by side, the end child at its natural width and the
 * start child taking the rest; when that rest would be narrower than
 * :min-start-width, the end child moves under the start child. A row's
 * title and its buttons stay readable at 360 px without an AdwBreakpoint,
 * which libadwaita 1.2 does not have. */
struct _SylReflowBox
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  int        min_start_width;
  gboolean   homogeneous;
  gboolean   stacked;
};

G_DEFINE_FINAL_TYPE (SylReflowBox, syl_reflow_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_MIN_START_WIDTH,
  PROP_HOMOGENEOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
child_visible (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

static int
natural_width (GtkWidget *child)
{
  int natural = 0;

  if (child_visible (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);

  return natural;
}

static int
height_for_width (GtkWidget *child,
                  int        width)
{
  int natural = 0;

  if (child_visible (child))
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);

  return natural;
}

static int
minimum_width (GtkWidget *child)
{
  int minimum = 0;

  if (child_visible (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);

  return minimum;
}

/* Whether @width is too narrow to keep both children on one line. */
static gboolean
needs_stacking (SylReflowBox *self,
                int           width)
{
  int end_width;

  if (!child_visible (self->start_child) || !child_visible (self->end_child))
    return FALSE;

  /* Two equal columns, as long as each child fits in one. */
  if (self->homogeneous)
    return (width - SPACING) / 2 < MAX (MAX (minimum_width (self->start_child), minimum_width (self->end_child)),
                                        MIN (self->min_start_width, natural_width (self->start_child)));

  end_width = natural_width (self->end_child);
  return width - end_width - SPACING < MIN (self->min_start_width, natural_width (self->start_child));
}

static void
syl_reflow_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SylReflowBox *self = SYL_REFLOW_BOX (widget);
  int start_min = 0, start_nat = 0, end_min = 0, end_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (child_visible (self->start_child))
        gtk_widget_measure (self->start_child, orientation, -1, &start_min, &start_nat, NULL, NULL);
      if (child_visible (self->end_child))
        gtk_widget_measure (self->end_child, orientation, -1, &end_min, &end_nat, NULL, NULL);

      *minimum = MAX (start_min, end_min);
      if (self->homogeneous && child_visible (self->start_child) && child_visible (self->end_child))
        *natural = 2 * MAX (start_nat, end_nat) + SPACING;
      else
        *natural = start_nat + end_nat +
                   (child_visible (self->start_child) && child_visible (self->end_child) ? SPACING : 0);
    }
  else if (for_size < 0)
    {
      int start_width = natural_width (self->start_child);

      *minimum = *natural = MAX (height_for_width (self->start_child, start_width),
                                 height_for_width (self->end_child, natural_width (self->end_child)));
    }
  else if (needs_stacking (self, for_size))
    {
      int end_width = self->homogeneous ? for_size : CLAMP (natural_width (self->end_child), 0, for_size);

      *minimum = *natural = height_for_width (self->start_child, for_size) + ROW_SPACING +
                            height_for_width (self->end_child, end_width);
    }
  else if (self->homogeneous && child_visible (self->start_child) && child_visible (self->end_child))
    {
      int half = (for_size - SPACING) / 2;

      *minimum = *natural = MAX (height_for_width (self->start_child, half),
                                 height_for_width (self->end_child, for_size - SPACING - half));
    }
  else
    {
      int end_width = child_visible (self->end_child) ? natural_width (self->end_child) : 0;
      int start_width = for_size - end_width - (end_width > 0 ? SPACING : 0);

      *minimum = *natural = MAX (height_for_width (self->start_child, MAX (start_width, 0)),
                                 height_for_width (self->end_child, end_width));
    }

  *minimum_baseline = *natural_baseline = -1;
}

static void
allocate_child (GtkWidget *widget,
                GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  /* Mirror for right-to-left languages. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - x - width;

  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
syl_reflow_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SylReflowBox *self = SYL_REFLOW_BOX (widget);
  int end_width = child_visible (self->end_child) ? natural_width (self->end_child) : 0;

  self->stacked = needs_stacking (self, width);

  if (self->stacked)
    {
      int start_height = height_for_width (self->start_child, width);
      int end_height;

      /* Homogeneous: the end child goes under the start child, as wide. */
      end_width = self->homogeneous ? width : MIN (end_width, width);
      end_height = height_for_width (self->end_child, end_width);
      allocate_child (widget, self->start_child, 0, 0, width, start_height);
      allocate_child (widget, self->end_child, width - end_width, height - end_height, end_width, end_height);
      return;
    }

  if (self->homogeneous && child_visible (self->start_child) && child_visible (self->end_child))
    {
      int half = (width - SPACING) / 2;

      allocate_child (widget, self->start_child, 0, 0, half, height);
      allocate_child (widget, self->end_child, half + SPACING, 0, width - half - SPACING, height);
      return;
    }

  if (child_visible (self->start_child))
    {
      int start_width = width - end_width - (end_width > 0 ? SPACING : 0);

      allocate_child (widget, self->start_child, 0, 0, MAX (start_width, 0), height);
    }
  if (child_visible (self->end_child))
    allocate_child (widget, self->end_child, width - end_width, 0, end_width, height);
}

static GtkSizeRequestMode
syl_reflow_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_child (SylReflowBox  *self,
           GtkWidget    **slot,
           GtkWidget     *child,
           GParamSpec    *pspec)
{
  if (*slot == child)
    return;

  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      if (slot == &self->start_child)
        gtk_widget_insert_after (child, GTK_WIDGET (self), NULL);
      else
        gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
syl_reflow_box_dispose (GObject *object)
{
  SylReflowBox *self = SYL_REFLOW_BOX (object);

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);

  G_OBJECT_CLASS (syl_reflow_box_parent_class)->dispose (object);
}

static void
syl_reflow_box_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SylReflowBox *self = SYL_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;

    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;

    case PROP_MIN_START_WIDTH:
      g_value_set_int (value, self->min_start_width);
      break;

    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_reflow_box_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SylReflowBox *self = SYL_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      syl_reflow_box_set_start_child (self, g_value_get_object (value));
      break;

    case PROP_END_CHILD:
      syl_reflow_box_set_end_child (self, g_value_get_object (value));
      break;

    case PROP_MIN_START_WIDTH:
      syl_reflow_box_set_min_start_width (self, g_value_get_int (value));
      break;

    case PROP_HOMOGENEOUS:
      if (self->homogeneous != g_value_get_boolean (value))
        {
          self->homogeneous = g_value_get_boolean (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_reflow_box_class_init (SylReflowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_reflow_box_dispose;
  object_class->get_property = syl_reflow_box_get_property;
  object_class->set_property = syl_reflow_box_set_property;

  widget_class->measure = syl_reflow_box_measure;
  widget_class->size_allocate = syl_reflow_box_size_allocate;
  widget_class->get_request_mode = syl_reflow_box_get_request_mode;

  /**
   * SylReflowBox:start-child:
   *
   * The child that takes the remaining width, such as a title.
   */
  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylReflowBox:end-child:
   *
   * The child kept at its natural width, such as buttons.
   */
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylReflowBox:min-start-width:
   *
   * The narrowest the start child may get before the end child moves
   * under it.
   */
  properties[PROP_MIN_START_WIDTH] =
    g_param_spec_int ("min-start-width", NULL, NULL, 0, G_MAXINT, 200,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylReflowBox:homogeneous:
   *
   * Two equal columns while each child fits in one, the end child under
   * the start child, as wide, when not.
   */
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "syl-reflow-box");
}

static void
syl_reflow_box_init (SylReflowBox *self)
{
  self->min_start_width = 200;
}

GtkWidget *
syl_reflow_box_new (void)
{
  return g_object_new (SYL_TYPE_REFLOW_BOX, NULL);
}

GtkWidget *
syl_reflow_box_get_start_child (SylReflowBox *self)
{
  g_return_val_if_fail (SYL_IS_REFLOW_BOX (self), NULL);

  return self->start_child;
}

void
syl_reflow_box_set_start_child (SylReflowBox *self,
                                GtkWidget    *child)
{
  g_return_if_fail (SYL_IS_REFLOW_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->start_child, child, properties[PROP_START_CHILD]);
}

GtkWidget *
syl_reflow_box_get_end_child (SylReflowBox *self)
{
  g_return_val_if_fail (SYL_IS_REFLOW_BOX (self), NULL);

  return self->end_child;
}

void
syl_reflow_box_set_end_child (SylReflowBox *self,
                              GtkWidget    *child)
{
  g_return_if_fail (SYL_IS_REFLOW_BOX (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->end_child, child, properties[PROP_END_CHILD]);
}

int
syl_reflow_box_get_min_start_width (SylReflowBox *self)
{
  g_return_val_if_fail (SYL_IS_REFLOW_BOX (self), 0);

  return self->min_start_width;
}

void
syl_reflow_box_set_min_start_width (SylReflowBox *self,
                                    int           width)
{
  g_return_if_fail (SYL_IS_REFLOW_BOX (self));

  if (self->min_start_width == width)
    return;

  self->min_start_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_START_WIDTH]);
}

/**
 * syl_reflow_box_get_stacked:
 *
 * Returns: whether the last allocation put the end child under the start
 *   child
 */
gboolean
syl_reflow_box_get_stacked (SylReflowBox *self)
{
  g_return_val_if_fail (SYL_IS_REFLOW_BOX (self), FALSE);

  return self->stacked;
}

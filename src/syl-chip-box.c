/* syl-chip-box.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-chip-box"

#include "config.h"

#include "syl-chip-box.h"

#define SPACING 6

/* Children at their natural width, left to right, wrapping onto new lines
 * like words: the service chips under an explanation. GtkFlowBox would
 * stretch them into columns, and GTK 4.8 has no wrapping box. */
struct _SylChipBox
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (SylChipBox, syl_chip_box, GTK_TYPE_WIDGET)

/* Lays the children out in @width, calling @place for each when non-NULL.
 * Returns the height used. */
static int
flow (SylChipBox *self,
      int         width,
      gboolean    place)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0;
  int y = 0;
  int line_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_w, nat_w, min_h, nat_h;
      int w;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      w = width > 0 ? MIN (nat_w, MAX (width, min_w)) : nat_w;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h, NULL, NULL);

      if (x > 0 && x + w > width)
        {
          x = 0;
          y += line_height + SPACING;
          line_height = 0;
        }

      if (place)
        {
          GtkAllocation allocation = { rtl ? width - x - w : x, y, w, nat_h };

          gtk_widget_size_allocate (child, &allocation, -1);
        }

      x += w + SPACING;
      line_height = MAX (line_height, nat_h);
    }

  return y + line_height;
}

static GtkSizeRequestMode
syl_chip_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
syl_chip_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  SylChipBox *self = SYL_CHIP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0;
      int nat = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += (nat > 0 ? SPACING : 0) + child_nat;
        }

      *minimum = min;
      *natural = nat;
    }
  else
    {
      int height = flow (self, for_size, FALSE);

      *minimum = height;
      *natural = height;
    }
}

static void
syl_chip_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  flow (SYL_CHIP_BOX (widget), width, TRUE);
}

static void
syl_chip_box_dispose (GObject *object)
{
  syl_chip_box_remove_all (SYL_CHIP_BOX (object));

  G_OBJECT_CLASS (syl_chip_box_parent_class)->dispose (object);
}

static void
syl_chip_box_class_init (SylChipBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_chip_box_dispose;

  widget_class->get_request_mode = syl_chip_box_get_request_mode;
  widget_class->measure = syl_chip_box_measure;
  widget_class->size_allocate = syl_chip_box_size_allocate;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
syl_chip_box_init (SylChipBox *self)
{
}

GtkWidget *
syl_chip_box_new (void)
{
  return g_object_new (SYL_TYPE_CHIP_BOX, NULL);
}

void
syl_chip_box_append (SylChipBox *self,
                     GtkWidget  *child)
{
  g_return_if_fail (SYL_IS_CHIP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
syl_chip_box_remove_all (SylChipBox *self)
{
  GtkWidget *child;

  g_return_if_fail (SYL_IS_CHIP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

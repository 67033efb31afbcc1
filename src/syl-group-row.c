/* syl-group-row.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-group-row"

#include "config.h"

#include "syl-group-row.h"

/* A row of a list that holds text and controls of its own (an answer
 * reviewed in full, a task statement's header and lines): Tab and the
 * arrows go to what it holds, never to the row itself.
 *
 * In GTK 4.8 a GtkListBoxRow with focusable=FALSE still takes the focus
 * in its focus() and keeps it, so that Tab stops dead on it. Rows like
 * this one use GtkWidget's own focus() instead: the focus goes into the
 * row's children, and on when they have none left. */
struct _SylGroupRow
{
  GtkListBoxRow parent_instance;
};

G_DEFINE_FINAL_TYPE (SylGroupRow, syl_group_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * syl_group_row_focus_in:
 *
 * A GtkWidgetClass.focus() for list rows that take no focus themselves:
 * GtkWidget's, which moves the focus among the children. SylTaskRow uses
 * it too.
 *
 * Returns: whether the focus moved inside @widget
 */
gboolean
syl_group_row_focus_in (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  GtkWidgetClass *widget_class = g_type_class_peek (GTK_TYPE_WIDGET);

  return widget_class->focus (widget, direction);
}

static void
syl_group_row_class_init (SylGroupRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = syl_group_row_focus_in;
}

static void
syl_group_row_init (SylGroupRow *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
}

/**
 * syl_group_row_new:
 * @child: (nullable): what the row holds
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
syl_group_row_new (GtkWidget *child)
{
  GtkWidget *self = g_object_new (SYL_TYPE_GROUP_ROW, NULL);

  if (child != NULL)
    gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), child);

  return self;
}

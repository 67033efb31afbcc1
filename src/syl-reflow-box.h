/* syl-reflow-box.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_REFLOW_BOX (syl_reflow_box_get_type ())

G_DECLARE_FINAL_TYPE (SylReflowBox, syl_reflow_box, SYL, REFLOW_BOX, GtkWidget)

GtkWidget *syl_reflow_box_new                (void);
GtkWidget *syl_reflow_box_get_start_child    (SylReflowBox *self);
void       syl_reflow_box_set_start_child    (SylReflowBox *self,
                                              GtkWidget    *child);
GtkWidget *syl_reflow_box_get_end_child      (SylReflowBox *self);
void       syl_reflow_box_set_end_child      (SylReflowBox *self,
                                              GtkWidget    *child);
int        syl_reflow_box_get_min_start_width (SylReflowBox *self);
void       syl_reflow_box_set_min_start_width (SylReflowBox *self,
                                               int           width);
gboolean   syl_reflow_box_get_stacked        (SylReflowBox *self);

G_END_DECLS

/* syl-option-row.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_OPTION_ROW (syl_option_row_get_type ())

G_DECLARE_FINAL_TYPE (SylOptionRow, syl_option_row, SYL, OPTION_ROW, GtkListBoxRow)

GtkWidget  *syl_option_row_new            (guint         number,
                                           const char   *text,
                                           gboolean      multiple);
guint       syl_option_row_get_number     (SylOptionRow *self);
const char *syl_option_row_get_text       (SylOptionRow *self);
void        syl_option_row_set_group      (SylOptionRow *self,
                                           SylOptionRow *group);
gboolean    syl_option_row_get_active     (SylOptionRow *self);
void        syl_option_row_set_active     (SylOptionRow *self,
                                           gboolean      active);
void        syl_option_row_show_feedback  (SylOptionRow *self,
                                           gboolean      correct,
                                           gboolean      chosen,
                                           const char   *why);
gboolean    syl_option_row_get_feedback_visible (SylOptionRow *self);
const char *syl_option_row_get_why        (SylOptionRow *self);

G_END_DECLS

/* syl-group-row.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_GROUP_ROW (syl_group_row_get_type ())

G_DECLARE_FINAL_TYPE (SylGroupRow, syl_group_row, SYL, GROUP_ROW, GtkListBoxRow)

GtkWidget *syl_group_row_new      (GtkWidget        *child);

gboolean   syl_group_row_focus_in (GtkWidget        *widget,
                                   GtkDirectionType  direction);

G_END_DECLS

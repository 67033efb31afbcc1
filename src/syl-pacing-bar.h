/* syl-pacing-bar.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_PACING_BAR (syl_pacing_bar_get_type ())

G_DECLARE_FINAL_TYPE (SylPacingBar, syl_pacing_bar, SYL, PACING_BAR, GtkWidget)

GtkWidget *syl_pacing_bar_new        (void);
void       syl_pacing_bar_set_values (SylPacingBar *self,
                                      gint64        time_ms,
                                      gint64        budget_ms);

G_END_DECLS

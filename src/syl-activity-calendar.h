/* syl-activity-calendar.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-dashboard-model.h"

G_BEGIN_DECLS

#define SYL_TYPE_ACTIVITY_CALENDAR (syl_activity_calendar_get_type ())

G_DECLARE_FINAL_TYPE (SylActivityCalendar, syl_activity_calendar, SYL, ACTIVITY_CALENDAR, GtkWidget)

GtkWidget *syl_activity_calendar_new         (void);
void       syl_activity_calendar_set_cells   (SylActivityCalendar   *self,
                                              const SylActivityCell *cells,
                                              guint                  n_cells);
guint      syl_activity_calendar_get_n_cells (SylActivityCalendar   *self);
guint      syl_activity_calendar_get_n_active_days (SylActivityCalendar *self);

const char *syl_activity_calendar_get_summary (SylActivityCalendar *self);

G_END_DECLS

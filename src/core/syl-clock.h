/* syl-clock.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SYL_TYPE_CLOCK (syl_clock_get_type ())

G_DECLARE_FINAL_TYPE (SylClock, syl_clock, SYL, CLOCK, GObject)

SylClock *syl_clock_new_system      (void);
SylClock *syl_clock_new_manual      (gint64    start_us);
gint64    syl_clock_get_now_us      (SylClock *self);
gint64    syl_clock_get_monotonic_us (SylClock *self);
void      syl_clock_advance         (SylClock *self,
                                     gint64    delta_us);

G_END_DECLS

/* syl-clock.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where the engine reads the time. The system clock gives wall-clock time
 * for timestamps and monotonic time for measuring durations (so a clock
 * change does not eat exam time); a manual clock lets tests jump both. */

#define G_LOG_DOMAIN "syl-clock"

#include "config.h"

#include "syl-clock.h"

struct _SylClock
{
  GObject  parent_instance;

  gboolean manual;
  gint64   now_us;
  gint64   monotonic_us;
};

G_DEFINE_FINAL_TYPE (SylClock, syl_clock, G_TYPE_OBJECT)

static void
syl_clock_class_init (SylClockClass *klass)
{
}

static void
syl_clock_init (SylClock *self)
{
}

/**
 * syl_clock_new_system:
 *
 * Returns: (transfer full): a clock that reads the system time
 */
SylClock *
syl_clock_new_system (void)
{
  return g_object_new (SYL_TYPE_CLOCK, NULL);
}

/**
 * syl_clock_new_manual:
 * @start_us: wall-clock time to start at, µs since the epoch
 *
 * Returns: (transfer full): a clock that moves only with
 *   syl_clock_advance()
 */
SylClock *
syl_clock_new_manual (gint64 start_us)
{
  SylClock *self = g_object_new (SYL_TYPE_CLOCK, NULL);

  self->manual = TRUE;
  self->now_us = start_us;
  self->monotonic_us = 1;

  return self;
}

/**
 * syl_clock_get_now_us:
 *
 * Returns: wall-clock time, µs since the epoch
 */
gint64
syl_clock_get_now_us (SylClock *self)
{
  g_return_val_if_fail (SYL_IS_CLOCK (self), 0);

  return self->manual ? self->now_us : g_get_real_time ();
}

/**
 * syl_clock_get_monotonic_us:
 *
 * Returns: monotonic time in µs, for durations
 */
gint64
syl_clock_get_monotonic_us (SylClock *self)
{
  g_return_val_if_fail (SYL_IS_CLOCK (self), 0);

  return self->manual ? self->monotonic_us : g_get_monotonic_time ();
}

/**
 * syl_clock_advance:
 * @delta_us: how far to move, ≥ 0
 *
 * Moves a manual clock forward. Does nothing to a system clock.
 */
void
syl_clock_advance (SylClock *self,
                   gint64    delta_us)
{
  g_return_if_fail (SYL_IS_CLOCK (self));
  g_return_if_fail (delta_us >= 0);

  if (!self->manual)
    return;

  self->now_us += delta_us;
  self->monotonic_us += delta_us;
}

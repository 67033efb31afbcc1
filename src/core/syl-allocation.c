/* syl-allocation.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How an exam's seats are shared across domains by weight. Its own
 * module because the quiz builder (which draws the questions) and the
 * forecast (which predicts the score of such a draw) both need it, and
 * the builder asks the forecast, never the other way round. */

#define G_LOG_DOMAIN "syl-allocation"

#include "config.h"

#include "syl-allocation.h"

/**
 * syl_allocate_by_weight:
 * @weights: (array length=n_weights): weights, e.g. percentages
 * @n_weights: how many
 * @total: seats to share
 * @counts: (out caller-allocates) (array length=n_weights): seats per weight
 *
 * Largest-remainder (Hamilton) apportionment: each gets the floor of
 * @total × weight / sum, and the seats left go one each to the largest
 * remainders, ties to the earlier entry. The counts add up to @total
 * (unless every weight is 0, when all are 0).
 */
void
syl_allocate_by_weight (const guint *weights,
                        guint        n_weights,
                        guint        total,
                        guint       *counts)
{
  guint64 sum = 0;
  guint given = 0;
  g_autofree guint64 *remainders = g_new0 (guint64, MAX (n_weights, 1));

  g_return_if_fail (weights != NULL || n_weights == 0);
  g_return_if_fail (counts != NULL || n_weights == 0);

  for (guint i = 0; i < n_weights; i++)
    sum += weights[i];

  for (guint i = 0; i < n_weights; i++)
    {
      guint64 scaled = (guint64) total * weights[i];

      counts[i] = sum > 0 ? (guint) (scaled / sum) : 0;
      remainders[i] = sum > 0 ? scaled % sum : 0;
      given += counts[i];
    }

  while (sum > 0 && given < total)
    {
      guint best = 0;

      for (guint i = 1; i < n_weights; i++)
        if (remainders[i] > remainders[best])
          best = i;

      counts[best]++;
      remainders[best] = 0;
      given++;
    }
}

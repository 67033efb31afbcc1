/* test-calibration.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-calibration.h"

static void
test_summary (void)
{
  const SylCalibrationEntry entries[] = {
    /* Called a fail, failed by 30 points below the forecast. */
    { .estimate = 700, .low = 650, .high = 760, .pass_probability = 0.2, .has_score = TRUE, .score = 670 },
    /* Called a pass, passed, outside the interval. */
    { .estimate = 760, .low = 720, .high = 800, .pass_probability = 0.6, .has_score = TRUE, .score = 810 },
    /* Called a fail, passed: the call was wrong. */
    { .estimate = 730, .low = 690, .high = 770, .pass_probability = 0.4, .has_score = TRUE, .score = 751 },
    /* Abandoned: no score, not counted. */
    { .estimate = 740, .low = 700, .high = 780, .pass_probability = 0.45 },
  };
  SylCalibrationSummary summary;
  g_autofree char *text = NULL;
  g_autofree char *calls = NULL;
  g_autofree char *row = NULL;
  g_autofree char *open = NULL;

  syl_calibration_summarize (entries, G_N_ELEMENTS (entries), 750, &summary);
  g_assert_cmpuint (summary.n, ==, 3);
  g_assert_cmpfloat_with_epsilon (summary.mean_abs_error, (30 + 50 + 21) / 3.0, 1e-9);
  g_assert_cmpuint (summary.calls_right, ==, 2);
  g_assert_cmpuint (summary.covered, ==, 2);

  g_assert_true (syl_calibration_call_right (&entries[0], 750));
  g_assert_false (syl_calibration_call_right (&entries[2], 750));
  /* Exactly the pass mark is a pass. */
  g_assert_true (syl_calibration_call_right (&(SylCalibrationEntry) { .pass_probability = 0.5, .has_score = TRUE,
                                                                       .score = 750 }, 750));

  text = syl_calibration_format_summary (&summary);
  g_assert_cmpstr (text, ==, "Off by 34 points on average over 3 simulations");
  calls = syl_calibration_format_calls (&summary);
  g_assert_cmpstr (calls, ==, "Pass or fail called right 2 times in 3 · score inside the 80 % interval 2 times in 3");
  row = syl_calibration_format_entry (&entries[1], 750);
  g_assert_cmpstr (row, ==, "forecast 760 (720–800) · scored 810 · pass call right");
  open = syl_calibration_format_entry (&entries[3], 750);
  g_assert_cmpstr (open, ==, "forecast 740 (700–780) · not submitted");
}

static void
test_empty (void)
{
  SylCalibrationSummary summary;
  g_autofree char *text = NULL;

  syl_calibration_summarize (NULL, 0, 750, &summary);
  g_assert_cmpuint (summary.n, ==, 0);
  g_assert_cmpfloat (summary.mean_abs_error, ==, 0.0);
  text = syl_calibration_format_summary (&summary);
  g_assert_cmpstr (text, ==, "No simulation has followed a forecast yet");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/calibration/summary", test_summary);
  g_test_add_func ("/syl/calibration/empty", test_empty);

  return g_test_run ();
}

/* test-confidence.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-confidence.h"
#include "syl-pack-loader.h"

static SylPack *pack;

static void
test_count (void)
{
  SylQuestion *a = syl_pack_lookup_question (pack, "q1101");
  SylQuestion *b = syl_pack_lookup_question (pack, "q1102");
  const SylScoreItem items[] = {
    { .question = a, .answered = TRUE, .correct = TRUE },
    { .question = a, .answered = TRUE, .correct = TRUE, .unsure = TRUE },
    { .question = b, .answered = TRUE, .correct = FALSE },
    { .question = a, .answered = TRUE, .correct = FALSE, .unsure = TRUE },
    { .question = b, .answered = TRUE, .correct = FALSE },
    { .question = a, .answered = FALSE },
  };
  SylConfidence c;
  g_autoptr(GPtrArray) misconceptions = NULL;
  g_autoptr(GPtrArray) lucky = NULL;

  syl_confidence_count (items, G_N_ELEMENTS (items), &c);
  g_assert_cmpuint (c.sure_right, ==, 1);
  g_assert_cmpuint (c.unsure_right, ==, 1);
  g_assert_cmpuint (c.sure_wrong, ==, 2);
  g_assert_cmpuint (c.unsure_wrong, ==, 1);
  g_assert_cmpuint (c.unanswered, ==, 1);

  misconceptions = syl_confidence_dup_questions (items, G_N_ELEMENTS (items), SYL_CONFIDENCE_SURE_WRONG);
  g_assert_cmpuint (misconceptions->len, ==, 2);
  g_assert_true (g_ptr_array_index (misconceptions, 0) == b);
  lucky = syl_confidence_dup_questions (items, G_N_ELEMENTS (items), SYL_CONFIDENCE_UNSURE_RIGHT);
  g_assert_cmpuint (lucky->len, ==, 1);

  g_assert_cmpint (syl_confidence_kind (FALSE, FALSE), ==, SYL_CONFIDENCE_SURE_WRONG);
  g_assert_cmpint (syl_confidence_kind (TRUE, TRUE), ==, SYL_CONFIDENCE_UNSURE_RIGHT);
}

/* The dashboard's counts: answers since a day, and the questions whose
 * latest answer was wrong while sure. */
static void
test_count_recent (void)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, TRUE, sizeof (SylStoreRecentAnswer));
  const SylStoreRecentAnswer newest_first[] = {
    { .question_id = (char *) "a", .correct = FALSE, .answered_at_us = 50 },
    { .question_id = (char *) "b", .correct = TRUE, .answered_at_us = 40 },
    { .question_id = (char *) "b", .correct = FALSE, .answered_at_us = 30 },
    { .question_id = (char *) "c", .correct = TRUE, .unsure = TRUE, .answered_at_us = 20 },
    { .question_id = (char *) "d", .correct = FALSE, .answered_at_us = 5 },
  };
  g_auto(GStrv) misconceptions = NULL;
  SylConfidence c;

  g_array_append_vals (answers, newest_first, G_N_ELEMENTS (newest_first));
  syl_confidence_count_recent (answers, 10, &c, &misconceptions);
  g_assert_cmpuint (c.sure_right, ==, 1);
  g_assert_cmpuint (c.unsure_right, ==, 1);
  g_assert_cmpuint (c.sure_wrong, ==, 2);
  g_assert_cmpuint (c.unsure_wrong, ==, 0);
  /* b was put right since; d is older than the window. */
  g_assert_cmpuint (g_strv_length (misconceptions), ==, 1);
  g_assert_cmpstr (misconceptions[0], ==, "a");
  /* The array holds borrowed strings: nothing to free per entry. */
  g_array_set_size (answers, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "data", "engine-pack.xml", NULL);
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/syl/confidence/count", test_count);
  g_test_add_func ("/syl/confidence/count-recent", test_count_recent);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

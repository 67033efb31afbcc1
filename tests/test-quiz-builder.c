/* test-quiz-builder.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-allocation.h"
#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

static SylPack *pack;

static void
test_allocate (void)
{
  /* DOP-C02: 65 scored over 22/17/18/15/14/14 → floors 14,11,11,9,9,9
   * (63); remainders .30 .05 .70 .75 .10 .10 give the last two seats to
   * domains 4 and 3. */
  const guint dop[] = { 22, 17, 18, 15, 14, 14 };
  const guint dop_expected[] = { 14, 11, 12, 10, 9, 9 };
  const guint ties[] = { 1, 1, 1 };
  const guint zero[] = { 0, 0 };
  guint counts[6];
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  syl_allocate_by_weight (dop, 6, 65, counts);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpuint (counts[i], ==, dop_expected[i]);

  syl_allocate_by_weight (ties, 3, 2, counts);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (counts[2], ==, 0);

  syl_allocate_by_weight (zero, 2, 10, counts);
  g_assert_cmpuint (counts[0] + counts[1], ==, 0);

  /* Always sums to the total, each within one of its exact share. */
  for (int round = 0; round < 200; round++)
    {
      guint w[6];
      guint sum_w = 0;
      guint total = g_rand_int_range (rand, 0, 200);
      guint sum = 0;

      for (guint i = 0; i < 6; i++)
        sum_w += w[i] = g_rand_int_range (rand, 1, 50);
      syl_allocate_by_weight (w, 6, total, counts);
      for (guint i = 0; i < 6; i++)
        {
          double exact = (double) total * w[i] / sum_w;

          g_assert_cmpfloat (counts[i], >=, exact - 1.0);
          g_assert_cmpfloat (counts[i], <=, exact + 1.0);
          sum += counts[i];
        }
      g_assert_cmpuint (sum, ==, total);
    }
}

static void
assert_exam_plan (SylPack     *p,
                  SylQuizPlan *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *domains = syl_pack_get_domains (p);
  guint n_domains = g_list_model_get_n_items (domains);
  g_autofree guint *weights = g_new0 (guint, n_domains);
  g_autofree guint *expected = g_new0 (guint, n_domains);
  g_autofree guint *got = g_new0 (guint, n_domains);
  guint n_unscored = 0;
  guint first_unscored = G_MAXUINT, last_unscored = 0;

  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_EXAM);
  g_assert_cmpuint (plan->questions->len, ==, syl_pack_get_scored (p) + syl_pack_get_unscored (p));
  g_assert_cmpuint (plan->unscored->len, ==, plan->questions->len);

  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      weights[d] = syl_domain_get_weight (domain);
    }
  syl_allocate_by_weight (weights, n_domains, syl_pack_get_scored (p), expected);

  for (guint i = 0; i < plan->questions->len; i++)
    {
      SylQuestion *q = g_ptr_array_index (plan->questions, i);

      /* No repeats. */
      g_assert_true (g_hash_table_add (seen, (gpointer) syl_question_get_id (q)));

      if (g_array_index (plan->unscored, gboolean, i))
        {
          n_unscored++;
          first_unscored = MIN (first_unscored, i);
          last_unscored = MAX (last_unscored, i);
          continue;
        }

      for (guint d = 0; d < n_domains; d++)
        {
          g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);

          if (syl_question_get_domain (q) == domain)
            got[d]++;
        }
    }

  g_assert_cmpuint (n_unscored, ==, syl_pack_get_unscored (p));
  for (guint d = 0; d < n_domains; d++)
    g_assert_cmpuint (got[d], ==, expected[d]);
  /* Mixed in, not lumped at the end. */
  g_assert_cmpuint (last_unscored - first_unscored, >=, n_unscored);
}

static char *
plan_ids (SylQuizPlan *plan)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < plan->questions->len; i++)
    g_string_append_printf (s, "%s ", syl_question_get_id (g_ptr_array_index (plan->questions, i)));

  return g_string_free (s, FALSE);
}

static void
test_exam (void)
{
  g_autoptr(SylQuizBuilder) a = syl_quiz_builder_new (pack, NULL, 42);
  g_autoptr(SylQuizBuilder) b = syl_quiz_builder_new (pack, NULL, 42);
  g_autoptr(SylQuizBuilder) c = syl_quiz_builder_new (pack, NULL, 43);
  g_autoptr(SylQuizPlan) pa = NULL;
  g_autoptr(SylQuizPlan) pb = NULL;
  g_autoptr(SylQuizPlan) pc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ia = NULL;
  g_autofree char *ib = NULL;
  g_autofree char *ic = NULL;

  pa = syl_quiz_builder_build_exam (a, &error);
  g_assert_no_error (error);
  pb = syl_quiz_builder_build_exam (b, &error);
  pc = syl_quiz_builder_build_exam (c, &error);
  assert_exam_plan (pack, pa);
  assert_exam_plan (pack, pc);

  /* Same seed, same exam; another seed, another one. */
  ia = plan_ids (pa);
  ib = plan_ids (pb);
  ic = plan_ids (pc);
  g_assert_cmpstr (ia, ==, ib);
  g_assert_cmpstr (ia, !=, ic);
  for (guint i = 0; i < pa->unscored->len; i++)
    g_assert_cmpint (g_array_index (pa->unscored, gboolean, i), ==,
                     g_array_index (pb->unscored, gboolean, i));
}

static void
test_exam_real_pack (void)
{
  const char *dir = g_getenv ("SYLLABUS_PACK_DIR");
  g_autofree char *path = NULL;
  g_autoptr(SylPack) real = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    {
      g_test_skip ("SYLLABUS_PACK_DIR is not set");
      return;
    }

  path = g_build_filename (dir, "aws-dop-c02", NULL);
  real = syl_pack_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_pack_get_scored (real), ==, 65);

  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (real, NULL, seed);
      g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_exam (builder, &error);

      g_assert_no_error (error);
      assert_exam_plan (real, plan);
    }
}

static void
test_diagnostic_real_pack (void)
{
  const char *dir = g_getenv ("SYLLABUS_PACK_DIR");
  g_autofree char *path = NULL;
  g_autoptr(SylPack) real = NULL;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) domains = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    {
      g_test_skip ("SYLLABUS_PACK_DIR is not set");
      return;
    }

  path = g_build_filename (dir, "aws-dop-c02", NULL);
  real = syl_pack_load (path, &error);
  g_assert_no_error (error);

  builder = syl_quiz_builder_new (real, NULL, 7);
  plan = syl_quiz_builder_build_diagnostic (builder, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_DIAGNOSTIC);
  g_assert_cmpuint (plan->questions->len, ==, 20);

  for (guint i = 0; i < plan->questions->len; i++)
    {
      SylQuestion *q = g_ptr_array_index (plan->questions, i);

      /* All scored, none twice, and every one of the six domains met. */
      g_assert_false (g_array_index (plan->unscored, gboolean, i));
      g_assert_false (g_hash_table_contains (seen, q));
      g_hash_table_add (seen, q);
      g_hash_table_add (domains, syl_question_get_domain (q));
    }
  g_assert_cmpuint (g_hash_table_size (domains), ==, 6);

  g_clear_pointer (&plan, syl_quiz_plan_free);
  plan = syl_quiz_builder_build_diagnostic (builder, 10000, &error);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH);
  g_assert_null (plan);
}

static void
test_drill_by_kind (void)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 5);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  char *kind = g_strdup ("task");

  /* The kind is copied: the caller's string may go away, as a GVariant's
   * does once an action has run. */
  plan = syl_quiz_builder_build_drill (builder, kind, "1.1", 3, &error);
  g_free (kind);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->questions->len, ==, 3);
  g_assert_cmpstr (plan->drill_kind, ==, "task");
  g_assert_cmpstr (plan->drill_id, ==, "1.1");
  for (guint i = 0; i < plan->questions->len; i++)
    g_assert_cmpstr (syl_task_get_id (syl_question_get_task (g_ptr_array_index (plan->questions, i))), ==, "1.1");

  g_clear_pointer (&plan, syl_quiz_plan_free);
  plan = syl_quiz_builder_build_drill (builder, "chapter", "1", 3, &error);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND);
  g_assert_null (plan);
  g_clear_error (&error);

  plan = syl_quiz_builder_build_drill (builder, "service", "no-such-service", 3, &error);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND);
  g_assert_null (plan);
}

/* The loader refuses an exam larger than a pack that has questions; a
 * pack without questions yet (an outline) may announce the real exam. */
static void
test_exam_too_small (void)
{
  static const char xml[] =
    "<pack xmlns='https://syllabus.github.io/ns/pack/1' id='tiny' version='1'>"
    "<title>Tiny</title>"
    "<exam code='T' scored='3' unscored='1' minutes='5' score-min='100' score-max='1000' pass='750'/>"
    "<domain id='d1' weight='100'><title>D</title><task id='1.1'><title>T</title></task></domain>"
    "<questions/></pack>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) tiny = syl_pack_load_from_data (xml, -1, "tiny.xml", &error);
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;

  g_assert_no_error (error);
  builder = syl_quiz_builder_new (tiny, NULL, 1);
  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_null (plan);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH);
}

static void
test_drill (void)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 5);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  SylService *alpha = syl_pack_lookup_service (pack, "alpha");

  plan = syl_quiz_builder_build_drill_domain (builder, "d2", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_DRILL);
  g_assert_cmpuint (plan->questions->len, ==, 10);
  for (guint i = 0; i < plan->questions->len; i++)
    {
      SylQuestion *q = g_ptr_array_index (plan->questions, i);
      g_assert_cmpstr (syl_domain_get_id (syl_question_get_domain (q)), ==, "d2");
      g_assert_false (g_array_index (plan->unscored, gboolean, i));
    }
  g_clear_pointer (&plan, syl_quiz_plan_free);

  /* Asking for more than there are gives them all, once each. */
  plan = syl_quiz_builder_build_drill_task (builder, "3.2", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->questions->len, ==, 12);
  for (guint i = 0; i < plan->questions->len; i++)
    g_assert_cmpstr (syl_task_get_id (syl_question_get_task (g_ptr_array_index (plan->questions, i))), ==, "3.2");
  g_clear_pointer (&plan, syl_quiz_plan_free);

  plan = syl_quiz_builder_build_drill_service (builder, "alpha", 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->questions->len, ==, 5);
  for (guint i = 0; i < plan->questions->len; i++)
    {
      GPtrArray *services = syl_question_get_services (g_ptr_array_index (plan->questions, i));
      g_assert_true (g_ptr_array_find (services, alpha, NULL));
    }
  g_clear_pointer (&plan, syl_quiz_plan_free);

  g_assert_null (syl_quiz_builder_build_drill_domain (builder, "d9", 5, &error));
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (syl_quiz_builder_build_drill_task (builder, "9.9", 5, &error));
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (syl_quiz_builder_build_drill_service (builder, "gamma", 5, &error));
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND);
}

static void
test_modes (void)
{
  for (SylQuizMode m = SYL_QUIZ_MODE_EXAM; m <= SYL_QUIZ_MODE_DIAGNOSTIC; m++)
    {
      SylQuizMode back;

      g_assert_true (syl_quiz_mode_from_string (syl_quiz_mode_to_string (m), &back));
      g_assert_cmpint (back, ==, m);
    }
  g_assert_false (syl_quiz_mode_from_string ("nope", &(SylQuizMode) { 0 }));
}

static void
record (SylTestProgress *p,
        const char      *question_id,
        gboolean         correct,
        gint64           at)
{
  g_autoptr(GError) error = NULL;
  SylStoreAnswer a = {
    .session_id = p->session, .question_id = (char *) question_id,
    .chosen = (char *) "1", .correct = correct, .time_ms = 5000, .answered_at_us = at,
  };

  syl_store_record_answer (p->store, &a, &error);
  g_assert_no_error (error);
}

/* An exam draws, within each domain's share, the questions the learner
 * has never seen first; the plan says which are new. engine-test: 20
 * scored (d1 10, d2 6, d3 4) + 5 unscored, 24 questions a domain. */
static void
test_exam_fresh_first (void)
{
  SylTestProgress p;
  g_autoptr(GHashTable) answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_d1 = 0;

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);

  /* Seen: 20 of d1's 24 questions, and all of d3. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      const char *id = syl_question_get_id (q);
      const char *domain = syl_domain_get_id (syl_question_get_domain (q));

      if ((g_str_equal (domain, "d1") && n_d1++ < 20) || g_str_equal (domain, "d3"))
        {
          record (&p, id, i % 2 == 0, T0 + i * G_USEC_PER_SEC);
          g_hash_table_add (answered, g_strdup (id));
        }
    }

  for (guint32 seed = 1; seed <= 10; seed++)
    {
      g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, p.store, seed);
      g_autoptr(SylQuizPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      guint fresh_d1 = 0, fresh_d2 = 0, fresh_d3 = 0, n_fresh = 0;

      plan = syl_quiz_builder_build_exam (builder, &error);
      g_assert_no_error (error);
      assert_exam_plan (pack, plan);
      g_assert_cmpuint (plan->fresh->len, ==, plan->questions->len);

      for (guint i = 0; i < plan->questions->len; i++)
        {
          SylQuestion *q = g_ptr_array_index (plan->questions, i);
          const char *domain = syl_domain_get_id (syl_question_get_domain (q));
          gboolean fresh = !g_hash_table_contains (answered, syl_question_get_id (q));

          g_assert_cmpint (g_array_index (plan->fresh, gboolean, i), ==, fresh);
          n_fresh += fresh ? 1 : 0;
          if (!fresh || g_array_index (plan->unscored, gboolean, i))
            continue;
          fresh_d1 += g_str_equal (domain, "d1");
          fresh_d2 += g_str_equal (domain, "d2");
          fresh_d3 += g_str_equal (domain, "d3");
        }

      /* d1: its 4 new questions, then 6 seen; d2: all new; d3: none new.
       * The unscored five come from the new questions left, in d2. */
      g_assert_cmpuint (fresh_d1, ==, 4);
      g_assert_cmpuint (fresh_d2, ==, 6);
      g_assert_cmpuint (fresh_d3, ==, 0);
      g_assert_cmpuint (plan->n_fresh, ==, n_fresh);
      g_assert_cmpuint (plan->n_fresh, ==, 4 + 6 + 5);
    }

  syl_test_progress_clear (&p);
}

/* Seen questions come in order: never in an exam simulation before those
 * seen in one, and of those the least recently seen first. */
static void
test_exam_exposure_tiers (void)
{
  SylTestProgress p;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) drilled = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *questions = syl_pack_get_questions (pack);
  const char *ids[] = { "q1101", NULL };
  SylStoreSession exam = { .mode = (char *) "exam", .pack_id = (char *) "engine-test",
                           .question_ids = (GStrv) ids, .started_at_us = T0 };
  SylStoreSession drill = { .mode = (char *) "drill", .pack_id = (char *) "engine-test",
                            .question_ids = (GStrv) ids, .started_at_us = T0 + DAY_US };
  gint64 exam_id, drill_id;
  guint n_d1 = 0;

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);
  exam_id = syl_store_insert_session (p.store, &exam, &error);
  drill_id = syl_store_insert_session (p.store, &drill, &error);
  g_assert_no_error (error);

  /* Every question of d1 shown: the first 12 in the exam, the last 12 in
   * the drill; d2 and d3 untouched. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      const char *id = syl_question_get_id (q);

      if (!g_str_equal (syl_domain_get_id (syl_question_get_domain (q)), "d1"))
        continue;
      if (n_d1++ < 12)
        g_assert_true (syl_store_mark_shown (p.store, exam_id, id, T0 + n_d1 * G_USEC_PER_SEC, &error));
      else
        {
          g_assert_true (syl_store_mark_shown (p.store, drill_id, id, T0 + DAY_US, &error));
          g_hash_table_add (drilled, (gpointer) id);
        }
      g_assert_no_error (error);
    }

  for (guint32 seed = 1; seed <= 5; seed++)
    {
      g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, p.store, seed);
      g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_exam (builder, &error);
      guint from_drill = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < plan->questions->len; i++)
        {
          SylQuestion *q = g_ptr_array_index (plan->questions, i);

          if (!g_str_equal (syl_domain_get_id (syl_question_get_domain (q)), "d1") ||
              g_array_index (plan->unscored, gboolean, i))
            continue;
          g_assert_false (g_array_index (plan->fresh, gboolean, i));
          from_drill += g_hash_table_contains (drilled, syl_question_get_id (q)) ? 1 : 0;
        }
      /* d1's ten seats: all from the twelve never seen in an exam. */
      g_assert_cmpuint (from_drill, ==, 10);
    }

  syl_test_progress_clear (&p);
}

static void
test_due (void)
{
  SylTestProgress p;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);
  builder = syl_quiz_builder_new (pack, p.store, 3);

  plan = syl_quiz_builder_build_due (builder, T0, 10, &error);
  g_assert_null (plan);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY);
  g_clear_error (&error);

  record (&p, "q1101", FALSE, T0);
  record (&p, "q2101", FALSE, T0);
  record (&p, "q3101", TRUE, T0);           /* fast and right: Easy, weeks away */
  record (&p, "no-longer-in-pack", FALSE, T0);

  plan = syl_quiz_builder_build_due (builder, T0 + 2 * DAY_US, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_DUE);
  g_assert_cmpuint (plan->questions->len, ==, 2);
  for (guint i = 0; i < plan->questions->len; i++)
    g_hash_table_add (ids, (gpointer) syl_question_get_id (g_ptr_array_index (plan->questions, i)));
  g_assert_true (g_hash_table_contains (ids, "q1101"));
  g_assert_true (g_hash_table_contains (ids, "q2101"));
  g_clear_pointer (&plan, syl_quiz_plan_free);

  plan = syl_quiz_builder_build_due (builder, T0 + 2 * DAY_US, 1, &error);
  g_assert_cmpuint (plan->questions->len, ==, 1);

  syl_test_progress_clear (&p);
}

/* With an exam date, a question whose interval would reach past the exam
 * comes up in the final stretch. */
static void
test_due_exam_date (void)
{
  SylTestProgress p;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  /* 2026-01-10 12:00 UTC: the eve of an exam on the 11th. */
  gint64 eve = G_GINT64_CONSTANT (1768046400) * G_USEC_PER_SEC;

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);
  record (&p, "q3101", TRUE, T0);           /* Easy: due in more than a week */

  builder = syl_quiz_builder_new (pack, p.store, 3);
  plan = syl_quiz_builder_build_due (builder, eve, 10, &error);
  g_assert_null (plan);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY);
  g_clear_error (&error);

  syl_quiz_builder_set_exam_date (builder, "2026-01-11");
  plan = syl_quiz_builder_build_due (builder, eve, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->questions->len, ==, 1);
  g_assert_cmpstr (syl_question_get_id (g_ptr_array_index (plan->questions, 0)), ==, "q3101");
  g_clear_pointer (&plan, syl_quiz_plan_free);

  /* The exam is over: FSRS alone again. */
  syl_quiz_builder_set_exam_date (builder, "2026-01-09");
  plan = syl_quiz_builder_build_due (builder, eve, 10, &error);
  g_assert_null (plan);
  g_clear_error (&error);

  syl_test_progress_clear (&p);
}

/* Due Review brings misconceptions first: questions last answered wrong
 * while the learner was sure. */
static void
test_due_misconceptions_first (void)
{
  SylTestProgress p;
  g_autoptr(GError) error = NULL;
  const char *unsure_ids[] = { "q2101", "q2102", "q3101" };

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);
  for (guint i = 0; i < G_N_ELEMENTS (unsure_ids); i++)
    {
      SylStoreAnswer a = {
        .session_id = p.session, .question_id = (char *) unsure_ids[i],
        .chosen = (char *) "0", .correct = FALSE, .unsure = TRUE, .time_ms = 5000, .answered_at_us = T0,
      };

      syl_store_record_answer (p.store, &a, &error);
      g_assert_no_error (error);
    }
  /* Answered last, and wrong while sure. */
  record (&p, "q1101", FALSE, T0 + 60 * G_USEC_PER_SEC);

  for (guint32 seed = 1; seed <= 10; seed++)
    {
      g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, p.store, seed);
      g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_due (builder, T0 + 2 * DAY_US, 0, &error);
      g_autoptr(SylQuizPlan) one = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (plan->questions->len, ==, 4);
      g_assert_cmpstr (syl_question_get_id (g_ptr_array_index (plan->questions, 0)), ==, "q1101");

      one = syl_quiz_builder_build_due (builder, T0 + 2 * DAY_US, 1, &error);
      g_assert_cmpstr (syl_question_get_id (g_ptr_array_index (one->questions, 0)), ==, "q1101");
    }

  syl_test_progress_clear (&p);
}

static void
test_missed (void)
{
  SylTestProgress p;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sid;
  SylStoreSession s = {
    .mode = (char *) "exam", .pack_id = (char *) "engine-test",
    .question_ids = (char *[]) { (char *) "q1101", (char *) "q1102", (char *) "q1103", NULL },
    .started_at_us = T0,
  };

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);
  builder = syl_quiz_builder_new (pack, p.store, 3);
  g_assert_null (syl_quiz_builder_build_missed (builder, 0, &error));
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY);
  g_clear_error (&error);

  sid = syl_store_insert_session (p.store, &s, &error);
  p.session = sid;
  record (&p, "q1101", TRUE, T0);
  record (&p, "q1102", FALSE, T0);
  g_assert_true (syl_store_finish_session (p.store, sid, T0 + 1, 0, TRUE, 400, &error));

  plan = syl_quiz_builder_build_missed (builder, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_MISSED);
  g_assert_cmpuint (plan->questions->len, ==, 2);
  g_assert_true (g_ptr_array_find (plan->questions, syl_pack_lookup_question (pack, "q1102"), NULL));
  g_assert_true (g_ptr_array_find (plan->questions, syl_pack_lookup_question (pack, "q1103"), NULL));

  syl_test_progress_clear (&p);
}

static void
test_weak_spots (void)
{
  SylTestProgress p;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint from_22 = 0, from_21 = 0;

  syl_test_progress_init (&p, "syl-builder-XXXXXX", T0);

  /* Task 1.1 known cold, twice; two questions of 2.2 missed. */
  for (guint q = 1; q <= 12; q++)
    {
      g_autofree char *id = g_strdup_printf ("q11%02u", q);
      record (&p, id, TRUE, T0);
    }
  record (&p, "q2201", FALSE, T0);
  record (&p, "q2202", FALSE, T0);

  builder = syl_quiz_builder_new (pack, p.store, 11);
  plan = syl_quiz_builder_build_weak_spots (builder, T0 + DAY_US, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->mode, ==, SYL_QUIZ_MODE_WEAK);
  g_assert_cmpuint (plan->questions->len, ==, 4);

  /* Two from the weakest task (the missed ones), two from the next, 2.1:
   * unseen, in the domain where the learner missed; nothing from domain 1,
   * where they know their answers. */
  for (guint i = 0; i < plan->questions->len; i++)
    {
      SylQuestion *q = g_ptr_array_index (plan->questions, i);
      const char *task = syl_task_get_id (syl_question_get_task (q));

      g_assert_false (g_str_has_prefix (task, "1."));
      if (g_str_equal (task, "2.2"))
        {
          from_22++;
          g_assert_true (g_str_equal (syl_question_get_id (q), "q2201") ||
                         g_str_equal (syl_question_get_id (q), "q2202"));
        }
      else if (g_str_equal (task, "2.1"))
        from_21++;
    }
  g_assert_cmpuint (from_22, ==, 2);
  g_assert_cmpuint (from_21, ==, 2);

  syl_test_progress_clear (&p);
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

  g_test_add_func ("/syl/quiz-builder/allocate", test_allocate);
  g_test_add_func ("/syl/quiz-builder/modes", test_modes);
  g_test_add_func ("/syl/quiz-builder/exam", test_exam);
  g_test_add_func ("/syl/quiz-builder/exam-real-pack", test_exam_real_pack);
  g_test_add_func ("/syl/quiz-builder/exam-fresh-first", test_exam_fresh_first);
  g_test_add_func ("/syl/quiz-builder/exam-exposure-tiers", test_exam_exposure_tiers);
  g_test_add_func ("/syl/quiz-builder/exam-too-small", test_exam_too_small);
  g_test_add_func ("/syl/quiz-builder/diagnostic-real-pack", test_diagnostic_real_pack);
  g_test_add_func ("/syl/quiz-builder/drill", test_drill);
  g_test_add_func ("/syl/quiz-builder/drill-by-kind", test_drill_by_kind);
  g_test_add_func ("/syl/quiz-builder/due", test_due);
  g_test_add_func ("/syl/quiz-builder/due-exam-date", test_due_exam_date);
  g_test_add_func ("/syl/quiz-builder/due-misconceptions-first", test_due_misconceptions_first);
  g_test_add_func ("/syl/quiz-builder/missed", test_missed);
  g_test_add_func ("/syl/quiz-builder/weak-spots", test_weak_spots);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

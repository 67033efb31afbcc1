/* test-question-bank.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guards the shipped DOP-C02 question bank against erosion: the counts,
 * shares and shapes that make three exam simulations without a repeat
 * possible, and the details that make a question fair.
 */

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-reference.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syl-test-util.h"

#define MIN_QUESTIONS      450   /* six distinct full exams */
#define MIN_PER_TASK       20
#define MAX_SHARE_GAP      2.0   /* percentage points from the exam weight */
#define MIN_MULTIPLE_SHARE 0.30
#define MIN_SHAPE_SHARE    0.05  /* of multiple-response questions: two of five, three of six */
#define MAX_KEY_POSITION_SHARE 0.35 /* of single-answer keys at one position */
#define MAX_RIGHT_LONGEST_SHARE 0.30 /* of single-answer questions */

static SylPack *pack;

static guint
n_questions (void)
{
  return g_list_model_get_n_items (syl_pack_get_questions (pack));
}

static SylQuestion *
question_at (guint i)
{
  g_autoptr(SylQuestion) question = g_list_model_get_item (syl_pack_get_questions (pack), i);

  return question;   /* the pack keeps it alive */
}

static void
test_total (void)
{
  g_assert_cmpuint (n_questions (), >=, MIN_QUESTIONS);

  /* Six full simulations without a repeat. */
  g_assert_cmpuint (n_questions (), >=, 6 * (syl_pack_get_scored (pack) + syl_pack_get_unscored (pack)));
}

static void
test_per_task (void)
{
  GListModel *domains = syl_pack_get_domains (pack);
  guint n_tasks = 0;

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);

          if (questions->len < MIN_PER_TASK)
            g_error ("Task statement %s has %u questions; it needs at least %d",
                     syl_task_get_id (task), questions->len, MIN_PER_TASK);
          n_tasks++;
        }
    }

  g_assert_cmpuint (n_tasks, ==, 19);
}

static void
test_domain_shares (void)
{
  GListModel *domains = syl_pack_get_domains (pack);
  guint total = n_questions ();

  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 6);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_domain (pack, domain);
      double share = 100.0 * questions->len / total;
      double weight = syl_domain_get_weight (domain);

      if (ABS (share - weight) > MAX_SHARE_GAP)
        g_error ("Domain %s holds %.1f %% of the bank; its exam weight is %.0f %% (allowed gap %.0f points)",
                 syl_domain_get_id (domain), share, weight, MAX_SHARE_GAP);
    }
}

static void
test_multiple_share (void)
{
  guint multiple = 0;

  for (guint i = 0; i < n_questions (); i++)
    if (syl_question_get_question_type (question_at (i)) == SYL_QUESTION_MULTIPLE)
      multiple++;

  g_assert_cmpfloat ((double) multiple / n_questions (), >=, MIN_MULTIPLE_SHARE);
}

/* Both shapes of the real exam appear, each often enough to practise. */
static void
test_multiple_shapes (void)
{
  guint two_of_five = 0, three_of_six = 0, multiple = 0;

  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      guint n_options = syl_question_get_n_options (q);
      guint n_correct = syl_question_get_n_correct (q);

      if (syl_question_get_question_type (q) != SYL_QUESTION_MULTIPLE)
        continue;
      multiple++;
      if (n_options == 5 && n_correct == 2)
        two_of_five++;
      else if (n_options == 6 && n_correct == 3)
        three_of_six++;
    }

  g_assert_cmpfloat ((double) two_of_five / multiple, >=, MIN_SHAPE_SHARE);
  g_assert_cmpfloat ((double) three_of_six / multiple, >=, MIN_SHAPE_SHARE);
}

/* Every key rests on 1–3 pages of documentation on an allowed host. The
 * loader already refuses a bad href; this holds the bank to having them. */
static void
test_references (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      guint n = syl_question_get_n_references (q);

      if (n < 1 || n > 3)
        g_error ("%s: %u references; every question cites 1 to 3 pages of documentation",
                 syl_question_get_id (q), n);

      for (guint r = 0; r < n; r++)
        {
          const char *href = syl_question_get_reference_href (q, r);
          g_autofree char *problem = NULL;

          if (!syl_reference_check_href (href, &problem))
            g_error ("%s: reference %s %s", syl_question_get_id (q), href, problem);
          if (strstr (href, "docs.amazonaws.cn") != NULL || g_regex_match_simple ("/[a-z][a-z]_[a-z][a-z]/", href, 0, 0))
            g_error ("%s: reference %s is not the English page", syl_question_get_id (q), href);
          if (strlen (syl_question_get_reference_title (q, r)) < 3)
            g_error ("%s: reference %s has no title", syl_question_get_id (q), href);
        }
    }
}

/* Length is no clue: the right option of a single-answer question is the
 * strictly longest one in at most 30 % of them. */
static void
test_right_option_not_longest (void)
{
  guint singles = 0, right_longest = 0;

  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      glong right = 0, wrong = 0;

      if (syl_question_get_question_type (q) != SYL_QUESTION_SINGLE)
        continue;
      for (guint o = 0; o < syl_question_get_n_options (q); o++)
        {
          glong chars = g_utf8_strlen (syl_question_get_option_text (q, o), -1);

          if (syl_question_get_option_correct (q, o))
            right = MAX (right, chars);
          else
            wrong = MAX (wrong, chars);
        }
      singles++;
      if (right > wrong)
        right_longest++;
    }

  if (right_longest > MAX_RIGHT_LONGEST_SHARE * singles)
    g_error ("the right option is the longest in %u of %u single-answer questions", right_longest, singles);
}

/* No option that only works by pointing at the others. */
static void
test_no_all_of_the_above (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);

      for (guint o = 0; o < syl_question_get_n_options (q); o++)
        if (g_regex_match_simple ("\\b(all|none|both) of the (above|options)\\b",
                                  syl_question_get_option_text (q, o), G_REGEX_CASELESS, 0))
          g_error ("%s: option %u is an “all/none of the above” option", syl_question_get_id (q), o + 1);
    }
}

static const char *
choose_phrase (guint n_correct)
{
  switch (n_correct)
    {
    case 2: return "(Choose two.)";
    case 3: return "(Choose three.)";
    default: return NULL;
    }
}

static void
test_option_shapes (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      const char *id = syl_question_get_id (q);
      guint n_options = syl_question_get_n_options (q);
      guint n_correct = syl_question_get_n_correct (q);

      if (syl_question_get_question_type (q) == SYL_QUESTION_SINGLE)
        {
          if (n_options != 4 || n_correct != 1)
            g_error ("%s: a single-answer question needs four options and one right answer (has %u, %u)",
                     id, n_options, n_correct);
          if (strstr (syl_question_get_stem (q), "(Choose") != NULL)
            g_error ("%s: a single-answer stem must not say “Choose”", id);
        }
      else
        {
          const char *phrase = choose_phrase (n_correct);

          if (n_options < 5 || n_options > 6 || n_correct < 2 || n_correct > 3)
            g_error ("%s: a multiple-response question needs five or six options and two or three right (has %u, %u)",
                     id, n_options, n_correct);
          if (phrase == NULL || !g_str_has_suffix (syl_question_get_stem (q), phrase))
            g_error ("%s: the stem must end with “%s”", id, phrase);
        }
    }
}

static void
test_every_option_explained (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      const char *explanation = syl_question_get_explanation (q);

      if (explanation == NULL || strlen (explanation) < 80)
        g_error ("%s: the explanation must teach the concept in a few sentences", syl_question_get_id (q));

      for (guint o = 0; o < syl_question_get_n_options (q); o++)
        {
          const char *why = syl_question_get_option_why (q, o);

          if (why == NULL || strlen (why) < 20)
            g_error ("%s: option %u needs a <why> that says why it is right or wrong",
                     syl_question_get_id (q), o + 1);
        }
    }
}

static void
test_services_referenced (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      GPtrArray *services = syl_question_get_services (q);

      if (services == NULL || services->len == 0)
        g_error ("%s: reference every service involved with <service ref=\"…\"/>", syl_question_get_id (q));
    }
}

static void
test_no_duplicate_stems (void)
{
  g_autoptr(GHashTable) stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);
      g_autofree char *key = g_utf8_casefold (syl_question_get_stem (q), -1);
      const char *other = g_hash_table_lookup (stems, key);

      if (other != NULL)
        g_error ("%s repeats the stem of %s", syl_question_get_id (q), other);
      g_hash_table_insert (stems, g_steal_pointer (&key), (gpointer) syl_question_get_id (q));
    }
}

static void
test_key_positions_spread (void)
{
  guint positions[4] = { 0, };
  guint singles = 0;

  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);

      if (syl_question_get_question_type (q) != SYL_QUESTION_SINGLE)
        continue;

      for (guint o = 0; o < 4; o++)
        if (syl_question_get_option_correct (q, o))
          positions[o]++;
      singles++;
    }

  for (guint o = 0; o < 4; o++)
    if (positions[o] > MAX_KEY_POSITION_SHARE * singles)
      g_error ("%u of %u single-answer keys sit at position %u: spread them out",
               positions[o], singles, o + 1);
}

static void
test_stems_are_scenarios (void)
{
  for (guint i = 0; i < n_questions (); i++)
    {
      SylQuestion *q = question_at (i);

      if (g_utf8_strlen (syl_question_get_stem (q), -1) < 150)
        g_error ("%s: the stem is too short for a scenario", syl_question_get_id (q));
      if (strchr (syl_question_get_stem (q), '?') == NULL)
        g_error ("%s: the stem must end in a precise question", syl_question_get_id (q));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  pack = syl_test_load_shipped_pack ();

  g_test_add_func ("/syl/question-bank/total", test_total);
  g_test_add_func ("/syl/question-bank/per-task", test_per_task);
  g_test_add_func ("/syl/question-bank/domain-shares", test_domain_shares);
  g_test_add_func ("/syl/question-bank/multiple-share", test_multiple_share);
  g_test_add_func ("/syl/question-bank/multiple-shapes", test_multiple_shapes);
  g_test_add_func ("/syl/question-bank/references", test_references);
  g_test_add_func ("/syl/question-bank/right-option-not-longest", test_right_option_not_longest);
  g_test_add_func ("/syl/question-bank/no-all-of-the-above", test_no_all_of_the_above);
  g_test_add_func ("/syl/question-bank/option-shapes", test_option_shapes);
  g_test_add_func ("/syl/question-bank/every-option-explained", test_every_option_explained);
  g_test_add_func ("/syl/question-bank/services-referenced", test_services_referenced);
  g_test_add_func ("/syl/question-bank/no-duplicate-stems", test_no_duplicate_stems);
  g_test_add_func ("/syl/question-bank/key-positions", test_key_positions_spread);
  g_test_add_func ("/syl/question-bank/stems-are-scenarios", test_stems_are_scenarios);

  status = g_test_run ();
  g_clear_object (&pack);

  return status;
}

/* test-pack-lint.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * syl_pack_lint(): each rule on a small bank made for it, just over and
 * just under its threshold, and nothing else found.
 */

#include "config.h"

#include <string.h>

#include "syl-pack-lint.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"

/* How a question of a generated bank is written. */
typedef struct
{
  gboolean multiple;
  guint key;                    /* single: the right option, 0-3 */
  gboolean right_longest;       /* single: the right option strictly longest */
  const char *stem;             /* NULL: a clean, unique stem */
  guint n_options;              /* 0: 4 for single, 5 for multiple */
  const char *option_text;      /* NULL: clean; else the text of option 1 */
  gboolean no_why;
  gboolean no_explanation;
  gboolean no_reference;
  gboolean no_choose;           /* multiple: no "(Choose two.)" */
  const char *task;             /* NULL: 1.1 */
} Shape;

typedef void (*ShapeFunc) (guint i, Shape *shape, gpointer data);

static void
write_question (GString     *out,
                guint        i,
                const Shape *q)
{
  guint n = q->n_options != 0 ? q->n_options : (q->multiple ? 5 : 4);

  g_string_append_printf (out, "<question id=\"q%u\" type=\"%s\" task=\"%s\">\n",
                          i, q->multiple ? "multiple" : "single", q->task != NULL ? q->task : "1.1");
  if (q->stem != NULL)
    g_string_append_printf (out, "<stem>%s</stem>\n", q->stem);
  else
    g_string_append_printf (out, "<stem>A team runs build number %04u of a large project and wants"
                            " the outputs that did not change kept from the last run. Which"
                            " approach meets the need?%s</stem>\n",
                            i, q->multiple && !q->no_choose ? " (Choose two.)" : "");
  for (guint o = 0; o < n; o++)
    {
      gboolean right = q->multiple ? o < 2 : o == q->key;
      const char *text = o == 0 && q->option_text != NULL ? q->option_text : NULL;

      g_string_append_printf (out, "<option%s>", right ? " correct=\"true\"" : "");
      if (text != NULL)
        g_string_append (out, text);
      else if (right && q->right_longest)
        g_string_append_printf (out, "Approach %c of question %04u, which is longer", 'A' + o, i);
      else
        g_string_append_printf (out, "Approach %c of question %04u", 'A' + o, i);
      if (!q->no_why)
        g_string_append (out, "<why>Because.</why>");
      g_string_append (out, "</option>\n");
    }
  if (!q->no_explanation)
    g_string_append (out, "<explanation>Why the key is right.</explanation>\n");
  if (!q->no_reference)
    g_string_append (out, "<reference href=\"https://docs.aws.amazon.com/codebuild/\">CodeBuild</reference>\n");
  g_string_append (out, "</question>\n");
}

/* A valid pack of @n questions, each written as @func says; the first
 * starts on line 11 of "bank.xml". */
static SylPack *
make_bank (guint     n,
           ShapeFunc func,
           gpointer  data)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SylPack *pack;

  g_string_append (xml,
                   "<pack xmlns=\"https://syllabus.github.io/ns/pack/1\" id=\"bank\" version=\"1\">\n"
                   "<title>Bank</title>\n"
                   "<exam code=\"B\" scored=\"1\" minutes=\"10\" score-min=\"0\" score-max=\"100\" pass=\"50\"/>\n"
                   "<domain id=\"d1\" weight=\"100\"><title>D</title>\n"
                   "<task id=\"1.1\"><title>T</title></task><task id=\"1.2\"><title>U</title></task>\n"
                   "</domain>\n"
                   "<appendix><category id=\"c\"><title>C</title>\n"
                   "<service id=\"make\"><name>GNU Make</name><alias>Make</alias><summary>S</summary></service>\n"
                   "</category></appendix>\n"
                   "<questions>\n");
  for (guint i = 0; i < n; i++)
    {
      Shape shape = { 0 };

      shape.key = i % 4;
      func (i, &shape, data);
      write_question (xml, i, &shape);
    }
  g_string_append (xml, "</questions>\n</pack>\n");

  pack = syl_pack_load_from_data (xml->str, xml->len, "bank.xml", &error);
  g_assert_no_error (error);

  return pack;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The rules found, sorted and without repeats, as "rule rule …". */
static char *
rules_of (GPtrArray *findings)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      SylLintFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *line = syl_lint_finding_format (finding);

      g_test_message ("%s", line);
      if (!g_ptr_array_find_with_equal_func (names, finding->rule, g_str_equal, NULL))
        g_ptr_array_add (names, finding->rule);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            (const char *)g_ptr_array_index (names, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
lint_bank (guint       n,
           ShapeFunc   func,
           gpointer    data,
           const char *expected)
{
  g_autoptr(SylPack) pack = make_bank (n, func, data);
  GPtrArray *findings = syl_pack_lint (pack);
  g_autofree char *rules = rules_of (findings);

  g_assert_cmpstr (rules, ==, expected);

  return findings;
}

/* Question 0 shaped by @data, a Shape to copy; the others clean. */
static void
first_is (guint    i,
          Shape   *shape,
          gpointer data)
{
  if (i == 0)
    {
      guint key = shape->key;

      *shape = *(const Shape *)data;
      if (!shape->multiple && shape->key == 0)
        shape->key = key;
    }
}

static void
clean (guint    i,
       Shape   *shape,
       gpointer data)
{
  if (i % 5 == 4)
    shape->multiple = TRUE;
}

static void
test_clean (void)
{
  g_autoptr(GPtrArray) findings = lint_bank (30, clean, NULL, "");

  g_assert_cmpuint (findings->len, ==, 0);
}

/* One finding on one question, with its severity and where it is. */
typedef struct
{
  const char *name;
  Shape shape;
  const char *rules;
  SylLintSeverity severity;
} QuestionCase;

static const QuestionCase question_cases[] = {
  { "short-stem", { .stem = "Which approach meets the need?" }, "short-stem", SYL_LINT_WARNING },
  { "no-reference", { .no_reference = TRUE }, "no-reference", SYL_LINT_ERROR },
  { "long-option", { .option_text = "Approach A of this question, written at such length that it"
                                    " gives itself away by its length alone" },
    "long-option", SYL_LINT_WARNING },
  { "all-of-the-above", { .option_text = "ALL of the Above" }, "all-of-the-above", SYL_LINT_ERROR },
  { "none-of-the-above", { .option_text = "None of the above." }, "none-of-the-above", SYL_LINT_ERROR },
  { "single-three-options", { .n_options = 3 }, "option-count", SYL_LINT_WARNING },
  { "single-five-options", { .n_options = 5 }, "option-count", SYL_LINT_WARNING },
  { "multiple-four-options", { .multiple = TRUE, .n_options = 4 }, "option-count", SYL_LINT_WARNING },
  { "missing-why", { .no_why = TRUE }, "missing-why", SYL_LINT_WARNING },
  { "missing-explanation", { .no_explanation = TRUE }, "missing-explanation", SYL_LINT_WARNING },
  { "choose-phrase", { .multiple = TRUE, .no_choose = TRUE }, "choose-phrase", SYL_LINT_WARNING },
  { "service-not-referenced",
    { .stem = "A team keeps its build rules in a Makefile and runs GNU Make on every commit of a"
              " large project; which approach keeps the outputs that did not change?" },
    "service-not-referenced", SYL_LINT_WARNING },
  /* An imported question: all the exam-shaped warnings, nothing else. */
  { "imported", { .multiple = TRUE, .n_options = 3, .no_why = TRUE, .no_explanation = TRUE },
    "missing-explanation missing-why option-count", SYL_LINT_WARNING },
};

static void
test_question_rule (gconstpointer data)
{
  const QuestionCase *test = data;
  g_autoptr(GPtrArray) findings = lint_bank (30, first_is, (gpointer)&test->shape, test->rules);

  for (guint i = 0; i < findings->len; i++)
    {
      SylLintFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpint (finding->severity, ==, test->severity);
      g_assert_cmpstr (finding->question_id, ==, "q0");
      g_assert_cmpstr (finding->file, ==, "bank.xml");
      g_assert_cmpuint (finding->line, ==, 11);
    }
}

/* Two stems that differ only in case. */
static void
same_stems (guint    i,
            Shape   *shape,
            gpointer data)
{
  if (i == 3)
    shape->stem = "A team wants the outputs that did not change kept from the last run of a large"
                  " build. Which approach meets the need, and keeps every developer waiting less?";
  if (i == 7)
    shape->stem = "A TEAM wants the outputs that did not change kept from the last run of a large"
                  " build. Which approach meets the need, and keeps every developer waiting less?";
}

static void
test_duplicate_stem (void)
{
  g_autoptr(GPtrArray) findings = lint_bank (30, same_stems, NULL, "duplicate-stem");
  SylLintFinding *finding = g_ptr_array_index (findings, 0);

  g_assert_cmpstr (finding->question_id, ==, "q7");
  g_assert_nonnull (strstr (finding->message, "\"q3\""));
}

/* The right option strictly longest in @data of 30 single questions. */
static void
right_longest (guint    i,
               Shape   *shape,
               gpointer data)
{
  shape->right_longest = i < GPOINTER_TO_UINT (data);
}

static void
test_right_longest (void)
{
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) under = NULL;

  /* 30 % of 30 is 9: ten is too many, nine is not. */
  over = lint_bank (30, right_longest, GUINT_TO_POINTER (10), "right-longest");
  g_assert_null (((SylLintFinding *)g_ptr_array_index (over, 0))->question_id);
  g_assert_nonnull (strstr (((SylLintFinding *)g_ptr_array_index (over, 0))->message, "10 of 30"));
  under = lint_bank (30, right_longest, GUINT_TO_POINTER (9), "");
}

/* The first @data single questions have their key at position 2. */
static void
keys_at_two (guint    i,
             Shape   *shape,
             gpointer data)
{
  guint piled = GPOINTER_TO_UINT (data) & 0xffff;

  shape->key = i < piled ? 1 : (i % 3 == 0 ? 0 : (i % 3 == 1 ? 2 : 3));
}

static void
test_key_positions (void)
{
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) under = NULL;
  g_autoptr(GPtrArray) few = NULL;

  /* 35 % of 40 is 14: fifteen keys at one position is too many. */
  over = lint_bank (40, keys_at_two, GUINT_TO_POINTER (15), "key-position");
  g_assert_nonnull (strstr (((SylLintFinding *)g_ptr_array_index (over, 0))->message,
                            "option 2 in 15 of 40"));
  under = lint_bank (40, keys_at_two, GUINT_TO_POINTER (14), "");
  /* Under 20 single-answer questions, the rule does not apply. */
  few = lint_bank (19, keys_at_two, GUINT_TO_POINTER (19), "");
}

/* Task 1.2 gets the last @data questions. */
static void
thin_task (guint    i,
           Shape   *shape,
           gpointer data)
{
  guint n = GPOINTER_TO_UINT (data) >> 16;
  guint on_two = GPOINTER_TO_UINT (data) & 0xffff;

  if (i >= n - on_two)
    shape->task = "1.2";
  if (i % 5 == 4)
    shape->multiple = TRUE;
}

static void
test_task_coverage (void)
{
  g_autoptr(GPtrArray) thin = NULL;
  g_autoptr(GPtrArray) enough = NULL;
  g_autoptr(GPtrArray) small_bank = NULL;

  thin = lint_bank (200, thin_task, GUINT_TO_POINTER (200 << 16 | 19), "task-coverage");
  g_assert_cmpuint (thin->len, ==, 1);
  g_assert_nonnull (strstr (((SylLintFinding *)g_ptr_array_index (thin, 0))->message,
                            "task statement 1.2 has 19 questions"));
  enough = lint_bank (200, thin_task, GUINT_TO_POINTER (200 << 16 | 20), "");
  /* A bank under 200 questions is not exam-sized. */
  small_bank = lint_bank (199, thin_task, GUINT_TO_POINTER (199 << 16 | 5), "");
}

/* The shipped pack: nothing but what tests/check-pack-lint.sh tolerates
 * while the bank grows. */
static void
test_shipped_pack (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SYLLABUS_PACK_DIR"), "aws-dop-c02", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  if (g_getenv ("SYLLABUS_PACK_DIR") == NULL)
    {
      g_test_skip ("SYLLABUS_PACK_DIR is not set");
      return;
    }

  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);
  findings = syl_pack_lint (pack);
  for (guint i = 0; i < findings->len; i++)
    {
      SylLintFinding *finding = g_ptr_array_index (findings, i);

      if (!g_str_equal (finding->rule, "no-reference") && !g_str_equal (finding->rule, "task-coverage"))
        {
          g_autofree char *line = syl_lint_finding_format (finding);

          g_error ("%s", line);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/pack-lint/clean", test_clean);
  for (guint i = 0; i < G_N_ELEMENTS (question_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/syl/pack-lint/question/%s", question_cases[i].name);

      g_test_add_data_func (test_path, &question_cases[i], test_question_rule);
    }
  g_test_add_func ("/syl/pack-lint/duplicate-stem", test_duplicate_stem);
  g_test_add_func ("/syl/pack-lint/right-longest", test_right_longest);
  g_test_add_func ("/syl/pack-lint/key-positions", test_key_positions);
  g_test_add_func ("/syl/pack-lint/task-coverage", test_task_coverage);
  g_test_add_func ("/syl/pack-lint/shipped-pack", test_shipped_pack);

  return g_test_run ();
}

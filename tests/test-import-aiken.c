/* test-import-aiken.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-import-bank.h"
#include "syl-question.h"
#include "syl-test-import.h"

#define ASSERT_OPTION(question, i, expected) \
  G_STMT_START { \
    g_autofree char *described_ = syl_test_import_describe ((question), (i)); \
    g_assert_cmpstr (described_, ==, (expected)); \
  } G_STMT_END

static SylImportQuestion *
question_at (SylImportBank *bank,
             guint          i)
{
  g_assert_cmpuint (i, <, bank->questions->len);
  return g_ptr_array_index (bank->questions, i);
}

static void
test_questions (void)
{
  g_autofree char *text = syl_test_import_read_fixture ("questions-aiken.txt", NULL);
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_AIKEN, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 3);

  q = question_at (bank, 0);
  g_assert_cmpuint (q->line, ==, 1);
  g_assert_cmpstr (q->stem, ==, "Which layer of the OSI model routes packets between networks?");
  g_assert_cmpuint (q->options->len, ==, 4);
  ASSERT_OPTION (q, 2, "Network||1");
  ASSERT_OPTION (q, 3, "Transport||0");

  /* A) options, and a question that follows without a blank line. */
  q = question_at (bank, 1);
  ASSERT_OPTION (q, 0, "ip route||1");
  q = question_at (bank, 2);
  g_assert_cmpuint (q->line, ==, 14);
  ASSERT_OPTION (q, 2, "404||1");
}

static void
test_several_right_and_long_stem (void)
{
  const char *text =
    "Which two are prime numbers?\n"
    "Choose two.\n"
    "A. 2\n"
    "B. 4\n"
    "C. 7\n"
    "answer: A, C\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_AIKEN, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  q = question_at (bank, 0);
  g_assert_cmpstr (q->stem, ==, "Which two are prime numbers? Choose two.");
  ASSERT_OPTION (q, 0, "2||1");
  ASSERT_OPTION (q, 1, "4||0");
  ASSERT_OPTION (q, 2, "7||1");
}

static void
test_errors (void)
{
  const char *text =
    "First?\n"          /* 1 */
    "A. a\n"
    "B. b\n"
    "ANSWER: E\n"       /* 4: no option E */
    "\n"
    "Second?\n"         /* 6 */
    "A. a\n"
    "A. again\n"        /* 8: a second A */
    "B. b\n"
    "stray text\n"      /* 10 */
    "ANSWER: A\n"
    "ANSWER: B\n"       /* 12: ANSWER without a question */
    "Third?\n"          /* 13: never answered */
    "A. a\n"
    "B. b\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_AIKEN, text, -1);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_import_bank_propagate (bank, &error));
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_SYNTAX);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "test:4: ANSWER: names \"E\""));
  g_assert_nonnull (strstr (error->message, "test:8: a second option A"));
  g_assert_nonnull (strstr (error->message, "test:10: expected an option"));
  g_assert_nonnull (strstr (error->message, "test:12: ANSWER: without a question"));
  g_assert_nonnull (strstr (error->message, "test:13: the question has no ANSWER: line"));
}

/* A lone CR ends lines too: the error names line 6, not 1. */
static void
test_cr_only (void)
{
  g_autofree char *path = syl_test_import_path ("cr-only-aiken.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  result = syl_import_file (SYL_IMPORT_FORMAT_AIKEN, path, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "cr-only-aiken.txt:6: ANSWER: names \"Q\""));
}

static void
test_pack (void)
{
  g_autofree char *path = syl_test_import_path ("questions-aiken.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  SylQuestion *q;

  result = syl_import_file (SYL_IMPORT_FORMAT_UNKNOWN, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->format, ==, SYL_IMPORT_FORMAT_AIKEN);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (result->pack)), ==, 3);
  q = syl_pack_lookup_question (result->pack, "q2");
  g_assert_cmpstr (syl_question_get_option_text (q, 0), ==, "ip route");
  g_assert_null (syl_question_get_explanation (q));
  g_assert_cmpuint (syl_pack_get_scored (result->pack), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/import/aiken/questions", test_questions);
  g_test_add_func ("/syl/import/aiken/several-right-and-long-stem", test_several_right_and_long_stem);
  g_test_add_func ("/syl/import/aiken/errors", test_errors);
  g_test_add_func ("/syl/import/aiken/cr-only", test_cr_only);
  g_test_add_func ("/syl/import/aiken/pack", test_pack);

  return g_test_run ();
}

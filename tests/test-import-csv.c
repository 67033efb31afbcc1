/* test-import-csv.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-import-bank.h"
#include "syl-question.h"
#include "syl-task.h"
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

/* The template users open in a spreadsheet is itself a valid import. */
static void
test_template (void)
{
  const char *source_dir = g_getenv ("SYLLABUS_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  SylQuestion *q;

  if (source_dir == NULL)
    {
      g_test_skip ("SYLLABUS_SOURCE_DIR is not set");
      return;
    }

  path = g_build_filename (source_dir, "data", "templates", "syllabus-questions.csv", NULL);
  result = syl_import_file (SYL_IMPORT_FORMAT_UNKNOWN, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->format, ==, SYL_IMPORT_FORMAT_CSV);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (result->pack)), ==, 3);
  g_assert_cmpstr (result->warnings[0], ==, NULL);

  q = syl_pack_lookup_question (result->pack, "q2");
  g_assert_cmpint (syl_question_get_question_type (q), ==, SYL_QUESTION_MULTIPLE);
  g_assert_true (syl_question_get_option_correct (q, 0));
  g_assert_true (syl_question_get_option_correct (q, 2));
  g_assert_cmpstr (syl_task_get_title (syl_question_get_task (q)), ==, "Routing");
  g_assert_cmpstr (syl_domain_get_title (syl_question_get_domain (q)), ==, "Networking");

  q = syl_pack_lookup_question (result->pack, "q3");
  g_assert_cmpuint (syl_question_get_n_references (q), ==, 1);
  g_assert_cmpstr (syl_question_get_reference_title (q, 0), ==,
                   "Understanding and managing Amazon S3 storage classes");
}

/* RFC 4180: quotes, doubled quotes, separators and line breaks inside
 * quotes; the line a row starts on is counted across them. */
static void
test_quoting (void)
{
  const char *text =
    "stem,option_a,option_b,correct,explanation\r\n"
    "\"Say \"\"hi\"\", then, go\",\"a,b\",\"two\r\nlines\",B,\"x\"\r\n"
    "\r\n"
    "Second,c,d,a,\r\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 2);
  q = question_at (bank, 0);
  g_assert_cmpuint (q->line, ==, 2);
  g_assert_cmpstr (q->stem, ==, "Say \"hi\", then, go");
  ASSERT_OPTION (q, 0, "a,b||0");
  ASSERT_OPTION (q, 1, "two lines||1");
  q = question_at (bank, 1);
  g_assert_cmpuint (q->line, ==, 5);
  ASSERT_OPTION (q, 0, "c||1");
}

/* Spreadsheets in some languages separate with ; or tabs; columns may
 * come in any order; unknown ones are named in a warning. */
static void
test_separators_and_columns (void)
{
  const char *texts[] = {
    "Correct;Option A;Option B;Question;Notes\nB;x;y;Which?;ignored\n",
    "correct\toption_a\toption_b\tstem\tnotes\nB\tx\ty\tWhich?\tignored\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, texts[i], -1);
      SylImportQuestion *q;

      g_assert_cmpuint (bank->errors->len, ==, 0);
      g_assert_cmpuint (bank->warnings->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 0), "test:1: the column \"") );
      q = question_at (bank, 0);
      g_assert_cmpstr (q->stem, ==, "Which?");
      ASSERT_OPTION (q, 1, "y||1");
    }
}

static void
test_errors (void)
{
  const char *text =
    "id,type,stem,option_a,option_b,option_c,correct,why_d\n"
    "a,single,One?,x,y,,D,\n"             /* 2: D is not filled */
    "b,single,Two?,x,,z,A,\n"             /* 3: a gap */
    "c,single,Three?,x,y,,A,why\n"        /* 4: why_d without option_d */
    "d,either,Four?,x,y,,A,\n"            /* 5: type */
    "e,single,\"Five?,x,y,,A,\n";         /* 6: a quote never closed */
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, text, -1);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_import_bank_propagate (bank, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "test:2: correct names \"D\""));
  g_assert_nonnull (strstr (error->message, "test:3: option_b is empty"));
  g_assert_nonnull (strstr (error->message, "test:4: why_d has text"));
  g_assert_nonnull (strstr (error->message, "test:5: type \"either\""));
  g_assert_nonnull (strstr (error->message, "test:6: a quoted field"));
}

static void
test_missing_columns (void)
{
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV,
                                                        "question,answer\nWhat?,A\n", -1);
  g_autoptr(SylImportBank) twice = syl_test_import_read (SYL_IMPORT_FORMAT_CSV,
                                                         "id,stem,option_a,option_b,correct,ID\n"
                                                         "a,What?,x,y,A,b\n", -1);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_import_bank_propagate (bank, &error));
  g_assert_true (g_str_has_prefix (error->message, "test:1: the first row must name the columns"));
  g_clear_error (&error);

  /* Which of two id columns would count? Neither: it is an error (the
   * fuzzer found that the second one's value leaked). */
  g_assert_false (syl_import_bank_propagate (twice, &error));
  g_assert_true (g_str_has_prefix (error->message, "test:1: the column \"ID\" comes twice"));
}

/* What spreadsheets save when not asked for UTF-8. */
static void
test_encodings (void)
{
  const char utf16[] = "\xff\xfes\0t\0e\0m\0";
  const char *latin1 = "stem,option_a,option_b,correct\nCaf\xe9?,x,y,A\n";
  const char *bom = "\xef\xbb\xbfstem,option_a,option_b,correct\nWhat?,x,y,A\n";
  g_autoptr(SylImportBank) bank = NULL;
  g_autoptr(GError) error = NULL;

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, utf16, sizeof utf16 - 1);
  g_assert_false (syl_import_bank_propagate (bank, &error));
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);
  g_clear_pointer (&bank, syl_import_bank_free);

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, latin1, -1);
  g_assert_false (syl_import_bank_propagate (bank, &error));
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "test:2: "));
  g_clear_error (&error);
  g_clear_pointer (&bank, syl_import_bank_free);

  bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, bom, -1);
  g_assert_true (syl_import_bank_propagate (bank, &error));
  g_assert_cmpuint (bank->questions->len, ==, 1);
}

/* A cell the exporter guarded against formulas ('=…) reads back as it was. */
static void
test_formula_guard (void)
{
  const char *text = "stem,option_a,option_b,correct\n'=SUM(A1),'-x,-1,A\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_CSV, text, -1);
  SylImportQuestion *q = question_at (bank, 0);

  g_assert_cmpstr (q->stem, ==, "=SUM(A1)");
  ASSERT_OPTION (q, 0, "-x||1");
  ASSERT_OPTION (q, 1, "-1||0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/import/csv/template", test_template);
  g_test_add_func ("/syl/import/csv/quoting", test_quoting);
  g_test_add_func ("/syl/import/csv/separators-and-columns", test_separators_and_columns);
  g_test_add_func ("/syl/import/csv/errors", test_errors);
  g_test_add_func ("/syl/import/csv/missing-columns", test_missing_columns);
  g_test_add_func ("/syl/import/csv/encodings", test_encodings);
  g_test_add_func ("/syl/import/csv/formula-guard", test_formula_guard);

  return g_test_run ();
}

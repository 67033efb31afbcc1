/* test-import-gift.c
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

/* Warnings that name @line of the file "test". */
static guint
count_warnings_on (SylImportBank *bank,
                   guint          line)
{
  g_autofree char *prefix = g_strdup_printf ("test:%u: ", line);
  guint n = 0;

  for (guint i = 0; i < bank->warnings->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (bank->warnings, i), prefix))
      n++;

  return n;
}

static void
test_choices (void)
{
  const char *text =
    "// a comment\n"
    "$CATEGORY: Networking/Routing\n"
    "\n"
    "::q1:: Which protocol routes between autonomous systems? {\n"
    "  =BGP #The exterior gateway protocol.\n"
    "  // a comment inside the question does not end it\n"
    "  ~OSPF #It routes inside one system.\n"
    "  ~RIP\n"
    "  ####Systems exchange routes with BGP.\n"
    "}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 1);
  q = question_at (bank, 0);
  g_assert_cmpuint (q->line, ==, 4);
  g_assert_cmpstr (q->id, ==, "q1");
  g_assert_cmpstr (q->domain, ==, "Networking");
  g_assert_cmpstr (q->task, ==, "Routing");
  g_assert_cmpint (q->type, ==, SYL_IMPORT_TYPE_SINGLE);
  g_assert_cmpstr (q->stem, ==, "Which protocol routes between autonomous systems?");
  g_assert_cmpuint (q->options->len, ==, 3);
  ASSERT_OPTION (q, 0, "BGP|The exterior gateway protocol.|1");
  ASSERT_OPTION (q, 1, "OSPF|It routes inside one system.|0");
  ASSERT_OPTION (q, 2, "RIP||0");
  g_assert_cmpstr (q->explanation, ==, "Systems exchange routes with BGP.");
}

static void
test_weights (void)
{
  const char *text =
    "::two:: Which two are link-state protocols? {\n"
    "  ~%50%OSPF #floods links\n"
    "  ~%50%IS-IS\n"
    "  ~%-100%RIP\n"
    "  ~%0%BGP\n"
    "}\n"
    "\n"
    "::one:: Which one? {~%100%A ~%-50%B ~C}\n"
    "\n"
    "::three:: Which three? {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 3);

  q = question_at (bank, 0);
  g_assert_cmpint (q->type, ==, SYL_IMPORT_TYPE_AUTO);
  ASSERT_OPTION (q, 0, "OSPF|floods links|1");
  ASSERT_OPTION (q, 1, "IS-IS||1");
  ASSERT_OPTION (q, 2, "RIP||0");
  ASSERT_OPTION (q, 3, "BGP||0");

  q = question_at (bank, 1);
  ASSERT_OPTION (q, 0, "A||1");
  ASSERT_OPTION (q, 1, "B||0");
  ASSERT_OPTION (q, 2, "C||0");

  q = question_at (bank, 2);
  ASSERT_OPTION (q, 2, "C||1");
  ASSERT_OPTION (q, 3, "D||0");
}

static void
test_true_false (void)
{
  const char *text =
    "::t:: Grant is buried in Grant's tomb.{T}\n"
    "\n"
    "::f:: The sun rises in the west.{FALSE#It rises in the east.#Right, it does not.}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 2);

  q = question_at (bank, 0);
  g_assert_cmpstr (q->stem, ==, "Grant is buried in Grant's tomb.");
  g_assert_cmpint (q->type, ==, SYL_IMPORT_TYPE_SINGLE);
  g_assert_cmpuint (q->options->len, ==, 2);
  ASSERT_OPTION (q, 0, "True||1");
  ASSERT_OPTION (q, 1, "False||0");

  /* The first feedback is for a learner who answered wrong: it belongs
   * to the wrong option, True. */
  q = question_at (bank, 1);
  ASSERT_OPTION (q, 0, "True|It rises in the east.|0");
  ASSERT_OPTION (q, 1, "False|Right, it does not.|1");
}

static void
test_escapes (void)
{
  const char *text =
    "::esc\\:1:: Is 2 \\= 1 \\+ 1 \\{true\\}? {\n"
    "  =Yes \\~ always \\# feedback sign #Because 1\\+1\\=2.\n"
    "  ~No\\: never\n"
    "  ~A back\\\\slash\n"
    "  ####Line one\\nline two\n"
    "}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 1);
  q = question_at (bank, 0);
  g_assert_cmpstr (q->id, ==, "esc:1");
  /* \+ is not an escape: it stays as written. */
  g_assert_cmpstr (q->stem, ==, "Is 2 = 1 \\+ 1 {true}?");
  g_assert_cmpuint (q->options->len, ==, 3);
  ASSERT_OPTION (q, 0, "Yes ~ always # feedback sign|Because 1\\+1=2.|1");
  ASSERT_OPTION (q, 1, "No: never||0");
  ASSERT_OPTION (q, 2, "A back\\slash||0");
  g_assert_cmpstr (q->explanation, ==, "Line one line two");
}

/* Questions end at blank lines, whatever ends the lines: LF, CR LF, a
 * lone CR. Lines are counted the same in each. */
static void
test_line_ends (void)
{
  const char *lf = "// comment\n::a:: A? {=x ~y}\n\n\n   \t\n::b:: B?\n{=x ~y}\n";
  const char *ends[] = { "\n", "\r\n", "\r" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(SylImportBank) bank = NULL;
      g_auto(GStrv) lines = g_strsplit (lf, "\n", -1);

      text = g_strjoinv (ends[i], lines);
      bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
      g_assert_cmpuint (bank->errors->len, ==, 0);
      g_assert_cmpuint (bank->questions->len, ==, 2);
      g_assert_cmpuint (question_at (bank, 0)->line, ==, 2);
      g_assert_cmpuint (question_at (bank, 1)->line, ==, 6);
      g_assert_cmpstr (question_at (bank, 1)->stem, ==, "B?");
    }
}

/* Each kind Syllabus cannot show is left out with a warning on its line,
 * never silently. */
static void
test_skipped_kinds (void)
{
  const char *text =
    "::short:: Who is buried in Grant's tomb?{=no one =nobody}\n"   /* 1 */
    "\n"
    "::match:: Match.{=a -> 1 =b -> 2 =c -> 3}\n"                   /* 3 */
    "\n"
    "::num:: When was Grant born?{#1822:2}\n"                       /* 5 */
    "\n"
    "::essay:: Write about Grant.{}\n"                              /* 7 */
    "\n"
    "A description without answers.\n"                              /* 9 */
    "\n"
    "::cloze:: The {=cat ~dog} sat on the {=mat ~hat}.\n"           /* 11 */
    "\n"
    "::embedded:: {1:MULTICHOICE:=a~b}\n"                           /* 13 */
    "\n"
    "::either:: Pick either.{=a =b ~c}\n"                           /* 15 */
    "\n"
    "::ok:: The one that stays.{=yes ~no}\n";                       /* 17 */
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  const guint skipped_lines[] = { 1, 3, 5, 7, 9, 11, 13, 15 };

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 1);
  g_assert_cmpstr (question_at (bank, 0)->id, ==, "ok");
  g_assert_cmpuint (bank->n_skipped, ==, G_N_ELEMENTS (skipped_lines));
  g_assert_cmpuint (bank->warnings->len, ==, G_N_ELEMENTS (skipped_lines));
  for (guint i = 0; i < G_N_ELEMENTS (skipped_lines); i++)
    g_assert_cmpuint (count_warnings_on (bank, skipped_lines[i]), ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 0), "short answer"));
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 1), "matching"));
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 2), "numeric"));
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 3), "essay"));
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 4), "description"));
  g_assert_nonnull (strstr (g_ptr_array_index (bank->warnings, 5), "cloze"));
}

static void
test_html_and_missing_word (void)
{
  const char *text =
    "::h::[html]<p>What is <b>bold</b> &amp; <i>italic</i>?</p>{=<p>Both &lt;b&gt;</p>#<p>Yes&nbsp;both</p> ~Neither}\n"
    "\n"
    "::m::[markdown]Grant is {~buried =entombed ~living} in *Grant's* tomb.\n"
    "\n"
    "::p:: <b>not HTML</b> here {=x ~y}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  SylImportQuestion *q;

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 3);
  q = question_at (bank, 0);
  g_assert_cmpstr (q->stem, ==, "What is bold & italic?");
  ASSERT_OPTION (q, 0, "Both <b>|Yes both|1");

  q = question_at (bank, 1);
  g_assert_cmpstr (q->stem, ==, "Grant is _____ in *Grant's* tomb.");
  ASSERT_OPTION (q, 1, "entombed||1");

  /* Without [html], markup is text. */
  q = question_at (bank, 2);
  g_assert_cmpstr (q->stem, ==, "<b>not HTML</b> here");
}

static void
test_categories (void)
{
  const char *text =
    "$CATEGORY: $course$/top/Cloud/Storage/Objects\n"
    "\n"
    "::a:: A? {=x ~y}\n"
    "\n"
    "$CATEGORY: CI//CD\n"
    "::b:: B? {=x ~y}\n"
    "\n"
    "$CATEGORY: $system$/top\n"
    "\n"
    "::c:: C? {=x ~y}\n";
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);

  g_assert_cmpuint (bank->errors->len, ==, 0);
  g_assert_cmpuint (bank->questions->len, ==, 3);
  g_assert_cmpstr (question_at (bank, 0)->domain, ==, "Cloud");
  g_assert_cmpstr (question_at (bank, 0)->task, ==, "Storage / Objects");
  /* A question right under its category line, and // for a slash. */
  g_assert_cmpstr (question_at (bank, 1)->domain, ==, "CI/CD");
  g_assert_null (question_at (bank, 1)->task);
  g_assert_cmpuint (question_at (bank, 1)->line, ==, 6);
  g_assert_null (question_at (bank, 2)->domain);
}

/* Broken questions stop the import, each named with its line, all at once. */
static void
test_errors (void)
{
  const char *text =
    "::a:: No closing brace {=x ~y\n"       /* 1 */
    "\n"
    "::b No closing title {=x ~y}\n"        /* 3 */
    "\n"
    "::c:: Nothing right {~x ~y}\n"         /* 5 */
    "\n"
    "::d:: Same twice {=x ~x}\n"            /* 7 */
    "\n"
    "::e:: Text first {oops =x ~y}\n"       /* 9 */
    "\n"
    "::f:: Fine {=x ~y}\n";                 /* 11 */
  g_autoptr(SylImportBank) bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, text, -1);
  g_autoptr(GError) error = NULL;
  SylImportOptions options = { .id = "t", .title = "T" };
  g_autoptr(SylPack) pack = NULL;

  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_null (pack);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_SYNTAX);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "test:1: a { without its }"));
  g_assert_nonnull (strstr (error->message, "test:3: the title has no closing ::"));
  g_assert_nonnull (strstr (error->message, "test:9: text before the first answer"));

  /* The importer stops before checking the questions' answers; once the
   * syntax is fixed, those problems show with their lines. */
  g_clear_error (&error);
  g_clear_pointer (&bank, syl_import_bank_free);
  bank = syl_test_import_read (SYL_IMPORT_FORMAT_GIFT, strstr (text, "::c::"),
                               strstr (text, "::e::") - strstr (text, "::c::"));
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_null (pack);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "test:1: no answer of the question is marked right"));
  g_assert_nonnull (strstr (error->message, "test:3: two answers of the question say \"x\""));
  g_assert_null (strstr (error->message, "test:7"));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  const char *text = "::a:: A? {=x ~y}\r\r::b:: Caf\xe9? {=x ~y}\r";

  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, text, strlen (text), "latin1.gift", NULL, &error);
  g_assert_null (result);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "latin1.gift:3: "));
}

/* A Moodle export: HTML, categories, and the kinds Syllabus leaves out.
 * The pack it becomes validates like any pack. */
static void
test_moodle_export (void)
{
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = syl_test_import_path ("moodle-export.gift");
  GListModel *domains;
  SylQuestion *q;
  guint weights = 0;

  result = syl_import_file (SYL_IMPORT_FORMAT_UNKNOWN, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->format, ==, SYL_IMPORT_FORMAT_GIFT);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (result->pack)), ==, 4);
  g_assert_cmpuint (result->n_skipped, ==, 4);
  g_assert_cmpuint (g_strv_length (result->warnings), ==, 4);
  g_assert_true (g_str_has_prefix (result->warnings[0], "moodle-export.gift:38: "));

  g_assert_cmpstr (syl_pack_get_id (result->pack), ==, "moodle-export");
  domains = syl_pack_get_domains (result->pack);
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      weights += syl_domain_get_weight (domain);
    }
  g_assert_cmpuint (weights, ==, 100);

  q = syl_pack_lookup_question (result->pack, "BGP");
  g_assert_nonnull (q);
  g_assert_cmpstr (syl_question_get_stem (q), ==, "Which protocol exchanges routes between autonomous systems?");
  g_assert_cmpstr (syl_task_get_title (syl_question_get_task (q)), ==, "Routing");
  g_assert_cmpstr (syl_question_get_explanation (q), ==,
                   "Autonomous systems announce their prefixes to each other with BGP & its policies.");
  g_assert_true (syl_question_get_option_correct (q, 0));

  q = syl_pack_lookup_question (result->pack, "link-state");
  g_assert_cmpint (syl_question_get_question_type (q), ==, SYL_QUESTION_MULTIPLE);
  g_assert_cmpuint (syl_question_get_n_correct (q), ==, 2);

  q = syl_pack_lookup_question (result->pack, "default-route");
  g_assert_cmpuint (syl_question_get_n_options (q), ==, 2);
  g_assert_true (syl_question_get_option_correct (q, 0));
  g_assert_cmpstr (syl_question_get_option_why (q, 1), ==,
                   "No, it does: 0.0.0.0/0 has no bits to compare.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/import/gift/choices", test_choices);
  g_test_add_func ("/syl/import/gift/weights", test_weights);
  g_test_add_func ("/syl/import/gift/true-false", test_true_false);
  g_test_add_func ("/syl/import/gift/escapes", test_escapes);
  g_test_add_func ("/syl/import/gift/line-ends", test_line_ends);
  g_test_add_func ("/syl/import/gift/skipped-kinds", test_skipped_kinds);
  g_test_add_func ("/syl/import/gift/html-and-missing-word", test_html_and_missing_word);
  g_test_add_func ("/syl/import/gift/categories", test_categories);
  g_test_add_func ("/syl/import/gift/errors", test_errors);
  g_test_add_func ("/syl/import/gift/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/syl/import/gift/moodle-export", test_moodle_export);

  return g_test_run ();
}

/* test-import.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syl-domain.h"
#include "syl-import-bank.h"
#include "syl-question.h"
#include "syl-task.h"
#include "syl-test-import.h"
#include "syl-test-util.h"

static void
test_detect_format (void)
{
  static const struct
  {
    const char      *name;
    const char      *data;
    SylImportFormat  expected;
  } cases[] = {
    { "q.zip", "PK\003\004rest", SYL_IMPORT_FORMAT_QTI },
    { "q.bin", "PK\003\004rest", SYL_IMPORT_FORMAT_QTI },
    { "q.zip", "", SYL_IMPORT_FORMAT_QTI },
    { "pack.xml", "<?xml version=\"1.0\"?>\n<pack xmlns=\"x\">", SYL_IMPORT_FORMAT_PACK },
    { "x.txt", "\xef\xbb\xbf<!-- c -->\n<questions pack=\"p\">", SYL_IMPORT_FORMAT_PACK },
    { "item.xml", "<?xml version=\"1.0\"?>\n<assessmentItem>", SYL_IMPORT_FORMAT_QTI },
    { "item.xml", "<qti-assessment-item xmlns=\"x\">", SYL_IMPORT_FORMAT_QTI },
    { "item.xml", "<qti:assessmentItem xmlns:qti=\"x\">", SYL_IMPORT_FORMAT_QTI },
    { "m.xml", "<manifest>", SYL_IMPORT_FORMAT_QTI },
    { "other.xml", "<html>", SYL_IMPORT_FORMAT_PACK },
    { "q.csv", "anything", SYL_IMPORT_FORMAT_CSV },
    { "q.txt", "id,stem,option_a,option_b,correct\n", SYL_IMPORT_FORMAT_CSV },
    { "q.gift", "anything", SYL_IMPORT_FORMAT_GIFT },
    { "q.txt", "// comment\n::t:: Q? {=a ~b}\n", SYL_IMPORT_FORMAT_GIFT },
    { "q.txt", "$CATEGORY: x\n", SYL_IMPORT_FORMAT_GIFT },
    { "q.txt", "Question?\nA. one\nB) two\nANSWER: A\n", SYL_IMPORT_FORMAT_AIKEN },
    { NULL, "Question?\rA. one\rB. two\rANSWER: B\r", SYL_IMPORT_FORMAT_AIKEN },
    { "q.txt", "just some words\n", SYL_IMPORT_FORMAT_UNKNOWN },
    { NULL, "", SYL_IMPORT_FORMAT_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SylImportFormat format = syl_import_detect_format (cases[i].name, cases[i].data,
                                                         strlen (cases[i].data));

      g_test_message ("case %u: %s", i, cases[i].name);
      g_assert_cmpint (format, ==, cases[i].expected);
    }

  g_assert_cmpint (syl_import_format_from_name ("GIFT"), ==, SYL_IMPORT_FORMAT_GIFT);
  g_assert_cmpint (syl_import_format_from_name ("docx"), ==, SYL_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpstr (syl_import_format_to_name (SYL_IMPORT_FORMAT_QTI), ==, "qti");
}

/* Reading a FIFO would block for ever: it is refused at once, by name. */
static void
test_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "questions.gift", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  g_assert_cmpint (syl_import_detect_file (fifo), ==, SYL_IMPORT_FORMAT_GIFT);
  result = syl_import_file (SYL_IMPORT_FORMAT_UNKNOWN, fifo, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "questions.gift"));
  g_assert_nonnull (strstr (error->message, "FIFO"));

  g_clear_error (&error);
  result = syl_import_file (SYL_IMPORT_FORMAT_UNKNOWN, dir, NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_IO);
  g_assert_cmpint (syl_import_detect_file (dir), ==, SYL_IMPORT_FORMAT_PACK);

  syl_test_remove_tree (dir);
}

/* A file name with a line break in it still makes one line per message. */
static void
test_file_name_in_messages (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "two\nlines.gift", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  g_assert_true (g_file_set_contents (path, "::a:: A? {=x ~x}\n", -1, NULL));
  result = syl_import_file (SYL_IMPORT_FORMAT_GIFT, path, NULL, &error);
  g_assert_null (result);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_prefix (error->message, "two?lines.gift:1: "));

  syl_test_remove_tree (dir);
}

static void
test_ids_and_titles (void)
{
  g_autofree char *id = syl_import_dup_id_for_name ("/home/x/Réseaux & Routage (v2).gift");
  g_autofree char *title = syl_import_dup_title_for_name ("/home/x/Réseaux & Routage (v2).gift");
  g_autofree char *empty = syl_import_dup_id_for_name ("…");

  g_assert_cmpstr (id, ==, "reseaux-routage-v2");
  g_assert_cmpstr (title, ==, "Réseaux & Routage (v2)");
  g_assert_cmpstr (empty, ==, "imported");
}

static SylImportBank *
bank_of (guint        n,
         const char *(*category) (guint i))
{
  SylImportBank *bank = syl_import_bank_new ("test");

  for (guint i = 0; i < n; i++)
    {
      SylImportQuestion *q = syl_import_question_new (i + 1);

      q->stem = g_strdup_printf ("Question %u?", i);
      q->domain = category != NULL ? g_strdup (category (i)) : NULL;
      syl_import_question_add_option (q, "right", NULL, TRUE);
      syl_import_question_add_option (q, "wrong", NULL, FALSE);
      syl_import_bank_add (bank, q);
    }

  return bank;
}

static const char *
skewed (guint i)
{
  return i == 0 ? "Rare" : i == 1 ? "Also rare" : "Common";
}

/* Weights follow the number of questions, add up to 100 and give every
 * domain at least 1; the exam gets the defaults. */
static void
test_outline (void)
{
  g_autoptr(SylImportBank) bank = bank_of (200, skewed);
  SylImportOptions options = { .id = "p", .title = "P" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_import_bank_build (bank, &options, &error);
  GListModel *domains;
  guint weights[3];

  g_assert_no_error (error);
  domains = syl_pack_get_domains (pack);
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      weights[i] = syl_domain_get_weight (domain);
      g_assert_cmpuint (g_list_model_get_n_items (syl_domain_get_tasks (domain)), ==, 1);
    }
  /* 0.485, 0.485 and 96.03 of the 97 left after 1 each: the largest
   * remainder gets the last point. */
  g_assert_cmpuint (weights[0], ==, 2);
  g_assert_cmpuint (weights[1], ==, 1);
  g_assert_cmpuint (weights[2], ==, 97);

  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 65);
  g_assert_cmpuint (syl_pack_get_unscored (pack), ==, 0);
  g_assert_cmpuint (syl_pack_get_minutes (pack), ==, 130);
  g_assert_cmpuint (syl_pack_get_score_min (pack), ==, 0);
  g_assert_cmpuint (syl_pack_get_score_max (pack), ==, 100);
  g_assert_cmpuint (syl_pack_get_pass_score (pack), ==, 72);
}

static void
test_exam_options (void)
{
  SylImportOptions options = { .id = "p", .title = "P", .exam_questions = 50, .pass_percent = 80 };
  g_autoptr(SylImportBank) bank = bank_of (10, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  guint q, m, p;

  /* More than there are: all of them, and a warning says so. */
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 10);
  g_assert_cmpuint (syl_pack_get_minutes (pack), ==, 20);
  g_assert_cmpuint (syl_pack_get_pass_score (pack), ==, 80);
  g_assert_cmpuint (bank->warnings->len, ==, 1);
  g_clear_object (&pack);

  options.minutes = 24 * 60 + 1;
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS);
  g_clear_error (&error);

  options.minutes = 0;
  options.pass_percent = 101;
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS);
  g_clear_error (&error);

  options.pass_percent = 0;
  options.id = "not an id";
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS);

  syl_import_default_exam (30, &q, &m, &p);
  g_assert_cmpuint (q, ==, 30);
  g_assert_cmpuint (m, ==, 60);
  g_assert_cmpuint (p, ==, 72);
}

/* Question ids: valid titles as they are, others made into ids, clashes
 * (with each other or with a domain's or task's id) made unique. */
static void
test_question_ids (void)
{
  const char *ids[] = { "q1", "Grant's tomb?", "q1", "d1", NULL, "1.1" };
  g_autoptr(SylImportBank) bank = bank_of (G_N_ELEMENTS (ids), NULL);
  SylImportOptions options = { .id = "p", .title = "P" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  GListModel *questions;
  const char *expected[] = { "q1", "grant-s-tomb", "q1-2", "d1-2", "q5", "1.1-2" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ((SylImportQuestion *)g_ptr_array_index (bank->questions, i))->id = g_strdup (ids[i]);

  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_no_error (error);
  questions = syl_pack_get_questions (pack);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);

      g_assert_cmpstr (syl_question_get_id (q), ==, expected[i]);
    }
}

/* Links off the loader's allow-list are left out with a warning rather
 * than failing the import. */
static void
test_references (void)
{
  g_autoptr(SylImportBank) bank = bank_of (1, NULL);
  SylImportQuestion *q = g_ptr_array_index (bank->questions, 0);
  SylImportOptions options = { .id = "p", .title = "P" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  SylQuestion *built;

  syl_import_question_add_reference (q, "Docs", "https://docs.aws.amazon.com/a.html");
  syl_import_question_add_reference (q, "", "http://docs.aws.amazon.com/b.html");
  syl_import_question_add_reference (q, "Elsewhere", "https://example.org/");
  pack = syl_import_bank_build (bank, &options, &error);
  g_assert_no_error (error);
  built = syl_pack_lookup_question (pack, "q1");
  g_assert_cmpuint (syl_question_get_n_references (built), ==, 1);
  g_assert_cmpuint (bank->warnings->len, ==, 2);
}

/* More questions, or categories, than an import takes. */
static void
test_huge_counts (void)
{
  g_autoptr(GString) gift = g_string_new (NULL);
  g_autoptr(GString) categories = g_string_new (NULL);
  g_autoptr(GString) options = g_string_new ("::o:: Many? {=a0");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  for (guint i = 0; i <= SYL_IMPORT_MAX_QUESTIONS; i++)
    g_string_append_printf (gift, "Q%u? {=a ~b}\n\n", i);
  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, gift->str, gift->len, "many.gift", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "many.gift:20001: more than 10000 questions"));
  g_clear_error (&error);

  for (guint i = 0; i <= SYL_IMPORT_MAX_DOMAINS; i++)
    g_string_append_printf (categories, "$CATEGORY: C%u\n\nQ%u? {=a ~b}\n\n", i, i);
  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, categories->str, categories->len, "cats.gift", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 100 categories"));
  g_clear_error (&error);

  for (guint i = 1; i <= SYL_IMPORT_MAX_OPTIONS + 5; i++)
    g_string_append_printf (options, " ~a%u", i);
  g_string_append (options, "}\n");
  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, options->str, options->len, "options.gift", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "options.gift:1: "));
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  result = syl_import_data (SYL_IMPORT_FORMAT_AIKEN, "", 0, "empty.txt", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, "// only comments\n\n", 18, "c.gift", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, "Q? {=a =b}\n", 11, "s.gift", NULL, &error);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "see the warnings"));
}

/* What the loader refuses in the converted pack is reported on the line
 * of the question in the file the teacher wrote, not of the pack the
 * learner never saw. */
static void
test_loader_errors_name_the_source (void)
{
  gsize size = 10 * 1024 * 1024 + 1;
  g_autoptr(GString) csv = g_string_new ("stem,option_a,option_b,option_c,option_d,correct,explanation\n"
                                         "One?,a,b,c,d,A,Fine.\n"
                                         "\n"
                                         "Two?,a,b,c,d,A,");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  /* An explanation longer than the loader takes. */
  for (gsize i = 0; i < size; i += 8)
    g_string_append (csv, "Longer. ");
  g_string_append (csv, "\n");

  result = syl_import_data (SYL_IMPORT_FORMAT_CSV, csv->str, csv->len, "long.csv", NULL, &error);
  g_assert_null (result);
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "long.csv:4: "));
  g_assert_null (strstr (error->message, "converted"));
}

/* Each format's example in docs/import.md converts into a valid pack. */
static void
test_documented_examples (void)
{
  static const struct
  {
    const char      *kind;
    SylImportFormat  format;
    guint            n_questions;
  } examples[] = {
    { "gift", SYL_IMPORT_FORMAT_GIFT, 3 },
    { "aiken", SYL_IMPORT_FORMAT_AIKEN, 2 },
    { "csv", SYL_IMPORT_FORMAT_CSV, 2 },
    { "qti", SYL_IMPORT_FORMAT_QTI, 1 },
  };

  if (g_getenv ("SYLLABUS_SOURCE_DIR") == NULL)
    {
      g_test_skip ("SYLLABUS_SOURCE_DIR is not set");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *text = syl_test_import_doc_example (examples[i].kind);
      g_autofree char *name = g_strdup_printf ("docs/import.md %s example", examples[i].kind);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylImportResult) result = NULL;

      g_assert_cmpint (syl_import_detect_format (NULL, text, strlen (text)), ==, examples[i].format);
      result = syl_import_data (examples[i].format, text, strlen (text), name, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (result->pack)), ==,
                        examples[i].n_questions);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/import/detect-format", test_detect_format);
  g_test_add_func ("/syl/import/fifo", test_fifo);
  g_test_add_func ("/syl/import/file-name-in-messages", test_file_name_in_messages);
  g_test_add_func ("/syl/import/ids-and-titles", test_ids_and_titles);
  g_test_add_func ("/syl/import/outline", test_outline);
  g_test_add_func ("/syl/import/exam-options", test_exam_options);
  g_test_add_func ("/syl/import/question-ids", test_question_ids);
  g_test_add_func ("/syl/import/references", test_references);
  g_test_add_func ("/syl/import/huge-counts", test_huge_counts);
  g_test_add_func ("/syl/import/empty", test_empty);
  g_test_add_func ("/syl/import/loader-errors-name-the-source", test_loader_errors_name_the_source);
  g_test_add_func ("/syl/import/documented-examples", test_documented_examples);

  return g_test_run ();
}

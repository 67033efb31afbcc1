/* test-pack-loader.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-pack-change.h"
#include "syl-pack-loader.h"
#include "syl-pack-scan.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syl-test-util.h"

static GString *minimal_with (const char *before,
                              const char *insert);

/* q1 of minimal.xml, by the recipe of docs/pack-format.md. */
#define MINIMAL_Q1_DIGEST "6878a2f16e158eb4263b11a3310f5f016e206b344770c483173e2b6bc479ee57"

/* One broken fixture per rule and per hazard: the error code, the line the
 * message must name and how many error lines the message has. */
typedef struct
{
  const char *name;
  SylPackError code;
  guint line;
  guint n_lines;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "malformed.xml", SYL_PACK_ERROR_MALFORMED, 22, 1 },
  { "wrong-namespace.xml", SYL_PACK_ERROR_NAMESPACE, 3, 1 },
  { "schema-unknown-element.xml", SYL_PACK_ERROR_SCHEMA, 26, 1 },
  { "schema-bad-attribute.xml", SYL_PACK_ERROR_SCHEMA, 48, 1 },
  { "schema-one-option.xml", SYL_PACK_ERROR_SCHEMA, 89, 1 },
  { "duplicate-question-id.xml", SYL_PACK_ERROR_DUPLICATE_ID, 86, 1 },
  { "duplicate-id-across-kinds.xml", SYL_PACK_ERROR_DUPLICATE_ID, 53, 1 },
  { "unresolved-task.xml", SYL_PACK_ERROR_UNRESOLVED_REF, 86, 1 },
  { "unresolved-service.xml", SYL_PACK_ERROR_UNRESOLVED_REF, 84, 1 },
  { "weights.xml", SYL_PACK_ERROR_WEIGHTS, 3, 1 },
  { "single-two-correct.xml", SYL_PACK_ERROR_OPTIONS, 86, 1 },
  { "single-no-correct.xml", SYL_PACK_ERROR_OPTIONS, 86, 1 },
  { "multiple-one-correct.xml", SYL_PACK_ERROR_OPTIONS, 74, 1 },
  { "multiple-two-options.xml", SYL_PACK_ERROR_OPTIONS, 74, 1 },
  { "duplicate-option.xml", SYL_PACK_ERROR_DUPLICATE_OPTION, 90, 1 },
  { "exam-pass-above-max.xml", SYL_PACK_ERROR_EXAM, 7, 1 },
  { "exam-scored-zero.xml", SYL_PACK_ERROR_EXAM, 7, 1 },
  { "empty-stem.xml", SYL_PACK_ERROR_EMPTY_TEXT, 87, 1 },
  { "external-entity.xml", SYL_PACK_ERROR_FORBIDDEN, 2, 1 },
  { "billion-laughs.xml", SYL_PACK_ERROR_FORBIDDEN, 2, 1 },
  { "undefined-entity.xml", SYL_PACK_ERROR_MALFORMED, 22, 1 },
  { "latin1-declared.xml", SYL_PACK_ERROR_ENCODING, 1, 1 },
  { "truncated.xml", SYL_PACK_ERROR_MALFORMED, 68, 1 },
  { "questions-root-alone.xml", SYL_PACK_ERROR_PACK_MISMATCH, 2, 1 },
  { "several-errors.xml", SYL_PACK_ERROR_UNRESOLVED_REF, 84, 3 },
  { "reference-http.xml", SYL_PACK_ERROR_REFERENCE, 82, 1 },
  { "reference-javascript.xml", SYL_PACK_ERROR_REFERENCE, 82, 1 },
  { "reference-file.xml", SYL_PACK_ERROR_REFERENCE, 82, 1 },
  { "reference-host.xml", SYL_PACK_ERROR_REFERENCE, 82, 1 },
  { "folder-mismatch", SYL_PACK_ERROR_PACK_MISMATCH, 2, 1 },
  { "folder-bad-question", SYL_PACK_ERROR_SCHEMA, 10, 1 },
  { "folder-duplicate-id", SYL_PACK_ERROR_DUPLICATE_ID, 3, 1 },
};

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "packs", name, NULL);
}

static guint
count_lines (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  return g_strv_length (lines);
}

/* The message names the file and the line, as `name.xml:12:`. */
static void
assert_names_file_line (const char *message,
                        const char *file,
                        guint       line)
{
  g_autofree char *where = g_strdup_printf ("%s:%u: ", file, line);

  if (strstr (message, where) == NULL)
    g_error ("expected \"%s\" in the message:\n%s", where, message);
}

static SylPack *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = fixture_path (name);

  return syl_pack_load (path, error);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = load_fixture ("minimal.xml", &error);
  g_autoptr(SylDomain) d1 = NULL;
  g_autoptr(SylQuestion) q1 = NULL;
  g_autoptr(SylQuestion) q2 = NULL;
  g_autoptr(SylCategory) tools = NULL;
  g_autoptr(SylService) make = NULL;
  SylTask *task;
  SylService *ninja;
  SylService *bash;
  const char * const *strv;

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  g_assert_cmpstr (syl_pack_get_id (pack), ==, "test-minimal");
  g_assert_cmpuint (syl_pack_get_version (pack), ==, 2);
  g_assert_cmpstr (syl_pack_get_language (pack), ==, "en");
  /* White space is collapsed and trimmed. */
  g_assert_cmpstr (syl_pack_get_title (pack), ==, "Minimal Test Pack");
  g_assert_true (g_str_has_suffix (syl_pack_get_path (pack), "minimal.xml"));
  g_assert_cmpstr (syl_pack_get_exam_code (pack), ==, "TST-01");
  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 2);
  g_assert_cmpuint (syl_pack_get_unscored (pack), ==, 1);
  g_assert_cmpuint (syl_pack_get_minutes (pack), ==, 30);
  g_assert_cmpuint (syl_pack_get_score_min (pack), ==, 100);
  g_assert_cmpuint (syl_pack_get_score_max (pack), ==, 1000);
  g_assert_cmpuint (syl_pack_get_pass_score (pack), ==, 700);
  g_assert_cmpstr (syl_pack_get_scoring (pack), ==, "compensatory");
  g_assert_cmpstr (syl_pack_get_response_type_text (pack, SYL_QUESTION_SINGLE), ==, "One right answer.");
  g_assert_cmpstr (syl_pack_get_response_type_text (pack, SYL_QUESTION_MULTIPLE), ==, "Two or more right answers.");

  strv = syl_pack_get_intro (pack);
  g_assert_cmpuint (g_strv_length ((GStrv)strv), ==, 1);
  strv = syl_pack_get_exam_notes (pack);
  g_assert_cmpstr (strv[0], ==, "Unanswered questions count as wrong.");
  g_assert_null (strv[1]);
  g_assert_cmpstr (syl_pack_get_candidate_summary (pack)[0], ==, "Someone who tests loaders.");
  g_assert_cmpstr (syl_pack_get_candidate_experience (pack)[0], ==, "One year of reading XML");
  g_assert_cmpstr (syl_pack_get_out_of_scope (pack)[0], ==, "Writing parsers by hand.");
  strv = syl_pack_get_concepts (pack);
  g_assert_cmpuint (g_strv_length ((GStrv)strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "Testing");

  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_domains (pack)), ==, 2);
  d1 = g_list_model_get_item (syl_pack_get_domains (pack), 0);
  g_assert_cmpstr (syl_domain_get_id (d1), ==, "d1");
  g_assert_cmpstr (syl_domain_get_title (d1), ==, "Building");
  g_assert_cmpuint (syl_domain_get_weight (d1), ==, 60);
  g_assert_true (syl_domain_get_pack (d1) == pack);
  g_assert_cmpuint (g_list_model_get_n_items (syl_domain_get_tasks (d1)), ==, 2);
  g_assert_true (syl_pack_lookup_domain (pack, "d1") == d1);
  g_assert_null (syl_pack_lookup_domain (pack, "d9"));

  task = syl_pack_lookup_task (pack, "1.1");
  g_assert_nonnull (task);
  g_assert_cmpstr (syl_task_get_title (task), ==, "Build things.");
  g_assert_true (syl_task_get_domain (task) == d1);
  g_assert_cmpuint (g_strv_length ((GStrv)syl_task_get_knowledge (task)), ==, 2);
  g_assert_cmpstr (syl_task_get_skills (task)[0], ==, "Running make");
  /* A task without knowledge or skills has empty lists, not NULL. */
  g_assert_nonnull (syl_task_get_knowledge (syl_pack_lookup_task (pack, "1.2")));
  g_assert_null (syl_task_get_knowledge (syl_pack_lookup_task (pack, "1.2"))[0]);

  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_categories (pack)), ==, 2);
  tools = g_list_model_get_item (syl_pack_get_categories (pack), 0);
  g_assert_cmpstr (syl_category_get_title (tools), ==, "Tools");
  g_assert_true (syl_pack_lookup_category (pack, "tools") == tools);
  make = g_list_model_get_item (syl_category_get_services (tools), 0);
  g_assert_cmpstr (syl_service_get_id (make), ==, "make");
  g_assert_cmpstr (syl_service_get_name (make), ==, "GNU Make");
  g_assert_cmpstr (syl_service_get_summary (make), ==, "Builds targets from rules.");
  g_assert_cmpint (syl_service_get_status (make), ==, SYL_SERVICE_AVAILABLE);
  g_assert_cmpstr (syl_service_get_aliases (make)[0], ==, "make");
  g_assert_true (syl_service_get_category (make) == tools);
  ninja = syl_pack_lookup_service (pack, "ninja");
  g_assert_cmpint (syl_service_get_status (ninja), ==, SYL_SERVICE_CLOSED);
  g_assert_null (syl_service_get_aliases (ninja)[0]);
  bash = syl_pack_lookup_service (pack, "bash");
  g_assert_cmpint (syl_service_get_status (bash), ==, SYL_SERVICE_RETIRED);
  g_assert_true (syl_service_matches (bash, "SH"));
  g_assert_true (syl_service_matches (bash, "gnu"));
  g_assert_true (syl_service_matches (bash, ""));
  g_assert_false (syl_service_matches (bash, "make"));

  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (pack)), ==, 3);
  q1 = g_list_model_get_item (syl_pack_get_questions (pack), 0);
  g_assert_cmpstr (syl_question_get_id (q1), ==, "q1");
  g_assert_cmpint (syl_question_get_question_type (q1), ==, SYL_QUESTION_SINGLE);
  g_assert_true (syl_question_get_task (q1) == task);
  g_assert_true (syl_question_get_domain (q1) == d1);
  g_assert_cmpuint (syl_question_get_n_options (q1), ==, 4);
  g_assert_cmpuint (syl_question_get_n_correct (q1), ==, 1);
  g_assert_false (syl_question_get_option_correct (q1, 0));
  g_assert_true (syl_question_get_option_correct (q1, 1));
  g_assert_cmpstr (syl_question_get_option_text (q1, 1), ==,
                   "GNU Make, which compares timestamps of targets and prerequisites.");
  g_assert_cmpstr (syl_question_get_option_why (q1, 1), ==, "Make rebuilds out-of-date targets.");
  g_assert_cmpstr (syl_question_get_explanation (q1), ==, "Make compares modification times.");
  g_assert_cmpuint (syl_question_get_services (q1)->len, ==, 2);
  g_assert_true (g_ptr_array_index (syl_question_get_services (q1), 0) == make);
  /* References keep their order; titles are normalised like any text. */
  g_assert_cmpuint (syl_question_get_n_references (q1), ==, 2);
  g_assert_cmpstr (syl_question_get_reference_title (q1, 0), ==, "What is AWS CodeBuild?");
  g_assert_cmpstr (syl_question_get_reference_href (q1, 0), ==,
                   "https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html");
  g_assert_cmpstr (syl_question_get_reference_href (q1, 1), ==, "https://aws.amazon.com/codebuild/faqs/");
  g_assert_true (syl_pack_lookup_question (pack, "q1") == q1);

  q2 = g_list_model_get_item (syl_pack_get_questions (pack), 1);
  g_assert_cmpint (syl_question_get_question_type (q2), ==, SYL_QUESTION_MULTIPLE);
  g_assert_cmpuint (syl_question_get_n_options (q2), ==, 5);
  g_assert_cmpuint (syl_question_get_n_correct (q2), ==, 2);
  g_assert_cmpuint (syl_question_get_n_references (q2), ==, 0);
  /* <why> is optional. */
  g_assert_null (syl_question_get_option_why (q2, 4));
  {
    const guint right[] = { 2, 0 };
    const guint right_repeated[] = { 0, 2, 2 };
    const guint one_only[] = { 0 };
    const guint too_many[] = { 0, 1, 2 };
    const guint out_of_range[] = { 0, 2, 9 };

    g_assert_true (syl_question_is_correct_choice (q2, right, G_N_ELEMENTS (right)));
    g_assert_true (syl_question_is_correct_choice (q2, right_repeated, G_N_ELEMENTS (right_repeated)));
    g_assert_false (syl_question_is_correct_choice (q2, one_only, G_N_ELEMENTS (one_only)));
    g_assert_false (syl_question_is_correct_choice (q2, too_many, G_N_ELEMENTS (too_many)));
    g_assert_false (syl_question_is_correct_choice (q2, out_of_range, G_N_ELEMENTS (out_of_range)));
    g_assert_false (syl_question_is_correct_choice (q2, NULL, 0));
  }

  /* Questions by task, domain and service, in file order. */
  {
    g_autoptr(GPtrArray) by_task = syl_pack_dup_questions_for_task (pack, task);
    g_autoptr(GPtrArray) by_domain = syl_pack_dup_questions_for_domain (pack, d1);
    g_autoptr(GPtrArray) by_make = syl_pack_dup_questions_for_service (pack, make);
    g_autoptr(GPtrArray) by_bash = syl_pack_dup_questions_for_service (pack, bash);

    g_assert_cmpuint (by_task->len, ==, 2);
    g_assert_true (g_ptr_array_index (by_task, 0) == q1);
    g_assert_cmpstr (syl_question_get_id (g_ptr_array_index (by_task, 1)), ==, "q3");
    g_assert_cmpuint (by_domain->len, ==, 2);
    g_assert_cmpuint (by_make->len, ==, 2);
    g_assert_cmpuint (by_bash->len, ==, 1);
    g_assert_true (g_ptr_array_index (by_bash, 0) == q2);
  }

  /* Properties, for bindings and <lookup> in .ui files. */
  {
    g_autofree char *title = NULL;
    guint weight = 0;

    g_object_get (d1, "title", &title, "weight", &weight, NULL);
    g_assert_cmpstr (title, ==, "Building");
    g_assert_cmpuint (weight, ==, 60);
  }
}

/* Children outlive their pack without dangling back pointers. */
static void
test_lifetime (void)
{
  g_autoptr(GError) error = NULL;
  SylPack *pack = load_fixture ("minimal.xml", &error);
  SylDomain *domain;
  SylTask *task;
  SylService *service;
  SylQuestion *question;

  g_assert_no_error (error);
  domain = g_list_model_get_item (syl_pack_get_domains (pack), 0);
  task = g_object_ref (syl_pack_lookup_task (pack, "2.1"));
  service = g_object_ref (syl_pack_lookup_service (pack, "make"));
  question = g_object_ref (syl_pack_lookup_question (pack, "q2"));

  g_assert_finalize_object (pack);
  g_assert_null (syl_domain_get_pack (domain));
  g_assert_null (syl_service_get_category (service));
  /* A question keeps its task and domain alive. */
  g_assert_true (syl_question_get_task (question) == task);
  g_assert_nonnull (syl_task_get_domain (task));
  g_assert_cmpstr (syl_domain_get_id (syl_question_get_domain (question)), ==, "d2");

  g_assert_finalize_object (domain);
  g_object_unref (task);
  /* The question holds its services, too. */
  g_assert_finalize_object (question);
  g_assert_finalize_object (service);
}

static void
test_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = load_fixture ("unicode.xml", &error);
  SylTask *task;
  SylQuestion *question;

  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_language (pack), ==, "de-CH");
  g_assert_cmpstr (syl_pack_get_title (pack), ==, "Prüfung für Ärztinnen – 試験 – اختبار – परीक्षा 🧪");
  g_assert_cmpstr (syl_domain_get_title (syl_pack_lookup_domain (pack, "d1")), ==, "Grundlagen und Übungen");
  task = syl_pack_lookup_task (pack, "1.1");
  g_assert_cmpstr (syl_task_get_title (task), ==, "日本語のタスク");
  g_assert_cmpstr (syl_task_get_knowledge (task)[0], ==, "Zeichen wie 😀 und é");
  g_assert_cmpstr (syl_task_get_skills (task)[0], ==, "Code wie a < b && c > d");
  g_assert_cmpstr (syl_service_get_summary (syl_pack_lookup_service (pack, "svc-ss")), ==,
                   "يعمل من اليمين إلى اليسار.");
  question = syl_pack_lookup_question (pack, "frage-1");
  g_assert_cmpstr (syl_question_get_stem (question), ==, "Welche Schreibweise ist korrekt? Antwort wählen.");
  g_assert_cmpstr (syl_question_get_explanation (question), ==,
                   "e\xcc\x81 und é sehen gleich aus, sind aber verschiedene Zeichenfolgen. 🎉");
  question = syl_pack_lookup_question (pack, "frage-2");
  g_assert_cmpstr (syl_question_get_option_text (question, 0), ==, "ひらがな");
}

static void
test_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = load_fixture ("folder", &error);
  GListModel *questions;
  g_autoptr(SylQuestion) first = NULL;
  g_autoptr(SylQuestion) last = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_id (pack), ==, "test-folder");
  g_assert_true (g_str_has_suffix (syl_pack_get_path (pack), "folder"));

  /* a-first.xml before b-second.xml; README is not read. */
  questions = syl_pack_get_questions (pack);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 3);
  first = g_list_model_get_item (questions, 0);
  last = g_list_model_get_item (questions, 2);
  g_assert_cmpstr (syl_question_get_id (first), ==, "f1");
  g_assert_cmpstr (syl_question_get_id (last), ==, "f3");
  g_assert_cmpstr (syl_domain_get_id (syl_question_get_domain (last)), ==, "d2");
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *test = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  gint64 start = g_get_monotonic_time ();

  path = g_test_build_filename (G_TEST_DIST, "packs", "broken", test->name, NULL);
  pack = syl_pack_load (path, &error);

  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, (int)test->code);
  g_test_message ("%s", error->message);

  /* For a folder, the message names the file inside it. */
  if (g_str_has_suffix (test->name, ".xml"))
    name = g_strdup (test->name);
  else if (g_str_equal (test->name, "folder-bad-question"))
    name = g_strdup ("b-second.xml");
  else if (g_str_equal (test->name, "folder-duplicate-id"))
    name = g_strdup ("b-second.xml");
  else
    name = g_strdup ("a-first.xml");
  assert_names_file_line (error->message, name, test->line);
  g_assert_cmpuint (count_lines (error->message), ==, test->n_lines);

  /* Entity bombs and the rest are refused quickly. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_folder_without_pack_xml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = load_fixture ("broken/folder-no-pack", &error);

  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "pack.xml"));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load ("/nonexistent/pack.xml", &error);

  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/pack.xml: "));
}

/* Hazards generated at test time in a temporary folder. */

typedef struct
{
  char *dir;
} TmpFixture;

static void
tmp_setup (TmpFixture    *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("syl-pack-loader-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
tmp_teardown (TmpFixture    *fixture,
              gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_tmp (TmpFixture *fixture,
           const char *name,
           const char *data,
           gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_load_fails (const char   *path,
                   const char   *name,
                   SylPackError  code,
                   guint         line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load (path, &error);

  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, (int)code);
  g_test_message ("%s", error->message);
  assert_names_file_line (error->message, name, line);
}

static void
test_empty_file (TmpFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *empty = write_tmp (fixture, "empty.xml", "", 0);
  g_autofree char *blank = write_tmp (fixture, "blank.xml", "\n  \n\t\n", -1);

  assert_load_fails (empty, "empty.xml", SYL_PACK_ERROR_EMPTY, 1);
  assert_load_fails (blank, "blank.xml", SYL_PACK_ERROR_EMPTY, 1);
}

static void
test_invalid_utf8 (TmpFixture    *fixture,
                   gconstpointer  data)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  char *spot;
  gsize length;

  g_file_get_contents (minimal, &contents, &length, NULL);
  /* A Latin-1 "ü" in the title of task 1.1, on line 22. */
  spot = strstr (contents, "Build things.");
  g_assert_nonnull (spot);
  spot[2] = '\xfc';
  path = write_tmp (fixture, "invalid-utf8.xml", contents, length);

  assert_load_fails (path, "invalid-utf8.xml", SYL_PACK_ERROR_ENCODING, 22);
}

/* UTF-8 is checked fast through ASCII and carefully elsewhere: a valid
 * two-byte letter loads, a lead byte cut short by ASCII does not, nor a
 * lone continuation byte after valid letters, each on its line. */
static void
test_utf8_runs (TmpFixture    *fixture,
                gconstpointer  data)
{
  static const struct { const char *replacement; gboolean valid; } cases[] = {
    { "B\xc3\xbcild things.", TRUE },
    { "Bu\xc3ld things.", FALSE },
    { "\xc3\xbc\xc3\xbc\xbc things.", FALSE },
    { "Build things\xe2\x80", FALSE },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (minimal, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "Build things."));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("utf8-%u.xml", i);
      g_autofree char *path = NULL;
      g_autoptr(GString) changed = g_string_new (contents);

      g_string_replace (changed, "Build things.", cases[i].replacement, 1);
      path = write_tmp (fixture, name, changed->str, changed->len);
      if (cases[i].valid)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(SylPack) pack = syl_pack_load (path, &error);

          g_assert_no_error (error);
          g_assert_nonnull (pack);
        }
      else
        assert_load_fails (path, name, SYL_PACK_ERROR_ENCODING, 22);
    }
}

static void
test_utf16 (TmpFixture    *fixture,
            gconstpointer  data)
{
  static const char utf16[] = "\xff\xfe<\0?\0x\0m\0l\0";
  g_autofree char *path = write_tmp (fixture, "utf16.xml", utf16, sizeof utf16 - 1);

  assert_load_fails (path, "utf16.xml", SYL_PACK_ERROR_ENCODING, 1);
}

static void
test_binary_garbage (TmpFixture    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *garbage = g_malloc (4096);
  g_autofree char *path = NULL;
  g_autofree char *text_path = NULL;

  /* No line ends, so that the error is on line 1. */
  for (guint i = 0; i < 4096; i++)
    do
      garbage[i] = (char)g_rand_int_range (rand, 0, 256);
    while (garbage[i] == '\n' || garbage[i] == '\r');
  path = write_tmp (fixture, "garbage.xml", garbage, 4096);
  assert_load_fails (path, "garbage.xml", SYL_PACK_ERROR_ENCODING, 1);

  /* Garbage that happens to be valid UTF-8 text is malformed XML. */
  text_path = write_tmp (fixture, "text.xml", "just some text\nand more\n", -1);
  assert_load_fails (text_path, "text.xml", SYL_PACK_ERROR_MALFORMED, 1);
}

static void
test_too_large (TmpFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.xml", NULL);
  gint64 start;
  int fd;

  /* Sparse: nothing is written, and nothing must be read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)SYL_PACK_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  start = g_get_monotonic_time ();
  assert_load_fails (path, "huge.xml", SYL_PACK_ERROR_TOO_LARGE, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SylPack) pack = syl_pack_load_from_data ("<x/>", SYL_PACK_MAX_FILE_SIZE + 1,
                                                       "huge-data.xml", &error);

    /* Refused on the length alone, before the (short) buffer is touched. */
    g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_TOO_LARGE);
    assert_names_file_line (error->message, "huge-data.xml", 1);
  }
}

/* A 50 MB pack, under the limit: it loads, in bounded time. */
static void
test_large_valid (TmpFixture    *fixture,
                  gconstpointer  data)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) big = NULL;
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  const char *end_of_questions;
  guint n = 0;

  if (!g_test_slow () && g_getenv ("SYLLABUS_SKIP_BIG_TESTS") != NULL)
    {
      g_test_skip ("SYLLABUS_SKIP_BIG_TESTS is set");
      return;
    }

  g_file_get_contents (minimal, &contents, NULL, NULL);
  end_of_questions = strstr (contents, "  </questions>");
  g_assert_nonnull (end_of_questions);

  for (guint i = 0; i < 100; i++)
    g_string_append (filler, "A long explanation that makes this pack big. ");

  big = g_string_sized_new (52 * 1000 * 1000);
  g_string_append_len (big, contents, end_of_questions - contents);
  while (big->len < 50 * 1000 * 1000)
    {
      g_string_append_printf (big,
                              "    <question id=\"big%u\" type=\"single\" task=\"1.2\">\n"
                              "      <stem>Question number %u?</stem>\n"
                              "      <option correct=\"true\">Right<why>Yes.</why></option>\n"
                              "      <option>Wrong one<why>No.</why></option>\n"
                              "      <option>Wrong two<why>No.</why></option>\n"
                              "      <option>Wrong three<why>No.</why></option>\n"
                              "      <explanation>%s</explanation>\n"
                              "      <service ref=\"make\"/>\n"
                              "    </question>\n",
                              n, n, filler->str);
      n++;
    }
  g_string_append (big, end_of_questions);
  path = write_tmp (fixture, "big.xml", big->str, big->len);
  g_clear_pointer (&contents, g_free);

  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (pack)), ==, n + 3);
}

static void
test_from_data (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  gsize length;

  g_file_get_contents (minimal, &contents, &length, NULL);
  pack = syl_pack_load_from_data (contents, length, "memory.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_id (pack), ==, "test-minimal");
  g_assert_null (syl_pack_get_path (pack));
  g_clear_object (&pack);

  pack = syl_pack_load_from_data ("<pack xmlns=\"urn:nope\"/>", -1, NULL, &error);
  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_NAMESPACE);
  g_assert_true (g_str_has_prefix (error->message, "<memory>:1: "));
  g_clear_error (&error);

  /* An XInclude is only an unknown element: nothing is fetched. */
  pack = syl_pack_load_from_data ("<pack xmlns=\"https://syllabus.github.io/ns/pack/1\""
                                  " xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"x\" version=\"1\">\n"
                                  "<xi:include href=\"/etc/passwd\" parse=\"text\"/>\n"
                                  "</pack>", -1, "xinclude.xml", &error);
  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_SCHEMA);
  g_assert_null (strstr (error->message, "root:"));
  g_clear_error (&error);

  pack = syl_pack_load_from_data ("", 0, "nothing.xml", &error);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_EMPTY);
}

/* Each line of @message starts with `NAME:LINE: `. */
static void
assert_every_line_located (const char *message,
                           const char *name)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  g_autofree char *pattern = g_strdup_printf ("^%s:[1-9][0-9]*: ", name);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_regex_match_simple (pattern, lines[i], 0, 0) &&
        !g_str_has_suffix (lines[i], "more errors not shown"))
      g_error ("line without FILE:LINE: \"%s\"", lines[i]);
}

/* Every prefix of a valid pack and random one-byte changes fail cleanly:
 * an error with a code and a FILE:LINE message, or a pack. Nothing crashes
 * (the sanitizer build runs this too). */
static void
test_damaged_copies (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  gsize length;

  gsize root_end, complete;

  g_assert_true (g_file_get_contents (minimal, &contents, &length, NULL));
  root_end = strstr (contents, "xml:lang=\"en\">") + strlen ("xml:lang=\"en\">") - contents;
  complete = strstr (contents, "</pack>") + strlen ("</pack>") - contents;

  /* Cut at every byte: a file cut short once the root has started says
   * that it is truncated, and where. */
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = syl_pack_load_from_data (contents, cut, "prefix.xml", &error);

      if (cut >= complete)
        {
          g_assert_no_error (error);
          continue;
        }
      g_assert_null (pack);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SYL_PACK_ERROR);
      assert_every_line_located (error->message, "prefix.xml");
      if (cut >= root_end && strstr (error->message, "truncated") == NULL)
        g_error ("cut at %" G_GSIZE_FORMAT ": %s", cut, error->message);
    }

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      gsize at = g_rand_int_range (rand, 0, (gint32)length);

      copy[at] = (char)g_rand_int_range (rand, 1, 256);
      pack = syl_pack_load_from_data (copy, length, "mutant.xml", &error);
      g_assert_true ((pack == NULL) != (error == NULL));
      if (error != NULL)
        {
          g_assert_true (error->domain == SYL_PACK_ERROR);
          assert_every_line_located (error->message, "mutant.xml");
        }
    }
}

static void
test_normalize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { NULL, "" },
    { "", "" },
    { "  \t\n ", "" },
    { "a", "a" },
    { "  a  b\n\n\tc  ", "a b c" },
    { "\xc2\xa0kept\xc2\xa0", "\xc2\xa0kept\xc2\xa0" },   /* no-break spaces are text */
    { "line\r\nbreak", "line break" },
    { "one two", "one two" },
    { "\ttabbed\t", "tabbed" },
    { "caf\xc3\xa9  \n cr\xc3\xa8me", "caf\xc3\xa9 cr\xc3\xa8me" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = syl_pack_normalize_text (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Id syntax: each case changes one id or reference of minimal.xml. A bad
 * one is a schema error on the element's line, as data/schema/pack.rng's
 * id-value says; code 0 means the pack still loads. */
static void
test_id_syntax (void)
{
  static const struct
  {
    const char *from, *to;
    int code;
    guint line;
  } cases[] = {
    { "id=\"test-minimal\"", "id=\"test minimal\"", SYL_PACK_ERROR_SCHEMA, 2 },
    { "id=\"d1\"", "id=\"\"", SYL_PACK_ERROR_SCHEMA, 19 },
    { "id=\"1.1\"", "id=\".1\"", SYL_PACK_ERROR_SCHEMA, 21 },
    { "id=\"tools\"", "id=\"t\xc3\xb6ols\"", SYL_PACK_ERROR_SCHEMA, 41 },
    { "id=\"make\"", "id=\"ma/ke\"", SYL_PACK_ERROR_SCHEMA, 43 },
    { "id=\"q1\"", "id=\"-q1\"", SYL_PACK_ERROR_SCHEMA, 64 },
    { "task=\"1.1\"", "task=\"1 1\"", SYL_PACK_ERROR_SCHEMA, 64 },
    { "ref=\"ninja\"", "ref=\"nin+ja\"", SYL_PACK_ERROR_SCHEMA, 75 },
    { "id=\"q3\"",
      "id=\"q1234567890123456789012345678901234567890123456789012345678901234\"",
      SYL_PACK_ERROR_SCHEMA, 89 },
    { "id=\"q3\"",
      "id=\"q123456789012345678901234567890123456789012345678901234567890123\"", 0, 0 },
    { "id=\"q3\"", "id=\"Q_3.b-c\"", 0, 0 },
    { "id=\"q3\"", "id=\" q3 \"", 0, 0 },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      g_autoptr(GString) copy = g_string_new (contents);

      g_test_message ("%s -> %s", cases[i].from, cases[i].to);
      g_assert_cmpuint (g_string_replace (copy, cases[i].from, cases[i].to, 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "ids.xml", &error);
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (pack);
          continue;
        }

      g_assert_null (pack);
      g_assert_error (error, SYL_PACK_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      assert_names_file_line (error->message, "ids.xml", cases[i].line);
      g_assert_cmpuint (count_lines (error->message), ==, 1);
    }
}

/* Each required attribute left out, one element kind at a time: an error
 * naming the file, the element's line and the attribute, never a crash
 * (the loader must not read an id the schema check has not guaranteed). */
static void
test_missing_attribute (void)
{
  static const struct
  {
    const char *from, *to, *attribute;
    guint line;
  } cases[] = {
    { " id=\"test-minimal\"", "", "id", 2 },
    { " version=\"2\"", "", "version", 2 },
    { " code=\"TST-01\"", "", "code", 7 },
    { " scored=\"2\"", "", "scored", 7 },
    { " minutes=\"30\"", "", "minutes", 7 },
    { "\n        score-min=\"100\"", "", "score-min", 6 },
    { " score-max=\"1000\"", "", "score-max", 7 },
    { " pass=\"700\"", "", "pass", 7 },
    { "<response-type type=\"single\">", "<response-type>", "type", 8 },
    { " id=\"d1\"", "", "id", 19 },
    { " weight=\"60\"", "", "weight", 19 },
    { " id=\"1.1\"", "", "id", 21 },
    { " id=\"tools\"", "", "id", 41 },
    { " id=\"make\"", "", "id", 43 },
    { " id=\"q1\"", "", "id", 64 },
    { " type=\"single\" task=\"1.1\"", " task=\"1.1\"", "type", 64 },
    { " type=\"single\" task=\"1.1\"", " type=\"single\"", "task", 64 },
    { "<reference href=\"https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html\">",
      "<reference>", "href", 71 },   /* libxml2 dates it where its text ends */
    { "<service ref=\"make\"/>", "<service/>", "ref", 74 },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      g_autoptr(GString) copy = g_string_new (contents);
      g_autofree char *named = g_strdup_printf ("%s=", cases[i].attribute);

      g_test_message ("without %s on line %u", cases[i].attribute, cases[i].line);
      g_assert_cmpuint (g_string_replace (copy, cases[i].from, cases[i].to, 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "attrs.xml", &error);
      g_assert_null (pack);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_SCHEMA);
      g_test_message ("%s", error->message);
      assert_names_file_line (error->message, "attrs.xml", cases[i].line);
      g_assert_nonnull (strstr (error->message, named));
      g_assert_cmpuint (count_lines (error->message), ==, 1);
    }
}

/* A questions file of a folder pack without pack=: same as above. */
static void
test_missing_attribute_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-pack-loader-XXXXXX", NULL);
  g_autofree char *questions = g_build_filename (dir, "questions", NULL);
  g_autofree char *pack_xml = g_build_filename (dir, "pack.xml", NULL);
  g_autofree char *first = g_build_filename (questions, "a-first.xml", NULL);
  g_autofree char *source = fixture_path ("folder");
  g_autofree char *source_pack = g_build_filename (source, "pack.xml", NULL);
  g_autofree char *source_first = g_build_filename (source, "questions", "a-first.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir (questions, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source_pack, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (pack_xml, contents, -1, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (source_first, &contents, NULL, NULL));
  copy = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (copy, " pack=\"test-folder\"", "", 1), ==, 1);
  g_assert_true (g_file_set_contents (first, copy->str, copy->len, NULL));

  pack = syl_pack_load (dir, &error);
  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_SCHEMA);
  g_test_message ("%s", error->message);
  assert_names_file_line (error->message, "a-first.xml", 2);
  g_assert_nonnull (strstr (error->message, "pack="));

  syl_test_remove_tree (dir);
}

/* Every number of a pack is bounded, in the schema and in the loader, so
 * that nothing computed from them wraps: scored + unscored once overflowed
 * a guint and the exam builder aborted. Each case changes minimal.xml
 * (3 questions); code 0 means it loads. */
static void
test_number_bounds (void)
{
  static const struct
  {
    const char *from, *to;
    int code;
    guint line;
    const char *says;
  } cases[] = {
    { "scored=\"2\" unscored=\"1\"", "scored=\"4294967295\" unscored=\"1\"",
      SYL_PACK_ERROR_SCHEMA, 7, "scored=" },
    { "scored=\"2\" unscored=\"1\"", "scored=\"1\" unscored=\"4294967295\"",
      SYL_PACK_ERROR_SCHEMA, 7, "unscored=" },
    { "scored=\"2\" unscored=\"1\"", "scored=\"99999999999999999999\" unscored=\"1\"",
      SYL_PACK_ERROR_SCHEMA, 7, "scored=" },
    { "scored=\"2\" unscored=\"1\"", "scored=\"3\" unscored=\"1\"",
      SYL_PACK_ERROR_EXAM, 7, "only 3 questions" },
    { "scored=\"2\" unscored=\"1\"", "scored=\"2\" unscored=\"1\"", 0, 0, NULL },
    { "minutes=\"30\"", "minutes=\"1441\"", SYL_PACK_ERROR_SCHEMA, 7, "minutes=" },
    { "minutes=\"30\"", "minutes=\"1440\"", 0, 0, NULL },
    { "score-max=\"1000\"", "score-max=\"100001\"", SYL_PACK_ERROR_SCHEMA, 7, "score-max=" },
    { "score-min=\"100\"", "score-min=\"4294967296\"", SYL_PACK_ERROR_SCHEMA, 7, "score-min=" },
    { "pass=\"700\"", "pass=\"100001\"", SYL_PACK_ERROR_SCHEMA, 7, "pass=" },
    { "weight=\"60\"", "weight=\"4294967256\"", SYL_PACK_ERROR_SCHEMA, 19, "weight=" },
    { "weight=\"60\"", "weight=\"-40\"", SYL_PACK_ERROR_SCHEMA, 19, "weight=" },
    { "version=\"2\"", "version=\"1000000001\"", SYL_PACK_ERROR_SCHEMA, 2, "version=" },
    { "version=\"2\"", "version=\"1000000000\"", 0, 0, NULL },
    { "version=\"2\"", "version=\"0\"", SYL_PACK_ERROR_SCHEMA, 2, "version=" },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      g_autoptr(GString) copy = g_string_new (contents);

      g_test_message ("%s -> %s", cases[i].from, cases[i].to);
      g_assert_cmpuint (g_string_replace (copy, cases[i].from, cases[i].to, 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "numbers.xml", &error);
      if (pack != NULL)
        {
          g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 1);
          g_autoptr(GError) exam_error = NULL;
          SylQuizPlan *plan = syl_quiz_builder_build_exam (builder, &exam_error);

          /* What the loader lets through, the exam builder survives. */
          g_clear_pointer (&plan, syl_quiz_plan_free);
        }
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (pack);
          continue;
        }

      g_assert_null (pack);
      g_assert_error (error, SYL_PACK_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      assert_names_file_line (error->message, "numbers.xml", cases[i].line);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_cmpuint (count_lines (error->message), ==, 1);
    }
}

/* The largest exam the bounds allow, from a pack with no questions (which
 * may declare any exam size): building it fails cleanly, it does not
 * abort. And a pack whose exam takes every question builds it. */
static void
test_number_bounds_exam (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) empty = NULL;
  g_autoptr(GString) exact = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylQuizBuilder) builder = NULL;
  SylQuizPlan *plan;
  const char *start, *end;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  start = strstr (contents, "  <questions>");
  end = strstr (contents, "</questions>\n");
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  empty = g_string_new_len (contents, start - contents);
  g_string_append (empty, end + strlen ("</questions>\n"));
  g_assert_cmpuint (g_string_replace (empty, "scored=\"2\" unscored=\"1\"",
                                      "scored=\"100000\" unscored=\"100000\"", 1), ==, 1);

  pack = syl_pack_load_from_data (empty->str, empty->len, "no-questions.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 100000);
  builder = syl_quiz_builder_new (pack, NULL, 1);
  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_null (plan);
  g_assert_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH);
  g_assert_nonnull (strstr (error->message, "200000"));
  g_clear_error (&error);
  g_clear_object (&builder);
  g_clear_object (&pack);

  exact = g_string_new (contents);
  pack = syl_pack_load_from_data (exact->str, exact->len, "exact.xml", &error);
  g_assert_no_error (error);
  builder = syl_quiz_builder_new (pack, NULL, 1);
  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->questions->len, ==, 3);
  syl_quiz_plan_free (plan);
}

/* Things that are not regular files, where a pack file is expected. */

static char *
make_folder_pack (const char *parent,
                  const char *name)
{
  g_autofree char *source = fixture_path ("folder");
  g_autofree char *source_pack = g_build_filename (source, "pack.xml", NULL);
  char *dir = g_build_filename (parent, name, NULL);
  g_autofree char *pack_xml = g_build_filename (dir, "pack.xml", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source_pack, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (pack_xml, contents, -1, NULL));

  return dir;
}

static void
assert_refused (const char *path,
                const char *name,
                const char *says)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load (path, &error);

  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, says));
}

/* Runs in a subprocess: before the fix, open() of a FIFO blocked for ever. */
static void
check_not_regular_files (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("syl-pack-fifo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (tmp, "fifo.xml", NULL);
  g_autofree char *device = g_build_filename (tmp, "device.xml", NULL);
  g_autofree char *a = make_folder_pack (tmp, "fifo-pack-xml");
  g_autofree char *a_pack = g_build_filename (a, "pack.xml", NULL);
  g_autofree char *b = make_folder_pack (tmp, "fifo-question");
  g_autofree char *b_questions = g_build_filename (b, "questions", NULL);
  g_autofree char *b_fifo = g_build_filename (b_questions, "a.xml", NULL);
  g_autofree char *c = make_folder_pack (tmp, "folder-pack-xml");
  g_autofree char *c_pack = g_build_filename (c, "pack.xml", NULL);
  g_autofree char *d = make_folder_pack (tmp, "folder-question");
  g_autofree char *d_questions = g_build_filename (d, "questions", NULL);
  g_autofree char *d_folder = g_build_filename (d_questions, "b.xml", NULL);

  g_assert_nonnull (tmp);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  assert_refused (fifo, "fifo.xml: ", "not a regular file (a FIFO)");

  g_assert_cmpint (g_unlink (a_pack), ==, 0);
  g_assert_cmpint (mkfifo (a_pack, 0644), ==, 0);
  assert_refused (a, "pack.xml: ", "not a regular file (a FIFO)");

  g_assert_cmpint (g_mkdir (b_questions, 0755), ==, 0);
  g_assert_cmpint (mkfifo (b_fifo, 0644), ==, 0);
  assert_refused (b, "a.xml: ", "not a regular file (a FIFO)");

  /* pack.xml, or a questions file, that is a folder. */
  g_assert_cmpint (g_unlink (c_pack), ==, 0);
  g_assert_cmpint (g_mkdir (c_pack, 0755), ==, 0);
  assert_refused (c, "pack.xml: ", "is a folder");
  g_assert_cmpint (g_mkdir (d_questions, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (d_folder, 0755), ==, 0);
  assert_refused (d, "b.xml: ", "is a folder");

  /* A device is not read either (/dev/zero would never end). */
  g_assert_cmpint (symlink ("/dev/zero", device), ==, 0);
  assert_refused (device, "device.xml: ", "not a regular file (a character device)");

  g_remove (device);
  syl_test_remove_tree (tmp);
}

static void
test_not_regular_files (void)
{
  if (g_test_subprocess ())
    {
      check_not_regular_files ();
      return;
    }

  /* The guard: a load that blocks fails the test instead of hanging it. */
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* questions/ that cannot be read is an error naming it, not a pack with
 * no questions: a symbolic link loop, a link to nothing, a file. */
static void
test_questions_not_a_folder (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("syl-pack-loop-XXXXXX", NULL);
  const char *targets[] = { "questions", "nowhere", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *name = g_strdup_printf ("pack%u", i);
      g_autofree char *dir = make_folder_pack (tmp, name);
      g_autofree char *questions = g_build_filename (dir, "questions", NULL);

      if (targets[i] != NULL)
        g_assert_cmpint (symlink (targets[i], questions), ==, 0);
      else
        g_assert_true (g_file_set_contents (questions, "not a folder", -1, NULL));
      assert_refused (dir, "questions: ", targets[i] == NULL ? "not a folder" :
                      i == 0 ? "Too many levels of symbolic links" : "symbolic link to nothing");
      g_remove (questions);
    }

  syl_test_remove_tree (tmp);
}

/* A newline in a file name is escaped: every line of the message still
 * starts with FILE:LINE:. */
static void
test_file_name_escaped (TmpFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  broken = g_string_new (contents);
  /* Two errors, on two lines. */
  g_assert_cmpuint (g_string_replace (broken, "task=\"2.1\"", "task=\"7.7\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (broken, "<service ref=\"bash\"/>", "<service ref=\"zsh\"/>", 1), ==, 1);
  path = write_tmp (fixture, "two\nlines\x01.xml", broken->str, broken->len);

  pack = syl_pack_load (path, &error);
  g_assert_null (pack);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (count_lines (error->message), ==, 2);
  assert_every_line_located (error->message, ".*two\\\\nlines\\\\x01\\.xml");
  g_clear_error (&error);

  pack = syl_pack_load_from_data (broken->str, broken->len, "in\r\nmemory\x7f.xml", &error);
  g_assert_null (pack);
  g_assert_cmpuint (count_lines (error->message), ==, 2);
  assert_every_line_located (error->message, "in\\\\r\\\\nmemory\\\\x7f\\.xml");
}

typedef struct
{
  char *path;
  guint delay_us;
} Truncation;

static gpointer
truncate_later (gpointer data)
{
  Truncation *t = data;

  g_usleep (t->delay_us);
  g_assert_cmpint (truncate (t->path, 1000), ==, 0);

  return NULL;
}

/* Runs in a subprocess: before the fix the file was mapped, and a page
 * cut off by truncate() killed the process with SIGBUS. */
static void
check_truncated_while_loading (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("syl-pack-truncate-XXXXXX", NULL);
  g_autoptr(GString) big = NULL;
  const char *end_of_questions;
  static const guint delays_us[] = { 0, 1000, 3000, 10000, 30000, 60000 };

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  end_of_questions = strstr (contents, "  </questions>");
  big = g_string_new_len (contents, end_of_questions - contents);
  for (guint n = 0; big->len < 8 * 1000 * 1000; n++)
    g_string_append_printf (big,
                            "    <question id=\"t%u\" type=\"single\" task=\"1.2\">\n"
                            "      <stem>Question number %u?</stem>\n"
                            "      <option correct=\"true\">Right</option><option>Wrong one</option>\n"
                            "      <option>Wrong two</option><option>Wrong three</option>\n"
                            "      <explanation>Because.</explanation>\n"
                            "    </question>\n", n, n);
  g_string_append (big, end_of_questions);

  for (guint i = 0; i < G_N_ELEMENTS (delays_us); i++)
    {
      Truncation t = { g_build_filename (tmp, "shrinking.xml", NULL), delays_us[i] };
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      GThread *thread;

      g_assert_true (g_file_set_contents (t.path, big->str, big->len, NULL));
      thread = g_thread_new ("truncate", truncate_later, &t);
      pack = syl_pack_load (t.path, &error);
      g_thread_join (thread);

      /* A pack (read before the cut) or an error; never a crash. */
      g_assert_true ((pack == NULL) != (error == NULL));
      g_test_message ("after %u µs: %s", delays_us[i], error != NULL ? error->message : "loaded");
      g_remove (t.path);
      g_free (t.path);
    }

  g_rmdir (tmp);
}

static void
test_truncated_while_loading (void)
{
  if (g_test_subprocess ())
    {
      check_truncated_while_loading ();
      return;
    }

  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The size limit holds for what is read, not only for what fstat() says:
 * a /proc file says 0 bytes and has content. */
static void
test_size_from_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  if (!g_file_test ("/proc/self/status", G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no /proc");
      return;
    }

  pack = syl_pack_load ("/proc/self/status", &error);
  g_assert_null (pack);
  /* Not "the file is empty": its content was read and is not XML. */
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_MALFORMED);
}

/* Line ends: LF, CR LF and a lone CR each end a line, so the errors of a
 * file saved with old Mac line ends are not all on line 1. */
static void
test_line_ends (void)
{
  static const char *ends[] = { "\n", "\r\n", "\r" };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autoptr(GString) copy = g_string_new (contents);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;

      /* An unresolved task on line 77, a malformed tag on line 92. */
      g_assert_cmpuint (g_string_replace (copy, "task=\"2.1\"", "task=\"7.7\"", 1), ==, 1);
      g_string_replace (copy, "\n", ends[i], 0);
      pack = syl_pack_load_from_data (copy->str, copy->len, "ends.xml", &error);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_UNRESOLVED_REF);
      assert_names_file_line (error->message, "ends.xml", 77);
      g_clear_error (&error);

      g_assert_cmpuint (g_string_replace (copy, "<option>awk<why>", "<option>awk<why", 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "ends.xml", &error);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_MALFORMED);
      g_test_message ("%s", error->message);
      assert_names_file_line (error->message, "ends.xml", 92);
    }

  /* Text keeps no CR either: "line\r\nbreak" reads as "line break". */
  {
    g_autoptr(GString) copy = g_string_new (contents);
    g_autoptr(GError) error = NULL;
    g_autoptr(SylPack) pack = NULL;

    g_string_replace (copy, "\n", "\r", 0);
    pack = syl_pack_load_from_data (copy->str, copy->len, "cr.xml", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (syl_pack_get_title (pack), ==, "Minimal Test Pack");
  }
}

/* A byte-order mark is allowed once; twice is named, not "Start tag
 * expected". */
static void
test_two_byte_order_marks (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  one = g_strconcat ("\xEF\xBB\xBF", contents, NULL);
  pack = syl_pack_load_from_data (one, -1, "bom.xml", &error);
  g_assert_no_error (error);
  g_clear_object (&pack);

  two = g_strconcat ("\xEF\xBB\xBF\xEF\xBB\xBF", contents, NULL);
  pack = syl_pack_load_from_data (two, -1, "boms.xml", &error);
  g_assert_null (pack);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_ENCODING);
  g_test_message ("%s", error->message);
  assert_names_file_line (error->message, "boms.xml", 1);
  g_assert_nonnull (strstr (error->message, "two byte-order marks"));
}

/* A DOCTYPE after a processing instruction or a comment is refused like
 * one at the top, with its line (a PI used to hide it from the check
 * before parsing, and the reader refused it without a line). */
static void
test_doctype_after_pi (void)
{
  static const char *preludes[] = {
    "<?xml version=\"1.0\"?>\n<?pi?><!DOCTYPE pack [<!ENTITY a \"b\">]>\n",
    "<?xml version=\"1.0\"?><?pi x?>\n<!DOCTYPE pack>\n",
    "<!-- c --><?p?><!-- d -->\n<!DOCTYPE pack SYSTEM \"/etc/passwd\">\n",
    "<?a?><?b?>\n<!ENTITY e \"x\">\n",
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  const char *root;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  root = strstr (contents, "<pack");

  for (guint i = 0; i < G_N_ELEMENTS (preludes); i++)
    {
      g_autofree char *copy = g_strconcat (preludes[i], root, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = syl_pack_load_from_data (copy, -1, "doctype.xml", &error);

      g_assert_null (pack);
      g_test_message ("%s", error->message);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_FORBIDDEN);
      assert_names_file_line (error->message, "doctype.xml", 2);
      g_assert_cmpuint (count_lines (error->message), ==, 1);
    }
}

/* A NUL byte or bytes that are not UTF-8 inside an attribute value are
 * refused before parsing, on their line. */
static void
test_bad_bytes_in_attributes (void)
{
  static const struct { const char *to; gsize length; } cases[] = {
    { "id=\"q\0003\"", 9 },
    { "id=\"q\xff" "3\"", 8 },
    { "id=\"q\xc3\"", 7 },
    { "id=\"q\xed\xa0\x80" "3\"", 10 },      /* a UTF-16 surrogate */
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) copy = g_string_new (contents);
      const char *at = strstr (copy->str, "id=\"q3\"");
      gsize offset = at - copy->str;
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;

      g_string_erase (copy, offset, strlen ("id=\"q3\""));
      g_string_insert_len (copy, offset, cases[i].to, cases[i].length);
      pack = syl_pack_load_from_data (copy->str, copy->len, "bytes.xml", &error);
      g_assert_null (pack);
      g_test_message ("%s", error->message);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_ENCODING);
      assert_names_file_line (error->message, "bytes.xml", 89);
    }
}

/* Past line 65,535 libxml2 caps a node's line unless told otherwise:
 * errors there name the real line (an empty element, which has nothing
 * to take a line from, the parser's, a few lines on). */
static void
test_big_line_numbers (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  const char *end_of_questions;
  static const struct { const char *bad; guint slack; } cases[] = {
    { "<question id=\"bad\" type=\"single\" task=\"1.2\"><unknown/></question>\n", 5 },
    { "<question id=\"bad\" type=\"single\" task=\"1.2\"><stem>S</stem><unknown>x</unknown>"
      "</question>\n", 0 },
    { "<question id=\"-bad\" type=\"single\" task=\"1.2\"><stem>S</stem></question>\n", 0 },
  };

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  end_of_questions = strstr (contents, "  </questions>");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) big = g_string_new_len (contents, end_of_questions - contents);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      guint line;
      const char *colon;
      guint64 said;

      for (guint n = 0; n < 16400; n++)
        g_string_append_printf (big,
                                "<question id=\"n%u\" type=\"single\" task=\"1.2\">\n"
                                "<stem>Stem %u?</stem>\n<option correct=\"true\">a</option>\n"
                                "<option>b</option><option>c</option><option>d</option>\n"
                                "<explanation>e</explanation></question>\n", n, n);
      line = syl_pack_scan_line_of_offset (big->str, big->len);
      g_assert_cmpuint (line, >, G_MAXUINT16);
      g_string_append (big, cases[i].bad);
      g_string_append (big, end_of_questions);

      pack = syl_pack_load_from_data (big->str, big->len, "big.xml", &error);
      g_assert_null (pack);
      g_test_message ("%s", error->message);
      colon = strstr (error->message, "big.xml:");
      said = g_ascii_strtoull (colon + strlen ("big.xml:"), NULL, 10);
      g_assert_cmpuint (said, >=, line);
      g_assert_cmpuint (said, <=, line + cases[i].slack);
    }
}

/* Second wave of the format */

/* A report address, errata, two- and three-option questions, a question
 * without whys or explanation (tests/packs/second-wave). */
static void
test_second_wave (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = load_fixture ("second-wave", &error);
  g_autoptr(GPtrArray) after_1 = NULL;
  g_autoptr(GPtrArray) after_2 = NULL;
  g_autoptr(GPtrArray) after_3 = NULL;
  g_autoptr(SylPackChange) first = NULL;
  GListModel *changes;
  SylQuestion *t1, *m1, *s1;

  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_report_address (pack), ==,
                   "https://github.com/syllabus/packs/issues/new?template=report.yml");

  changes = syl_pack_get_changes (pack);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
  first = g_list_model_get_item (changes, 0);
  g_assert_cmpuint (syl_pack_change_get_version (first), ==, 2);
  g_assert_cmpstr (syl_pack_change_get_question_id (first), ==, "s1");
  g_assert_cmpstr (syl_pack_change_get_text (first), ==,
                   "The key was B; Make compares times, so A is right.");

  /* What a learner who saw version N has not seen: newest first. */
  after_1 = syl_pack_dup_changes_after (pack, 1);
  g_assert_cmpuint (after_1->len, ==, 3);
  g_assert_cmpstr (syl_pack_change_get_question_id (g_ptr_array_index (after_1, 0)), ==, "t1");
  g_assert_cmpstr (syl_pack_change_get_question_id (g_ptr_array_index (after_1, 1)), ==, "s1");
  g_assert_cmpstr (syl_pack_change_get_question_id (g_ptr_array_index (after_1, 2)), ==, "m1");
  after_2 = syl_pack_dup_changes_after (pack, 2);
  g_assert_cmpuint (after_2->len, ==, 1);
  after_3 = syl_pack_dup_changes_after (pack, 3);
  g_assert_cmpuint (after_3->len, ==, 0);

  /* True or false: a single question with two options. */
  t1 = syl_pack_lookup_question (pack, "t1");
  g_assert_cmpuint (syl_question_get_n_options (t1), ==, 2);
  /* Three options, two right; no whys, no explanation. */
  m1 = syl_pack_lookup_question (pack, "m1");
  g_assert_cmpint (syl_question_get_question_type (m1), ==, SYL_QUESTION_MULTIPLE);
  g_assert_cmpuint (syl_question_get_n_options (m1), ==, 3);
  g_assert_null (syl_question_get_explanation (m1));
  for (guint i = 0; i < 3; i++)
    g_assert_null (syl_question_get_option_why (m1, i));

  /* Where each question is written. */
  s1 = syl_pack_lookup_question (pack, "s1");
  g_assert_true (g_str_has_suffix (syl_question_get_source_file (s1), "questions/a.xml"));
  g_assert_cmpuint (syl_question_get_source_line (s1), ==, 3);
  g_assert_cmpuint (syl_question_get_source_line (m1), ==, 21);
}

/* The report address: an https address with a host, or mailto with one
 * address; anything else is an error on the <pack> line. */
static void
test_report_address (void)
{
  static const struct { const char *address; gboolean ok; } cases[] = {
    { "https://gitlab.example.org/team/pack/-/issues/new?issue[title]=Report", TRUE },
    { "https://example.org/report", TRUE },
    { "mailto:packs@example.org", TRUE },
    { "MAILTO:packs@example.org?subject=Report", TRUE },
    { "http://example.org/report", FALSE },
    { "javascript:alert(1)", FALSE },
    { "file:///etc/passwd", FALSE },
    { "mailto:nobody", FALSE },
    { "mailto:a@example.org,b@example.org", FALSE },
    { "https:///no-host", FALSE },
    { "https://user:secret@example.org/", FALSE },
    { "https://example.org/a b", FALSE },
    { "report@example.org", FALSE },
    { "", FALSE },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) copy = g_string_new (contents);
      g_autofree char *attribute = g_markup_printf_escaped (" report=\"%s\" version=\"2\"",
                                                            cases[i].address);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;

      g_assert_cmpuint (g_string_replace (copy, " version=\"2\"", attribute, 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "report.xml", &error);
      g_test_message ("%s: %s", cases[i].address, error != NULL ? error->message : "ok");
      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (syl_pack_get_report_address (pack), ==, cases[i].address);
        }
      else
        {
          g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_REPORT);
          assert_names_file_line (error->message, "report.xml", 2);
        }
    }
}

/* Errata that cannot be right: for a version after the pack's, a version
 * twice, a question the pack does not have. */
static void
test_changes_errors (void)
{
  static const struct
  {
    const char *changes;
    int code;
    guint line;
  } cases[] = {
    { "<changes version=\"3\"><change question=\"q1\">Fixed.</change></changes>",
      SYL_PACK_ERROR_CHANGES, 63 },
    { "<changes version=\"2\"><change question=\"q1\">Fixed.</change></changes>\n"
      "<changes version=\"2\"><change question=\"q2\">Fixed.</change></changes>",
      SYL_PACK_ERROR_CHANGES, 64 },
    { "<changes version=\"1\">\n<change question=\"q9\">Fixed.</change></changes>",
      SYL_PACK_ERROR_UNRESOLVED_REF, 64 },
    { "<changes version=\"1\"><change question=\"q1\"></change></changes>",
      SYL_PACK_ERROR_EMPTY_TEXT, 63 },
    { "<changes version=\"1\"></changes>", SYL_PACK_ERROR_SCHEMA, 63 },
    { "<changes version=\"1\"><change question=\"q1\">Fixed.</change></changes>", 0, 0 },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) copy = g_string_new (contents);
      g_autofree char *insert = g_strconcat (cases[i].changes, "\n  <questions>", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;

      g_assert_cmpuint (g_string_replace (copy, "<questions>", insert, 1), ==, 1);
      pack = syl_pack_load_from_data (copy->str, copy->len, "changes.xml", &error);
      g_test_message ("%s", error != NULL ? error->message : "ok");
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_changes (pack)), ==, 1);
          continue;
        }
      g_assert_error (error, SYL_PACK_ERROR, cases[i].code);
      assert_names_file_line (error->message, "changes.xml", cases[i].line);
    }
}

/* The fewest options a type allows, and what is still refused. */
static void
test_option_minimums (void)
{
  static const struct
  {
    const char *options;
    const char *type;
    int code;
  } cases[] = {
    { "<option correct=\"true\">Yes</option><option>No</option>", "single", 0 },
    { "<option correct=\"true\">A</option><option correct=\"true\">B</option><option>C</option>",
      "multiple", 0 },
    { "<option correct=\"true\">A</option><option correct=\"true\">B</option>"
      "<option correct=\"true\">C</option>", "multiple", SYL_PACK_ERROR_OPTIONS },
    { "<option correct=\"true\">A</option><option>B</option><option>C</option>", "multiple",
      SYL_PACK_ERROR_OPTIONS },
    { "<option correct=\"true\">A</option><option correct=\"true\">B</option>", "multiple",
      SYL_PACK_ERROR_OPTIONS },
    { "<option correct=\"true\">A</option><option correct=\"true\">B</option>", "single",
      SYL_PACK_ERROR_OPTIONS },
    { "<option correct=\"true\">A</option>", "single", SYL_PACK_ERROR_SCHEMA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *question = g_strdup_printf ("<question id=\"new\" type=\"%s\" task=\"1.2\">"
                                                   "<stem>New?</stem>%s</question>\n",
                                                   cases[i].type, cases[i].options);
      g_autoptr(GString) copy = minimal_with ("<question id=\"q1\"", question);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;

      pack = syl_pack_load_from_data (copy->str, copy->len, "options.xml", &error);
      g_test_message ("%s: %s", cases[i].options, error != NULL ? error->message : "ok");
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_null (syl_question_get_explanation (syl_pack_lookup_question (pack, "new")));
        }
      else
        {
          g_assert_error (error, SYL_PACK_ERROR, cases[i].code);
          assert_names_file_line (error->message, "options.xml", 64);
        }
    }
}

/* The content digest changes with the stem, an option or the key, not with
 * a why, the explanation, a reference or a service. */
static void
test_digest (void)
{
  static const struct { const char *from, *to; gboolean same; } cases[] = {
    { "<why>Make rebuilds out-of-date targets.</why>", "<why>Make rebuilds stale targets.</why>", TRUE },
    { "<explanation>Make compares modification times.</explanation>", "", TRUE },
    { "<reference href=\"https://aws.amazon.com/codebuild/faqs/\">AWS CodeBuild FAQs</reference>", "", TRUE },
    { "<service ref=\"ninja\"/>", "", TRUE },
    { "<stem>Which tool", "<stem>\n   Which   tool", TRUE },
    { "<stem>Which tool", "<stem>What tool", FALSE },
    { "GNU Bash, by running", "GNU Bash, by reading", FALSE },
    /* Another key. */
    { "<option>Ninja, because it reads Makefiles directly.<why>Ninja reads build.ninja files, not"
      " Makefiles.</why></option>\n      <option correct=\"true\">GNU Make,",
      "<option correct=\"true\">Ninja, because it reads Makefiles directly.<why>Ninja reads"
      " build.ninja files, not Makefiles.</why></option>\n      <option>GNU Make,", FALSE },
    /* The same options and key in another order. */
    { "<option>Ninja, because it reads Makefiles directly.<why>Ninja reads build.ninja files, not"
      " Makefiles.</why></option>\n      <option correct=\"true\">GNU Make, which compares"
      " timestamps of targets and prerequisites.<why>Make rebuilds out-of-date targets.</why></option>",
      "<option correct=\"true\">GNU Make, which compares timestamps of targets and prerequisites."
      "<why>Make rebuilds out-of-date targets.</why></option>\n      <option>Ninja, because it"
      " reads Makefiles directly.<why>Ninja reads build.ninja files, not Makefiles.</why></option>",
      FALSE },
  };
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  const char *original;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  pack = syl_pack_load_from_data (contents, -1, "digest.xml", &error);
  g_assert_no_error (error);
  original = syl_question_get_digest (syl_pack_lookup_question (pack, "q1"));
  g_assert_cmpuint (strlen (original), ==, 64);
  /* Stable across releases: this is what the recipe of docs/pack-format.md
   * ("Content digest", with its Python lines) gives for q1. */
  g_assert_cmpstr (original, ==, MINIMAL_Q1_DIGEST);
  /* Each question has its own. */
  g_assert_cmpstr (syl_question_get_digest (syl_pack_lookup_question (pack, "q3")), !=, original);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) copy = g_string_new (contents);
      g_autoptr(SylPack) changed = NULL;
      const char *digest;

      /* Replacing in q1, the first question; the second case makes the
       * optional explanation go. */
      g_assert_cmpuint (g_string_replace (copy, cases[i].from, cases[i].to, 1), ==, 1);
      changed = syl_pack_load_from_data (copy->str, copy->len, "digest.xml", &error);
      g_assert_no_error (error);
      digest = syl_question_get_digest (syl_pack_lookup_question (changed, "q1"));
      g_test_message ("%s -> %s: %s", cases[i].from, cases[i].to, digest);
      if (cases[i].same)
        g_assert_cmpstr (digest, ==, original);
      else
        g_assert_cmpstr (digest, !=, original);
    }
}

/* Limits of the pass before parsing (syl-pack-scan.h) */

/* minimal.xml with @insert put before the first @before. */
static GString *
minimal_with (const char *before,
              const char *insert)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  GString *copy;
  const char *at;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  at = strstr (contents, before);
  g_assert_nonnull (at);
  copy = g_string_new_len (contents, at - contents);
  g_string_append (copy, insert);
  g_string_append (copy, at);

  return copy;
}

static GString *
repeat (const char *text,
        guint       n)
{
  GString *out = g_string_sized_new (strlen (text) * n);

  for (guint i = 0; i < n; i++)
    g_string_append (out, text);

  return out;
}

/* The shapes of issue 15, each just over its limit: refused with
 * SYL_PACK_ERROR_LIMIT on the line where it starts, before libxml2 sees
 * it. (tests/test-pack-limits.c runs the big ones and measures them.) */
static void
test_limits (void)
{
  g_autoptr(GString) many_attributes = g_string_new ("<title");
  g_autoptr(GString) long_name = NULL;
  g_autoptr(GString) long_attribute = NULL;
  g_autoptr(GString) long_value = NULL;
  g_autoptr(GString) deep = NULL;
  g_autoptr(GString) deep_end = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) part = NULL;
  g_autoptr(GString) many = NULL;
  g_autoptr(GString) comments = NULL;
  g_autoptr(GString) instructions = NULL;
  g_autoptr(GString) big_comments = NULL;
  g_autoptr(GString) big_comments_9 = NULL;
  struct
  {
    const char *before;
    GString *insert;
    guint line;
    const char *says;
  } cases[12] = { 0 };
  guint n = 0;

  for (guint i = 0; i <= SYL_PACK_MAX_ATTRIBUTES; i++)
    g_string_append_printf (many_attributes, " a%u=\"1\"", i);
  g_string_append (many_attributes, ">Extra title</title>\n  ");
  cases[n++] = (typeof (cases[0])) { "<intro>", many_attributes, 5, "attributes" };

  long_name = repeat ("n", SYL_PACK_MAX_NAME + 1);
  g_string_prepend_c (long_name, '<');
  g_string_append (long_name, "/>\n  ");
  cases[n++] = (typeof (cases[0])) { "<intro>", long_name, 5, "element name" };

  long_attribute = repeat ("n", SYL_PACK_MAX_NAME + 1);
  g_string_prepend (long_attribute, "<title ");
  g_string_append (long_attribute, "=\"1\">T</title>\n  ");
  cases[n++] = (typeof (cases[0])) { "<intro>", long_attribute, 5, "attribute name" };

  long_value = repeat ("q", SYL_PACK_MAX_ATTRIBUTE_VALUE + 1);
  g_string_prepend (long_value, "<title id=\"");
  g_string_append (long_value, "\">T</title>\n  ");
  cases[n++] = (typeof (cases[0])) { "<intro>", long_value, 5, "attribute value" };

  /* Inside <title>: the pack is 1 deep there. */
  deep = repeat ("<b>", SYL_PACK_MAX_DEPTH);
  deep_end = repeat ("</b>", SYL_PACK_MAX_DEPTH);
  g_string_append (deep, deep_end->str);
  cases[n++] = (typeof (cases[0])) { "Minimal", deep, 3, "nested" };

  text = repeat ("x", SYL_PACK_MAX_TEXT + 1);
  cases[n++] = (typeof (cases[0])) { "Minimal", text, 3, "text" };

  comments = repeat ("<!---->", SYL_PACK_MAX_COMMENTS);
  cases[n++] = (typeof (cases[0])) { "<intro>", comments, 5, "comments" };
  instructions = repeat ("<?a?>\n", SYL_PACK_MAX_COMMENTS);
  cases[n++] = (typeof (cases[0])) { "<candidate>", instructions, 12 + SYL_PACK_MAX_COMMENTS - 1,
                                     "processing instructions" };
  big_comments = repeat ("x", 1024 * 1024);
  g_string_prepend (big_comments, "<!--");
  g_string_append (big_comments, "-->");
  big_comments_9 = repeat (big_comments->str, 9);
  cases[n++] = (typeof (cases[0])) { "<intro>", big_comments_9, 5, "8 MiB" };

  many = repeat ("<intro/>", SYL_PACK_MAX_ELEMENTS);
  cases[n++] = (typeof (cases[0])) { "<intro>", many, 5, "more than 1000000 elements" };

  /* An element read as a whole that holds too many. */
  part = repeat ("<knowledge/>", SYL_PACK_MAX_ELEMENTS_PER_PART);
  cases[n++] = (typeof (cases[0])) { "<knowledge>Compilers", part, 19, "holds more than" };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) copy = minimal_with (cases[i].before, cases[i].insert->str);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylPack) pack = NULL;
      gint64 start = g_get_monotonic_time ();

      pack = syl_pack_load_from_data (copy->str, copy->len, "limits.xml", &error);
      g_assert_null (pack);
      g_test_message ("%s", error->message);
      g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_LIMIT);
      assert_names_file_line (error->message, "limits.xml", cases[i].line);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_cmpuint (count_lines (error->message), ==, 1);
      g_test_message ("%.3f s", (g_get_monotonic_time () - start) / 1e6);
    }
}

/* At the limits, a file still loads: the limits never refuse what the
 * format allows. */
static void
test_limits_not_reached (void)
{
  g_autoptr(GString) attributes = g_string_new (NULL);
  g_autoptr(GString) copy = NULL;
  g_autoptr(GString) text = repeat ("x", SYL_PACK_MAX_TEXT - 100);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  /* 60 namespace declarations, with the pack's own four attributes… */
  for (guint i = 0; i < SYL_PACK_MAX_ATTRIBUTES - 4; i++)
    g_string_append_printf (attributes, " xmlns:n%u=\"urn:n%u\"", i, i);
  copy = minimal_with (" id=\"test-minimal\"", attributes->str);
  /* …and a stem of nearly 1 MiB. */
  g_string_replace (copy, "Which program prints", text->str, 1);

  pack = syl_pack_load_from_data (copy->str, copy->len, "at-limits.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (pack);
}

/* The schema built into the program is data/schema/pack.rng. */
static void
test_builtin_schema (void)
{
  g_autoptr(GBytes) builtin = syl_pack_loader_dup_schema ();
  g_autofree char *path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "schema",
                                            "pack.rng", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (g_getenv ("SYLLABUS_SOURCE_DIR") == NULL)
    {
      g_test_skip ("SYLLABUS_SOURCE_DIR is not set");
      return;
    }

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin), contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/pack-loader/minimal", test_minimal);
  g_test_add_func ("/syl/pack-loader/lifetime", test_lifetime);
  g_test_add_func ("/syl/pack-loader/unicode", test_unicode);
  g_test_add_func ("/syl/pack-loader/folder", test_folder);
  g_test_add_func ("/syl/pack-loader/from-data", test_from_data);
  g_test_add_func ("/syl/pack-loader/normalize", test_normalize);
  g_test_add_func ("/syl/pack-loader/broken/id-syntax", test_id_syntax);
  g_test_add_func ("/syl/pack-loader/broken/missing-attribute", test_missing_attribute);
  g_test_add_func ("/syl/pack-loader/broken/missing-attribute-folder", test_missing_attribute_folder);
  g_test_add_func ("/syl/pack-loader/broken/number-bounds", test_number_bounds);
  g_test_add_func ("/syl/pack-loader/hazard/number-bounds-exam", test_number_bounds_exam);
  g_test_add_func ("/syl/pack-loader/hazard/limits", test_limits);
  g_test_add_func ("/syl/pack-loader/hazard/line-ends", test_line_ends);
  g_test_add_func ("/syl/pack-loader/hazard/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/syl/pack-loader/hazard/bad-bytes-in-attributes", test_bad_bytes_in_attributes);
  g_test_add_func ("/syl/pack-loader/hazard/doctype-after-pi", test_doctype_after_pi);
  g_test_add_func ("/syl/pack-loader/hazard/two-byte-order-marks", test_two_byte_order_marks);
  g_test_add_func ("/syl/pack-loader/hazard/limits-not-reached", test_limits_not_reached);
  g_test_add_func ("/syl/pack-loader/hazard/damaged-copies", test_damaged_copies);
  g_test_add_func ("/syl/pack-loader/builtin-schema", test_builtin_schema);
  g_test_add_func ("/syl/pack-loader/second-wave", test_second_wave);
  g_test_add_func ("/syl/pack-loader/report-address", test_report_address);
  g_test_add_func ("/syl/pack-loader/broken/changes", test_changes_errors);
  g_test_add_func ("/syl/pack-loader/option-minimums", test_option_minimums);
  g_test_add_func ("/syl/pack-loader/digest", test_digest);
  g_test_add_func ("/syl/pack-loader/broken/folder-no-pack", test_folder_without_pack_xml);
  g_test_add_func ("/syl/pack-loader/broken/missing-file", test_missing_file);

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup (broken_cases[i].name);
      g_autofree char *test_path = NULL;

      if (g_str_has_suffix (name, ".xml"))
        name[strlen (name) - 4] = '\0';
      test_path = g_strdup_printf ("/syl/pack-loader/broken/%s", name);
      g_test_add_data_func (test_path, &broken_cases[i], test_broken);
    }

  g_test_add ("/syl/pack-loader/hazard/empty", TmpFixture, NULL, tmp_setup, test_empty_file, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/invalid-utf8", TmpFixture, NULL, tmp_setup, test_invalid_utf8, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/utf8-runs", TmpFixture, NULL, tmp_setup, test_utf8_runs, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/utf16", TmpFixture, NULL, tmp_setup, test_utf16, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/binary-garbage", TmpFixture, NULL, tmp_setup, test_binary_garbage, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/too-large", TmpFixture, NULL, tmp_setup, test_too_large, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/large-valid", TmpFixture, NULL, tmp_setup, test_large_valid, tmp_teardown);
  g_test_add ("/syl/pack-loader/hazard/file-name-escaped", TmpFixture, NULL, tmp_setup, test_file_name_escaped, tmp_teardown);
  g_test_add_func ("/syl/pack-loader/hazard/not-regular-files", test_not_regular_files);
  g_test_add_func ("/syl/pack-loader/hazard/questions-not-a-folder", test_questions_not_a_folder);
  g_test_add_func ("/syl/pack-loader/hazard/truncated-while-loading", test_truncated_while_loading);
  g_test_add_func ("/syl/pack-loader/hazard/size-from-read", test_size_from_read);

  return g_test_run ();
}

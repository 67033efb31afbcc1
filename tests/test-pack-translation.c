/* test-pack-translation.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translated packs: the catalog reader, the merge of a translation over the
 * English pack ("a question is shown translated only when all of its
 * strings are"), the choice of language, and the shipped de and es
 * translations of aws-dop-c02 (same ids, service names untouched).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-pack-change.h"
#include "syl-pack-loader.h"
#include "syl-pack-translation.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

#define PACK_ID       "aws-dop-c02"
#define PSEUDO_LANG   "x-test"
#define PSEUDO_PREFIX "[x] "

static SylPack *english;

static char *
english_dir (void)
{
  return g_build_filename (g_getenv ("SYLLABUS_PACK_DIR"), PACK_ID, NULL);
}

/* Where the build writes the shipped translations: data/PACK_ID/… */
static char *
built_translations_root (void)
{
  return g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "data", NULL);
}

static char *
translation_dir (const char *language)
{
  g_autofree char *root = built_translations_root ();

  return g_build_filename (root, PACK_ID, "translations", language, NULL);
}

static char *
pseudo_dir (void)
{
  return g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "tests", PACK_ID,
                           "translations", PSEUDO_LANG, NULL);
}

static SylQuestion *
question_at (SylPack *pack,
             guint    i)
{
  g_autoptr(SylQuestion) question = g_list_model_get_item (syl_pack_get_questions (pack), i);

  return question;   /* the pack keeps it alive */
}

static guint
n_questions (SylPack *pack)
{
  return g_list_model_get_n_items (syl_pack_get_questions (pack));
}

static SylPack *
load_translation (const char              *language,
                  SylPackTranslationStats *stats)
{
  g_autofree char *dir = translation_dir (language);
  g_autoptr(GError) error = NULL;
  SylPack *pack;

  pack = syl_pack_load_translation (english, dir, language, stats, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pack);

  return pack;
}

static GHashTable *
load_catalog (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "pack.mo", NULL);
  g_autoptr(GError) error = NULL;
  GHashTable *catalog;

  catalog = syl_pack_catalog_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

static GHashTable *
copy_catalog (GHashTable *catalog)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, catalog);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));

  return copy;
}

/* A new language starts with an empty po file: nothing to check yet. */
static gboolean
skip_if_untranslated (const char *language)
{
  g_autofree char *dir = translation_dir (language);
  g_autoptr(GHashTable) catalog = load_catalog (dir);

  if (g_hash_table_size (catalog) > 0)
    return FALSE;

  g_test_skip ("no string is translated yet");
  return TRUE;
}

/* Every string pair */

typedef void (*PairFunc) (const char *where,
                          const char *en,
                          const char *tr,
                          gpointer    data);

static void
each_list (const char         *where,
           const char * const *en,
           const char * const *tr,
           PairFunc            func,
           gpointer            data)
{
  g_assert_cmpuint (g_strv_length ((GStrv) en), ==, g_strv_length ((GStrv) tr));
  for (guint i = 0; en[i] != NULL; i++)
    func (where, en[i], tr[i], data);
}

/* Calls @func on each translatable string of @en with its counterpart in
 * @tr, and checks on the way that both have the same ids in the same order,
 * the same right options and the same service names. */
static void
each_pair (SylPack  *en,
           SylPack  *tr,
           PairFunc  func,
           gpointer  data)
{
  GListModel *domains = syl_pack_get_domains (en);
  GListModel *categories = syl_pack_get_categories (en);

  g_assert_cmpstr (syl_pack_get_id (en), ==, syl_pack_get_id (tr));
  g_assert_cmpuint (syl_pack_get_scored (en), ==, syl_pack_get_scored (tr));
  func ("title", syl_pack_get_title (en), syl_pack_get_title (tr), data);
  for (SylQuestionType type = SYL_QUESTION_SINGLE; type <= SYL_QUESTION_MULTIPLE; type++)
    func ("response-type", syl_pack_get_response_type_text (en, type),
          syl_pack_get_response_type_text (tr, type), data);
  each_list ("intro", syl_pack_get_intro (en), syl_pack_get_intro (tr), func, data);
  each_list ("note", syl_pack_get_exam_notes (en), syl_pack_get_exam_notes (tr), func, data);
  each_list ("candidate", syl_pack_get_candidate_summary (en),
             syl_pack_get_candidate_summary (tr), func, data);
  each_list ("experience", syl_pack_get_candidate_experience (en),
             syl_pack_get_candidate_experience (tr), func, data);
  each_list ("out-of-scope", syl_pack_get_out_of_scope (en), syl_pack_get_out_of_scope (tr),
             func, data);
  each_list ("concept", syl_pack_get_concepts (en), syl_pack_get_concepts (tr), func, data);

  g_assert_cmpuint (g_list_model_get_n_items (domains), ==,
                    g_list_model_get_n_items (syl_pack_get_domains (tr)));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) d_en = g_list_model_get_item (domains, i);
      g_autoptr(SylDomain) d_tr = g_list_model_get_item (syl_pack_get_domains (tr), i);
      GListModel *tasks = syl_domain_get_tasks (d_en);

      g_assert_cmpstr (syl_domain_get_id (d_en), ==, syl_domain_get_id (d_tr));
      g_assert_cmpuint (syl_domain_get_weight (d_en), ==, syl_domain_get_weight (d_tr));
      func (syl_domain_get_id (d_en), syl_domain_get_title (d_en), syl_domain_get_title (d_tr), data);
      g_assert_cmpuint (g_list_model_get_n_items (tasks), ==,
                        g_list_model_get_n_items (syl_domain_get_tasks (d_tr)));
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(SylTask) t_en = g_list_model_get_item (tasks, j);
          g_autoptr(SylTask) t_tr = g_list_model_get_item (syl_domain_get_tasks (d_tr), j);
          const char *id = syl_task_get_id (t_en);

          g_assert_cmpstr (id, ==, syl_task_get_id (t_tr));
          g_assert_true (syl_task_get_domain (t_tr) == d_tr);
          func (id, syl_task_get_title (t_en), syl_task_get_title (t_tr), data);
          each_list (id, syl_task_get_knowledge (t_en), syl_task_get_knowledge (t_tr), func, data);
          each_list (id, syl_task_get_skills (t_en), syl_task_get_skills (t_tr), func, data);
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (categories), ==,
                    g_list_model_get_n_items (syl_pack_get_categories (tr)));
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) c_en = g_list_model_get_item (categories, i);
      g_autoptr(SylCategory) c_tr = g_list_model_get_item (syl_pack_get_categories (tr), i);
      GListModel *services = syl_category_get_services (c_en);

      g_assert_cmpstr (syl_category_get_id (c_en), ==, syl_category_get_id (c_tr));
      func (syl_category_get_id (c_en), syl_category_get_title (c_en),
            syl_category_get_title (c_tr), data);
      g_assert_cmpuint (g_list_model_get_n_items (services), ==,
                        g_list_model_get_n_items (syl_category_get_services (c_tr)));
      for (guint j = 0; j < g_list_model_get_n_items (services); j++)
        {
          g_autoptr(SylService) s_en = g_list_model_get_item (services, j);
          g_autoptr(SylService) s_tr = g_list_model_get_item (syl_category_get_services (c_tr), j);

          g_assert_cmpstr (syl_service_get_id (s_en), ==, syl_service_get_id (s_tr));
          g_assert_cmpstr (syl_service_get_name (s_en), ==, syl_service_get_name (s_tr));
          g_assert_true (g_strv_equal (syl_service_get_aliases (s_en),
                                       syl_service_get_aliases (s_tr)));
          g_assert_true (syl_pack_lookup_service (tr, syl_service_get_id (s_en)) == s_tr);
          func (syl_service_get_id (s_en), syl_service_get_summary (s_en),
                syl_service_get_summary (s_tr), data);
        }
    }

  g_assert_cmpuint (n_questions (en), ==, n_questions (tr));
  for (guint i = 0; i < n_questions (en); i++)
    {
      SylQuestion *q_en = question_at (en, i);
      SylQuestion *q_tr = question_at (tr, i);
      const char *id = syl_question_get_id (q_en);
      GPtrArray *s_en = syl_question_get_services (q_en);
      GPtrArray *s_tr = syl_question_get_services (q_tr);

      g_assert_cmpstr (id, ==, syl_question_get_id (q_tr));
      g_assert_true (syl_pack_lookup_question (tr, id) == q_tr);
      g_assert_cmpint (syl_question_get_question_type (q_en), ==, syl_question_get_question_type (q_tr));
      g_assert_cmpstr (syl_task_get_id (syl_question_get_task (q_en)), ==,
                       syl_task_get_id (syl_question_get_task (q_tr)));
      g_assert_true (syl_question_get_task (q_tr) ==
                     syl_pack_lookup_task (tr, syl_task_get_id (syl_question_get_task (q_tr))));
      g_assert_cmpuint (s_en->len, ==, s_tr->len);
      for (guint j = 0; j < s_en->len; j++)
        g_assert_cmpstr (syl_service_get_id (g_ptr_array_index (s_en, j)), ==,
                         syl_service_get_id (g_ptr_array_index (s_tr, j)));

      func (id, syl_question_get_stem (q_en), syl_question_get_stem (q_tr), data);
      g_assert_cmpuint (syl_question_get_n_options (q_en), ==, syl_question_get_n_options (q_tr));
      for (guint j = 0; j < syl_question_get_n_options (q_en); j++)
        {
          g_assert_cmpint (syl_question_get_option_correct (q_en, j), ==,
                           syl_question_get_option_correct (q_tr, j));
          func (id, syl_question_get_option_text (q_en, j), syl_question_get_option_text (q_tr, j), data);
          func (id, syl_question_get_option_why (q_en, j), syl_question_get_option_why (q_tr, j), data);
        }
      func (id, syl_question_get_explanation (q_en), syl_question_get_explanation (q_tr), data);

      /* Reference titles are translated, addresses never; the content
       * digest is the English question's. */
      g_assert_cmpuint (syl_question_get_n_references (q_en), ==, syl_question_get_n_references (q_tr));
      for (guint j = 0; j < syl_question_get_n_references (q_en); j++)
        {
          g_assert_cmpstr (syl_question_get_reference_href (q_en, j), ==,
                           syl_question_get_reference_href (q_tr, j));
          func (id, syl_question_get_reference_title (q_en, j),
                syl_question_get_reference_title (q_tr, j), data);
        }
      g_assert_cmpstr (syl_question_get_digest (q_en), ==, syl_question_get_digest (q_tr));
    }

  g_assert_cmpstr (syl_pack_get_report_address (en), ==, syl_pack_get_report_address (tr));
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_changes (en)), ==,
                    g_list_model_get_n_items (syl_pack_get_changes (tr)));
  for (guint i = 0; i < g_list_model_get_n_items (syl_pack_get_changes (en)); i++)
    {
      g_autoptr(SylPackChange) c_en = g_list_model_get_item (syl_pack_get_changes (en), i);
      g_autoptr(SylPackChange) c_tr = g_list_model_get_item (syl_pack_get_changes (tr), i);

      g_assert_cmpuint (syl_pack_change_get_version (c_en), ==, syl_pack_change_get_version (c_tr));
      g_assert_cmpstr (syl_pack_change_get_question_id (c_en), ==,
                       syl_pack_change_get_question_id (c_tr));
      func ("change", syl_pack_change_get_text (c_en), syl_pack_change_get_text (c_tr), data);
    }
}

/* Whether @tr keeps every string of @q_en, that is, @q_tr is English. */
static gboolean
question_is_english (SylQuestion *q_en,
                     SylQuestion *q_tr)
{
  if (g_strcmp0 (syl_question_get_stem (q_en), syl_question_get_stem (q_tr)) != 0 ||
      g_strcmp0 (syl_question_get_explanation (q_en), syl_question_get_explanation (q_tr)) != 0)
    return FALSE;
  for (guint j = 0; j < syl_question_get_n_options (q_en); j++)
    if (g_strcmp0 (syl_question_get_option_text (q_en, j), syl_question_get_option_text (q_tr, j)) != 0 ||
        g_strcmp0 (syl_question_get_option_why (q_en, j), syl_question_get_option_why (q_tr, j)) != 0)
      return FALSE;

  return TRUE;
}

/* Catalog */

static void
test_catalog_bad_data (void)
{
  static const char garbage[] = "not a catalog at all, just text";
  g_autofree char *dir = translation_dir ("de");
  g_autofree char *path = g_build_filename (dir, "pack.mo", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  catalog = syl_pack_catalog_load_from_data (garbage, sizeof garbage, &error);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
  g_assert_null (catalog);
  g_clear_error (&error);

  catalog = syl_pack_catalog_load ("/nonexistent/pack.mo", &error);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
  g_clear_error (&error);

  /* A real catalog cut short: its string tables point past the end. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 64);
  catalog = syl_pack_catalog_load_from_data (contents, 64, &error);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
  g_assert_null (catalog);
}

/* Writes a .mo of @n messages whose msgids and msgstrs all point at one
 * string of @string_length bytes. */
static GBytes *
make_overlapping_catalog (guint32 n,
                          gsize   string_length)
{
  gsize tables = 28;
  gsize string_offset = tables + (gsize) n * 16;
  gsize length = string_offset + string_length + 1;
  guint8 *data = g_malloc0 (length);
  guint32 header[7] = { 0x950412de, 0, n, (guint32) tables, (guint32) (tables + (gsize) n * 8), 0, 0 };

  for (guint i = 0; i < 7; i++)
    {
      guint32 v = GUINT32_TO_LE (header[i]);
      memcpy (data + i * 4, &v, 4);
    }
  for (guint32 i = 0; i < 2 * n; i++)
    {
      guint32 entry[2] = { GUINT32_TO_LE ((guint32) string_length), GUINT32_TO_LE ((guint32) string_offset) };
      memcpy (data + tables + (gsize) i * 8, entry, 8);
    }
  /* Distinct first bytes are not needed: the point is the shared bytes. */
  memset (data + string_offset, 'a', string_length);

  return g_bytes_new_take (data, length);
}

/* A hostile catalog costs entries × string length when every entry points
 * at the same large string: refused as soon as the strings add up to more
 * than the file holds. */
static void
test_catalog_overlapping (void)
{
  g_autoptr(GBytes) bytes = make_overlapping_catalog (20000, 200000);
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  catalog = syl_pack_catalog_load_from_data (data, length, &error);
  g_assert_null (catalog);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "overlap"));
}

/* A message count far beyond what the file holds is refused before
 * anything is allocated for it. */
static void
test_catalog_huge_count (void)
{
  g_autoptr(GBytes) small = make_overlapping_catalog (1, 8);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (small, NULL), g_bytes_get_size (small));
  guint32 n = GUINT32_TO_LE (0xfffffff0);
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(GError) error = NULL;

  memcpy (data + 8, &n, 4);
  catalog = syl_pack_catalog_load_from_data ((const char *) data, g_bytes_get_size (small), &error);
  g_assert_null (catalog);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
}

/* A FIFO where pack.mo should be is refused at once; opening it for
 * reading would wait for a writer forever. */
static void
test_catalog_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syllabus-mo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.mo", NULL);
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  catalog = syl_pack_catalog_load (path, &error);
  g_assert_null (catalog);
  g_assert_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "FIFO"));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_catalog_msgid (void)
{
  static const struct { const char *text; gboolean why; const char *msgid; } cases[] = {
    { "Plain text.", FALSE, "Plain text." },
    { "{ $.statusCode >= 500 } & <b>", FALSE, "{ $.statusCode &gt;= 500 } &amp; &lt;b&gt;" },
    { "Quotes \" and ' stay.", TRUE, "Quotes \" and ' stay.<_:why-1/>" },
  };
  static const struct { const char *msgstr; const char *text; } texts[] = {
    { "Eine Option.<_:why-1/>", "Eine Option." },
    { "A &amp; B &lt; C &gt; D &#252; &#xFC; &quot;", "A & B < C > D ü ü \"" },
    { "  spaced \n out <_:why-1/>  ", "spaced out" },
    { "bare & stays &unknown;", "bare & stays &unknown;" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *msgid = syl_pack_catalog_dup_msgid (cases[i].text, cases[i].why);

      g_assert_cmpstr (msgid, ==, cases[i].msgid);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = syl_pack_catalog_dup_text (texts[i].msgstr);

      g_assert_cmpstr (text, ==, texts[i].text);
    }
}

/* Shipped catalogs: what itstool needs to merge every translation. */
static void
test_catalog_shipped (gconstpointer data)
{
  const char *language = data;
  g_autofree char *dir = translation_dir (language);
  g_autoptr(GHashTable) catalog = load_catalog (dir);
  GHashTableIter iter;
  gpointer key, value;
  guint problems = 0;

  if (g_hash_table_size (catalog) == 0)
    {
      g_test_skip ("no string is translated yet");
      return;
    }
  g_hash_table_iter_init (&iter, catalog);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *msgid = key, *msgstr = value;
      gboolean has_why = g_str_has_suffix (msgid, SYL_PACK_WHY_PLACEHOLDER);
      const char *placeholder = strstr (msgstr, SYL_PACK_WHY_PLACEHOLDER);
      gboolean ok = TRUE;

      if (has_why != (placeholder != NULL) ||
          (placeholder != NULL && strstr (placeholder + 1, SYL_PACK_WHY_PLACEHOLDER) != NULL))
        ok = FALSE;
      for (const char *p = msgstr; *p != '\0'; p++)
        {
          if (*p == '<' && !g_str_has_prefix (p, SYL_PACK_WHY_PLACEHOLDER))
            ok = FALSE;
          if (*p == '&' && !g_str_has_prefix (p, "&amp;") && !g_str_has_prefix (p, "&lt;") &&
              !g_str_has_prefix (p, "&gt;"))
            ok = FALSE;
        }
      if (!ok)
        {
          g_test_message ("%s.po: markup of msgstr \"%s\" does not fit msgid \"%s\"",
                          language, msgstr, msgid);
          problems++;
        }
    }
  g_assert_cmpuint (problems, ==, 0);
}

/* Merge */

static void
check_pseudo_pair (const char *where,
                   const char *en,
                   const char *tr,
                   gpointer    data)
{
  guint *n = data;

  if (en == NULL)
    {
      g_assert_null (tr);
      return;
    }
  g_assert_true (g_str_has_prefix (tr, PSEUDO_PREFIX));
  g_assert_cmpstr (tr + strlen (PSEUDO_PREFIX), ==, en);
  (*n)++;
}

/* A pseudo-translation of every string ("[x] " + msgid), made from the
 * pack files as they are now: if every string comes back translated, the
 * msgids of itstool and of the core agree for the whole pack. */
static void
test_merge_pseudo (void)
{
  g_autofree char *dir = pseudo_dir ();
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  SylPackTranslationStats stats;
  guint n = 0;

  pack = syl_pack_load_translation (english, dir, PSEUDO_LANG, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_language (pack), ==, PSEUDO_LANG);
  g_assert_cmpstr (syl_pack_get_path (pack), ==, syl_pack_get_path (english));
  g_assert_cmpuint (stats.n_mismatched, ==, 0);
  g_assert_cmpuint (stats.n_questions, ==, n_questions (english));
  g_assert_cmpuint (stats.n_questions_translated, ==, stats.n_questions);
  g_assert_cmpuint (stats.n_strings_translated, ==, stats.n_strings);

  each_pair (english, pack, check_pseudo_pair, &n);
  g_assert_cmpuint (n, ==, stats.n_strings);
}

/* tests/packs/second-wave has what the shipped pack does not have yet:
 * reference titles and errata, a question without whys or explanation.
 * Its pseudo-translation comes back whole; and a reference title left
 * untranslated stays English without holding its question back. */
static void
test_merge_second_wave (void)
{
  g_autofree char *en_dir = g_test_build_filename (G_TEST_DIST, "packs", "second-wave", NULL);
  g_autofree char *dir = g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "tests", "second-wave",
                                           "translations", PSEUDO_LANG, NULL);
  g_autoptr(SylPack) en = NULL;
  g_autoptr(SylPack) translated = NULL;
  g_autoptr(SylPack) merged = NULL;
  g_autoptr(SylPack) partial_merge = NULL;
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(GHashTable) partial = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title_msgid = NULL;
  SylPackTranslationStats stats, partial_stats;
  SylQuestion *s1;
  guint n = 0;

  en = syl_pack_load (en_dir, &error);
  g_assert_no_error (error);
  catalog = load_catalog (dir);
  translated = syl_pack_load (dir, &error);
  g_assert_no_error (error);

  merged = syl_pack_translation_merge (en, translated, catalog, PSEUDO_LANG, &stats);
  g_assert_cmpuint (stats.n_mismatched, ==, 0);
  g_assert_cmpuint (stats.n_questions_translated, ==, 3);
  g_assert_cmpuint (stats.n_strings_translated, ==, stats.n_strings);
  each_pair (en, merged, check_pseudo_pair, &n);
  g_assert_cmpuint (n, ==, stats.n_strings);
  s1 = syl_pack_lookup_question (merged, "s1");
  g_assert_cmpstr (syl_question_get_reference_title (s1, 0), ==, PSEUDO_PREFIX "What is AWS CodeBuild?");
  g_assert_null (syl_question_get_explanation (syl_pack_lookup_question (merged, "m1")));

  /* Without the translation of one reference title. */
  title_msgid = syl_pack_catalog_dup_msgid ("AWS CodeBuild FAQs", FALSE);
  partial = copy_catalog (catalog);
  g_assert_true (g_hash_table_remove (partial, title_msgid));
  partial_merge = syl_pack_translation_merge (en, translated, partial, PSEUDO_LANG, &partial_stats);
  g_assert_cmpuint (partial_stats.n_questions_translated, ==, 3);
  s1 = syl_pack_lookup_question (partial_merge, "s1");
  g_assert_cmpstr (syl_question_get_stem (s1), ==,
                   PSEUDO_PREFIX "Which tool rebuilds only the targets whose prerequisites changed?");
  g_assert_cmpstr (syl_question_get_reference_title (s1, 1), ==, "AWS CodeBuild FAQs");
  g_assert_cmpstr (syl_question_get_reference_title (s1, 0), ==, PSEUDO_PREFIX "What is AWS CodeBuild?");
}

typedef enum
{
  DROP_STEM,
  DROP_OPTION,
  DROP_WHY,
  DROP_EXPLANATION,
  WRONG_TEXT,
} Drop;

/* Takes one string of a translated question out of the catalog (or makes
 * the catalog disagree with the translated pack): the whole question must
 * fall back to English, and nothing else may change. The pseudo-translation
 * translates every question, so there is always one to spoil. */
static void
test_merge_incomplete (gconstpointer data)
{
  Drop drop = GPOINTER_TO_UINT (data);
  g_autofree char *dir = pseudo_dir ();
  g_autoptr(GHashTable) catalog = load_catalog (dir);
  g_autoptr(GHashTable) partial = NULL;
  g_autoptr(SylPack) translated = NULL;
  g_autoptr(SylPack) full = NULL;
  g_autoptr(SylPack) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *msgid = NULL;
  SylPackTranslationStats full_stats, stats;
  SylQuestion *victim_en = NULL;
  guint victim = 0;

  translated = syl_pack_load (dir, &error);
  g_assert_no_error (error);
  full = syl_pack_translation_merge (english, translated, catalog, PSEUDO_LANG, &full_stats);
  g_assert_cmpuint (full_stats.n_mismatched, ==, 0);
  g_assert_cmpuint (full_stats.n_questions_translated, >, 1);

  for (guint i = 0; i < n_questions (english) && victim_en == NULL; i++)
    if (!question_is_english (question_at (english, i), question_at (full, i)))
      {
        victim = i;
        victim_en = question_at (english, i);
      }
  g_assert_nonnull (victim_en);

  switch (drop)
    {
    case DROP_STEM:
    case WRONG_TEXT:
      msgid = syl_pack_catalog_dup_msgid (syl_question_get_stem (victim_en), FALSE);
      break;
    case DROP_OPTION:
      msgid = syl_pack_catalog_dup_msgid (syl_question_get_option_text (victim_en, 2),
                                          syl_question_get_option_why (victim_en, 2) != NULL);
      break;
    case DROP_WHY:
      msgid = syl_pack_catalog_dup_msgid (syl_question_get_option_why (victim_en, 0), FALSE);
      break;
    case DROP_EXPLANATION:
      msgid = syl_pack_catalog_dup_msgid (syl_question_get_explanation (victim_en), FALSE);
      break;
    default:
      g_assert_not_reached ();
    }

  partial = copy_catalog (catalog);
  g_assert_true (g_hash_table_contains (partial, msgid));
  if (drop == WRONG_TEXT)
    g_hash_table_insert (partial, g_strdup (msgid), g_strdup ("Etwas anderes."));
  else
    g_hash_table_remove (partial, msgid);

  merged = syl_pack_translation_merge (english, translated, partial, PSEUDO_LANG, &stats);
  g_assert_cmpuint (stats.n_mismatched, ==, drop == WRONG_TEXT ? 1 : 0);
  g_assert_cmpuint (stats.n_questions_translated, ==, full_stats.n_questions_translated - 1);
  g_assert_cmpuint (syl_pack_get_n_questions_translated (merged), ==, stats.n_questions_translated);
  g_assert_cmpuint (stats.n_strings_translated, ==, full_stats.n_strings_translated - 1);

  for (guint i = 0; i < n_questions (english); i++)
    {
      SylQuestion *q_en = question_at (english, i);

      if (i == victim)
        g_assert_true (question_is_english (q_en, question_at (merged, i)));
      else
        g_assert_cmpint (question_is_english (q_en, question_at (merged, i)), ==,
                         question_is_english (q_en, question_at (full, i)));
    }
}

/* Shipped translations */

static void
count_pair (const char *where,
            const char *en,
            const char *tr,
            gpointer    data)
{
  guint *counts = data;

  counts[0]++;
  if (g_strcmp0 (en, tr) != 0)
    counts[1]++;
}

/* The learner's language comes from g_get_language_names(), that is from
 * LANGUAGE first. */
static void
test_localized (gconstpointer data)
{
  const char *language = data;
  g_autofree char *dir = english_dir ();
  g_autofree char *root = built_translations_root ();
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylPack) direct = NULL;
  g_autoptr(GError) error = NULL;
  SylPackTranslationStats stats;
  guint counts[2] = { 0, 0 };
  guint translated = 0;

  if (skip_if_untranslated (language))
    return;

  g_setenv (SYL_PACK_TRANSLATIONS_DIR_ENV, root, TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  g_assert_cmpstr (g_get_language_names ()[0], ==, language);

  pack = syl_pack_load_localized (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_language (pack), ==, language);
  g_assert_cmpstr (syl_pack_get_id (pack), ==, syl_pack_get_id (english));

  /* Same ids, same order, same keys; and each question is either wholly
   * translated or wholly English. */
  each_pair (english, pack, count_pair, counts);
  for (guint i = 0; i < n_questions (english); i++)
    {
      SylQuestion *q_en = question_at (english, i);
      SylQuestion *q_tr = question_at (pack, i);

      if (question_is_english (q_en, q_tr))
        continue;
      translated++;
      g_assert_cmpstr (syl_question_get_stem (q_en), !=, syl_question_get_stem (q_tr));
      g_assert_cmpstr (syl_question_get_explanation (q_en), !=, syl_question_get_explanation (q_tr));
    }

  g_assert_cmpuint (counts[1], >, 0);

  direct = load_translation (language, &stats);
  g_assert_cmpuint (stats.n_mismatched, ==, 0);
  g_assert_cmpuint (stats.n_questions_translated, ==, translated);
  g_assert_cmpuint (translated, >, 0);
  g_test_message ("%s: %u of %u questions translated; %u of %u strings translated"
                  " (%u differ from the English)", language, translated, n_questions (english),
                  stats.n_strings_translated, stats.n_strings, counts[1]);

  g_unsetenv ("LANGUAGE");
  g_unsetenv (SYL_PACK_TRANSLATIONS_DIR_ENV);
}

/* Service names */

static gboolean
is_connector (const char *word)
{
  return g_strv_contains ((const char * const[]) { "for", "and", "on", "with", "of", NULL }, word);
}

/* An alias that is a name (CloudFormation, Parameter Store, FSx for
 * Lustre), not a common phrase (state machine, web ACL, scaling plans).
 * Aliases that are also everyday English words, which start sentences
 * ("Backup and recovery strategies", "Health checks…"), are checked only
 * inside the full name (AWS Backup, AWS Health). */
static gboolean
is_proper_name (const char *alias)
{
  static const char * const common_words[] = {
    "Backup", "Copilot", "Detective", "Health", "Inspector", "Proton", "Shield", NULL
  };
  g_auto(GStrv) words = g_strsplit (alias, " ", -1);
  gboolean capital = FALSE;

  if (g_strv_contains (common_words, alias))
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (is_connector (words[i]))
        continue;
      if (!g_ascii_isupper (words[i][0]) && !g_ascii_isdigit (words[i][0]))
        return FALSE;
      capital = TRUE;
    }

  return capital;
}

static void
add_name (GPtrArray  *names,
          const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (stripped[0] != '\0' && !g_ptr_array_find_with_equal_func (names, stripped, g_str_equal, NULL))
    g_ptr_array_add (names, g_steal_pointer (&stripped));
}

/* The service names of the appendix: each <name> ("Amazon Elastic Container
 * Registry (Amazon ECR)" gives both parts) and each alias that is a name. */
static GPtrArray *
dup_service_names (SylPack *pack)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GListModel *categories = syl_pack_get_categories (pack);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, i);
      GListModel *services = syl_category_get_services (category);

      for (guint j = 0; j < g_list_model_get_n_items (services); j++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, j);
          const char *name = syl_service_get_name (service);
          const char *paren = strchr (name, '(');
          const char * const *aliases = syl_service_get_aliases (service);

          add_name (names, name);
          if (paren != NULL && g_str_has_suffix (name, ")"))
            {
              g_autofree char *before = g_strndup (name, paren - name);
              g_autofree char *inside = g_strndup (paren + 1, strlen (paren + 1) - 1);

              add_name (names, before);
              add_name (names, inside);
            }
          for (guint k = 0; aliases[k] != NULL; k++)
            if (is_proper_name (aliases[k]))
              add_name (names, aliases[k]);
        }
    }

  return names;
}

static gboolean
has_word (const char *text,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
      return TRUE;

  return FALSE;
}

typedef struct
{
  GPtrArray *names;
  const char *language;
  guint n_checked;
  guint n_failures;
} NameCheck;

static void
check_names_pair (const char *where,
                  const char *en,
                  const char *tr,
                  gpointer    data)
{
  NameCheck *check = data;

  if (en == NULL || g_strcmp0 (en, tr) == 0)
    return;

  for (guint i = 0; i < check->names->len; i++)
    {
      const char *name = g_ptr_array_index (check->names, i);

      if (!has_word (en, name))
        continue;
      check->n_checked++;
      if (!has_word (tr, name))
        {
          g_test_message ("%s, %s: the translation lost the service name \"%s\":\n  en: %s\n  %s: %s",
                          check->language, where, name, en, check->language, tr);
          check->n_failures++;
        }
    }
}

/* A service name is never translated: every translated string keeps each
 * service name its English text has. */
static void
test_service_names (gconstpointer data)
{
  const char *language = data;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GPtrArray) names = dup_service_names (english);
  NameCheck check = { names, language, 0, 0 };

  if (skip_if_untranslated (language))
    return;
  pack = load_translation (language, NULL);

  g_assert_true (g_ptr_array_find_with_equal_func (names, "AWS CloudFormation", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "Amazon ECR", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "Parameter Store", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (names, "state machine", g_str_equal, NULL));

  each_pair (english, pack, check_names_pair, &check);
  g_test_message ("%s: %u service names checked in translated strings", language, check.n_checked);
  g_assert_cmpuint (check.n_checked, >, 0);
  g_assert_cmpuint (check.n_failures, ==, 0);
}

static void
test_service_names_detect (void)
{
  g_autoptr(GPtrArray) names = dup_service_names (english);
  NameCheck check = { names, "de", 0, 0 };

  check_names_pair ("test", "Deploy it with AWS CodeDeploy and Amazon S3.",
                    "Mit AWS CodeDeploy und Amazon S3 bereitstellen.", &check);
  g_assert_cmpuint (check.n_failures, ==, 0);
  check_names_pair ("test", "Store it in Parameter Store.",
                    "Im Parameterspeicher ablegen.", &check);
  g_assert_cmpuint (check.n_failures, ==, 1);
}

/* Choosing the language */

static void
test_language_choice (void)
{
  g_autofree char *dir = english_dir ();
  g_autofree char *root = built_translations_root ();
  static const struct { const char *languages[6]; const char *expected; } cases[] = {
    { { "de_DE.UTF-8", "de_DE", "de.UTF-8", "de", "C", NULL }, "de" },
    { { "es_MX", "es", "C", NULL }, "es" },
    { { "en_US.UTF-8", "en_US", "en", "de", "C", NULL }, "en" },
    { { "fr_FR", "fr", "C", "de", NULL }, "en" },
    { { "C", NULL }, "en" },
    { { "../../..", "/tmp", "", "es", NULL }, "es" },
    { { "pt_BR", "pt", "de", NULL }, "de" },
  };

  g_setenv (SYL_PACK_TRANSLATIONS_DIR_ENV, root, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SylPack) pack = NULL;
      g_autoptr(GError) error = NULL;

      pack = syl_pack_load_localized (dir, cases[i].languages, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (syl_pack_get_language (pack), ==, cases[i].expected);
    }

  /* Without the build's folder, the source pack has no translations. */
  g_unsetenv (SYL_PACK_TRANSLATIONS_DIR_ENV);
  {
    const char * const de[] = { "de", NULL };
    g_autoptr(SylPack) pack = syl_pack_load_localized (dir, de, NULL);

    g_assert_cmpstr (syl_pack_get_language (pack), ==, "en");
  }
}

/* A broken translation is reported and skipped: the next language, or
 * English, is used instead. */
static void
test_broken_translation (void)
{
  g_autofree char *dir = english_dir ();
  g_autofree char *root = built_translations_root ();
  g_autofree char *tmp = g_dir_make_tmp ("syl-translation-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (tmp, PACK_ID, "translations", "de", NULL);
  g_autofree char *pack_xml = g_build_filename (broken, "pack.xml", NULL);
  g_autofree char *pack_mo = g_build_filename (broken, "pack.mo", NULL);
  g_autofree char *search = g_strjoin (G_SEARCHPATH_SEPARATOR_S, tmp, root, NULL);
  const char * const de_es[] = { "de", "es", NULL };
  const char * const de[] = { "de", NULL };
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylPack) fallback = NULL;

  g_assert_cmpint (g_mkdir_with_parents (broken, 0700), ==, 0);
  g_assert_true (g_file_set_contents (pack_xml, "<pack/>", -1, NULL));
  g_assert_true (g_file_set_contents (pack_mo, "garbage", -1, NULL));
  g_setenv (SYL_PACK_TRANSLATIONS_DIR_ENV, search, TRUE);

  g_test_expect_message ("syl-pack-translation", G_LOG_LEVEL_WARNING,
                         "Pack aws-dop-c02: the de translation is not used: *pack.mo*");
  pack = syl_pack_load_localized (dir, de_es, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (syl_pack_get_language (pack), ==, "es");

  /* A valid catalog with a pack that does not load. */
  {
    g_autofree char *real_mo = NULL;
    g_autofree char *real_dir = translation_dir ("de");
    g_autofree char *real_mo_path = g_build_filename (real_dir, "pack.mo", NULL);
    gsize length;

    g_assert_true (g_file_get_contents (real_mo_path, &real_mo, &length, NULL));
    g_assert_true (g_file_set_contents (pack_mo, real_mo, length, NULL));
  }
  g_test_expect_message ("syl-pack-translation", G_LOG_LEVEL_WARNING,
                         "Pack aws-dop-c02: the de translation is not used: *");
  fallback = syl_pack_load_localized (dir, de, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (syl_pack_get_language (fallback), ==, "en");

  g_unsetenv (SYL_PACK_TRANSLATIONS_DIR_ENV);
  g_remove (pack_xml);
  g_remove (pack_mo);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *parent = g_path_get_dirname (broken);

      g_rmdir (broken);
      g_free (broken);
      broken = g_steal_pointer (&parent);
    }
  g_rmdir (tmp);
}

/* The languages of po-packs/PACK_ID/LINGUAS. */
static GStrv
dup_languages (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "po-packs",
                                            PACK_ID, "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit_set (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      words = g_strsplit_set (lines[i], " \t", -1);
      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          g_strv_builder_add (builder, words[j]);
    }

  return g_strv_builder_end (builder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_auto(GStrv) languages = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  g_unsetenv (SYL_PACK_TRANSLATIONS_DIR_ENV);
  dir = english_dir ();
  english = syl_pack_load (dir, &error);
  g_assert_no_error (error);

  g_test_add_func ("/syl/pack-translation/catalog/bad-data", test_catalog_bad_data);
  g_test_add_func ("/syl/pack-translation/hazard/catalog-overlapping", test_catalog_overlapping);
  g_test_add_func ("/syl/pack-translation/hazard/catalog-huge-count", test_catalog_huge_count);
  g_test_add_func ("/syl/pack-translation/hazard/catalog-fifo", test_catalog_fifo);
  g_test_add_func ("/syl/pack-translation/catalog/msgid", test_catalog_msgid);
  g_test_add_func ("/syl/pack-translation/merge/pseudo", test_merge_pseudo);
  g_test_add_func ("/syl/pack-translation/merge/second-wave", test_merge_second_wave);
  g_test_add_data_func ("/syl/pack-translation/merge/no-stem",
                        GUINT_TO_POINTER (DROP_STEM), test_merge_incomplete);
  g_test_add_data_func ("/syl/pack-translation/merge/no-option",
                        GUINT_TO_POINTER (DROP_OPTION), test_merge_incomplete);
  g_test_add_data_func ("/syl/pack-translation/merge/no-why",
                        GUINT_TO_POINTER (DROP_WHY), test_merge_incomplete);
  g_test_add_data_func ("/syl/pack-translation/merge/no-explanation",
                        GUINT_TO_POINTER (DROP_EXPLANATION), test_merge_incomplete);
  g_test_add_data_func ("/syl/pack-translation/merge/not-merged",
                        GUINT_TO_POINTER (WRONG_TEXT), test_merge_incomplete);
  g_test_add_func ("/syl/pack-translation/service-names/detect", test_service_names_detect);
  /* Every language of the pack's LINGUAS, so that a new one is checked too. */
  languages = dup_languages ();
  g_assert_true (g_strv_contains ((const char * const *)languages, "de"));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *language = languages[i];
      g_autofree char *catalog_path = g_strdup_printf ("/syl/pack-translation/catalog/%s", language);
      g_autofree char *localized_path = g_strdup_printf ("/syl/pack-translation/localized/%s", language);
      g_autofree char *names_path = g_strdup_printf ("/syl/pack-translation/service-names/%s", language);

      g_test_add_data_func (catalog_path, language, test_catalog_shipped);
      g_test_add_data_func (localized_path, language, test_localized);
      g_test_add_data_func (names_path, language, test_service_names);
    }
  g_test_add_func ("/syl/pack-translation/language-choice", test_language_choice);
  g_test_add_func ("/syl/pack-translation/broken", test_broken_translation);

  status = g_test_run ();
  g_clear_object (&english);

  return status;
}

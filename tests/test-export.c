/* test-export.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-export-gift.h"
#include "syl-export-pack.h"
#include "syl-export.h"
#include "syl-import.h"
#include "syl-pack-change.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syl-test-import.h"
#include "syl-test-util.h"

static SylPack *
load_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autoptr(GError) error = NULL;
  SylPack *pack = syl_pack_load (path, &error);

  g_assert_no_error (error);
  return pack;
}

/* Every question of @original is in @copy, under the same id, with the
 * same stem, options in the same order, the same key, whys and
 * explanation; and the same task statement by title. */
static void
assert_same_questions (SylPack *original,
                       SylPack *copy)
{
  GListModel *questions = syl_pack_get_questions (original);

  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (copy)), ==,
                    g_list_model_get_n_items (questions));

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      SylQuestion *c = syl_pack_lookup_question (copy, syl_question_get_id (q));

      g_assert_nonnull (c);
      g_assert_cmpstr (syl_question_get_stem (c), ==, syl_question_get_stem (q));
      g_assert_cmpint (syl_question_get_question_type (c), ==, syl_question_get_question_type (q));
      g_assert_cmpstr (syl_question_get_explanation (c), ==, syl_question_get_explanation (q));
      g_assert_cmpuint (syl_question_get_n_options (c), ==, syl_question_get_n_options (q));
      for (guint o = 0; o < syl_question_get_n_options (q); o++)
        {
          g_assert_cmpstr (syl_question_get_option_text (c, o), ==, syl_question_get_option_text (q, o));
          g_assert_cmpstr (syl_question_get_option_why (c, o), ==, syl_question_get_option_why (q, o));
          g_assert_cmpint (syl_question_get_option_correct (c, o), ==, syl_question_get_option_correct (q, o));
        }
      g_assert_cmpstr (syl_task_get_title (syl_question_get_task (c)), ==,
                       syl_task_get_title (syl_question_get_task (q)));
      g_assert_cmpstr (syl_domain_get_title (syl_question_get_domain (c)), ==,
                       syl_domain_get_title (syl_question_get_domain (q)));
    }
}

static void
round_trip (SylPack         *pack,
            SylExportFormat  export_format,
            SylImportFormat  import_format,
            gboolean         with_references)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_export (pack, export_format, &error);
  g_autoptr(SylImportResult) result = NULL;
  GListModel *questions = syl_pack_get_questions (pack);

  g_assert_no_error (error);
  result = syl_import_data (import_format, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            "exported", NULL, &error);
  g_assert_no_error (error);
  assert_same_questions (pack, result->pack);

  for (guint i = 0; with_references && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);
      SylQuestion *c = syl_pack_lookup_question (result->pack, syl_question_get_id (q));

      g_assert_cmpuint (syl_question_get_n_references (c), ==, syl_question_get_n_references (q));
      for (guint r = 0; r < syl_question_get_n_references (q); r++)
        {
          g_assert_cmpstr (syl_question_get_reference_href (c, r), ==, syl_question_get_reference_href (q, r));
          g_assert_cmpstr (syl_question_get_reference_title (c, r), ==, syl_question_get_reference_title (q, r));
        }
    }
}

static void
test_gift_round_trip (void)
{
  g_autoptr(SylPack) minimal = load_minimal ();
  g_autoptr(SylPack) shipped = syl_test_load_shipped_pack ();

  round_trip (minimal, SYL_EXPORT_FORMAT_GIFT, SYL_IMPORT_FORMAT_GIFT, FALSE);
  round_trip (shipped, SYL_EXPORT_FORMAT_GIFT, SYL_IMPORT_FORMAT_GIFT, FALSE);
}

static void
test_qti_round_trip (void)
{
  g_autoptr(SylPack) minimal = load_minimal ();
  g_autoptr(SylPack) shipped = syl_test_load_shipped_pack ();

  round_trip (minimal, SYL_EXPORT_FORMAT_QTI, SYL_IMPORT_FORMAT_QTI, FALSE);
  round_trip (shipped, SYL_EXPORT_FORMAT_QTI, SYL_IMPORT_FORMAT_QTI, FALSE);
}

static void
test_csv_round_trip (void)
{
  g_autoptr(SylPack) minimal = load_minimal ();
  g_autoptr(SylPack) shipped = syl_test_load_shipped_pack ();

  round_trip (minimal, SYL_EXPORT_FORMAT_CSV, SYL_IMPORT_FORMAT_CSV, TRUE);
  round_trip (shipped, SYL_EXPORT_FORMAT_CSV, SYL_IMPORT_FORMAT_CSV, TRUE);
}

/* Text with every character the formats treat specially survives each
 * round trip as it was. */
static void
test_special_characters (void)
{
  static const char pack_xml[] =
    "<pack xmlns=\"" SYL_PACK_NAMESPACE "\" id=\"special\" version=\"1\">"
    "<title>Special</title><exam code=\"S\" scored=\"1\" minutes=\"5\" score-min=\"0\" score-max=\"100\" pass=\"50\"/>"
    "<domain id=\"d1\" weight=\"100\"><title>CI/CD &amp; more</title><task id=\"1.1\"><title>a//b: {c}</title></task></domain>"
    "<questions><question id=\"q.1\" type=\"single\" task=\"1.1\">"
    "<stem>[html] Is 1 + 1 = 2 {always}? ~ # : \\ \"quoted\", 'single'; a,b &lt;b&gt;</stem>"
    "<option correct=\"true\">=SUM(A1) ~x<why>#1 \\n is not a line break: {}</why></option>"
    "<option>-tilde ~ and equals =<why>It's \"wrong\"; really.</why></option>"
    "<option>@home, ::title::</option>"
    "<option>+1 // not a comment</option>"
    "<explanation>#### is not an explanation; tabs\tand  spaces collapse</explanation>"
    "</question></questions></pack>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load_from_data (pack_xml, -1, "special", &error);

  g_assert_no_error (error);
  round_trip (pack, SYL_EXPORT_FORMAT_GIFT, SYL_IMPORT_FORMAT_GIFT, FALSE);
  round_trip (pack, SYL_EXPORT_FORMAT_QTI, SYL_IMPORT_FORMAT_QTI, FALSE);
  round_trip (pack, SYL_EXPORT_FORMAT_CSV, SYL_IMPORT_FORMAT_CSV, FALSE);
}

/* The pack writer loses nothing the model holds: writing the shipped
 * pack and loading it gives the same pack. */
static void
test_pack_writer (void)
{
  g_autoptr(SylPack) shipped = syl_test_load_shipped_pack ();
  g_autoptr(GBytes) bytes = syl_export_pack (shipped, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) copy = syl_pack_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                     "copy", &error);
  g_autoptr(GBytes) again = NULL;
  GListModel *categories;

  g_assert_no_error (error);
  assert_same_questions (shipped, copy);
  g_assert_cmpstr (syl_pack_get_title (copy), ==, syl_pack_get_title (shipped));
  g_assert_cmpuint (syl_pack_get_scored (copy), ==, syl_pack_get_scored (shipped));
  g_assert_cmpstrv (syl_pack_get_intro (copy), syl_pack_get_intro (shipped));
  g_assert_cmpstrv (syl_pack_get_concepts (copy), syl_pack_get_concepts (shipped));
  g_assert_cmpstrv (syl_pack_get_out_of_scope (copy), syl_pack_get_out_of_scope (shipped));
  categories = syl_pack_get_categories (copy);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==,
                    g_list_model_get_n_items (syl_pack_get_categories (shipped)));

  /* The errata travel with the pack. */
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_changes (copy)), ==,
                    g_list_model_get_n_items (syl_pack_get_changes (shipped)));
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_changes (copy)), >, 0);

  /* And a second time gives the same bytes. */
  again = syl_export_pack (copy, NULL);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* The report address and every version's errata are written back. */
static void
test_pack_writer_second_wave (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "packs", "second-wave", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = syl_pack_load (path, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SylPack) copy = NULL;
  GListModel *changes;

  g_assert_no_error (error);
  bytes = syl_export_pack (pack, NULL);
  copy = syl_pack_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "copy", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_report_address (copy), ==, syl_pack_get_report_address (pack));
  changes = syl_pack_get_changes (copy);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, g_list_model_get_n_items (syl_pack_get_changes (pack)));
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(SylPackChange) a = g_list_model_get_item (syl_pack_get_changes (pack), i);
      g_autoptr(SylPackChange) b = g_list_model_get_item (changes, i);

      g_assert_cmpuint (syl_pack_change_get_version (a), ==, syl_pack_change_get_version (b));
      g_assert_cmpstr (syl_pack_change_get_question_id (a), ==, syl_pack_change_get_question_id (b));
      g_assert_cmpstr (syl_pack_change_get_text (a), ==, syl_pack_change_get_text (b));
    }
}

static void
test_anki (void)
{
  g_autoptr(SylPack) pack = load_minimal ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_export (pack, SYL_EXPORT_FORMAT_ANKI, &error);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_headers = 0, n_cards = 0;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "#separator:tab\n#html:true\n"));
  g_assert_nonnull (strstr (text, "\n#columns:GUID\tFront\tBack\tTags\n"));
  g_assert_nonnull (strstr (text, "\n#guid column:1\n"));
  g_assert_nonnull (strstr (text, "\n#tags column:4\n"));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        continue;
      if (lines[i][0] == '#')
        {
          n_headers++;
          continue;
        }
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_true (g_str_has_prefix (fields[0], "syllabus:test-minimal:"));
      n_cards++;
    }
  g_assert_cmpuint (n_headers, ==, 7);
  /* Three services, three questions. */
  g_assert_cmpuint (n_cards, ==, 6);

  g_assert_nonnull (strstr (text, "syllabus:test-minimal:service:make\tGNU Make\tBuilds targets from rules.\t"));
  g_assert_nonnull (strstr (text, "syllabus:test-minimal:question:q2\tWhich two of these are build systems? (Choose two.)\t"
                                  "<b>GNU Make</b><br><b>Ninja</b><br><br>Make and Ninja build targets from rules.\t"));
}

static void
test_gift_escaping (void)
{
  g_autofree char *escaped = syl_export_gift_dup_escaped ("a~b=c#d{e}f:g\\h");

  g_assert_cmpstr (escaped, ==, "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
}

static void
test_to_file (void)
{
  g_autoptr(SylPack) pack = load_minimal ();
  g_autofree char *dir = g_dir_make_tmp ("syl-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.gift", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "out.gift", NULL);
  g_autoptr(GError) error = NULL;
  SylExportFormat format;

  g_assert_true (syl_export_to_file (pack, SYL_EXPORT_FORMAT_GIFT, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_false (syl_export_to_file (pack, SYL_EXPORT_FORMAT_GIFT, missing, &error));
  g_assert_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_WRITE);

  g_assert_true (syl_export_format_from_name ("Anki", &format));
  g_assert_cmpint (format, ==, SYL_EXPORT_FORMAT_ANKI);
  g_assert_false (syl_export_format_from_name ("docx", &format));
  g_assert_cmpstr (syl_export_format_get_extension (SYL_EXPORT_FORMAT_QTI), ==, "zip");

  syl_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/export/gift-round-trip", test_gift_round_trip);
  g_test_add_func ("/syl/export/qti-round-trip", test_qti_round_trip);
  g_test_add_func ("/syl/export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/syl/export/special-characters", test_special_characters);
  g_test_add_func ("/syl/export/pack-writer", test_pack_writer);
  g_test_add_func ("/syl/export/pack-writer-second-wave", test_pack_writer_second_wave);
  g_test_add_func ("/syl/export/anki", test_anki);
  g_test_add_func ("/syl/export/gift-escaping", test_gift_escaping);
  g_test_add_func ("/syl/export/to-file", test_to_file);

  return g_test_run ();
}

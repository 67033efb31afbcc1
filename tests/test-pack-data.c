/* test-pack-data.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-task.h"

/* The shipped pack must always load: question files may still be growing,
 * but every state that is committed is a valid pack. */

static char *
shipped_pack_path (void)
{
  const char *source_dir = g_getenv ("SYLLABUS_SOURCE_DIR");

  g_assert_nonnull (source_dir);
  return g_build_filename (source_dir, "data", "packs", "aws-dop-c02", NULL);
}

static void
test_shipped_pack_is_valid (void)
{
  g_autofree char *path = shipped_pack_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  GListModel *domains;
  guint weights = 0;
  guint n_tasks = 0;

  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pack);

  g_assert_cmpstr (syl_pack_get_id (pack), ==, "aws-dop-c02");
  g_assert_cmpstr (syl_pack_get_exam_code (pack), ==, "DOP-C02");
  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 65);
  g_assert_cmpuint (syl_pack_get_unscored (pack), ==, 10);
  g_assert_cmpuint (syl_pack_get_minutes (pack), ==, 180);
  g_assert_cmpuint (syl_pack_get_score_min (pack), ==, 100);
  g_assert_cmpuint (syl_pack_get_score_max (pack), ==, 1000);
  g_assert_cmpuint (syl_pack_get_pass_score (pack), ==, 750);

  domains = syl_pack_get_domains (pack);
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      weights += syl_domain_get_weight (domain);
      n_tasks += g_list_model_get_n_items (syl_domain_get_tasks (domain));
    }
  g_assert_cmpuint (weights, ==, 100);
  g_assert_cmpuint (n_tasks, ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_categories (pack)), >, 0);
  g_assert_nonnull (syl_pack_lookup_service (pack, "codepipeline"));

  g_test_message ("%u questions", g_list_model_get_n_items (syl_pack_get_questions (pack)));
}

/* The complete example of docs/pack-format.md is a valid pack. */
static void
test_documented_example_is_valid (void)
{
  const char *source_dir = g_getenv ("SYLLABUS_SOURCE_DIR");
  g_autofree char *doc = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  const char *start;
  const char *end;

  if (source_dir == NULL)
    {
      g_test_skip ("SYLLABUS_SOURCE_DIR is not set");
      return;
    }

  doc = g_build_filename (source_dir, "docs", "pack-format.md", NULL);
  g_assert_true (g_file_get_contents (doc, &contents, NULL, NULL));
  start = strstr (contents, "```xml\n");
  g_assert_nonnull (start);
  start += strlen ("```xml\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);

  pack = syl_pack_load_from_data (start, end - start, "docs/pack-format.md example", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (pack)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/pack-data/aws-dop-c02/valid", test_shipped_pack_is_valid);
  g_test_add_func ("/syl/pack-data/documented-example", test_documented_example_is_valid);

  return g_test_run ();
}

/* test-paths.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-paths.h"

static void
test_data_dir_default (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *expected = NULL;

  g_unsetenv ("SYLLABUS_DATA_DIR");
  dir = syl_paths_dup_default_data_dir ();
  expected = g_build_filename (g_get_user_data_dir (), "syllabus", NULL);
  g_assert_cmpstr (dir, ==, expected);
}

static void
test_data_dir_environment (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;

  g_setenv ("SYLLABUS_DATA_DIR", "/tmp/somewhere-else", TRUE);
  dir = syl_paths_dup_default_data_dir ();
  g_assert_cmpstr (dir, ==, "/tmp/somewhere-else");

  db = syl_paths_dup_progress_db (dir);
  g_assert_cmpstr (db, ==, "/tmp/somewhere-else/progress.db");

  /* An empty value means "not set", not "the current folder". */
  g_setenv ("SYLLABUS_DATA_DIR", "", TRUE);
  g_clear_pointer (&dir, g_free);
  dir = syl_paths_dup_default_data_dir ();
  g_assert_true (g_str_has_suffix (dir, "/syllabus"));
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

static void
test_pack_search_dirs (void)
{
  g_auto(GStrv) dirs = NULL;
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();

  dirs = syl_paths_dup_pack_search_dirs ("/usr/share/syllabus/packs");
  g_assert_cmpuint (g_strv_length (dirs), ==, 2);
  g_assert_cmpstr (dirs[0], ==, "/usr/share/syllabus/packs");
  g_assert_cmpstr (dirs[1], ==, user_dir);
  g_assert_true (g_str_has_suffix (user_dir, "/syllabus/packs"));

  g_clear_pointer (&dirs, g_strfreev);
  dirs = syl_paths_dup_pack_search_dirs (NULL);
  g_assert_cmpuint (g_strv_length (dirs), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/paths/data-dir/default", test_data_dir_default);
  g_test_add_func ("/syl/paths/data-dir/environment", test_data_dir_environment);
  g_test_add_func ("/syl/paths/pack-search-dirs", test_pack_search_dirs);

  return g_test_run ();
}

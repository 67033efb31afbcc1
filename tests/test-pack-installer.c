/* test-pack-installer.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-pack-installer.h"
#include "syl-pack-loader.h"
#include "syl-test-util.h"

typedef struct
{
  char *dest;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *tmp = g_dir_make_tmp ("syllabus-install-XXXXXX", NULL);

  /* A folder that does not exist yet, as on a first import. */
  fixture->dest = g_build_filename (tmp, "packs", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dest);

  syl_test_remove_tree (parent);
  g_free (fixture->dest);
}

static void
test_install_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *expected = g_build_filename (fixture->dest, "test-minimal.xml", NULL);
  g_autoptr(SylPack) installed = NULL;
  g_autoptr(SylPack) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = syl_pack_install (source, fixture->dest, &installed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (syl_pack_get_id (installed), ==, "test-minimal");

  /* The copy is found and loads on its own. */
  reloaded = syl_pack_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_id (reloaded), ==, "test-minimal");

  /* Importing again replaces it, without leftovers. */
  g_clear_pointer (&path, g_free);
  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  {
    g_autofree char *old = g_strconcat (expected, ".old", NULL);
    g_autofree char *partial = g_strconcat (expected, ".partial", NULL);

    g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  }
}

static void
test_install_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *expected = g_build_filename (fixture->dest, "test-folder", NULL);
  g_autofree char *readme = g_build_filename (expected, "questions", "README", NULL);
  g_autoptr(SylPack) original = NULL;
  g_autoptr(SylPack) installed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  original = syl_pack_load (source, &error);
  g_assert_no_error (error);

  path = syl_pack_install (source, fixture->dest, &installed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (installed)), ==,
                    g_list_model_get_n_items (syl_pack_get_questions (original)));

  /* Only what the loader reads is copied. */
  g_assert_false (g_file_test (readme, G_FILE_TEST_EXISTS));
}

static void
test_broken_pack_not_installed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "broken", "duplicate-option.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_DUPLICATE_OPTION);
  /* The learner is told which file and line. */
  g_assert_nonnull (strstr (error->message, "duplicate-option.xml:"));

  /* Nothing is left in the learner's folder. */
  if (g_file_test (fixture->dest, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dest, 0, NULL);
      g_assert_null (g_dir_read_name (dir));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/syl/pack-installer/file", Fixture, NULL, fixture_setup, test_install_file, fixture_teardown);
  g_test_add ("/syl/pack-installer/folder", Fixture, NULL, fixture_setup, test_install_folder, fixture_teardown);
  g_test_add ("/syl/pack-installer/broken", Fixture, NULL, fixture_setup, test_broken_pack_not_installed, fixture_teardown);

  return g_test_run ();
}

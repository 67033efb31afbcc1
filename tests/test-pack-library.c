/* test-pack-library.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "syl-pack-library.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"
#include "syl-paths.h"
#include "syl-test-util.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "packs", name, NULL);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Copies tests/packs/folder (pack.xml and questions/) to @to. */
static void
copy_folder_pack (const char *to)
{
  g_autofree char *from = fixture_path ("folder");
  g_autofree char *questions_to = g_build_filename (to, "questions", NULL);
  const char *files[] = { "pack.xml", "questions/a-first.xml", "questions/b-second.xml" };

  g_assert_cmpint (g_mkdir_with_parents (questions_to, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *src = g_build_filename (from, files[i], NULL);
      g_autofree char *dst = g_build_filename (to, files[i], NULL);

      copy_file (src, dst);
    }
}

typedef struct
{
  char *root;
  char *installed;
  char *user;
} Fixture;

/* installed/: a-minimal.xml, b-folder/, c-broken.xml, d-same-id.xml,
 * notes.txt, empty/, .hidden.xml; user/: unicode.xml, minimal-again.xml */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *unicode = fixture_path ("unicode.xml");
  g_autofree char *broken = fixture_path ("broken/weights.xml");
  g_autofree char *path = NULL;

  fixture->root = g_dir_make_tmp ("syl-pack-library-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->installed = g_build_filename (fixture->root, "installed", NULL);
  fixture->user = g_build_filename (fixture->root, "user", NULL);
  g_mkdir (fixture->installed, 0755);
  g_mkdir (fixture->user, 0755);

#define IN_INSTALLED(name) (g_free (path), path = g_build_filename (fixture->installed, name, NULL))
#define IN_USER(name) (g_free (path), path = g_build_filename (fixture->user, name, NULL))

  copy_file (minimal, IN_INSTALLED ("a-minimal.xml"));
  copy_folder_pack (IN_INSTALLED ("b-folder"));
  copy_file (broken, IN_INSTALLED ("c-broken.xml"));
  copy_file (minimal, IN_INSTALLED ("d-same-id.xml"));
  write_file (IN_INSTALLED ("notes.txt"), "not a pack");
  g_mkdir (IN_INSTALLED ("empty"), 0755);
  write_file (IN_INSTALLED (".hidden.xml"), "not read");
  copy_file (unicode, IN_USER ("unicode.xml"));
  copy_file (minimal, IN_USER ("minimal-again.xml"));

#undef IN_INSTALLED
#undef IN_USER
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  syl_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->installed);
  g_free (fixture->user);
}

static gboolean
failure_has (SylPackLibrary *library,
             const char     *path_suffix,
             SylPackError    code)
{
  for (guint i = 0; i < syl_pack_library_get_n_failures (library); i++)
    {
      const GError *error = syl_pack_library_get_failure_error (library, i);

      if (g_str_has_suffix (syl_pack_library_get_failure_path (library, i), path_suffix))
        return g_error_matches (error, SYL_PACK_ERROR, code);
    }

  return FALSE;
}

static void
test_search_dirs (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SylPackLibrary) library = syl_pack_library_new ();
  g_autofree char *missing = g_build_filename (fixture->root, "does-not-exist", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GListModel *packs;
  g_autoptr(SylPack) first = NULL;

  syl_pack_library_add_search_dir (library, fixture->installed);
  syl_pack_library_add_search_dir (library, missing);
  syl_pack_library_add_search_dir (library, fixture->user);
  syl_pack_library_load (library);

  packs = syl_pack_library_get_packs (library);
  g_assert_cmpuint (g_list_model_get_n_items (packs), ==, 3);
  first = g_list_model_get_item (packs, 0);
  g_assert_cmpstr (syl_pack_get_id (first), ==, "test-minimal");
  g_assert_true (g_str_has_suffix (syl_pack_get_path (first), "a-minimal.xml"));
  g_assert_nonnull (syl_pack_library_lookup (library, "test-folder"));
  g_assert_nonnull (syl_pack_library_lookup (library, "unicode"));
  g_assert_null (syl_pack_library_lookup (library, "nope"));

  /* The broken pack and both duplicates are reported, nothing else. */
  g_assert_cmpuint (syl_pack_library_get_n_failures (library), ==, 3);
  g_assert_true (failure_has (library, "c-broken.xml", SYL_PACK_ERROR_WEIGHTS));
  g_assert_true (failure_has (library, "d-same-id.xml", SYL_PACK_ERROR_DUPLICATE_PACK));
  g_assert_true (failure_has (library, "minimal-again.xml", SYL_PACK_ERROR_DUPLICATE_PACK));

  text = syl_pack_library_dup_failures_text (library);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "c-broken.xml:3: "));
  g_assert_nonnull (strstr (text, "a-minimal.xml"));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);

  /* Loading again starts over. */
  syl_pack_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (packs), ==, 3);
  g_assert_cmpuint (syl_pack_library_get_n_failures (library), ==, 3);
}

static void
test_explicit_paths (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SylPackLibrary) library = syl_pack_library_new ();
  g_autofree char *folder = g_build_filename (fixture->installed, "b-folder", NULL);
  g_autofree char *again = g_build_filename (fixture->user, "minimal-again.xml", NULL);
  g_autofree char *missing = g_build_filename (fixture->root, "missing.xml", NULL);
  SylPack *minimal;

  /* An explicit pack comes first, so it wins over an installed one. */
  syl_pack_library_add_path (library, again);
  syl_pack_library_add_path (library, folder);
  syl_pack_library_add_path (library, missing);
  syl_pack_library_add_search_dir (library, fixture->installed);
  syl_pack_library_load (library);

  minimal = syl_pack_library_lookup (library, "test-minimal");
  g_assert_nonnull (minimal);
  g_assert_true (g_str_has_suffix (syl_pack_get_path (minimal), "minimal-again.xml"));
  g_assert_true (failure_has (library, "missing.xml", SYL_PACK_ERROR_IO));
  g_assert_true (failure_has (library, "a-minimal.xml", SYL_PACK_ERROR_DUPLICATE_PACK));
  g_assert_true (failure_has (library, "b-folder", SYL_PACK_ERROR_DUPLICATE_PACK));
}

static void
test_empty (void)
{
  g_autoptr(SylPackLibrary) library = syl_pack_library_new ();

  syl_pack_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_library_get_packs (library)), ==, 0);
  g_assert_cmpuint (syl_pack_library_get_n_failures (library), ==, 0);
  g_assert_null (syl_pack_library_dup_failures_text (library));
}

/* The app's library: --pack paths, then $SYLLABUS_PACK_DIR (the installed
 * packs), then the learner's folder under the (isolated) XDG data dir. */
static void
test_default (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SylPackLibrary) library = NULL;
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();
  g_autofree char *user_pack = g_build_filename (user_dir, "unicode.xml", NULL);
  g_autofree char *unicode = fixture_path ("unicode.xml");
  g_autofree char *installed = NULL;
  g_autofree char *folder = fixture_path ("folder");
  const char *explicit_paths[] = { folder, NULL };

  g_assert_cmpint (g_mkdir_with_parents (user_dir, 0755), ==, 0);
  copy_file (unicode, user_pack);

  g_setenv ("SYLLABUS_PACK_DIR", fixture->installed, TRUE);
  installed = syl_pack_library_dup_installed_dir ();
  g_assert_cmpstr (installed, ==, fixture->installed);

  library = syl_pack_library_new_default (explicit_paths);
  syl_pack_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_library_get_packs (library)), ==, 3);
  g_assert_true (g_str_has_suffix (syl_pack_get_path (syl_pack_library_lookup (library, "test-folder")),
                                   "packs/folder"));
  g_assert_nonnull (syl_pack_library_lookup (library, "unicode"));
  g_assert_true (failure_has (library, "b-folder", SYL_PACK_ERROR_DUPLICATE_PACK));

  g_unsetenv ("SYLLABUS_PACK_DIR");
  g_clear_pointer (&installed, g_free);
  installed = syl_pack_library_dup_installed_dir ();
#ifdef SOURCE_PACKDIR
  g_assert_true (g_str_equal (installed, SOURCE_PACKDIR) ||
                 g_str_has_prefix (installed, PKGDATADIR));
#else
  /* Installed builds never look at the source tree. */
  g_assert_true (g_str_has_prefix (installed, PKGDATADIR));
#endif
  g_unlink (user_pack);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("syl-pack-library-home-XXXXXX", NULL);
  int status;

  /* Our own XDG_DATA_HOME, set before GLib caches it, so that the learner's
   * pack folder is a temporary one. (G_TEST_OPTION_ISOLATE_DIRS would do,
   * but GLib 2.74 leaks its strings, which LeakSanitizer reports.) */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/syl/pack-library/search-dirs", Fixture, NULL,
              fixture_setup, test_search_dirs, fixture_teardown);
  g_test_add ("/syl/pack-library/explicit-paths", Fixture, NULL,
              fixture_setup, test_explicit_paths, fixture_teardown);
  g_test_add ("/syl/pack-library/default", Fixture, NULL,
              fixture_setup, test_default, fixture_teardown);
  g_test_add_func ("/syl/pack-library/empty", test_empty);

  status = g_test_run ();
  syl_test_remove_tree (data_home);

  return status;
}

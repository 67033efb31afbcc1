/* test-pack-fuzz-regressions.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replays every input the fuzz targets once crashed on, kept (after the
 * fix) in tests/packs/fuzz-regressions/TARGET/, with the checks the
 * targets make (fuzz/syl-fuzz-pack.c): a pack or an error whose lines name
 * the file, never a crash; a pack that loads can be walked and an exam
 * built from it. An error is fine.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-fuzz-folder.h"
#include "syl-fuzz-pack.h"
#include "syl-pack-loader.h"

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  pack = syl_pack_load_from_data (contents, length, "fuzz.xml", &error);
  if (error != NULL)
    g_test_message ("%.2000s", error->message);
  syl_fuzz_check_result (pack, error, "fuzz.xml");
}

static void
replay_folder (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autofree char *folder = g_dir_make_tmp ("syl-fuzz-regression-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  syl_fuzz_write_folder (contents, length, folder);
  pack = syl_pack_load (folder, &error);
  if (error != NULL)
    g_test_message ("%.2000s", error->message);
  syl_fuzz_check_result (pack, error, folder);
  syl_fuzz_clear_folder (folder);
  g_rmdir (folder);
}

static void
add_tests (const char    *target,
           GTestDataFunc  func)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "packs", "fuzz-regressions",
                                                target, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/syl/pack-fuzz-regressions/%s/%s", target, file);

      /* The test framework keeps the path for the run. */
      g_test_add_data_func_full (test_path, g_build_filename (dir, file, NULL), func, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_tests ("fuzz-pack-file", replay_file);
  add_tests ("fuzz-pack-folder", replay_folder);

  return g_test_run ();
}

/* test-catalog-fuzz.c: the catalog fuzz target on its seeds and regressions
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs fuzz/fuzz-pack-catalog.c (linked in) on each seed of
 * tests/data/fuzz-catalog-seeds/ and each input that once crashed it,
 * tests/data/fuzz-regressions-catalog/, one test case per file; with
 * -Dfuzzing=true the same target runs under libFuzzer. */

#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static void
run_input (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

static guint
add_folder (const char *name,
            const char *folder)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  const char *file;

  while (dir != NULL && (file = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (file, ".mo"))
      g_ptr_array_add (files, g_strdup (file));
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/syl/catalog-fuzz/%s/%s", name,
                                                    (const char *) g_ptr_array_index (files, i));

      /* The path lives as long as the tests. */
      g_test_add_data_func_full (test_path,
                                 g_build_filename (dir_path, g_ptr_array_index (files, i), NULL),
                                 run_input, g_free);
      g_free (g_ptr_array_index (files, i));
    }

  return files->len;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  /* The seeds are there; the regressions may be none yet. */
  g_assert_cmpuint (add_folder ("seeds", "fuzz-catalog-seeds"), >=, 3);
  add_folder ("regressions", "fuzz-regressions-catalog");

  return g_test_run ();
}

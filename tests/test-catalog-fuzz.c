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

#include "syl-test-util.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  /* The seeds are there; the regressions may be none yet. */
  g_assert_cmpuint (syl_test_add_data_files ("/syl/catalog-fuzz/seeds", "fuzz-catalog-seeds", ".mo", run_input), >=, 3);
  syl_test_add_data_files ("/syl/catalog-fuzz/regressions", "fuzz-regressions-catalog", ".mo", run_input);

  return g_test_run ();
}

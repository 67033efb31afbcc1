/* test-import-fuzz-inputs.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The checks of the importers' fuzz targets (fuzz/syl-fuzz-import.c),
 * run in the normal build on their seeds and on every crash input the
 * fuzzers found, kept in data/fuzz-regressions-import/TARGET/. */

#include "config.h"

#include <string.h>

#include "syl-export.h"
#include "syl-fuzz-import.h"
#include "syl-pack-loader.h"
#include "syl-test-import.h"

typedef struct
{
  const char      *target;
  SylImportFormat  format;
  const char      *seeds[6];
} Target;

static const Target targets[] = {
  { "fuzz-import-gift", SYL_IMPORT_FORMAT_GIFT, { "moodle-export.gift", NULL } },
  { "fuzz-import-aiken", SYL_IMPORT_FORMAT_AIKEN, { "questions-aiken.txt", "cr-only-aiken.txt", NULL } },
  { "fuzz-import-csv", SYL_IMPORT_FORMAT_CSV, { NULL } },
  { "fuzz-import-qti", SYL_IMPORT_FORMAT_QTI, { "qti21-choice.xml", "qti21-multiple.xml", "qti30-choice.xml",
                                                "qti21-text-entry.xml", "minimal-qti.zip", NULL } },
};

static void
check_bytes (const Target *target,
             const char   *name,
             const char   *data,
             gsize         length)
{
  g_test_message ("%s: %s", target->target, name);
  syl_fuzz_import_check (target->format, (const guint8 *)data, length);
}

/* The seeds: the fixtures, and exports of the minimal pack. */
static void
test_seeds (gconstpointer user_data)
{
  const Target *target = user_data;
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autoptr(SylPack) pack = syl_pack_load (minimal, NULL);
  SylExportFormat export_format;

  for (guint i = 0; target->seeds[i] != NULL; i++)
    {
      gsize length;
      g_autofree char *data = syl_test_import_read_fixture (target->seeds[i], &length);

      check_bytes (target, target->seeds[i], data, length);
    }

  g_assert_nonnull (pack);
  if (syl_export_format_from_name (syl_import_format_to_name (target->format), &export_format))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) exported = syl_export (pack, export_format, &error);

      g_assert_no_error (error);
      check_bytes (target, "minimal.xml exported", g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
    }
}

/* Every input a fuzzer crashed on, once fixed, stays fixed. */
static void
test_regressions (gconstpointer user_data)
{
  const Target *target = user_data;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "fuzz-regressions-import",
                                                   target->target, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (name[0] == '.' || g_str_has_suffix (name, ".md"))
        continue;
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      check_bytes (target, name, data, length);
      n++;
    }

  g_test_message ("%u inputs", n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *seeds = g_strdup_printf ("/syl/import-fuzz-inputs/%s/seeds", targets[i].target);
      g_autofree char *regressions = g_strdup_printf ("/syl/import-fuzz-inputs/%s/regressions", targets[i].target);

      g_test_add_data_func (seeds, &targets[i], test_seeds);
      g_test_add_data_func (regressions, &targets[i], test_regressions);
    }

  return g_test_run ();
}

/* fuzz-pack-folder.c: libFuzzer target for the folder pack loader.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is split into pack.xml and questions/*.xml files
 * (syl-fuzz-folder.c), written into a temporary folder, and loaded with
 * syl_pack_load(): the checks are those of fuzz-pack-file, across files
 * (ids and references that span them, pack= of the questions files).
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "syl-fuzz-folder.h"
#include "syl-fuzz-pack.h"
#include "syl-pack-loader.h"

int LLVMFuzzerInitialize    (int            *argc,
                             char         ***argv);
int LLVMFuzzerTestOneInput  (const uint8_t  *data,
                             size_t          size);

static char *folder;

static void
remove_folder (void)
{
  syl_fuzz_clear_folder (folder);
  g_rmdir (folder);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  folder = g_dir_make_tmp ("syl-fuzz-pack-folder-XXXXXX", NULL);
  if (folder == NULL)
    g_error ("cannot make a temporary folder");
  atexit (remove_folder);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  syl_fuzz_write_folder ((const char *)data, size, folder);
  pack = syl_pack_load (folder, &error);
  syl_fuzz_clear_folder (folder);
  syl_fuzz_check_result (pack, error, folder);

  return 0;
}

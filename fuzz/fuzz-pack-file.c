/* fuzz-pack-file.c: libFuzzer target for the single-file pack loader.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a pack file. Whatever it holds, syl_pack_load_from_data()
 * must give either a pack or an error whose every line starts with the
 * file name, and a pack that loads must be usable: it is walked, and an
 * exam and drills are built from it (a pack that loads but makes the exam
 * builder abort is a crash too: issue 15, item 4).
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "syl-fuzz-pack.h"
#include "syl-pack-loader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  pack = syl_pack_load_from_data ((const char *)data, size, "fuzz.xml", &error);
  syl_fuzz_check_result (pack, error, "fuzz.xml");

  return 0;
}

/* fuzz-import-aiken.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target: the input is a file for the AIKEN importer
 * (syl-import-aiken.c), converted and validated as Import Pack does.
 */

#include "config.h"

#include "syl-fuzz-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  syl_fuzz_import_check (SYL_IMPORT_FORMAT_AIKEN, data, size);
  return 0;
}

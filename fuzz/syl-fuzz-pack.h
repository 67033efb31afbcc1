/* syl-fuzz-pack.h: what the pack fuzz targets check after a load.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-pack.h"

G_BEGIN_DECLS

void syl_fuzz_check_result (SylPack      *pack,
                            const GError *error,
                            const char   *name);

G_END_DECLS

/* syl-fuzz-folder.h: how fuzz-pack-folder turns one input into a folder
 * pack; shared with the test that replays tests/packs/fuzz-regressions.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Between two files of one input. */
#define SYL_FUZZ_FILE_SEPARATOR "\n<?syl-fuzz-file?>\n"

/* At most this many files: pack.xml and the files of questions/. */
#define SYL_FUZZ_MAX_FILES 8

void syl_fuzz_write_folder (const char *data,
                            gsize       size,
                            const char *dir);
void syl_fuzz_clear_folder (const char *dir);

G_END_DECLS

/* syl-pack-input.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* How the pack loader reads its files and names them in messages. Only the
 * loader (and its tests) use this header. */

#include <glib.h>

G_BEGIN_DECLS

GBytes *syl_pack_input_read_file      (const char  *path,
                                       gsize        max_size,
                                       GError     **error);
char   *syl_pack_input_dup_printable  (const char  *text,
                                       gsize        max_chars,
                                       gboolean     keep_end);
char   *syl_pack_input_dup_file_name  (const char  *path);

G_END_DECLS

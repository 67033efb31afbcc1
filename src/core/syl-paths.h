/* syl-paths.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *syl_paths_dup_default_data_dir (void);
char  *syl_paths_dup_progress_db      (const char *data_dir);
char  *syl_paths_dup_user_pack_dir    (void);
GStrv  syl_paths_dup_pack_search_dirs (const char *installed_pack_dir);

G_END_DECLS

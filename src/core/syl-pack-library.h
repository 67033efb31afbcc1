/* syl-pack-library.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACK_LIBRARY (syl_pack_library_get_type ())

G_DECLARE_FINAL_TYPE (SylPackLibrary, syl_pack_library, SYL, PACK_LIBRARY, GObject)

SylPackLibrary  *syl_pack_library_new                   (void);
SylPackLibrary  *syl_pack_library_new_default           (const char * const *explicit_paths);
char            *syl_pack_library_dup_installed_dir     (void);
void             syl_pack_library_add_path              (SylPackLibrary     *self,
                                                         const char         *path);
void             syl_pack_library_add_search_dir        (SylPackLibrary     *self,
                                                         const char         *dir);
void             syl_pack_library_load                  (SylPackLibrary     *self);
GListModel      *syl_pack_library_get_packs             (SylPackLibrary     *self);
SylPack         *syl_pack_library_lookup                (SylPackLibrary     *self,
                                                         const char         *id);
GStrv            syl_pack_library_dup_reserved_ids      (SylPackLibrary     *self,
                                                         const char         *user_dir);
guint            syl_pack_library_get_n_failures        (SylPackLibrary     *self);
const char      *syl_pack_library_get_failure_path      (SylPackLibrary     *self,
                                                         guint               i);
const GError    *syl_pack_library_get_failure_error     (SylPackLibrary     *self,
                                                         guint               i);
char            *syl_pack_library_dup_failures_text     (SylPackLibrary     *self);

G_END_DECLS

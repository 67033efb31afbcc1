/* syl-pack-installer.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-pack.h"

G_BEGIN_DECLS

char *syl_pack_install (const char  *source,
                        const char  *dest_dir,
                        SylPack    **installed,
                        GError     **error);

G_END_DECLS

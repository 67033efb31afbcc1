/* syl-export-pack.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

GBytes *syl_export_pack (SylPack *pack,
                         GArray  *question_lines);

G_END_DECLS

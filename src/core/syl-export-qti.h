/* syl-export-qti.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

GBytes *syl_export_qti (SylPack  *pack,
                        GError  **error);

G_END_DECLS

/* syl-fuzz-import.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-import.h"

G_BEGIN_DECLS

/* The name the fuzz inputs go by in messages. */
#define SYL_FUZZ_IMPORT_NAME "fuzz-input"

void syl_fuzz_import_check (SylImportFormat  format,
                            const guint8    *data,
                            gsize            size);

G_END_DECLS

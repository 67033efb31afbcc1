/* syl-import-aiken.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-import-bank.h"

G_BEGIN_DECLS

void syl_import_aiken_read (SylImportBank *bank,
                           const char    *data,
                           gsize          length);

G_END_DECLS

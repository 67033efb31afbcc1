/* syl-allocation.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void syl_allocate_by_weight (const guint *weights,
                             guint        n_weights,
                             guint        total,
                             guint       *counts);

G_END_DECLS

/* syl-links.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

GPtrArray  *syl_links_dup_tasks_for_service (SylPack    *pack,
                                             SylService *service);
GHashTable *syl_links_index_states          (GPtrArray  *states);
guint       syl_links_count_attempts        (GHashTable *states_by_question,
                                             GPtrArray  *questions);

G_END_DECLS

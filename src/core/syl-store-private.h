/* syl-store-private.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-store.h"

G_BEGIN_DECLS

/* The query of syl_store_dup_scores(), here so that a test can check with
 * EXPLAIN QUERY PLAN that it reads the sessions_by_pack index (pack_id,
 * finished_at) in order: no table scan, no sort. */
#define SYL_STORE_SCORES_SQL \
  "SELECT id, finished_at, score FROM sessions" \
  " WHERE pack_id = ?1 AND (?2 IS NULL OR mode = ?2)" \
  "   AND finished_at IS NOT NULL AND score IS NOT NULL" \
  " ORDER BY finished_at, id"

G_END_DECLS

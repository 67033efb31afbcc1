/* syl-search.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SylSearchRank:
 * @SYL_SEARCH_NO_MATCH: some word of the query is nowhere
 * @SYL_SEARCH_IN_SUMMARY: every word is there, some only in the summary
 * @SYL_SEARCH_IN_NAME: every word is in the name or an alias
 *
 * How well an item matches a query; a higher value is a better match.
 */
typedef enum
{
  SYL_SEARCH_NO_MATCH,
  SYL_SEARCH_IN_SUMMARY,
  SYL_SEARCH_IN_NAME,
} SylSearchRank;

char     *syl_search_fold          (const char         *text);
GStrv     syl_search_tokenize      (const char         *query);
gboolean  syl_search_text_has_word (const char         *text,
                                    const char         *token);
gboolean  syl_search_match_tokens  (const char * const *tokens,
                                    const char         *name,
                                    const char         *summary,
                                    const char * const *aliases);
SylSearchRank syl_search_rank_tokens (const char * const *tokens,
                                     const char         *name,
                                     const char         *summary,
                                     const char * const *aliases);
gboolean  syl_search_matches       (const char         *query,
                                    const char         *name,
                                    const char         *summary,
                                    const char * const *aliases);

G_END_DECLS

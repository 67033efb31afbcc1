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

/**
 * SylSearchText:
 *
 * A text folded once for matching many times; see syl_search_text_new().
 */
typedef struct _SylSearchText SylSearchText;

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

SylSearchText *syl_search_text_new        (const char          *text);
void           syl_search_text_free       (SylSearchText       *self);
gboolean       syl_search_text_has_prefix (const SylSearchText *self,
                                           const char          *token);
SylSearchRank  syl_search_rank_texts      (const char * const          *tokens,
                                           const SylSearchText         *name,
                                           const SylSearchText         *summary,
                                           const SylSearchText * const *aliases);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylSearchText, syl_search_text_free)

G_END_DECLS

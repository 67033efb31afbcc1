/* syl-search.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *syl_search_fold          (const char         *text);
GStrv     syl_search_tokenize      (const char         *query);
gboolean  syl_search_text_has_word (const char         *text,
                                    const char         *token);
gboolean  syl_search_match_tokens  (const char * const *tokens,
                                    const char         *name,
                                    const char         *summary,
                                    const char * const *aliases);
gboolean  syl_search_matches       (const char         *query,
                                    const char         *name,
                                    const char         *summary,
                                    const char * const *aliases);

G_END_DECLS

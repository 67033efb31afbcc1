/* syl-search.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-search"

#include "config.h"

#include <string.h>

#include "syl-search.h"

/* A text folded once, with where its words start, so that a list filtered
 * at every keystroke compares the typed words and nothing else. */
struct _SylSearchText
{
  char *folded;
  gsize *starts;                /* offsets of word starts in @folded */
  guint n_starts;
};

/* Search as you type, for the services browser and anything else that
 * filters names: a query matches when each of its words starts a word of
 * the name, an alias or the summary. Case and accents do not matter, so
 * "ecs", "ECS" and "écs" find Amazon ECS, and "watch" finds CloudWatch
 * because a change to upper case inside a word starts a new one. */

/* Appends @c without case or accents: case-folded, then decomposed
 * (compatibility decomposition, so "ﬁ" becomes "fi"), marks dropped. */
static void
append_folded (GString  *out,
               gunichar  c)
{
  char utf8[8];
  int len = g_unichar_to_utf8 (c, utf8);
  g_autofree char *folded = g_utf8_casefold (utf8, len);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                           decomposed, G_N_ELEMENTS (decomposed));

      for (gsize i = 0; i < n; i++)
        if (!g_unichar_ismark (decomposed[i]))
          g_string_append_unichar (out, decomposed[i]);
    }
}

static gboolean
starts_word (gunichar prev,
             gunichar c,
             gunichar next)
{
  if (!g_unichar_isalnum (prev))
    return TRUE;

  /* camelCase and CamelCase: "CloudWatch", "IAMRole" */
  if (g_unichar_isupper (c) && g_unichar_islower (prev))
    return TRUE;
  if (g_unichar_isupper (c) && g_unichar_isupper (prev) && g_unichar_islower (next))
    return TRUE;

  return FALSE;
}

/* Folds @text, writing one space for each run of characters that are not
 * letters or digits, and records where words start in the result. */
static char *
fold_words (const char *text,
            GArray     *starts)
{
  GString *out = g_string_sized_new (strlen (text));
  gunichar prev = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next_p = g_utf8_next_char (p);
      gunichar next = *next_p != '\0' ? g_utf8_get_char (next_p) : 0;

      /* ASCII fast path: the same result as append_folded() and
       * starts_word() give for these characters, without the allocations
       * of g_utf8_casefold() (most texts are mostly ASCII). */
      if (c < 0x80 && prev < 0x80 && next < 0x80)
        {
          if (!g_ascii_isalnum (c))
            {
              if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c (out, ' ');
            }
          else
            {
              if (starts != NULL &&
                  (!g_ascii_isalnum (prev) ||
                   (g_ascii_isupper (c) && g_ascii_islower (prev)) ||
                   (g_ascii_isupper (c) && g_ascii_isupper (prev) && g_ascii_islower (next))))
                {
                  gsize at = out->len;

                  g_array_append_val (starts, at);
                }
              g_string_append_c (out, g_ascii_tolower (c));
            }

          prev = c;
          continue;
        }

      if (!g_unichar_isalnum (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        {
          if (starts != NULL && starts_word (prev, c, next))
            {
              gsize at = out->len;

              g_array_append_val (starts, at);
            }
          append_folded (out, c);
        }

      prev = c;
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * syl_search_fold:
 * @text: (nullable): any text
 *
 * Folds @text for comparison: lower case without accents, every run of
 * characters other than letters and digits turned into one space, trimmed.
 *
 * Returns: (transfer full): the folded text, "" for %NULL
 */
char *
syl_search_fold (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  return fold_words (text, NULL);
}

/**
 * syl_search_tokenize:
 * @query: (nullable): what the learner typed
 *
 * Returns: (transfer full): the folded words of @query, an empty vector
 *   when it has none
 */
GStrv
syl_search_tokenize (const char *query)
{
  g_autofree char *folded = syl_search_fold (query);

  if (folded[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (folded, " ", -1);
}

/**
 * syl_search_text_new:
 * @text: (nullable): text to search in, as written
 *
 * Folds @text once (see syl_search_fold()) and notes where its words
 * start, for lists filtered at every keystroke: keep one per field of each
 * item and match with syl_search_text_has_prefix() or
 * syl_search_rank_texts().
 *
 * Returns: (transfer full): the prepared text; a %NULL @text gives one
 *   that no word matches
 */
SylSearchText *
syl_search_text_new (const char *text)
{
  SylSearchText *self = g_new0 (SylSearchText, 1);
  GArray *starts;

  if (text == NULL)
    {
      self->folded = g_strdup ("");
      return self;
    }

  starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->folded = fold_words (text, starts);
  self->n_starts = starts->len;
  self->starts = (gsize *)(void *)g_array_free (starts, FALSE);

  return self;
}

/**
 * syl_search_text_free:
 * @self: (nullable): a prepared text
 */
void
syl_search_text_free (SylSearchText *self)
{
  if (self == NULL)
    return;

  g_free (self->folded);
  g_free (self->starts);
  g_free (self);
}

/**
 * syl_search_text_has_prefix:
 * @self: a prepared text
 * @token: a folded word, from syl_search_tokenize()
 *
 * Returns: %TRUE if a word of @self starts with @token (always for an
 *   empty @token)
 */
gboolean
syl_search_text_has_prefix (const SylSearchText *self,
                            const char          *token)
{
  gsize token_len;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  token_len = strlen (token);
  if (token_len == 0)
    return TRUE;

  for (guint i = 0; i < self->n_starts; i++)
    {
      const char *word = self->folded + self->starts[i];

      if (word[0] == token[0] && strncmp (word, token, token_len) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * syl_search_text_has_word:
 * @text: (nullable): text to look in, as written
 * @token: a folded word, from syl_search_tokenize()
 *
 * Returns: %TRUE if a word of @text starts with @token
 */
gboolean
syl_search_text_has_word (const char *text,
                          const char *token)
{
  g_autoptr(SylSearchText) prepared = NULL;

  g_return_val_if_fail (token != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  prepared = syl_search_text_new (text);
  return syl_search_text_has_prefix (prepared, token);
}

static gboolean
name_has_word (const char         *token,
               const char         *name,
               const char * const *aliases)
{
  if (syl_search_text_has_word (name, token))
    return TRUE;

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (syl_search_text_has_word (aliases[i], token))
      return TRUE;

  return FALSE;
}

/**
 * syl_search_rank_tokens:
 * @tokens: folded query words, from syl_search_tokenize()
 * @name: (nullable): the name of the thing searched
 * @summary: (nullable): its description
 * @aliases: (nullable): other names and abbreviations
 *
 * Like syl_search_match_tokens(), and also says whether the item matched
 * by its names alone, so that a list can show those matches first: a
 * learner who types "ecs" wants Amazon ECS before the services whose
 * summaries mention ECS.
 *
 * Returns: how well the item matches; %SYL_SEARCH_IN_NAME for no tokens
 */
SylSearchRank
syl_search_rank_tokens (const char * const *tokens,
                        const char         *name,
                        const char         *summary,
                        const char * const *aliases)
{
  SylSearchRank rank = SYL_SEARCH_IN_NAME;

  g_return_val_if_fail (tokens != NULL, SYL_SEARCH_NO_MATCH);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (name_has_word (tokens[i], name, aliases))
        continue;
      if (!syl_search_text_has_word (summary, tokens[i]))
        return SYL_SEARCH_NO_MATCH;
      rank = SYL_SEARCH_IN_SUMMARY;
    }

  return rank;
}

/**
 * syl_search_rank_texts:
 * @tokens: folded query words, from syl_search_tokenize()
 * @name: (nullable): the prepared name of the thing searched
 * @summary: (nullable): its prepared description
 * @aliases: (nullable) (array zero-terminated=1): its prepared other names
 *
 * Like syl_search_rank_tokens(), on texts prepared once with
 * syl_search_text_new(): what a list filtered at every keystroke uses.
 *
 * Returns: how well the item matches; %SYL_SEARCH_IN_NAME for no tokens
 */
SylSearchRank
syl_search_rank_texts (const char * const          *tokens,
                       const SylSearchText         *name,
                       const SylSearchText         *summary,
                       const SylSearchText * const *aliases)
{
  SylSearchRank rank = SYL_SEARCH_IN_NAME;

  g_return_val_if_fail (tokens != NULL, SYL_SEARCH_NO_MATCH);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gboolean in_name = name != NULL && syl_search_text_has_prefix (name, tokens[i]);

      for (guint j = 0; !in_name && aliases != NULL && aliases[j] != NULL; j++)
        in_name = syl_search_text_has_prefix (aliases[j], tokens[i]);
      if (in_name)
        continue;
      if (summary == NULL || !syl_search_text_has_prefix (summary, tokens[i]))
        return SYL_SEARCH_NO_MATCH;
      rank = SYL_SEARCH_IN_SUMMARY;
    }

  return rank;
}

/**
 * syl_search_match_tokens:
 * @tokens: folded query words, from syl_search_tokenize()
 * @name: (nullable): the name of the thing searched
 * @summary: (nullable): its description
 * @aliases: (nullable): other names and abbreviations
 *
 * Like syl_search_matches(), for a query already split into words, so that
 * a list filters without folding the query once per item.
 *
 * Returns: %TRUE if every token starts a word of one of the fields
 */
gboolean
syl_search_match_tokens (const char * const *tokens,
                         const char         *name,
                         const char         *summary,
                         const char * const *aliases)
{
  g_return_val_if_fail (tokens != NULL, FALSE);

  return syl_search_rank_tokens (tokens, name, summary, aliases) != SYL_SEARCH_NO_MATCH;
}

/**
 * syl_search_matches:
 * @query: (nullable): what the learner typed
 * @name: (nullable): the name of the thing searched
 * @summary: (nullable): its description
 * @aliases: (nullable): other names and abbreviations
 *
 * Matches @query against a name, its summary and its aliases, ignoring
 * case and accents. Each word of the query must start a word of one of the
 * fields; different words may match different fields.
 *
 * Returns: %TRUE if the item matches, or if @query has no words
 */
gboolean
syl_search_matches (const char         *query,
                    const char         *name,
                    const char         *summary,
                    const char * const *aliases)
{
  g_auto(GStrv) tokens = syl_search_tokenize (query);

  return syl_search_match_tokens ((const char * const *)tokens, name, summary, aliases);
}

/* syl-question-index.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Question search: a query matches a question when each of its words
 * starts a word of the question's id, its stem, one of its options or the
 * learner's note on it, without regard to case or accents, as the
 * services search matches (syl-search.c). Each text is folded once, when
 * the index is made or a note changes, so that typing only compares
 * words. Questions found by id or stem alone come first, then the others,
 * each group in the pack's order. */

#define G_LOG_DOMAIN "syl-question-index"

#include "config.h"

#include "syl-question-index.h"
#include "syl-search.h"

typedef struct
{
  SylQuestion   *question;
  SylSearchText *id;
  SylSearchText *stem;
  SylSearchText *options;   /* every option's text, one per line */
  SylSearchText *note;      /* nullable */
} Entry;

struct _SylQuestionIndex
{
  GArray     *entries;      /* of Entry, in the pack's order */
  GHashTable *by_id;        /* question id → index into @entries */
};

static void
entry_clear (Entry *entry)
{
  g_clear_object (&entry->question);
  g_clear_pointer (&entry->id, syl_search_text_free);
  g_clear_pointer (&entry->stem, syl_search_text_free);
  g_clear_pointer (&entry->options, syl_search_text_free);
  g_clear_pointer (&entry->note, syl_search_text_free);
}

/**
 * syl_question_index_new:
 * @questions: (element-type SylQuestion): the questions, in order
 *
 * Returns: (transfer full): an index of @questions, without notes
 */
SylQuestionIndex *
syl_question_index_new (GListModel *questions)
{
  SylQuestionIndex *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (questions), NULL);

  n = g_list_model_get_n_items (questions);
  self = g_new0 (SylQuestionIndex, 1);
  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), n);
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      g_autoptr(GString) options = g_string_new (NULL);
      Entry entry = { 0 };

      for (guint o = 0; o < syl_question_get_n_options (question); o++)
        {
          g_string_append (options, syl_question_get_option_text (question, o));
          g_string_append_c (options, '\n');
        }

      entry.question = g_object_ref (question);
      entry.id = syl_search_text_new (syl_question_get_id (question));
      entry.stem = syl_search_text_new (syl_question_get_stem (question));
      entry.options = syl_search_text_new (options->str);
      g_array_append_val (self->entries, entry);
      g_hash_table_insert (self->by_id, (gpointer) syl_question_get_id (question),
                           GUINT_TO_POINTER (self->entries->len));
    }

  return self;
}

void
syl_question_index_free (SylQuestionIndex *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_id);
  g_array_unref (self->entries);
  g_free (self);
}

/**
 * syl_question_index_get_size:
 *
 * Returns: how many questions it holds
 */
guint
syl_question_index_get_size (SylQuestionIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

/**
 * syl_question_index_set_note:
 * @question_id: a question of the index
 * @note: (nullable): the learner's note on it, %NULL for none
 *
 * Returns: %FALSE if no question of the index has @question_id
 */
gboolean
syl_question_index_set_note (SylQuestionIndex *self,
                             const char       *question_id,
                             const char       *note)
{
  guint at;
  Entry *entry;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  /* Stored one past the index, so that 0 means "not there". */
  at = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, question_id));
  if (at == 0)
    return FALSE;

  entry = &g_array_index (self->entries, Entry, at - 1);
  g_clear_pointer (&entry->note, syl_search_text_free);
  if (note != NULL && note[0] != '\0')
    entry->note = syl_search_text_new (note);

  return TRUE;
}

/**
 * syl_question_index_search:
 * @query: (nullable): what the learner typed
 *
 * Returns: (transfer container) (element-type SylQuestion): the questions
 *   @query matches, best first (by id or stem before by options or note,
 *   then in the pack's order); empty for a query without words
 */
GPtrArray *
syl_question_index_search (SylQuestionIndex *self,
                           const char       *query)
{
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GPtrArray) secondary = NULL;
  GPtrArray *found;

  g_return_val_if_fail (self != NULL, NULL);

  found = g_ptr_array_new ();
  tokens = syl_search_tokenize (query);
  if (tokens[0] == NULL)
    return found;

  secondary = g_ptr_array_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      gboolean all = TRUE;
      gboolean in_head = TRUE;

      for (guint t = 0; all && tokens[t] != NULL; t++)
        {
          if (syl_search_text_has_prefix (entry->id, tokens[t]) ||
              syl_search_text_has_prefix (entry->stem, tokens[t]))
            continue;

          in_head = FALSE;
          all = syl_search_text_has_prefix (entry->options, tokens[t]) ||
                (entry->note != NULL && syl_search_text_has_prefix (entry->note, tokens[t]));
        }

      if (all)
        g_ptr_array_add (in_head ? found : secondary, entry->question);
    }

  g_ptr_array_extend (found, secondary, NULL, NULL);
  return found;
}

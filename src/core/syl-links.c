/* syl-links.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-links"

#include "config.h"

#include "syl-domain.h"
#include "syl-links.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

/* Cross-references the browsers show: which task statements a service
 * appears in, and how often the learner has answered a set of questions. */

/**
 * syl_links_dup_tasks_for_service:
 * @pack: the pack
 * @service: one of its services
 *
 * The task statements of the questions that involve @service, each once,
 * in the order of the exam guide.
 *
 * Returns: (transfer container) (element-type SylTask): borrowed tasks
 */
GPtrArray *
syl_links_dup_tasks_for_service (SylPack    *pack,
                                 SylService *service)
{
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GHashTable) used = NULL;
  GPtrArray *tasks;
  GListModel *domains;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (SYL_IS_SERVICE (service), NULL);

  used = g_hash_table_new (NULL, NULL);
  questions = syl_pack_dup_questions_for_service (pack, service);
  for (guint i = 0; i < questions->len; i++)
    g_hash_table_add (used, syl_question_get_task (g_ptr_array_index (questions, i)));

  /* Walk the guide rather than the questions, for the guide's order. */
  tasks = g_ptr_array_new ();
  domains = syl_pack_get_domains (pack);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *domain_tasks = syl_domain_get_tasks (domain);

      for (guint t = 0; t < g_list_model_get_n_items (domain_tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (domain_tasks, t);

          if (g_hash_table_contains (used, task))
            g_ptr_array_add (tasks, task);
        }
    }

  return tasks;
}

/**
 * syl_links_index_states:
 * @states: (element-type SylStoreQuestionState): from
 *   syl_store_dup_question_states()
 *
 * Returns: (transfer full): question id → borrowed #SylStoreQuestionState;
 *   @states must outlive it
 */
GHashTable *
syl_links_index_states (GPtrArray *states)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      g_hash_table_insert (index, state->question_id, state);
    }

  return index;
}

/**
 * syl_links_count_attempts:
 * @states_by_question: (nullable): from syl_links_index_states()
 * @questions: (element-type SylQuestion): the questions to count
 *
 * Returns: how many answers the learner has given to @questions, 0 when
 *   there is no index
 */
guint
syl_links_count_attempts (GHashTable *states_by_question,
                          GPtrArray  *questions)
{
  guint attempts = 0;

  g_return_val_if_fail (questions != NULL, 0);

  if (states_by_question == NULL)
    return 0;

  for (guint i = 0; i < questions->len; i++)
    {
      SylStoreQuestionState *state =
        g_hash_table_lookup (states_by_question,
                             syl_question_get_id (g_ptr_array_index (questions, i)));

      if (state != NULL)
        attempts += state->attempts;
    }

  return attempts;
}

/* test-links.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-links.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

static SylPack *pack;

/* Position of @task in the exam guide. */
static guint
guide_position (SylTask *task)
{
  GListModel *domains = syl_pack_get_domains (pack);
  guint position = 0;

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++, position++)
        {
          g_autoptr(SylTask) item = g_list_model_get_item (tasks, t);

          if (item == task)
            return position;
        }
    }

  g_assert_not_reached ();
}

static void
check_service (SylService *service)
{
  g_autoptr(GPtrArray) tasks = syl_links_dup_tasks_for_service (pack, service);
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, service);

  /* Every task of a question about the service is listed … */
  for (guint q = 0; q < questions->len; q++)
    g_assert_true (g_ptr_array_find (tasks, syl_question_get_task (g_ptr_array_index (questions, q)), NULL));

  /* … once, in the guide's order, and nothing else is. */
  for (guint t = 0; t < tasks->len; t++)
    {
      gboolean used = FALSE;

      if (t > 0)
        g_assert_cmpuint (guide_position (g_ptr_array_index (tasks, t - 1)), <,
                          guide_position (g_ptr_array_index (tasks, t)));
      for (guint q = 0; q < questions->len && !used; q++)
        used = syl_question_get_task (g_ptr_array_index (questions, q)) == g_ptr_array_index (tasks, t);
      g_assert_true (used);
    }
}

static void
test_tasks_for_service (void)
{
  GListModel *categories = syl_pack_get_categories (pack);
  g_autoptr(GPtrArray) ecs_tasks = NULL;
  guint n_services = 0;

  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      for (guint s = 0; s < g_list_model_get_n_items (services); s++, n_services++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);

          check_service (service);
        }
    }
  g_assert_cmpuint (n_services, >, 0);

  /* A service that many questions use appears in several task statements. */
  ecs_tasks = syl_links_dup_tasks_for_service (pack, syl_pack_lookup_service (pack, "ecs"));
  g_assert_cmpuint (ecs_tasks->len, >=, 2);
}

static SylStoreQuestionState *
state_new (const char *question_id,
           guint       attempts)
{
  SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);

  state->question_id = g_strdup (question_id);
  state->attempts = attempts;

  return state;
}

static void
test_count_attempts (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  SylQuestion *first;
  SylQuestion *second;

  first = g_list_model_get_item (syl_pack_get_questions (pack), 0);
  second = g_list_model_get_item (syl_pack_get_questions (pack), 1);
  g_object_unref (first);    /* the pack keeps them alive */
  g_object_unref (second);

  g_ptr_array_add (states, state_new (syl_question_get_id (first), 3));
  g_ptr_array_add (states, state_new ("not-in-the-list", 7));
  index = syl_links_index_states (states);

  g_ptr_array_add (questions, first);
  g_ptr_array_add (questions, second);
  g_assert_cmpuint (syl_links_count_attempts (index, questions), ==, 3);
  g_assert_cmpuint (syl_links_count_attempts (index, none), ==, 0);
  g_assert_cmpuint (syl_links_count_attempts (NULL, questions), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/syl/links/tasks-for-service", test_tasks_for_service);
  g_test_add_func ("/syl/links/count-attempts", test_count_attempts);

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}

/* bench-search.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* bench-search PACK.xml
 *
 * Search as you type: for every prefix of a few typed queries ("c", "cl",
 * "clo", …), filters every service of PACK (name, summary, aliases) and
 * every question (its stem) with the core matcher of syl-search.h: each
 * field is prepared once (syl_search_text_new(), timed as
 * search_prepare_ms), the query is split into words once per keystroke
 * (syl_search_tokenize()), then syl_search_rank_texts() runs on each item.
 * search_services_unprepared_ms_max times the services with
 * syl_search_rank_tokens() on the raw strings, which folds every field at
 * every keystroke. Each keystroke filters the whole list, as after a paste or
 * a deleted character (a narrowing keystroke could re-check only the
 * items still shown, which is never slower). Each keystroke is timed 3
 * times (once if slower than 50 ms) and the median kept;
 * search_keystroke_ms_max is the slowest keystroke. The services and the
 * questions are also timed apart (search_services_only_ms_max,
 * search_questions_only_ms_max).
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-util.h"
#include "syl-category.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-search.h"
#include "syl-service.h"

#define REPEATS 3

static const char * const typed[] = {
  "cloudformation",
  "guardduty",
  "pipeline",
  "systems manager",
};

/* A service's fields, prepared once. */
typedef struct
{
  SylSearchText *name;
  SylSearchText *summary;
  SylSearchText **aliases;      /* NULL-terminated */
} PreparedService;

typedef struct
{
  GPtrArray *services;    /* of SylService, borrowed from the pack */
  GPtrArray *questions;   /* of SylQuestion, borrowed */
  GPtrArray *prepared_services;   /* of PreparedService */
  GPtrArray *prepared_stems;      /* of SylSearchText */
} Items;

static void
prepared_service_free (gpointer data)
{
  PreparedService *prepared = data;

  syl_search_text_free (prepared->name);
  syl_search_text_free (prepared->summary);
  for (guint i = 0; prepared->aliases[i] != NULL; i++)
    syl_search_text_free (prepared->aliases[i]);
  g_free (prepared->aliases);
  g_free (prepared);
}

static void
prepare (Items *items)
{
  items->prepared_services = g_ptr_array_new_with_free_func (prepared_service_free);
  items->prepared_stems = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_search_text_free);

  for (guint i = 0; i < items->services->len; i++)
    {
      SylService *service = g_ptr_array_index (items->services, i);
      const char * const *aliases = syl_service_get_aliases (service);
      guint n_aliases = aliases != NULL ? g_strv_length ((char **) aliases) : 0;
      PreparedService *prepared = g_new0 (PreparedService, 1);

      prepared->name = syl_search_text_new (syl_service_get_name (service));
      prepared->summary = syl_search_text_new (syl_service_get_summary (service));
      prepared->aliases = g_new0 (SylSearchText *, n_aliases + 1);
      for (guint j = 0; j < n_aliases; j++)
        prepared->aliases[j] = syl_search_text_new (aliases[j]);
      g_ptr_array_add (items->prepared_services, prepared);
    }

  for (guint i = 0; i < items->questions->len; i++)
    g_ptr_array_add (items->prepared_stems,
                     syl_search_text_new (syl_question_get_stem (g_ptr_array_index (items->questions, i))));
}

/* Filters services (@which & 1) and questions (@which & 2) on their
 * prepared texts: syl_search_rank_texts() on each item. @which & 4: the
 * services with syl_search_rank_tokens() on the raw strings instead. */
static guint
filter (Items      *items,
        const char *query,
        guint       which)
{
  g_auto(GStrv) tokens = syl_search_tokenize (query);
  const char * const *t = (const char * const *) tokens;
  guint matches = 0;

  for (guint i = 0; (which & 1) && i < items->prepared_services->len; i++)
    {
      PreparedService *prepared = g_ptr_array_index (items->prepared_services, i);

      matches += syl_search_rank_texts (t, prepared->name, prepared->summary,
                                        (const SylSearchText * const *) prepared->aliases) != SYL_SEARCH_NO_MATCH;
    }

  for (guint i = 0; (which & 2) && i < items->prepared_stems->len; i++)
    {
      SylSearchText *stem = g_ptr_array_index (items->prepared_stems, i);

      matches += syl_search_rank_texts (t, stem, NULL, NULL) != SYL_SEARCH_NO_MATCH;
    }

  for (guint i = 0; (which & 4) && i < items->services->len; i++)
    {
      SylService *service = g_ptr_array_index (items->services, i);

      matches += syl_search_rank_tokens (t, syl_service_get_name (service),
                                         syl_service_get_summary (service),
                                         syl_service_get_aliases (service)) != SYL_SEARCH_NO_MATCH;
    }

  return matches;
}

/* The median of up to REPEATS runs (one if slower than 50 ms: noise is
 * small beside it, and the run stays short). */
static double
time_filter (Items      *items,
             const char *query,
             guint       which,
             guint      *matches)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < REPEATS && (r == 0 || g_array_index (runs, double, 0) < 50); r++)
    {
      double start = bench_now_ms ();
      double ms;

      *matches = filter (items, query, which);
      ms = bench_now_ms () - start;
      g_array_append_val (runs, ms);
    }

  return bench_median (runs);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(BenchReport) report = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) slowest = g_string_new (NULL);
  Items items;
  GListModel *categories;
  GListModel *questions;
  double slowest_ms = 0, services_ms = 0, questions_ms = 0, unprepared_ms = 0;
  double prepare_start, prepare_ms;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-search PACK.xml\n");
      return 2;
    }

  pack = syl_pack_load (argv[1], &error);
  if (pack == NULL)
    {
      fprintf (stderr, "bench-search: %s\n", error->message);
      return 1;
    }

  items.services = g_ptr_array_new ();
  items.questions = g_ptr_array_new ();
  categories = syl_pack_get_categories (pack);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, i);
      GListModel *services = syl_category_get_services (category);

      for (guint j = 0; j < g_list_model_get_n_items (services); j++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, j);

          g_ptr_array_add (items.services, service);
        }
    }
  questions = syl_pack_get_questions (pack);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      g_ptr_array_add (items.questions, question);
    }

  prepare_start = bench_now_ms ();
  prepare (&items);
  prepare_ms = bench_now_ms () - prepare_start;

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    for (gsize len = 1; len <= strlen (typed[w]); len++)
      {
        g_autofree char *query = g_strndup (typed[w], len);
        guint matches, n_services, n_questions, n_unprepared;
        double ms;

        ms = time_filter (&items, query, 3, &matches);
        g_array_append_val (keystrokes, ms);
        if (ms > slowest_ms)
          {
            slowest_ms = ms;
            g_string_printf (slowest, "%s (%u matches)", query, matches);
          }

        /* the two lists apart, to tell where the time goes */
        services_ms = MAX (services_ms, time_filter (&items, query, 1, &n_services));
        questions_ms = MAX (questions_ms, time_filter (&items, query, 2, &n_questions));
        unprepared_ms = MAX (unprepared_ms, time_filter (&items, query, 4, &n_unprepared));
        g_assert (n_unprepared == n_services);
      }

  report = bench_report_new ();
  bench_report_add_number (report, "search_services", items.services->len);
  bench_report_add_number (report, "search_questions", items.questions->len);
  bench_report_add_number (report, "search_keystrokes", keystrokes->len);
  bench_report_add_number (report, "search_keystroke_ms_median", bench_median (keystrokes));
  bench_report_add_number (report, "search_keystroke_ms_max", slowest_ms);
  bench_report_add_number (report, "search_services_only_ms_max", services_ms);
  bench_report_add_number (report, "search_questions_only_ms_max", questions_ms);
  bench_report_add_number (report, "search_services_unprepared_ms_max", unprepared_ms);
  bench_report_add_number (report, "search_prepare_ms", prepare_ms);
  bench_report_add_string (report, "search_slowest_query", slowest->str);
  bench_report_print (report);

  g_ptr_array_unref (items.prepared_services);
  g_ptr_array_unref (items.prepared_stems);
  g_ptr_array_unref (items.services);
  g_ptr_array_unref (items.questions);

  return 0;
}

/* syl-pack-lint.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-lint"

#include "config.h"

#include <string.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-pack-lint.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

/* What a validator cannot catch: the rules of a good exam bank
 * (docs/pack-format.md, "syllabus-pack lint"). A pack made from another
 * tool (GIFT, Aiken, CSV, QTI) loads with fewer options, without whys or
 * an explanation; the exam-shaped rules say so as warnings. The shipped
 * pack must have none (tests/check-pack-lint.sh). */

typedef struct
{
  SylPack *pack;
  GPtrArray *findings;
} Lint;

void
syl_lint_finding_free (SylLintFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->rule);
  g_free (finding->question_id);
  g_free (finding->file);
  g_free (finding->message);
  g_free (finding);
}

/**
 * syl_lint_finding_format:
 *
 * Returns: (transfer full): the finding as `syllabus-pack lint` prints it,
 *   `FILE:LINE: warning: question "ID": message [rule]` (without LINE or
 *   the question when there is none)
 */
char *
syl_lint_finding_format (const SylLintFinding *finding)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (finding != NULL, NULL);

  if (finding->file != NULL && finding->line > 0)
    g_string_append_printf (out, "%s:%u: ", finding->file, finding->line);
  else if (finding->file != NULL)
    g_string_append_printf (out, "%s: ", finding->file);
  g_string_append (out, finding->severity == SYL_LINT_ERROR ? "error: " : "warning: ");
  if (finding->question_id != NULL)
    g_string_append_printf (out, "question \"%s\": ", finding->question_id);
  g_string_append_printf (out, "%s [%s]", finding->message, finding->rule);

  return g_string_free (out, FALSE);
}

static void G_GNUC_PRINTF (5, 6)
add (Lint            *lint,
     SylLintSeverity  severity,
     const char      *rule,
     SylQuestion     *question,
     const char      *format,
     ...)
{
  SylLintFinding *finding = g_new0 (SylLintFinding, 1);
  const char *file = NULL;
  va_list args;

  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);

  finding->severity = severity;
  finding->rule = g_strdup (rule);
  if (question != NULL)
    {
      finding->question_id = g_strdup (syl_question_get_id (question));
      file = syl_question_get_source_file (question);
      finding->line = syl_question_get_source_line (question);
    }
  finding->file = g_strdup (file != NULL ? file : syl_pack_get_path (lint->pack));

  g_ptr_array_add (lint->findings, finding);
}

/* Services named but not referenced */

typedef struct
{
  SylService *service;
  gsize start;
  gsize end;
} Mention;

/* Is the byte at @p part of the same word or identifier as its
 * neighbour? "aws" in "arn:aws:s3" or "s3" in "s3.amazonaws.com" is no
 * mention of a service. */
static gboolean
joins_word (const char *text,
            const char *p)
{
  char c = *p;

  if (g_ascii_isalnum (c) || c == '_' || c == '-' || c == ':' || c == '/' || c == '@' ||
      (guchar)c >= 0x80)
    return TRUE;
  if (c == '.')
    return (p > text && g_ascii_isalnum (p[-1])) && g_ascii_isalnum (p[1]);

  return FALSE;
}

static void
find_mentions (GArray     *mentions,
               SylService *service,
               const char *text,
               const char *needle)
{
  gsize n = strlen (needle);

  if (n < 2)
    return;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    {
      Mention mention = { service, p - text, p - text + n };

      if ((p > text && joins_word (text, p - 1)) || (p[n] != '\0' && joins_word (text, p + n)))
        continue;
      g_array_append_val (mentions, mention);
    }
}

/* Every service of the appendix, in file order. */
static GPtrArray *
dup_all_services (SylPack *pack)
{
  GListModel *categories = syl_pack_get_categories (pack);
  GPtrArray *services = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, i);
      GListModel *list = syl_category_get_services (category);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (services, g_list_model_get_item (list, j));
    }

  return services;
}

/* Services named in the stem or the options (by name or alias) that the
 * question does not reference. A mention inside a longer mention ("EC2" in
 * "EC2 Image Builder") does not count. */
static void
lint_service_mentions (Lint        *lint,
                       SylQuestion *question,
                       GPtrArray   *services)
{
  g_autoptr(GString) text = g_string_new (syl_question_get_stem (question));
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr(GHashTable) warned = g_hash_table_new (NULL, NULL);
  GPtrArray *referenced = syl_question_get_services (question);

  for (guint i = 0; i < syl_question_get_n_options (question); i++)
    g_string_append_printf (text, "\n%s", syl_question_get_option_text (question, i));

  for (guint i = 0; i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);
      const char * const *aliases = syl_service_get_aliases (service);

      find_mentions (mentions, service, text->str, syl_service_get_name (service));
      for (guint j = 0; aliases[j] != NULL; j++)
        find_mentions (mentions, service, text->str, aliases[j]);
    }

  for (guint i = 0; i < mentions->len; i++)
    {
      Mention *m = &g_array_index (mentions, Mention, i);
      gboolean inside_longer = FALSE;

      if (g_ptr_array_find (referenced, m->service, NULL) ||
          g_hash_table_contains (warned, m->service))
        continue;

      for (guint j = 0; j < mentions->len && !inside_longer; j++)
        {
          Mention *other = &g_array_index (mentions, Mention, j);

          inside_longer = other->service != m->service &&
                          other->start <= m->start && other->end >= m->end &&
                          other->end - other->start > m->end - m->start;
        }
      if (inside_longer)
        continue;

      g_hash_table_add (warned, m->service);
      add (lint, SYL_LINT_WARNING, "service-not-referenced", question,
           "names %s (\"%.*s\") but has no <service ref=\"%s\"/>; add it after <explanation>",
           syl_service_get_name (m->service), (int)(m->end - m->start), text->str + m->start,
           syl_service_get_id (m->service));
    }
}

/* One question */

static const char *
choose_phrase (guint n_correct)
{
  switch (n_correct)
    {
    case 2: return "(Choose two.)";
    case 3: return "(Choose three.)";
    case 4: return "(Choose four.)";
    case 5: return "(Choose five.)";
    default: return NULL;
    }
}

/* "All of the above" and "None of the above" test recognition of the
 * option list, not the subject, and break when options are shuffled (the
 * app shuffles them). Any case, anywhere in the option. */
static void
lint_above (Lint        *lint,
            SylQuestion *question)
{
  for (guint i = 0; i < syl_question_get_n_options (question); i++)
    {
      g_autofree char *folded = g_utf8_casefold (syl_question_get_option_text (question, i), -1);

      if (strstr (folded, "all of the above") != NULL)
        add (lint, SYL_LINT_ERROR, "all-of-the-above", question,
             "option %u is \"all of the above\"; the app shuffles options, and the option"
             " tests the list rather than the subject: make it a multiple-response question",
             i + 1);
      if (strstr (folded, "none of the above") != NULL)
        add (lint, SYL_LINT_ERROR, "none-of-the-above", question,
             "option %u is \"none of the above\"; the app shuffles options, and the option"
             " tests the list rather than the subject: write a real distractor", i + 1);
    }
}

/* An exam question: a single one has four options, a multiple one five or
 * more, every option a why, the question an explanation. Packs made from
 * other tools load without that; here they hear about it. */
static void
lint_exam_shape (Lint        *lint,
                 SylQuestion *question)
{
  guint n_options = syl_question_get_n_options (question);

  if (syl_question_get_question_type (question) == SYL_QUESTION_SINGLE && n_options != 4)
    add (lint, SYL_LINT_WARNING, "option-count", question,
         "has %u options; a multiple-choice exam question has four", n_options);
  else if (syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE && n_options < 5)
    add (lint, SYL_LINT_WARNING, "option-count", question,
         "has %u options; a multiple-response exam question has five or more", n_options);

  for (guint j = 0; j < n_options; j++)
    if (syl_question_get_option_why (question, j) == NULL)
      add (lint, SYL_LINT_WARNING, "missing-why", question,
           "option %u has no <why>; say why it is right or wrong", j + 1);

  if (syl_question_get_explanation (question) == NULL)
    add (lint, SYL_LINT_WARNING, "missing-explanation", question,
         "has no <explanation>; teach the concept behind the question");
}

/* The pack as a whole */

/* No position holds more than SYL_LINT_KEY_POSITION_SHARE of the keys of
 * single-answer questions (given enough of them): a learner would learn
 * "B is usually right". The app shuffles options, but an exported pack,
 * or a printed one, keeps the written order. */
static void
lint_key_positions (Lint  *lint,
                    GArray *positions,
                    guint   n_single)
{
  if (n_single < SYL_LINT_KEY_POSITION_MIN_QUESTIONS)
    return;

  for (guint i = 0; i < positions->len; i++)
    {
      guint n = g_array_index (positions, guint, i);

      if (n > SYL_LINT_KEY_POSITION_SHARE * n_single)
        add (lint, SYL_LINT_WARNING, "key-position", NULL,
             "the right option is option %u in %u of %u single-answer questions (more than"
             " %.0f %%); spread the keys over the positions",
             i + 1, n, n_single, SYL_LINT_KEY_POSITION_SHARE * 100);
    }
}

/* An exam-sized bank has enough questions for each task statement to be
 * drilled and drawn from without repeats. */
static void
lint_task_coverage (Lint *lint)
{
  GListModel *domains = syl_pack_get_domains (lint->pack);

  if (g_list_model_get_n_items (syl_pack_get_questions (lint->pack)) < SYL_LINT_EXAM_SIZED_BANK)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      GListModel *tasks = syl_domain_get_tasks (domain);

      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, j);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (lint->pack, task);

          if (questions->len < SYL_LINT_TASK_MIN_QUESTIONS)
            add (lint, SYL_LINT_WARNING, "task-coverage", NULL,
                 "task statement %s has %u questions; an exam-sized bank (%u or more) has at"
                 " least %u for each", syl_task_get_id (task), questions->len,
                 SYL_LINT_EXAM_SIZED_BANK, SYL_LINT_TASK_MIN_QUESTIONS);
        }
    }
}

/**
 * syl_pack_lint:
 * @pack: a pack
 *
 * Checks @pack against the rules of a good exam bank that validation does
 * not enforce (docs/pack-format.md lists them, with their names).
 *
 * Returns: (transfer container) (element-type SylLintFinding): the
 *   findings, those about questions in question order, then those about
 *   the pack; empty when there is nothing to say
 */
GPtrArray *
syl_pack_lint (SylPack *pack)
{
  Lint lint = { pack, NULL };
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GHashTable) stems = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, TRUE, sizeof (guint));
  GListModel *questions;
  guint n_single = 0, n_right_longest = 0;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  lint.findings = g_ptr_array_new_with_free_func ((GDestroyNotify)syl_lint_finding_free);
  services = dup_all_services (pack);
  stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  questions = syl_pack_get_questions (pack);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      const char *stem = syl_question_get_stem (question);
      guint n_options = syl_question_get_n_options (question);
      glong stem_chars = g_utf8_strlen (stem, -1);
      glong shortest = G_MAXLONG, longest = 0, right_longest = 0, wrong_longest = 0;
      guint longest_index = 0;
      g_autofree char *folded_stem = g_utf8_casefold (stem, -1);
      SylQuestion *same;

      if (stem_chars < SYL_LINT_MIN_STEM_CHARS)
        add (&lint, SYL_LINT_WARNING, "short-stem", question,
             "the stem is %ld characters, under %d; describe the scenario and its constraints",
             stem_chars, SYL_LINT_MIN_STEM_CHARS);

      if (syl_question_get_n_references (question) == 0)
        add (&lint, SYL_LINT_ERROR, "no-reference", question,
             "has no <reference>; cite the page of documentation that states the fact the"
             " key rests on, after <explanation>");

      for (guint j = 0; j < n_options; j++)
        {
          glong chars = g_utf8_strlen (syl_question_get_option_text (question, j), -1);

          shortest = MIN (shortest, chars);
          if (chars > longest)
            {
              longest = chars;
              longest_index = j;
            }
          if (syl_question_get_option_correct (question, j))
            right_longest = MAX (right_longest, chars);
          else
            wrong_longest = MAX (wrong_longest, chars);
        }

      if (shortest > 0 && longest > SYL_LINT_LONG_OPTION_RATIO * shortest)
        add (&lint, SYL_LINT_WARNING, "long-option", question,
             "option %u is %ld characters, more than %.1f times the shortest (%ld); options of"
             " similar length do not give the answer away",
             longest_index + 1, longest, SYL_LINT_LONG_OPTION_RATIO, shortest);

      lint_above (&lint, question);
      lint_exam_shape (&lint, question);

      if (syl_question_get_question_type (question) == SYL_QUESTION_SINGLE)
        {
          n_single++;
          if (right_longest > wrong_longest)
            n_right_longest++;
          for (guint j = 0; j < n_options; j++)
            if (syl_question_get_option_correct (question, j))
              {
                if (positions->len <= j)
                  g_array_set_size (positions, j + 1);
                g_array_index (positions, guint, j)++;
              }
        }
      else
        {
          const char *phrase = choose_phrase (syl_question_get_n_correct (question));

          if (phrase == NULL || strstr (stem, phrase) == NULL)
            add (&lint, SYL_LINT_WARNING, "choose-phrase", question,
                 "%u options are correct but the stem does not say \"%s\"",
                 syl_question_get_n_correct (question), phrase != NULL ? phrase : "(Choose …)");
        }

      same = g_hash_table_lookup (stems, folded_stem);
      if (same != NULL)
        add (&lint, SYL_LINT_WARNING, "duplicate-stem", question,
             "the stem is the same as that of question \"%s\"", syl_question_get_id (same));
      else
        g_hash_table_insert (stems, g_steal_pointer (&folded_stem), question);

      lint_service_mentions (&lint, question, services);
    }

  if (n_right_longest >= SYL_LINT_LONGEST_RIGHT_MIN &&
      n_right_longest > SYL_LINT_LONGEST_RIGHT_SHARE * n_single)
    add (&lint, SYL_LINT_WARNING, "right-longest", NULL,
         "in %u of %u single-answer questions the right option is the longest (more than"
         " %.0f %%); vary the lengths so that length is no clue",
         n_right_longest, n_single, SYL_LINT_LONGEST_RIGHT_SHARE * 100);
  lint_key_positions (&lint, positions, n_single);
  lint_task_coverage (&lint);

  return lint.findings;
}

/* syl-fuzz-pack.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syl-domain.h"
#include "syl-fuzz-pack.h"
#include "syl-pack-lint.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-task.h"

/* A failed check: abort(), which libFuzzer catches and saves the input
 * for (g_error() raises SIGTRAP, which it does not). */
static void G_GNUC_NORETURN G_GNUC_PRINTF (1, 2)
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

/* Every line of a load error names the file, as `NAME` or `NAME/…`
 * (the files of a folder pack), then `:` . */
static void
check_error (const GError *error,
             const char   *name)
{
  g_auto(GStrv) lines = NULL;

  if (error->domain != SYL_PACK_ERROR)
    fail ("a load error of another domain: %s", error->message);

  lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], name) || strchr (lines[i] + strlen (name), ':') == NULL)
      fail ("a line of the error does not start with the file: \"%s\"\nThe error:\n%s",
            lines[i], error->message);
}

/* Everything the app reads from a pack, read once. */
static void
walk (SylPack *pack)
{
  GListModel *questions = syl_pack_get_questions (pack);
  GListModel *domains = syl_pack_get_domains (pack);
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, NULL, 1);
  g_autoptr(SylQuizPlan) exam = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (syl_pack_get_id (pack) != NULL);
  findings = syl_pack_lint (pack);
  for (guint i = 0; i < findings->len; i++)
    g_free (syl_lint_finding_format (g_ptr_array_index (findings, i)));
  changes = syl_pack_dup_changes_after (pack, 0);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      g_assert (syl_question_get_id (question) != NULL);
      g_assert (syl_question_get_stem (question) != NULL);
      for (guint j = 0; j < syl_question_get_n_options (question); j++)
        g_assert (syl_question_get_option_text (question, j) != NULL);
      for (guint j = 0; j < syl_question_get_n_references (question); j++)
        g_assert (syl_question_get_reference_href (question, j) != NULL);
      g_assert (strlen (syl_question_get_digest (question)) == 64);
      g_assert (syl_question_get_task (question) != NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      g_autoptr(SylQuizPlan) drill = NULL;

      drill = syl_quiz_builder_build_drill_domain (builder, syl_domain_get_id (domain), 5, NULL);
    }

  exam = syl_quiz_builder_build_exam (builder, &error);
}

/**
 * syl_fuzz_check_result:
 * @pack: (nullable): what the loader gave
 * @error: (nullable): its error
 * @name: the file or folder name the messages must start with
 *
 * Aborts (which libFuzzer reports as a crash) unless exactly one of @pack
 * and @error is set, the error is well-formed, and the pack can be used.
 */
void
syl_fuzz_check_result (SylPack      *pack,
                       const GError *error,
                       const char   *name)
{
  if ((pack == NULL) == (error == NULL))
    fail ("the loader gave %s", pack == NULL ? "neither a pack nor an error" : "both");

  if (error != NULL)
    check_error (error, name);
  else
    walk (pack);
}

/* syl-export-gift.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pack as Moodle GIFT: a `$CATEGORY: Domain/Task` line before the
 * questions of each task statement, each question titled with its id,
 * right options `=`, wrong ones `~`, each option's why after `#`, the
 * explanation after `####`. A question with several right options gives
 * each of them an equal share (`~%50%`) and each wrong one `~%-100%`, so
 * that Moodle, like Syllabus, counts only all of them and nothing else.
 * syl-import-gift.c reads all of this back.
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-export-gift.h"
#include "syl-question.h"
#include "syl-task.h"

/**
 * syl_export_gift_dup_escaped:
 * @text: plain text
 *
 * Returns: (transfer full): @text with GIFT's special characters
 *   (`~ = # { } :` and the backslash) escaped
 */
char *
syl_export_gift_dup_escaped (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("~=#{}:\\", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A category level; a slash inside a name is written twice. */
static void
append_category_part (GString    *out,
                      const char *name)
{
  g_autofree char *escaped = syl_export_gift_dup_escaped (name);

  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '/')
        g_string_append_c (out, '/');
      g_string_append_c (out, *p);
    }
}

/* Moodle's weight for one of @n right options, e.g. 33.33333. */
static char *
dup_weight (guint n)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *weight = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.5f", 100.0 / MAX (n, 1)));
  char *end = weight + strlen (weight) - 1;

  while (end > weight && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return weight;
}

static void
append_question (GString     *out,
                 SylQuestion *question)
{
  gboolean multiple = syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE;
  g_autofree char *id = syl_export_gift_dup_escaped (syl_question_get_id (question));
  g_autofree char *stem = syl_export_gift_dup_escaped (syl_question_get_stem (question));
  g_autofree char *weight = dup_weight (syl_question_get_n_correct (question));
  const char *explanation = syl_question_get_explanation (question);

  /* A stem that starts with [ would be taken for a text format mark. */
  g_string_append_printf (out, "::%s:: %s%s {\n", id, stem[0] == '[' ? "[plain]" : "", stem);

  for (guint i = 0; i < syl_question_get_n_options (question); i++)
    {
      g_autofree char *text = syl_export_gift_dup_escaped (syl_question_get_option_text (question, i));
      const char *why = syl_question_get_option_why (question, i);
      gboolean correct = syl_question_get_option_correct (question, i);

      if (!multiple)
        g_string_append_printf (out, "  %c%s", correct ? '=' : '~', text);
      else
        g_string_append_printf (out, "  ~%%%s%%%s", correct ? weight : "-100", text);

      if (why != NULL)
        {
          g_autofree char *escaped = syl_export_gift_dup_escaped (why);

          g_string_append_printf (out, " #%s", escaped);
        }
      g_string_append_c (out, '\n');
    }

  if (explanation != NULL)
    {
      g_autofree char *escaped = syl_export_gift_dup_escaped (explanation);

      g_string_append_printf (out, "  ####%s\n", escaped);
    }
  g_string_append (out, "}\n\n");
}

/**
 * syl_export_gift:
 * @pack: a loaded pack
 *
 * Returns: (transfer full): the pack's questions as GIFT, grouped by task
 *   statement, UTF-8
 */
char *
syl_export_gift (SylPack *pack)
{
  GString *out = g_string_new (NULL);
  GListModel *domains = syl_pack_get_domains (pack);
  g_autofree char *title = g_strdup (syl_pack_get_title (pack));

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  g_strdelimit (title, "\r\n", ' ');
  g_string_append_printf (out, "// %s\n// Exported from Syllabus: pack \"%s\", version %u\n\n",
                          title, syl_pack_get_id (pack), syl_pack_get_version (pack));

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);

          if (questions->len == 0)
            continue;

          g_string_append (out, "$CATEGORY: ");
          append_category_part (out, syl_domain_get_title (domain));
          g_string_append_c (out, '/');
          append_category_part (out, syl_task_get_title (task));
          g_string_append (out, "\n\n");

          for (guint i = 0; i < questions->len; i++)
            append_question (out, g_ptr_array_index (questions, i));
        }
    }

  return g_string_free (out, FALSE);
}

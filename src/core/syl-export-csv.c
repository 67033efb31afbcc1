/* syl-export-csv.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pack as the CSV that syl-import-csv.c reads (docs/import.md): UTF-8
 * with a byte-order mark (so that spreadsheets recognise it), CR LF line
 * ends, a header row, one question per row. The domain and task columns
 * hold titles. There are option and why columns for A to F, and more
 * when a question has more options.
 *
 * A cell that starts with = + - @ would be run as a formula by a
 * spreadsheet; such text is written with a leading apostrophe, which the
 * importer takes off again.
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-export-csv.h"
#include "syl-export.h"
#include "syl-question.h"
#include "syl-task.h"

#define MIN_OPTION_COLUMNS 6

static gboolean
looks_like_formula (const char *text)
{
  return text[0] == '=' || text[0] == '+' || text[0] == '@' ||
         (text[0] == '-' && !g_ascii_isdigit (text[1]) && text[1] != ' ' && text[1] != '\0');
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || text[0] == '\0')
    return;

  if (looks_like_formula (text))
    {
      g_string_append (out, "\"'");
    }
  else if (strpbrk (text, ",\"\r\n;\t") != NULL || text[0] == ' ' || text[strlen (text) - 1] == ' ' ||
           text[0] == '\'')
    g_string_append_c (out, '"');
  else
    {
      g_string_append (out, text);
      return;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_header (GString *out,
               guint    n_options)
{
  append_field (out, "id", TRUE);
  append_field (out, "type", FALSE);
  append_field (out, "domain", FALSE);
  append_field (out, "task", FALSE);
  append_field (out, "stem", FALSE);
  for (guint i = 0; i < n_options; i++)
    {
      g_autofree char *name = g_strdup_printf ("option_%c", 'a' + i);

      append_field (out, name, FALSE);
    }
  append_field (out, "correct", FALSE);
  for (guint i = 0; i < n_options; i++)
    {
      g_autofree char *name = g_strdup_printf ("why_%c", 'a' + i);

      append_field (out, name, FALSE);
    }
  append_field (out, "explanation", FALSE);
  append_field (out, "references", FALSE);
  g_string_append (out, "\r\n");
}

static void
append_question (GString     *out,
                 SylQuestion *question,
                 guint        n_columns)
{
  SylTask *task = syl_question_get_task (question);
  SylDomain *domain = syl_question_get_domain (question);
  guint n_options = syl_question_get_n_options (question);
  g_autoptr(GString) correct = g_string_new (NULL);
  g_autoptr(GString) references = g_string_new (NULL);
  const char *explanation = syl_question_get_explanation (question);

  append_field (out, syl_question_get_id (question), TRUE);
  append_field (out, syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE ?
                     "multiple" : "single", FALSE);
  append_field (out, domain != NULL ? syl_domain_get_title (domain) : NULL, FALSE);
  append_field (out, task != NULL ? syl_task_get_title (task) : NULL, FALSE);
  append_field (out, syl_question_get_stem (question), FALSE);

  for (guint i = 0; i < n_columns; i++)
    {
      append_field (out, i < n_options ? syl_question_get_option_text (question, i) : NULL, FALSE);
      if (i < n_options && syl_question_get_option_correct (question, i))
        g_string_append_printf (correct, "%s%c", correct->len > 0 ? "," : "", 'A' + i);
    }
  append_field (out, correct->str, FALSE);
  for (guint i = 0; i < n_columns; i++)
    append_field (out, i < n_options ? syl_question_get_option_why (question, i) : NULL, FALSE);
  append_field (out, explanation, FALSE);

  for (guint i = 0; i < syl_question_get_n_references (question); i++)
    g_string_append_printf (references, "%s%s %s", i > 0 ? "\n" : "",
                            syl_question_get_reference_href (question, i),
                            syl_question_get_reference_title (question, i));
  append_field (out, references->str, FALSE);
  g_string_append (out, "\r\n");
}

/**
 * syl_export_csv:
 * @pack: a loaded pack
 *
 * @error: return location for a %SYL_EXPORT_ERROR_FAILED
 *
 * Returns: (transfer full): the pack's questions as CSV, one row each, or
 *   %NULL when a question has more options than there are letters
 */
char *
syl_export_csv (SylPack  *pack,
                GError  **error)
{
  GString *out = g_string_new ("\xef\xbb\xbf");
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_columns = MIN_OPTION_COLUMNS;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      n_columns = MAX (n_columns, syl_question_get_n_options (question));
      if (n_columns > 26)
        {
          g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_FAILED,
                       "question \"%s\" has %u options; the CSV layout has columns for 26",
                       syl_question_get_id (question), syl_question_get_n_options (question));
          g_string_free (out, TRUE);
          return NULL;
        }
    }

  append_header (out, n_columns);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      append_question (out, question, n_columns);
    }

  return g_string_free (out, FALSE);
}

/* syl-import-aiken.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Aiken format (docs/import.md): the question on its own line (or
 * lines), then one line per option, `A. text` or `A) text`, then
 * `ANSWER: A`. Blank lines between questions are allowed, not needed.
 * `ANSWER: A, C` (several letters) makes a question with several right
 * options, which plain Aiken has not.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <string.h>

#include "syl-import-aiken.h"
#include "syl-import-text.h"

/* `A. text` or `A) text`: the letter, and where the text starts. */
static gboolean
parse_option (const char  *line,
              gsize        length,
              char        *letter,
              gsize       *text_start)
{
  if (length < 3 || !g_ascii_isupper (line[0]) || (line[1] != '.' && line[1] != ')') ||
      (line[2] != ' ' && line[2] != '\t'))
    return FALSE;

  *letter = line[0];
  *text_start = 3;
  return TRUE;
}

static gboolean
has_answer_prefix (const char *line,
                   gsize       length)
{
  return length >= 7 && g_ascii_strncasecmp (line, "ANSWER:", 7) == 0;
}

/* The letters after ANSWER:, checked against the options. */
static gboolean
read_answer (SylImportBank     *bank,
             SylImportQuestion *question,
             const char        *letters_of_options,
             const char        *line,
             gsize              length,
             guint              number)
{
  guint n_letters = 0;

  for (gsize i = 7; i < length; i++)
    {
      char c = line[i];
      const char *found;

      if (g_ascii_isspace (c) || c == ',' || c == ';')
        continue;
      c = g_ascii_toupper (c);
      found = g_ascii_isupper (c) ? strchr (letters_of_options, c) : NULL;
      if (found == NULL)
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, number,
                                 "ANSWER: names \"%c\", which is not the letter of an option"
                                 " of this question", g_ascii_isprint (line[i]) ? line[i] : '?');
          return FALSE;
        }
      ((SylImportOption *)g_ptr_array_index (question->options, found - letters_of_options))->correct = TRUE;
      n_letters++;
    }

  if (n_letters == 0)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, number,
                             "ANSWER: names no option; write the letter of the right option,"
                             " as in \"ANSWER: B\"");
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_import_aiken_read:
 * @bank: where the questions and problems go
 * @data: the file's bytes
 * @length: their number
 *
 * Reads an Aiken file into @bank.
 */
void
syl_import_aiken_read (SylImportBank *bank,
                       const char    *data,
                       gsize          length)
{
  g_autoptr(SylImportQuestion) question = NULL;
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autoptr(GString) letters = g_string_new (NULL);
  SylImportLines lines;
  const char *line;
  gsize line_length;
  guint number;
  gsize start;

  if (!syl_import_text_check (bank, data, length, &start))
    return;

  syl_import_lines_init (&lines, data + start, length - start);
  while (!bank->full && syl_import_lines_next (&lines, &line, &line_length, &number))
    {
      char letter;
      gsize text_start;

      while (line_length > 0 && g_ascii_isspace (*line))
        line++, line_length--;
      while (line_length > 0 && g_ascii_isspace (line[line_length - 1]))
        line_length--;
      if (line_length == 0)
        continue;

      if (question == NULL)
        {
          if (has_answer_prefix (line, line_length))
            {
              syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, number,
                                     "ANSWER: without a question and options before it");
              continue;
            }
          question = syl_import_question_new (number);
          g_string_assign (stem, "");
          g_string_truncate (letters, 0);
          g_string_append_len (stem, line, line_length);
          continue;
        }

      if (has_answer_prefix (line, line_length))
        {
          if (question->options->len == 0)
            syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, question->line,
                                   "the question has no options (lines such as \"A. text\")"
                                   " before its ANSWER: line");
          else if (read_answer (bank, question, letters->str, line, line_length, number))
            {
              question->stem = syl_import_text_dup_clean (stem->str, stem->len);
              syl_import_bank_add (bank, g_steal_pointer (&question));
            }
          g_clear_pointer (&question, syl_import_question_free);
          continue;
        }

      if (parse_option (line, line_length, &letter, &text_start))
        {
          g_autofree char *text = NULL;

          if (strchr (letters->str, letter) != NULL)
            {
              syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, number,
                                     "a second option %c; give each option its own letter", letter);
              continue;
            }
          text = g_strndup (line + text_start, line_length - text_start);
          syl_import_question_add_option (question, text, NULL, FALSE);
          g_string_append_c (letters, letter);
          continue;
        }

      if (question->options->len == 0)
        {
          /* The question goes on over several lines. */
          g_string_append_c (stem, ' ');
          g_string_append_len (stem, line, line_length);
          continue;
        }

      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, number,
                             "expected an option (\"E. text\") or the ANSWER: line of the"
                             " question on line %u", question->line);
    }

  if (question != NULL && !bank->full)
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "the question has no ANSWER: line; end it with \"ANSWER: \" and"
                           " the letter of the right option");
}

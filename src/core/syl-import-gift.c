/* syl-import-gift.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moodle's GIFT format (docs/import.md). Questions are separated by blank
 * lines; a line starting with // is a comment. A question is
 *
 *   ::Title:: [html]Question text {=right #why ~wrong #why ####explanation}
 *
 * with `~%50%answer` giving a weight (right when above 0), `{T}`/`{F}` for
 * true/false, and `$CATEGORY: Domain/Task` before the questions of a
 * category. \~ \= \# \{ \} \: and \\ stand for the character itself, \n
 * for a line break. Kinds Syllabus cannot show (short answer, numeric,
 * matching, essay, several blanks, a description) are left out with a
 * warning that names their line.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <string.h>

#include "syl-import-gift.h"
#include "syl-import-text.h"

/* An escaped special character stands in for itself as one of these bytes
 * while the question is taken apart; real control bytes were made spaces
 * before. */
static const char specials[] = ":#={}~\\";
#define PLACEHOLDER_BASE 0x01

typedef struct
{
  SylImportBank *bank;
  char          *domain;
  char          *task;
} Reader;

/* The block with escapes made placeholders, control bytes spaces. */
static char *
dup_protected (const char *block)
{
  GString *out = g_string_sized_new (strlen (block));

  for (const char *p = block; *p != '\0'; p++)
    {
      const char *special;

      if ((guchar)*p < 0x20 && *p != '\n' && *p != '\t')
        g_string_append_c (out, ' ');
      else if (*p == '\\' && p[1] == 'n')
        {
          g_string_append_c (out, '\n');
          p++;
        }
      else if (*p == '\\' && p[1] != '\0' && (special = strchr (specials, p[1])) != NULL)
        {
          g_string_append_c (out, (char)(PLACEHOLDER_BASE + (special - specials)));
          p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A piece of the question as the pack will have it: placeholders back to
 * their characters, HTML made text when the question said [html]. */
static char *
dup_text (const char *start,
          gsize       length,
          gboolean    html)
{
  g_autoptr(GString) out = g_string_sized_new (length);
  g_autofree char *plain = NULL;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = start[i];

      if (c >= PLACEHOLDER_BASE && c < PLACEHOLDER_BASE + sizeof specials - 1)
        g_string_append_c (out, specials[c - PLACEHOLDER_BASE]);
      else
        g_string_append_c (out, c);
    }

  if (!html)
    return syl_import_text_dup_clean (out->str, out->len);

  plain = syl_import_text_from_html (out->str);
  return syl_import_text_dup_clean (plain, -1);
}

/* Strips a [html], [moodle], [plain] or [markdown] mark; says if HTML. */
static const char *
skip_format (const char *text,
             gboolean   *html)
{
  static const char * const formats[] = { "[html]", "[moodle]", "[plain]", "[markdown]" };

  while (g_ascii_isspace (*text))
    text++;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_prefix (text, formats[i]))
      {
        *html = i == 0;
        return text + strlen (formats[i]);
      }

  return text;
}

/* `$CATEGORY: $course$/top/Networking/Routing` → domain "Networking",
 * task "Routing". Moodle's own levels ($…$ and "top") are dropped; levels
 * below the second are kept in the task's title. */
static void
set_category (Reader     *self,
              const char *path)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  /* Levels are separated by /; a slash in a name is written //. */
  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == '/' && p[1] == '/')
        {
          g_string_append_c (part, '/');
          p++;
        }
      else if (*p == '/')
        {
          g_ptr_array_add (parts, g_string_free (part, FALSE));
          part = g_string_new (NULL);
        }
      else
        g_string_append_c (part, *p);
    }
  g_ptr_array_add (parts, g_string_free (part, FALSE));

  for (guint i = 0; i < parts->len; i++)
    {
      const char *raw = g_ptr_array_index (parts, i);
      g_autofree char *level = dup_text (raw, strlen (raw), FALSE);

      if (level[0] == '\0' || (level[0] == '$' && g_str_has_suffix (level, "$")))
        continue;
      if (kept->len == 0 && g_ascii_strcasecmp (level, "top") == 0)
        continue;
      g_ptr_array_add (kept, g_steal_pointer (&level));
    }

  g_clear_pointer (&self->domain, g_free);
  g_clear_pointer (&self->task, g_free);
  if (kept->len == 0)
    return;

  self->domain = g_strdup (g_ptr_array_index (kept, 0));
  if (kept->len > 1)
    {
      g_ptr_array_add (kept, NULL);
      self->task = g_strjoinv (" / ", (char **)kept->pdata + 1);
    }
}

/* The position of the next unescaped @c in @text, or NULL. Escaped ones
 * are placeholders by now, so a plain search finds only the real ones. */
static const char *
find (const char *text,
      char        c)
{
  return strchr (text, c);
}

static gboolean
is_true_false (const char *answer,
               gboolean   *value)
{
  g_autofree char *word = NULL;
  const char *hash = find (answer, '#');

  word = g_strstrip (hash != NULL ? g_strndup (answer, hash - answer) : g_strdup (answer));
  if (g_str_equal (word, "T") || g_str_equal (word, "TRUE"))
    *value = TRUE;
  else if (g_str_equal (word, "F") || g_str_equal (word, "FALSE"))
    *value = FALSE;
  else
    return FALSE;

  return TRUE;
}

/* `{T#shown when wrong#shown when right}`: the first feedback is for a
 * learner who chose the wrong option, so it is that option's why. */
static void
read_true_false (Reader            *self,
                 SylImportQuestion *question,
                 const char        *answer,
                 gboolean           value,
                 gboolean           html)
{
  const char *first = find (answer, '#');
  const char *second = first != NULL ? find (first + 1, '#') : NULL;
  g_autofree char *wrong_why = NULL;
  g_autofree char *right_why = NULL;

  if (first != NULL)
    wrong_why = dup_text (first + 1, second != NULL ? (gsize)(second - first - 1) : strlen (first + 1), html);
  if (second != NULL)
    right_why = dup_text (second + 1, strlen (second + 1), html);

  syl_import_question_add_option (question, "True", value ? right_why : wrong_why, value);
  syl_import_question_add_option (question, "False", value ? wrong_why : right_why, !value);
  question->type = SYL_IMPORT_TYPE_SINGLE;
}

/* `%50%` or `%-33.33333%` at the start of an answer. */
static gboolean
parse_weight (const char  *answer,
              double      *weight,
              const char **rest)
{
  const char *p = answer + 1;
  const char *close;
  g_autofree char *number = NULL;
  char *end = NULL;

  if (answer[0] != '%' || (close = strchr (p, '%')) == NULL || close - p > 16)
    return FALSE;

  number = g_strndup (p, close - p);
  *weight = g_ascii_strtod (number, &end);
  if (end == number || *end != '\0')
    return FALSE;

  *rest = close + 1;
  return TRUE;
}

/* Moodle's cloze syntax inside braces: `{1:MULTICHOICE:=a~b}`. */
static gboolean
is_embedded_answers (const char *answers)
{
  const char *p = answers;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p++ != ':' || !(g_ascii_isalpha (*p) || *p == '_'))
    return FALSE;
  while (g_ascii_isalpha (*p) || *p == '_')
    p++;

  return *p == ':';
}

static gboolean
read_choices (Reader            *self,
              SylImportQuestion *question,
              const char        *answers,
              gboolean           html)
{
  gboolean has_equal = find (answers, '=') != NULL;
  guint n_equal = 0;
  const char *p = answers;

  while (*p != '\0' && *p != '~' && *p != '=')
    {
      if (!g_ascii_isspace (*p))
        {
          syl_import_bank_error (self->bank, SYL_IMPORT_ERROR_SYNTAX, question->line,
                                 "text before the first answer in { }; start each answer with"
                                 " = (right) or ~ (wrong), or write \\= \\~ for the characters");
          return FALSE;
        }
      p++;
    }

  while (*p != '\0')
    {
      gboolean right = *p == '=';
      const char *start = p + 1;
      const char *end = start;
      const char *hash;
      double weight = right ? 100 : 0;
      g_autofree char *text = NULL;
      g_autofree char *why = NULL;

      while (*end != '\0' && *end != '~' && *end != '=')
        end++;

      {
        g_autofree char *answer = g_strndup (start, end - start);
        const char *body = answer;

        while (g_ascii_isspace (*body))
          body++;
        if (parse_weight (body, &weight, &body))
          right = weight > 0;
        hash = find (body, '#');
        text = dup_text (body, hash != NULL ? (gsize)(hash - body) : strlen (body), html);
        if (hash != NULL)
          why = dup_text (hash + 1, strlen (hash + 1), html);
      }

      if (*p == '=')
        n_equal++;
      syl_import_question_add_option (question, text, why, right);
      if (question->options->len > SYL_IMPORT_MAX_OPTIONS)
        break;
      p = end;
    }

  if (n_equal > 1)
    {
      syl_import_bank_skip (self->bank, question->line,
                            "question left out: %u answers are marked = (each of them alone"
                            " is right), and Syllabus has no question with alternative right"
                            " answers; use ~%%50%% weights if all of them must be chosen", n_equal);
      return FALSE;
    }

  question->type = has_equal ? SYL_IMPORT_TYPE_SINGLE : SYL_IMPORT_TYPE_AUTO;
  return TRUE;
}

static void
read_question (Reader     *self,
               const char *block,
               guint       line)
{
  g_autoptr(SylImportQuestion) question = syl_import_question_new (line);
  g_autofree char *text = dup_protected (block);
  g_autofree char *answers = NULL;
  const char *body = text;
  const char *open;
  const char *close;
  const char *general;
  gboolean html = FALSE;
  gboolean value;

  while (g_ascii_isspace (*body))
    body++;

  if (g_str_has_prefix (body, "::"))
    {
      const char *name_end = strstr (body + 2, "::");

      if (name_end == NULL)
        {
          syl_import_bank_error (self->bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                 "the title has no closing ::; write ::Title:: before the question");
          return;
        }
      question->id = dup_text (body + 2, name_end - (body + 2), FALSE);
      body = name_end + 2;
    }
  body = skip_format (body, &html);

  open = find (body, '{');
  close = find (body, '}');
  if (open == NULL && close == NULL)
    {
      syl_import_bank_skip (self->bank, line,
                            "left out: text without answers in { } is a description, not a question");
      return;
    }
  if (open == NULL || close == NULL || close < open)
    {
      syl_import_bank_error (self->bank, SYL_IMPORT_ERROR_SYNTAX, line,
                             "a %s without its %s; write \\%s for the character itself",
                             open == NULL || (close != NULL && close < open) ? "}" : "{",
                             open == NULL || (close != NULL && close < open) ? "{" : "}",
                             open == NULL || (close != NULL && close < open) ? "}" : "{");
      return;
    }
  if (find (close + 1, '{') != NULL || find (close + 1, '}') != NULL)
    {
      syl_import_bank_skip (self->bank, line,
                            "question left out: it has several answer blanks { } (cloze),"
                            " which Syllabus cannot show");
      return;
    }

  {
    g_autofree char *before = g_strndup (body, open - body);
    g_autofree char *after = g_strdup (close + 1);
    g_autofree char *stem = NULL;

    if (syl_import_text_is_blank (after, strlen (after)))
      stem = g_strdup (before);
    else
      stem = g_strconcat (before, " _____ ", after, NULL);
    question->stem = dup_text (stem, strlen (stem), html);
  }

  answers = g_strstrip (g_strndup (open + 1, close - open - 1));
  general = g_strrstr (answers, "####");
  if (general != NULL)
    {
      question->explanation = dup_text (general + 4, strlen (general + 4), html);
      answers[general - answers] = '\0';
      g_strstrip (answers);
    }

  if (answers[0] == '\0')
    syl_import_bank_skip (self->bank, line, "question left out: an essay (no answers in { })"
                          " cannot be marked by Syllabus");
  else if (answers[0] == '#')
    syl_import_bank_skip (self->bank, line, "question left out: a numeric answer ({#…})"
                          " cannot be shown by Syllabus");
  else if (is_embedded_answers (answers))
    syl_import_bank_skip (self->bank, line, "question left out: embedded answers (cloze)"
                          " cannot be shown by Syllabus");
  else if (find (answers, '~') != NULL)
    {
      if (!read_choices (self, question, answers, html))
        return;
    }
  else if (find (answers, '=') != NULL && strstr (answers, "->") != NULL)
    syl_import_bank_skip (self->bank, line, "question left out: matching (=…->…) cannot be"
                          " shown by Syllabus");
  else if (is_true_false (answers, &value))
    read_true_false (self, question, answers, value, html);
  else
    syl_import_bank_skip (self->bank, line, "question left out: a short answer (only = answers,"
                          " no ~ wrong ones) is typed, not chosen, and Syllabus cannot show it");

  if (question->options->len == 0)
    return;

  question->domain = g_strdup (self->domain);
  question->task = g_strdup (self->task);
  syl_import_bank_add (self->bank, g_steal_pointer (&question));
}

static void
read_block (Reader     *self,
            GString    *block,
            guint       line)
{
  const char *text = block->str;

  while (g_ascii_isspace (*text))
    text++;

  if (g_str_has_prefix (text, "$CATEGORY:"))
    {
      const char *end = strchr (text, '\n');
      g_autofree char *path = NULL;
      g_autofree char *protected = NULL;

      path = end != NULL ? g_strndup (text + 10, end - text - 10) : g_strdup (text + 10);
      protected = dup_protected (g_strstrip (path));
      set_category (self, protected);
      if (end == NULL || syl_import_text_is_blank (end, strlen (end)))
        return;
      /* A question right under the category line, without a blank line. */
      text = end + 1;
      line++;
    }

  read_question (self, text, line);
}

/**
 * syl_import_gift_read:
 * @bank: where the questions, warnings and problems go
 * @data: the file's bytes
 * @length: their number
 *
 * Reads a GIFT file into @bank.
 */
void
syl_import_gift_read (SylImportBank *bank,
                      const char    *data,
                      gsize          length)
{
  g_autoptr(GString) block = g_string_new (NULL);
  SylImportLines lines;
  Reader reader = { bank, NULL, NULL };
  const char *line;
  gsize line_length;
  guint number;
  guint block_line = 0;
  gsize start;

  if (!syl_import_text_check (bank, data, length, &start))
    return;

  syl_import_lines_init (&lines, data + start, length - start);
  while (!bank->full && syl_import_lines_next (&lines, &line, &line_length, &number))
    {
      gsize indent = 0;

      while (indent < line_length && g_ascii_isspace (line[indent]))
        indent++;

      if (indent == line_length)
        {
          if (block->len > 0)
            read_block (&reader, block, block_line);
          g_string_truncate (block, 0);
          continue;
        }
      if (line_length - indent >= 2 && line[indent] == '/' && line[indent + 1] == '/')
        continue;

      if (block->len == 0)
        block_line = number;
      else
        g_string_append_c (block, '\n');
      g_string_append_len (block, line, line_length);
    }
  if (block->len > 0 && !bank->full)
    read_block (&reader, block, block_line);

  g_free (reader.domain);
  g_free (reader.task);
}

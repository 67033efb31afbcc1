/* syl-import-csv.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions from a spreadsheet saved as CSV (RFC 4180, UTF-8): one
 * question per row under a header row that names the columns
 * (docs/import.md, data/templates/syllabus-questions.csv):
 *
 *   id,type,domain,task,stem,option_a,…,option_f,correct,why_a,…,why_f,
 *   explanation,references
 *
 * Columns may come in any order and option_g… may follow; the separator
 * is a comma, or the semicolon or tab a spreadsheet in another language
 * writes, as the header row shows.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <string.h>

#include "syl-import-csv.h"
#include "syl-import-text.h"

/* Columns of one row; more is not a question. */
#define MAX_FIELDS 128

typedef enum
{
  COLUMN_UNKNOWN,
  COLUMN_ID,
  COLUMN_TYPE,
  COLUMN_DOMAIN,
  COLUMN_TASK,
  COLUMN_STEM,
  COLUMN_CORRECT,
  COLUMN_EXPLANATION,
  COLUMN_REFERENCES,
  COLUMN_OPTION,   /* + letter */
  COLUMN_WHY,      /* + letter */
} ColumnKind;

typedef struct
{
  ColumnKind kind;
  guint      letter;  /* 0 for A */
} Column;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  char        separator;
} Parser;

/* Reads one record into @fields; returns FALSE at the end of the data.
 * @line is the line the record starts on. */
static gboolean
read_record (Parser         *self,
             SylImportBank  *bank,
             GPtrArray      *fields,
             guint          *line)
{
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;
  gboolean too_many = FALSE;

  g_ptr_array_set_size (fields, 0);
  if (self->pos >= self->length)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }
  *line = self->line;

  while (self->pos < self->length)
    {
      char c = self->data[self->pos++];

      if (quoted)
        {
          if (c == '"' && self->pos < self->length && self->data[self->pos] == '"')
            {
              g_string_append_c (field, '"');
              self->pos++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n' || (c == '\r' && (self->pos >= self->length || self->data[self->pos] != '\n')))
                self->line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      if (c == self->separator)
        {
          if (fields->len < MAX_FIELDS)
            g_ptr_array_add (fields, g_string_free (field, FALSE));
          else
            {
              too_many = TRUE;
              g_string_free (field, TRUE);
            }
          field = g_string_new (NULL);
          was_quoted = FALSE;
          continue;
        }
      if (c == '\r' || c == '\n')
        {
          if (c == '\r' && self->pos < self->length && self->data[self->pos] == '\n')
            self->pos++;
          self->line++;
          break;
        }
      g_string_append_c (field, c);
    }

  if (quoted)
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, *line,
                           "a quoted field (starting with \") is not closed before the end"
                           " of the file");
  if (too_many)
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_TOO_LARGE, *line,
                           "the row has more than %u columns", MAX_FIELDS);

  if (fields->len < MAX_FIELDS)
    g_ptr_array_add (fields, g_string_free (field, FALSE));
  else
    g_string_free (field, TRUE);

  return TRUE;
}

/* The separator is whichever of , ; and tab the header row has most of. */
static char
guess_separator (const char *data,
                 gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;

  for (gsize i = 0; i < length && data[i] != '\n' && data[i] != '\r'; i++)
    {
      if (data[i] == ',')
        commas++;
      else if (data[i] == ';')
        semicolons++;
      else if (data[i] == '\t')
        tabs++;
    }

  if (tabs > commas && tabs > semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

static Column
parse_column (const char *name)
{
  g_autofree char *key = g_ascii_strdown (name, -1);
  Column column = { COLUMN_UNKNOWN, 0 };
  static const struct { const char *name; ColumnKind kind; } names[] = {
    { "id", COLUMN_ID }, { "type", COLUMN_TYPE }, { "domain", COLUMN_DOMAIN },
    { "task", COLUMN_TASK }, { "stem", COLUMN_STEM }, { "question", COLUMN_STEM },
    { "correct", COLUMN_CORRECT }, { "answer", COLUMN_CORRECT },
    { "explanation", COLUMN_EXPLANATION }, { "references", COLUMN_REFERENCES },
    { "reference", COLUMN_REFERENCES },
  };

  g_strstrip (key);
  for (char *p = key; *p != '\0'; p++)
    if (*p == ' ' || *p == '-')
      *p = '_';

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (key, names[i].name))
      {
        column.kind = names[i].kind;
        return column;
      }

  if ((g_str_has_prefix (key, "option_") && strlen (key) == 8) ||
      (g_str_has_prefix (key, "why_") && strlen (key) == 5))
    {
      char letter = key[strlen (key) - 1];

      if (letter >= 'a' && letter <= 'z')
        {
          column.kind = key[0] == 'o' ? COLUMN_OPTION : COLUMN_WHY;
          column.letter = letter - 'a';
        }
    }

  return column;
}

static gboolean
read_header (SylImportBank *bank,
             GPtrArray     *fields,
             guint          line,
             GArray        *columns)
{
  gboolean has_stem = FALSE, has_correct = FALSE, has_a = FALSE, has_b = FALSE;

  for (guint i = 0; i < fields->len; i++)
    {
      const char *name = g_ptr_array_index (fields, i);
      Column column = parse_column (name);

      if (column.kind == COLUMN_UNKNOWN && name[0] != '\0')
        syl_import_bank_warn (bank, line, "the column \"%.40s\" is not one Syllabus reads; it is"
                              " ignored", name);
      for (guint j = 0; column.kind != COLUMN_UNKNOWN && j < columns->len; j++)
        {
          Column other = g_array_index (columns, Column, j);

          if (other.kind == column.kind && other.letter == column.letter)
            {
              syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                     "the column \"%.40s\" comes twice; keep one of them", name);
              return FALSE;
            }
        }
      has_stem |= column.kind == COLUMN_STEM;
      has_correct |= column.kind == COLUMN_CORRECT;
      has_a |= column.kind == COLUMN_OPTION && column.letter == 0;
      has_b |= column.kind == COLUMN_OPTION && column.letter == 1;
      g_array_append_val (columns, column);
    }

  if (!has_stem || !has_correct || !has_a || !has_b)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                             "the first row must name the columns, with at least stem,"
                             " option_a, option_b and correct (see the template"
                             " syllabus-questions.csv)");
      return FALSE;
    }

  return TRUE;
}

/* Each line of the cell: `https://… Title of the page`. */
static void
read_references (SylImportQuestion *question,
                 const char        *cell)
{
  g_auto(GStrv) lines = g_strsplit_set (cell, "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *text = g_strstrip (lines[i]);
      char *space;

      if (text[0] == '\0')
        continue;
      space = strpbrk (text, " \t");
      if (space != NULL)
        {
          *space = '\0';
          syl_import_question_add_reference (question, space + 1, text);
        }
      else
        syl_import_question_add_reference (question, "", text);
    }
}

/* A cell the exporter protected from being run as a formula ('=…). */
static void
unprotect_formula (char *cell)
{
  if (cell[0] == '\'' && strchr ("=+-@", cell[1]) != NULL && cell[1] != '\0')
    memmove (cell, cell + 1, strlen (cell));
}

static gboolean
is_empty_row (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      if (!syl_import_text_is_blank (field, strlen (field)))
        return FALSE;
    }

  return TRUE;
}

static void
read_row (SylImportBank *bank,
          GArray        *columns,
          GPtrArray     *fields,
          guint          line)
{
  g_autoptr(SylImportQuestion) question = syl_import_question_new (line);
  const char *options[SYL_IMPORT_MAX_OPTIONS] = { NULL, };
  const char *whys[SYL_IMPORT_MAX_OPTIONS] = { NULL, };
  const char *correct = NULL;
  guint n_options = 0;
  guint n_errors = bank->errors->len;

  for (guint i = 0; i < fields->len && i < columns->len; i++)
    {
      Column column = g_array_index (columns, Column, i);
      char *cell = g_ptr_array_index (fields, i);

      unprotect_formula (cell);
      switch (column.kind)
        {
        case COLUMN_ID:
          g_strstrip (cell);
          question->id = cell[0] != '\0' ? g_strdup (cell) : NULL;
          break;

        case COLUMN_TYPE:
          g_strstrip (cell);
          if (g_ascii_strcasecmp (cell, "single") == 0)
            question->type = SYL_IMPORT_TYPE_SINGLE;
          else if (g_ascii_strcasecmp (cell, "multiple") == 0)
            question->type = SYL_IMPORT_TYPE_MULTIPLE;
          else if (cell[0] != '\0')
            syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                   "type \"%.40s\": write single, multiple, or nothing (the"
                                   " number of right options decides)", cell);
          break;

        case COLUMN_DOMAIN:
          question->domain = syl_import_text_dup_clean (cell, -1);
          break;

        case COLUMN_TASK:
          question->task = syl_import_text_dup_clean (cell, -1);
          break;

        case COLUMN_STEM:
          question->stem = syl_import_text_dup_clean (cell, -1);
          break;

        case COLUMN_CORRECT:
          correct = cell;
          break;

        case COLUMN_EXPLANATION:
          question->explanation = syl_import_text_dup_clean (cell, -1);
          break;

        case COLUMN_REFERENCES:
          read_references (question, cell);
          break;

        case COLUMN_OPTION:
          if (!syl_import_text_is_blank (cell, strlen (cell)))
            {
              options[column.letter] = cell;
              n_options = MAX (n_options, column.letter + 1);
            }
          break;

        case COLUMN_WHY:
          if (!syl_import_text_is_blank (cell, strlen (cell)))
            whys[column.letter] = cell;
          break;

        case COLUMN_UNKNOWN:
        default:
          break;
        }
    }

  for (guint i = 0; i < SYL_IMPORT_MAX_OPTIONS; i++)
    {
      if (i < n_options && options[i] == NULL)
        syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                               "option_%c is empty, but a later option is given; fill the"
                               " options from option_a on", 'a' + i);
      if (whys[i] != NULL && options[i] == NULL)
        syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                               "why_%c has text, but option_%c is empty", 'a' + i, 'a' + i);
    }

  for (guint i = 0; i < n_options; i++)
    syl_import_question_add_option (question, options[i] != NULL ? options[i] : "", whys[i], FALSE);

  for (const char *p = correct; p != NULL && *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (g_ascii_isspace (*p) || *p == ',' || *p == ';')
        continue;
      if (c < 'A' || c > 'Z' || (guint)(c - 'A') >= n_options)
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                 "correct names \"%c\", which is not the letter of a filled"
                                 " option (A to %c)", g_ascii_isprint (*p) ? *p : '?',
                                 n_options > 0 ? 'A' + n_options - 1 : 'A');
          break;
        }
      ((SylImportOption *)g_ptr_array_index (question->options, c - 'A'))->correct = TRUE;
    }

  if (bank->errors->len == n_errors)
    syl_import_bank_add (bank, g_steal_pointer (&question));
}

/**
 * syl_import_csv_read:
 * @bank: where the questions and problems go
 * @data: the file's bytes
 * @length: their number
 *
 * Reads a CSV file in the layout of docs/import.md into @bank.
 */
void
syl_import_csv_read (SylImportBank *bank,
                     const char    *data,
                     gsize          length)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  Parser parser = { 0, };
  gboolean have_header = FALSE;
  guint line;
  gsize start;

  if (!syl_import_text_check (bank, data, length, &start))
    return;

  parser.data = data + start;
  parser.length = length - start;
  parser.line = 1;
  parser.separator = guess_separator (parser.data, parser.length);

  while (!bank->full && read_record (&parser, bank, fields, &line))
    {
      if (is_empty_row (fields))
        continue;

      if (!have_header)
        {
          if (!read_header (bank, fields, line, columns))
            return;
          have_header = TRUE;
          continue;
        }

      read_row (bank, columns, fields, line);
    }

  if (!have_header)
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_EMPTY, 0,
                           "the file has no rows; start with the header row of the template");
}

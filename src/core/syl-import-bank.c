/* syl-import-bank.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions an importer read, and how they become a pack. Files of
 * other tools have no exam outline: each category (GIFT's `$CATEGORY:`,
 * the CSV's domain and task columns, a QTI test's sections) becomes a
 * domain with a task, weighted by its share of the questions, and the
 * exam is what the learner asked for or the defaults of docs/import.md.
 * The checks here are those the loader would make, said with the line of
 * the file the teacher wrote rather than of the converted pack.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <string.h>

#include "syl-import-bank.h"
#include "syl-import-text.h"
#include "syl-pack-loader.h"
#include "syl-pack-private.h"
#include "syl-reference.h"

/* Warnings kept for the dialog; the rest are counted. */
#define MAX_WARNINGS 500
#define MAX_ID 64

G_DEFINE_QUARK (syl-import-error-quark, syl_import_error)

/* A file name as messages show it: one line, whatever the name holds. */
static char *
dup_printable_name (const char *file)
{
  g_autofree char *valid = g_utf8_make_valid (file != NULL ? file : "<memory>", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, '?');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

SylImportBank *
syl_import_bank_new (const char *file)
{
  SylImportBank *self = g_new0 (SylImportBank, 1);

  self->source = dup_printable_name (file);
  self->file = g_strdup (self->source);
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify)syl_import_question_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->errors = g_ptr_array_new_with_free_func (g_free);
  self->first_code = -1;
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return self;
}

void
syl_import_bank_free (SylImportBank *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_free (self->file);
  g_ptr_array_unref (self->questions);
  g_ptr_array_unref (self->warnings);
  g_ptr_array_unref (self->errors);
  g_hash_table_unref (self->lines);
  g_free (self);
}

/**
 * syl_import_bank_set_file:
 * @file: (nullable): the part of the source being read (an entry of a
 *   package), or %NULL for the source itself
 *
 * Messages name @file from now on, and so do the questions added.
 */
void
syl_import_bank_set_file (SylImportBank *self,
                          const char    *file)
{
  g_free (self->file);
  self->file = file != NULL ? dup_printable_name (file) : g_strdup (self->source);
}

/* One line of valid UTF-8, whatever text of the file it quotes (a cell
 * with a line break in it, a quote cut in the middle of a character). */
static char *
format_message (SylImportBank *self,
                guint          line,
                const char    *format,
                va_list        args)
{
  g_autofree char *raw = g_strdup_vprintf (format, args);
  g_autofree char *text = g_utf8_make_valid (raw, -1);

  for (char *p = text; *p != '\0'; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f)
      *p = ' ';

  if (line > 0)
    return g_strdup_printf ("%s:%u: %s", self->file, line, text);

  return g_strdup_printf ("%s: %s", self->file, text);
}

void
syl_import_bank_warn (SylImportBank *self,
                      guint          line,
                      const char    *format,
                      ...)
{
  va_list args;

  if (self->warnings->len >= MAX_WARNINGS)
    return;

  va_start (args, format);
  g_ptr_array_add (self->warnings, format_message (self, line, format, args));
  va_end (args);
}

/* A question the file has but Syllabus cannot show: it is left out, and
 * the learner is told which and why. */
void
syl_import_bank_skip (SylImportBank *self,
                      guint          line,
                      const char    *format,
                      ...)
{
  va_list args;

  self->n_skipped++;
  if (self->warnings->len >= MAX_WARNINGS)
    return;

  va_start (args, format);
  g_ptr_array_add (self->warnings, format_message (self, line, format, args));
  va_end (args);
}

void
syl_import_bank_error (SylImportBank  *self,
                       SylImportError  code,
                       guint           line,
                       const char     *format,
                       ...)
{
  va_list args;

  if (self->first_code < 0)
    self->first_code = code;

  /* Counted past the limit, so the message can say how many more. */
  if (self->errors->len > SYL_IMPORT_MAX_LISTED)
    return;

  va_start (args, format);
  g_ptr_array_add (self->errors, format_message (self, line, format, args));
  va_end (args);
}

/* An error that already names its file, such as the archive reader's. */
void
syl_import_bank_take_error (SylImportBank *self,
                            GError        *error)
{
  if (self->first_code < 0)
    self->first_code = error->domain == SYL_IMPORT_ERROR ? error->code : SYL_IMPORT_ERROR_IO;
  if (self->errors->len <= SYL_IMPORT_MAX_LISTED)
    g_ptr_array_add (self->errors, g_strdup (error->message));
  g_error_free (error);
}

/**
 * syl_import_bank_add:
 * @question: (transfer full): a question read from the file
 *
 * Returns: %FALSE when the bank is full and the reader should stop
 */
gboolean
syl_import_bank_add (SylImportBank     *self,
                     SylImportQuestion *question)
{
  if (self->questions->len >= SYL_IMPORT_MAX_QUESTIONS)
    {
      if (!self->full)
        syl_import_bank_error (self, SYL_IMPORT_ERROR_TOO_LARGE, question->line,
                               "more than %u questions; split the file into several packs",
                               SYL_IMPORT_MAX_QUESTIONS);
      self->full = TRUE;
      syl_import_question_free (question);
      return FALSE;
    }

  if (question->file == NULL && !g_str_equal (self->file, self->source))
    question->file = g_strdup (self->file);
  g_ptr_array_add (self->questions, question);
  return TRUE;
}

/**
 * syl_import_bank_propagate:
 *
 * Returns: %FALSE, with @error listing every problem, when the reader
 *   found any
 */
gboolean
syl_import_bank_propagate (SylImportBank  *self,
                           GError        **error)
{
  g_autoptr(GString) text = NULL;

  if (self->errors->len == 0)
    return TRUE;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->errors->len && i < SYL_IMPORT_MAX_LISTED; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (self->errors, i));
    }
  if (self->errors->len > SYL_IMPORT_MAX_LISTED)
    g_string_append_printf (text, "\n%s: more problems follow; fix these first", self->source);

  g_set_error_literal (error, SYL_IMPORT_ERROR, self->first_code, text->str);
  return FALSE;
}

SylImportQuestion *
syl_import_question_new (guint line)
{
  SylImportQuestion *self = g_new0 (SylImportQuestion, 1);

  self->line = line;
  self->options = g_ptr_array_new ();
  self->references = g_ptr_array_new_with_free_func (g_free);

  return self;
}

static void
option_free (SylImportOption *option)
{
  g_free (option->text);
  g_free (option->why);
  g_free (option);
}

void
syl_import_question_free (SylImportQuestion *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->domain);
  g_free (self->task);
  g_free (self->stem);
  g_free (self->explanation);
  g_free (self->file);
  g_ptr_array_set_free_func (self->options, (GDestroyNotify)option_free);
  g_ptr_array_unref (self->options);
  g_ptr_array_unref (self->references);
  g_free (self);
}

/* Texts are kept as the pack will have them: white space collapsed, and
 * an empty why is no why. */
void
syl_import_question_add_option (SylImportQuestion *self,
                                const char        *text,
                                const char        *why,
                                gboolean           correct)
{
  SylImportOption *option = g_new0 (SylImportOption, 1);

  option->text = syl_import_text_dup_clean (text != NULL ? text : "", -1);
  option->why = why != NULL ? syl_import_text_dup_clean (why, -1) : NULL;
  if (option->why != NULL && option->why[0] == '\0')
    g_clear_pointer (&option->why, g_free);
  option->correct = correct;
  g_ptr_array_add (self->options, option);
}

void
syl_import_question_add_reference (SylImportQuestion *self,
                                   const char        *title,
                                   const char        *href)
{
  g_ptr_array_add (self->references, syl_import_text_dup_clean (title != NULL ? title : "", -1));
  g_ptr_array_add (self->references, g_strstrip (g_strdup (href)));
}

/* Building the pack */

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID || !g_ascii_isalnum (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

/* An id made of @text: ASCII letters and digits, the rest hyphens. */
static char *
dup_slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && slug->len < MAX_ID; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  return g_string_free (slug, FALSE);
}

/* @base, or @base-2, @base-3 …: the first that no other id of the pack has. */
static char *
dup_unique_id (GHashTable *taken,
               const char *base)
{
  g_autofree char *trimmed = g_strndup (base, MAX_ID - 6);

  if (!g_hash_table_contains (taken, base))
    return g_strdup (base);

  for (guint n = 2; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", trimmed, n);

      if (!g_hash_table_contains (taken, id))
        return g_steal_pointer (&id);
    }
}

void
syl_import_default_exam (guint  n_questions,
                         guint *exam_questions,
                         guint *minutes,
                         guint *pass_percent)
{
  guint n = MIN (n_questions, SYL_IMPORT_DEFAULT_EXAM_QUESTIONS);

  if (exam_questions != NULL)
    *exam_questions = MAX (n, 1);
  if (minutes != NULL)
    *minutes = CLAMP (n * SYL_IMPORT_DEFAULT_MINUTES_PER_QUESTION, 1, SYL_IMPORT_MAX_MINUTES);
  if (pass_percent != NULL)
    *pass_percent = SYL_IMPORT_DEFAULT_PASS_PERCENT;
}

typedef struct
{
  char       *title;
  GPtrArray  *tasks;      /* char *: titles, in order of first use */
  GHashTable *task_index; /* title → index + 1 */
  guint       n_questions;
} DomainPlan;

static void
domain_plan_free (DomainPlan *plan)
{
  g_free (plan->title);
  g_ptr_array_unref (plan->tasks);
  g_hash_table_unref (plan->task_index);
  g_free (plan);
}

/* Percent weights in proportion to @counts that add up to 100, each at
 * least 1 while there are at most 100 domains: largest remainders. */
static void
compute_weights (const guint *counts,
                 guint        n,
                 guint       *weights)
{
  g_autofree double *remainders = g_new0 (double, n);
  guint floor_each = n <= 100 ? 1 : 0;
  guint to_share = 100 - floor_each * MIN (n, 100);
  guint total = 0;
  guint given = 0;

  for (guint i = 0; i < n; i++)
    total += counts[i];

  for (guint i = 0; i < n; i++)
    {
      double exact = total > 0 ? (double)counts[i] * to_share / total : 0;

      weights[i] = floor_each + (guint)exact;
      remainders[i] = exact - (guint)exact;
      given += weights[i];
    }

  while (given < 100)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      weights[best]++;
      remainders[best] = -1;
      given++;
    }
}

/* The checks of the loader's rules, with the line of the source file. */
static gboolean
check_question (SylImportBank     *self,
                SylImportQuestion *question,
                SylQuestionType   *type)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_errors = self->errors->len;
  guint n_correct = 0;
  guint n_options = question->options->len;

  if (question->stem == NULL || question->stem[0] == '\0')
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "the question has no text; write the question before its answers");

  if (n_options < 2)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "the question has %u answer%s; a question needs at least two",
                           n_options, n_options == 1 ? "" : "s");
  else if (n_options > SYL_IMPORT_MAX_OPTIONS)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_TOO_LARGE, question->line,
                           "the question has %u answers; at most %u are supported",
                           n_options, SYL_IMPORT_MAX_OPTIONS);

  for (guint i = 0; i < n_options; i++)
    {
      SylImportOption *option = g_ptr_array_index (question->options, i);

      if (option->correct)
        n_correct++;
      if (option->text[0] == '\0')
        syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                               "answer %u of the question is empty", i + 1);
      else if (!g_hash_table_add (seen, option->text))
        syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                               "two answers of the question say \"%.80s\"; reword one of them",
                               option->text);
    }

  if (n_options >= 2 && n_correct == 0)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "no answer of the question is marked right");
  else if (n_options >= 2 && n_correct == n_options && n_correct > 1)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "every answer of the question is marked right; a question needs"
                           " a wrong answer too");
  else if (question->type == SYL_IMPORT_TYPE_SINGLE && n_correct > 1)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "the question has one right answer by its type, but %u answers"
                           " are marked right", n_correct);
  else if (question->type == SYL_IMPORT_TYPE_MULTIPLE && n_correct == 1)
    syl_import_bank_error (self, SYL_IMPORT_ERROR_SYNTAX, question->line,
                           "the question has several right answers by its type, but only"
                           " one answer is marked right");

  *type = n_correct > 1 ? SYL_QUESTION_MULTIPLE : SYL_QUESTION_SINGLE;

  return self->errors->len == n_errors;
}

static gboolean
check_options (SylImportBank          *self,
               const SylImportOptions *options,
               guint                   n_questions,
               guint                  *exam_questions,
               guint                  *minutes,
               guint                  *pass_percent,
               GError                **error)
{
  syl_import_default_exam (n_questions, exam_questions, minutes, pass_percent);

  if (options->exam_questions > 0)
    {
      if (options->exam_questions > n_questions)
        syl_import_bank_warn (self, 0, "an exam of %u questions was asked for, but the file has"
                              " %u; an exam asks all of them",
                              options->exam_questions, n_questions);
      *exam_questions = MIN (options->exam_questions, n_questions);
      if (options->minutes == 0)
        *minutes = CLAMP (*exam_questions * SYL_IMPORT_DEFAULT_MINUTES_PER_QUESTION,
                          1, SYL_IMPORT_MAX_MINUTES);
    }
  if (options->minutes > SYL_IMPORT_MAX_MINUTES)
    {
      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS,
                   "an exam of %u minutes is longer than a day; give at most %u minutes",
                   options->minutes, SYL_IMPORT_MAX_MINUTES);
      return FALSE;
    }
  if (options->minutes > 0)
    *minutes = options->minutes;
  if (options->pass_percent > 100)
    {
      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS,
                   "a pass mark of %u %% is more than all; give a share from 1 to 100",
                   options->pass_percent);
      return FALSE;
    }
  if (options->pass_percent > 0)
    *pass_percent = options->pass_percent;

  return TRUE;
}

/* Domains and tasks from the questions' categories, in order of first use. */
static gboolean
plan_domains (SylImportBank *self,
              GPtrArray     *plans,
              GHashTable    *plan_index,
              guint         *domain_of,
              guint         *task_of)
{
  guint n_tasks = 0;

  for (guint i = 0; i < self->questions->len; i++)
    {
      SylImportQuestion *question = g_ptr_array_index (self->questions, i);
      const char *domain = question->domain != NULL && question->domain[0] != '\0' ?
                           question->domain : "General";
      const char *task = question->task != NULL && question->task[0] != '\0' ? question->task : domain;
      DomainPlan *plan;
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (plan_index, domain));
      guint task_index;

      syl_import_bank_set_file (self, question->file);

      if (index == 0)
        {
          if (plans->len >= SYL_IMPORT_MAX_DOMAINS)
            {
              syl_import_bank_error (self, SYL_IMPORT_ERROR_TOO_LARGE, question->line,
                                     "more than %u categories; an exam outline of so many"
                                     " domains cannot be weighted, so merge some of them",
                                     SYL_IMPORT_MAX_DOMAINS);
              return FALSE;
            }
          plan = g_new0 (DomainPlan, 1);
          plan->title = g_strdup (domain);
          plan->tasks = g_ptr_array_new_with_free_func (g_free);
          plan->task_index = g_hash_table_new (g_str_hash, g_str_equal);
          g_ptr_array_add (plans, plan);
          index = plans->len;
          g_hash_table_insert (plan_index, plan->title, GUINT_TO_POINTER (index));
        }
      plan = g_ptr_array_index (plans, index - 1);
      plan->n_questions++;

      task_index = GPOINTER_TO_UINT (g_hash_table_lookup (plan->task_index, task));
      if (task_index == 0)
        {
          if (++n_tasks > SYL_IMPORT_MAX_TASKS)
            {
              syl_import_bank_error (self, SYL_IMPORT_ERROR_TOO_LARGE, question->line,
                                     "more than %u subcategories; merge some of them",
                                     SYL_IMPORT_MAX_TASKS);
              return FALSE;
            }
          g_ptr_array_add (plan->tasks, g_strdup (task));
          task_index = plan->tasks->len;
          g_hash_table_insert (plan->task_index, g_ptr_array_index (plan->tasks, task_index - 1),
                               GUINT_TO_POINTER (task_index));
        }

      domain_of[i] = index - 1;
      task_of[i] = task_index - 1;
    }
  syl_import_bank_set_file (self, NULL);

  return TRUE;
}

/**
 * syl_import_bank_build:
 * @options: the pack's id and title (both set) and the exam settings
 * @error: return location for a #SYL_IMPORT_ERROR listing every problem
 *
 * Checks the questions as the loader would, with the lines of the source
 * file, and builds the pack model. The model is not validated: the
 * caller writes it and loads it like any pack.
 *
 * Returns: (transfer full): the pack model, or %NULL
 */
SylPack *
syl_import_bank_build (SylImportBank           *self,
                       const SylImportOptions  *options,
                       GError                 **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify)domain_plan_free);
  g_autoptr(GHashTable) plan_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SylPack) pack = NULL;
  g_autofree guint *domain_of = NULL;
  g_autofree guint *task_of = NULL;
  g_autofree SylQuestionType *types = NULL;
  g_autofree guint *counts = NULL;
  g_autofree guint *weights = NULL;
  g_autofree guint *task_base = NULL;
  guint n = self->questions->len;
  guint exam_questions, minutes, pass_percent;

  g_return_val_if_fail (options != NULL && options->id != NULL && options->title != NULL, NULL);

  if (!syl_import_bank_propagate (self, error))
    return NULL;

  if (n == 0)
    {
      if (self->n_skipped > 0)
        g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_EMPTY,
                     "%s: none of its %u questions is of a kind Syllabus shows (one or more"
                     " right answers among several); see the warnings", self->source, self->n_skipped);
      else
        g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_EMPTY,
                     "%s: no question found", self->source);
      return NULL;
    }

  if (!is_valid_id (options->id))
    {
      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_OPTIONS,
                   "\"%.80s\" cannot be a pack id: use ASCII letters, digits, '.', '_' and '-',"
                   " starting with a letter or digit, at most %u characters", options->id, MAX_ID);
      return NULL;
    }

  if (!check_options (self, options, n, &exam_questions, &minutes, &pass_percent, error))
    return NULL;

  types = g_new0 (SylQuestionType, n);
  for (guint i = 0; i < n; i++)
    {
      SylImportQuestion *question = g_ptr_array_index (self->questions, i);

      syl_import_bank_set_file (self, question->file);
      check_question (self, question, &types[i]);
    }
  syl_import_bank_set_file (self, NULL);

  domain_of = g_new0 (guint, n);
  task_of = g_new0 (guint, n);
  plan_domains (self, plans, plan_index, domain_of, task_of);
  if (!syl_import_bank_propagate (self, error))
    return NULL;

  pack = syl_pack_new (options->id, 1, options->language != NULL ? options->language : "en");
  syl_pack_set_title (pack, options->title);
  syl_pack_set_exam (pack, options->id, exam_questions, 0, minutes, 0, 100, pass_percent, NULL);
  g_hash_table_add (taken, g_strdup (options->id));

  counts = g_new0 (guint, plans->len);
  weights = g_new0 (guint, plans->len);
  task_base = g_new0 (guint, plans->len);
  for (guint d = 0; d < plans->len; d++)
    counts[d] = ((DomainPlan *)g_ptr_array_index (plans, d))->n_questions;
  compute_weights (counts, plans->len, weights);

  for (guint d = 0; d < plans->len; d++)
    {
      DomainPlan *plan = g_ptr_array_index (plans, d);
      g_autofree char *domain_id = g_strdup_printf ("d%u", d + 1);
      g_autoptr(SylDomain) domain = syl_domain_new (domain_id, plan->title, weights[d]);

      g_hash_table_add (taken, g_steal_pointer (&domain_id));
      task_base[d] = tasks->len;
      for (guint t = 0; t < plan->tasks->len; t++)
        {
          g_autofree char *task_id = g_strdup_printf ("%u.%u", d + 1, t + 1);
          SylTask *task = syl_task_new (task_id, g_ptr_array_index (plan->tasks, t), NULL, NULL);

          syl_domain_add_task (domain, task);
          g_ptr_array_add (tasks, task);
          g_hash_table_add (taken, g_steal_pointer (&task_id));
        }
      syl_pack_add_domain (pack, domain);
    }

  for (guint i = 0; i < n; i++)
    {
      SylImportQuestion *question = g_ptr_array_index (self->questions, i);
      SylTask *task = g_ptr_array_index (tasks, task_base[domain_of[i]] + task_of[i]);
      g_autofree char *base = NULL;
      g_autofree char *id = NULL;
      g_autoptr(SylQuestion) built = NULL;
      guint n_references = 0;

      if (question->id != NULL && is_valid_id (question->id))
        base = g_strdup (question->id);
      else if (question->id != NULL)
        base = dup_slug (question->id);
      if (base == NULL || base[0] == '\0')
        {
          g_free (base);
          base = g_strdup_printf ("q%u", i + 1);
        }
      syl_import_bank_set_file (self, question->file);
      id = dup_unique_id (taken, base);
      if (question->id != NULL && !g_str_equal (id, base))
        syl_import_bank_warn (self, question->line,
                              "the name \"%.80s\" is used by another question or category;"
                              " this question is \"%s\"", question->id, id);
      g_hash_table_add (taken, g_strdup (id));
      g_hash_table_insert (self->lines, g_strdup (id),
                           g_strdup_printf ("%s:%u", self->file, question->line));

      built = syl_question_new (id, types[i], task, question->stem,
                                question->explanation != NULL && question->explanation[0] != '\0' ?
                                question->explanation : NULL);
      for (guint o = 0; o < question->options->len; o++)
        {
          SylImportOption *option = g_ptr_array_index (question->options, o);

          syl_question_add_option (built, option->text, option->why, option->correct);
        }

      for (guint r = 0; r + 1 < question->references->len; r += 2)
        {
          const char *title = g_ptr_array_index (question->references, r);
          const char *href = g_ptr_array_index (question->references, r + 1);
          g_autofree char *problem = NULL;

          if (!syl_reference_check_href (href, &problem))
            syl_import_bank_warn (self, question->line, "the link \"%.200s\" is left out: %s",
                                  href, problem);
          else if (n_references >= SYL_REFERENCE_MAX_PER_QUESTION)
            syl_import_bank_warn (self, question->line, "the link \"%.200s\" is left out: a"
                                  " question has at most %u", href, SYL_REFERENCE_MAX_PER_QUESTION);
          else
            {
              syl_question_add_reference (built, title[0] != '\0' ? title : href, href);
              n_references++;
            }
        }

      syl_pack_add_question (pack, built);
    }
  syl_import_bank_set_file (self, NULL);

  return g_steal_pointer (&pack);
}

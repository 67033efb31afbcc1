/* syl-import-bank.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What every importer fills: the questions of a file as the file has
 * them, each with the line it starts on, and the problems found, each
 * with its line. syl_import_bank_build() turns a bank into a pack model
 * (domains and tasks from the categories, weights, the exam); only the
 * importers and their tests include this header. */

#include <glib.h>

#include "syl-import.h"
#include "syl-pack.h"

G_BEGIN_DECLS

/* The most one import takes. Past these a file is refused: a pack of more
 * would be no exam anyone studies, and each costs memory. */
#define SYL_IMPORT_MAX_QUESTIONS 10000
#define SYL_IMPORT_MAX_OPTIONS 26
#define SYL_IMPORT_MAX_DOMAINS 100
#define SYL_IMPORT_MAX_TASKS 1000
/* Problems listed in one message; the rest are counted. */
#define SYL_IMPORT_MAX_LISTED 50

typedef enum
{
  SYL_IMPORT_TYPE_AUTO,
  SYL_IMPORT_TYPE_SINGLE,
  SYL_IMPORT_TYPE_MULTIPLE,
} SylImportType;

typedef struct
{
  char     *text;
  char     *why;
  gboolean  correct;
} SylImportOption;

typedef struct
{
  char          *id;
  char          *domain;
  char          *task;
  SylImportType  type;
  char          *stem;
  char          *explanation;
  GPtrArray     *options;     /* SylImportOption */
  GPtrArray     *references;  /* char *: title, href, title, href, … */
  char          *file;        /* where it is, if not the bank's source */
  guint          line;
} SylImportQuestion;

typedef struct
{
  char       *source;     /* the file imported, as messages name it */
  char       *file;       /* the file being read: the source or a part */
  GPtrArray  *questions;  /* SylImportQuestion */
  GPtrArray  *warnings;   /* char *: FILE:LINE: … */
  GPtrArray  *errors;     /* char *: FILE:LINE: … */
  int         first_code; /* SylImportError of the first error, -1 none */
  guint       n_skipped;
  gboolean    full;
  GHashTable *lines;      /* question id in the pack → "FILE:LINE" */
} SylImportBank;

SylImportBank     *syl_import_bank_new            (const char         *file);
void               syl_import_bank_free           (SylImportBank      *self);
void               syl_import_bank_set_file       (SylImportBank      *self,
                                                   const char         *file);
void               syl_import_bank_warn           (SylImportBank      *self,
                                                   guint               line,
                                                   const char         *format,
                                                   ...) G_GNUC_PRINTF (3, 4);
void               syl_import_bank_skip           (SylImportBank      *self,
                                                   guint               line,
                                                   const char         *format,
                                                   ...) G_GNUC_PRINTF (3, 4);
void               syl_import_bank_error          (SylImportBank      *self,
                                                   SylImportError      code,
                                                   guint               line,
                                                   const char         *format,
                                                   ...) G_GNUC_PRINTF (4, 5);
void               syl_import_bank_take_error     (SylImportBank      *self,
                                                   GError             *error);
gboolean           syl_import_bank_add            (SylImportBank      *self,
                                                   SylImportQuestion  *question);
gboolean           syl_import_bank_propagate      (SylImportBank      *self,
                                                   GError            **error);
SylPack           *syl_import_bank_build          (SylImportBank      *self,
                                                   const SylImportOptions *options,
                                                   GError            **error);

SylImportQuestion *syl_import_question_new        (guint               line);
void               syl_import_question_free       (SylImportQuestion  *self);
void               syl_import_question_add_option (SylImportQuestion  *self,
                                                   const char         *text,
                                                   const char         *why,
                                                   gboolean            correct);
void               syl_import_question_add_reference (SylImportQuestion *self,
                                                   const char         *title,
                                                   const char         *href);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylImportBank, syl_import_bank_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylImportQuestion, syl_import_question_free)

G_END_DECLS

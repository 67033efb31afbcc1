/* syl-import.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_IMPORT_ERROR (syl_import_error_quark ())

/**
 * SylImportError:
 * @SYL_IMPORT_ERROR_IO: the file cannot be read, or is not a regular file
 * @SYL_IMPORT_ERROR_TOO_LARGE: the file, an entry of a package, or the
 *   number of questions, options or categories is over a limit
 * @SYL_IMPORT_ERROR_ENCODING: not UTF-8 (or NUL bytes in a text file)
 * @SYL_IMPORT_ERROR_SYNTAX: the file breaks the rules of its format; the
 *   message has one `FILE:LINE: …` line per problem
 * @SYL_IMPORT_ERROR_EMPTY: no question in the file can be imported
 * @SYL_IMPORT_ERROR_ARCHIVE: a QTI package that is not a readable zip, or
 *   that holds a link, a path leaving the package, or too much data
 * @SYL_IMPORT_ERROR_FORBIDDEN: a DOCTYPE or entity in QTI XML
 * @SYL_IMPORT_ERROR_INVALID: the converted pack does not validate
 * @SYL_IMPORT_ERROR_UNKNOWN_FORMAT: the format could not be recognised
 * @SYL_IMPORT_ERROR_OPTIONS: an exam setting is out of range
 *
 * Errors of the importers. Every message names the file, and the line
 * where there is one.
 */
typedef enum
{
  SYL_IMPORT_ERROR_IO,
  SYL_IMPORT_ERROR_TOO_LARGE,
  SYL_IMPORT_ERROR_ENCODING,
  SYL_IMPORT_ERROR_SYNTAX,
  SYL_IMPORT_ERROR_EMPTY,
  SYL_IMPORT_ERROR_ARCHIVE,
  SYL_IMPORT_ERROR_FORBIDDEN,
  SYL_IMPORT_ERROR_INVALID,
  SYL_IMPORT_ERROR_UNKNOWN_FORMAT,
  SYL_IMPORT_ERROR_OPTIONS,
} SylImportError;

/**
 * SylImportFormat:
 * @SYL_IMPORT_FORMAT_UNKNOWN: not recognised
 * @SYL_IMPORT_FORMAT_PACK: a Syllabus pack (XML file or folder); installed
 *   as it is, never converted
 * @SYL_IMPORT_FORMAT_GIFT: Moodle GIFT text
 * @SYL_IMPORT_FORMAT_AIKEN: Aiken text
 * @SYL_IMPORT_FORMAT_CSV: the spreadsheet layout of docs/import.md
 * @SYL_IMPORT_FORMAT_QTI: an IMS QTI 2.x/3.0 item or test file, or a
 *   content package (zip with imsmanifest.xml)
 */
typedef enum
{
  SYL_IMPORT_FORMAT_UNKNOWN,
  SYL_IMPORT_FORMAT_PACK,
  SYL_IMPORT_FORMAT_GIFT,
  SYL_IMPORT_FORMAT_AIKEN,
  SYL_IMPORT_FORMAT_CSV,
  SYL_IMPORT_FORMAT_QTI,
} SylImportFormat;

/* The largest file an import reads (a QTI package: its zip file). */
#define SYL_IMPORT_MAX_FILE_SIZE ((gsize) 32 * 1024 * 1024)

/* The exam an imported pack gets when none is given (docs/import.md). */
#define SYL_IMPORT_DEFAULT_EXAM_QUESTIONS 65
#define SYL_IMPORT_DEFAULT_MINUTES_PER_QUESTION 2
#define SYL_IMPORT_DEFAULT_PASS_PERCENT 72
#define SYL_IMPORT_MAX_MINUTES (24 * 60)

/**
 * SylImportOptions:
 * @id: (nullable): the pack id; %NULL makes one from the file name
 * @title: (nullable): the pack title; %NULL takes the file name
 * @language: (nullable): the pack's language; %NULL is `en`
 * @exam_questions: questions per exam; 0 is every question up to
 *   %SYL_IMPORT_DEFAULT_EXAM_QUESTIONS
 * @minutes: the exam's duration; 0 is
 *   %SYL_IMPORT_DEFAULT_MINUTES_PER_QUESTION per question
 * @pass_percent: the passing share, 1–100; 0 is
 *   %SYL_IMPORT_DEFAULT_PASS_PERCENT
 *
 * What an imported pack cannot take from the file it comes from.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *language;
  guint       exam_questions;
  guint       minutes;
  guint       pass_percent;
} SylImportOptions;

/**
 * SylImportResult:
 * @format: the format the file was read as
 * @pack: the converted pack, validated by the pack loader
 * @xml: the pack file: what syl_pack_load() read as @pack
 * @warnings: (array zero-terminated=1): `FILE:LINE: …` for each question
 *   left out, and other things the learner should know
 * @n_skipped: how many questions of the file were left out
 *
 * A converted file, not yet installed anywhere.
 */
typedef struct
{
  SylImportFormat  format;
  SylPack         *pack;
  GBytes          *xml;
  GStrv            warnings;
  guint            n_skipped;
} SylImportResult;

GQuark            syl_import_error_quark        (void);

SylImportFormat   syl_import_detect_format      (const char              *file_name,
                                                 const char              *data,
                                                 gsize                    length);
SylImportFormat   syl_import_detect_file        (const char              *path);
SylImportFormat   syl_import_format_from_name   (const char              *name);
const char       *syl_import_format_to_name     (SylImportFormat          format);
gboolean          syl_import_format_has_outline (SylImportFormat          format);

SylImportResult  *syl_import_data               (SylImportFormat          format,
                                                 const char              *data,
                                                 gsize                    length,
                                                 const char              *display_name,
                                                 const SylImportOptions  *options,
                                                 GError                 **error);
SylImportResult  *syl_import_file               (SylImportFormat          format,
                                                 const char              *path,
                                                 const SylImportOptions  *options,
                                                 GError                 **error);
char             *syl_import_dup_id_for_name    (const char              *file_name);
char             *syl_import_dup_title_for_name (const char              *file_name);
void              syl_import_default_exam       (guint                    n_questions,
                                                 guint                   *exam_questions,
                                                 guint                   *minutes,
                                                 guint                   *pass_percent);
void              syl_import_result_free        (SylImportResult         *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylImportResult, syl_import_result_free)

G_END_DECLS

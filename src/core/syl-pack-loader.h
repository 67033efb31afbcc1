/* syl-pack-loader.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_PACK_ERROR (syl_pack_error_quark ())

/**
 * SylPackError:
 * @SYL_PACK_ERROR_IO: the file or folder cannot be read
 * @SYL_PACK_ERROR_MALFORMED: not well-formed XML (includes a truncated file)
 * @SYL_PACK_ERROR_FORBIDDEN: a DOCTYPE, entity declaration or entity
 *   reference, which packs may not use
 * @SYL_PACK_ERROR_ENCODING: not UTF-8, or binary data
 * @SYL_PACK_ERROR_SCHEMA: the file does not follow data/schema/pack.rng
 * @SYL_PACK_ERROR_DUPLICATE_ID: an id is used twice
 * @SYL_PACK_ERROR_UNRESOLVED_REF: a `task=`, `ref=` or `<change question=>`
 *   names no task, service or question
 * @SYL_PACK_ERROR_WEIGHTS: domain weights do not add up to 100
 * @SYL_PACK_ERROR_OPTIONS: wrong number of options or of correct options
 * @SYL_PACK_ERROR_TOO_LARGE: a file is larger than %SYL_PACK_MAX_FILE_SIZE
 * @SYL_PACK_ERROR_EMPTY: the file is empty
 * @SYL_PACK_ERROR_DUPLICATE_OPTION: two options of a question say the same
 * @SYL_PACK_ERROR_EXAM: the exam's numbers do not make sense
 * @SYL_PACK_ERROR_PACK_MISMATCH: a questions file's `pack=` is not the pack id,
 *   or a questions file is loaded as a pack
 * @SYL_PACK_ERROR_NAMESPACE: the root element is not in the pack namespace
 * @SYL_PACK_ERROR_EMPTY_TEXT: a title, stem, option or other text is empty
 * @SYL_PACK_ERROR_REFERENCE: a `<reference href>` is not https or names a host
 *   that is not on the allow-list (syl-reference.c)
 * @SYL_PACK_ERROR_DUPLICATE_PACK: a #SylPackLibrary already has a pack with
 *   this id
 * @SYL_PACK_ERROR_REPORT: the pack's `report` address is neither https nor
 *   mailto
 * @SYL_PACK_ERROR_CHANGES: a `<changes version>` is above the pack's version
 *   or given twice
 * @SYL_PACK_ERROR_LIMIT: the file goes beyond one of the limits that keep
 *   hostile files from taking time or memory (too many attributes on an
 *   element, nesting too deep, a text too long…; see syl-pack-scan.h and
 *   docs/security.md)
 *
 * Errors of syl_pack_load(). The message has one line per problem, each
 * `FILE:LINE: what is wrong and how to fix it`; the code is that of the
 * first problem.
 */
typedef enum
{
  SYL_PACK_ERROR_IO,
  SYL_PACK_ERROR_MALFORMED,
  SYL_PACK_ERROR_FORBIDDEN,
  SYL_PACK_ERROR_ENCODING,
  SYL_PACK_ERROR_SCHEMA,
  SYL_PACK_ERROR_DUPLICATE_ID,
  SYL_PACK_ERROR_UNRESOLVED_REF,
  SYL_PACK_ERROR_WEIGHTS,
  SYL_PACK_ERROR_OPTIONS,
  SYL_PACK_ERROR_TOO_LARGE,
  SYL_PACK_ERROR_EMPTY,
  SYL_PACK_ERROR_DUPLICATE_OPTION,
  SYL_PACK_ERROR_EXAM,
  SYL_PACK_ERROR_PACK_MISMATCH,
  SYL_PACK_ERROR_NAMESPACE,
  SYL_PACK_ERROR_EMPTY_TEXT,
  SYL_PACK_ERROR_DUPLICATE_PACK,
  SYL_PACK_ERROR_REFERENCE,
  SYL_PACK_ERROR_LIMIT,
  SYL_PACK_ERROR_REPORT,
  SYL_PACK_ERROR_CHANGES,
} SylPackError;

/* The namespace of pack format version 1. */
#define SYL_PACK_NAMESPACE "https://syllabus.github.io/ns/pack/1"

/* A pack file larger than this is refused before it is parsed. */
#define SYL_PACK_MAX_FILE_SIZE ((gsize) 64 * 1024 * 1024)

GQuark   syl_pack_error_quark         (void);
SylPack *syl_pack_load                (const char  *path,
                                       GError     **error);
SylPack *syl_pack_load_from_data      (const char  *data,
                                       gssize       length,
                                       const char  *display_name,
                                       GError     **error);
GBytes  *syl_pack_loader_dup_schema   (void);
char    *syl_pack_normalize_text      (const char  *text);

G_END_DECLS

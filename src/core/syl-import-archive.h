/* syl-import-archive.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* A zip package read into memory with libarchive, for the QTI importer:
 * only regular files, only names inside the package, and within limits
 * that a zip bomb cannot pass (docs/security.md). Nothing is written to
 * disk. */

#include <glib.h>

G_BEGIN_DECLS

/* Entries of one package, of any kind. */
#define SYL_IMPORT_ARCHIVE_MAX_ENTRIES 10000
/* Bytes of one entry read, and of all of them, uncompressed. */
#define SYL_IMPORT_ARCHIVE_MAX_ENTRY_SIZE ((gsize) 16 * 1024 * 1024)
#define SYL_IMPORT_ARCHIVE_MAX_TOTAL_SIZE ((gsize) 64 * 1024 * 1024)
/* Uncompressed bytes per byte of the zip file, once more than
 * SYL_IMPORT_ARCHIVE_RATIO_FLOOR bytes were read: XML compresses about
 * 10:1, a zip bomb by thousands. */
#define SYL_IMPORT_ARCHIVE_MAX_RATIO 100
#define SYL_IMPORT_ARCHIVE_RATIO_FLOOR ((gsize) 1024 * 1024)

/* The limits above, smaller in tests. */
typedef struct
{
  guint max_entries;
  gsize max_entry_size;
  gsize max_total_size;
  guint max_ratio;
  gsize ratio_floor;
} SylImportArchiveLimits;

GHashTable *syl_import_archive_read          (const char  *data,
                                              gsize        length,
                                              const char  *display_name,
                                              const char  *suffix,
                                              const SylImportArchiveLimits *limits,
                                              GError     **error);
gboolean    syl_import_archive_is_safe_name  (const char  *name);
gboolean    syl_import_archive_looks_like_zip (const char *data,
                                              gsize        length);

G_END_DECLS

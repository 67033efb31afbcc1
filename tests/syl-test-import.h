/* syl-test-import.h: helpers of the import and export tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-import-bank.h"
#include "syl-import.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_TEST_ZIP_FILE,
  SYL_TEST_ZIP_FOLDER,
  SYL_TEST_ZIP_SYMLINK,
} SylTestZipKind;

typedef struct
{
  const char     *name;
  const char     *data;     /* NUL-terminated unless length is given */
  gsize           length;
  SylTestZipKind  kind;
  const char     *target;   /* of a link */
} SylTestZipEntry;

/* tests/data/import/NAME */
char          *syl_test_import_path          (const char            *name);
/* Its contents; asserts it reads. */
char          *syl_test_import_read_fixture  (const char            *name,
                                              gsize                 *length);
/* Reads @text with the importer of @format into a new bank named "test". */
SylImportBank *syl_test_import_read          (SylImportFormat        format,
                                              const char            *text,
                                              gssize                 length);
/* A zip of @entries, made with libarchive. */
GBytes        *syl_test_make_zip             (const SylTestZipEntry *entries,
                                              guint                  n_entries);
/* Whether the loader takes packs of other tools' shape: a question with
 * two options and no explanation (issue 14, branch "loader"). */
/* Skips the test (and returns TRUE) while the loader is not relaxed. */
/* The text of the fenced block after "<!-- test: KIND -->" in
 * docs/import.md, or NULL when SYLLABUS_SOURCE_DIR is not set. */
char          *syl_test_import_doc_example   (const char            *kind);
/* The option of @question (in @bank) as "text|why|1" for short asserts. */
char          *syl_test_import_describe      (SylImportQuestion     *question,
                                              guint                  option);

G_END_DECLS

/* syl-test-util.h: helpers shared by the tests that need no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack-loader.h"
#include "syl-store.h"

G_BEGIN_DECLS

/* Deletes a folder and everything under it, sub-folders included. */
void     syl_test_remove_tree          (const char *path);
guint    syl_test_add_data_files       (const char    *test_prefix,
                                        const char    *folder,
                                        const char    *suffix,
                                        GTestDataFunc  func);

/* Deletes the files directly in a folder, then the folder itself; does not
 * descend into sub-folders (an empty one is removed like a file). */
void     syl_test_remove_dir_files     (const char *dir);

/* A new temporary folder made from @tmp_template (asserted made) for a
 * progress database; *@db_path is set to progress.db in it, not created. */
char    *syl_test_make_store_dir       (const char *tmp_template,
                                        char      **db_path);

/* The shipped aws-dop-c02 pack under SYLLABUS_SOURCE_DIR/data/packs; asserts
 * that it loads. */
SylPack *syl_test_load_shipped_pack    (void);

/* A progress database in a new temporary folder (made from @tmp_template),
 * with one drill session of pack "engine-test" started at @started_at_us. */
typedef struct
{
  char     *dir;
  SylStore *store;
  gint64    session;
} SylTestProgress;

void     syl_test_progress_init        (SylTestProgress *p,
                                        const char      *tmp_template,
                                        gint64           started_at_us);
void     syl_test_progress_clear       (SylTestProgress *p);

/* Records one answer to @question of @pack (its first option, @correct or
 * not, 30 s, now) in a drill session of its own; returns the session id. */
gint64   syl_test_record_answer        (SylStore        *store,
                                        SylPack         *pack,
                                        SylQuestion     *question,
                                        gboolean         correct);

G_END_DECLS

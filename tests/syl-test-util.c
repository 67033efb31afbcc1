/* syl-test-util.c: helpers shared by the tests that need no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-question.h"
#include "syl-test-util.h"

void
syl_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      /* A link is removed, never followed. */
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        syl_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

void
syl_test_remove_dir_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

char *
syl_test_make_store_dir (const char  *tmp_template,
                         char       **db_path)
{
  char *dir = g_dir_make_tmp (tmp_template, NULL);

  g_assert_nonnull (dir);
  *db_path = g_build_filename (dir, "progress.db", NULL);
  return dir;
}

SylPack *
syl_test_load_shipped_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs",
                                            "aws-dop-c02", NULL);
  SylPack *pack = syl_pack_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

void
syl_test_progress_init (SylTestProgress *p,
                        const char      *tmp_template,
                        gint64           started_at_us)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SylStoreSession s = {
    .mode = (char *) "drill", .pack_id = (char *) "engine-test",
    .question_ids = (char *[]) { (char *) "q1101", NULL }, .started_at_us = started_at_us,
  };

  p->dir = g_dir_make_tmp (tmp_template, NULL);
  path = g_build_filename (p->dir, "progress.db", NULL);
  p->store = syl_store_open (path, &error);
  g_assert_no_error (error);
  p->session = syl_store_insert_session (p->store, &s, &error);
  g_assert_no_error (error);
}

void
syl_test_progress_clear (SylTestProgress *p)
{
  g_autofree char *db = g_build_filename (p->dir, "progress.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *lock = g_strconcat (db, ".lock", NULL);

  g_clear_object (&p->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (lock);
  g_rmdir (p->dir);
  g_free (p->dir);
}

gint64
syl_test_record_answer (SylStore    *store,
                        SylPack     *pack,
                        SylQuestion *question,
                        gboolean     correct)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { syl_question_get_id (question), NULL };
  SylStoreSession session = {
    .mode = (char *) "drill",
    .pack_id = (char *) syl_pack_get_id (pack),
    .settings = (char *) "",
    .question_ids = (GStrv) ids,
    .option_orders = (char *) "",
    .unscored = (char *) "",
    .started_at_us = g_get_real_time (),
  };
  SylStoreAnswer answer = {
    .question_id = (char *) syl_question_get_id (question),
    .chosen = (char *) "0",
    .correct = correct,
    .time_ms = 30000,
    .answered_at_us = g_get_real_time (),
  };

  answer.session_id = syl_store_insert_session (store, &session, &error);
  g_assert_no_error (error);
  syl_store_record_answer (store, &answer, &error);
  g_assert_no_error (error);

  return answer.session_id;
}

/**
 * syl_test_add_data_files:
 * @test_prefix: such as "/syl/store-fuzz/seeds"
 * @folder: a folder of tests/data/
 * @suffix: (nullable): the files to take; %NULL for all but README
 * @func: run with each file's path
 *
 * Adds a test @test_prefix/FILE for each file of @folder, in name order:
 * how the fuzz targets' seeds and crash inputs are replayed.
 *
 * Returns: how many tests were added
 */
guint
syl_test_add_data_files (const char    *test_prefix,
                         const char    *folder,
                         const char    *suffix,
                         GTestDataFunc  func)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *file;

  while (dir != NULL && (file = g_dir_read_name (dir)) != NULL)
    if (suffix != NULL ? g_str_has_suffix (file, suffix) : !g_str_equal (file, "README"))
      g_ptr_array_add (files, g_strdup (file));
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < files->len; i++)
    {
      const char *name = g_ptr_array_index (files, i);
      g_autofree char *test_path = g_strdup_printf ("%s/%s", test_prefix, name);

      /* The path lives as long as the tests. */
      g_test_add_data_func_full (test_path, g_build_filename (dir_path, name, NULL), func, g_free);
    }

  return files->len;
}

/* syl-test-store.c: helpers for the tests of the progress store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "syl-test-store.h"

void
syl_test_store_exec (const char *path,
                     const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

gint64
syl_test_store_int (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

GBytes *
syl_test_store_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

gint64
syl_test_store_add_session (SylStore   *store,
                            const char *mode,
                            const char *order,
                            gint64      started_at_us)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = g_strsplit (order, " ", -1);
  SylStoreSession session = {
    .mode = (char *) mode,
    .pack_id = (char *) SYL_TEST_PACK,
    .question_ids = ids,
    .started_at_us = started_at_us,
  };
  gint64 id;

  id = syl_store_insert_session (store, &session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

gint64
syl_test_store_answer (SylStore   *store,
                       gint64      session_id,
                       const char *question_id,
                       const char *chosen,
                       gboolean    correct,
                       gboolean    unsure,
                       gint64      time_ms,
                       gint64      at_us)
{
  g_autoptr(GError) error = NULL;
  SylStoreAnswer a = {
    .session_id = session_id,
    .question_id = (char *) question_id,
    .chosen = (char *) chosen,
    .correct = correct,
    .unsure = unsure,
    .time_ms = time_ms,
    .answered_at_us = at_us,
  };
  gint64 id;

  id = syl_store_record_answer (store, &a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

void
syl_test_store_build_from_sql (const char *path,
                               const char *script)
{
  g_autofree char *script_path = g_test_build_filename (G_TEST_DIST, "data", script, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (script_path, &sql, NULL, &error);
  g_assert_no_error (error);
  syl_test_store_exec (path, sql);
}

void
syl_test_store_damage_middle_page (const char *path)
{
  g_autoptr(GBytes) bytes = syl_test_store_read_bytes (path);
  gsize length;
  g_autofree guint8 *contents = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);
  guint page_size;
  gsize n_pages;
  gsize middle;

  g_assert_cmpuint (length, >=, 100);
  page_size = (contents[16] << 8) | contents[17];
  g_assert_cmpuint (page_size, ==, 4096);
  n_pages = length / page_size;
  g_assert_cmpuint (n_pages, >=, 20);
  middle = n_pages / 2;
  for (gsize i = 0; i < page_size; i++)
    contents[middle * page_size + i] = (guint8) (i * 131 + 7);
  g_assert_true (g_file_set_contents (path, (const char *) contents, length, NULL));
}

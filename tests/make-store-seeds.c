/* make-store-seeds.c: the seed corpus of fuzz/fuzz-store-open.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* make-store-seeds OUTDIR
 *
 * Writes real progress databases, each as the store wrote it: a new one
 * (empty.db), version 1 and version 2 as those versions wrote them
 * (tests/data/progress-v1.sql, progress-v2.sql), and version 3 with a row
 * in every table (v3.db, from v2 through the store API). Each is then
 * rewritten with 512-byte pages and no WAL, so that the fuzzer mutates
 * files of a few kilobytes; v3-4k.db keeps SQLite's 4096-byte pages.
 * Run from the top of the source tree; the seeds are committed in
 * tests/data/fuzz-store-seeds/. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "syl-store.h"

#define PACK "aws-dop-c02"
#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

static void
check (gboolean    ok,
       const char *what,
       GError     *error)
{
  if (!ok)
    {
      fprintf (stderr, "make-store-seeds: %s: %s\n", what, error != NULL ? error->message : "failed");
      exit (1);
    }
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  check (sqlite3_open (path, &db) == SQLITE_OK && sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK,
         message != NULL ? message : path, NULL);
  sqlite3_close (db);
}

static void
from_script (const char *path,
             const char *script)
{
  g_autofree char *script_path = g_build_filename ("tests", "data", script, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  check (g_file_get_contents (script_path, &sql, NULL, &error), script_path, error);
  exec_sql (path, sql);
}

static void
clean (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
shrink (const char *path,
        int         page_size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA page_size = %d; VACUUM;",
                                          page_size);

  exec_sql (path, sql);
  clean (path);
}

/* Version 3 with something in every table. */
static void
fill_v3 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (path, &error);
  g_autoptr(GHashTable) digests = g_hash_table_new (g_str_hash, g_str_equal);
  const char *ids[] = { "q1001", "q3001", NULL };
  SylStoreSession session = {
    .mode = (char *) "exam", .pack_id = (char *) PACK, .question_ids = (GStrv) ids,
    .unscored = (char *) "1", .time_limit_ms = 180 * 60 * 1000, .started_at_us = T0 + 4 * DAY_US,
  };
  SylStoreForecast forecast = { .made_at_us = T0 + 4 * DAY_US - 1, .estimate = 700, .low = 640,
                                .high = 760, .pass_probability = 0.3 };
  SylStoreReport report = { .pack_id = (char *) PACK, .pack_version = 2, .question_id = (char *) "q1002",
                            .kind = (char *) "typo", .text = (char *) "“recieve”", .created_at_us = T0,
                            .sent_via = (char *) "copied" };
  SylStoreAnswer answer = { .question_id = (char *) "q3001", .chosen = (char *) "1,2", .correct = TRUE,
                            .time_ms = 50000, .answered_at_us = T0 + 4 * DAY_US + 60 * G_USEC_PER_SEC };
  gint64 sid;

  check (store != NULL, path, error);
  g_hash_table_insert (digests, (char *) "q1001", (char *) "6c1b0e9f");
  g_hash_table_insert (digests, (char *) "q1002", (char *) "0f3a77d2");
  check (syl_store_sync_digests (store, PACK, digests, T0 + 3 * DAY_US, NULL, &error), "digests", error);
  g_hash_table_insert (digests, (char *) "q1001", (char *) "9e2d4c11");
  check (syl_store_sync_digests (store, PACK, digests, T0 + 4 * DAY_US, NULL, &error), "digests", error);

  sid = syl_store_insert_session (store, &session, &error);
  check (sid > 0, "session", error);
  check (syl_store_record_forecast (store, sid, &forecast, &error), "forecast", error);
  check (syl_store_mark_shown (store, sid, "q1001", T0 + 4 * DAY_US, &error), "shown", error);
  answer.session_id = sid;
  check (syl_store_record_answer (store, &answer, &error) > 0, "answer", error);
  check (syl_store_set_note (store, PACK, "q1001", "Two target groups, one listener.", T0, &error), "note", error);
  check (syl_store_add_report (store, &report, &error) > 0, "report", error);
  check (syl_store_set_seen_changes_version (store, PACK, 2, &error), "changes", error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *v1 = NULL;
  g_autofree char *v2 = NULL;
  g_autofree char *v3 = NULL;
  g_autofree char *v3_4k = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (argc != 2)
    {
      fprintf (stderr, "usage: make-store-seeds OUTDIR\n");
      return 2;
    }

  g_setenv ("TZ", "UTC", TRUE);
  g_mkdir_with_parents (argv[1], 0755);
  empty = g_build_filename (argv[1], "empty.db", NULL);
  v1 = g_build_filename (argv[1], "v1.db", NULL);
  v2 = g_build_filename (argv[1], "v2.db", NULL);
  v3 = g_build_filename (argv[1], "v3.db", NULL);
  v3_4k = g_build_filename (argv[1], "v3-4k.db", NULL);
  {
    const char *all[] = { empty, v1, v2, v3, v3_4k };

    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      {
        g_unlink (all[i]);
        clean (all[i]);
      }
  }

  {
    g_autoptr(SylStore) store = syl_store_open (empty, &error);

    check (store != NULL, empty, error);
  }
  from_script (v1, "progress-v1.sql");
  from_script (v2, "progress-v2.sql");
  from_script (v3, "progress-v2.sql");
  fill_v3 (v3);

  check (g_file_get_contents (v3, &contents, &length, &error), v3, error);
  check (g_file_set_contents (v3_4k, contents, length, &error), v3_4k, error);
  shrink (v3_4k, 4096);

  shrink (empty, 512);
  shrink (v1, 512);
  shrink (v2, 512);
  shrink (v3, 512);

  return 0;
}

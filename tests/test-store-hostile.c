/* test-store-hostile.c: the progress store against files it did not write
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every way a progress database can be wrong when Syllabus starts: each
 * must end in an error with a code the application acts on and a message
 * naming the file, and must leave the file as it was. */

#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "syl-store-private.h"
#include "syl-test-store.h"
#include "syl-test-util.h"

#define T0 SYL_TEST_T0

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = syl_test_make_store_dir ("syl-store-hostile-XXXXXX", &fixture->path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A database with some progress in it, closed. */
static void
make_progress (const char *path,
               guint       n_answers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (path, &error);
  gint64 sid;

  g_assert_no_error (error);
  sid = syl_test_store_add_session (store, "drill", "q1", T0);
  for (guint i = 0; i < n_answers; i++)
    {
      g_autofree char *q = g_strdup_printf ("a-question-with-a-long-id-%04u", i);

      syl_test_store_answer (store, sid, q, "0", i % 3 != 0, FALSE, 1000, T0 + i);
    }
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = syl_test_store_read_bytes (path);

  g_assert_true (g_bytes_equal (before, after));
}

static void
assert_names_file (const GError *error,
                   const char   *path)
{
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  /* SQLite's "(not an error)" when its last call went well. */
  g_assert_null (strstr (error->message, "not an error"));
}

/* A negative version: crashed every start (an error path returned FALSE
 * without setting the error). */
static void
test_negative_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  make_progress (fixture->path, 3);
  syl_test_store_exec (fixture->path, "PRAGMA user_version = -7");
  before = syl_test_store_read_bytes (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, fixture->path);
  assert_unchanged (fixture->path, before);
  g_assert_cmpint (syl_test_store_int (fixture->path, "PRAGMA user_version"), ==, -7);
}

/* The same file offered as a backup to restore. */
static void
test_negative_version_restore (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);

  make_progress (backup, 1);
  syl_test_store_exec (backup, "PRAGMA user_version = -1");

  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (syl_store_restore (store, backup, NULL, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, backup);
}

/* Version 0 with tables in it: a Syllabus database that lost its version,
 * or another program's database. Never "table sessions already exists",
 * and never our tables added to someone else's file. */
static void
test_version_zero_with_tables (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *sql = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  syl_test_store_exec (fixture->path, sql);
  before = syl_test_store_read_bytes (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, "not a Syllabus progress database"));
  g_assert_null (strstr (error->message, "already exists"));
  assert_unchanged (fixture->path, before);
}

/* A version that does not match the tables: the version says 2 but the
 * tables are version 1's; or version 1 with a table missing. */
static void
test_version_does_not_match_tables (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *extra = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  syl_test_store_build_from_sql (fixture->path, "progress-v1.sql");
  syl_test_store_exec (fixture->path, extra);
  before = syl_test_store_read_bytes (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, fixture->path);
  assert_unchanged (fixture->path, before);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *text = g_strnfill (5000, 'z');
  g_autoptr(GBytes) before = NULL;

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  before = syl_test_store_read_bytes (fixture->path);
  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, fixture->path);
  assert_unchanged (fixture->path, before);
}

/* An empty file holds nothing to lose: SQLite reads it as an empty
 * database, and a new one is made in it. */
static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_store_get_schema_version (store), ==, SYL_STORE_SCHEMA_VERSION);
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  make_progress (fixture->path, 1);
  syl_test_store_exec (fixture->path, "PRAGMA user_version = 1000");
  before = syl_test_store_read_bytes (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NEWER_SCHEMA);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, "Update Syllabus"));
  assert_unchanged (fixture->path, before);
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, "is a folder"));

  /* Nothing was made in it. */
  dir = g_dir_open (fixture->path, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

/* A FIFO as the database or one of its companion files blocked the start
 * forever; run in a subprocess with a time limit. */
static void
test_fifo (gconstpointer data)
{
  const char *suffix = data;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fifo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = syl_test_make_store_dir ("syl-store-fifo-XXXXXX", &path);
  if (suffix[0] != '\0')
    make_progress (path, 1);
  fifo = g_strconcat (path, suffix, NULL);
  g_unlink (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  store = syl_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO);
  assert_names_file (error, fifo);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  syl_test_remove_tree (dir);
}

/* A link to a file that is not there (a folder on a drive not mounted):
 * say so, and never create the file at the other end. */
static void
test_symlink_to_missing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere", NULL);
  g_autofree char *target = g_build_filename (elsewhere, "progress.db", NULL);

  g_assert_cmpint (g_mkdir (elsewhere, 0700), ==, 0);
  g_assert_cmpint (symlink (target, fixture->path), ==, 0);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, target));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A link to a real database is followed. */
  make_progress (target, 2);
  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
test_closed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(GPtrArray) states = NULL;

  g_assert_no_error (error);
  syl_store_close (store);
  states = syl_store_dup_question_states (store, SYL_TEST_PACK, &error);
  g_assert_null (states);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, "closed"));
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} CheckResult;

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CheckResult *check = user_data;

  check->ok = syl_store_check_quick_finish (SYL_STORE (source), result, &check->error);
  g_main_loop_quit (check->loop);
}

static void
check_quick_async (SylStore     *store,
                   GCancellable *cancellable,
                   CheckResult  *check)
{
  check->loop = g_main_loop_new (NULL, FALSE);
  syl_store_check_quick_async (store, cancellable, on_check_done_cb, check);
  g_main_loop_run (check->loop);
  g_main_loop_unref (check->loop);
}

static void
test_damaged_page (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  CheckResult check = { 0 };

  make_progress (fixture->path, 1500);

  /* Sound: both say so. */
  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (syl_store_check_quick (store, &error));
  g_assert_no_error (error);
  check_quick_async (store, NULL, &check);
  g_assert_no_error (check.error);
  g_assert_true (check.ok);
  /* The worker may still hold a reference for a moment: close, which
   * lets go of the lock whatever holds the object. */
  syl_store_close (store);
  g_clear_object (&store);

  /* Opening reads only the first pages: the quick check finds this. */
  syl_test_store_damage_middle_page (fixture->path);
  before = syl_test_store_read_bytes (fixture->path);

  store = syl_store_open (fixture->path, &error);
  if (store == NULL)
    {
      /* Opening may read the damaged page too; either way it is told. */
      g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
      return;
    }
  g_assert_no_error (error);

  g_assert_false (syl_store_check_quick (store, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (error, fixture->path);
  g_clear_error (&error);

  check_quick_async (store, NULL, &check);
  g_assert_false (check.ok);
  g_assert_error (check.error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  assert_names_file (check.error, fixture->path);
  g_clear_error (&check.error);
  g_clear_object (&store);

  /* Checking changed nothing. */
  assert_unchanged (fixture->path, before);
}

static void
test_check_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CheckResult check = { 0 };

  make_progress (fixture->path, 10);
  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  check_quick_async (store, cancellable, &check);
  g_assert_false (check.ok);
  g_assert_error (check.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&check.error);
}

/* Two store objects on one file, as two instances of the app would have. */
static void
test_in_use_same_process (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) first = syl_store_open (fixture->path, &error);
  g_autoptr(SylStore) second = NULL;
  g_autofree char *lock = g_strconcat (fixture->path, ".lock", NULL);

  g_assert_no_error (error);
  second = syl_store_open (fixture->path, &error);
  g_assert_null (second);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IN_USE);
  assert_names_file (error, fixture->path);
  g_assert_nonnull (strstr (error->message, "Syllabus is already open with this progress folder"));
  g_clear_error (&error);

  /* Closed, it is free again; the lock file stays for the next one. */
  syl_store_close (first);
  second = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (lock, G_FILE_TEST_IS_REGULAR));

  g_clear_object (&first);
  first = syl_store_open (fixture->path, &error);
  g_assert_null (first);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IN_USE);
}

/* Another process holds it; once that process is gone (even killed, with
 * its lock file left behind) the lock does not block. */
static void
test_in_use_other_process (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  int ready[2];
  pid_t pid;
  int status;
  char c = 0;

  make_progress (fixture->path, 2);
  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(SylStore) held = NULL;

      /* Gone with the test, whatever happens to it. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      close (ready[0]);
      held = syl_store_open (fixture->path, NULL);
      if (held == NULL || write (ready[1], "r", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  close (ready[0]);

  store = syl_store_open (fixture->path, &error);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* The lock file is opened without following a link, and must be a file:
 * a FIFO must not block and a link must not be written through. */
static void
test_lock_file_hostile (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *lock = g_strconcat (fixture->path, ".lock", NULL);
  g_autofree char *outside = g_build_filename (fixture->dir, "outside.txt", NULL);
  g_autoptr(GBytes) before = NULL;

  g_assert_true (g_file_set_contents (outside, "someone's file", -1, NULL));
  before = syl_test_store_read_bytes (outside);
  g_assert_cmpint (symlink (outside, lock), ==, 0);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO);
  assert_names_file (error, lock);
  assert_unchanged (outside, before);
  g_clear_error (&error);

  g_unlink (lock);
  g_assert_cmpint (mkfifo (lock, 0600), ==, 0);
  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO);
  assert_names_file (error, lock);
}

/* Fills the store until the disk is full. */
static void
fill_until_full (SylStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stem = g_strnfill (400, 's');
  gint64 sid = syl_test_store_add_session (store, "drill", "q1", T0);
  guint recorded = 0;

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *q = g_strdup_printf ("%s-%u", stem, i);
      SylStoreAnswer a = {
        .session_id = sid, .question_id = q, .chosen = (char *) "0",
        .correct = TRUE, .answered_at_us = T0 + i,
      };

      if (syl_store_record_answer (store, &a, &error) == 0)
        break;
      recorded++;
    }

  g_test_message ("%u answers recorded before the disk was full", recorded);
  g_assert_cmpuint (recorded, >, 0);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FULL);
  assert_names_file (error, syl_store_get_path (store));
  g_assert_true (g_str_has_prefix (error->message, "The disk is full"));
  g_assert_null (strstr (error->message, "disk I/O error"));
  g_clear_error (&error);

  /* What was recorded before is still there. */
  {
    g_autoptr(GPtrArray) states = syl_store_dup_question_states (store, SYL_TEST_PACK, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (states->len, ==, recorded);
  }
}

/* A full disk, on a small tmpfs mounted in a mount namespace of the test's
 * own (so nothing outlives it); where that is not allowed, a page limit
 * makes SQLite hit the same SQLITE_FULL. */
static void
test_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = syl_test_make_store_dir ("syl-store-full-XXXXXX", &path);
  if (unshare (CLONE_NEWNS) == 0 &&
      mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
      mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=256k,mode=0700") == 0)
    {
      g_test_message ("on a 256 KiB tmpfs");
      store = syl_store_open (path, &error);
      g_assert_no_error (error);
      fill_until_full (store);
      g_clear_object (&store);
      umount (dir);
    }
  else
    {
      g_test_message ("cannot mount a tmpfs (%s): with max_page_count", g_strerror (errno));
      store = syl_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (store->db, "PRAGMA max_page_count = 40", NULL, NULL, NULL), ==, SQLITE_OK);
      fill_until_full (store);
      g_clear_object (&store);
    }

  syl_test_remove_tree (dir);
}

/* Past a file size limit (ulimit -f, SIGXFSZ ignored as the programs do):
 * writes fail with EFBIG, which is a full disk too. */
static void
test_file_size_limit (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  struct rlimit limit = { 256 * 1024, 256 * 1024 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = syl_test_make_store_dir ("syl-store-fsize-XXXXXX", &path);
  store = syl_store_open (path, &error);
  g_assert_no_error (error);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  fill_until_full (store);
  g_clear_object (&store);
  syl_test_remove_tree (dir);
}

/* The same with the page limit alone, which any user can run. */
static void
test_page_limit_full (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (store->db, "PRAGMA max_page_count = 40", NULL, NULL, NULL), ==, SQLITE_OK);
  fill_until_full (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) \
  g_test_add ("/syl/store-hostile/" name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
#define ADD_DATA(name, data, fn) \
  g_test_add ("/syl/store-hostile/" name, Fixture, data, fixture_setup, fn, fixture_teardown)

  ADD ("negative-version", test_negative_version);
  ADD ("negative-version-restore", test_negative_version_restore);
  ADD_DATA ("version-zero/half-made", "CREATE TABLE sessions (id INTEGER PRIMARY KEY)",
            test_version_zero_with_tables);
  ADD_DATA ("version-zero/other-program",
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
            "INSERT INTO notes (body) VALUES ('someone else''s data')",
            test_version_zero_with_tables);
  ADD_DATA ("mismatch/v1-tables-at-v2", "PRAGMA user_version = 2", test_version_does_not_match_tables);
  ADD_DATA ("mismatch/v1-without-states", "DROP TABLE question_state", test_version_does_not_match_tables);
  ADD ("not-a-database", test_not_a_database);
  ADD ("empty-file", test_empty_file);
  ADD ("newer-version", test_newer_version);
  ADD ("directory", test_directory);
  g_test_add_data_func ("/syl/store-hostile/fifo/db", "", test_fifo);
  g_test_add_data_func ("/syl/store-hostile/fifo/wal", "-wal", test_fifo);
  g_test_add_data_func ("/syl/store-hostile/fifo/shm", "-shm", test_fifo);
  g_test_add_data_func ("/syl/store-hostile/fifo/journal", "-journal", test_fifo);
  ADD ("symlink-to-missing", test_symlink_to_missing);
  ADD ("closed", test_closed);
  ADD ("damaged-page", test_damaged_page);
  ADD ("check-cancelled", test_check_cancelled);
  ADD ("in-use/same-process", test_in_use_same_process);
  ADD ("in-use/other-process", test_in_use_other_process);
  ADD ("in-use/lock-file-hostile", test_lock_file_hostile);
  g_test_add_func ("/syl/store-hostile/disk-full", test_disk_full);
  ADD ("page-limit-full", test_page_limit_full);
  g_test_add_func ("/syl/store-hostile/file-size-limit", test_file_size_limit);

#undef ADD
#undef ADD_DATA

  return g_test_run ();
}

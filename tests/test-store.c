/* test-store.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "syl-store-private.h"
#include "syl-test-util.h"

#define PACK "aws-dop-c02"
#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)
#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* 2026-01-05 10:00 UTC */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = syl_test_make_store_dir ("syl-store-XXXXXX", &fixture->path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Runs SQL on its own connection, as another program would. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
raw_int (const char *path,
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

static gint64
add_session (SylStore   *store,
             const char *mode,
             const char *order)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = g_strsplit (order, " ", -1);
  SylStoreSession session = {
    .mode = (char *) mode,
    .pack_id = (char *) PACK,
    .settings = (char *) "extra-time=0",
    .question_ids = ids,
    .option_orders = (char *) "",
    .unscored = (char *) "1",
    .time_limit_ms = 180 * 60 * 1000,
    .started_at_us = T0,
  };
  gint64 id;

  id = syl_store_insert_session (store, &session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static gint64
answer (SylStore   *store,
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

static SylStoreQuestionState *
find_state (GPtrArray  *states,
            const char *question_id)
{
  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (g_str_equal (state->question_id, question_id))
        return state;
    }

  return NULL;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "progress.db", NULL);

  store = syl_store_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_store_get_path (store), ==, nested);
  g_assert_cmpint (syl_store_get_schema_version (store), ==, SYL_STORE_SCHEMA_VERSION);
  g_assert_true (syl_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (raw_int (nested, "PRAGMA user_version"), ==, SYL_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (nested, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);

  /* Opening again does not migrate twice. */
  store = syl_store_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_store_get_schema_version (store), ==, SYL_STORE_SCHEMA_VERSION);
}

static void
test_record (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  SylStoreQuestionState *state;
  SylStoreDay *day;
  gint64 sid;
  gint64 a1, a2, a2b;

  g_assert_no_error (error);
  sid = add_session (store, "drill", "q1 q2 q3");

  a1 = answer (store, sid, "q1", "0", TRUE, FALSE, 12000, T0);
  a2 = answer (store, sid, "q2", "1,3", FALSE, FALSE, 40000, T0 + 60 * G_USEC_PER_SEC);
  /* Changing the answer updates the same row and counts a change. */
  a2b = answer (store, sid, "q2", "1,2", TRUE, TRUE, 5000, T0 + 90 * G_USEC_PER_SEC);
  g_assert_cmpint (a1, !=, a2);
  g_assert_cmpint (a2, ==, a2b);

  session = syl_store_dup_session (store, sid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (session->mode, ==, "drill");
  g_assert_cmpstr (session->pack_id, ==, PACK);
  g_assert_cmpstr (session->settings, ==, "extra-time=0");
  g_assert_cmpuint (g_strv_length (session->question_ids), ==, 3);
  g_assert_cmpstr (session->question_ids[2], ==, "q3");
  g_assert_cmpuint (session->answers->len, ==, 2);
  {
    SylStoreAnswer *second = g_ptr_array_index (session->answers, 1);

    g_assert_cmpstr (second->question_id, ==, "q2");
    g_assert_cmpstr (second->chosen, ==, "1,2");
    g_assert_true (second->correct);
    g_assert_true (second->unsure);
    g_assert_cmpint (second->time_ms, ==, 45000);
    g_assert_cmpuint (second->changes, ==, 1);
  }

  states = syl_store_dup_question_states (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (states->len, ==, 2);
  state = find_state (states, "q1");
  g_assert_cmpuint (state->attempts, ==, 1);
  g_assert_cmpuint (state->correct, ==, 1);
  g_assert_cmpuint (state->card.reps, ==, 1);
  /* Right, sure and fast: Easy. */
  g_assert_cmpfloat (state->card.stability, ==, 8.2956);
  state = find_state (states, "q2");
  /* Rescheduled from scratch as Hard (right but unsure), one review. */
  g_assert_cmpuint (state->attempts, ==, 1);
  g_assert_cmpuint (state->correct, ==, 1);
  g_assert_cmpuint (state->card.reps, ==, 1);
  g_assert_cmpuint (state->card.lapses, ==, 0);
  g_assert_cmpfloat (state->card.stability, ==, 1.2931);

  days = syl_store_dup_daily_activity (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 1);
  day = &g_array_index (days, SylStoreDay, 0);
  g_assert_cmpstr (day->day, ==, "2026-01-05");
  g_assert_cmpuint (day->answers, ==, 2);
  g_assert_cmpuint (day->correct, ==, 2);
  g_assert_cmpint (day->time_ms, ==, 57000);

  /* A session that does not exist. */
  {
    SylStoreAnswer bad = { .session_id = 999, .question_id = (char *) "q1", .chosen = (char *) "0" };

    g_assert_cmpint (syl_store_record_answer (store, &bad, &error), ==, 0);
    g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_null (syl_store_dup_session (store, 999, &error));
    g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_resume (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(SylStoreSession) session = NULL;
  gint64 done, open;

  g_assert_no_error (error);
  g_assert_null (syl_store_dup_unfinished_session (store, PACK, &error));
  g_assert_no_error (error);

  done = add_session (store, "drill", "q1 q2");
  answer (store, done, "q1", "0", TRUE, FALSE, 1000, T0);
  g_assert_true (syl_store_finish_session (store, done, T0 + 1, 2000, TRUE, 500.0, &error));
  g_assert_no_error (error);

  open = add_session (store, "exam", "q3 q4 q5");
  answer (store, open, "q4", "2", FALSE, TRUE, 1000, T0 + 10);
  g_assert_true (syl_store_save_session_progress (store, open, "0,2", 754321, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* As after a restart. */
  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_null (syl_store_dup_unfinished_session (store, "other-pack", &error));
  g_assert_no_error (error);
  session = syl_store_dup_unfinished_session (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_assert_cmpint (session->id, ==, open);
  g_assert_cmpstr (session->mode, ==, "exam");
  g_assert_cmpstr (session->flags, ==, "0,2");
  g_assert_cmpstr (session->unscored, ==, "1");
  g_assert_cmpint (session->time_used_ms, ==, 754321);
  g_assert_cmpint (session->time_limit_ms, ==, 180 * 60 * 1000);
  g_assert_cmpint (session->finished_at_us, ==, 0);
  g_assert_false (session->has_score);
  g_assert_cmpuint (session->answers->len, ==, 1);
  g_assert_true (((SylStoreAnswer *) g_ptr_array_index (session->answers, 0))->unsure);

  g_assert_true (syl_store_finish_session (store, open, T0 + 100, 754321, FALSE, 0, &error));
  g_clear_pointer (&session, syl_store_session_free);
  g_assert_null (syl_store_dup_unfinished_session (store, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (syl_store_save_session_progress (store, 4242, "", 0, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
}

static void
test_missed_and_due (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_auto(GStrv) missed = NULL;
  g_auto(GStrv) due = NULL;
  gint64 s1, s2;

  g_assert_no_error (error);
  missed = syl_store_dup_missed_last_time (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (missed), ==, 0);
  g_clear_pointer (&missed, g_strfreev);

  s1 = add_session (store, "drill", "q1 q2 q3");
  answer (store, s1, "q1", "0", FALSE, FALSE, 1000, T0);
  g_assert_true (syl_store_finish_session (store, s1, T0 + 1, 1, TRUE, 100, &error));

  /* q4 wrong, q5 unanswered, q6 right. */
  s2 = add_session (store, "exam", "q4 q5 q6");
  answer (store, s2, "q4", "0", FALSE, FALSE, 1000, T0 + 2);
  answer (store, s2, "q6", "1", TRUE, FALSE, 1000, T0 + 3);
  g_assert_true (syl_store_finish_session (store, s2, T0 + 4, 1, TRUE, 400, &error));

  missed = syl_store_dup_missed_last_time (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (missed), ==, 2);
  g_assert_cmpstr (missed[0], ==, "q4");
  g_assert_cmpstr (missed[1], ==, "q5");

  /* Wrong answers are due after a day; q6 (right, fast: Easy) much later. */
  due = syl_store_dup_due_questions (store, PACK, T0 + DAY_US / 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (due), ==, 0);
  g_clear_pointer (&due, g_strfreev);
  due = syl_store_dup_due_questions (store, PACK, T0 + 2 * DAY_US, 0, &error);
  g_assert_cmpuint (g_strv_length (due), ==, 2);
  g_assert_cmpstr (due[0], ==, "q1");
  g_assert_cmpstr (due[1], ==, "q4");
  g_clear_pointer (&due, g_strfreev);
  due = syl_store_dup_due_questions (store, PACK, T0 + 2 * DAY_US, 1, &error);
  g_assert_cmpuint (g_strv_length (due), ==, 1);
  g_clear_pointer (&due, g_strfreev);
  due = syl_store_dup_due_questions (store, PACK, T0 + 30 * DAY_US, 0, &error);
  g_assert_cmpuint (g_strv_length (due), ==, 3);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return contents;
}

static void
assert_aside_copy (const char *path,
                   const char *aside,
                   const char *reason,
                   const char *original)
{
  g_autofree char *base = g_path_get_basename (aside);
  g_autofree char *prefix = g_strdup_printf ("progress.db.%s-", reason);
  g_autofree char *copied = NULL;

  g_assert_true (g_str_has_prefix (base, prefix));
  /* YYYYMMDD-HHMMSS */
  g_assert_cmpuint (strlen (base), ==, strlen (prefix) + 15);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  copied = read_file (aside);
  if (original != NULL)
    g_assert_cmpstr (copied, ==, original);
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autofree char *garbage = g_strnfill (8192, 'x');
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;

  g_assert_true (g_file_set_contents (fixture->path, garbage, -1, NULL));

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  /* Nothing was touched. */
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, garbage);

  /* The learner chooses to start fresh: the old file is kept aside. */
  aside = syl_store_move_aside (fixture->path, "corrupt", &error);
  g_assert_no_error (error);
  assert_aside_copy (fixture->path, aside, "corrupt", garbage);

  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
}

static void
test_corrupt_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 sid;

  g_assert_no_error (error);
  sid = add_session (store, "drill", "q1");
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *q = g_strdup_printf ("question-with-a-longer-id-%d", i);
      answer (store, sid, q, "0", i % 2, FALSE, 1000, T0 + i);
    }
  g_clear_object (&store);   /* checkpoints the WAL into the file */

  /* Scribble over every page but the first. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 4096; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  store = syl_store_open (fixture->path, &error);
  if (store != NULL)
    {
      g_assert_no_error (error);
      g_assert_false (syl_store_check_integrity (store, &error));
    }
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  sqlite3 *other = NULL;
  gint64 start;

  g_assert_no_error (error);
  g_clear_object (&store);

  /* Another program takes the database for itself. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 "INSERT INTO daily_activity (day) VALUES ('2000-01-01')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  store = syl_store_open_full (fixture->path, 100, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, fixture->path));
  /* It waited for the busy timeout, not forever. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 90 * 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_clear_error (&error);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  store = syl_store_open_full (fixture->path, 100, &error);
  g_assert_no_error (error);
}

/* The subprocess half of the read-only test when running as root. */
static void
test_read_only_child (void)
{
  const char *path = g_getenv ("SYL_TEST_RO_PATH");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /syl/store/read-only");
      return;
    }

  if (setgid (65534) != 0 || setuid (65534) != 0)
    {
      g_test_skip ("cannot drop privileges");
      return;
    }

  store = syl_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  /* Not SQLite's "(not an error)": what is wrong, and what to do. */
  g_assert_null (strstr (error->message, "not an error"));
  g_assert_nonnull (strstr (error->message, "Check that you may write"));
  /* The database is named, not its lock file, whichever could not be
   * opened first. */
  g_assert_null (strstr (error->message, ".lock"));
}

static void
test_read_only_root (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);

  g_assert_no_error (error);
  g_clear_object (&store);

  if (getuid () != 0)
    {
      g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
      g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
      store = syl_store_open (fixture->path, &error);
      g_chmod (fixture->dir, 0755);
      g_chmod (fixture->path, 0644);
      g_assert_null (store);
      g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, fixture->path));
      g_assert_null (strstr (error->message, "not an error"));
      g_assert_null (strstr (error->message, ".lock"));
      return;
    }

  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_setenv ("SYL_TEST_RO_PATH", fixture->path, TRUE);
  g_test_trap_subprocess ("/syl/store/read-only/child", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_chmod (fixture->path, 0644);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout_unmatched ("*# SKIP*");
}

static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);
  raw_exec (fixture->path, "PRAGMA user_version = 99");
  before = read_file (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, fixture->path));

  after = read_file (fixture->path);
  g_assert_cmpmem (before, strlen (before), after, strlen (after));
  g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, 99);
}

static void
build_v1_database (const char *path)
{
  g_autofree char *script_path = g_test_build_filename (G_TEST_DIST, "data", "progress-v1.sql", NULL);
  g_autofree char *script = read_file (script_path);

  raw_exec (path, script);
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, 1);
}

static void
test_migrate_v1 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_auto(GStrv) missed = NULL;
  SylStoreQuestionState *state;

  build_v1_database (fixture->path);

  store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_store_get_schema_version (store), ==, SYL_STORE_SCHEMA_VERSION);
  g_assert_true (syl_store_check_integrity (store, &error));

  /* Every answer and session survives. */
  session = syl_store_dup_session (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (session->answers->len, ==, 3);
  g_assert_cmpstr (((SylStoreAnswer *) g_ptr_array_index (session->answers, 2))->chosen, ==, "0,3");
  g_assert_cmpuint (((SylStoreAnswer *) g_ptr_array_index (session->answers, 2))->changes, ==, 0);
  g_clear_pointer (&session, syl_store_session_free);

  session = syl_store_dup_unfinished_session (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->id, ==, 2);
  g_assert_cmpstr (session->flags, ==, "0");
  g_assert_cmpint (session->time_used_ms, ==, 60000);
  g_assert_cmpuint (session->answers->len, ==, 1);

  /* The summaries were backfilled. */
  days = syl_store_dup_daily_activity (store, "2026-01-01", "2026-01-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpstr (g_array_index (days, SylStoreDay, 0).day, ==, "2026-01-05");
  g_assert_cmpuint (g_array_index (days, SylStoreDay, 0).answers, ==, 3);
  g_assert_cmpuint (g_array_index (days, SylStoreDay, 0).correct, ==, 2);
  g_assert_cmpint (g_array_index (days, SylStoreDay, 0).time_ms, ==, 95000);
  g_assert_cmpstr (g_array_index (days, SylStoreDay, 1).day, ==, "2026-01-06");
  g_assert_cmpuint (g_array_index (days, SylStoreDay, 1).correct, ==, 0);

  states = syl_store_dup_question_states (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (states->len, ==, 3);
  state = find_state (states, "q1003");
  g_assert_cmpuint (state->attempts, ==, 2);
  g_assert_cmpuint (state->correct, ==, 1);
  g_assert_false (state->last_correct);
  g_assert_cmpuint (state->card.reps, ==, 2);
  g_assert_cmpuint (state->card.lapses, ==, 1);
  g_assert_cmpfloat (state->card.stability, ==, 0.8);

  missed = syl_store_dup_missed_last_time (store, PACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (missed), ==, 1);
  g_assert_cmpstr (missed[0], ==, "q1002");

  /* And it keeps working at the new version. */
  answer (store, 2, "q1001", "1", TRUE, FALSE, 1000, T0 + DAY_US * 2);
  g_clear_pointer (&days, g_array_unref);
  days = syl_store_dup_daily_activity (store, NULL, NULL, &error);
  g_assert_cmpuint (days->len, ==, 3);
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(SylStore) check = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *v1 = g_build_filename (fixture->dir, "v1.db", NULL);
  g_autofree char *bogus = g_build_filename (fixture->dir, "bogus.db", NULL);
  g_autofree char *kept = NULL;
  gint64 s1, s2;

  g_assert_no_error (error);
  s1 = add_session (store, "drill", "q1 q2");
  answer (store, s1, "q1", "0", TRUE, FALSE, 1000, T0);

  g_assert_true (syl_store_backup (store, backup, &error));
  g_assert_no_error (error);

  /* The backup is a complete database on its own. */
  check = syl_store_open (backup, &error);
  g_assert_no_error (error);
  session = syl_store_dup_session (check, s1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (session->answers->len, ==, 1);
  g_clear_pointer (&session, syl_store_session_free);
  g_clear_object (&check);

  /* More progress, then restore the backup: the newer state is kept aside. */
  s2 = add_session (store, "exam", "q3");
  answer (store, s2, "q3", "0", TRUE, FALSE, 1000, T0 + 5);

  g_assert_true (syl_store_restore (store, backup, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (kept, "progress.db.before-restore-"));

  session = syl_store_dup_session (store, s2, &error);
  g_assert_null (session);
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  session = syl_store_dup_session (store, s1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&session, syl_store_session_free);
  answer (store, s1, "q2", "0", TRUE, FALSE, 1000, T0 + 9);

  check = syl_store_open (kept, &error);
  g_assert_no_error (error);
  session = syl_store_dup_session (check, s2, &error);
  g_assert_no_error (error);
  g_clear_pointer (&session, syl_store_session_free);
  g_clear_object (&check);
  g_clear_pointer (&kept, g_free);

  /* An old backup is migrated on restore. */
  build_v1_database (v1);
  g_assert_true (syl_store_restore (store, v1, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (syl_store_get_schema_version (store), ==, SYL_STORE_SCHEMA_VERSION);
  session = syl_store_dup_session (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (session->answers->len, ==, 3);
  g_assert_true (syl_store_check_integrity (store, &error));

  /* Something else is refused and nothing changes. */
  g_assert_true (g_file_set_contents (bogus, "not a database at all, sorry", -1, NULL));
  g_assert_false (syl_store_restore (store, bogus, NULL, &error));
  g_assert_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, bogus));
  g_clear_error (&error);
  g_clear_pointer (&session, syl_store_session_free);
  session = syl_store_dup_session (store, 1, &error);
  g_assert_no_error (error);
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\r", "\"cr\r\"" },
    { " padded", "\" padded\"" },
    { "Ünïcödé", "Ünïcödé" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "history.csv", NULL);
  g_autofree char *notes_path = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 sid;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = syl_csv_quote_field (cases[i].in);
      g_assert_cmpstr (quoted, ==, cases[i].out);
    }

  g_assert_no_error (error);
  sid = add_session (store, "drill", "q,1 q\"2");
  answer (store, sid, "q,1", "0,2", TRUE, FALSE, 1500, T0);
  answer (store, sid, "q\"2", "1", FALSE, TRUE, 2500, T0 + G_USEC_PER_SEC);

  g_assert_true (syl_store_export_csv (store, csv_path, &error));
  g_assert_no_error (error);
  csv = read_file (csv_path);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "answer_id,session_id,mode,pack_id,question_id,chosen,"
                                 "correct,unsure,time_ms,changes,answered_at,first_sight,digest");
  g_assert_cmpstr (lines[1], ==, "1,1,drill,aws-dop-c02,\"q,1\",\"0,2\",1,0,1500,0,2026-01-05T10:00:00Z,1,");
  g_assert_cmpstr (lines[2], ==, "2,1,drill,aws-dop-c02,\"q\"\"2\",1,0,1,2500,0,2026-01-05T10:00:01Z,1,");
  g_assert_cmpstr (lines[3], ==, "");
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&csv, g_free);

  /* The notes, in a file of their own beside it. */
  g_assert_true (syl_store_set_note (store, PACK, "q,1", "Remember: \"two\" answers,\nnot one", T0 + DAY_US, &error));
  g_assert_no_error (error);
  g_assert_true (syl_store_export_csv (store, csv_path, &error));
  g_assert_no_error (error);
  notes_path = syl_store_dup_notes_csv_path (csv_path);
  g_assert_true (g_str_has_suffix (notes_path, "history-notes.csv"));
  csv = read_file (notes_path);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, "pack_id,question_id,note,updated_at");
  g_assert_cmpstr (lines[1], ==, "aws-dop-c02,\"q,1\",\"Remember: \"\"two\"\" answers,\nnot one\",2026-01-06T10:00:00Z");
  g_assert_cmpstr (lines[2], ==, "");
}

/* Records answers until killed, reporting each id once recording returned. */
static void G_GNUC_NORETURN
run_kill_child (const char *path,
                int         fd,
                int         round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (path, &error);
  gint64 sid;

  if (store == NULL)
    _exit (2);
  sid = add_session (store, "drill", "q");

  for (int i = 0; i < 100000; i++)
    {
      g_autofree char *q = g_strdup_printf ("r%d-q%d", round, i);
      g_autofree char *line = NULL;
      gint64 id;

      id = answer (store, sid, q, "0", i % 2, FALSE, 100, T0 + i);
      line = g_strdup_printf ("%" G_GINT64_FORMAT "\n", id);
      if (write (fd, line, strlen (line)) != (ssize_t) strlen (line))
        _exit (3);
    }

  _exit (0);
}

static void
test_kill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260105);
  guint total = 0;

  for (int round = 0; round < 100; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylStore) store = NULL;
      g_autoptr(GString) reported = g_string_new (NULL);
      g_auto(GStrv) ids = NULL;
      int fds[2];
      pid_t pid;
      int status;
      char buf[4096];
      ssize_t n;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          run_kill_child (fixture->path, fds[1], round);
        }
      close (fds[1]);

      /* Anywhere from before the database is open to many answers in;
       * every other round from its first answer on, so that answers are
       * recorded however slowly the child opens the store (valgrind). */
      if (round % 2 == 1)
        {
          n = read (fds[0], buf, sizeof buf);
          if (n > 0)
            g_string_append_len (reported, buf, n);
        }
      g_usleep (g_rand_int_range (rand, 0, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) || (WIFEXITED (status) && WEXITSTATUS (status) == 0));

      while ((n = read (fds[0], buf, sizeof buf)) > 0)
        g_string_append_len (reported, buf, n);
      close (fds[0]);

      store = syl_store_open (fixture->path, &error);
      g_assert_no_error (error);
      g_assert_true (syl_store_check_integrity (store, &error));
      g_assert_no_error (error);

      /* Every id the child reported is there, checked in one query. */
      ids = g_strsplit (reported->str, "\n", -1);
      if (ids[0] != NULL && ids[0][0] != '\0')
        {
          g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM answers WHERE id IN (0");
          guint n_ids = 0;

          for (guint i = 0; ids[i] != NULL && ids[i][0] != '\0'; i++, n_ids++)
            g_string_append_printf (sql, ",%s", ids[i]);
          g_string_append_c (sql, ')');
          g_assert_cmpint (raw_int (fixture->path, sql->str), ==, n_ids);
          total += n_ids;
        }
    }

  g_test_message ("%u answers reported and found after 100 kills", total);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM answers"), >=, total);
  g_assert_cmpint (raw_int (fixture->path, "SELECT sum (answers) FROM daily_activity"), ==,
                   raw_int (fixture->path, "SELECT count(*) FROM answers"));
}

static gint64
add_finished (SylStore   *store,
              const char *mode,
              const char *pack_id,
              gint64      finished_us,
              gboolean    has_score,
              double      score)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "q1", NULL };
  SylStoreSession session = {
    .mode = (char *) mode,
    .pack_id = (char *) pack_id,
    .question_ids = (GStrv) ids,
    .started_at_us = T0,
  };
  gint64 id;

  id = syl_store_insert_session (store, &session, &error);
  g_assert_no_error (error);
  if (finished_us != 0)
    {
      syl_store_finish_session (store, id, finished_us, 1000, has_score, score, &error);
      g_assert_no_error (error);
    }

  return id;
}

static void
assert_score (GArray *scores,
              guint   i,
              gint64  session_id,
              gint64  finished_us,
              double  score)
{
  const SylStoreScore *s;

  g_assert_cmpuint (i, <, scores->len);
  s = &g_array_index (scores, SylStoreScore, i);
  g_assert_cmpint (s->session_id, ==, session_id);
  g_assert_cmpint (s->finished_at_us, ==, finished_us);
  g_assert_cmpfloat (s->score, ==, score);
}

static void
test_scores (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(GArray) scores = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 late, early, tie_a, tie_b, drill, gone;
  gboolean uses_index = FALSE;

  g_assert_no_error (error);

  scores = syl_store_dup_scores (store, PACK, "exam", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 0);
  g_clear_pointer (&scores, g_array_unref);

  /* Finished out of order; a tie on the finishing time goes by id. */
  late = add_finished (store, "exam", PACK, T0 + 5 * DAY_US, TRUE, 780);
  drill = add_finished (store, "drill", PACK, T0 + DAY_US / 2, TRUE, 4);
  add_finished (store, "exam", "another-pack", T0 + DAY_US, TRUE, 500);
  add_finished (store, "exam", PACK, 0, FALSE, 0);                  /* unfinished */
  add_finished (store, "exam", PACK, T0 + 2 * DAY_US, FALSE, 0);    /* abandoned */
  gone = add_finished (store, "exam", PACK, T0 + 3 * DAY_US, TRUE, 100);
  tie_b = add_finished (store, "exam", PACK, T0 + 4 * DAY_US, TRUE, 700);
  tie_a = add_finished (store, "exam", PACK, T0 + 4 * DAY_US, TRUE, 690);
  early = add_finished (store, "exam", PACK, T0 + DAY_US, TRUE, 612);
  g_assert_cmpint (tie_b, <, tie_a);

  /* A hole in the ids (a session removed by hand) ends nothing. */
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM sessions WHERE id = %" G_GINT64_FORMAT, gone);

    raw_exec (fixture->path, sql);
  }

  scores = syl_store_dup_scores (store, PACK, "exam", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 4);
  assert_score (scores, 0, early, T0 + DAY_US, 612);
  assert_score (scores, 1, tie_b, T0 + 4 * DAY_US, 700);
  assert_score (scores, 2, tie_a, T0 + 4 * DAY_US, 690);
  assert_score (scores, 3, late, T0 + 5 * DAY_US, 780);
  g_clear_pointer (&scores, g_array_unref);

  /* Every mode. */
  scores = syl_store_dup_scores (store, PACK, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 5);
  assert_score (scores, 0, drill, T0 + DAY_US / 2, 4);
  assert_score (scores, 1, early, T0 + DAY_US, 612);
  g_clear_pointer (&scores, g_array_unref);

  scores = syl_store_dup_scores (store, "no-such-pack", "exam", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 0);
  g_clear_pointer (&scores, g_array_unref);

  /* The query reads the index in order: no scan of the table, no sort. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN " SYL_STORE_SCORES_SQL, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, PACK, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "exam", -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);

      g_test_message ("plan: %s", detail);
      g_assert_null (strstr (detail, "SCAN"));
      g_assert_null (strstr (detail, "TEMP B-TREE"));
      uses_index |= strstr (detail, "USING COVERING INDEX sessions_by_pack") != NULL;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_true (uses_index);
}

static gint64
time_us (void)
{
  return g_get_monotonic_time ();
}

static void
test_dashboard_speed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (fixture->path, &error);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_autoptr(GArray) scores = NULL;
  g_auto(GStrv) due = NULL;
  g_auto(GStrv) missed = NULL;
  g_autofree char *fill = NULL;
  gint64 start, elapsed;
  gint64 sid;

  g_assert_no_error (error);
  if (!g_test_slow () && g_getenv ("SYL_TEST_QUICK") != NULL)
    {
      g_test_skip ("SYL_TEST_QUICK is set");
      return;
    }

  /* 1,000,000 answers over two years: 13,334 sessions of 75 questions from
   * a pack of 1,000, with the summaries as recording would have left them. */
  fill = g_strdup_printf (
    "BEGIN;"
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 13333)"
    " INSERT INTO sessions (id, mode, pack_id, question_order, started_at, finished_at, score)"
    " SELECT i + 1, 'exam', '" PACK "', 'q1', %1$" G_GINT64_FORMAT " + i * 4740000000,"
    "        %1$" G_GINT64_FORMAT " + i * 4740000000 + 1, 700 FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)"
    " INSERT INTO answers (session_id, question_id, chosen, correct, time_ms, answered_at)"
    " SELECT i / 75 + 1, 'q' || ((i * 7 + i / 75) %% 1000), '0', i %% 3 != 0, 30000,"
    "        %1$" G_GINT64_FORMAT " + i * 63200000 FROM n;"
    "INSERT INTO daily_activity (day, answers, correct, time_ms)"
    " SELECT date (answered_at / 1000000, 'unixepoch', 'localtime'), count(*), sum (correct),"
    "        sum (time_ms) FROM answers GROUP BY 1;"
    "INSERT INTO question_state (pack_id, question_id, stability, difficulty, due, last_review,"
    "                            reps, lapses, attempts, correct)"
    " SELECT '" PACK "', question_id, 10, 5, max (answered_at) + 864000000000, max (answered_at),"
    "        count(*), 0, count(*), sum (correct) FROM answers GROUP BY question_id;"
    "COMMIT;", T0 - 730 * DAY_US);
  start = time_us ();
  raw_exec (fixture->path, fill);
  g_test_message ("filled 1,000,000 answers in %.0f ms", (time_us () - start) / 1000.0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM answers"), ==, 1000000);

  /* Dashboard: a year of history, every question's state, what is due. */
  start = time_us ();
  days = syl_store_dup_daily_activity (store, "2025-01-05", "2026-01-05", &error);
  g_assert_no_error (error);
  states = syl_store_dup_question_states (store, PACK, &error);
  g_assert_no_error (error);
  due = syl_store_dup_due_questions (store, PACK, T0, 0, &error);
  g_assert_no_error (error);
  missed = syl_store_dup_missed_last_time (store, PACK, &error);
  g_assert_no_error (error);
  session = syl_store_dup_unfinished_session (store, PACK, &error);
  g_assert_no_error (error);
  scores = syl_store_dup_scores (store, PACK, "exam", &error);
  g_assert_no_error (error);
  elapsed = time_us () - start;

  g_test_message ("dashboard queries: %.1f ms", elapsed / 1000.0);
  g_assert_cmpuint (days->len, >=, 360);
  g_assert_cmpuint (states->len, ==, 1000);
  g_assert_cmpuint (g_strv_length (missed), >, 0);
  g_assert_null (session);
  g_assert_cmpuint (scores->len, ==, 13334);
  /* The targets (≤ 50 ms) are bench-store's, measured against a
   * baseline of the same run (docs/performance.md); here the figures are
   * only reported: on a machine shared by parallel builds a bound in a
   * test fails for reasons that are not the store's. */

  /* Recording stays fast too. */
  sid = add_session (store, "drill", "q1");
  start = time_us ();
  answer (store, sid, "q1", "0", TRUE, FALSE, 1000, T0 + 1);
  elapsed = time_us () - start;
  g_test_message ("one answer: %.1f ms", elapsed / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) \
  g_test_add ("/syl/store/" name, Fixture, NULL, fixture_setup, fn, fixture_teardown)

  ADD ("create", test_create);
  ADD ("record", test_record);
  ADD ("resume", test_resume);
  ADD ("missed-and-due", test_missed_and_due);
  ADD ("scores", test_scores);
  ADD ("corrupt", test_corrupt);
  ADD ("corrupt-pages", test_corrupt_pages);
  ADD ("locked", test_locked);
  ADD ("read-only", test_read_only_root);
  g_test_add_func ("/syl/store/read-only/child", test_read_only_child);
  ADD ("newer-schema", test_newer_schema);
  ADD ("migrate-v1", test_migrate_v1);
  ADD ("backup-restore", test_backup_restore);
  ADD ("csv", test_csv);
  ADD ("kill", test_kill);
  ADD ("dashboard-speed", test_dashboard_speed);

#undef ADD

  return g_test_run ();
}

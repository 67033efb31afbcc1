/* fuzz-store-open.c: libFuzzer target for the progress store's opener
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The input is written as progress.db in a folder of its own, opened as
 * the application opens it, then read the way the dashboard and the
 * session read it (question states, the unfinished session, scores, the
 * tables of the second wave), checked, and, when it opened, an answer is
 * recorded. Errors are expected; a crash, a sanitizer report or a
 * critical warning is a bug. Seeds: tests/data/fuzz-store-seeds/ (made by
 * tests/make-store-seeds); inputs that crashed are kept in
 * tests/data/fuzz-regressions-store/ and opened by test-store-fuzz in
 * every test run. build-aux/fuzz fuzz-store-open [SECONDS] runs it. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "syl-store.h"

#define PACK "aws-dop-c02"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static char *dir;
static char *path;

static void
remove_files (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
remove_dir (void)
{
  remove_files ();
  g_rmdir (dir);
}

/* The store logs what it cannot read where it has no error to return (the
 * changes seen); for the fuzzer that is noise, thousands of lines a second. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG))
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical is a bug in the store, as a crash is. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (write_log, NULL, NULL);

  /* In memory where there is a tmpfs for it: each input is fsynced. */
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR))
    g_setenv ("TMPDIR", "/dev/shm", FALSE);
  dir = g_dir_make_tmp ("syl-fuzz-store-XXXXXX", NULL);
  g_assert (dir != NULL);
  path = g_build_filename (dir, "progress.db", NULL);
  atexit (remove_dir);

  return 0;
}

/* A function that fails must say why: %NULL or %FALSE with no error set
 * crashed the application once (a negative schema version). */
#define CHECK(call) G_STMT_START {                                      \
    g_autoptr(GError) check_error = NULL;                               \
    gboolean check_ok = (call) != 0;                                    \
    if (!check_ok && check_error == NULL)                               \
      g_error ("%s failed without an error", #call);                    \
  } G_STMT_END
#define ERR (&check_error)

/* Frees what a dup function returned; whether it returned something. */
static gboolean
took (gpointer       result,
      GDestroyNotify free_func)
{
  if (result == NULL)
    return FALSE;

  free_func (result);
  return TRUE;
}

static void
read_everything (SylStore *store)
{
  g_autoptr(SylStoreSession) unfinished = NULL;
  g_autofree char *note = NULL;

  CHECK (took (syl_store_dup_question_states (store, PACK, ERR), (GDestroyNotify) g_ptr_array_unref));
  CHECK (took (syl_store_dup_scores (store, PACK, "exam", ERR), (GDestroyNotify) g_array_unref));
  CHECK (took (syl_store_dup_daily_activity (store, NULL, NULL, ERR), (GDestroyNotify) g_array_unref));
  CHECK (took (syl_store_dup_due_questions (store, PACK, G_MAXINT64, 0, ERR), (GDestroyNotify) g_strfreev));
  CHECK (took (syl_store_dup_missed_last_time (store, PACK, ERR), (GDestroyNotify) g_strfreev));
  CHECK (took (syl_store_dup_exposures (store, PACK, ERR), (GDestroyNotify) g_ptr_array_unref));
  CHECK (took (syl_store_dup_first_sight_answers (store, PACK, ERR), (GDestroyNotify) g_array_unref));
  CHECK (took (syl_store_dup_forecast_record (store, PACK, ERR), (GDestroyNotify) g_array_unref));
  CHECK (took (syl_store_dup_notes (store, PACK, ERR), (GDestroyNotify) g_ptr_array_unref));
  CHECK (took (syl_store_dup_reports (store, NULL, ERR), (GDestroyNotify) g_ptr_array_unref));
  syl_store_get_seen_changes_version (store, PACK);

  /* NULL is also "none" for these two. */
  note = syl_store_dup_note (store, PACK, "q1001", NULL);
  g_clear_pointer (&unfinished, syl_store_session_free);
  unfinished = syl_store_dup_unfinished_session (store, NULL, NULL);
  g_clear_pointer (&unfinished, syl_store_session_free);
  unfinished = syl_store_dup_unfinished_session (store, PACK, NULL);

  if (unfinished != NULL)
    {
      guint n = g_strv_length (unfinished->question_ids);
      SylStoreAnswer answer = {
        .session_id = unfinished->id,
        .question_id = n > 0 ? unfinished->question_ids[0] : (char *) "q1001",
        .chosen = (char *) "0",
        .correct = TRUE,
        .time_ms = 30000,
        .answered_at_us = unfinished->started_at_us + 1,
        .stem_chars = 200,
      };

      syl_store_session_count_answered (unfinished);
      CHECK (syl_store_mark_shown (store, answer.session_id, answer.question_id, answer.answered_at_us, ERR));
      CHECK (syl_store_record_answer (store, &answer, ERR));
      CHECK (took (syl_store_dup_session (store, answer.session_id, ERR),
                 (GDestroyNotify) syl_store_session_free));
    }

  CHECK (syl_store_check_quick (store, ERR));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SylStore) store = NULL;

  remove_files ();
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();

  {
    g_autoptr(GError) error = NULL;

    store = syl_store_open (path, &error);
    if (store == NULL && error == NULL)
      g_error ("syl_store_open() failed without an error");
  }
  if (store != NULL)
    {
      read_everything (store);
      syl_store_close (store);
    }

  return 0;
}

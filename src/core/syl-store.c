/* syl-store.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The learner's progress, in one SQLite database.
 *
 * - Schema version in PRAGMA user_version. A new file is created at
 *   version 1 and migrated forward like any old one, so every migration
 *   runs on every first start and in every test.
 * - WAL, synchronous=FULL, foreign keys, a busy timeout. Each answer is one
 *   IMMEDIATE transaction, committed before syl_store_record_answer()
 *   returns: a crash loses nothing that was answered.
 * - Summary tables (`daily_activity`, the counters in `question_state`) are
 *   updated in the same transaction as the answer, so the dashboard reads a
 *   few hundred rows however long the history is.
 * - Nothing is deleted or overwritten without a copy beside it:
 *   syl_store_move_aside() renames the file (and its -wal/-shm) to
 *   `progress.db.<reason>-YYYYMMDD-HHMMSS`, and syl_store_restore() keeps
 *   the current database as `<path>.before-restore-YYYYMMDD-HHMMSS`.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "syl-store-private.h"

struct _SylStore
{
  GObject        parent_instance;

  /* owned */
  char          *path;
  sqlite3       *db;
  GHashTable    *statements;   /* const char *sql → sqlite3_stmt * */
  SylFsrsParams  fsrs;
};

G_DEFINE_FINAL_TYPE (SylStore, syl_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (syl-store-error-quark, syl_store_error)

/* A cached statement: the cleanup resets it, it is never finalized here. */
typedef sqlite3_stmt SylCachedStmt;

static void
reset_cached_stmt (SylCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylCachedStmt, reset_cached_stmt)

/* Version 1: the first schema. Kept verbatim; never edit, only migrate. */
static const char schema_v1[] =
  "CREATE TABLE sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  mode TEXT NOT NULL,"
  "  pack_id TEXT NOT NULL,"
  "  settings TEXT NOT NULL DEFAULT '',"
  "  question_order TEXT NOT NULL,"
  "  option_orders TEXT NOT NULL DEFAULT '',"
  "  unscored TEXT NOT NULL DEFAULT '',"
  "  flags TEXT NOT NULL DEFAULT '',"
  "  time_limit_ms INTEGER NOT NULL DEFAULT 0,"
  "  time_used_ms INTEGER NOT NULL DEFAULT 0,"
  "  started_at INTEGER NOT NULL,"
  "  finished_at INTEGER,"
  "  score REAL"
  ");"
  "CREATE TABLE answers ("
  "  id INTEGER PRIMARY KEY,"
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  question_id TEXT NOT NULL,"
  "  chosen TEXT NOT NULL,"
  "  correct INTEGER NOT NULL,"
  "  time_ms INTEGER NOT NULL DEFAULT 0,"
  "  answered_at INTEGER NOT NULL,"
  "  UNIQUE (session_id, question_id)"
  ");"
  "CREATE TABLE question_state ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  stability REAL NOT NULL,"
  "  difficulty REAL NOT NULL,"
  "  due INTEGER NOT NULL,"
  "  last_review INTEGER NOT NULL,"
  "  reps INTEGER NOT NULL,"
  "  lapses INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;";

/* Version 2: per-answer confidence, changes and the memory state before
 * the answer (so a changed answer is rescheduled from the same start);
 * per-question counters; the daily summary, backfilled from the answers. */
static const char migration_v2[] =
  "ALTER TABLE answers ADD COLUMN unsure INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN prior_stability REAL;"
  "ALTER TABLE answers ADD COLUMN prior_difficulty REAL;"
  "ALTER TABLE answers ADD COLUMN prior_due INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_last_review INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_reps INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_lapses INTEGER;"
  "ALTER TABLE question_state ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN last_correct INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN last_answered INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE daily_activity ("
  "  day TEXT PRIMARY KEY,"
  "  answers INTEGER NOT NULL DEFAULT 0,"
  "  correct INTEGER NOT NULL DEFAULT 0,"
  "  time_ms INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "INSERT INTO daily_activity (day, answers, correct, time_ms)"
  "  SELECT date (answered_at / 1000000, 'unixepoch', 'localtime'),"
  "         count(*), sum (correct), sum (time_ms)"
  "  FROM answers GROUP BY 1;"
  "UPDATE question_state SET"
  "  attempts = (SELECT count(*) FROM answers a JOIN sessions s ON a.session_id = s.id"
  "              WHERE s.pack_id = question_state.pack_id"
  "                AND a.question_id = question_state.question_id),"
  "  correct = (SELECT coalesce (sum (a.correct), 0) FROM answers a"
  "             JOIN sessions s ON a.session_id = s.id"
  "             WHERE s.pack_id = question_state.pack_id"
  "               AND a.question_id = question_state.question_id),"
  "  last_correct = coalesce ((SELECT a.correct FROM answers a"
  "                  JOIN sessions s ON a.session_id = s.id"
  "                  WHERE s.pack_id = question_state.pack_id"
  "                    AND a.question_id = question_state.question_id"
  "                  ORDER BY a.answered_at DESC LIMIT 1), 0),"
  "  last_answered = last_review;"
  "CREATE INDEX sessions_by_pack ON sessions (pack_id, finished_at);"
  "CREATE INDEX question_state_by_due ON question_state (pack_id, due);";

static const char * const migrations[] = {
  NULL,          /* 0 → 1 */
  migration_v2,  /* 1 → 2 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SYL_STORE_SCHEMA_VERSION);

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SYL_STORE_ERROR_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SYL_STORE_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SYL_STORE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return SYL_STORE_ERROR_FULL;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return SYL_STORE_ERROR_IO;
    default:
      return SYL_STORE_ERROR_FAILED;
    }
}

static const char *
describe_error_code (int code)
{
  switch (code)
    {
    case SYL_STORE_ERROR_CORRUPT:
      return _("the file is damaged or is not a Syllabus database");
    case SYL_STORE_ERROR_LOCKED:
      return _("another program is using it");
    case SYL_STORE_ERROR_READ_ONLY:
      return _("it cannot be written");
    case SYL_STORE_ERROR_FULL:
      return _("the disk is full");
    case SYL_STORE_ERROR_IO:
      return _("it could not be read or written");
    default:
      return _("the database reported an error");
    }
}

static void
set_db_error (const char  *path,
              sqlite3     *db,
              int          rc,
              GError     **error)
{
  int code = error_code_for_sqlite (rc);

  g_set_error (error, SYL_STORE_ERROR, code,
               _("Cannot use the progress database “%s”: %s (%s)"),
               path, describe_error_code (code),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

static gboolean
check_rc (SylStore  *self,
          int        rc,
          GError   **error)
{
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  set_db_error (self->path, self->db, rc, error);
  return FALSE;
}

static gboolean
exec_sql (SylStore    *self,
          const char  *sql,
          GError     **error)
{
  return check_rc (self, sqlite3_exec (self->db, sql, NULL, NULL, NULL), error);
}

static SylCachedStmt *
get_stmt (SylStore    *self,
          const char  *sql,
          GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (!check_rc (self, rc, error))
    return NULL;

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
begin (SylStore  *self,
       GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = get_stmt (self, "BEGIN IMMEDIATE", error);

  return stmt != NULL && check_rc (self, sqlite3_step (stmt), error);
}

static gboolean
commit (SylStore  *self,
        GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = get_stmt (self, "COMMIT", error);

  return stmt != NULL && check_rc (self, sqlite3_step (stmt), error);
}

static void
rollback (SylStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
step_done (SylStore       *self,
           sqlite3_stmt   *stmt,
           GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return check_rc (self, rc, error);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static char *
dup_column_text (sqlite3_stmt *stmt,
                 int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

static char *
format_now_suffix (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

static int
read_user_version (SylStore  *self,
                   GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  else
    set_db_error (self->path, self->db, rc, error);
  sqlite3_finalize (stmt);

  return version;
}

static gboolean
migrate (SylStore  *self,
         int        from,
         GError   **error)
{
  g_autofree char *set_version = NULL;

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Someone may have migrated between our check and our lock. */
  from = read_user_version (self, error);
  if (from < 0)
    goto fail;

  for (int v = from; v < SYL_STORE_SCHEMA_VERSION; v++)
    {
      const char *sql = v == 0 ? schema_v1 : migrations[v];

      if (!exec_sql (self, sql, error))
        goto fail;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", SYL_STORE_SCHEMA_VERSION);
  if (!exec_sql (self, set_version, error) || !exec_sql (self, "COMMIT", error))
    goto fail;

  return TRUE;

fail:
  rollback (self);
  return FALSE;
}

static gboolean
open_database (SylStore  *self,
               int        busy_timeout_ms,
               GError   **error)
{
  int version;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (self->path, self->db, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, busy_timeout_ms);

  /* SQLite silently falls back to read-only when the file is not
   * writable; we would rather say so than fail at the first answer. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      set_db_error (self->path, self->db, SQLITE_READONLY, error);
      return FALSE;
    }

  /* The first read: a file that is not a database fails here. */
  version = read_user_version (self, error);
  if (version < 0)
    return FALSE;

  if (version > SYL_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NEWER_SCHEMA,
                   _("The progress database “%s” was written by a newer version "
                     "of Syllabus (schema %d, this version knows up to %d). "
                     "Update Syllabus to use it; it has not been changed."),
                   self->path, version, SYL_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (!exec_sql (self, "SELECT count(*) FROM sqlite_schema", error))
    return FALSE;

  /* A 512 KiB page cache instead of SQLite's 2 MiB: every query the app
   * makes runs on an index, once per screen, and the kernel caches the
   * file. On a million answers the dashboard's queries and recording an
   * answer take as long (bench/bench-store), and start-up keeps about
   * 0.7 MB less (docs/performance.md). */
  if (!exec_sql (self, "PRAGMA journal_mode = WAL", error) ||
      !exec_sql (self, "PRAGMA synchronous = FULL", error) ||
      !exec_sql (self, "PRAGMA foreign_keys = ON", error) ||
      !exec_sql (self, "PRAGMA cache_size = -512", error))
    return FALSE;

  if (version < SYL_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return FALSE;

  return TRUE;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
syl_store_finalize (GObject *object)
{
  SylStore *self = (SylStore *)object;

  syl_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (syl_store_parent_class)->finalize (object);
}

static void
syl_store_class_init (SylStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_store_finalize;
}

static void
syl_store_init (SylStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_stmt);
  syl_fsrs_params_init_default (&self->fsrs);
}

/**
 * syl_store_open:
 * @path: the database file, created if missing
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Opens (creating and migrating as needed) the progress database with the
 * default busy timeout.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
SylStore *
syl_store_open (const char  *path,
                GError     **error)
{
  return syl_store_open_full (path, SYL_STORE_DEFAULT_BUSY_TIMEOUT_MS, error);
}

/**
 * syl_store_open_full:
 * @path: the database file
 * @busy_timeout_ms: how long to wait for another program's lock
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
SylStore *
syl_store_open_full (const char  *path,
                     int          busy_timeout_ms,
                     GError     **error)
{
  g_autoptr(SylStore) self = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SYL_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SYL_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? SYL_STORE_ERROR_READ_ONLY : SYL_STORE_ERROR_IO,
                   _("Cannot create the folder of the progress database “%s”: %s"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  if (!open_database (self, busy_timeout_ms, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * syl_store_close:
 *
 * Closes the database; later calls fail. Called by finalize.
 */
void
syl_store_close (SylStore *self)
{
  g_return_if_fail (SYL_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

const char *
syl_store_get_path (SylStore *self)
{
  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  return self->path;
}

int
syl_store_get_schema_version (SylStore *self)
{
  g_return_val_if_fail (SYL_IS_STORE (self), -1);
  g_return_val_if_fail (self->db != NULL, -1);

  return read_user_version (self, NULL);
}

/**
 * syl_store_set_fsrs_params:
 *
 * Sets the scheduler parameters (desired retention…) used for the answers
 * recorded from now on.
 */
void
syl_store_set_fsrs_params (SylStore            *self,
                           const SylFsrsParams *params)
{
  g_return_if_fail (SYL_IS_STORE (self));
  g_return_if_fail (params != NULL);

  self->fsrs = *params;
}

const SylFsrsParams *
syl_store_get_fsrs_params (SylStore *self)
{
  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  return &self->fsrs;
}

/**
 * syl_store_check_integrity:
 *
 * Runs `PRAGMA integrity_check`.
 *
 * Returns: %TRUE if the database is sound; otherwise %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT (or the error that stopped the check)
 */
gboolean
syl_store_check_integrity (SylStore  *self,
                           GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = dup_column_text (stmt, 0);
  sqlite3_finalize (stmt);

  if (result == NULL)
    return check_rc (self, rc, error);

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT,
                   _("The progress database “%s” is damaged: %s"),
                   self->path, result);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_insert_session:
 * @self: a store
 * @session: the session to store; its id and answers are ignored
 * @error: return location for an error
 *
 * Returns: the new session id, or 0 with @error set
 */
gint64
syl_store_insert_session (SylStore               *self,
                          const SylStoreSession  *session,
                          GError                **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autofree char *order = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (session != NULL, 0);
  g_return_val_if_fail (session->mode != NULL && session->pack_id != NULL, 0);

  stmt = get_stmt (self,
                   "INSERT INTO sessions (mode, pack_id, settings, question_order,"
                   " option_orders, unscored, flags, time_limit_ms, time_used_ms,"
                   " started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                   error);
  if (stmt == NULL)
    return 0;

  order = session->question_ids != NULL
            ? g_strjoinv ("\n", session->question_ids) : g_strdup ("");

  bind_text (stmt, 1, session->mode);
  bind_text (stmt, 2, session->pack_id);
  bind_text (stmt, 3, session->settings != NULL ? session->settings : "");
  bind_text (stmt, 4, order);
  bind_text (stmt, 5, session->option_orders != NULL ? session->option_orders : "");
  bind_text (stmt, 6, session->unscored != NULL ? session->unscored : "");
  bind_text (stmt, 7, session->flags != NULL ? session->flags : "");
  sqlite3_bind_int64 (stmt, 8, session->time_limit_ms);
  sqlite3_bind_int64 (stmt, 9, session->time_used_ms);
  sqlite3_bind_int64 (stmt, 10, session->started_at_us);

  if (!step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
expect_one_change (SylStore  *self,
                   gint64     session_id,
                   GError   **error)
{
  if (sqlite3_changes (self->db) == 1)
    return TRUE;

  g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
               _("The progress database “%s” has no session %lld"),
               self->path, (long long) session_id);
  return FALSE;
}

/**
 * syl_store_save_session_progress:
 * @flags: positions flagged for review, comma-separated
 * @time_used_ms: exam time used so far
 *
 * Saves what changes in a session besides its answers.
 */
gboolean
syl_store_save_session_progress (SylStore    *self,
                                 gint64       session_id,
                                 const char  *flags,
                                 gint64       time_used_ms,
                                 GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);

  stmt = get_stmt (self,
                   "UPDATE sessions SET flags = ?2, time_used_ms = ?3 WHERE id = ?1",
                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  bind_text (stmt, 2, flags != NULL ? flags : "");
  sqlite3_bind_int64 (stmt, 3, time_used_ms);

  return step_done (self, stmt, error) && expect_one_change (self, session_id, error);
}

/**
 * syl_store_finish_session:
 * @has_score: %FALSE for a session abandoned without a score
 *
 * Marks a session finished; it is no longer offered for resumption.
 */
gboolean
syl_store_finish_session (SylStore  *self,
                          gint64     session_id,
                          gint64     finished_at_us,
                          gint64     time_used_ms,
                          gboolean   has_score,
                          double     score,
                          GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);

  stmt = get_stmt (self,
                   "UPDATE sessions SET finished_at = ?2, time_used_ms = ?3, score = ?4"
                   " WHERE id = ?1",
                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, finished_at_us);
  sqlite3_bind_int64 (stmt, 3, time_used_ms);
  if (has_score)
    sqlite3_bind_double (stmt, 4, score);
  else
    sqlite3_bind_null (stmt, 4);

  return step_done (self, stmt, error) && expect_one_change (self, session_id, error);
}

#define SESSION_COLUMNS \
  "id, mode, pack_id, settings, question_order, option_orders, unscored, flags," \
  " time_limit_ms, time_used_ms, started_at, finished_at, score"

static SylStoreSession *
session_from_row (sqlite3_stmt *stmt)
{
  SylStoreSession *session = g_new0 (SylStoreSession, 1);
  g_autofree char *order = NULL;

  session->id = sqlite3_column_int64 (stmt, 0);
  session->mode = dup_column_text (stmt, 1);
  session->pack_id = dup_column_text (stmt, 2);
  session->settings = dup_column_text (stmt, 3);
  order = dup_column_text (stmt, 4);
  session->question_ids = order[0] != '\0' ? g_strsplit (order, "\n", -1) : g_new0 (char *, 1);
  session->option_orders = dup_column_text (stmt, 5);
  session->unscored = dup_column_text (stmt, 6);
  session->flags = dup_column_text (stmt, 7);
  session->time_limit_ms = sqlite3_column_int64 (stmt, 8);
  session->time_used_ms = sqlite3_column_int64 (stmt, 9);
  session->started_at_us = sqlite3_column_int64 (stmt, 10);
  session->finished_at_us = sqlite3_column_int64 (stmt, 11);
  session->has_score = sqlite3_column_type (stmt, 12) != SQLITE_NULL;
  session->score = sqlite3_column_double (stmt, 12);
  session->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_answer_free);

  return session;
}

static gboolean
load_answers (SylStore         *self,
              SylStoreSession  *session,
              GError          **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = get_stmt (self,
                   "SELECT id, question_id, chosen, correct, unsure, time_ms, changes,"
                   " answered_at FROM answers WHERE session_id = ?1 ORDER BY id",
                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreAnswer *answer = g_new0 (SylStoreAnswer, 1);

      answer->id = sqlite3_column_int64 (stmt, 0);
      answer->session_id = session->id;
      answer->question_id = dup_column_text (stmt, 1);
      answer->chosen = dup_column_text (stmt, 2);
      answer->correct = sqlite3_column_int (stmt, 3) != 0;
      answer->unsure = sqlite3_column_int (stmt, 4) != 0;
      answer->time_ms = sqlite3_column_int64 (stmt, 5);
      answer->changes = sqlite3_column_int (stmt, 6);
      answer->answered_at_us = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (session->answers, answer);
    }

  return check_rc (self, rc, error);
}

static SylStoreSession *
dup_session_with (SylStore      *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(SylStoreSession) session = NULL;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      check_rc (self, rc, error);
      return NULL;
    }

  session = session_from_row (stmt);
  sqlite3_reset (stmt);

  if (!load_answers (self, session, error))
    return NULL;

  return g_steal_pointer (&session);
}

/**
 * syl_store_dup_session:
 *
 * Returns: (transfer full) (nullable): the session with its answers, or
 *   %NULL with %SYL_STORE_ERROR_NOT_FOUND or another error
 */
SylStoreSession *
syl_store_dup_session (SylStore  *self,
                       gint64     session_id,
                       GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  SylStoreSession *session;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  stmt = get_stmt (self, "SELECT " SESSION_COLUMNS " FROM sessions WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  session = dup_session_with (self, stmt, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (session == NULL)
    g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                 _("The progress database “%s” has no session %lld"),
                 self->path, (long long) session_id);

  return session;
}

/**
 * syl_store_dup_unfinished_session:
 * @pack_id: (nullable): only sessions of this pack
 *
 * Returns: (transfer full) (nullable): the most recent unfinished session
 *   with its answers, to offer for resumption; %NULL if there is none (and
 *   @error is not set) or on error
 */
SylStoreSession *
syl_store_dup_unfinished_session (SylStore    *self,
                                  const char  *pack_id,
                                  GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  /* Two statements rather than "?1 IS NULL OR pack_id = ?1", which SQLite
   * cannot answer from the sessions_by_pack index: with a pack, only that
   * pack's unfinished sessions are read. */
  if (pack_id != NULL)
    stmt = get_stmt (self,
                     "SELECT " SESSION_COLUMNS " FROM sessions"
                     " WHERE pack_id = ?1 AND finished_at IS NULL"
                     " ORDER BY started_at DESC, id DESC LIMIT 1",
                     error);
  else
    stmt = get_stmt (self,
                     "SELECT " SESSION_COLUMNS " FROM sessions"
                     " WHERE finished_at IS NULL"
                     " ORDER BY started_at DESC, id DESC LIMIT 1",
                     error);
  if (stmt == NULL)
    return NULL;

  if (pack_id != NULL)
    bind_text (stmt, 1, pack_id);
  return dup_session_with (self, stmt, error);
}

static gboolean
read_card (SylStore     *self,
           const char   *pack_id,
           const char   *question_id,
           SylFsrsCard  *card,
           GError      **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = get_stmt (self,
                   "SELECT stability, difficulty, due, last_review, reps, lapses"
                   " FROM question_state WHERE pack_id = ?1 AND question_id = ?2",
                   error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, pack_id);
  bind_text (stmt, 2, question_id);
  memset (card, 0, sizeof *card);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      card->stability = sqlite3_column_double (stmt, 0);
      card->difficulty = sqlite3_column_double (stmt, 1);
      card->due_us = sqlite3_column_int64 (stmt, 2);
      card->last_review_us = sqlite3_column_int64 (stmt, 3);
      card->reps = sqlite3_column_int (stmt, 4);
      card->lapses = sqlite3_column_int (stmt, 5);
      return TRUE;
    }

  return check_rc (self, rc, error);
}

static gboolean
record_answer_locked (SylStore              *self,
                      const SylStoreAnswer  *answer,
                      gint64                *out_id,
                      GError               **error)
{
  g_autofree char *pack_id = NULL;
  g_autofree char *day = NULL;
  SylFsrsCard prior = { 0 };
  SylFsrsCard card;
  SylFsrsGrade grade;
  gint64 existing_id = 0;
  gboolean existing_correct = FALSE;
  int correct_delta;
  int rc;

  /* Which pack, and a previous answer to the same question in the session. */
  {
    g_autoptr(SylCachedStmt) stmt = get_stmt (self,
      "SELECT s.pack_id, a.id, a.correct, a.prior_stability, a.prior_difficulty,"
      " a.prior_due, a.prior_last_review, a.prior_reps, a.prior_lapses"
      " FROM sessions s LEFT JOIN answers a"
      "  ON a.session_id = s.id AND a.question_id = ?2"
      " WHERE s.id = ?1", error);

    if (stmt == NULL)
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, answer->session_id);
    bind_text (stmt, 2, answer->question_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                     _("The progress database “%s” has no session %lld"),
                     self->path, (long long) answer->session_id);
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      return check_rc (self, rc, error);

    pack_id = dup_column_text (stmt, 0);
    if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
      {
        existing_id = sqlite3_column_int64 (stmt, 1);
        existing_correct = sqlite3_column_int (stmt, 2) != 0;
        prior.stability = sqlite3_column_double (stmt, 3);
        prior.difficulty = sqlite3_column_double (stmt, 4);
        prior.due_us = sqlite3_column_int64 (stmt, 5);
        prior.last_review_us = sqlite3_column_int64 (stmt, 6);
        prior.reps = sqlite3_column_int (stmt, 7);
        prior.lapses = sqlite3_column_int (stmt, 8);
      }
  }

  /* A changed answer is rescheduled from the state before the first one,
   * so changing one's mind does not count as two reviews. */
  if (existing_id == 0 && !read_card (self, pack_id, answer->question_id, &prior, error))
    return FALSE;

  card = prior;
  grade = syl_fsrs_grade_for_answer (answer->correct, answer->unsure,
                                     answer->time_ms, answer->stem_chars);
  syl_fsrs_review (&self->fsrs, &card, grade, answer->answered_at_us);
  correct_delta = (answer->correct ? 1 : 0) - (existing_correct ? 1 : 0);

  if (existing_id != 0)
    {
      g_autoptr(SylCachedStmt) stmt = get_stmt (self,
        "UPDATE answers SET chosen = ?2, correct = ?3, unsure = ?4,"
        " time_ms = time_ms + ?5, changes = changes + 1, answered_at = ?6"
        " WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, existing_id);
      bind_text (stmt, 2, answer->chosen);
      sqlite3_bind_int (stmt, 3, answer->correct);
      sqlite3_bind_int (stmt, 4, answer->unsure);
      sqlite3_bind_int64 (stmt, 5, answer->time_ms);
      sqlite3_bind_int64 (stmt, 6, answer->answered_at_us);
      if (!step_done (self, stmt, error))
        return FALSE;
      *out_id = existing_id;
    }
  else
    {
      g_autoptr(SylCachedStmt) stmt = get_stmt (self,
        "INSERT INTO answers (session_id, question_id, chosen, correct, unsure,"
        " time_ms, answered_at, prior_stability, prior_difficulty, prior_due,"
        " prior_last_review, prior_reps, prior_lapses)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, answer->session_id);
      bind_text (stmt, 2, answer->question_id);
      bind_text (stmt, 3, answer->chosen != NULL ? answer->chosen : "");
      sqlite3_bind_int (stmt, 4, answer->correct);
      sqlite3_bind_int (stmt, 5, answer->unsure);
      sqlite3_bind_int64 (stmt, 6, answer->time_ms);
      sqlite3_bind_int64 (stmt, 7, answer->answered_at_us);
      sqlite3_bind_double (stmt, 8, prior.stability);
      sqlite3_bind_double (stmt, 9, prior.difficulty);
      sqlite3_bind_int64 (stmt, 10, prior.due_us);
      sqlite3_bind_int64 (stmt, 11, prior.last_review_us);
      sqlite3_bind_int (stmt, 12, prior.reps);
      sqlite3_bind_int (stmt, 13, prior.lapses);
      if (!step_done (self, stmt, error))
        return FALSE;
      *out_id = sqlite3_last_insert_rowid (self->db);
    }

  {
    g_autoptr(SylCachedStmt) stmt = get_stmt (self,
      "INSERT INTO question_state (pack_id, question_id, stability, difficulty,"
      " due, last_review, reps, lapses, attempts, correct, last_correct, last_answered)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, max (?10, 0), ?11, ?12)"
      " ON CONFLICT (pack_id, question_id) DO UPDATE SET"
      "  stability = excluded.stability, difficulty = excluded.difficulty,"
      "  due = excluded.due, last_review = excluded.last_review,"
      "  reps = excluded.reps, lapses = excluded.lapses,"
      "  attempts = attempts + excluded.attempts,"
      "  correct = max (correct + ?10, 0),"
      "  last_correct = excluded.last_correct,"
      "  last_answered = excluded.last_answered", error);

    if (stmt == NULL)
      return FALSE;

    bind_text (stmt, 1, pack_id);
    bind_text (stmt, 2, answer->question_id);
    sqlite3_bind_double (stmt, 3, card.stability);
    sqlite3_bind_double (stmt, 4, card.difficulty);
    sqlite3_bind_int64 (stmt, 5, card.due_us);
    sqlite3_bind_int64 (stmt, 6, card.last_review_us);
    sqlite3_bind_int (stmt, 7, card.reps);
    sqlite3_bind_int (stmt, 8, card.lapses);
    sqlite3_bind_int (stmt, 9, existing_id == 0 ? 1 : 0);
    sqlite3_bind_int (stmt, 10, correct_delta);
    sqlite3_bind_int (stmt, 11, answer->correct);
    sqlite3_bind_int64 (stmt, 12, answer->answered_at_us);
    if (!step_done (self, stmt, error))
      return FALSE;
  }

  day = syl_store_day_for_time (answer->answered_at_us);
  {
    g_autoptr(SylCachedStmt) stmt = get_stmt (self,
      "INSERT INTO daily_activity (day, answers, correct, time_ms)"
      " VALUES (?1, ?2, max (?3, 0), ?4)"
      " ON CONFLICT (day) DO UPDATE SET"
      "  answers = answers + excluded.answers,"
      "  correct = max (correct + ?3, 0),"
      "  time_ms = time_ms + excluded.time_ms", error);

    if (stmt == NULL)
      return FALSE;

    bind_text (stmt, 1, day);
    sqlite3_bind_int (stmt, 2, existing_id == 0 ? 1 : 0);
    sqlite3_bind_int (stmt, 3, correct_delta);
    sqlite3_bind_int64 (stmt, 4, MAX (answer->time_ms, 0));
    if (!step_done (self, stmt, error))
      return FALSE;
  }

  return TRUE;
}

/**
 * syl_store_record_answer:
 * @self: a store
 * @answer: the answer; @answer->id, @answer->changes are ignored
 * @error: return location for an error
 *
 * Records an answer, or replaces the learner's earlier answer to the same
 * question in the same session (counting a change), updates the
 * question's schedule and the day's activity, and commits — all in one
 * transaction. When this returns, the answer is on disk.
 *
 * Returns: the answer's id, or 0 with @error set
 */
gint64
syl_store_record_answer (SylStore              *self,
                         const SylStoreAnswer  *answer,
                         GError               **error)
{
  gint64 id = 0;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (answer != NULL, 0);
  g_return_val_if_fail (answer->question_id != NULL, 0);

  if (!begin (self, error))
    return 0;

  if (!record_answer_locked (self, answer, &id, error) || !commit (self, error))
    {
      rollback (self);
      return 0;
    }

  return id;
}

/**
 * syl_store_dup_question_states:
 * @pack_id: the pack
 *
 * Returns: (transfer full) (element-type SylStoreQuestionState): one entry
 *   per question of @pack_id ever answered, or %NULL on error
 */
GPtrArray *
syl_store_dup_question_states (SylStore    *self,
                               const char  *pack_id,
                               GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) states = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = get_stmt (self,
                   "SELECT question_id, stability, difficulty, due, last_review, reps,"
                   " lapses, attempts, correct, last_correct, last_answered"
                   " FROM question_state WHERE pack_id = ?1",
                   error);
  if (stmt == NULL)
    return NULL;

  states = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_question_state_free);
  bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreQuestionState *state = g_new0 (SylStoreQuestionState, 1);

      state->question_id = dup_column_text (stmt, 0);
      state->card.stability = sqlite3_column_double (stmt, 1);
      state->card.difficulty = sqlite3_column_double (stmt, 2);
      state->card.due_us = sqlite3_column_int64 (stmt, 3);
      state->card.last_review_us = sqlite3_column_int64 (stmt, 4);
      state->card.reps = sqlite3_column_int (stmt, 5);
      state->card.lapses = sqlite3_column_int (stmt, 6);
      state->attempts = sqlite3_column_int (stmt, 7);
      state->correct = sqlite3_column_int (stmt, 8);
      state->last_correct = sqlite3_column_int (stmt, 9) != 0;
      state->last_answered_us = sqlite3_column_int64 (stmt, 10);
      g_ptr_array_add (states, state);
    }

  if (!check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&states);
}

/**
 * syl_store_dup_due_questions:
 * @limit: at most this many, 0 for all
 *
 * Returns: (transfer full): ids of the questions of @pack_id due at
 *   @now_us, most overdue first; %NULL on error
 */
GStrv
syl_store_dup_due_questions (SylStore    *self,
                             const char  *pack_id,
                             gint64       now_us,
                             guint        limit,
                             GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = get_stmt (self,
                   "SELECT question_id FROM question_state"
                   " WHERE pack_id = ?1 AND due <= ?2 ORDER BY due, question_id LIMIT ?3",
                   error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, pack_id);
  sqlite3_bind_int64 (stmt, 2, now_us);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);

  builder = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (!check_rc (self, rc, error))
    return NULL;

  return g_strv_builder_end (builder);
}

/**
 * syl_store_dup_missed_last_time:
 *
 * Returns: (transfer full): ids of the questions answered wrong or left
 *   unanswered in the last scored session of @pack_id, in session order
 *   (empty if there is none); %NULL on error
 */
GStrv
syl_store_dup_missed_last_time (SylStore    *self,
                                const char  *pack_id,
                                GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(SylStoreSession) session = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) right = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = get_stmt (self,
                   "SELECT " SESSION_COLUMNS " FROM sessions"
                   " WHERE pack_id = ?1 AND finished_at IS NOT NULL AND score IS NOT NULL"
                   " ORDER BY finished_at DESC, id DESC LIMIT 1",
                   error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, pack_id);
  session = dup_session_with (self, stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  builder = g_strv_builder_new ();
  if (session == NULL)
    return g_strv_builder_end (builder);

  right = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < session->answers->len; i++)
    {
      SylStoreAnswer *answer = g_ptr_array_index (session->answers, i);

      if (answer->correct)
        g_hash_table_add (right, answer->question_id);
    }

  for (guint i = 0; session->question_ids[i] != NULL; i++)
    if (!g_hash_table_contains (right, session->question_ids[i]))
      g_strv_builder_add (builder, session->question_ids[i]);

  return g_strv_builder_end (builder);
}

/**
 * syl_store_dup_daily_activity:
 * @first_day: (nullable): first day, "YYYY-MM-DD", inclusive
 * @last_day: (nullable): last day, inclusive
 *
 * Reads the daily summary; days without answers are absent.
 *
 * Returns: (transfer full) (element-type SylStoreDay): the days in order,
 *   or %NULL on error
 */
GArray *
syl_store_dup_daily_activity (SylStore    *self,
                              const char  *first_day,
                              const char  *last_day,
                              GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) days = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  stmt = get_stmt (self,
                   "SELECT day, answers, correct, time_ms FROM daily_activity"
                   " WHERE day >= coalesce (?1, '') AND day <= coalesce (?2, '9999')"
                   " ORDER BY day",
                   error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, first_day);
  bind_text (stmt, 2, last_day);

  days = g_array_new (FALSE, TRUE, sizeof (SylStoreDay));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreDay day = { { 0 }, 0 };

      g_strlcpy (day.day, (const char *) sqlite3_column_text (stmt, 0), sizeof day.day);
      day.answers = sqlite3_column_int (stmt, 1);
      day.correct = sqlite3_column_int (stmt, 2);
      day.time_ms = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (days, day);
    }

  if (!check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * syl_store_dup_scores:
 * @pack_id: the pack
 * @mode: (nullable): only sessions of this mode ("exam"…), %NULL for all
 *
 * Lists the finished sessions of @pack_id that have a score (not the
 * abandoned ones), read in order from the `sessions_by_pack` index.
 *
 * Returns: (transfer full) (element-type SylStoreScore): the scores,
 *   oldest first (by finishing time, then id), or %NULL on error
 */
GArray *
syl_store_dup_scores (SylStore    *self,
                      const char  *pack_id,
                      const char  *mode,
                      GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) scores = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = get_stmt (self, SYL_STORE_SCORES_SQL, error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, pack_id);
  bind_text (stmt, 2, mode);

  scores = g_array_new (FALSE, TRUE, sizeof (SylStoreScore));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreScore score = {
        .session_id = sqlite3_column_int64 (stmt, 0),
        .finished_at_us = sqlite3_column_int64 (stmt, 1),
        .score = sqlite3_column_double (stmt, 2),
      };

      g_array_append_val (scores, score);
    }

  if (!check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&scores);
}

static gboolean
copy_database (sqlite3     *from,
               sqlite3     *to,
               const char  *error_path,
               GError     **error)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    {
      set_db_error (error_path, to, sqlite3_errcode (to), error);
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (10);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_db_error (error_path, to, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
backup_to_path (SylStore    *self,
                const char  *dest_path,
                GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (dest_path, ".partial", NULL);
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  g_unlink (tmp_path);
  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (dest_path, dest, rc, error);
      sqlite3_close_v2 (dest);
      return FALSE;
    }

  ok = copy_database (self->db, dest, dest_path, error);
  sqlite3_close_v2 (dest);

  if (ok && g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), dest_path,
                   g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (tmp_path);

  return ok;
}

/**
 * syl_store_backup:
 * @dest_path: where to write the copy; replaced atomically if it exists
 *
 * Copies the whole database with SQLite's online backup, while it stays
 * in use. The copy is a self-contained database (no -wal file).
 */
gboolean
syl_store_backup (SylStore    *self,
                  const char  *dest_path,
                  GError     **error)
{
  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return backup_to_path (self, dest_path, error);
}

/**
 * syl_store_restore:
 * @src_path: a backup made by syl_store_backup()
 * @kept_copy: (out) (optional): where the current database was saved
 *
 * Checks that @src_path is a sound Syllabus database this version can
 * read, keeps a copy of the current one beside it, then replaces the
 * contents of the open database with the backup (migrating it if it is
 * older).
 */
gboolean
syl_store_restore (SylStore    *self,
                   const char  *src_path,
                   char       **kept_copy,
                   GError     **error)
{
  g_autoptr(SylStore) src = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *src_db = NULL;
  int version;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (src_path != NULL, FALSE);

  /* Open the backup read-only, without touching it. */
  src = g_object_new (SYL_TYPE_STORE, NULL);
  src->path = g_strdup (src_path);
  uri = g_strconcat ("file:", src_path, "?mode=ro", NULL);
  rc = sqlite3_open_v2 (uri, &src_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  src->db = src_db;
  if (rc != SQLITE_OK)
    {
      set_db_error (src_path, src_db, rc, error);
      return FALSE;
    }

  version = read_user_version (src, error);
  if (version < 0)
    return FALSE;
  if (version == 0 || version > SYL_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SYL_STORE_ERROR,
                   version == 0 ? SYL_STORE_ERROR_CORRUPT : SYL_STORE_ERROR_NEWER_SCHEMA,
                   version == 0
                     ? _("“%s” is not a Syllabus progress backup")
                     : _("The backup “%s” was written by a newer version of Syllabus"),
                   src_path);
      return FALSE;
    }
  if (!syl_store_check_integrity (src, error))
    return FALSE;

  suffix = format_now_suffix ();
  copy_path = g_strdup_printf ("%s.before-restore-%s", self->path, suffix);
  if (!backup_to_path (self, copy_path, error))
    return FALSE;

  g_hash_table_remove_all (self->statements);
  if (!copy_database (src->db, self->db, self->path, error))
    return FALSE;

  if (version < SYL_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return FALSE;

  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&copy_path);

  return TRUE;
}

/**
 * syl_csv_quote_field:
 * @field: (nullable): a value
 *
 * Quotes @field for CSV (RFC 4180): fields holding a comma, a double
 * quote, a line break or leading/trailing space are put in double quotes,
 * with inner double quotes doubled.
 *
 * Returns: (transfer full): the field as it goes in the file
 */
char *
syl_csv_quote_field (const char *field)
{
  GString *out;
  gsize len;

  if (field == NULL)
    return g_strdup ("");

  len = strlen (field);
  if (strpbrk (field, ",\"\r\n") == NULL &&
      (len == 0 || (!g_ascii_isspace (field[0]) && !g_ascii_isspace (field[len - 1]))))
    return g_strdup (field);

  out = g_string_sized_new (len + 2);
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

static void
append_csv_row (GString            *out,
                const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *quoted = syl_csv_quote_field (fields[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, quoted);
    }
  g_string_append (out, "\r\n");
}

/**
 * syl_store_export_csv:
 * @dest_path: the CSV file to write
 *
 * Writes the whole answer history as CSV (UTF-8, CRLF line ends, a header
 * row, times in ISO 8601 UTC).
 */
gboolean
syl_store_export_csv (SylStore    *self,
                      const char  *dest_path,
                      GError     **error)
{
  static const char * const header[] = {
    "answer_id", "session_id", "mode", "pack_id", "question_id", "chosen",
    "correct", "unsure", "time_ms", "changes", "answered_at", NULL
  };
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  stmt = get_stmt (self,
                   "SELECT a.id, a.session_id, s.mode, s.pack_id, a.question_id, a.chosen,"
                   " a.correct, a.unsure, a.time_ms, a.changes, a.answered_at"
                   " FROM answers a JOIN sessions s ON s.id = a.session_id ORDER BY a.id",
                   error);
  if (stmt == NULL)
    return FALSE;

  append_csv_row (out, header);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
      g_autofree char *session = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));
      g_autofree char *time_ms = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 8));
      g_autofree char *changes = g_strdup_printf ("%d", sqlite3_column_int (stmt, 9));
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, 10) / G_USEC_PER_SEC);
      g_autofree char *answered_at = at != NULL ? g_date_time_format_iso8601 (at) : g_strdup ("");
      const char *fields[] = {
        id, session,
        (const char *) sqlite3_column_text (stmt, 2),
        (const char *) sqlite3_column_text (stmt, 3),
        (const char *) sqlite3_column_text (stmt, 4),
        (const char *) sqlite3_column_text (stmt, 5),
        sqlite3_column_int (stmt, 6) ? "1" : "0",
        sqlite3_column_int (stmt, 7) ? "1" : "0",
        time_ms, changes, answered_at, NULL
      };

      append_csv_row (out, fields);
    }

  if (!check_rc (self, rc, error))
    return FALSE;

  if (!g_file_set_contents (dest_path, out->str, out->len, &local_error))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                   _("Cannot export the answer history to “%s”: %s"),
                   dest_path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_move_aside:
 * @path: a database file, not open
 * @reason: (nullable): word for the new name, e.g. "corrupt"
 * @error: return location for an error
 *
 * Renames @path (with its -wal and -shm files) to
 * `@path.@reason-YYYYMMDD-HHMMSS` so that a fresh database can be created
 * while the old one is kept for recovery. Nothing is deleted.
 *
 * Returns: (transfer full): the new path, or %NULL with @error set
 */
char *
syl_store_move_aside (const char  *path,
                      const char  *reason,
                      GError     **error)
{
  static const char * const companions[] = { "-wal", "-shm", "-journal" };
  g_autofree char *suffix = format_now_suffix ();
  g_autofree char *base = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  base = g_strdup_printf ("%s.%s-%s", path, reason != NULL ? reason : "old", suffix);
  target = g_strdup (base);
  for (guint n = 1; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s-%u", base, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SYL_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
                     ? SYL_STORE_ERROR_READ_ONLY : SYL_STORE_ERROR_IO,
                   _("Cannot move the progress database “%s” aside: %s"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (target, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Cannot move %s to %s: %s", from, to, g_strerror (errno));
    }

  return g_steal_pointer (&target);
}

/**
 * syl_store_day_for_time:
 *
 * Returns: (transfer full): the local calendar day of @time_us, "YYYY-MM-DD"
 */
char *
syl_store_day_for_time (gint64 time_us)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  if (dt == NULL)
    return g_strdup ("1970-01-01");

  return g_date_time_format (dt, "%Y-%m-%d");
}

/**
 * syl_store_session_count_answered:
 * @session: a stored session
 *
 * A cleared answer is stored with an empty choice; it is no answer.
 *
 * Returns: how many of the session's answers have at least one option
 *   chosen
 */
guint
syl_store_session_count_answered (const SylStoreSession *session)
{
  guint n = 0;

  g_return_val_if_fail (session != NULL, 0);

  for (guint i = 0; session->answers != NULL && i < session->answers->len; i++)
    {
      const SylStoreAnswer *answer = g_ptr_array_index (session->answers, i);

      n += answer->chosen != NULL && answer->chosen[0] != '\0' ? 1 : 0;
    }

  return n;
}

void
syl_store_answer_free (SylStoreAnswer *answer)
{
  if (answer == NULL)
    return;

  g_free (answer->question_id);
  g_free (answer->chosen);
  g_free (answer);
}

void
syl_store_session_free (SylStoreSession *session)
{
  if (session == NULL)
    return;

  g_free (session->mode);
  g_free (session->pack_id);
  g_free (session->settings);
  g_strfreev (session->question_ids);
  g_free (session->option_orders);
  g_free (session->unscored);
  g_free (session->flags);
  g_clear_pointer (&session->answers, g_ptr_array_unref);
  g_free (session);
}

void
syl_store_question_state_free (SylStoreQuestionState *state)
{
  if (state == NULL)
    return;

  g_free (state->question_id);
  g_free (state);
}

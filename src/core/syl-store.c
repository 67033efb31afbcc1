/* syl-store.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The learner's progress, in one SQLite database. This file holds the
 * object (open, close, settings) and the helpers that its friend files
 * share through syl-store-private.h (errors, statements, transactions);
 * each concern has a file of its own (docs/progress-store.md lists them).
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
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

G_DEFINE_FINAL_TYPE (SylStore, syl_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (syl-store-error-quark, syl_store_error)

void
syl_store_reset_cached_stmt (SylCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static int
error_code_for_sqlite (int rc,
                       int sys_errno)
{
  /* Some writes that fail for want of space come back as I/O errors. */
  if (((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL) &&
      (sys_errno == ENOSPC || sys_errno == EDQUOT || sys_errno == EFBIG))
    return SYL_STORE_ERROR_FULL;

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

/**
 * syl_store_set_error:
 * @error: return location for an error
 * @code: a #SylStoreError
 * @path: the file the error is about
 * @detail: (nullable): what SQLite or the system said, or more
 *
 * Sets @error to the message of @code: what is wrong with @path and what
 * the learner can do about it.
 */
void
syl_store_set_error (GError     **error,
                     int          code,
                     const char  *path,
                     const char  *detail)
{
  if (detail == NULL)
    detail = "";

  switch (code)
    {
    case SYL_STORE_ERROR_CORRUPT:
      g_set_error (error, SYL_STORE_ERROR, code,
                   /* Translators: the first %s is a file, the second what is wrong with it */
                   _("The progress database “%s” is damaged or is not a Syllabus progress "
                     "database (%s). Restore a backup, or keep it aside and start a new one."),
                   path, detail);
      break;

    case SYL_STORE_ERROR_LOCKED:
      g_set_error (error, SYL_STORE_ERROR, code,
                   _("The progress database “%s” is in use by another program. "
                     "Close that program, then try again."),
                   path);
      break;

    case SYL_STORE_ERROR_READ_ONLY:
      g_set_error (error, SYL_STORE_ERROR, code,
                   _("The progress database “%s” cannot be written. Check that you may "
                     "write to it and to its folder, then try again."),
                   path);
      break;

    case SYL_STORE_ERROR_FULL:
      g_set_error (error, SYL_STORE_ERROR, code,
                   _("The disk is full: the progress database “%s” cannot be written. "
                     "Free some space on that disk, then try again."),
                   path);
      break;

    case SYL_STORE_ERROR_IO:
      g_set_error (error, SYL_STORE_ERROR, code,
                   /* Translators: the first %s is a file, the second what the system said */
                   _("The progress database “%s” could not be read or written (%s). "
                     "Check the disk, then try again."),
                   path, detail);
      break;

    case SYL_STORE_ERROR_IN_USE:
      g_set_error (error, SYL_STORE_ERROR, code,
                   _("Syllabus is already open with this progress folder: “%s” is in use "
                     "by another Syllabus window. Switch to that window, or close it and "
                     "try again."),
                   path);
      break;

    default:
      g_set_error (error, SYL_STORE_ERROR, code,
                   /* Translators: the first %s is a file, the second what SQLite said */
                   _("The progress database “%s” reported an error (%s). Try again; if "
                     "it happens again, restore a backup."),
                   path, detail);
      break;
    }
}

/* Whether a write to @path (or its journal) failed for the file size
 * limit (ulimit -f): SQLite then says only SQLITE_IOERR_WRITE, and the
 * errno behind it (EFBIG) is gone by the time it can be asked. */
static gboolean
reached_file_size_limit (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-journal" };
  struct rlimit limit;

  if (path == NULL || getrlimit (RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      /* Within a large page of the limit: the next write did not fit. */
      if (g_stat (file, &st) == 0 && (guint64) st.st_size + 65536 >= (guint64) limit.rlim_cur)
        return TRUE;
    }

  return FALSE;
}

/**
 * syl_store_set_db_error:
 * @path: the file the error is about
 * @db: (nullable): the connection that failed
 * @rc: its result code
 *
 * Sets @error from an SQLite result code.
 */
void
syl_store_set_db_error (const char  *path,
                        sqlite3     *db,
                        int          rc,
                        GError     **error)
{
  int code = error_code_for_sqlite (rc, db != NULL ? sqlite3_system_errno (db) : 0);
  const char *detail;

  if (code == SYL_STORE_ERROR_IO && rc == SQLITE_IOERR_WRITE && reached_file_size_limit (path))
    code = SYL_STORE_ERROR_FULL;

  /* SQLite's own words only when they are about this error: after a call
   * that went well, sqlite3_errmsg() says "not an error". */
  if (db != NULL && sqlite3_extended_errcode (db) == rc)
    detail = sqlite3_errmsg (db);
  else
    detail = sqlite3_errstr (rc);

  syl_store_set_error (error, code, path, detail);
}

/**
 * syl_store_set_errno_error:
 * @path: the file the error is about
 * @saved_errno: what the system call said
 *
 * Sets @error from an errno value.
 */
void
syl_store_set_errno_error (GError     **error,
                           const char  *path,
                           int          saved_errno)
{
  int code;

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      code = SYL_STORE_ERROR_READ_ONLY;
      break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      code = SYL_STORE_ERROR_FULL;
      break;
    default:
      code = SYL_STORE_ERROR_IO;
      break;
    }

  syl_store_set_error (error, code, path, g_strerror (saved_errno));
}

gboolean
syl_store_check_rc (SylStore  *self,
                    int        rc,
                    GError   **error)
{
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  syl_store_set_db_error (self->path, self->db, rc, error);
  return FALSE;
}

/* A closed store (after a failed reset, or syl_store_close()) says so
 * rather than handing SQLite a NULL connection. */
static gboolean
ensure_open (SylStore  *self,
             GError   **error)
{
  if (self->db != NULL)
    return TRUE;

  g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED,
               _("The progress database “%s” is closed. Restart Syllabus to open it again."),
               self->path);
  return FALSE;
}

gboolean
syl_store_exec (SylStore    *self,
                const char  *sql,
                GError     **error)
{
  if (!ensure_open (self, error))
    return FALSE;

  return syl_store_check_rc (self, sqlite3_exec (self->db, sql, NULL, NULL, NULL), error);
}

SylCachedStmt *
syl_store_get_stmt (SylStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  if (!ensure_open (self, error))
    return NULL;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
syl_store_begin (SylStore  *self,
                 GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self, "BEGIN IMMEDIATE", error);

  return stmt != NULL && syl_store_check_rc (self, sqlite3_step (stmt), error);
}

gboolean
syl_store_commit (SylStore  *self,
                  GError   **error)
{
  g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self, "COMMIT", error);

  return stmt != NULL && syl_store_check_rc (self, sqlite3_step (stmt), error);
}

void
syl_store_rollback (SylStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
syl_store_step_done (SylStore       *self,
                     sqlite3_stmt   *stmt,
                     GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return syl_store_check_rc (self, rc, error);
}

void
syl_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
syl_store_column_dup_text (sqlite3_stmt *stmt,
                           int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

/**
 * syl_store_harden_connection:
 * @db: a connection
 *
 * What SQLite advises for a database file that may come from elsewhere
 * (a restored backup, a damaged or hostile file): no writable schema, no
 * functions with side effects in the schema, no triggers or views (the
 * store uses none, so a file's own never run), no extensions, no memory
 * mapping, checks of every cell's size, and a bound on a value's size.
 */
void
syl_store_harden_connection (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, SYL_STORE_MAX_VALUE_BYTES);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_exec (db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0", NULL, NULL, NULL);
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
      syl_store_set_db_error (self->path, self->db, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, busy_timeout_ms);
  syl_store_harden_connection (self->db);

  /* SQLite silently falls back to read-only when the file is not
   * writable; we would rather say so than fail at the first answer. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      syl_store_set_error (error, SYL_STORE_ERROR_READ_ONLY, self->path, NULL);
      return FALSE;
    }

  /* The first read: a file that is not a database fails here. Nothing is
   * written before the version and the tables are known to be ours. */
  if (!syl_store_read_user_version (self, &version, error) ||
      !syl_store_check_version (self, version, error) ||
      !syl_store_check_tables (self, version, error))
    return FALSE;

  /* A 512 KiB page cache instead of SQLite's 2 MiB: every query the app
   * makes runs on an index, once per screen, and the kernel caches the
   * file. On a million answers the dashboard's queries and recording an
   * answer take as long (bench/bench-store), and start-up keeps about
   * 0.7 MB less (docs/performance.md). */
  if (!syl_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !syl_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !syl_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !syl_store_exec (self, "PRAGMA cache_size = -512", error))
    return FALSE;

  if (version < SYL_STORE_SCHEMA_VERSION && !syl_store_migrate (self, error))
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
  self->lock_fd = -1;
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
 * default busy timeout, and takes its lock (`@path.lock`) until
 * syl_store_close() or the last reference goes. Before anything is
 * written the file is checked: its kind (a regular file, or a link to
 * one), its schema version and its tables. The whole file is not read
 * here: syl_store_check_quick_async() does that.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error
 *   set: %SYL_STORE_ERROR_CORRUPT (damaged, or not a Syllabus progress
 *   database), %SYL_STORE_ERROR_NEWER_SCHEMA, %SYL_STORE_ERROR_IN_USE
 *   (another store, in this process or another, has it open),
 *   %SYL_STORE_ERROR_LOCKED (another program holds SQLite's lock),
 *   %SYL_STORE_ERROR_READ_ONLY, %SYL_STORE_ERROR_FULL or
 *   %SYL_STORE_ERROR_IO; the file is left as it was
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
      syl_store_set_errno_error (error, path, errno);
      return NULL;
    }

  /* What is on disk first, then the lock, then SQLite. */
  if (!syl_store_check_files (path, error))
    return NULL;

  self->lock_fd = syl_store_lock_path (path, error);
  if (self->lock_fd < 0)
    return NULL;

  if (!open_database (self, busy_timeout_ms, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * syl_store_close:
 *
 * Closes the database and lets go of its lock; later calls fail with an
 * error that says so. Called by finalize.
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

  /* After the database: the next instance may open it at once. */
  syl_store_unlock (self->lock_fd);
  self->lock_fd = -1;
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
  int version = -1;

  g_return_val_if_fail (SYL_IS_STORE (self), -1);
  g_return_val_if_fail (self->db != NULL, -1);

  if (!syl_store_read_user_version (self, &version, NULL))
    return -1;

  return version;
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

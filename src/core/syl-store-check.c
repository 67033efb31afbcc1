/* syl-store-check.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Checks of the whole file. Opening reads only the first pages and the
 * schema, so a page damaged in the middle of the file goes unnoticed until
 * a query happens to read it, and a query that never does shows the
 * learner no progress at all. `PRAGMA quick_check` reads every page: about
 * a second for a million answers (docs/performance.md), too long for
 * start-up, so the application runs syl_store_check_quick_async() once
 * the window is up, on a connection of its own in a worker thread.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

/* At most this many of the check's findings go into the message. */
#define MAX_FINDINGS 3

static int
on_progress_cb (void *user_data)
{
  /* Non-zero interrupts the statement. */
  return g_cancellable_is_cancelled (user_data);
}

/* Runs @pragma ("integrity_check", "quick_check") on @db. */
static gboolean
run_check (sqlite3       *db,
           const char    *path,
           const char    *pragma,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  g_autoptr(GString) findings = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  guint n_findings = 0;
  gboolean sound = FALSE;
  int rc;

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 10000, on_progress_cb, cancellable);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      const char *text;

      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        break;

      text = (const char *) sqlite3_column_text (stmt, 0);
      if (n_findings == 0 && g_strcmp0 (text, "ok") == 0)
        sound = TRUE;
      else if (n_findings++ < MAX_FINDINGS)
        {
          g_autofree char *line = g_strdup (text != NULL ? text : "?");

          /* One line in the message: SQLite's findings may hold breaks. */
          g_strdelimit (line, "\r\n", ' ');
          g_string_append_printf (findings, "%s%s", findings->len > 0 ? "; " : "", line);
        }
    }
  sqlite3_finalize (stmt);

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (rc != SQLITE_DONE)
    {
      syl_store_set_db_error (path, db, rc, error);
      return FALSE;
    }

  if (!sound || n_findings > 0)
    {
      if (n_findings > MAX_FINDINGS)
        g_string_append (findings, "; …");
      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, path,
                           findings->len > 0 ? findings->str : pragma);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_check_integrity:
 *
 * Runs `PRAGMA integrity_check`: every page, index and constraint.
 *
 * Returns: %TRUE if the database is sound; otherwise %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT (or the error that stopped the check)
 */
gboolean
syl_store_check_integrity (SylStore  *self,
                           GError   **error)
{
  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  return run_check (self->db, self->path, "integrity_check", NULL, error);
}

/**
 * syl_store_check_quick:
 *
 * Runs `PRAGMA quick_check`: reads every page of the file, which finds a
 * page damaged anywhere in it (not the consistency of indexes, which
 * syl_store_check_integrity() also checks, at about twice the cost).
 * Blocks for as long as reading the file takes.
 *
 * Returns: %TRUE if the database is sound; otherwise %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT (or the error that stopped the check)
 */
gboolean
syl_store_check_quick (SylStore  *self,
                       GError   **error)
{
  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  return run_check (self->db, self->path, "quick_check", NULL, error);
}

static void
check_quick_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* A connection of its own: the store's belongs to the main thread. In
   * WAL mode it reads a snapshot while the learner goes on answering. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    syl_store_set_db_error (path, db, rc, &error);
  else
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, SYL_STORE_DEFAULT_BUSY_TIMEOUT_MS);
      syl_store_harden_connection (db);
      run_check (db, path, "quick_check", cancellable, &error);
    }
  sqlite3_close_v2 (db);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * syl_store_check_quick_async:
 * @self: an open store
 * @cancellable: (nullable): stops the check
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Runs syl_store_check_quick() in a worker thread on a read-only
 * connection of its own, so that the window stays responsive while a long
 * history is read. Answers recorded meanwhile are safe: the check reads
 * the database as it was when it started. The check holds a reference on
 * @self until it completes: syl_store_close() releases the database and
 * its lock at once, whatever holds the object.
 */
void
syl_store_check_quick_async (SylStore            *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SYL_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, syl_store_check_quick_async);
  g_task_set_name (task, "[syllabus] quick check");
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_quick_thread);
}

/**
 * syl_store_check_quick_finish:
 *
 * Returns: %TRUE if the database is sound; otherwise %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT, %G_IO_ERROR_CANCELLED or the error that
 *   stopped the check
 */
gboolean
syl_store_check_quick_finish (SylStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

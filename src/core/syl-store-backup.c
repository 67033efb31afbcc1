/* syl-store-backup.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Copies of the database: online backup, restore (keeping the current one
 * beside it), the CSV export of the history, and moving a damaged file
 * aside. Nothing here deletes or overwrites a database without a copy.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "syl-store-private.h"

static char *
format_now_suffix (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
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
      syl_store_set_db_error (error_path, to, sqlite3_errcode (to), error);
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
      syl_store_set_db_error (error_path, to, rc, error);
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
      syl_store_set_db_error (dest_path, dest, rc, error);
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
  sqlite3 *src_db = NULL;
  int version;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (src_path != NULL, FALSE);

  if (!syl_store_check_files (src_path, error))
    return FALSE;

  /* Open the backup read-only, without touching it. */
  src = g_object_new (SYL_TYPE_STORE, NULL);
  src->path = g_strdup (src_path);
  rc = sqlite3_open_v2 (src_path, &src_db, SQLITE_OPEN_READONLY, NULL);
  src->db = src_db;
  if (rc != SQLITE_OK)
    {
      syl_store_set_db_error (src_path, src_db, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (src_db, 1);
  syl_store_harden_connection (src_db);

  if (!syl_store_read_user_version (src, &version, error) ||
      !syl_store_check_version (src, version, error))
    return FALSE;
  if (version == 0)
    {
      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, src_path,
                           _("it is not a Syllabus progress backup"));
      return FALSE;
    }
  if (!syl_store_check_tables (src, version, error) ||
      !syl_store_check_integrity (src, error))
    return FALSE;

  suffix = format_now_suffix ();
  copy_path = g_strdup_printf ("%s.before-restore-%s", self->path, suffix);
  if (!backup_to_path (self, copy_path, error))
    return FALSE;

  g_hash_table_remove_all (self->statements);
  if (!copy_database (src->db, self->db, self->path, error))
    return FALSE;

  if (version < SYL_STORE_SCHEMA_VERSION && !syl_store_migrate (self, error))
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

/* @n_fields fields, any of them NULL (written empty). */
static void
append_csv_row_n (GString            *out,
                  const char * const *fields,
                  guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *quoted = syl_csv_quote_field (fields[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, quoted);
    }
  g_string_append (out, "\r\n");
}

static void
append_csv_row (GString            *out,
                const char * const *fields)
{
  append_csv_row_n (out, fields, g_strv_length ((char **) fields));
}

static gboolean
write_export (const char  *dest_path,
              GString     *out,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_set_contents (dest_path, out->str, out->len, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    syl_store_set_error (error, SYL_STORE_ERROR_FULL, dest_path, NULL);
  else
    g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                 _("Cannot export the answer history to “%s”: %s"),
                 dest_path, local_error->message);
  return FALSE;
}

static char *
format_csv_time (gint64 time_us)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);

  return at != NULL ? g_date_time_format_iso8601 (at) : g_strdup ("");
}

/**
 * syl_store_dup_notes_csv_path:
 * @dest_path: the CSV file of the answer history
 *
 * Returns: (transfer full): where syl_store_export_csv() writes the notes:
 *   "history.csv" → "history-notes.csv"
 */
char *
syl_store_dup_notes_csv_path (const char *dest_path)
{
  g_return_val_if_fail (dest_path != NULL, NULL);

  if (g_str_has_suffix (dest_path, ".csv") || g_str_has_suffix (dest_path, ".CSV"))
    return g_strdup_printf ("%.*s-notes%s", (int) strlen (dest_path) - 4, dest_path,
                            dest_path + strlen (dest_path) - 4);

  return g_strconcat (dest_path, "-notes.csv", NULL);
}

static gboolean
export_notes_csv (SylStore    *self,
                  const char  *dest_path,
                  GError     **error)
{
  static const char * const header[] = {
    "pack_id", "question_id", "note", "updated_at", NULL
  };
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT pack_id, question_id, text, updated_at FROM notes"
                             " ORDER BY pack_id, question_id",
                             error);
  if (stmt == NULL)
    return FALSE;

  append_csv_row (out, header);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *updated_at = format_csv_time (sqlite3_column_int64 (stmt, 3));
      const char *fields[] = {
        (const char *) sqlite3_column_text (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        (const char *) sqlite3_column_text (stmt, 2),
        updated_at, NULL
      };

      append_csv_row_n (out, fields, G_N_ELEMENTS (fields) - 1);
    }

  if (!syl_store_check_rc (self, rc, error))
    return FALSE;

  return write_export (dest_path, out, error);
}

/**
 * syl_store_export_csv:
 * @dest_path: the CSV file to write
 *
 * Writes the whole answer history as CSV (UTF-8, CRLF line ends, a header
 * row, times in ISO 8601 UTC), one row per answer: answer_id, session_id,
 * mode, pack_id, question_id, chosen, correct, unsure, time_ms, changes,
 * answered_at, first_sight (1 when it was the learner's first sight of the
 * question) and digest (the question's content digest it was given
 * against, empty for answers from before digests were kept).
 *
 * The learner's notes go to a second file beside it, named by
 * syl_store_dup_notes_csv_path() ("history.csv" → "history-notes.csv"):
 * pack_id, question_id, note, updated_at, one row per note, written even
 * when there are none. A note belongs to a question, not to an answer,
 * and a question may have a note without any answer.
 */
gboolean
syl_store_export_csv (SylStore    *self,
                      const char  *dest_path,
                      GError     **error)
{
  static const char * const header[] = {
    "answer_id", "session_id", "mode", "pack_id", "question_id", "chosen",
    "correct", "unsure", "time_ms", "changes", "answered_at", "first_sight",
    "digest", NULL
  };
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *notes_path = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  stmt = syl_store_get_stmt (self,
                             "SELECT a.id, a.session_id, s.mode, s.pack_id, a.question_id, a.chosen,"
                             " a.correct, a.unsure, a.time_ms, a.changes, a.answered_at,"
                             " a.first_sight, a.digest"
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
      g_autofree char *answered_at = format_csv_time (sqlite3_column_int64 (stmt, 10));
      const char *fields[] = {
        id, session,
        (const char *) sqlite3_column_text (stmt, 2),
        (const char *) sqlite3_column_text (stmt, 3),
        (const char *) sqlite3_column_text (stmt, 4),
        (const char *) sqlite3_column_text (stmt, 5),
        sqlite3_column_int (stmt, 6) ? "1" : "0",
        sqlite3_column_int (stmt, 7) ? "1" : "0",
        time_ms, changes, answered_at,
        sqlite3_column_int (stmt, 11) ? "1" : "0",
        (const char *) sqlite3_column_text (stmt, 12),
        NULL
      };

      append_csv_row_n (out, fields, G_N_ELEMENTS (fields) - 1);
    }

  if (!syl_store_check_rc (self, rc, error))
    return FALSE;

  if (!write_export (dest_path, out, error))
    return FALSE;

  notes_path = syl_store_dup_notes_csv_path (dest_path);
  return export_notes_csv (self, notes_path, error);
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


/* syl-store-schema.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The schema and its migrations. The version is in PRAGMA user_version; a
 * new file is created at version 1 and migrated forward like any old one,
 * so every migration runs on every first start and in every test.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

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

/* Version 3, the second wave, in one migration:
 * - exposure: `shown` has one row per question put in front of the learner
 *   in a session (so marking it again is a no-op), `exposure` the
 *   per-question summary the quiz builder reads, kept up to date as
 *   `daily_activity` is; every old answer means its question was shown in
 *   its session;
 * - first sight: each answer says whether it was the learner's first sight
 *   of the question (for old answers: the earliest answer to it in its
 *   pack), and `question_state` keeps that answer's outcome;
 * - living packs: the content digest each answer was given against (none
 *   for old answers), the current digest of each question, a `changed`
 *   mark on the states that restarted, the changes already shown;
 * - the forecast shown before each exam simulation; notes; reports. */
static const char migration_v3[] =
  "ALTER TABLE answers ADD COLUMN first_sight INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN digest TEXT;"
  "ALTER TABLE question_state ADD COLUMN first_sight_correct INTEGER;"
  "ALTER TABLE question_state ADD COLUMN first_sight_unsure INTEGER;"
  "ALTER TABLE question_state ADD COLUMN first_sight_at INTEGER;"
  "ALTER TABLE question_state ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE shown ("
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  question_id TEXT NOT NULL,"
  "  shown_at INTEGER NOT NULL,"
  "  PRIMARY KEY (session_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE exposure ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  n_shown INTEGER NOT NULL,"
  "  n_shown_exam INTEGER NOT NULL,"
  "  first_shown INTEGER NOT NULL,"
  "  last_shown INTEGER NOT NULL,"
  "  last_shown_exam INTEGER,"
  "  first_session INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE forecasts ("
  "  session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,"
  "  made_at INTEGER NOT NULL,"
  "  estimate REAL NOT NULL,"
  "  low REAL NOT NULL,"
  "  high REAL NOT NULL,"
  "  pass_probability REAL NOT NULL"
  ");"
  "CREATE TABLE notes ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  updated_at INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE reports ("
  "  id INTEGER PRIMARY KEY,"
  "  pack_id TEXT NOT NULL,"
  "  pack_version INTEGER NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  sent_via TEXT NOT NULL"
  ");"
  "CREATE INDEX reports_by_pack ON reports (pack_id, created_at);"
  "CREATE TABLE content_digests ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  digest TEXT NOT NULL,"
  "  changed_at INTEGER,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE pack_state ("
  "  pack_id TEXT PRIMARY KEY,"
  "  seen_changes_version INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  /* The earliest answer to each question of each pack: its first sight. */
  "CREATE TEMP TABLE first_answer ("
  "  pack_id TEXT NOT NULL, question_id TEXT NOT NULL, id INTEGER NOT NULL,"
  "  session_id INTEGER NOT NULL, PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "INSERT INTO temp.first_answer (pack_id, question_id, id, session_id)"
  "  SELECT pack_id, question_id, id, session_id FROM ("
  "    SELECT s.pack_id, a.question_id, a.id, a.session_id,"
  "           row_number () OVER (PARTITION BY s.pack_id, a.question_id"
  "                               ORDER BY a.answered_at, a.id) AS n"
  "    FROM answers a JOIN sessions s ON s.id = a.session_id)"
  "  WHERE n = 1;"
  "UPDATE answers SET first_sight = 1 WHERE id IN (SELECT id FROM temp.first_answer);"
  "INSERT INTO shown (session_id, question_id, shown_at)"
  "  SELECT session_id, question_id, answered_at FROM answers;"
  "INSERT INTO exposure (pack_id, question_id, n_shown, n_shown_exam, first_shown,"
  "                      last_shown, last_shown_exam, first_session)"
  "  SELECT s.pack_id, a.question_id, count(*), sum (s.mode = 'exam'),"
  "         min (a.answered_at), max (a.answered_at),"
  "         max (CASE WHEN s.mode = 'exam' THEN a.answered_at END), f.session_id"
  "  FROM answers a JOIN sessions s ON s.id = a.session_id"
  "  JOIN temp.first_answer f ON f.pack_id = s.pack_id AND f.question_id = a.question_id"
  "  GROUP BY s.pack_id, a.question_id;"
  "UPDATE question_state SET (first_sight_correct, first_sight_unsure, first_sight_at) ="
  "  (SELECT a.correct, a.unsure, a.answered_at FROM temp.first_answer f"
  "   JOIN answers a ON a.id = f.id"
  "   WHERE f.pack_id = question_state.pack_id AND f.question_id = question_state.question_id);"
  "DROP TABLE temp.first_answer;";

static const char * const migrations[] = {
  NULL,          /* 0 → 1 */
  migration_v2,  /* 1 → 2 */
  migration_v3,  /* 2 → 3 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SYL_STORE_SCHEMA_VERSION);

/**
 * syl_store_read_user_version:
 * @version: (out): the file's schema version
 *
 * Reads `PRAGMA user_version`; the first read of a file, so a file that
 * is not a database fails here.
 */
gboolean
syl_store_read_user_version (SylStore  *self,
                             int       *version,
                             GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *version = -1;
  if (self->db == NULL)
    {
      syl_store_set_db_error (self->path, NULL, SQLITE_MISUSE, error);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *version = sqlite3_column_int (stmt, 0);
  else
    syl_store_set_db_error (self->path, self->db, rc, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW;
}

/**
 * syl_store_check_version:
 * @version: a version read from the file
 *
 * Returns: %TRUE if this version of Syllabus can use (or migrate) a file
 *   of @version; %FALSE with %SYL_STORE_ERROR_NEWER_SCHEMA for a newer
 *   one, %SYL_STORE_ERROR_CORRUPT for one that no version writes
 */
gboolean
syl_store_check_version (SylStore  *self,
                         int        version,
                         GError   **error)
{
  if (version < 0)
    {
      g_autofree char *detail = g_strdup_printf (_("its schema version is %d"), version);

      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
      return FALSE;
    }

  if (version > SYL_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NEWER_SCHEMA,
                   _("The progress database “%s” was written by a newer version "
                     "of Syllabus (schema %d, this version knows up to %d). "
                     "Update Syllabus to use it; it has not been changed."),
                   self->path, version, SYL_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec_schema_up_to (sqlite3  *db,
                   int       version)
{
  for (int v = 0; v < version; v++)
    if (sqlite3_exec (db, v == 0 ? schema_v1 : migrations[v], NULL, NULL, NULL) != SQLITE_OK)
      return FALSE;

  return TRUE;
}

static gboolean
check_tables_against (SylStore      *self,
                      sqlite3       *reference,
                      int            version,
                      GError       **error)
{
  sqlite3_stmt *expected = NULL;
  sqlite3_stmt *table = NULL;
  sqlite3_stmt *column = NULL;
  g_autofree char *missing = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (reference,
                           "SELECT m.name, p.name FROM sqlite_schema AS m,"
                           " pragma_table_info (m.name) AS p"
                           " WHERE m.type = 'table' ORDER BY 1, 2",
                           -1, &expected, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                             -1, &table, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             "SELECT count(*) FROM pragma_table_info (?1) WHERE name = ?2",
                             -1, &column, NULL);

  while (rc == SQLITE_OK && missing == NULL && (rc = sqlite3_step (expected)) == SQLITE_ROW)
    {
      const char *table_name = (const char *) sqlite3_column_text (expected, 0);
      const char *column_name = (const char *) sqlite3_column_text (expected, 1);

      sqlite3_bind_text (table, 1, table_name, -1, SQLITE_STATIC);
      rc = sqlite3_step (table);
      if (rc == SQLITE_ROW && sqlite3_column_int (table, 0) == 0)
        /* Translators: %s is the name of a table in the database */
        missing = g_strdup_printf (_("its table “%s” is missing"), table_name);
      sqlite3_reset (table);
      if (rc != SQLITE_ROW || missing != NULL)
        break;

      sqlite3_bind_text (column, 1, table_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (column, 2, column_name, -1, SQLITE_STATIC);
      rc = sqlite3_step (column);
      if (rc == SQLITE_ROW && sqlite3_column_int (column, 0) == 0)
        /* Translators: the first %s is a table in the database, the second a column */
        missing = g_strdup_printf (_("its table “%s” has no column “%s”"), table_name, column_name);
      sqlite3_reset (column);
      if (rc == SQLITE_ROW)
        rc = SQLITE_OK;
    }

  sqlite3_finalize (expected);
  sqlite3_finalize (table);
  sqlite3_finalize (column);

  if (missing != NULL)
    {
      g_autofree char *detail = g_strdup_printf (_("schema version %d, but %s"), version, missing);

      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
      return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      syl_store_set_db_error (self->path, self->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_check_tables:
 * @version: the file's version, checked by syl_store_check_version()
 *
 * Checks, before anything is written, that the file holds what its
 * version says: nothing at version 0 (a new file), and at a later version
 * every table and column that version has (compared with the schema built
 * in memory). Another program's database, or one that lost its version or
 * a table, is refused rather than migrated half-way or written into.
 *
 * Returns: %TRUE if the tables are those of @version; %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT otherwise
 */
gboolean
syl_store_check_tables (SylStore  *self,
                        int        version,
                        GError   **error)
{
  sqlite3 *reference = NULL;
  gboolean ok;

  if (version == 0)
    {
      sqlite3_stmt *stmt = NULL;
      int n_objects = -1;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        n_objects = sqlite3_column_int (stmt, 0);
      else
        syl_store_set_db_error (self->path, self->db, rc, error);
      sqlite3_finalize (stmt);

      if (n_objects > 0)
        syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path,
                             _("it has tables but no Syllabus schema version"));

      return n_objects == 0;
    }

  if (sqlite3_open_v2 (":memory:", &reference, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      !exec_schema_up_to (reference, version))
    {
      syl_store_set_db_error (self->path, reference, sqlite3_errcode (reference), error);
      sqlite3_close_v2 (reference);
      return FALSE;
    }

  ok = check_tables_against (self, reference, version, error);
  sqlite3_close_v2 (reference);

  return ok;
}

/**
 * syl_store_migrate:
 *
 * Brings the open database to %SYL_STORE_SCHEMA_VERSION in one
 * transaction: all of the migrations, or none.
 */
gboolean
syl_store_migrate (SylStore  *self,
                   GError   **error)
{
  g_autofree char *set_version = NULL;
  g_autoptr(GError) local_error = NULL;
  int from;

  if (!syl_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Someone may have migrated between our check and our lock. */
  if (!syl_store_read_user_version (self, &from, &local_error) ||
      !syl_store_check_version (self, from, &local_error))
    goto fail;

  for (int v = from; v < SYL_STORE_SCHEMA_VERSION; v++)
    {
      const char *sql = v == 0 ? schema_v1 : migrations[v];

      if (!syl_store_exec (self, sql, &local_error))
        {
          /* The tables were checked: a migration that cannot run means
           * the file is not what its version says. */
          if (g_error_matches (local_error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED))
            {
              g_autofree char *detail = g_strdup (sqlite3_errmsg (self->db));

              g_clear_error (&local_error);
              syl_store_set_error (&local_error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
            }
          goto fail;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", SYL_STORE_SCHEMA_VERSION);
  if (!syl_store_exec (self, set_version, &local_error) ||
      !syl_store_exec (self, "COMMIT", &local_error))
    goto fail;

  return TRUE;

fail:
  syl_store_rollback (self);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

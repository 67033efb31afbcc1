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

static const char * const migrations[] = {
  NULL,          /* 0 → 1 */
  migration_v2,  /* 1 → 2 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SYL_STORE_SCHEMA_VERSION);

int
syl_store_read_user_version (SylStore  *self,
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
    syl_store_set_db_error (self->path, self->db, rc, error);
  sqlite3_finalize (stmt);

  return version;
}

gboolean
syl_store_migrate (SylStore  *self,
                   int        from,
                   GError   **error)
{
  g_autofree char *set_version = NULL;

  if (!syl_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Someone may have migrated between our check and our lock. */
  from = syl_store_read_user_version (self, error);
  if (from < 0)
    goto fail;

  for (int v = from; v < SYL_STORE_SCHEMA_VERSION; v++)
    {
      const char *sql = v == 0 ? schema_v1 : migrations[v];

      if (!syl_store_exec (self, sql, error))
        goto fail;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", SYL_STORE_SCHEMA_VERSION);
  if (!syl_store_exec (self, set_version, error) || !syl_store_exec (self, "COMMIT", error))
    goto fail;

  return TRUE;

fail:
  syl_store_rollback (self);
  return FALSE;
}

